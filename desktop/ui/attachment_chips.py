"""Attachment chips: a file's name and size (an image as a small thumbnail), with a remove
button in the composer; the same chips, read only, under a sent message. Chips have one size
and wrap onto more rows when the width runs out (never squeezed unreadable)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImageReader,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import locale_format
from desktop.ui import icons, metrics

THUMB = 40  # px: an image chip's thumbnail, square
CHIP_HEIGHT = THUMB + 8  # every chip has the same height, so a row of them lines up
CHIP_WIDTH = 220  # and the same width, so the rows they wrap onto can be counted cheaply
CHIP_GAP = 6  # between chips, across and down
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp"})


def format_size(size: int) -> str:
    """Bytes as people read them, in the window's language (locale_format.size)."""
    return locale_format.size(size)


@dataclass(frozen=True, slots=True)
class ChipItem:
    """What a chip shows: a name, a size, and for an image the file its thumbnail is read
    from ('' when there is no file to read, e.g. a stored copy that is gone)."""

    name: str
    size: int
    image: str = ""
    path: str = ""  # the file it stands for (the composer's pick)


def chip_rows(count: int, width: int) -> int:
    """How many rows count chips wrap onto in width (0 for none; one a row at least)."""
    per_row = max(1, (width + CHIP_GAP) // (CHIP_WIDTH + CHIP_GAP))
    return math.ceil(count / per_row) if count > 0 else 0


def chips_height(count: int, width: int) -> int:
    """The height count chips take in width (0 for none): the transcript reserves it."""
    rows = chip_rows(count, width)
    return rows * CHIP_HEIGHT + max(0, rows - 1) * CHIP_GAP


def thumbnail(path: str, side: int = THUMB) -> QPixmap:
    """A small picture of an image file, read at the small size (a big photo is never
    decoded whole); a null pixmap when it cannot be read."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > side or size.height() > side):
        reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


class _EnterClicks(QObject):
    """Enter (or Return) on a focused tool button clicks it, as Space does: people press
    Enter on the paperclip and on a chip's cross (a QToolButton takes only Space)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers()
            and isinstance(watched, QAbstractButton)
        ):
            watched.click()
            return True
        return super().eventFilter(watched, event)


def click_on_enter(button: QAbstractButton) -> None:
    """Let Enter click button (the filter is the button's child: it goes with it)."""
    button.installEventFilter(_EnterClicks(button))


