"""Under a message's bubble: the files sent with it (chips, images as thumbnails) and, under a
reply, its Sources (a click opens the passage)."""

from __future__ import annotations

import functools

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from desktop.core.documents.attachments import AttachmentStore
from desktop.core.history import Attachment
from desktop.models.chat_model import ChatRow
from desktop.ui.attachment_chips import AttachmentChips, ChipItem, chips_height
from desktop.ui.sources_view import SourcesView


@functools.lru_cache(maxsize=512)
def _stored_copy(sha256: str) -> str:
    """Where an attachment's stored copy is ('' when it is gone); remembered, since a row is
    bound again on every scroll and the copy never changes."""
    try:
        path = AttachmentStore().path_of(sha256)
    except ValueError:
        return ""
    return str(path) if path.is_file() else ""


def chip_item(attachment: Attachment) -> ChipItem:
    """A sent message's chip: an image's thumbnail is read from its stored copy."""
    image = _stored_copy(attachment.sha256) if attachment.kind == "image" else ""
    return ChipItem(attachment.name, attachment.size, image)


class MessageExtras(QWidget):
    """The chips and the sources of one row; the message widget places it (Metrics reserves
    its height: chat_style.Metrics.extras_height)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips = AttachmentChips(removable=False, parent=self)
        self.sources = SourcesView(self)
        self.hide()

    def show_row(self, row: ChatRow) -> None:
        self.chips.set_items([chip_item(a) for a in row.attachments])
        self.sources.set_sources(row.sources if not row.is_streaming else ())
        self.setVisible(bool(row.attachments) or not self.sources.isHidden())

    def place(self, area: QRect | None, user: bool, source_row: int, gap: int) -> None:
        """Lay out in area (None: nothing to show): a user's chips at the trailing side, like
        the bubble, in as many rows as they wrap onto; the sources under them, a line each."""
        if area is None:
            self.hide()
            return
        self.setGeometry(area)
        y = 0
        if not self.chips.isHidden():
            height = chips_height(len(self.chips.chips), area.width())
            self.chips.align_right = user
            self.chips.setGeometry(0, 0, area.width(), height)
            self.chips.place()  # also when only the side changed, not the size
            y = height + gap
        if not self.sources.isHidden():
            rows = 1 + len(self.sources.sources)
            self.sources.heading.setFixedHeight(source_row)
            for button in self.sources.buttons:
                button.setFixedHeight(source_row)
            self.sources.setGeometry(0, y, area.width(), rows * source_row)
