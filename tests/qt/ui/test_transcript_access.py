"""The transcript as a screen reader and the keyboard meet it: a named list of messages, each
with its author and text, every control named, a finished reply said once, Up/Down between
messages (rows made as they scroll into view), the row's actions next by Tab, right to left."""

from __future__ import annotations

import pytest
from a11y_walk import unnamed_controls
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from desktop.models.chat_model import ChatModel, ChatRow
from desktop.ui import chat_view
from desktop.ui.attachment_chips import ChipItem
from desktop.ui.chat_view import ChatView
from desktop.ui.composer import Composer
from desktop.ui.message_widget import MessageWidget

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

Name = QAccessible.Text.Name


def _surface(qtbot) -> tuple[QWidget, ChatView, ChatModel, Composer, QLineEdit]:
    """A field, the transcript and the composer in a shown window (the chat's own order)."""
    window = QWidget()
    qtbot.addWidget(window)  # (callers keep the window: its widgets go with it)
    model = ChatModel(window)
    before, view, composer = QLineEdit(window), ChatView(model, window), Composer(window)
    before.setAccessibleName("Search")
    layout = QVBoxLayout(window)
    for widget in (before, view, composer):
        layout.addWidget(widget)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    return window, view, model, composer, before


def _conversation(count: int) -> list[ChatRow]:
    return [
        ChatRow(n + 1, "user" if n % 2 == 0 else "assistant", f"Message number {n + 1}.\n\n" * 6)
        for n in range(count)
    ]


def test_the_chat_surface_has_no_unnamed_control(qtbot):
    window, view, model, composer, _ = _surface(qtbot)
    window.resize(800, 1100)
    model.set_rows(
        [
            ChatRow(1, "user", "Hi", attachments=()),
            ChatRow(2, "assistant", "Hello! `code`\n\n```python\nprint(1)\n```", stats="5 tokens"),
            ChatRow(3, "user", "More", sibling_index=0, sibling_count=2),
            ChatRow(4, "assistant", "Cut short", status="stopped"),
        ]
    )
    composer.chips.add(ChipItem("notes.txt", 2048, path="/tmp/notes.txt"))
    composer.set_knowledge_available(True)
    assert all(view.message_widget(row) is not None for row in range(4))
    assert unnamed_controls(window) == []
    chip = composer.chips.chips[0]
    assert chip.remove_button is not None
    assert chip.remove_button.accessibleName() == "Remove notes.txt"
    assert "notes.txt" in chip.accessibleName() and "2" in chip.accessibleName()
    reply = view.message_widget(1)
    assert reply is not None
    assert reply.copy_button.accessibleName() == "Copy"
    assert reply.regenerate_button.accessibleDescription() == "Write a new reply"
    assert composer.button.accessibleName() or composer.button.text() == "Send"
    assert composer.attach_button.accessibleName() == "Attach files"
    assert composer.edit.accessibleName() == "Message"


def test_the_transcript_is_a_list_of_messages_with_their_authors(qtbot):
    _window, view, model, _, _ = _surface(qtbot)  # kept: its widgets go with it
    model.set_rows(
        [ChatRow(1, "user", "What is **two** plus two?"), ChatRow(2, "assistant", "It is *4*.")]
    )
    listing = QAccessible.queryAccessibleInterface(view)
    assert listing is not None
    assert listing.role() == QAccessible.Role.List
    assert listing.text(Name) == "Conversation"
    assert listing.childCount() == 2
    first, second = listing.child(0), listing.child(1)
    assert first.role() == second.role() == QAccessible.Role.ListItem
    # The author the window shows, then the text as it reads (no Markdown marks).
    assert first.text(Name) == "You: What is two plus two?"
    assert second.text(Name) == "Assistant: It is 4."
    assert first.parent().object() is view and listing.indexOfChild(second) == 1
    widget = view.message_widget(1)
    assert widget is not None
    body = QAccessible.queryAccessibleInterface(widget.body)
    assert body.text(Name) == "It is 4."
    # A reply cut short says so.
    model.replace_row(1, ChatRow(2, "assistant", "It is", status="stopped"))
    assert listing.child(1).text(Name) == "Assistant (stopped): It is"


