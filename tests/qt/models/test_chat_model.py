"""ChatModel: roles, streaming changes on the last row only, granular changes from a
ChatSession (never a reset while a reply streams), and Qt's model self-checks."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.core.history import ConversationStore
from desktop.core.types import GenerationStats, LoadParams, SamplingParams, StopReason
from desktop.models.chat_model import ChatModel, ChatRow, Role, format_stats
from desktop.services.chat_session import ChatSession
from desktop.services.history import History
from desktop.ui.chat_view import ChatView

# A model that breaks Qt's rules shows up as a warning from the model tester.
pytestmark = pytest.mark.qt_log_level_fail("WARNING")


def _rows() -> list[ChatRow]:
    return [
        ChatRow(1, "user", "Hello"),
        ChatRow(2, "assistant", "Hi **there**", stats="3 tokens", sibling_index=1, sibling_count=2),
        ChatRow(3, "user", "Tell me a story"),
    ]


@pytest.fixture
def model() -> ChatModel:
    return ChatModel()


def _changes(model: ChatModel) -> list[tuple[int, int, list[int]]]:
    seen: list[tuple[int, int, list[int]]] = []

    def record(top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]) -> None:
        seen.append((top_left.row(), bottom_right.row(), list(roles)))

    model.dataChanged.connect(record)
    return seen


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "py-tester"])
def test_model_passes_the_model_tester_through_a_whole_conversation(qtmodeltester, model, force_py):
    qtmodeltester.check(model, force_py=force_py)
    model.set_rows(_rows())
    model.append_row(ChatRow(4, "assistant", "", "streaming"))
    for piece in ["Once", " upon", " a", " time", "\n\n", "```py\n", "x = 1\n"]:
        model.append_streaming_text(piece)
    model.update_streaming_text("Once upon a time.")
    model.finish_streaming("complete", "4 tokens · 10.0 tok/s · first token 90 ms")
    model.replace_row(1, ChatRow(2, "assistant", "Hi", sibling_index=0, sibling_count=2))
    model.remove_rows_from(2)
    model.remove_rows_from(5)  # past the end: nothing to do
    model.set_rows([])
    assert model.rowCount() == 0


def test_roles_expose_every_field(model):
    model.set_rows(_rows())
    index = model.index(1, 0)
    assert model.data(index, Role.MessageId) == 2
    assert model.data(index, Role.Role_) == "assistant"
    assert model.data(index, Role.Text) == "Hi **there**"
    assert model.data(index, Role.Status) == "complete"
    assert model.data(index, Role.SiblingIndex) == 1
    assert model.data(index, Role.SiblingCount) == 2
    assert model.data(index, Role.Stats) == "3 tokens"
    assert model.data(index, Role.IsStreaming) is False
    assert model.data(index, Qt.ItemDataRole.DisplayRole) is None
    assert model.data(model.index(7, 0), Role.Text) is None
    names = model.roleNames()
    assert bytes(names[Role.Text].data()) == b"text"
    assert len(names) == len(Role)
    assert model.rowCount(model.index(0, 0)) == 0


def test_streaming_changes_only_the_last_row_and_only_its_text(model):
    model.set_rows(_rows())
    model.append_row(ChatRow(4, "assistant", "", "streaming"))
    changes = _changes(model)
    model.append_streaming_text("Once")
    model.append_streaming_text(" upon")
    model.append_streaming_text("")  # nothing to announce
    model.update_streaming_text("Once upon a time")
    assert changes == [(3, 3, [Role.Text])] * 3
    assert model.chat_row(3).text == "Once upon a time"
    assert model.is_streaming()


def test_finish_streaming_sets_status_and_stats(model):
    model.append_row(ChatRow(1, "assistant", "", "streaming"))
    model.append_streaming_text("Done.")
    changes = _changes(model)
    model.finish_streaming("stopped", "2 tokens")
    assert changes == [(0, 0, [Role.Status, Role.Stats, Role.IsStreaming])]
    row = model.chat_row(0)
    assert (row.status, row.stats, row.text) == ("stopped", "2 tokens", "Done.")
    assert not model.is_streaming()


def test_streaming_calls_without_a_streaming_row_are_refused(model):
    model.set_rows(_rows())
    with pytest.raises(RuntimeError, match="no streaming message"):
        model.append_streaming_text("late token")
    with pytest.raises(RuntimeError, match="no streaming message"):
        model.finish_streaming("complete")
    model.append_row(ChatRow(4, "assistant", "", "streaming"))
    with pytest.raises(ValueError, match="cannot have status"):
        model.finish_streaming("streaming")


def test_invalid_rows_are_refused(model):
    with pytest.raises(ValueError, match="unknown message status"):
        model.append_row(ChatRow(1, "user", "x", status="sent"))
    with pytest.raises(ValueError, match="not a valid position"):
        model.set_rows([ChatRow(1, "user", "x", sibling_index=2, sibling_count=2)])
    assert model.rowCount() == 0


def test_replace_row_announces_only_the_roles_that_changed(model):
    model.set_rows(_rows())
    changes = _changes(model)
    model.replace_row(1, ChatRow(2, "assistant", "Hi **there**", stats="3 tokens"))
    assert changes == [(1, 1, [Role.SiblingIndex, Role.SiblingCount])]
    model.replace_row(1, model.chat_row(1))
    assert len(changes) == 1


def test_remove_rows_from_drops_the_tail(qtbot, model):
    model.set_rows(_rows())
    with qtbot.waitSignal(model.rowsRemoved) as blocker:
        model.remove_rows_from(1)
    assert blocker.args[1:] == [1, 2]
    assert [row.message_id for row in model.rows()] == [1]
    assert model.row_of(1) == 0
    assert model.row_of(3) is None
    with pytest.raises(IndexError):
        model.remove_rows_from(-1)


def test_changes_from_another_thread_are_refused(model):
    errors: list[BaseException] = []

    def change() -> None:
        try:
            model.append_row(ChatRow(1, "user", "from a worker"))
        except RuntimeError as error:
            errors.append(error)

    worker = threading.Thread(target=change)
    worker.start()
    worker.join()
    assert len(errors) == 1
    assert model.rowCount() == 0


def test_format_stats_is_the_short_line_under_a_reply():
    stats = GenerationStats(
        prompt_tokens=10,
        generated_tokens=42,
        ttft_ms=120.4,
        tokens_per_s=31.04,
        prompt_tokens_per_s=500.0,
        total_ms=1500.0,
        stop_reason=StopReason.END_OF_TURN,
        seed=1,
        chat_format="chatml",
    )
    assert format_stats(stats) == "42 tokens · 31.0 tok/s · first token 120 ms"


def test_replace_from_changes_rows_in_place_and_removes_or_inserts_the_rest(model):
    model.set_rows(_rows())
    changes = _changes(model)
    removed: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    # Another version of row 1, and nothing under it: row 1 in place, row 2 removed.
    model.replace_from(1, [ChatRow(5, "assistant", "Other", "streaming", 2, 3)])
    assert removed == [(2, 2)] and inserted == []
    assert [c[:2] for c in changes] == [(1, 1)]
    assert Role.MessageId in changes[0][2] and Role.IsStreaming in changes[0][2]
    assert Role.Role_ not in changes[0][2]  # only what changed is announced
    # A longer branch from row 0: row 0 and 1 in place, row 2 inserted.
    changes.clear()
    model.replace_from(0, [ChatRow(6, "user", "Hey"), ChatRow(7, "assistant", "Yo"), _rows()[2]])
    assert [c[:2] for c in changes] == [(0, 0), (1, 1)] and inserted == [(2, 2)]
    assert [r.message_id for r in model.rows()] == [6, 7, 3]
    with pytest.raises(IndexError):
        model.replace_from(4, [])


def test_remove_rows_drops_exactly_those_rows(model):
    model.set_rows(_rows())
    model.remove_rows(1, 1)
    assert [r.message_id for r in model.rows()] == [1, 3]
    model.remove_rows(0, 0)  # nothing
    with pytest.raises(IndexError):
        model.remove_rows(1, 2)


def test_stream_and_finish_of_a_reply_not_shown_are_ignored(model):
    model.set_rows(_rows())
    model.append_row(ChatRow(4, "assistant", "", "streaming"))
    changes = _changes(model)
    model.append_text(99, "another chat's piece")
    model.finish(99, "complete")
    assert changes == []
    model.append_text(4, "Once")
    model.finish(4, "stopped", "1 tokens")
    assert model.chat_row(3).text == "Once" and model.chat_row(3).status == "stopped"
    model.append_text(4, " late")  # after its end: not a streaming row any more
    assert model.chat_row(3).text == "Once"


# -- a real ChatSession on the starter model ----------------------------------------------

GREEDY = SamplingParams(temperature=0.0, max_tokens=12, repeat_penalty=1.0)


@dataclass
class Changes:
    """Every structural signal of a model, by kind, with its row range."""

    resets: int = 0
    inserted: list[tuple[int, int]] = field(default_factory=list)
    removed: list[tuple[int, int]] = field(default_factory=list)
    changed: set[tuple[int, int]] = field(default_factory=set)

    def watch(self, model: ChatModel) -> Changes:
        model.modelAboutToBeReset.connect(self._reset)
        model.rowsInserted.connect(lambda _p, first, last: self.inserted.append((first, last)))
        model.rowsRemoved.connect(lambda _p, first, last: self.removed.append((first, last)))
        model.dataChanged.connect(
            lambda top, bottom, _roles: self.changed.add((top.row(), bottom.row()))
        )
        return self

    def _reset(self) -> None:
        self.resets += 1

    def clear(self) -> None:
        self.resets = 0
        self.inserted.clear()
        self.removed.clear()
        self.changed.clear()


@pytest.fixture
def shown(qtbot, tmp_path, starter) -> Iterator[tuple[ChatSession, ChatModel, ChatView]]:
    store = ConversationStore(tmp_path / "hearth.sqlite3")
    history = History(store)
    session = ChatSession(history)
    session.set_sampling(GREEDY)
    model = ChatModel()
    model.follow(session)
    view = ChatView(model)
    qtbot.addWidget(view)
    view.resize(800, 2000)  # every row of these short chats on screen
    view.show()
    with qtbot.waitSignal(session.modelLoaded, timeout=60000):
        session.load_model(LoadParams(str(starter), n_ctx=2048))
    yield session, model, view
    assert session.shutdown()
    assert history.close(5)
    store.close()


def reply(qtbot, session: ChatSession, action) -> tuple:
    with qtbot.waitSignal(session.messageFinished, timeout=60000) as finished:
        action()
    return tuple(finished.args)


def test_send_edit_and_regenerate_never_reset_and_touch_only_their_rows(qtbot, shown):
    """Issue 11: every send, edit and regenerate rebuilt the whole transcript (a model reset
    that dropped every message widget) while the reply streamed."""
    session, model, view = shown
    changes = Changes().watch(model)

    reply(qtbot, session, lambda: session.submit("What is the capital of France?"))
    assert changes.resets == 0
    assert changes.inserted == [(0, 0), (1, 1)] and changes.removed == []
    assert changes.changed == {(1, 1)}  # the reply's text as it streamed, and its end
    assert model.chat_row(1).status == "complete" and model.chat_row(1).text
    first_widget = view.message_widget(0)
    assert first_widget is not None

    changes.clear()
    reply(qtbot, session, lambda: session.submit("And of Italy?"))
    assert changes.resets == 0
    assert changes.inserted == [(2, 2), (3, 3)] and changes.removed == []
    assert changes.changed == {(3, 3)}  # the rows above were not rebuilt
    assert view.message_widget(0) is first_widget  # nor their widgets dropped

    changes.clear()
    second_user = model.chat_row(2).message_id
    reply(qtbot, session, lambda: session.edit(second_user, "And of Spain?"))
    assert changes.resets == 0
    assert changes.inserted == [] and changes.removed == []
    assert changes.changed == {(2, 2), (3, 3)}  # the new version and its reply, in place
    row = model.chat_row(2)
    assert (row.text, row.sibling_index, row.sibling_count) == ("And of Spain?", 1, 2)
    assert model.chat_row(3).status == "complete"

    changes.clear()
    old_reply = model.chat_row(3).message_id
    session.set_sampling(SamplingParams(temperature=1.0, seed=3, max_tokens=12))
    new_reply, status, _ = reply(qtbot, session, lambda: session.regenerate(old_reply))
    assert changes.resets == 0
    assert changes.inserted == [] and changes.removed == []
    assert changes.changed == {(3, 3)}
    row = model.chat_row(3)
    assert (row.message_id, row.status, row.sibling_index, row.sibling_count) == (
        new_reply,
        status,
        1,
        2,
    )
    assert view.message_widget(0) is first_widget
    stored = [m.id for m in session.active_path()]
    assert [r.message_id for r in model.rows()] == stored

    # Going back to the first version changes the rows from there, and only those.
    changes.clear()
    session.switch_branch(row.message_id, -1)
    assert changes.resets == 0 and changes.changed == {(3, 3)}
    assert model.chat_row(3).message_id == old_reply

    # Only opening another conversation resets the model.
    session.new_conversation()
    assert changes.resets == 1 and model.rowCount() == 0
