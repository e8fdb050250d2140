"""The chat transcript: a virtualized list of Markdown messages with their actions."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

# The transcript is split by job: chat_style (labels, sizes, colours), message_body (one
# message's text), message_widget (one message with its buttons, the edit dialog) and
# virtual_list (rows, heights, scrolling). Here: a ChatModel's rows kept rendered, the
# streaming reply included, and the actions turned into requests. The names the window,
# the benchmark and the tests import from here are re-exported.
from desktop.models.chat_model import ChatModel, ChatRow, Role
from desktop.ui.chat_style import PROCESSING_TEXT, ROLE_LABELS, STATUS_MARKERS, Metrics
from desktop.ui.markdown import CodeTheme, MarkdownRenderer, MessageRender
from desktop.ui.message_body import MessageBody
from desktop.ui.message_widget import EditDialog, MessageWidget
from desktop.ui.virtual_list import VirtualList

__all__ = [
    "PROCESSING_TEXT",
    "ROLE_LABELS",
    "STATUS_MARKERS",
    "ChatView",
    "EditDialog",
    "MessageBody",
    "MessageWidget",
]

_STREAM_BUDGET_S = 0.005  # a burst of text is rendered in slices of about this long
_RENDER_CACHE = 192  # rendered messages kept (visible ones are held by their widgets)


class ChatView(VirtualList[MessageWidget]):
    """The transcript of a ChatModel.

    Rows are laid out on a list of heights; widgets exist only for the rows on screen
    (see VirtualList). The streaming reply is re-rendered block by block (see
    MessageRender) as its coalesced text arrives, and the view follows it unless the
    person scrolled up.
    """

    editRequested = Signal(int, str)  # message id, new text
    regenerateRequested = Signal(int)  # message id of the assistant reply to replace
    deleteRequested = Signal(int)  # message id
    branchRequested = Signal(int, int)  # message id, -1 (previous) or +1 (next sibling)
    linkActivated = Signal(str)  # a link clicked in a message

    def __init__(self, model: ChatModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self._model: ChatModel | None = None
        self._metrics = Metrics(self)
        self._renderer = MarkdownRenderer(self.font(), CodeTheme.for_palette(self.palette()))
        self._average_char = QFontMetrics(self.font()).averageCharWidth()
        self._renders: OrderedDict[int, MessageRender] = OrderedDict()
        self._edit_dialog: EditDialog | None = None
        self._stream_timer = QTimer(self)
        self._stream_timer.setSingleShot(True)
        self._stream_timer.timeout.connect(self._render_stream)
        self.verticalScrollBar().setSingleStep(3 * self._metrics.line)
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

    def edit_dialog(self) -> EditDialog | None:
        """The open edit dialog, if any."""
        return self._edit_dialog

    def flush(self) -> None:
        """Render a pending streaming update now (tests and the benchmark use it)."""
        if self._stream_timer.isActive():
            self._stream_timer.stop()
            self._render_stream()

    def stream_work_pending(self) -> bool:
        """Whether streamed text waits to be rendered (the rest of a burst)."""
        return self._stream_timer.isActive()

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
        self._stream_timer.stop()
        count = self._model.rowCount() if self._model is not None else 0
        self._reset_rows([self._estimate(self._row(i)) for i in range(count)])

    def _on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            return
        self._insert_rows(first, [self._estimate(self._row(i)) for i in range(first, last + 1)])
        self._update_lock()

    def _on_rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            return
        self._remove_rows(first, last)
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
        # The stream arrives already coalesced (ChatSession's one throttle, ~30 Hz): render
        # it now, unless the rest of a burst is being rendered in slices (that slice takes
        # the latest text with it).
        if not self._stream_timer.isActive():
            self._render_stream()

    def _render_stream(self) -> None:
        if not self._heights:
            return
        self._refresh_row(len(self._heights) - 1)
        self._sync()

    # -- rows and their renders ---------------------------------------------------------

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

    def _estimate(self, row: ChatRow) -> int:
        return self._metrics.estimate(row, self._width or 800, self._average_char)

    def _update_lock(self) -> None:
        locked = self._model is not None and self._model.is_streaming()
        for widget in self._widgets.values():
            if widget.locked != locked:
                widget.set_locked(locked)

    # -- VirtualList hooks --------------------------------------------------------------

    def _measure(self, row: int) -> None:
        self._refresh_row(row)

    def _new_widget(self) -> MessageWidget:
        widget = MessageWidget(self._metrics, self.viewport())
        widget.actionTriggered.connect(self._on_action)
        widget.body.linkActivated.connect(self.linkActivated)
        return widget

    def _show_row(self, widget: MessageWidget, row: int) -> None:
        data = self._row(row)
        widget.locked = self._model is not None and self._model.is_streaming()
        widget.bind(data, self._render_for(data))

    def _hide_row(self, widget: MessageWidget) -> None:
        widget.unbind()

    def _measuring_paused(self) -> bool:
        # The streaming reply has priority: measuring resumes when it ends.
        return self._model is None or self._model.is_streaming()

    def _bottom_margin(self) -> int:
        return self._metrics.margin

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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A new application palette (View > Theme) reaches the view as a PaletteChange on
        # the next turn of the event loop (Qt resolves it from ApplicationPaletteChange).
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ) and getattr(self, "_styled", False):
            self._restyle()

    def _restyle(self) -> None:
        theme = CodeTheme.for_palette(self.palette())
        if theme == self._renderer.theme and self.font() == self._renderer.font:
            for widget in self._widgets.values():
                widget.update()
            return
        self._drop_widgets()
        self._metrics = Metrics(self)
        self._renderer = MarkdownRenderer(self.font(), theme)
        self._average_char = QFontMetrics(self.font()).averageCharWidth()
        self._renders.clear()
        self._forget_heights()
        self._sync()
        self._schedule_measuring()

    def sizeHint(self) -> QSize:
        return QSize(720, 560)
