"""One message's rendered text: painting, mouse selection, copying, links, code Copy buttons."""

from __future__ import annotations

from bisect import bisect_right
from functools import partial

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QMenu, QStyle, QToolButton, QWidget

from desktop.ui.markdown import MessageRender, Position


class MessageBody(QWidget):
    """Paints one message's rendered blocks (only those in the exposed area).

    Hosts a Copy button per code block, mouse selection, Ctrl+C and link clicks.
    """

    linkActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_render: MessageRender | None = None
        self.placeholder = ""
        self.code_buttons: list[QToolButton] = []
        self._selection: tuple[Position, Position] | None = None
        self._pressed_at: QPointF | None = None
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setCursor(Qt.CursorShape.IBeamCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def set_content(self, render: MessageRender | None, placeholder: str) -> None:
        same = render is self.message_render and placeholder == self.placeholder
        if render is not self.message_render:
            self._selection = None
        self.message_render = render
        self.placeholder = placeholder
        if same and render is not None:
            self._sync_code_buttons(render.first_changed)
            self.update(render.changed_rect().toAlignedRect())
        else:
            self._sync_code_buttons(0)
            self.update()

    def selected_text(self) -> str:
        if self.message_render is None or self._selection is None:
            return ""
        return self.message_render.selected_text(*self._selection)

    def select_all(self) -> None:
        if self.message_render is not None and self.message_render.blocks:
            last = len(self.message_render.blocks) - 1
            end = max(0, self.message_render.blocks[last].doc.characterCount() - 1)
            self._selection = ((0, 0), (last, end))
            self.update()

    def _sync_code_buttons(self, from_block: int) -> None:
        render = self.message_render
        groups = render.code_groups if render is not None and not self.placeholder else []
        while len(self.code_buttons) < len(groups):
            button = QToolButton(self)
            button.setText(self.tr("Copy"))
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.ArrowCursor)
            button.setToolTip(self.tr("Copy the code"))
            button.setAccessibleName(self.tr("Copy the code"))
            button.clicked.connect(partial(self._copy_code, len(self.code_buttons)))
            self.code_buttons.append(button)
        for number, button in enumerate(self.code_buttons):
            button.setVisible(number < len(groups))
        if render is None:
            return
        # Earlier code blocks never move while a message grows: place only the new ones.
        start = bisect_right(groups, from_block - 1)
        for number in range(start, len(groups)):
            header = render.code_header_rect(number).toAlignedRect()
            button = self.code_buttons[number]
            size = button.sizeHint()
            button.setGeometry(
                header.right() - size.width() - 4,
                header.top() + (header.height() - size.height()) // 2,
                size.width(),
                size.height(),
            )

    def _copy_code(self, number: int) -> None:
        if self.message_render is not None and number < len(self.message_render.code_groups):
            QGuiApplication.clipboard().setText(self.message_render.code_text(number))
            button = self.code_buttons[number]
            button.setText(self.tr("Copied"))
            QTimer.singleShot(1500, button, partial(button.setText, self.tr("Copy")))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.placeholder:
            font = QFont(self.font())
            font.setItalic(True)
            painter.setFont(font)
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            # The placeholder is the window's own text: it starts at the leading edge.
            leading = QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag.AlignLeading)
            painter.drawText(self.rect(), int(leading), self.placeholder)
        elif self.message_render is not None:
            self.message_render.paint(
                painter, QRectF(event.rect()), self.palette(), self._selection
            )
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.message_render is None:
            super().mousePressEvent(event)
            return
        hit = self.message_render.hit_test(event.position())
        self._selection = (hit, hit) if hit is not None else None
        self._pressed_at = event.position()
        self.update()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed_at is None or self._selection is None or self.message_render is None:
            super().mouseMoveEvent(event)
            return
        hit = self.message_render.hit_test(event.position())
        if hit is not None:
            self._selection = (self._selection[0], hit)
            self.update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed_at = self._pressed_at, None
        if pressed is None or self.message_render is None:
            super().mouseReleaseEvent(event)
            return
        event.accept()
        if (event.position() - pressed).manhattanLength() < 4:
            # A click, not a drag: drop the selection and follow a link under it.
            self._selection = None
            self.update()
            link = self.message_render.anchor_at(event.position())
            if link:
                self.linkActivated.emit(link)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) and self.selected_text():
            QGuiApplication.clipboard().setText(self.selected_text())
            return
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"))
        copy.setEnabled(bool(self.selected_text()))
        copy.triggered.connect(self._copy_selection)
        menu.addAction(self.tr("Select All")).triggered.connect(self.select_all)
        menu.popup(event.globalPos())

    def _copy_selection(self) -> None:
        QGuiApplication.clipboard().setText(self.selected_text())
