"""Attachments in the real window (offscreen, real engine on a tiny model): files dropped or
pasted become chips, a sent message shows them, and a file that cannot be read is refused
with the draft and its chips kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from greedy_app import greedy_app
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication
from saved import on_disk

from desktop.app import App
from desktop.ui.attachment_chips import AttachmentChips, ChipItem, format_size


@pytest.fixture
def app(qtbot, tiny_model) -> Iterator[App]:
    with greedy_app(qtbot, tiny_model) as opened:
        yield opened


def files_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(widget, mime: QMimeData) -> QDropEvent:
    """A drag entering the widget and its drop, as Qt delivers them."""
    point = widget.rect().center()
    enter = QDragEnterEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(QPoint(point)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    QApplication.sendEvent(widget, event)
    return event


def test_dropped_and_pasted_files_become_chips_that_can_be_removed(qtbot, app, tmp_path):
    composer = app.window.composer
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\nRemember the milk.\n", encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text("Quarterly figures went up.\n" * 100, encoding="utf-8")
    assert composer.chips.isHidden()

    event = drop(composer, files_mime(notes))
    assert event.isAccepted()
    assert [c.item.name for c in composer.chips.chips] == ["notes.md"]
    assert composer.chips.isVisible()
    assert composer.chips.chips[0].size_label.text() == format_size(notes.stat().st_size)

    # A paste of copied files (a file manager's Copy) attaches them, not their paths.
    QApplication.clipboard().setMimeData(files_mime(report, notes))
    composer.edit.setFocus()
    qtbot.keyClick(composer.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [c.item.name for c in composer.chips.chips] == ["notes.md", "report.txt"]
    assert composer.edit.toPlainText() == ""
    assert composer.attachments() == [notes, report]

    # A picture copied from somewhere: saved as a PNG and shown as a thumbnail.
    picture = QImage(64, 32, QImage.Format.Format_RGB32)
    picture.fill(QColor("#3366cc"))
    QApplication.clipboard().setImage(picture)
    qtbot.keyClick(composer.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = composer.chips.chips[-1]
    assert pasted.item.name.startswith("pasted-") and pasted.item.name.endswith(".png")
    assert pasted.is_thumbnail and not pasted.picture.pixmap().isNull()
    png = Path(pasted.item.path)
    assert QImage(str(png)).size() == picture.size()

    assert composer.chips.chips[0].remove_button is not None
    qtbot.mouseClick(composer.chips.chips[0].remove_button, Qt.MouseButton.LeftButton)
    assert [c.item.name for c in composer.chips.chips] == ["report.txt", pasted.item.name]
    # Dropped on the transcript, a file comes to the composer as well.
    drop(app.window.chat_view.viewport(), files_mime(notes))
    assert [c.item.name for c in composer.chips.chips][-1] == "notes.md"
    composer.clear()
    assert composer.chips.isHidden() and composer.attachments() == []
    assert not png.exists()  # the pasted picture's PNG goes with the draft


def test_a_sent_message_shows_its_chips_and_the_composer_empties(qtbot, app, tmp_path):
    composer, session = app.window.composer, app.controller
    notes = tmp_path / "recipe.md"
    notes.write_text("# Soup\n\nBoil the leeks for ten minutes.\n", encoding="utf-8")
    drop(composer, files_mime(notes))
    qtbot.keyClicks(composer.edit, "How long?")
    with qtbot.waitSignal(session.messageFinished, timeout=60000):
        qtbot.keyClick(composer.edit, Qt.Key.Key_Return)
    assert composer.edit.toPlainText() == "" and composer.attachments() == []
    user = on_disk(app).active_path(session.conversation_id)[0]
    assert [a.name for a in user.attachments] == ["recipe.md"]
    view = app.window.chat_view
    view.flush()
    widget = view.message_widget(0)
    assert widget is not None and widget.extras.isVisible()
    assert [c.item.name for c in widget.extras.chips.chips] == ["recipe.md"]
    chip = widget.extras.chips.chips[0]
    extras = widget.extras
    assert extras.rect().contains(extras.chips.geometry())  # laid out whole, under the bubble
    assert extras.geometry().top() > widget.body.geometry().bottom()
    assert extras.chips.geometry().right() == extras.rect().right()  # a user's: at the right
    assert chip.isVisible() and chip.width() > 0


def test_a_file_that_cannot_be_read_keeps_the_draft_and_its_chips(qtbot, app, tmp_path):
    composer, session = app.window.composer, app.controller
    bad = tmp_path / "data.txt"
    bad.write_bytes(b"\x00\xff\x00binary\x00" * 64)
    drop(composer, files_mime(bad))
    qtbot.keyClicks(composer.edit, "Read this")
    with qtbot.waitSignal(session.attachmentRefused, timeout=30000):
        qtbot.keyClick(composer.edit, Qt.Key.Key_Return)
    assert composer.refusal.isVisible() and "data.txt" in composer.refusal.text()
    assert composer.edit.toPlainText() == "Read this"
    assert composer.attachments() == [bad]
    assert session.conversation_id is None


def test_chips_under_a_message_are_read_only_and_images_fall_back_to_an_icon(qtbot):
    chips = AttachmentChips(removable=False)
    qtbot.addWidget(chips)
    chips.set_items([ChipItem("gone.png", 2048, image="/nowhere/gone.png"), ChipItem("a.md", 5)])
    assert [c.remove_button for c in chips.chips] == [None, None]
    assert not chips.chips[0].is_thumbnail  # the stored copy is gone: an image icon
    assert chips.chips[0].size_label.text() == format_size(2048)  # the locale's own
    assert chips.chips[1].size_label.text() == format_size(5)
