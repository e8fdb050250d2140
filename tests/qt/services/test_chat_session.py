"""ChatSession: its state machine and events over replayed engine events (a scripted
Backend), then end to end with the real store and the real engine on a tiny model."""

from __future__ import annotations

import itertools
import os
import signal
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from processes import process_gone
from PySide6.QtCore import QObject, Slot
from saved import on_disk
from scripted_backend import Scenario, ScriptedBackend, recorded

from desktop.core.history import ConversationStore
from desktop.core.types import LoadParams, SamplingParams
from desktop.services.chat_session import DRAFT, STREAM_INTERVAL_MS, ChatSession, ChatState
from desktop.services.history import History

GREEDY = SamplingParams(temperature=0.0, max_tokens=12, repeat_penalty=1.0)
COMPLETE = recorded()["complete"]
N_CTX = recorded()["model"]["n_ctx"]


class Events(QObject):
    """Every signal of a session, in order, as the GUI thread receives them."""

    NAMES = (
        "stateChanged",
        "conversationSwitched",
        "conversationIdChanged",
        "messageAdded",
        "messageChanged",
        "branchSwitched",
        "messagesRemoved",
        "streamAppended",
        "messageFinished",
        "promptStarted",
        "contextUsage",
        "systemPromptChanged",
        "systemPromptSourceChanged",
        "engineCrashed",
        "error",
        "notice",
    )

    def __init__(self, session: ChatSession) -> None:
        super().__init__()
        self.seen: list[tuple[str, tuple]] = []
        self.times: list[tuple[str, float]] = []
        for name in self.NAMES:
            getattr(session, name).connect(lambda *args, n=name: self._add(n, args))

    def _add(self, name: str, args: tuple) -> None:
        self.seen.append((name, args))
        self.times.append((name, time.perf_counter()))

    def of(self, name: str) -> list[tuple]:
        return [args for n, args in self.seen if n == name]

    def names(self, *only: str) -> list[str]:
        return [n for n, _ in self.seen if n in only]

    def clear(self) -> None:
        self.seen.clear()
        self.times.clear()


# --- a scripted Backend replaying the real engine's events ----------------------------------


@pytest.fixture
def scripted(qtbot, tmp_path) -> Iterator[tuple[ChatSession, ScriptedBackend]]:
    backend = ScriptedBackend()
    store = ConversationStore(tmp_path / "hearth.sqlite3")
    history = History(store)
    session = ChatSession(history, backend_factory=lambda: backend)
    session.set_sampling(GREEDY)
    assert session.state is ChatState.NO_MODEL
    with qtbot.waitSignal(session.modelLoaded, timeout=10000):
        session.load_model(LoadParams("starter.gguf", n_ctx=N_CTX))
        assert session.state is ChatState.LOADING
    assert session.state is ChatState.IDLE
    yield session, backend
    backend.release.set()
    assert session.shutdown()
    assert history.close(5)
    store.close()


def finish(qtbot, session: ChatSession, action) -> tuple:
    with qtbot.waitSignal(session.messageFinished, timeout=30000) as blocker:
        action()
    return tuple(blocker.args)


def test_a_recorded_reply_goes_idle_generating_idle_with_granular_events(qtbot, scripted):
    session, _ = scripted
    events = Events(session)
    reply_id, status, stats = finish(qtbot, session, lambda: session.submit("What is it?"))
    assert status == "complete" and stats.generated_tokens == COMPLETE["stats"]["generated_tokens"]
    states = [args[0] for args in events.of("stateChanged")]
    assert states == [ChatState.GENERATING, ChatState.IDLE]
    added = [args[0] for args in events.of("messageAdded")]
    assert [(s.message.role, s.message.status) for s in added] == [
        ("user", "complete"),
        ("assistant", "streaming"),
    ]
    assert added[1].message.id == reply_id
    assert events.of("conversationSwitched") == []  # sending never rebuilds the rows
    assert events.of("conversationIdChanged") == [(session.conversation_id,)]
    assert events.of("promptStarted") == [(COMPLETE["prompt_tokens"],)]
    streamed = events.of("streamAppended")
    assert {mid for mid, _ in streamed} == {reply_id}
    assert "".join(text for _, text in streamed) == "".join(COMPLETE["pieces"])
    # The stream precedes the end, which precedes the state going back to idle.
    order = events.names("streamAppended", "messageFinished")
    assert order[-1] == "messageFinished" and order.count("messageFinished") == 1
    stored = on_disk(session).active_path(session.conversation_id)
    assert stored[-1].content == "".join(COMPLETE["pieces"]) and stored[-1].status == "complete"


