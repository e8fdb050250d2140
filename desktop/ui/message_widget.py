"""One message on screen: its label, marker, body, stats and action buttons.

Longer than 400 lines: the row is one widget that places its parts by hand (a layout per
row costs too much while scrolling), mirrors them right to left, and is the list item a
screen reader and the keyboard walk; each of those needs the same geometry.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QStyle, QToolButton, QWidget

from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.models import locale_format
from desktop.models.chat_model import ChatRow
from desktop.services.continuation import CONTINUABLE
from desktop.ui import icons, metrics
from desktop.ui.chat_style import (
    ROLE_LABELS,
    STATUS_MARKERS,
    Geometry,
    Metrics,
    bubble_border,
    bubble_color,
    marker_color,
    processing_text,
    role_label,
    status_marker,
)
from desktop.ui.markdown import MessageRender
from desktop.ui.message_body import MessageBody
from desktop.ui.message_extras import MessageExtras
from desktop.ui.thought_block import ThoughtBlock
from desktop.ui.tool_card import ToolCardWidget

COPY_ICON, COPIED_ICON = "mdi6.content-copy", "mdi6.check"
COPIED = QT_TRANSLATE_NOOP("MessageWidget", "Copied")
COPIED_MS = 1500  # how long Copy shows that it copied
BIG = 1 << 30  # a step past either end: Home and End


class MessageWidget(QWidget):
    """One visible message: label, status marker, body, stats and action buttons.

    Widgets exist only for visible rows and are reused for other rows as the view scrolls.
    """

    actionTriggered = Signal(str, int)  # action name, message id
    approvalAnswered = Signal(int, str, str)  # message id, call id, decision (a tool card)
    copyFeedbackShown = Signal()  # Copy shows a check and "Copied"
    copyFeedbackEnded = Signal()  # and is back to itself
    stepRequested = Signal(int)  # Up/Down on the focused row: -1, +1 (Home/End: -+BIG)

    def __init__(self, metrics: Metrics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._metrics = metrics
        # A list item a screen reader walks (VirtualList gives it that role); Tab and a click
        # reach it, its buttons follow it in the Tab order.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.row: ChatRow | None = None
        self.locked = False  # a reply is being written somewhere in the conversation
        self.message_render: MessageRender | None = None
        self._geometry: Geometry | None = None
        self.role_label = QLabel(self)
        font = self.role_label.font()
        font.setBold(True)
        self.role_label.setFont(font)
        self.marker_label = QLabel(self)
        self.body = MessageBody(self)
        self.thought_render: MessageRender | None = None  # the thought's, while it is open
        self.thought = ThoughtBlock(metrics.thought_bar, metrics.gap, self)
        self.thought.hide()
        self.thought.toggled.connect(partial(self._trigger, "thought"))
        self.cards: list[ToolCardWidget] = []  # the reply's tool calls (made as needed)
        self.extras = MessageExtras(self)  # its files' chips; a reply's Sources
        self.stats_label = QLabel(self)
        self._color_labels()
        # The arrows point back and on in the reading direction (mirrored right to left).
        rtl = self.isRightToLeft()
        self.prev_button = self._button(
            "\u203a" if rtl else "\u2039", "prev", self.tr("Previous version")
        )
        self.branch_label = QLabel(self)
        self.branch_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = self._button(
            "\u2039" if rtl else "\u203a", "next", self.tr("Next version")
        )
        # Icons only (their words in tooltips and accessible names): the stats line has room.
        self.copy_button = self._button(
            self.tr("Copy"), "copy", self.tr("Copy the message"), COPY_ICON
        )
        self.edit_button = self._button(
            self.tr("Edit"), "edit", self.tr("Edit the message here"), "mdi6.pencil"
        )
        self.regenerate_button = self._button(
            self.tr("Regenerate"), "regenerate", self.tr("Write a new reply"), "mdi6.refresh"
        )
        self.delete_button = self._button(
            self.tr("Delete"), "delete", self.tr("Delete the message"), "mdi6.delete-outline"
        )
        self.info_button = self._button(
            self.tr("Info"),
            "info",
            self.tr("About this reply, and Reproduce"),
            "mdi6.information-outline",
        )
        # Copy says it copied (a check and "Copied"), then goes back.
        self._copied = QTimer(self)
        self._copied.setSingleShot(True)
        self._copied.setInterval(COPIED_MS)
        self._copied.timeout.connect(self._end_copy_feedback)
        self._copy_tip = self.copy_button.toolTip()
        self.last = False  # the transcript's last row: only it may be continued
        self.continue_button = self._button(
            self.tr("Continue"), "continue", self.tr("Continue writing this reply")
        )
        icons.attach(self.continue_button, "mdi6.play")
        self.continue_button.setAccessibleName(self.tr("Continue"))
        # The one way on for a reply cut short: its word stays beside the icon.
        self.continue_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def _color_labels(self) -> None:
        """The marker's and the stats' own text colours, from this widget's palette."""
        palette = self.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        status = self.row.status if self.row is not None else ""
        marked = marker_color(status, palette) if status in STATUS_MARKERS else muted
        for label, color in ((self.marker_label, marked), (self.stats_label, muted)):
            if label.palette().color(QPalette.ColorRole.WindowText) != color:
                own = label.palette()
                own.setColor(QPalette.ColorRole.WindowText, color)
                label.setPalette(own)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The labels' colours were set on them, so a new theme does not reach them alone.
        if event.type() == QEvent.Type.PaletteChange:
            self._color_labels()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._relayout()  # its parts are placed by hand: mirror them
            self.update()

    def event(self, event: QEvent) -> bool:
        # A child's size hint changed (a button's icon arrived once the icon font loaded):
        # place the footer anew, or a button keeps the width it had without its icon.
        if event.type() == QEvent.Type.LayoutRequest:
            self._relayout()
        return super().event(event)

    def _button(self, text: str, action: str, tip: str, icon: str = "") -> QToolButton:
        """A footer button; with an icon it shows only the icon (its word until the icon
        font loads) and text is its accessible name; without, tip is."""
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text if icon else tip)
        button.setAccessibleDescription(tip)
        button.setAutoRaise(True)
        button.clicked.connect(partial(self._trigger, action))
        if icon:
            icons.attach(button, icon, text_until_loaded=True)
        return button

    def _trigger(self, action: str) -> None:
        if self.row is not None:
            self.actionTriggered.emit(action, self.row.message_id)
            if action == "copy":
                self._show_copy_feedback()

    def _show_copy_feedback(self) -> None:
        button = self.copy_button
        if not self._copied.isActive():
            self._copy_tip = button.toolTip()
        copied = QCoreApplication.translate("MessageWidget", COPIED)
        button.setToolTip(copied)
        button.setText(copied)  # shown only while the icon font is not loaded yet
        icons.attach(button, COPIED_ICON)
        self._copied.start()
        self.copyFeedbackShown.emit()

    def _end_copy_feedback(self) -> None:
        self._copied.stop()
        button = self.copy_button
        button.setToolTip(self._copy_tip)
        button.setText(self.tr("Copy"))
        icons.attach(button, COPY_ICON)
        self.copyFeedbackEnded.emit()

    # -- words: chat_style's, in the window's language ------------------------------------

    def author(self, role: str) -> str:
        """The label over a message, which is also who a screen reader says wrote it."""
        return role_label(role) if role in ROLE_LABELS else role.title()

    def status_marker(self, status: str) -> str:
        """The marker beside the label ('' for a complete or streaming message)."""
        return status_marker(status)

    def processing_text(self) -> str:
        """What a reply shows before its first word."""
        return processing_text()

    def _name_for_readers(
        self, row: ChatRow, render: MessageRender | None, placeholder: str
    ) -> None:
        """A screen reader's view of the row: "You: <text>" on the row (a list item), the
        text itself on the body. Taken once a reply is written, not per streamed piece."""
        if row.is_streaming:
            text = placeholder or self.tr("writing…")
        elif render is not None and not render.has_pending:
            text = render.plain_text()
        else:
            text = row.text
        marker = self.status_marker(row.status)
        pattern = self.tr("{author} ({status}): {text}") if marker else self.tr("{author}: {text}")
        name = pattern.format(author=self.author(row.role), status=marker, text=text)
        if name != self.accessibleName():
            self.setAccessibleName(name)
            self.body.setAccessibleName(text)

    def status_text(self) -> str:
        """The visible state marker: processing prompt, stopped, error, interrupted or ''."""
        if self.body.placeholder:
            return self.body.placeholder
        return self.marker_label.text() if self.marker_label.isVisibleTo(self) else ""

    def bind(
        self, row: ChatRow, render: MessageRender, thought: MessageRender | None = None
    ) -> None:
        """Show row (rendered as render; its thought open as thought, or closed when None);
        cheap when only the streaming text grew."""
        old = self.row
        if old is not None and old.message_id != row.message_id and self._copied.isActive():
            self._end_copy_feedback()  # the widget now shows another message
        self.row = row
        self.message_render = render
        self.thought_render = thought
        self.thought.setVisible(row.has_thought)
        if row.has_thought:
            self.thought.show_row(row, thought)
        self._show_cards(row)
        self.extras.show_row(row)
        if old is None or old.role != row.role:
            self.role_label.setText(self.author(row.role))
        marker = self.status_marker(row.status)
        if marker != self.marker_label.text():
            self.marker_label.setText(marker)
            self._color_labels()
        self.marker_label.setVisible(bool(marker))
        # While a reply streams it has no stats yet; a Continue's row still carries the
        # figures from before its stop, which would be stale: hidden, as for a fresh reply.
        stats = row.stats if row.role == "assistant" and not row.is_streaming else ""
        self.stats_label.setText(stats)
        self.stats_label.setToolTip(stats)
        self.stats_label.setVisible(bool(stats))
        branched = row.sibling_count > 1
        for widget in (self.prev_button, self.branch_label, self.next_button):
            widget.setVisible(branched)
        if branched:
            self.branch_label.setText(
                self.tr("{index}/{count}").format(
                    index=locale_format.number(row.sibling_index + 1),
                    count=locale_format.number(row.sibling_count),
                )
            )
            self.branch_label.setAccessibleName(
                self.tr("Version {index} of {count}").format(
                    index=locale_format.number(row.sibling_index + 1),
                    count=locale_format.number(row.sibling_count),
                )
            )
        self.edit_button.setVisible(row.role in ("user", "assistant"))
        self.info_button.setVisible(row.role == "assistant" and not row.is_streaming)
        self.regenerate_button.setVisible(row.role == "assistant")
        self.continue_button.setVisible(self._continuable(row))
        self._enable_actions(row)
        waiting = row.is_streaming and not row.text and not row.has_thought and not row.tools
        placeholder = self.processing_text() if waiting else ""
        self._relayout()
        self.body.set_content(render, placeholder)
        self._name_for_readers(row, render, placeholder)
        if old is None or old.role != row.role or old.message_id != row.message_id:
            self.update()

    def _show_cards(self, row: ChatRow) -> None:
        tools = row.tools if row.role == "assistant" else ()
        while len(self.cards) < len(tools):
            card = ToolCardWidget(self._metrics, self)
            card.decided.connect(self._card_decided)
            self.cards.append(card)
        for number, widget in enumerate(self.cards):
            widget.setVisible(number < len(tools))
            if number < len(tools) and widget.card != tools[number]:
                widget.show_card(tools[number])

    def _card_decided(self, call_id: str, decision: str) -> None:
        if self.row is not None:
            self.approvalAnswered.emit(self.row.message_id, call_id, decision)

    def show_thinking(self, row: ChatRow) -> None:
        """The thought grew while its block is closed: only the bar's words change."""
        self.row = row
        self.thought.set_label(row)

    def _continuable(self, row: ChatRow) -> bool:
        """A reply cut short (stopped, interrupted) at the end of the transcript."""
        return self.last and row.role == "assistant" and row.status in CONTINUABLE

    def set_last(self, last: bool) -> None:
        """Whether this widget shows the transcript's last row (ChatView says)."""
        if last == self.last:
            return
        self.last = last
        if self.row is not None:
            self.continue_button.setVisible(self._continuable(self.row))
            self._relayout()

    def set_locked(self, locked: bool) -> None:
        """While any reply is written, the actions that change the conversation wait."""
        self.locked = locked
        if self.row is not None:
            self._enable_actions(self.row)

    def _enable_actions(self, row: ChatRow) -> None:
        busy = row.is_streaming or self.locked
        for button in (
            self.edit_button,
            self.regenerate_button,
            self.delete_button,
            self.continue_button,
        ):
            button.setEnabled(not busy)
        self.prev_button.setEnabled(row.sibling_index > 0 and not busy)
        self.next_button.setEnabled(row.sibling_index + 1 < row.sibling_count and not busy)

    def unbind(self) -> None:
        if self._copied.isActive():
            self._end_copy_feedback()
        self.row = None
        self.message_render = None
        self.thought_render = None
        self.body.set_content(None, "")
        self.thought.body.set_content(None, "")

    def hideEvent(self, event: QHideEvent) -> None:
        if self._copied.isActive():  # out of sight: nothing left to say
            self._end_copy_feedback()
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.oldSize().width() != event.size().width():
            self._relayout()
        super().resizeEvent(event)

    def _relayout(self) -> None:
        if self.row is None or self.message_render is None:
            return
        geometry = self._metrics.geometry(
            self.row, self.message_render, self.width(), self.thought_render
        )
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
        self._put(self.role_label, QRect(role_x, header.y(), role_w, header.height()))
        self._put(self.marker_label, QRect(marker_x, header.y(), marker_w, header.height()))
        self._put(self.body, geometry.body)
        if geometry.thought is not None:
            self._put(self.thought, geometry.thought)
        if geometry.tools is not None:
            self._place_cards(geometry.tools)
        extras = self._mirrored(geometry.extras) if geometry.extras is not None else None
        self.extras.place(extras, user, self._metrics.source_row, self._metrics.gap)
        # An assistant's header is free right of its label and marker: the stats may go there.
        used = marker_x + marker_w if self.marker_label.isVisibleTo(self) else role_x + role_w
        free = (
            None
            if user
            else QRect(used + 12, header.y(), header.right() - used - 11, header.height())
        )
        self._place_footer(geometry.footer, user, free)

    def _mirrored(self, rect: QRect) -> QRect:
        """rect as laid out left to right, on its mirrored side when right to left (the
        geometry says where things go in reading order; child positions are not mirrored)."""
        return QStyle.visualRect(self.layoutDirection(), self.rect(), rect)

    def _put(self, widget: QWidget, rect: QRect) -> None:
        widget.setGeometry(self._mirrored(rect))

    def _place_cards(self, area: QRect) -> None:
        m, y = self._metrics, area.y()
        for widget in self.cards:
            if widget.isHidden() or widget.card is None:
                continue
            height = m.card + (m.card_buttons if widget.card.state == "asking" else 0)
            self._put(widget, QRect(area.x(), y, area.width(), height))
            y += height + m.gap

    def _place_footer(self, footer: QRect, user: bool, free: QRect | None = None) -> None:
        items: list[QWidget] = [
            widget
            for widget in (
                self.prev_button,
                self.branch_label,
                self.next_button,
                self.continue_button,
                self.copy_button,
                self.edit_button,
                self.regenerate_button,
                self.delete_button,
                self.info_button,
            )
            if not widget.isHidden()
        ]
        sizes = [widget.sizeHint() for widget in items]
        total = sum(size.width() for size in sizes) + 2 * max(0, len(items) - 1)
        x = footer.right() - total + 1 if user else footer.x()
        for widget, size in zip(items, sizes, strict=True):
            self._put(widget, QRect(x, footer.y(), size.width(), footer.height() - 2))
            x += size.width() + 2
        if not self.stats_label.isHidden():
            self._place_stats(footer, x, free)

    def _place_stats(self, footer: QRect, x: int, free: QRect | None) -> None:
        """Right of the buttons; when they leave too little room, whole at the right of the
        header (free); only when neither holds it, shortened in the footer (the whole line
        stays in the tooltip). The stats never draw over a button."""
        full = self.stats_label.toolTip()
        room = footer.right() + 1 - (x + 8)
        fm = self.stats_label.fontMetrics()
        wide = fm.horizontalAdvance(full)
        if wide > room and free is not None and wide <= free.width():
            self.stats_label.setText(full)
            width = self.stats_label.sizeHint().width()
            self._put(
                self.stats_label, QRect(free.right() - width + 1, free.y(), width, free.height())
            )
            return
        if wide > room:
            # Too narrow for the line: its first part whole ("27 tokens") beats "27 to…".
            short = full.split(" · ", 1)[0]
            full = short if fm.horizontalAdvance(short) <= room else full
        text = fm.elidedText(full, Qt.TextElideMode.ElideRight, room)
        self.stats_label.setText(text)
        stats_w = min(self.stats_label.sizeHint().width(), max(room, 0))
        stats_x = footer.right() - stats_w + 1
        self._put(self.stats_label, QRect(stats_x, footer.y(), stats_w, footer.height() - 2))

    # -- keyboard: the row is a list item; Up and Down go to the next message --------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Home: -BIG, Qt.Key.Key_End: BIG}
        step = steps.get(Qt.Key(event.key()))
        if step is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.stepRequested.emit(step)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()  # the focus ring

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        geometry = self._geometry
        if self.hasFocus():  # focus always visible: the theme's highlight around the row
            ring = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            ring.setPen(pen)
            ring.drawRoundedRect(
                QRectF(self.rect()).adjusted(2, 2, -2, -2), metrics.RADIUS, metrics.RADIUS
            )
            ring.end()
        if geometry is None or geometry.bubble is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        role = self.row.role if self.row is not None else "user"
        border = bubble_border(self.palette(), role)
        painter.setPen(border if border is not None else Qt.PenStyle.NoPen)
        painter.setBrush(bubble_color(self.palette(), role))
        # A crisp hairline; the bubble on the mirrored side right to left.
        card = QRectF(self._mirrored(geometry.bubble)).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(card, metrics.RADIUS, metrics.RADIUS)
        painter.end()
