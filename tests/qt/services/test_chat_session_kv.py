"""The window's replies go to the engine with their conversation's id (every request: a
send, a regenerate, another chat); on the real starter model the engine saves each
conversation's state under it (c<id>-*.hkv), a reply with tools as well, and deleting the
conversation removes that file and no other."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from scripted_backend import ScriptedBackend

from desktop.core import kv_files, paths
from desktop.core.history import ConversationStore
from desktop.core.types import LoadParams, SamplingParams, ToolSpec
from desktop.services.chat_session import ChatSession
from desktop.services.history import History
from desktop.services.tool_turn import ToolTurn
from desktop.tools.runner import ToolOutput

GREEDY = SamplingParams(temperature=0.0, max_tokens=8, repeat_penalty=1.0)


@pytest.fixture
def chat(qtbot, tmp_path: Path, starter: Path) -> Iterator[tuple[ChatSession, History]]:
    store = ConversationStore(tmp_path / "hearth.sqlite3")
    history = History(store)
    s = ChatSession(history)
    s.set_sampling(GREEDY)
    s.set_kv_budget(kv_files.DEFAULT_BUDGET_BYTES)
    with qtbot.waitSignal(s.modelLoaded, timeout=60000):
        s.load_model(LoadParams(str(starter), n_ctx=1024))
    yield s, history
    assert s.shutdown()
    assert history.close(5)
    store.close()


class NoServers:
    """A tool source whose servers offer nothing: the turn runs through the tool loop's
    rounds (services.tool_turn) and the model answers in one."""

    def specs(self) -> list[ToolSpec]:
        return []

    def call(self, name: str, arguments: dict[str, object], timeout_s: float) -> ToolOutput:
        raise AssertionError(f"no tool may run here, not {name}")


def saved(conversation_id: int | None) -> list[Path]:
    """The engine's state files of a conversation, in every key folder."""
    return [
        p
        for p in kv_files.state_files(paths.kv_cache_dir())
        if kv_files.conversation_of(p) == str(conversation_id)
    ]


def send(qtbot, s: ChatSession, text: str) -> int:
    with qtbot.waitSignal(s.messageFinished, timeout=60000) as finished:
        assert s.submit(text)
    assert finished.args[1] == "complete"
    assert s.conversation_id is not None and s.conversation_id > 0
    return s.conversation_id


def test_each_conversations_state_is_saved_under_its_id_and_goes_with_it(qtbot, chat) -> None:
    s, history = chat
    assert list(kv_files.state_files(paths.kv_cache_dir())) == []
    first = send(qtbot, s, "Name three colours.")
    # Saved after the reply, on the engine's writer thread.
    qtbot.waitUntil(lambda: len(saved(first)) == 1, timeout=30000)
    s.new_conversation()
    second = send(qtbot, s, "Name three animals.")
    assert second != first
    qtbot.waitUntil(lambda: len(saved(second)) == 1, timeout=30000)
    kept = saved(second)

    # A send with tools: the loop's rounds carry the id too.
    s.tool_turn = lambda _conversation_id: ToolTurn(NoServers())
    s.new_conversation()
    third = send(qtbot, s, "Name three trees.")
    qtbot.waitUntil(lambda: len(saved(third)) == 1, timeout=30000)

    with qtbot.waitSignal(history.statesForgotten, timeout=10000) as forgotten:
        history.delete_conversation(first)
    assert forgotten.args == [first, 1]
    assert saved(first) == [] and saved(second) == kept and len(saved(third)) == 1


def test_every_request_of_the_window_names_its_conversation(qtbot, tmp_path: Path) -> None:
    backend = ScriptedBackend()
    store = ConversationStore(tmp_path / "hearth.sqlite3")
    history = History(store)
    s = ChatSession(history, backend_factory=lambda: backend)
    try:
        with qtbot.waitSignal(s.modelLoaded, timeout=10000):
            s.load_model(LoadParams("starter.gguf", n_ctx=2048))
        first = send(qtbot, s, "What is it?")
        reply_id = s.active_path()[-1].id
        with qtbot.waitSignal(s.messageFinished, timeout=30000):
            s.regenerate(reply_id)
        s.new_conversation()
        second = send(qtbot, s, "And this?")
        assert backend.conversations == [str(first), str(first), str(second)]
    finally:
        backend.release.set()
        assert s.shutdown()
        assert history.close(5)
        store.close()
