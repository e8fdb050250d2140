"""Attachment chips: a file's name and size (an image as a small thumbnail), with a remove
button in the composer; the same chips, read only, under a sent message."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.ui import icons

THUMB = 40  # px: an image chip's thumbnail, square
CHIP_HEIGHT = THUMB + 8  # every chip has the same height, so a row of them lines up
NAME_MAX_PX = 180  # a long file name is elided in the chip (whole in its tooltip)
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp"})


def format_size(size: int) -> str:
    """Bytes as people read them: 512 B, 2.0 KB, 3.4 MB."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


@dataclass(frozen=True, slots=True)
class ChipItem:
    """What a chip shows: a name, a size, and for an image the file its thumbnail is read
    from ('' when there is no file to read, e.g. a stored copy that is gone)."""

    name: str
    size: int
    image: str = ""
    path: str = ""  # the file it stands for (the composer's pick)


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


class AttachmentChip(QFrame):
    """One file: thumbnail or file icon, name and size, and (removable) a remove button."""

    removeClicked = Signal()

    def __init__(self, item: ChipItem, removable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("attachmentChip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedHeight(CHIP_HEIGHT)
        self.setToolTip(f"{item.name} ({format_size(item.size)})")
        self.setAccessibleName(f"Attachment {item.name}, {format_size(item.size)}")
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
        fm = self.name_label.fontMetrics()
        self.name_label.setText(fm.elidedText(item.name, Qt.TextElideMode.ElideMiddle, NAME_MAX_PX))
        self.size_label = QLabel(format_size(item.size), self)
        self.size_label.setEnabled(False)  # the muted colour of the theme
        row.addWidget(self.name_label)
        row.addWidget(self.size_label)
        self.remove_button: QToolButton | None = None
        if removable:
            button = QToolButton(self)
            button.setText("\u00d7")  # the multiplication sign: a close cross
            button.setAutoRaise(True)
            button.setToolTip(f"Remove {item.name}")
            button.setAccessibleName(f"Remove {item.name}")
            button.clicked.connect(self.removeClicked)
            row.addWidget(button)
            self.remove_button = button


class AttachmentChips(QWidget):
    """A row of chips. In the composer (removable) it holds the files picked for the next
    message; under a message it shows what was sent. Hidden while empty."""

    changed = Signal()  # a chip was added or removed

    def __init__(self, removable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentChips")
        self.removable = removable
        self.chips: list[AttachmentChip] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self._row.addStretch(1)
        self.hide()

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
        self._row.insertWidget(self._row.count() - 1, chip)
        self.show()
        self.changed.emit()

    def remove(self, chip: AttachmentChip) -> None:
        if chip in self.chips:
            self.chips.remove(chip)
            chip.hide()
            chip.deleteLater()
            self.setVisible(bool(self.chips))
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
