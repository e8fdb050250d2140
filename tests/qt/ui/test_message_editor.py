"""Editing in place in the real window (issue 12, item 7): the editor stands in the transcript
where the message was, Save keeps the reply, Save and regenerate makes a version ("2/2" shown
without hovering), Esc cancels, and an edit that cannot fit is refused with a sentence.

Offscreen, a real engine process on a tiny model, real SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from saved import on_disk

from desktop.app import App
from desktop.core.types import SamplingParams
from desktop.ui.message_editor import MessageEditor

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]

GREEDY = SamplingParams(temperature=0.0, max_tokens=12, repeat_penalty=1.0)
LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
LONG = "every word counts " * 1500  # far beyond the tiny model's 512-token context


@pytest.fixture
def app(qtbot, tiny_model: Path) -> Iterator[App]:
    a = App([])
    qtbot.addWidget(a.window)
    with qtbot.waitSignal(a.controller.modelLoaded, timeout=60000):
        a.start(model=str(tiny_model))
    a.window.params.set_sampling(GREEDY)
    a.controller.sampling = a.window.params.sampling()
    yield a
    a.window.close()
    assert not a.controller._thread.isRunning()


def send(qtbot, app: App, text: str) -> int:
    edit = app.window.composer.edit
    qtbot.keyClicks(edit, text)
    with qtbot.waitSignal(app.controller.messageFinished, timeout=60000) as finished:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    return int(finished.args[0])


def open_editor(qtbot, app: App, row: int) -> MessageEditor:
    view = app.window.chat_view
    qtbot.waitUntil(lambda: view.message_widget(row) is not None, timeout=5000)
    widget = view.message_widget(row)
    assert widget is not None and widget.edit_button.isVisible()
    qtbot.mouseClick(widget.edit_button, LEFT)
    editor = view.editor()
    assert editor is not None
    return editor


def test_the_editor_stands_in_the_transcript_and_save_keeps_the_reply(qtbot, app):
    reply_id = send(qtbot, app, "first question")
    view = app.window.chat_view
    user_id = app.window.chat_model.chat_row(0).message_id
    editor = open_editor(qtbot, app, 0)
    # In the transcript, where the message was: no dialog, no other window.
    assert editor.parent() is view.viewport() and editor.isVisible() and not editor.isWindow()
    assert not view.message_widget(0).isVisible()  # type: ignore[union-attr]
    assert view.viewport().rect().contains(editor.geometry())
    assert app.window.focusWidget() is editor.edit
    assert editor.save_button.text() == "Save"
    assert editor.regenerate_button.text() == "Save and regenerate"
    assert editor.save_button.isVisible() and editor.regenerate_button.isVisible()
    below = view.message_widget(1)
    assert below is not None and below.y() >= editor.geometry().bottom()  # nothing covered

    editor.edit.selectAll()
    qtbot.keyClicks(editor.edit, "first question, put better")
    with qtbot.waitSignal(app.window.edits.saved, timeout=5000):
        qtbot.mouseClick(editor.save_button, LEFT)
    assert view.editor() is None
    rows = app.window.chat_model.rows()
    assert [r.message_id for r in rows] == [user_id, reply_id]  # the reply kept
    assert rows[0].text == "first question, put better"
    assert view.rendered_plain_text(0).strip() == "first question, put better"
    assert view.message_widget(0).isVisible()  # type: ignore[union-attr]
    stored = on_disk(app).get_message(user_id)
    assert stored.content == "first question, put better"
    assert on_disk(app).siblings(user_id) == [stored]


def test_save_and_regenerate_makes_a_version_and_the_switcher_is_plainly_visible(qtbot, app):
    first_reply = send(qtbot, app, "the question")
    view = app.window.chat_view
    editor = open_editor(qtbot, app, 0)
    editor.edit.selectAll()
    qtbot.keyClicks(editor.edit, "the better question")
    with qtbot.waitSignal(app.controller.messageFinished, timeout=60000) as finished:
        qtbot.mouseClick(editor.regenerate_button, LEFT)
    assert finished.args[0] != first_reply and view.editor() is None
    rows = app.window.chat_model.rows()
    assert rows[0].text == "the better question"
    assert (rows[0].sibling_index, rows[0].sibling_count) == (1, 2)
    qtbot.waitUntil(lambda: view.message_widget(0) is not None, timeout=5000)
    widget = view.message_widget(0)
    assert widget is not None
    # Shown without hovering: the person sees there is another version.
    assert widget.branch_label.isVisible() and widget.branch_label.text() == "2/2"
    assert widget.prev_button.isVisible() and widget.next_button.isVisible()
    assert widget.prev_button.isEnabled() and not widget.next_button.isEnabled()


def test_esc_cancels_and_ctrl_enter_saves_and_regenerates(qtbot, app):
    send(qtbot, app, "keep this")
    view = app.window.chat_view
    editor = open_editor(qtbot, app, 0)
    editor.edit.setPlainText("not this")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Escape)
    assert view.editor() is None
    assert app.window.chat_model.chat_row(0).text == "keep this"
    widget = view.message_widget(0)
    assert widget is not None and app.window.focusWidget() is widget.edit_button
    editor = open_editor(qtbot, app, 0)
    editor.edit.setPlainText("this instead")
    with qtbot.waitSignal(app.controller.messageFinished, timeout=60000):
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return, CTRL)
    assert app.window.chat_model.chat_row(0).text == "this instead"
    assert app.window.chat_model.chat_row(0).sibling_count == 2


def test_a_reply_is_edited_in_place_with_save_only(qtbot, app):
    reply_id = send(qtbot, app, "say something")
    editor = open_editor(qtbot, app, 1)
    assert editor.message_id == reply_id
    assert editor.save_button.isVisible() and not editor.regenerate_button.isVisible()
    editor.edit.setPlainText("A corrected reply.")
    with qtbot.waitSignal(app.window.edits.saved, timeout=5000):
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return, CTRL)
    assert app.window.chat_model.chat_row(1).text == "A corrected reply."
    assert on_disk(app).get_message(reply_id).content == "A corrected reply."


def test_an_edit_too_long_for_the_context_is_refused_with_a_sentence(qtbot, app):
    reply_id = send(qtbot, app, "short")
    view = app.window.chat_view
    user_id = app.window.chat_model.chat_row(0).message_id
    editor = open_editor(qtbot, app, 0)
    editor.edit.setPlainText(LONG)
    with qtbot.waitSignal(app.window.edits.refused, timeout=30000):
        qtbot.mouseClick(editor.regenerate_button, LEFT)
    assert view.editor() is editor and editor.isVisible()  # still open, the text kept
    assert editor.text() == LONG
    assert editor.refusal().startswith("This edit is too long to save")
    assert editor.note.isVisible() and editor.regenerate_button.isEnabled()
    assert [r.message_id for r in app.window.chat_model.rows()] == [user_id, reply_id]
    assert on_disk(app).get_message(user_id).content == "short"
    assert len(on_disk(app).siblings(user_id)) == 1
