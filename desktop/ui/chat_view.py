"""The chat transcript: a virtualized list of Markdown messages with their actions.

Longer than 400 lines: what is left here is one class's glue over VirtualList's rows (model
signals to row changes, the render cache and the streaming slices, the actions turned into
requests, and the message editor laid over its row in the list's own layout pass). The
editor's part needs the row's place, height and widget, so in a module of its own it would
reach into the list's internals; every job that stands alone is a module already (below).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import partial

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
# message's text), message_widget (one message with its buttons), message_editor (a
# message edited in place) and virtual_list (rows, heights, scrolling). Here: a ChatModel's
# rows kept rendered, the streaming reply included, and the actions turned into requests.
# The names the window, the benchmark and the tests import from here are re-exported.
from desktop.models.chat_model import ChatModel, ChatRow, Role
from desktop.ui.announce import announce
from desktop.ui.chat_style import PROCESSING_TEXT, ROLE_LABELS, STATUS_MARKERS, Metrics
from desktop.ui.markdown import CodeTheme, MarkdownRenderer, MessageRender
from desktop.ui.message_body import MessageBody
from desktop.ui.message_editor import MessageEditor
from desktop.ui.message_widget import MessageWidget
from desktop.ui.thought_block import INDENT
from desktop.ui.virtual_list import VirtualList

__all__ = [
    "PROCESSING_TEXT",
    "ROLE_LABELS",
    "STATUS_MARKERS",
    "ChatView",
    "MessageBody",
    "MessageEditor",
    "MessageWidget",
]

_STREAM_BUDGET_S = 0.005  # a burst of text is rendered in slices of about this long
_RENDER_CACHE = 192  # rendered messages kept (visible ones are held by their widgets)
_ANNOUNCED_CHARS = 400  # a finished reply is read out up to about this long


class ChatView(VirtualList[MessageWidget]):
    """The transcript of a ChatModel.

    Rows are laid out on a list of heights; widgets exist only for the rows on screen
    (see VirtualList). The streaming reply is re-rendered block by block (see
    MessageRender) as its coalesced text arrives, and the view follows it unless the
    person scrolled up.
    """

    editRequested = Signal(int, str, bool)  # message id, new text, regenerate (answer below)
    infoRequested = Signal(int)  # message id of a reply whose details are asked for
    regenerateRequested = Signal(int)  # message id of the assistant reply to replace
    continueRequested = Signal(int)  # message id of a reply cut short, to write on
    deleteRequested = Signal(int)  # message id
    branchRequested = Signal(int, int)  # message id, -1 (previous) or +1 (next sibling)
    linkActivated = Signal(str)  # a link clicked in a message
    approvalAnswered = Signal(int, str, str)  # message id, call id, "once"|"always"|"deny"
    row_type: type[QWidget] | None = MessageWidget  # the list items a screen reader walks

    def __init__(self, model: ChatModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self._model: ChatModel | None = None
        self._metrics = Metrics(self)
        self._renderer = MarkdownRenderer(self.font(), CodeTheme.for_palette(self.palette()))
        self._average_char = QFontMetrics(self.font()).averageCharWidth()
        self._renders: OrderedDict[int, MessageRender] = OrderedDict()
        # Thoughts the person opened (by message id) and their renders: a closed thought is
        # never rendered, however long it grows.
        self._expanded: set[int] = set()
        self._thoughts: dict[int, MessageRender] = {}
        self._editor: MessageEditor | None = None  # the message edited in place, if any
        self._stream_timer = QTimer(self)
        self._stream_timer.setSingleShot(True)
        self._stream_timer.timeout.connect(self._render_stream)
        self.verticalScrollBar().setSingleStep(3 * self._metrics.line)
        self._styled = True
        self._streaming_id: int | None = None  # the reply being written, announced at its end
        self.setAccessibleName(self.tr("Conversation"))
        self.setAccessibleDescription(
            self.tr("The messages, newest last; Up and Down move from message to message")
        )
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
        if data.is_streaming and not data.text and not data.has_thought and not data.tools:
            return PROCESSING_TEXT
        return STATUS_MARKERS.get(data.status, "")

    def thought_expanded(self, message_id: int) -> bool:
        """Whether message_id's thought block is open."""
        return message_id in self._expanded

    def toggle_thought(self, message_id: int) -> None:
        """Open or close message_id's thought block (its bar's button asks for this)."""
        if message_id in self._expanded:
            self._expanded.discard(message_id)
            self._thoughts.pop(message_id, None)
        else:
            self._expanded.add(message_id)
        row = self._model.row_of(message_id) if self._model is not None else None
        if row is not None:
            self._refresh_row(row)
            self._sync()

    def thought_render(self, row: int) -> MessageRender | None:
        """The render of row's thought while its block is open (None: closed, unrendered)."""
        return self._thoughts.get(self._row(row).message_id)

    def message_widget(self, row: int) -> MessageWidget | None:
        """The widget showing row, if row is on screen."""
        return self._widgets.get(row)

    def editor(self) -> MessageEditor | None:
        """The message editor open in the transcript, if any."""
        return self._editor

    def info_anchor(self, message_id: int) -> QWidget | None:
        """The Info button of message_id, if the message is on screen (a popover's anchor)."""
        row = self._model.row_of(message_id) if self._model is not None else None
        widget = self._widgets.get(row) if row is not None else None
        return widget.info_button if widget is not None else None

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
        self._streaming_id = self._streaming_message()  # a reply already under way
        self._thoughts.clear()  # open thoughts are rendered again when shown again
        count = self._model.rowCount() if self._model is not None else 0
        self._reset_rows([self._estimate(self._row(i)) for i in range(count)])

    def _on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            return
        self._insert_rows(first, [self._estimate(self._row(i)) for i in range(first, last + 1)])
        self._update_lock()
        streaming = self._streaming_message()
        if streaming is not None:
            self._streaming_id = streaming

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
        streaming = top_left.row() == bottom_right.row() == last and self._row(last).is_streaming
        if streaming and list(roles) == [Role.Text]:
            self._on_stream_text()
            return
        if streaming and list(roles) == [Role.Reasoning]:
            self._on_stream_thought(last)
            return
        self._update_lock()
        if top_left.row() <= last <= bottom_right.row():
            self._stream_timer.stop()  # the full refresh below includes the latest text
            self._announce_if_finished(last)
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

    def _on_stream_thought(self, row: int) -> None:
        """The streaming reply's thought grew: an open block renders it as the answer's
        text is rendered; a closed one changes the words of its bar, nothing else."""
        data = self._row(row)
        if data.message_id in self._expanded:
            self._on_stream_text()
            return
        widget = self._widgets.get(row)
        if widget is not None:
            widget.show_thinking(data)

    def _streaming_message(self) -> int | None:
        model = self._model
        if model is None or not model.is_streaming():
            return None
        return model.chat_row(model.rowCount() - 1).message_id

    def _announce_if_finished(self, last: int) -> None:
        """The reply being written has ended: a screen reader hears it once, whole (up to
        a few hundred characters), never piece by piece; an error interrupts."""
        data = self._row(last)
        if data.is_streaming:
            self._streaming_id = data.message_id
            return
        if data.message_id != self._streaming_id:
            return
        self._streaming_id = None
        text = self._render_for(data, complete=True).plain_text().strip()
        if len(text) > _ANNOUNCED_CHARS:
            cut = text.rfind(" ", 0, _ANNOUNCED_CHARS)
            text = text[: cut if cut > _ANNOUNCED_CHARS // 2 else _ANNOUNCED_CHARS] + "…"
        if data.status == "error":
            sentence = (
                self.tr("The reply failed: {text}").format(text=text)
                if text
                else self.tr("The reply failed.")
            )
            announce(self, sentence, urgent=True)
        elif text:
            announce(self, text)

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

    def _thought_for(self, row: ChatRow, complete: bool = False) -> MessageRender | None:
        """The render of row's thought if its block is open (sliced as the answer is)."""
        if row.message_id not in self._expanded or not row.has_thought:
            return None
        render = self._thoughts.get(row.message_id)
        if render is None:
            render = self._thoughts[row.message_id] = MessageRender(self._renderer)
        if self._width > 0:
            render.set_width(max(40, self._metrics.body_width(row, self._width) - INDENT))
        if render.text != row.reasoning or render.has_pending:
            sliced = not complete and self._is_last(row)
            render.set_text(row.reasoning, _STREAM_BUDGET_S if sliced else None)
        return render

    def _is_last(self, row: ChatRow) -> bool:
        count = len(self._heights)
        return count > 0 and self._row(count - 1).message_id == row.message_id

    def _refresh_row(self, row: int) -> None:
        """Re-render row (incrementally when its text grew) and take its exact height."""
        data = self._row(row)
        render = self._render_for(data)
        thought = self._thought_for(data)
        editor = self._editor
        if self._width > 0 and editor is not None and editor.message_id == data.message_id:
            _, column = self._metrics.column(self._width)
            m = self._metrics
            self._set_height(row, m.top + editor.height_for(column) + m.bottom)
        elif self._width > 0:
            geometry = self._metrics.geometry(data, render, self._width, thought)
            self._set_height(row, geometry.height)
        widget = self._widgets.get(row)
        if widget is not None:
            widget.bind(data, render, thought)
        if render.has_pending or (thought is not None and thought.has_pending):
            self._stream_timer.start(0)  # the rest of a burst, after the next paint

    def _estimate(self, row: ChatRow) -> int:
        return self._metrics.estimate(row, self._width or 800, self._average_char)

    def _update_lock(self) -> None:
        locked = self._model is not None and self._model.is_streaming()
        last = len(self._heights) - 1
        for row, widget in self._widgets.items():
            if widget.locked != locked:
                widget.set_locked(locked)
            widget.set_last(row == last)  # a reply cut short is continued only at the end

    # -- VirtualList hooks --------------------------------------------------------------

    def _measure(self, row: int) -> None:
        self._refresh_row(row)

    def _new_widget(self) -> MessageWidget:
        widget = MessageWidget(self._metrics, self.viewport())
        widget.actionTriggered.connect(self._on_action)
        widget.body.linkActivated.connect(self.linkActivated)
        widget.approvalAnswered.connect(self.approvalAnswered)
        widget.stepRequested.connect(partial(self.step_focus, widget))
        return widget

    def _show_row(self, widget: MessageWidget, row: int) -> None:
        data = self._row(row)
        widget.locked = self._model is not None and self._model.is_streaming()
        widget.last = row == len(self._heights) - 1
        widget.bind(data, self._render_for(data), self._thought_for(data))

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
            self.open_editor(message_id)
        elif action == "info":
            self.infoRequested.emit(message_id)
        elif action == "regenerate":
            self.regenerateRequested.emit(message_id)
        elif action == "continue":
            self.continueRequested.emit(message_id)
        elif action == "delete":
            self.deleteRequested.emit(message_id)
        elif action in ("prev", "next"):
            self.branchRequested.emit(message_id, -1 if action == "prev" else 1)
        elif action == "thought":
            self.toggle_thought(message_id)

    # -- the message edited in place ---------------------------------------------------

    def open_editor(self, message_id: int) -> MessageEditor | None:
        """Edit message_id where it stands: its row shows an editor instead of the message."""
        row = self._model.row_of(message_id) if self._model is not None else None
        if row is None:
            return None
        self.close_editor()
        data = self._row(row)
        editor = MessageEditor(message_id, data.role, data.text, self.viewport())
        editor.saveRequested.connect(partial(self.editRequested.emit, message_id))
        editor.cancelled.connect(lambda: self.close_editor(focus=True))
        editor.heightChanged.connect(self._on_editor_height)
        self._editor = editor
        self._on_editor_height()
        editor.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.edit.moveCursor(editor.edit.textCursor().MoveOperation.End)
        return editor

    def close_editor(self, focus: bool = False) -> None:
        """Close the editor (the message shows again); focus: on the message's Edit button."""
        editor, self._editor = self._editor, None
        if editor is None:
            return
        editor.hide()
        editor.deleteLater()
        for shown in self._widgets.values():
            shown.setVisible(True)  # the one the editor stood over (its row may have moved)
        row = self._row_of(editor)
        if row is None:
            return
        self._refresh_row(row)
        self._sync()
        widget = self._widgets.get(row)
        if focus and widget is not None and widget.edit_button.isEnabled():
            widget.edit_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif focus:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_saved(self, message_id: int) -> None:
        """The edit of message_id was stored: the message shows again."""
        if self._editor is not None and self._editor.message_id == message_id:
            self.close_editor()

    def edit_refused(self, message_id: int, sentence: str) -> None:
        """The edit of message_id was not stored: the editor says why and stays."""
        if self._editor is not None and self._editor.message_id == message_id:
            self._editor.show_refusal(sentence)

    def accessible_items(self) -> list[QWidget]:
        items = super().accessible_items()
        if self._editor is not None and self._editor.isVisible():
            items.append(self._editor)  # laid over its row, which is hidden meanwhile
        return items

    def _row_of(self, editor: MessageEditor | None) -> int | None:
        return self._model.row_of(editor.message_id) if editor and self._model else None

    def _on_editor_height(self) -> None:
        row = self._row_of(self._editor)
        if row is None:
            return
        self._refresh_row(row)
        self._sync()
        # The whole editor in sight (its top first when it is taller than the view).
        bar, top = self.verticalScrollBar(), self._top(row)
        bottom = top + self._heights[row] - self.viewport().height()
        if not bottom <= bar.value() <= top:
            bar.setValue(top if bar.value() > top else min(top, bottom))

    def _layout_widgets(self) -> None:
        nested = self._in_layout
        super()._layout_widgets()
        editor = self._editor
        if editor is None or nested:
            return
        row = self._row_of(editor)
        if row is None:  # the message left the view (another conversation, deleted)
            self.close_editor()
            return
        widget = self._widgets.get(row)
        if widget is None:
            editor.hide()  # scrolled away; it keeps its text
            return
        widget.hide()  # the editor takes the message's place
        x, column = self._metrics.column(self._width)
        m = self._metrics
        editor.setGeometry(x, widget.y() + m.top, column, widget.height() - m.top - m.bottom)
        editor.show()
        editor.raise_()

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
        self._thoughts.clear()
        self._forget_heights()
        self._sync()
        self._schedule_measuring()

    def sizeHint(self) -> QSize:
        return QSize(720, 560)
