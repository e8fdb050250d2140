"""The chat transcript: a virtualized list of Markdown messages with their actions."""

from __future__ import annotations

import math
import time
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.chat_model import ChatModel, ChatRow, Role
from desktop.ui.markdown import CodeTheme, MarkdownRenderer, MessageRender, Position

PROCESSING_TEXT = "processing prompt…"
STATUS_MARKERS = {
    "stopped": "stopped",
    "error": "error",
    "interrupted": "interrupted \u2013 the app closed while this was written",
}
ROLE_LABELS = {"user": "You", "assistant": "Assistant", "system": "System"}

_FOLLOW_SLACK = 4  # px from the bottom that still counts as "at the bottom"
_STREAM_FRAME_S = 0.016  # at most one re-render of the streaming message per frame
_STREAM_BUDGET_S = 0.005  # a burst of text is rendered in slices of about this long
_MEASURE_BUDGET_S = 0.004  # idle measuring of off-screen rows, per event-loop turn
_RENDER_CACHE = 192  # rendered messages kept (visible ones are held by their widgets)
_POOL = 12  # hidden message widgets kept for reuse
_MAX_WIDGET_HEIGHT = 16_777_215  # QWIDGETSIZE_MAX


@dataclass(frozen=True, slots=True)
class _Geometry:
    """Where a message's parts go in a row of a given width."""

    height: int
    header: QRect
    body: QRect
    bubble: QRect | None
    footer: QRect


class _Metrics:
    """Sizes that depend on the font and style, shared by measuring and by widgets."""

    def __init__(self, view: QWidget) -> None:
        metrics = QFontMetrics(view.font())
        self.line = metrics.height()
        self.margin = 16
        self.top = 10
        self.bottom = 6
        self.column_max = 880  # a readable column, centred, like LM Studio's
        self.bubble_ratio = 0.85
        self.bubble_pad = 10
        self.header = self.line + 6
        probe = QToolButton()
        probe.setText("Regenerate")
        probe.setAutoRaise(True)
        self.footer = probe.sizeHint().height() + 2
        probe.deleteLater()

    def column(self, width: int) -> tuple[int, int]:
        column = max(80, min(width - 2 * self.margin, self.column_max))
        return max(0, (width - column) // 2), column

    def body_width(self, row: ChatRow, width: int) -> int:
        """The width the message's documents are laid out at."""
        _, column = self.column(width)
        if row.role == "user":
            return max(40, int(column * self.bubble_ratio) - 2 * self.bubble_pad)
        return column

    def geometry(self, row: ChatRow, render: MessageRender, width: int) -> _Geometry:
        x, column = self.column(width)
        waiting = row.is_streaming and not row.text
        body_height = self.line if waiting else math.ceil(render.height)
        header = QRect(x, self.top, column, self.header)
        y = self.top + self.header
        if row.role == "user":
            inner = self.body_width(row, width)
            body_w = max(24, min(inner, math.ceil(render.ideal_width()) + 1))
            bubble_w = body_w + 2 * self.bubble_pad
            bubble = QRect(x + column - bubble_w, y, bubble_w, body_height + 2 * self.bubble_pad)
            body = QRect(bubble.x() + self.bubble_pad, y + self.bubble_pad, body_w, body_height)
            y = bubble.bottom() + 1
        else:
            bubble = None
            body = QRect(x, y, column, body_height)
            y += body_height
        footer = QRect(x, y + 2, column, self.footer)
        height = min(_MAX_WIDGET_HEIGHT, footer.bottom() + 1 + self.bottom)
        return _Geometry(height, header, body, bubble, footer)

    def estimate(self, row: ChatRow, width: int, average_char: float) -> int:
        """A cheap height for a row not measured yet (refined when it is rendered)."""
        per_line = max(10, int(self.body_width(row, width) / max(1.0, average_char)))
        lines = sum(1 + len(line) // per_line for line in row.text.split("\n"))
        extra = 2 * self.bubble_pad if row.role == "user" else 0
        return self.top + self.header + lines * self.line + extra + self.footer + self.bottom


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
            button.setText("Copy")
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.ArrowCursor)
            button.setToolTip("Copy the code")
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
            button.setText("Copied")
            QTimer.singleShot(1500, button, partial(button.setText, "Copy"))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.placeholder:
            font = QFont(self.font())
            font.setItalic(True)
            painter.setFont(font)
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeft), self.placeholder)
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
        copy = menu.addAction("Copy")
        copy.setEnabled(bool(self.selected_text()))
        copy.triggered.connect(self._copy_selection)
        menu.addAction("Select All").triggered.connect(self.select_all)
        menu.popup(event.globalPos())

    def _copy_selection(self) -> None:
        QGuiApplication.clipboard().setText(self.selected_text())