def test_the_context_meter_follows_the_stream_and_the_open_chat(qtbot, scripted):
    """Issue 11, bug 4: the meter read 0 while a reply streamed, and kept the previous
    chat's count after switching."""
    session, _ = scripted
    events = Events(session)
    _, _, stats = finish(qtbot, session, lambda: session.submit("What is it?"))
    first = session.conversation_id
    used = [u for u, _ in events.of("contextUsage")]
    prompt = COMPLETE["prompt_tokens"]
    total = stats.prompt_tokens + stats.generated_tokens
    assert used[0] == prompt  # once the prompt starts
    assert any(prompt < u < total for u in used)  # growing while the reply streams
    assert used[-1] == total
    assert {n for _, n in events.of("contextUsage")} == {N_CTX}

    events.clear()
    session.new_conversation()
    assert events.of("contextUsage") == [(0, N_CTX)]  # a new chat holds nothing
    events.clear()
    session.open_conversation(first)
    assert events.of("contextUsage") == [(total, N_CTX)]  # from the stored stats


def test_a_stop_while_streaming_goes_stopping_then_idle(qtbot, scripted):
    session, backend = scripted
    backend.script = [Scenario.named("stopped", repeat=50)]
    backend.hold_after = 2
    events = Events(session)
    assert session.submit("Write a long story.")
    qtbot.waitUntil(backend.held.is_set, timeout=10000)
    qtbot.waitUntil(lambda: bool(events.of("streamAppended")), timeout=10000)
    assert session.state is ChatState.GENERATING and not session.can_send()
    assert not session.submit("again")  # one reply at a time
    with qtbot.waitSignal(session.messageFinished, timeout=10000) as finished:
        session.stop()
        assert session.state is ChatState.STOPPING
    reply_id, status, stats = finished.args
    assert status == "stopped" and stats.generated_tokens == 2
    assert session.state is ChatState.IDLE
    states = [args[0] for args in events.of("stateChanged")]
    assert states == [ChatState.GENERATING, ChatState.STOPPING, ChatState.IDLE]
    stored = on_disk(session).get_message(reply_id)
    assert stored.status == "stopped" and stored.content == "".join(
        recorded()["stopped"]["pieces"][:2]
    )


# The worker logs the crash from its QThread, so Python registers a _DummyThread for it,
# which tests/leaks.py cannot join (it asserts); the session's shutdown is checked here.
def test_after_a_crash_send_stays_offered_and_the_model_comes_back_with_it(qtbot, scripted):
    """Issue 11, bug 6: after a crash the banner said the engine starts again with the next
    request, while Send was disabled (no model)."""
    session, backend = scripted
    backend.script = [Scenario.named("crash")]
    events = Events(session)
    with qtbot.waitSignals([session.engineCrashed, session.messageFinished], timeout=10000):
        session.submit("Write a long story.")
    (sentence,) = events.of("engineCrashed")[0]
    assert sentence == recorded()["crash"]["error"]["message"]
    assert "it was killed" in sentence and sentence.endswith("with the next request.")
    reply = session.active_path()[-1]
    assert reply.status == "error" and reply.content == "".join(recorded()["crash"]["pieces"])
    assert session.state is ChatState.IDLE and session.can_send()
    assert session.model is not None

    _, status, _ = finish(qtbot, session, lambda: session.submit("Are you back?"))
    assert status == "complete"
    assert backend.starts == 2 and len(backend.loads) == 2  # a fresh engine, the same model
    assert backend.loads[1] == backend.loads[0]


def test_a_message_that_cannot_fit_is_refused_before_anything_is_stored(qtbot, scripted):
    """Issue 12, item 10: it was stored, with an empty "error" reply."""
    session, backend = scripted
    backend.script = [Scenario.named("overflow")]
    with qtbot.waitSignal(session.draftRefused, timeout=10000) as refused:
        assert not session.submit("word " * 3000)  # held while counted, then refused
    assert "too long to send" in refused.args[0]
    assert backend.chats == [] and session.conversation_id is None
    assert on_disk(session).count_conversations() == 0


