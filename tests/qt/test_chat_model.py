"""ChatModel: roles, streaming changes on the last row only, and Qt's model self-checks."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.core.types import GenerationStats, StopReason
from desktop.models.chat_model import ChatModel, ChatRow, Role, format_stats

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
