"""ChatController with the real store and the real engine on a tiny model."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from dataclasses import replace

import pytest
from processes import process_gone
from PySide6.QtCore import QObject, Slot
from saved import on_disk

from desktop.core.history import ConversationStore
from desktop.core.types import LoadParams, SamplingParams
from desktop.services.chat import ChatController, ChatState

GREEDY = SamplingParams(temperature=0.0, max_tokens=12, repeat_penalty=1.0)


@pytest.fixture
def controller(qtbot, tmp_path, tiny_model) -> Iterator[ChatController]:
    store = ConversationStore(tmp_path / "hearth.sqlite3")
    c = ChatController(store)
    c.sampling = GREEDY
    with qtbot.waitSignal(c.modelLoaded, timeout=60000):
        c.load_model(LoadParams(str(tiny_model), n_ctx=512))
    yield c
    assert c.shutdown()
    store.close()


def finish(qtbot, c: ChatController, action) -> tuple:
    with qtbot.waitSignal(c.replyFinished, timeout=30000) as blocker:
        action()
    return tuple(blocker.args)


def test_submit_commits_the_user_turn_then_streams_a_reply(qtbot, controller):
    c = controller
    pieces: list[str] = []
    c.replyPiece.connect(lambda mid, text: pieces.append(text))
    reply_id, status, stats = finish(qtbot, c, lambda: c.submit("hello world"))
    assert status == "complete" and stats.generated_tokens >= 1
    assert c.state is ChatState.IDLE
    path = on_disk(c).active_path(c.conversation_id)
    assert [m.role for m in path] == ["user", "assistant"]
    assert path[0].content == "hello world" and path[0].status == "complete"
    assert path[1].id == reply_id and path[1].content == "".join(pieces)
    assert path[1].stats is not None and path[1].stats.seed == stats.seed
    assert path[1].repro is not None and path[1].repro.chat_template_sha256
    assert on_disk(c).get_conversation(c.conversation_id).title == "hello world"


def test_refused_while_generating_and_without_text(qtbot, controller):
    c = controller
    c.sampling = replace(GREEDY, max_tokens=300)
    assert not c.submit("   ")
    with qtbot.waitSignal(c.replyFinished, timeout=30000):
        assert c.submit("hello")
        assert c.state is ChatState.GENERATING
        assert not c.submit("again")  # one reply at a time
        c.stop()


class StopOnFirstPiece(QObject):
    def __init__(self, c: ChatController) -> None:
        super().__init__()
        self.c = c
        c.replyPiece.connect(self.on_piece)

    @Slot(int, str)
    def on_piece(self, message_id, text) -> None:
        self.c.stop()


def test_stop_keeps_the_partial_reply_marked_stopped(qtbot, controller):
    c = controller
    c.sampling = replace(GREEDY, max_tokens=400)
    stopper = StopOnFirstPiece(c)
    reply_id, status, stats = finish(qtbot, c, lambda: c.submit("hello"))
    assert stopper.c is c
    assert status == "stopped" and stats.generated_tokens < 400
    reply = on_disk(c).get_message(reply_id)
    assert reply.status == "stopped" and reply.content


def test_regenerate_creates_a_branch_and_switching_shows_each(qtbot, controller):
    c = controller
    c.sampling = SamplingParams(temperature=1.0, seed=1, max_tokens=8)
    first_id, _, _ = finish(qtbot, c, lambda: c.submit("hello"))
    c.sampling = replace(c.sampling, seed=2)
    second_id, _, _ = finish(qtbot, c, lambda: c.regenerate(first_id))
    siblings = on_disk(c).siblings(second_id)
    assert [m.id for m in siblings] == [first_id, second_id]
    assert on_disk(c).active_path(c.conversation_id)[-1].id == second_id
    c.switch_branch(second_id, -1)
    assert on_disk(c).active_path(c.conversation_id)[-1].id == first_id


def test_edit_makes_a_new_user_branch_with_its_own_reply(qtbot, controller):
    c = controller
    finish(qtbot, c, lambda: c.submit("hello"))
    user = on_disk(c).active_path(c.conversation_id)[0]
    finish(qtbot, c, lambda: c.edit(user.id, "hello again"))
    path = on_disk(c).active_path(c.conversation_id)
    assert path[0].content == "hello again" and path[0].id != user.id
    assert [m.content for m in on_disk(c).siblings(path[0].id)] == ["hello", "hello again"]
    assert path[1].role == "assistant" and path[1].parent_id == path[0].id


def test_search_delete_restore_and_export_import(qtbot, controller, tmp_path):
    c = controller
    finish(qtbot, c, lambda: c.submit("zebra crossing question"))
    cid = c.conversation_id
    hits = c.search("zebr")
    assert any(h.conversation_id == cid for h in hits)
    out = tmp_path / "chat.json"
    with qtbot.waitSignal(c.info, timeout=10000):
        c.export_conversation(cid, out)
    md = tmp_path / "chat.md"
    with qtbot.waitSignal(c.info, timeout=10000):
        c.export_conversation(cid, md)
    assert "zebra crossing question" in md.read_text()
    c.delete_conversation(cid)
    assert cid not in [s.id for s in c.list_conversations()]
    assert not any(h.conversation_id == cid for h in c.search("zebra"))
    c.restore_conversation(cid)
    assert cid in [s.id for s in c.list_conversations()]
    with qtbot.waitSignal(c.imported, timeout=10000) as imported:
        c.import_file(out)
    (new_id,) = imported.args[0]
    assert new_id != cid
    original = [(m.role, m.content, m.status) for m in on_disk(c).active_path(cid)]
    imported = [(m.role, m.content, m.status) for m in on_disk(c).active_path(new_id)]
    assert imported == original
    assert json.loads(out.read_text())  # the export on disk is whole JSON


class KillOnFirstPiece(QObject):
    def __init__(self, c: ChatController) -> None:
        super().__init__()
        self.c = c
        self.killed = 0
        c.replyPiece.connect(self.on_piece)

    @Slot(int, str)
    def on_piece(self, message_id, text) -> None:
        client = self.c.worker._client
        if not self.killed and client is not None and client.pid:
            self.killed = client.pid
            os.kill(client.pid, signal.SIGKILL)


def test_engine_crash_keeps_the_partial_reply_and_restart_works(qtbot, controller, tiny_model):
    c = controller
    c.sampling = replace(GREEDY, max_tokens=5000)
    killer = KillOnFirstPiece(c)
    with qtbot.waitSignals([c.engineCrashed, c.replyFinished], timeout=30000):
        c.submit("hello")
    assert killer.killed
    reply = on_disk(c).active_path(c.conversation_id)[-1]
    assert reply.role == "assistant" and reply.status == "error"
    assert c.state is ChatState.NO_MODEL
    with qtbot.waitSignal(c.modelLoaded, timeout=60000):
        c.restart_engine()
    c.sampling = GREEDY
    _, status, _ = finish(qtbot, c, lambda: c.submit("still there?"))
    assert status == "complete"


def test_shutdown_during_generation_saves_and_reaps(qtbot, tmp_path, tiny_model):
    store = ConversationStore(tmp_path / "h.sqlite3")
    c = ChatController(store)
    with qtbot.waitSignal(c.modelLoaded, timeout=60000):
        c.load_model(LoadParams(str(tiny_model), n_ctx=512))
    c.sampling = replace(GREEDY, max_tokens=5000)
    with qtbot.waitSignal(c.replyPiece, timeout=30000):
        c.submit("hello")
    pid = c.worker._client.pid if c.worker._client else None
    assert pid is not None
    assert c.shutdown()
    assert process_gone(pid)
    reply = store.active_path(c.conversation_id)[-1]
    assert reply.status == "stopped"
    store.close()


def test_closing_while_a_model_loads_does_not_wait_for_it(qtbot, tmp_path, starter):
    store = ConversationStore(tmp_path / "h.sqlite3")
    c = ChatController(store)
    with qtbot.waitSignal(c.worker.engineStarted, timeout=60000):
        c.load_model(LoadParams(str(starter), n_ctx=2048))
    assert c.state is ChatState.LOADING
    assert c.shutdown()
    assert c.worker._client is None
    store.close()