def test_an_overflow_the_engine_finds_still_ends_as_an_error_with_its_sentence(qtbot, scripted):
    """The engine's own policy has the last word (the app's count is advice)."""
    session, backend = scripted
    backend.script = [Scenario.named("overflow")]
    with qtbot.waitSignal(session.error, timeout=10000) as failed:
        assert session.submit("word " * 3)
    assert failed.args[0] == recorded()["overflow"]["error"]["message"]
    reply = session.active_path()[-1]
    assert reply.role == "assistant" and reply.status == "error" and reply.content == ""
    assert session.state is ChatState.IDLE


def test_one_throttle_coalesces_the_stream_to_30_hz(qtbot, scripted):
    session, backend = scripted
    backend.script = [Scenario.named("complete", repeat=400)]
    events = Events(session)
    finish(qtbot, session, lambda: session.submit("What is it?"))
    pieces = recorded()["complete"]["pieces"] * 400
    streamed = events.of("streamAppended")
    assert "".join(text for _, text in streamed) == "".join(pieces)
    assert len(streamed) < len(pieces) / 10
    times = [t for n, t in events.times if n == "streamAppended"]
    # Each announcement but the last (the reply's end flushes at once) waits out a window.
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(times[:-1])]
    assert all(gap >= STREAM_INTERVAL_MS - 2 for gap in gaps), gaps


def test_a_new_chat_starts_from_the_default_system_prompt(qtbot, scripted):
    """Issue 11, bug 5: a new chat silently kept the last chat's system prompt."""
    session, backend = scripted
    session.default_system_prompt = "Be brief."
    session.new_conversation()
    assert session.system_prompt == "Be brief." and session.system_prompt_is_default
    session.set_system_prompt("Talk like a pirate.")
    assert not session.system_prompt_is_default
    finish(qtbot, session, lambda: session.submit("Ahoy"))
    pirate = session.conversation_id
    assert backend.chats[-1][0][0].content == "Talk like a pirate."
    assert on_disk(session).get_conversation(pirate).system_prompt == "Talk like a pirate."

    events = Events(session)
    session.new_conversation()
    assert session.system_prompt == "Be brief."
    assert events.of("systemPromptChanged") == [("Be brief.",)]
    assert events.of("systemPromptSourceChanged") == [(True,)]
    finish(qtbot, session, lambda: session.submit("Hello"))
    assert backend.chats[-1][0][0].content == "Be brief."

    events.clear()
    session.open_conversation(pirate)
    assert events.of("systemPromptChanged") == [("Talk like a pirate.",)]
    assert events.of("systemPromptSourceChanged") == [(False,)]  # this chat's own
    # A draft still on the default follows a new default; an opened chat keeps its own.
    session.default_system_prompt = "Be kind."
    assert session.system_prompt == "Talk like a pirate."
    session.new_conversation()
    session.default_system_prompt = "Be kinder."
    assert session.system_prompt == "Be kinder." and session.system_prompt_is_default


def test_edit_regenerate_switch_delete_and_undo_are_announced_from_their_row(qtbot, scripted):
    session, _ = scripted
    finish(qtbot, session, lambda: session.submit("one"))
    finish(qtbot, session, lambda: session.submit("two"))
    rows = session.active_path()
    events = Events(session)

    # Regenerate the last reply: its row now shows the new version, "2/2".
    new_reply, _, _ = finish(qtbot, session, lambda: session.regenerate(rows[3].id))
    ((row, shown),) = events.of("branchSwitched")
    assert row == 3 and [s.message.id for s in shown] == [new_reply]
    assert (shown[0].sibling_index, shown[0].sibling_count) == (1, 2)
    assert shown[0].message.status == "streaming"
    assert events.of("messageAdded") == [] and events.of("conversationSwitched") == []

    # Edit the first user message: from row 0 down, the new version and a new reply.
    events.clear()
    finish(qtbot, session, lambda: session.edit(rows[0].id, "one, again"))
    ((row, shown),) = events.of("branchSwitched")
    assert row == 0 and [s.message.content for s in shown] == ["one, again", ""]
    assert (shown[0].sibling_index, shown[0].sibling_count) == (1, 2)
    edited = session.active_path()

    # Back to the first version: the old branch, whole, from row 0.
    events.clear()
    session.switch_branch(edited[0].id, -1)
    ((row, shown),) = events.of("branchSwitched")
    assert row == 0 and [s.message.id for s in shown] == [
        rows[0].id,
        rows[1].id,
        rows[2].id,
        new_reply,
    ]

    # Delete the second user message: its rows go, and Undo brings them back.
    events.clear()
    ids = session.delete_message(rows[2].id)
    assert events.of("messagesRemoved") == [(2, 2)]
    assert events.of("messageAdded") == []
    assert [m.id for m in session.active_path()] == [rows[0].id, rows[1].id]
    events.clear()
    session.restore_messages(session.conversation_id, ids)
    added = [args[0].message.id for args in events.of("messageAdded")]
    assert added == [rows[2].id, new_reply]  # below the last row: added again
    assert events.of("branchSwitched") == [] and events.of("conversationSwitched") == []


