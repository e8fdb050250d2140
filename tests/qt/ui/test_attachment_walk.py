"""What a user saw walking through attachments in the window (H11): files sent alone show
their chips under "You" with no empty bubble above them; a message with words keeps its; Tab
reaches the paperclip and each chip's remove button, and Space or Enter removes;
many chips wrap onto rows instead of being squeezed unreadable; a chip's edge shows in dark."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QWidget
from scripted_backend import ScriptedBackend

from desktop.core.history import Attachment, ConversationStore
from desktop.models.chat_model import ChatModel, ChatRow
from desktop.services.chat_session import ChatSession
from desktop.services.conversations import open_read_store
from desktop.services.history import History
from desktop.ui.attachment_chips import (
    CHIP_HEIGHT,
    CHIP_WIDTH,
    AttachmentChip,
    ChipItem,
    chips_height,
)
from desktop.ui.chat_view import ChatView
from desktop.ui.main_window import MainWindow
from desktop.ui.message_widget import MessageWidget
from desktop.ui.theme import palette_for

FILES = (Attachment("a" * 64, "kettle.md", 95, "document"),)


def shown(qtbot, rows: list[ChatRow]) -> ChatView:
    view = ChatView(ChatModel())
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    model = view.model()
    assert isinstance(model, ChatModel)
    model.set_rows(rows)
    qtbot.waitUntil(lambda: all(view.message_widget(i) is not None for i in range(len(rows))))
    return view


def painted_pixels(widget: MessageWidget) -> int:
    """How many pixels the widget itself paints (the bubble; no children, no background)."""
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    widget.render(image, QPoint(), QRegion(), QWidget.RenderFlag(0))
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y))


def test_files_sent_alone_show_chips_without_an_empty_bubble(qtbot):
    view = shown(
        qtbot,
        [
            ChatRow(1, "user", "", attachments=FILES),
            ChatRow(2, "user", "Read it", attachments=FILES),
        ],
    )
    alone, worded = view.message_widget(0), view.message_widget(1)
    assert isinstance(alone, MessageWidget) and isinstance(worded, MessageWidget)
    qtbot.waitUntil(lambda: alone._geometry is not None and worded._geometry is not None)
    assert alone._geometry is not None and worded._geometry is not None
    assert alone._geometry.bubble is None  # nothing drawn above the chips
    assert worded._geometry.bubble is not None
    assert painted_pixels(alone) == 0 and painted_pixels(worded) > 0
    # The chips sit right under the header, where the bubble would have been.
    header, extras = alone._geometry.header, alone._geometry.extras
    assert extras is not None and extras.top() - header.bottom() <= view_gap(alone) + 1
    assert alone.extras.chips.isVisibleTo(alone) and len(alone.extras.chips.chips) == 1
    # And the row is shorter than the one with words by about the bubble.
    assert alone.height() < worded.height()


def view_gap(widget: MessageWidget) -> int:
    return widget._metrics.gap


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "hearth.sqlite3"
    ConversationStore(path).close()
    backend = ScriptedBackend()
    history = History(open_read_store(path))
    session = ChatSession(history, backend_factory=lambda: backend)
    w = MainWindow(session, history)
    qtbot.addWidget(w)
    yield w
    backend.release.set()
    w.close()
    assert session.shutdown()
    assert history.close(5)
    history.store.close()


def test_tab_reaches_the_paperclip_and_each_chips_remove_button(qtbot, window, tmp_path):
    files = [tmp_path / "kettle.md", tmp_path / "house.md"]
    for f in files:
        f.write_text("# Kettle\n\nDescale it.\n", encoding="utf-8")
    composer = window.composer
    window.show()
    qtbot.waitExposed(window)
    assert composer.add_files(files) == 2
    qtbot.waitUntil(lambda: all(c.isVisible() for c in composer.chips.chips))
    window.activateWindow()
    composer.edit.setFocus()
    qtbot.waitUntil(composer.edit.hasFocus)
    walk = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walk.append(QApplication.focusWidget())
    first, second = (chip.remove_button for chip in composer.chips.chips)
    # From the text: the paperclip, then its files' remove buttons, in the chips' order.
    assert walk == [composer.attach_button, first, second]
    assert first is not None and first.accessibleName() == "Remove kettle.md"
    with qtbot.waitSignal(composer.chips.changed):
        qtbot.keyClick(second, Qt.Key.Key_Space)
    assert [item.name for item in composer.chips.items()] == ["kettle.md"]
    assert composer.add_files([files[1]]) == 1
    with qtbot.waitSignal(composer.chips.changed):  # Enter does what Space does
        qtbot.keyClick(composer.chips.chips[1].remove_button, Qt.Key.Key_Return)
    assert [item.name for item in composer.chips.items()] == ["kettle.md"]
    composer.knowledge.setEnabled(True)
    qtbot.keyClick(composer.knowledge, Qt.Key.Key_Return)
    assert composer.knowledge.isChecked()
    # A chip added later still comes right after the paperclip's chips, not at the end.
    assert composer.add_files([files[1]]) == 1
    added = composer.chips.chips[1].remove_button
    assert added is not None
    qtbot.waitUntil(added.isVisible)  # a layout shows a new child on the next turn
    composer.attach_button.setFocus()
    qtbot.waitUntil(composer.attach_button.hasFocus)
    qtbot.keyClick(composer.attach_button, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is added


def test_many_chips_wrap_onto_rows_readable_in_the_composer_and_the_transcript(
    qtbot, window, tmp_path
):
    names = [f"household-document-number-{n}.md" for n in range(6)]
    for name in names:
        (tmp_path / name).write_text("# Notes\n", encoding="utf-8")
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    composer = window.composer
    assert composer.add_files([tmp_path / n for n in names]) == 6
    chips = composer.chips.chips
    qtbot.waitUntil(lambda: all(c.isVisible() for c in chips))
    # Never squeezed: every chip keeps its size, and none overlaps another or leaves the row.
    area = composer.chips.rect()
    for chip in chips:
        assert chip.size() == QSize(CHIP_WIDTH, CHIP_HEIGHT)
        assert area.contains(chip.geometry())
        assert chip.name_label.text().endswith(".md")  # shortened in the middle, if at all
    boxes = [c.geometry() for c in chips]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert composer.chips.height() == chips_height(6, composer.chips.width()) > CHIP_HEIGHT
    # Under a sent message the transcript reserves the rows they wrap onto.
    view = shown(
        qtbot,
        [
            ChatRow(
                1,
                "user",
                "Summarise these",
                attachments=tuple(
                    Attachment(f"{n:064x}", name, 10, "document") for n, name in enumerate(names)
                ),
            )
        ],
    )
    view.resize(480, 600)
    widget = view.message_widget(0)
    assert isinstance(widget, MessageWidget)
    qtbot.waitUntil(lambda: widget.extras.chips.height() > 2 * CHIP_HEIGHT)
    sent = widget.extras.chips
    inside = sent.rect()
    assert all(inside.contains(c.geometry()) for c in sent.chips)
    assert widget.extras.geometry().bottom() < widget.copy_button.geometry().top()
    # A user's chips sit at the right, like the bubble.
    assert max(c.geometry().right() for c in sent.chips) >= inside.right() - 1


@pytest.mark.parametrize("dark", [False, True])
def test_a_chip_shows_its_edge_on_the_light_and_the_dark_palette(qtbot, dark):
    chip = AttachmentChip(ChipItem("kettle.md", 95), removable=False)
    qtbot.addWidget(chip)
    chip.setPalette(palette_for(dark))
    image = QImage(chip.size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    chip.render(image, QPoint(), QRegion(), QWidget.RenderFlag(0))  # itself: its card
    base = chip.palette().color(QPalette.ColorRole.Base)
    edge = QColor(image.pixel(CHIP_WIDTH // 2, 0))  # the middle of its top edge
    inside = QColor(image.pixel(CHIP_WIDTH // 2, 2))
    assert inside == base
    assert abs(edge.lightness() - base.lightness()) >= 12  # a hairline one can see