class MessageWidget(QWidget):
    """One visible message: label, status marker, body, stats and action buttons.

    Widgets exist only for visible rows and are reused for other rows as the view scrolls.
    """

    actionTriggered = Signal(str, int)  # action name, message id

    def __init__(self, metrics: _Metrics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._metrics = metrics
        self.row: ChatRow | None = None
        self.locked = False  # a reply is being written somewhere in the conversation
        self.message_render: MessageRender | None = None
        self._geometry: _Geometry | None = None
        self.role_label = QLabel(self)
        font = self.role_label.font()
        font.setBold(True)
        self.role_label.setFont(font)
        self.marker_label = QLabel(self)
        self.body = MessageBody(self)
        self.stats_label = QLabel(self)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for label in (self.marker_label, self.stats_label):
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, muted)
            label.setPalette(palette)
        self.prev_button = self._button("\u2039", "prev", "Previous version")
        self.branch_label = QLabel(self)
        self.branch_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = self._button("\u203a", "next", "Next version")
        self.copy_button = self._button("Copy", "copy", "Copy the message")
        self.edit_button = self._button("Edit", "edit", "Edit and send again")
        self.regenerate_button = self._button("Regenerate", "regenerate", "Write a new reply")
        self.delete_button = self._button("Delete", "delete", "Delete the message")

    def _button(self, text: str, action: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.clicked.connect(partial(self._trigger, action))
        return button

    def _trigger(self, action: str) -> None:
        if self.row is not None:
            self.actionTriggered.emit(action, self.row.message_id)

    def status_text(self) -> str:
        """The visible state marker: processing prompt, stopped, error, interrupted or ''."""
        if self.body.placeholder:
            return self.body.placeholder
        return self.marker_label.text() if self.marker_label.isVisibleTo(self) else ""

    def bind(self, row: ChatRow, render: MessageRender) -> None:
        """Show row (rendered as render); cheap when only the streaming text grew."""
        old = self.row
        self.row = row
        self.message_render = render
        if old is None or old.role != row.role:
            self.role_label.setText(ROLE_LABELS.get(row.role, row.role.title()))
        marker = STATUS_MARKERS.get(row.status, "")
        if marker != self.marker_label.text():
            self.marker_label.setText(marker)
            palette = self.marker_label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, _marker_color(row.status, palette))
            self.marker_label.setPalette(palette)
        self.marker_label.setVisible(bool(marker))
        self.stats_label.setText(row.stats if row.role == "assistant" else "")
        self.stats_label.setVisible(bool(row.stats) and row.role == "assistant")
        branched = row.sibling_count > 1
        for widget in (self.prev_button, self.branch_label, self.next_button):
            widget.setVisible(branched)
        if branched:
            self.branch_label.setText(f"{row.sibling_index + 1}/{row.sibling_count}")
        self.edit_button.setVisible(row.role == "user")
        self.regenerate_button.setVisible(row.role == "assistant")
        self._enable_actions(row)
        placeholder = PROCESSING_TEXT if row.is_streaming and not row.text else ""
        self._relayout()
        self.body.set_content(render, placeholder)
        if old is None or old.role != row.role or old.message_id != row.message_id:
            self.update()

    def set_locked(self, locked: bool) -> None:
        """While any reply is written, the actions that change the conversation wait."""
        self.locked = locked
        if self.row is not None:
            self._enable_actions(self.row)

    def _enable_actions(self, row: ChatRow) -> None:
        busy = row.is_streaming or self.locked
        for button in (self.edit_button, self.regenerate_button, self.delete_button):
            button.setEnabled(not busy)
        self.prev_button.setEnabled(row.sibling_index > 0 and not busy)
        self.next_button.setEnabled(row.sibling_index + 1 < row.sibling_count and not busy)

    def unbind(self) -> None:
        self.row = None
        self.message_render = None
        self.body.set_content(None, "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.oldSize().width() != event.size().width():
            self._relayout()
        super().resizeEvent(event)

    def _relayout(self) -> None:
        if self.row is None or self.message_render is None:
            return
        geometry = self._metrics.geometry(self.row, self.message_render, self.width())
        previous, self._geometry = self._geometry, geometry
        if previous is not None and previous.bubble != geometry.bubble:
            self.update()
        user = self.row.role == "user"
        header = geometry.header
        role_w = self.role_label.sizeHint().width()
        marker_w = min(self.marker_label.sizeHint().width(), max(0, header.width() - role_w - 8))
        if user:
            role_x = header.right() - role_w + 1
            marker_x = role_x - 8 - marker_w
        else:
            role_x = header.x()
            marker_x = role_x + role_w + 8
        self.role_label.setGeometry(role_x, header.y(), role_w, header.height())
        self.marker_label.setGeometry(marker_x, header.y(), marker_w, header.height())
        self.body.setGeometry(geometry.body)
        self._place_footer(geometry.footer, user)

    def _place_footer(self, footer: QRect, user: bool) -> None:
        items: list[QWidget] = [
            widget
            for widget in (
                self.prev_button,
                self.branch_label,
                self.next_button,
                self.copy_button,
                self.edit_button,
                self.regenerate_button,
                self.delete_button,
            )
            if not widget.isHidden()
        ]
        sizes = [widget.sizeHint() for widget in items]
        total = sum(size.width() for size in sizes) + 2 * max(0, len(items) - 1)
        x = footer.right() - total + 1 if user else footer.x()
        for widget, size in zip(items, sizes, strict=True):
            widget.setGeometry(x, footer.y(), size.width(), footer.height() - 2)
            x += size.width() + 2
        if not self.stats_label.isHidden():
            stats_w = self.stats_label.sizeHint().width()
            stats_x = footer.right() - stats_w + 1 if not user else footer.x()
            self.stats_label.setGeometry(stats_x, footer.y(), stats_w, footer.height() - 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        geometry = self._geometry
        if geometry is None or geometry.bubble is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_bubble_color(self.palette()))
        painter.drawRoundedRect(QRectF(geometry.bubble), 12, 12)
        painter.end()


def _marker_color(status: str, palette: QPalette) -> QColor:
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    if status == "error":
        return QColor("#f85149" if dark else "#cf222e")
    return QColor("#d29922" if dark else "#9a6700")  # stopped, interrupted: amber


def _bubble_color(palette: QPalette) -> QColor:
    base = palette.color(QPalette.ColorRole.Base)
    accent = palette.color(QPalette.ColorRole.Highlight)
    mix = 0.16
    return QColor.fromRgbF(
        base.redF() * (1 - mix) + accent.redF() * mix,
        base.greenF() * (1 - mix) + accent.greenF() * mix,
        base.blueF() * (1 - mix) + accent.blueF() * mix,
    )


class EditDialog(QDialog):
    """Edit a message's text; accepting it asks for the conversation to branch there."""

    def __init__(self, message_id: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_id = message_id
        self.original = text
        self.setWindowTitle("Edit message")
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.buttons)
        self.resize(560, 320)

    def text(self) -> str:
        return self.editor.toPlainText()


class ChatView(QAbstractScrollArea):
    """The transcript of a ChatModel.

    Rows are laid out on a list of heights; widgets exist only for the rows on screen.
    Rows not yet on screen have estimated heights, refined in small idle slices (and at
    once when they scroll into view, keeping the first visible row still). The streaming
    reply is re-rendered block by block (see MessageRender), at most once a frame, and the
    view follows it unless the person scrolled up.
    """

    editRequested = Signal(int, str)  # message id, new text
    regenerateRequested = Signal(int)  # message id of the assistant reply to replace
    deleteRequested = Signal(int)  # message id
    branchRequested = Signal(int, int)  # message id, -1 (previous) or +1 (next sibling)
    linkActivated = Signal(str)  # a link clicked in a message

    def __init__(self, model: ChatModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self._model: ChatModel | None = None
        self._metrics = _Metrics(self)
        self._renderer = MarkdownRenderer(self.font(), CodeTheme.for_palette(self.palette()))
        self._average_char = QFontMetrics(self.font()).averageCharWidth()
        self._renders: OrderedDict[int, MessageRender] = OrderedDict()
        self._heights: list[int] = []
        self._exact: list[bool] = []
        self._tops: list[int] = []  # valid for the first len(self._tops) rows
        self._width = 0
        self._widgets: dict[int, MessageWidget] = {}
        self._pool: list[MessageWidget] = []
        self._follow = True
        self._anchor: tuple[int, int] | None = None
        self._programmatic = 0
        self._in_layout = False
        self._edit_dialog: EditDialog | None = None
        self._last_stream_render = 0.0
        self._stream_timer = QTimer(self)
        self._stream_timer.setSingleShot(True)
        self._stream_timer.timeout.connect(self._render_stream)
        self._measure_timer = QTimer(self)
        self._measure_timer.setInterval(0)
        self._measure_timer.timeout.connect(self._measure_some)
        self._measure_next = -1
        self.verticalScrollBar().setSingleStep(3 * self._metrics.line)
        self.jump_button = QToolButton(self)
        self.jump_button.setText("↓")
        self.jump_button.setToolTip("Scroll to the latest message")
        self.jump_button.hide()
        self.jump_button.clicked.connect(self.scroll_to_bottom)
        self._styled = True
        if model is not None:
            self.setModel(model)

    # -- public API ---------------------------------------------------------------------

    def setModel(self, model: ChatModel) -> None:
        if self._model is not None:
            for signal, slot in self._connections(self._model):
                signal.disconnect(slot)
        self._model = model
        for signal, slot in self._connections(model):
            signal.connect(slot)
        self._reset()

    def model(self) -> ChatModel | None:
        return self._model

    @property
    def renderer(self) -> MarkdownRenderer:
        """The Markdown renderer (its render_count counts every block rendered)."""
        return self._renderer

    def message_render(self, row: int) -> MessageRender:
        """The rendered form of row (rendered now if it is not cached)."""
        return self._render_for(self._row(row), complete=True)

    def rendered_plain_text(self, row: int) -> str:
        """The text row shows, without Markdown markup (a hook for tests and tools)."""
        data = self._row(row)
        if data.is_streaming and not data.text:
            return ""
        return self._render_for(data, complete=True).plain_text()

    def status_text(self, row: int) -> str:
        """The marker row shows (PROCESSING_TEXT, a STATUS_MARKERS value or '')."""
        data = self._row(row)
        if data.is_streaming and not data.text:
            return PROCESSING_TEXT
        return STATUS_MARKERS.get(data.status, "")

    def message_widget(self, row: int) -> MessageWidget | None:
        """The widget showing row, if row is on screen."""
        return self._widgets.get(row)

    def visible_rows(self) -> list[int]:
        """The rows that have a widget (those on screen)."""
        return sorted(self._widgets)

    def edit_dialog(self) -> EditDialog | None:
        """The open edit dialog, if any."""
        return self._edit_dialog

    def is_following(self) -> bool:
        """Whether the view sticks to the bottom as the reply grows."""
        return self._follow

    def scroll_to_bottom(self) -> None:
        self._follow = True
        self._sync()

    def scroll_to_row(self, row: int) -> None:
        """Put row at the top of the viewport and stop following."""
        self._ensure_tops(row + 1)
        self._follow = False
        self._anchor = (row, 0)
        self._sync()

    def flush(self) -> None:
        """Render a pending streaming update now (tests and the benchmark use it)."""
        if self._stream_timer.isActive():
            self._stream_timer.stop()
            self._render_stream()

    def stream_work_pending(self) -> bool:
        """Whether streamed text waits to be rendered (the frame limit or a burst)."""
        return self._stream_timer.isActive()

    def idle_work_pending(self) -> bool:
        """Whether rows still wait for their exact height."""
        return self._measure_timer.isActive()

    # -- model signals ------------------------------------------------------------------

    def _connections(self, model: ChatModel) -> list[tuple[SignalInstance, Callable[..., None]]]:
        return [
            (model.modelReset, self._reset),
            (model.rowsInserted, self._on_rows_inserted),
            (model.rowsRemoved, self._on_rows_removed),
            (model.dataChanged, self._on_data_changed),
            (model.layoutChanged, self._reset),
            (model.rowsMoved, self._reset),
        ]

    def _reset(self) -> None:
        self._release_all()
        self._stream_timer.stop()
        count = self._model.rowCount() if self._model is not None else 0
        self._heights = [self._estimate(self._row(i)) for i in range(count)]
        self._exact = [False] * count
        self._tops = []
        self._follow = True
        self._anchor = None
        self._measure_next = count - 1
        self._sync()
        self._schedule_measuring()

    def _on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            return
        count = last - first + 1
        appended = first == len(self._heights)
        new = [self._estimate(self._row(i)) for i in range(first, last + 1)]
        self._heights[first:first] = new
        self._exact[first:first] = [False] * count
        del self._tops[first:]
        if not appended:
            self._release_all()  # row numbers of the widgets after first moved
            if self._anchor is not None and self._anchor[0] >= first:
                self._anchor = (self._anchor[0] + count, self._anchor[1])
        self._measure_next = max(self._measure_next, last)
        self._sync()
        self._schedule_measuring()
        self._update_lock()

    def _on_rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            return
        for row in [row for row in self._widgets if row >= first]:
            self._release(row)
        del self._heights[first : last + 1]
        del self._exact[first : last + 1]
        del self._tops[first:]
        count = last - first + 1
        if self._anchor is not None and self._anchor[0] >= first:
            row = self._anchor[0]
            self._anchor = (row - count, self._anchor[1]) if row > last else (first, 0)
            if self._anchor[0] >= len(self._heights):
                self._anchor = None
        self._measure_next = min(self._measure_next, len(self._heights) - 1)
        self._sync()
        self._update_lock()

    def _on_data_changed(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: list[int],
    ) -> None:
        last = len(self._heights) - 1
        if (
            top_left.row() == bottom_right.row() == last
            and list(roles) == [Role.Text]
            and self._row(last).is_streaming
        ):
            self._on_stream_text()
            return
        self._update_lock()
        if top_left.row() <= last <= bottom_right.row():
            self._stream_timer.stop()  # the full refresh below includes the latest text
        for row in range(top_left.row(), bottom_right.row() + 1):
            self._refresh_row(row)
        self._sync()
        self._schedule_measuring()

    def _on_stream_text(self) -> None:
        # Tokens may arrive one by one: render at most once a frame; the coalesced ~30 Hz
        # updates from the throttle always render at once.
        if self._stream_timer.isActive():
            return
        wait = self._last_stream_render + _STREAM_FRAME_S - time.perf_counter()
        if wait > 0:
            self._stream_timer.start(max(1, math.ceil(wait * 1000)))
        else:
            self._render_stream()

    def _render_stream(self) -> None:
        self._last_stream_render = time.perf_counter()
        if not self._heights:
            return
        self._refresh_row(len(self._heights) - 1)
        self._sync()

    # -- rows and heights ---------------------------------------------------------------

    def _row(self, row: int) -> ChatRow:
        if self._model is None:
            raise IndexError(row)
        return self._model.chat_row(row)

    def _render_for(self, row: ChatRow, complete: bool = False) -> MessageRender:
        """The row's render, brought up to date with its text.

        The last row (the one that streams) is brought up to date in time slices unless
        complete is set; _refresh_row schedules the rest.
        """
        render = self._renders.get(row.message_id)
        if render is None:
            render = MessageRender(self._renderer)
            self._renders[row.message_id] = render
            while len(self._renders) > _RENDER_CACHE:
                self._renders.popitem(last=False)
        else:
            self._renders.move_to_end(row.message_id)
        if self._width > 0:
            render.set_width(self._metrics.body_width(row, self._width))
        if render.text != row.text or render.has_pending:
            sliced = not complete and self._is_last(row)
            render.set_text(row.text, _STREAM_BUDGET_S if sliced else None)
        return render

    def _is_last(self, row: ChatRow) -> bool:
        count = len(self._heights)
        return count > 0 and self._row(count - 1).message_id == row.message_id

    def _refresh_row(self, row: int) -> None:
        """Re-render row (incrementally when its text grew) and take its exact height."""
        data = self._row(row)
        render = self._render_for(data)
        if self._width > 0:
            self._set_height(row, self._metrics.geometry(data, render, self._width).height)
        widget = self._widgets.get(row)
        if widget is not None:
            widget.bind(data, render)
        if render.has_pending:
            self._stream_timer.start(0)  # the rest of a burst, after the next paint

    def _measure(self, row: int) -> None:
        self._refresh_row(row)

    def _set_height(self, row: int, height: int) -> None:
        self._exact[row] = True
        if self._heights[row] != height:
            self._heights[row] = height
            del self._tops[row + 1 :]

    def _estimate(self, row: ChatRow) -> int:
        return self._metrics.estimate(row, self._width or 800, self._average_char)

    def _ensure_tops(self, count: int) -> None:
        tops, heights = self._tops, self._heights
        count = min(count, len(heights))
        while len(tops) < count:
            index = len(tops)
            tops.append(0 if index == 0 else tops[index - 1] + heights[index - 1])

    def _top(self, row: int) -> int:
        self._ensure_tops(row + 1)
        return self._tops[row]

    def _content_height(self) -> int:
        if not self._heights:
            return 0
        last = len(self._heights) - 1
        return self._top(last) + self._heights[last] + self._metrics.margin

    def _row_at(self, y: int) -> int:
        self._ensure_tops(len(self._heights))
        return max(0, min(len(self._heights) - 1, bisect_right(self._tops, y) - 1))

    # -- scrolling and widgets ----------------------------------------------------------

    def _sync(self) -> None:
        self._sync_range()
        self._layout_widgets()

    def _sync_range(self) -> None:
        """Set the scroll range, then the value: the bottom when following, else the anchor."""
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        maximum = max(0, self._content_height() - height)
        self._programmatic += 1
        try:
            bar.setPageStep(max(1, height))
            bar.setRange(0, maximum)
            if self._follow:
                target = maximum
            elif self._anchor is not None and self._anchor[0] < len(self._heights):
                target = self._top(self._anchor[0]) + self._anchor[1]
            else:
                target = bar.value()
            bar.setValue(max(0, min(maximum, target)))
        finally:
            self._programmatic -= 1
        self._update_jump_button()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # Called first on every value change (before valueChanged's other slots): a change
        # we did not make is the person scrolling, and decides whether to follow.
        if self._programmatic:
            return
        bar = self.verticalScrollBar()
        self._follow = bar.value() >= bar.maximum() - _FOLLOW_SLACK
        self._layout_widgets()
        self._update_jump_button()
        if self._follow:
            self._schedule_measuring()

    def _layout_widgets(self) -> None:
        """Measure and place the rows on screen; release the widgets of the others."""
        if self._in_layout:
            return
        if not self._heights or self._width <= 0:
            self._release_all()
            return
        self._in_layout = True
        try:
            bar = self.verticalScrollBar()
            height = self.viewport().height()
            first = last = 0
            for _attempt in range(16):
                value = bar.value()
                first = self._row_at(value)
                last = self._row_at(value + max(0, height - 1))
                self._anchor = (first, value - self._top(first))
                pending = [row for row in range(first, last + 1) if not self._exact[row]]
                if not pending:
                    break
                for row in pending:
                    self._measure(row)
                self._sync_range()
            value = bar.value()
            for row in [row for row in self._widgets if not first <= row <= last]:
                self._release(row)
            width = self.viewport().width()
            for row in range(first, last + 1):
                widget = self._widgets.get(row)
                if widget is None:
                    widget = self._acquire()
                    self._widgets[row] = widget
                    widget.setGeometry(0, self._top(row) - value, width, self._heights[row])
                    data = self._row(row)
                    widget.locked = self._model is not None and self._model.is_streaming()
                    widget.bind(data, self._render_for(data))
                    widget.show()
                else:
                    widget.setGeometry(0, self._top(row) - value, width, self._heights[row])
        finally:
            self._in_layout = False

    def _update_lock(self) -> None:
        locked = self._model is not None and self._model.is_streaming()
        for widget in self._widgets.values():
            if widget.locked != locked:
                widget.set_locked(locked)

    def _acquire(self) -> MessageWidget:
        if self._pool:
            return self._pool.pop()
        widget = MessageWidget(self._metrics, self.viewport())
        widget.actionTriggered.connect(self._on_action)
        widget.body.linkActivated.connect(self.linkActivated)
        return widget

    def _release(self, row: int) -> None:
        widget = self._widgets.pop(row)
        widget.hide()
        widget.unbind()
        if len(self._pool) < _POOL:
            self._pool.append(widget)
        else:
            widget.deleteLater()

    def _release_all(self) -> None:
        for row in list(self._widgets):
            self._release(row)

    def _update_jump_button(self) -> None:
        bar = self.verticalScrollBar()
        show = not self._follow and bar.maximum() > 0
        if show:
            size = self.jump_button.sizeHint()
            side = max(size.width(), size.height()) + 8
            area = self.viewport().geometry()
            self.jump_button.setGeometry(
                area.right() - side - 16, area.bottom() - side - 12, side, side
            )
            self.jump_button.raise_()
        self.jump_button.setVisible(show)

    # -- idle measuring -----------------------------------------------------------------

    def _schedule_measuring(self) -> None:
        busy = self._model is not None and self._model.is_streaming()
        if not busy and self._width > 0 and not all(self._exact):
            self._measure_timer.start()

    def _measure_some(self) -> None:
        # Off-screen rows get exact heights a few at a time so the scroll bar tells the
        # truth without a freeze on opening a long conversation. The streaming reply has
        # priority: measuring resumes when it ends.
        if self._model is None or self._model.is_streaming() or self._width <= 0:
            self._measure_timer.stop()
            return
        deadline = time.perf_counter() + _MEASURE_BUDGET_S
        changed = False
        while time.perf_counter() < deadline:
            row = self._next_unmeasured()
            if row is None:
                self._measure_timer.stop()
                break
            self._measure(row)
            changed = True
        if changed:
            self._sync()

    def _next_unmeasured(self) -> int | None:
        row = min(self._measure_next, len(self._exact) - 1)
        while row >= 0 and self._exact[row]:
            row -= 1
        if row < 0:
            # Rows above the cursor are done; look once more from the bottom.
            row = len(self._exact) - 1
            while row >= 0 and self._exact[row]:
                row -= 1
        self._measure_next = row
        return row if row >= 0 else None

    # -- actions ------------------------------------------------------------------------

    def _on_action(self, action: str, message_id: int) -> None:
        model = self._model
        row = model.row_of(message_id) if model is not None else None
        if model is None or row is None:
            return
        if action == "copy":
            QGuiApplication.clipboard().setText(model.chat_row(row).text)
        elif action == "edit":
            self._open_editor(model.chat_row(row))
        elif action == "regenerate":
            self.regenerateRequested.emit(message_id)
        elif action == "delete":
            self.deleteRequested.emit(message_id)
        elif action in ("prev", "next"):
            self.branchRequested.emit(message_id, -1 if action == "prev" else 1)

    def _open_editor(self, row: ChatRow) -> None:
        if self._edit_dialog is not None:
            self._edit_dialog.reject()
        dialog = EditDialog(row.message_id, row.text, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_edit_accepted)
        dialog.finished.connect(self._on_edit_finished)
        self._edit_dialog = dialog
        dialog.open()

    def _on_edit_accepted(self) -> None:
        dialog = self._edit_dialog
        if dialog is None:
            return
        text = dialog.text()
        if text.strip() and text != dialog.original:
            self.editRequested.emit(dialog.message_id, text)

    def _on_edit_finished(self) -> None:
        self._edit_dialog = None

    # -- Qt events ----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        if width != self._width:
            self._width = width
            # Every height depends on the width: keep the old ones as estimates, measure
            # the visible rows now and the rest when idle.
            self._exact = [False] * len(self._heights)
            self._measure_next = len(self._heights) - 1
        self._sync()
        self._schedule_measuring()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ) and getattr(self, "_styled", False):
            self._restyle()

    def _restyle(self) -> None:
        theme = CodeTheme.for_palette(self.palette())
        same_theme = theme.dark == self._renderer.theme.dark
        if same_theme and self.font() == self._renderer.font:
            for widget in self._widgets.values():
                widget.update()
            return
        self._release_all()
        for widget in self._pool:
            widget.deleteLater()
        self._pool.clear()
        self._metrics = _Metrics(self)
        self._renderer = MarkdownRenderer(self.font(), theme)
        self._average_char = QFontMetrics(self.font()).averageCharWidth()
        self._renders.clear()
        self._exact = [False] * len(self._heights)
        self._measure_next = len(self._heights) - 1
        self._sync()
        self._schedule_measuring()

    def sizeHint(self) -> QSize:
        return QSize(720, 560)