def test_only_a_real_switch_rebuilds_the_rows(qtbot, scripted):
    session, _ = scripted
    finish(qtbot, session, lambda: session.submit("first chat"))
    first = session.conversation_id
    events = Events(session)
    session.new_conversation()
    assert events.of("conversationSwitched") == [(DRAFT, [])]
    assert events.of("conversationIdChanged") == [(DRAFT,)]
    events.clear()
    assert session.open_conversation(first)
    ((cid, shown),) = events.of("conversationSwitched")
    assert cid == first and shown[0].message.content == "first chat"


def test_deleting_the_open_conversation_while_a_reply_streams_stops_it_then_opens_a_new_chat(
    qtbot, scripted
):
    session, backend = scripted
    finish(qtbot, session, lambda: session.submit("an earlier chat"))
    other = session.conversation_id
    session.new_conversation()
    backend.script = [Scenario.named("stopped", repeat=50)]
    backend.hold_after = 2
    assert session.submit("Write a long story.")
    doomed = session.conversation_id
    qtbot.waitUntil(backend.held.is_set, timeout=10000)
    events = Events(session)
    with qtbot.waitSignal(session.messageFinished, timeout=10000) as finished:
        session.history.delete_conversation(doomed)
        assert session.state is ChatState.STOPPING  # stopped first
        assert session.conversation_id is None  # then a new chat
    assert events.of("conversationSwitched") == [(DRAFT, [])]
    reply_id, status, _ = finished.args
    assert status == "stopped" and session.state is ChatState.IDLE
    stored = on_disk(session)
    assert stored.get_message(reply_id).status == "stopped"  # kept, in the trash with its chat
    assert stored.get_conversation(doomed).deleted_at is not None

    # Deleting a conversation that is not open changes nothing shown.
    session.open_conversation(other)
    events.clear()
    session.history.restore_conversation(doomed)
    session.history.delete_conversation(doomed)
    assert session.conversation_id == other
    assert events.of("conversationSwitched") == []


def test_a_conversation_that_cannot_be_read_is_not_opened(qtbot, scripted):
    session, _ = scripted
    finish(qtbot, session, lambda: session.submit("kept open"))
    shown = session.conversation_id
    with qtbot.waitSignal(session.history.error, timeout=5000) as said:
        assert not session.open_conversation(987654)
    assert said.args == ["This conversation no longer exists."]
    assert session.conversation_id == shown  # what was shown stays


# --- the real engine, on a tiny model ---------------------------------------------------------


@pytest.fixture
def controller(qtbot, tmp_path, tiny_model) -> Iterator[ChatSession]:
    store = ConversationStore(tmp_path / "hearth.sqlite3")
    history = History(store)
    c = ChatSession(history)
    c.set_sampling(GREEDY)
    with qtbot.waitSignal(c.modelLoaded, timeout=60000):
        c.load_model(LoadParams(str(tiny_model), n_ctx=512))
    yield c
    assert c.shutdown()
    assert history.close(5)
    store.close()


def test_submit_commits_the_user_turn_then_streams_a_reply(qtbot, controller):
    c = controller
    pieces: list[str] = []
    c.streamAppended.connect(lambda mid, text: pieces.append(text))
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
    c.set_sampling(replace(GREEDY, max_tokens=300))
    assert not c.submit("   ")
    with qtbot.waitSignal(c.messageFinished, timeout=30000):
        assert c.submit("hello")
        assert c.state is ChatState.GENERATING
        assert not c.submit("again")  # one reply at a time
        c.stop()


