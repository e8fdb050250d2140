"""Files sent alone from the real window (offscreen, real engine on a tiny model): drop a file,
press Send with no text, and the message goes with its chip, the document its whole turn."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from greedy_app import greedy_app
from PySide6.QtCore import Qt
from saved import on_disk

from desktop.app import App


@pytest.fixture
def app(qtbot, tiny_model) -> Iterator[App]:
    with greedy_app(qtbot, tiny_model) as opened:
        yield opened


def test_a_file_with_no_text_is_sent_and_shows_its_chip(qtbot, app, tmp_path):
    window, session = app.window, app.controller
    composer = window.composer
    notes = tmp_path / "leeks.md"
    notes.write_text("# Soup\n\nBoil the leeks for ten minutes.\n", encoding="utf-8")
    assert composer.add_files([notes]) == 1
    assert composer.edit.toPlainText() == ""
    assert composer.button.isEnabled() and composer.button.text() == "Send"
    with qtbot.waitSignal(session.messageFinished, timeout=60000):
        qtbot.mouseClick(composer.button, Qt.MouseButton.LeftButton)
    assert composer.attachments() == [] and composer.edit.toPlainText() == ""

    user = on_disk(app).active_path(session.conversation_id)[0]
    assert user.content == "" and [a.name for a in user.attachments] == ["leeks.md"]
    conversation = on_disk(app).get_conversation(session.conversation_id)
    assert conversation.title == "leeks.md"  # no text to name the chat: the file does
    view = window.chat_view
    view.flush()
    widget = view.message_widget(0)
    assert widget is not None and widget.extras.isVisible()
    assert [c.item.name for c in widget.extras.chips.chips] == ["leeks.md"]
    assert widget.extras.chips.chips[0].isVisible()

    # With no files and no text, Send still sends nothing.
    rows = view.model().rowCount()
    qtbot.mouseClick(composer.button, Qt.MouseButton.LeftButton)
    assert view.model().rowCount() == rows and session.can_send()