def test_a_streamed_reply_is_announced_once_with_its_text(qtbot, monkeypatch):
    said: list[tuple[str, bool]] = []

    def heard(source: QObject, text: str, *, urgent: bool = False) -> None:
        said.append((text, urgent))

    monkeypatch.setattr(chat_view, "announce", heard)
    _window, view, model, _, _ = _surface(qtbot)  # kept: its widgets go with it
    model.set_rows([ChatRow(1, "user", "Count to five")])
    model.append_row(ChatRow(2, "assistant", "", status="streaming"))
    for piece in ("One, ", "two, ", "**three**, ", "four, ", "five."):
        model.append_streaming_text(piece)
        view.flush()
    assert said == []  # nothing while it is written
    model.finish_streaming("complete", "5 tokens")
    assert said == [("One, two, three, four, five.", False)]
    widget = view.message_widget(1)
    assert widget is not None
    assert widget.accessibleName() == "Assistant: One, two, three, four, five."
    # Later changes to the same reply (a branch count, its stats) say nothing again.
    model.replace_row(1, ChatRow(2, "assistant", "One, two, three, four, five.", stats="x"))
    assert len(said) == 1
    # A failed reply interrupts; a long one is shortened.
    model.append_row(ChatRow(3, "user", "Again"))
    model.append_row(ChatRow(4, "assistant", "", status="streaming"))
    model.append_streaming_text("word " * 300)
    model.finish_streaming("error")
    text, urgent = said[-1]
    assert urgent and text.startswith("The reply failed: word word")
    assert len(text) < 500 and text.endswith("…")


def test_up_and_down_move_from_message_to_message_and_tab_reaches_its_actions(qtbot):
    window, view, model, _, before = _surface(qtbot)
    model.set_rows(_conversation(40))
    window.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)  # into the transcript: the newest message
    focused = QApplication.focusWidget()
    assert isinstance(focused, MessageWidget) and view.row_of_widget(focused) == 39
    qtbot.keyClick(focused, Qt.Key.Key_Up)
    focused = QApplication.focusWidget()
    assert isinstance(focused, MessageWidget) and view.row_of_widget(focused) == 38
    # Home goes to the first message, far above: its row is made and scrolled to.
    assert view.message_widget(0) is None
    qtbot.keyClick(focused, Qt.Key.Key_Home)
    first = view.message_widget(0)
    assert first is not None and first.hasFocus()
    assert first.y() >= 0 and first.y() + first.height() <= view.viewport().height()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    second = view.message_widget(1)
    assert second is not None and second.hasFocus()
    # Tab from the message goes to its own buttons.
    qtbot.keyClick(second, Qt.Key.Key_Tab)
    button = QApplication.focusWidget()
    assert button is not None and button.parentWidget() is second
    assert button.accessibleName()


def test_the_users_messages_sit_at_the_trailing_side_right_to_left(qtbot):
    _window, view, model, _, _ = _surface(qtbot)  # kept: its widgets go with it
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    model.set_rows([ChatRow(1, "user", "سلام"), ChatRow(2, "assistant", "Hello, how can I help?")])
    user, reply = view.message_widget(0), view.message_widget(1)
    assert user is not None and reply is not None
    # Mirrored: the person's bubble hugs the left edge, the reply starts at the right.
    assert user.body.geometry().right() < view.viewport().width() // 2
    assert user.body.geometry().right() < reply.body.geometry().right()
    assert user.role_label.geometry().left() < reply.role_label.geometry().left()
    view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    model.set_rows([ChatRow(1, "user", "Hi"), ChatRow(2, "assistant", "Hello, how can I help?")])
    user = view.message_widget(0)
    assert user is not None and user.body.geometry().left() > view.viewport().width() // 2