class StopOnFirstPiece(QObject):
    def __init__(self, c: ChatSession) -> None:
        super().__init__()
        self.c = c
        c.streamAppended.connect(self.on_piece)

    @Slot(int, str)
    def on_piece(self, message_id, text) -> None:
        self.c.stop()


def test_stop_keeps_the_partial_reply_marked_stopped(qtbot, controller):
    c = controller
    c.set_sampling(replace(GREEDY, max_tokens=400))
    stopper = StopOnFirstPiece(c)
    reply_id, status, stats = finish(qtbot, c, lambda: c.submit("hello"))
    assert stopper.c is c
    assert status == "stopped" and stats.generated_tokens < 400
    reply = on_disk(c).get_message(reply_id)
    assert reply.status == "stopped" and reply.content


def test_regenerate_creates_a_branch_and_switching_shows_each(qtbot, controller):
    c = controller
    c.set_sampling(SamplingParams(temperature=1.0, seed=1, max_tokens=8))
    first_id, _, _ = finish(qtbot, c, lambda: c.submit("hello"))
    c.set_sampling(replace(c.sampling, seed=2))
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


class KillOnFirstPiece(QObject):
    def __init__(self, c: ChatSession) -> None:
        super().__init__()
        self.c = c
        self.killed = 0
        c.streamAppended.connect(self.on_piece)

    @Slot(int, str)
    def on_piece(self, message_id, text) -> None:
        pid = self.c.worker.engine_pid()
        if not self.killed and pid:
            self.killed = pid
            os.kill(pid, signal.SIGKILL)


def test_engine_crash_keeps_the_partial_reply_and_the_next_send_works(qtbot, controller):
    c = controller
    c.set_sampling(replace(GREEDY, max_tokens=5000))
    killer = KillOnFirstPiece(c)
    sentences: list[str] = []
    c.engineCrashed.connect(sentences.append)
    with qtbot.waitSignals([c.engineCrashed, c.messageFinished], timeout=30000):
        c.submit("hello")
    assert killer.killed
    assert len(sentences) == 1 and "it was killed, by the system" in sentences[0]
    reply = on_disk(c).active_path(c.conversation_id)[-1]
    assert reply.role == "assistant" and reply.status == "error"
    assert c.state is ChatState.IDLE and c.can_send()
    c.streamAppended.disconnect(killer.on_piece)
    c.set_sampling(GREEDY)
    _, status, _ = finish(qtbot, c, lambda: c.submit("still there?"))  # reloads the model
    assert status == "complete"
    assert process_gone(killer.killed)
    with qtbot.waitSignal(c.modelLoaded, timeout=60000):
        c.reload_model()  # the banner's button: at once, not with the next send
    assert c.state is ChatState.IDLE


def test_shutdown_during_generation_saves_and_reaps(qtbot, tmp_path, tiny_model):
    store = ConversationStore(tmp_path / "h.sqlite3")
    history = History(store)
    c = ChatSession(history)
    with qtbot.waitSignal(c.modelLoaded, timeout=60000):
        c.load_model(LoadParams(str(tiny_model), n_ctx=512))
    c.set_sampling(replace(GREEDY, max_tokens=5000))
    with qtbot.waitSignal(c.streamAppended, timeout=30000):
        c.submit("hello")
    pid = c.worker.engine_pid()
    assert pid is not None
    assert c.shutdown()
    assert process_gone(pid)
    assert history.close(5)
    reply = store.active_path(c.conversation_id)[-1]
    assert reply.status == "stopped"
    store.close()


def test_closing_while_a_model_loads_does_not_wait_for_it(qtbot, tmp_path, starter):
    store = ConversationStore(tmp_path / "h.sqlite3")
    history = History(store)
    c = ChatSession(history)
    c.load_model(LoadParams(str(starter), n_ctx=2048))
    # (engineStarted comes from the worker's thread: a waitSignal on it would stop its
    # timer from there.)
    qtbot.waitUntil(lambda: c.worker.engine_pid() is not None, timeout=60000)
    assert c.state is ChatState.LOADING
    assert c.shutdown()
    assert c.worker.engine_pid() is None
    assert history.close(5)
    store.close()
