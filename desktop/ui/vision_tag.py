"""The "Vision" tag: a small eye badge painted after a model's name in a table, as LM Studio
and Jan mark models that read images. Rows say whether they have it through models.vision.VISION
(the sentence is also their tooltip and part of their accessible text). The tag follows the
text's direction: after the name on its right in English, on its left in Persian."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from desktop.models.vision import VISION, tag
from desktop.ui import icons

_Index = QModelIndex | QPersistentModelIndex
EYE = "mdi6.eye-outline"
_GAP = 8  # between the name and the tag
_PAD = 5  # inside the tag, left and right
_ROOM = 140  # the name's least room: below it the tag shrinks to its eye (the tooltip says)


def tag_sentence(index: _Index) -> str:
    """The row's vision sentence, or "" when its model does not read images."""
    value = index.data(VISION)
    return value if isinstance(value, str) else ""


class VisionTagDelegate(QStyledItemDelegate):
    """Paints the cell as usual, then the tag after its text when the row reads images."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        if not tag_sentence(index):
            super().paint(painter, option, index)
            return
        width = self._tag_width(option)
        compact = option.rect.width() - width - _GAP < _ROOM and icons.loaded()
        if compact:
            width = self._tag_width(option, compact=True)
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        style = cell.widget.style() if cell.widget is not None else QApplication.style()
        # The row's background under the tag too, then the text in the room left of it.
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, cell, painter, cell.widget
        )
        # Worked out left to right, then mirrored into place for a right-to-left row.
        direction = option.direction
        whole = option.rect
        narrowed = QStyleOptionViewItem(option)
        narrowed.rect = QStyle.visualRect(
            direction, whole, whole.adjusted(0, 0, -(width + _GAP), 0)
        )
        super().paint(painter, narrowed, index)
        text_end = whole.left() + _text_width(cell) + _GAP
        left = min(text_end, whole.right() - width - 2)
        area = QRect(left, whole.top(), width, whole.height())
        self._paint_tag(painter, option, QStyle.visualRect(direction, whole, area), compact)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        if tag_sentence(index):
            size.setWidth(size.width() + self._tag_width(option) + _GAP)
        return size

    def _tag_width(self, option: QStyleOptionViewItem, compact: bool = False) -> int:
        metrics = QFontMetrics(option.font)
        icon = metrics.height() if icons.loaded() else 0
        if compact:
            return _PAD + icon + _PAD
        return _PAD + icon + (2 if icon else 0) + metrics.horizontalAdvance(tag()) + _PAD

    def _paint_tag(
        self, painter: QPainter, option: QStyleOptionViewItem, area: QRect, compact: bool
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        ink = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        accent = palette.color(QPalette.ColorRole.Highlight)
        metrics = QFontMetrics(option.font)
        box = QRect(area.left(), 0, area.width(), metrics.height() + 2)
        box.moveCenter(area.center())
        box.moveLeft(area.left())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(ink if selected else accent)
        fill.setAlpha(40)
        painter.setBrush(fill)
        painter.setPen(ink if selected else accent)
        radius = box.height() / 2
        painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), radius, radius)
        direction = option.direction  # the eye first in the reading direction
        x = box.left() + _PAD
        if icons.loaded():  # never forces the icon font in from a paint
            side = metrics.height() - 2
            icon_rect = QRect(x, box.top() + (box.height() - side) // 2, side, side)
            icons.icon(EYE).paint(painter, QStyle.visualRect(direction, box, icon_rect))
            x += metrics.height() + 2
        if compact:
            painter.restore()
            return
        painter.setPen(ink)
        painter.setFont(option.font)
        text_rect = QStyle.visualRect(
            direction, box, QRect(x, box.top(), box.right() - x, box.height())
        )
        align = QStyle.visualAlignment(
            direction, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        painter.drawText(text_rect, int(align), tag())
        painter.restore()


def _text_width(cell: QStyleOptionViewItem) -> int:
    """Where the cell's text ends, from its left edge (margins and an icon included)."""
    margin = 6  # the style's item text margins, about 3 px a side
    icon = cell.decorationSize.width() + 4 if not cell.icon.isNull() else 0
    return margin + icon + QFontMetrics(cell.font).horizontalAdvance(cell.text)


def tag_column(view: QAbstractItemView, column: int = 0) -> VisionTagDelegate:
    """Show the Vision tag in view's column (the models' name); the delegate is returned."""
    delegate = VisionTagDelegate(view)
    view.setItemDelegateForColumn(column, delegate)
    return delegate
