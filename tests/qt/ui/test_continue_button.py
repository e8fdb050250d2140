"""A stopped reply shows its stats line and Continue; Continue writes on in the same message."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QToolButton
from saved import on_disk

from desktop.app import App
from desktop.core.types import SamplingParams
from desktop.models.chat_model import ChatModel, ChatRow, format_stats
from desktop.ui import icons
from desktop.ui.chat_view import STATUS_MARKERS, ChatView

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

LEFT = Qt.MouseButton.LeftButton
STATS = "12 tokens · 40.0 tok/s · first token 80 ms"


# --- the view alone -----------------------------------------------------------------------


@pytest.fixture
def view(qtbot) -> ChatView:
    view = ChatView(ChatModel())
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def on_screen(qtbot, view: ChatView, row: int):
    qtbot.waitUntil(lambda: view.message_widget(row) is not None, timeout=5000)
    widget = view.message_widget(row)
    assert widget is not None
    return widget


def test_a_stopped_last_reply_has_its_stats_and_continue(qtbot, view):
    model = view.model()
    assert model is not None
    model.set_rows(
        [
            ChatRow(1, "user", "Tell me a story."),
            ChatRow(2, "assistant", "Once upon a time", status="stopped", stats=STATS),
        ]
    )
    reply = on_screen(qtbot, view, 1)
    assert reply.status_text() == STATUS_MARKERS["stopped"]
    assert reply.stats_label.isVisibleTo(reply) and reply.stats_label.toolTip() == STATS
    button = reply.continue_button
    assert button.isVisibleTo(reply) and button.isEnabled()
    assert button.property("hearthIcon") == "mdi6.play"
    # Beside the other actions, never under the stats line.
    assert button.geometry().right() < reply.stats_label.geometry().left()
    with qtbot.waitSignal(view.continueRequested) as asked:
        qtbot.mouseClick(button, LEFT)
    assert asked.args == [2]
    # The user's own message has no Continue.
    assert not on_screen(qtbot, view, 0).continue_button.isVisibleTo(on_screen(qtbot, view, 0))


def test_continue_is_offered_only_at_the_end_and_never_while_a_reply_streams(qtbot, view):
    model = view.model()
    assert model is not None
    model.set_rows(
        [
            ChatRow(1, "user", "Tell me a story."),
            ChatRow(2, "assistant", "Once upon", status="interrupted", stats=""),
        ]
    )
    reply = on_screen(qtbot, view, 1)
    assert reply.continue_button.isVisibleTo(reply)  # the app closed while it was written
    # Back to streaming (a Continue under way): no Continue on it.
    model.replace_row(1, ChatRow(2, "assistant", "Once upon", status="streaming"))
    assert not reply.continue_button.isVisibleTo(reply)
    model.finish_streaming("stopped", STATS)
    assert reply.continue_button.isVisibleTo(reply) and reply.continue_button.isEnabled()
    # A later turn makes it a reply in the middle: Continue goes.
    model.append_row(ChatRow(3, "user", "Another one."))
    assert not on_screen(qtbot, view, 1).continue_button.isVisibleTo(reply)
    model.append_row(ChatRow(4, "assistant", "", status="streaming"))
    last = on_screen(qtbot, view, 3)
    assert not last.continue_button.isVisibleTo(last)
    model.finish_streaming("complete", STATS)
    assert not last.continue_button.isVisibleTo(last)  # complete: nothing to continue
    model.remove_rows(2, 2)  # the later turn deleted: the stopped reply is last again
    assert on_screen(qtbot, view, 1).continue_button.isVisibleTo(reply)


def test_a_continuing_reply_hides_its_old_stats_until_it_ends(qtbot, view):
    model = view.model()
    assert model is not None
    model.set_rows(
        [
            ChatRow(1, "user", "Tell me a story."),
            ChatRow(2, "assistant", "Once upon", status="stopped", stats=STATS),
        ]
    )
    reply = on_screen(qtbot, view, 1)
    assert reply.stats_label.isVisibleTo(reply)
    # Continue: the row streams again but still carries its figures from before the stop.
    model.replace_row(1, ChatRow(2, "assistant", "Once upon", status="streaming", stats=STATS))
    assert not reply.stats_label.isVisibleTo(reply) and reply.stats_label.toolTip() == ""
    model.append_text(2, " a time")
    assert not reply.stats_label.isVisibleTo(reply)
    # As a fresh reply streams: no stats line either.
    fresh = ChatRow(3, "assistant", "", status="streaming")
    model.set_rows([ChatRow(1, "user", "Hi."), fresh])
    assert not on_screen(qtbot, view, 1).stats_label.isVisibleTo(on_screen(qtbot, view, 1))
    model.set_rows(
        [
            ChatRow(1, "user", "Tell me a story."),
            ChatRow(2, "assistant", "Once upon", status="streaming", stats=STATS),
        ]
    )
    reply = on_screen(qtbot, view, 1)
    model.finish_streaming("complete", "20 tokens · 41.0 tok/s · first token 80 ms")
    assert reply.stats_label.isVisibleTo(reply)
    assert reply.stats_label.toolTip().startswith("20 tokens")


# --- the real window, the starter model ------------------------------------------------------


def unhandled(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        "".join(traceback.format_exception(*r.exc_info)) if r.exc_info else r.getMessage()
        for r in caplog.records
        if r.name == "desktop.services.messages" and r.levelno >= logging.ERROR
    ]


@pytest.fixture
def app(qtbot, starter, caplog) -> Iterator[App]:
    a = App([])
    qtbot.addWidget(a.window)
    with qtbot.waitSignal(a.controller.modelLoaded, timeout=60000):
        a.start(model=str(starter))
    a.window.params.set_sampling(SamplingParams(temperature=0.0, max_tokens=120))
    a.controller.sampling = a.window.params.sampling()
    yield a
    a.window.close()
    assert not a.controller._thread.isRunning()
    assert unhandled(caplog) == []


class EscOnFirstPiece(QObject):
    """On the GUI thread: presses Esc on the window when the first piece arrives."""

    def __init__(self, qtbot, app: App) -> None:
        super().__init__()
        self.qtbot, self.app, self.pressed = qtbot, app, False
        app.controller.streamAppended.connect(self.on_piece)

    @Slot(int, str)
    def on_piece(self, _message_id: int, _text: str) -> None:
        if not self.pressed:
            self.pressed = True
            self.qtbot.keyClick(self.app.window, Qt.Key.Key_Escape)


def test_continue_in_the_window_writes_on_in_the_same_reply(qtbot, app):
    edit = app.window.composer.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Name the three primary colors.")
    presser = EscOnFirstPiece(qtbot, app)
    with qtbot.waitSignal(app.controller.messageFinished, timeout=120000) as stopped:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert presser.pressed
    reply_id, status, before = stopped.args
    assert status == "stopped" and before is not None
    view, model = app.window.chat_view, app.window.chat_model
    view.scroll_to_row(1)
    reply = on_screen(qtbot, view, 1)
    partial = model.chat_row(1).text
    # The stopped reply: its marker, its stats line and Continue.
    assert reply.status_text() == STATUS_MARKERS["stopped"]
    assert reply.stats_label.isVisibleTo(reply)
    assert reply.stats_label.toolTip() == format_stats(before)
    assert reply.continue_button.isVisibleTo(reply) and reply.continue_button.isEnabled()

    seen: list[bool] = []  # while the continuation streams: is the old stats line shown?
    app.controller.streamAppended.connect(
        lambda *_: seen.append(on_screen(qtbot, view, 1).stats_label.isVisibleTo(reply))
    )
    with qtbot.waitSignal(app.controller.messageFinished, timeout=120000) as done:
        qtbot.mouseClick(reply.continue_button, LEFT)
    assert seen and not any(seen)
    finished_id, status, stats = done.args
    assert finished_id == reply_id and status == "complete"
    assert stats.generated_tokens > before.generated_tokens
    # Still one reply, one version: its text grew from where it stopped.
    rows = model.rows()
    assert [r.message_id for r in rows][-1] == reply_id and len(rows) == 2
    assert rows[1].sibling_count == 1 and rows[1].status == "complete"
    assert rows[1].text.startswith(partial) and len(rows[1].text) > len(partial)
    reply = on_screen(qtbot, view, 1)
    assert reply.stats_label.toolTip() == format_stats(stats)
    assert not reply.continue_button.isVisibleTo(reply)
    assert reply.status_text() == ""
    stored = on_disk(app).get_message(reply_id)
    assert stored.status == "complete" and stored.content == rows[1].text


def test_a_narrow_stats_line_keeps_its_token_count_whole(qtbot, view):
    icons.load()  # the buttons are icons, as in the window once it shows
    model = view.model()
    assert model is not None
    model.set_rows(
        [
            ChatRow(1, "user", "Tell me a story."),
            ChatRow(2, "assistant", "Once upon a time", status="stopped", stats=STATS),
        ]
    )
    reply = on_screen(qtbot, view, 1)
    fm = reply.stats_label.fontMetrics()
    buttons = [b for b in reply.findChildren(QToolButton) if b.isVisibleTo(reply)]
    needed = max(b.geometry().right() for b in buttons) - reply.body.geometry().left()
    # Wide enough for the buttons and "12 tokens", too narrow for the whole line there and in
    # the header beside "Assistant" and its marker (where it would go whole if it fitted).
    room = fm.horizontalAdvance("12 tokens") + 60
    view.resize(view.width() - reply.width() + needed + room, 600)
    qtbot.waitUntil(lambda: reply.stats_label.text() != STATS)
    assert reply.stats_label.text() == "12 tokens" and reply.stats_label.toolTip() == STATS
    label = reply.stats_label.geometry()
    assert all(not label.intersects(b.geometry()) for b in buttons)


def test_a_button_whose_size_changes_later_is_placed_anew(qtbot, view):
    # The icon font loads after the window shows: a button's icon (and width) arrives after
    # the row was placed. Any later change to a button's size hint places the footer again.
    model = view.model()
    assert model is not None
    model.set_rows(
        [
            ChatRow(1, "user", "Tell me a story."),
            ChatRow(2, "assistant", "Once upon a time", status="stopped", stats=STATS),
        ]
    )
    reply = on_screen(qtbot, view, 1)
    button = reply.continue_button
    button.setText("Continue writing this reply")
    qtbot.waitUntil(lambda: button.width() >= button.sizeHint().width())
    assert button.geometry().right() < reply.copy_button.geometry().left()