class AttachmentChip(QFrame):
    """One file: thumbnail or file icon, name and size, and (removable) a remove button."""

    removeClicked = Signal()

    def __init__(self, item: ChipItem, removable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("attachmentChip")
        self.setFrameShape(QFrame.Shape.NoFrame)  # painted: a style's panel vanishes in dark
        self.setFixedSize(CHIP_WIDTH, CHIP_HEIGHT)
        size = format_size(item.size)
        self.setToolTip(self.tr("{name} ({size})").format(name=item.name, size=size))
        self.setAccessibleName(
            self.tr("Attachment {name}, {size}").format(name=item.name, size=size)
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.setSpacing(6)
        self.picture = QLabel(self)
        self.picture.setFixedSize(THUMB, THUMB)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = thumbnail(item.image) if item.image else QPixmap()
        if not pixmap.isNull():
            self.picture.setPixmap(pixmap)
        else:
            name = "mdi6.file-image-outline" if item.image else "mdi6.file-document-outline"
            self.picture.setPixmap(icons.icon(name).pixmap(QSize(24, 24)))
        self.is_thumbnail = not pixmap.isNull()
        row.addWidget(self.picture)
        self.name_label = QLabel(self)
        self.size_label = QLabel(size, self)
        self.size_label.setEnabled(False)  # the muted colour of the theme
        words = QVBoxLayout()  # the name over its size: the name gets the chip's width
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(0)
        words.addWidget(self.name_label)
        words.addWidget(self.size_label)
        row.addLayout(words, 1)
        self.remove_button: QToolButton | None = None
        room = CHIP_WIDTH - 8 - THUMB - 6
        if removable:
            button = QToolButton(self)
            button.setText("\u00d7")  # the multiplication sign: a close cross
            button.setAutoRaise(True)
            remove = self.tr("Remove {name}").format(name=item.name)
            button.setToolTip(remove)
            button.setAccessibleName(remove)
            button.clicked.connect(self.removeClicked)
            click_on_enter(button)
            row.addWidget(button)
            self.remove_button = button
            room -= button.sizeHint().width() + 6
        # The name in what is left of the chip's width, shortened in its middle (the end
        # says what kind of file it is); whole in the tooltip.
        fm = self.name_label.fontMetrics()
        self.name_label.setText(fm.elidedText(item.name, Qt.TextElideMode.ElideMiddle, room))

    def paintEvent(self, event: QPaintEvent) -> None:
        # A card like an assistant's reply: the base colour, a hairline a little towards
        # the text colour, so it shows on the light and the dark palettes alike.
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        share = 0.22 if base.lightness() < 128 else 0.16
        border = QColor(
            round(base.red() + (text.red() - base.red()) * share),
            round(base.green() + (text.green() - base.green()) * share),
            round(base.blue() + (text.blue() - base.blue()) * share),
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(border)
        painter.setBrush(base)
        card = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)  # a crisp hairline
        painter.drawRoundedRect(card, metrics.RADIUS, metrics.RADIUS)
        painter.end()


class AttachmentChips(QWidget):
    """A row of chips. In the composer (removable) it holds the files picked for the next
    message; under a message it shows what was sent. Hidden while empty."""

    changed = Signal()  # a chip was added or removed

    def __init__(self, removable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentChips")
        self.removable = removable
        # A user's message: its chips sit at its trailing side, like it (mirrored right to left).
        self.align_right = False
        self.chips: list[AttachmentChip] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.hide()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return chips_height(len(self.chips), width)

    def sizeHint(self) -> QSize:
        count = len(self.chips)
        return QSize(max(0, count * (CHIP_WIDTH + CHIP_GAP) - CHIP_GAP), CHIP_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(CHIP_WIDTH, CHIP_HEIGHT) if self.chips else QSize(0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place()

    def place(self) -> None:
        """Put the chips in rows across the width (from the trailing side when align_right,
        mirrored right to left); a layout that did not ask heightForWidth is told the
        height by a fixed height."""
        width = max(self.width(), CHIP_WIDTH)
        per_row = max(1, (width + CHIP_GAP) // (CHIP_WIDTH + CHIP_GAP))
        for number, chip in enumerate(self.chips):
            column, row = number % per_row, number // per_row
            in_row = min(per_row, len(self.chips) - row * per_row)
            x = column * (CHIP_WIDTH + CHIP_GAP)
            if self.align_right:
                x += width - (in_row * (CHIP_WIDTH + CHIP_GAP) - CHIP_GAP)
            if self.isRightToLeft():  # child positions are not mirrored by Qt: mirror here
                x = width - CHIP_WIDTH - x
            chip.move(x, row * (CHIP_HEIGHT + CHIP_GAP))
        parent = self.parentWidget()
        if parent is not None and parent.layout() is not None:
            needed = chips_height(len(self.chips), width)
            if needed and self.height() != needed:
                self.setFixedHeight(needed)

    def items(self) -> list[ChipItem]:
        return [chip.item for chip in self.chips]

    def add_file(self, path: Path) -> bool:
        """A file picked, dropped or pasted; False when it is not a file or already here."""
        path = Path(path)
        if not path.is_file() or any(i.path == str(path) for i in self.items()):
            return False
        image = str(path) if path.suffix.lower() in IMAGE_SUFFIXES else ""
        self.add(ChipItem(path.name, path.stat().st_size, image, str(path)))
        return True

    def add(self, item: ChipItem) -> None:
        chip = AttachmentChip(item, self.removable, self)
        chip.removeClicked.connect(lambda c=chip: self.remove(c))
        self.chips.append(chip)
        chip.show()
        self.show()
        self.updateGeometry()
        self.place()
        self.changed.emit()

    def remove(self, chip: AttachmentChip) -> None:
        if chip in self.chips:
            self.chips.remove(chip)
            chip.hide()
            chip.deleteLater()
            self.setVisible(bool(self.chips))
            self.updateGeometry()
            self.place()
            self.changed.emit()

    def set_items(self, items: list[ChipItem]) -> None:
        """Show exactly these (a message's attachments); cheap when they are the same."""
        if items == self.items():
            return
        for chip in list(self.chips):
            self.chips.remove(chip)
            chip.hide()
            chip.deleteLater()
        for item in items:
            self.add(item)
        self.setVisible(bool(items))

    def clear(self) -> None:
        self.set_items([])
