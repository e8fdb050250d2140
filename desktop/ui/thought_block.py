"""A reply's thought: a collapsed "Thought for N s" bar that opens to show the reasoning."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QStyle, QToolButton, QWidget

from desktop.models.chat_model import ChatRow
from desktop.models.locale_format import number
from desktop.ui.markdown import MessageRender
from desktop.ui.message_body import MessageBody

INDENT = 12  # the thought's text stands after a rule (at its leading side), like a quotation
_RULE = 2


def duration_text(ms: int) -> str:
    """How long a thought took, in words a glance reads: '8 s', '2 min 5 s'."""
    seconds = ms // 1000
    if seconds < 60:
        return QCoreApplication.translate("thought_block", "{s} s").format(s=number(seconds))
    return QCoreApplication.translate("thought_block", "{m} min {s} s").format(
        m=number(seconds // 60), s=number(seconds % 60)
    )


def thought_label(row: ChatRow) -> str:
    """The bar's words: live while the model thinks, then how long it thought."""
    ms = row.thought_ms
    if row.thinking:
        if (ms or 0) >= 1000:
            return QCoreApplication.translate("thought_block", "Thinking… {time}").format(
                time=duration_text(ms or 0)
            )
        return QCoreApplication.translate("thought_block", "Thinking…")
    if ms is None:
        # Read back from a history that did not keep the duration.
        return QCoreApplication.translate(
            "thought_block", "Thought", "noun: the model's reasoning, shown collapsed"
        )
    if ms < 1000:
        return QCoreApplication.translate("thought_block", "Thought for less than a second")
    return QCoreApplication.translate("thought_block", "Thought for {time}").format(
        time=duration_text(ms)
    )


def _muted(palette: QPalette) -> QColor:
    """The thought's text colour: the text a third of the way towards the background."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor.fromRgbF(
        text.redF() * 0.62 + base.redF() * 0.38,
        text.greenF() * 0.62 + base.greenF() * 0.38,
        text.blueF() * 0.62 + base.blueF() * 0.38,
    )


class ThoughtBlock(QWidget):
    """The bar (a toggle button, reachable by keyboard) and, when open, the thought's text.

    It shows and asks: `toggled` asks the view to open or close it; the view keeps which
    are open, and renders a thought's text only while it is open, so a long thought that
    streams collapsed costs the bar's label and nothing else.
    """

    toggled = Signal()

    def __init__(self, bar: int, gap: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar, self._gap = bar, gap  # the bar's height and the space under it (Metrics)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("thoughtToggle")
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(self._closed_arrow())
        self.toggle.clicked.connect(self.toggled)
        self.body = MessageBody(self)
        self.body.hide()
        self.expanded = False
        self._describe()
        self._color_text()

    def show_row(self, row: ChatRow, render: MessageRender | None) -> None:
        """Show row's thought: open with its render, or closed (render None)."""
        self.set_label(row)
        expanded = render is not None
        if expanded != self.expanded:
            self.expanded = expanded
            self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else self._closed_arrow())
            self.body.setVisible(expanded)
            self._describe()
        self.body.set_content(render, "")
        self._place()

    def set_label(self, row: ChatRow) -> None:
        """The bar's words only (cheap: a streaming thought calls this for each piece)."""
        text = thought_label(row)
        if text != self.toggle.text():
            self.toggle.setText(text)
            self.toggle.setAccessibleName(text)
            self._place()

    def _closed_arrow(self) -> Qt.ArrowType:
        """A closed bar points on in the reading direction (left, right to left)."""
        return Qt.ArrowType.LeftArrow if self.isRightToLeft() else Qt.ArrowType.RightArrow

    def _describe(self) -> None:
        tip = (
            self.tr("Hide the model's reasoning")
            if self.expanded
            else self.tr("Show the model's reasoning")
        )
        self.toggle.setToolTip(tip)
        self.toggle.setAccessibleDescription(tip)

    def _place(self) -> None:
        bar = self._bar
        # Placed left to right, then mirrored right to left (children are not mirrored).
        width = min(self.toggle.sizeHint().width(), self.width())
        self.toggle.setGeometry(self._mirrored(QRect(0, 0, width, bar)))
        top = bar + self._gap
        body = QRect(INDENT, top, max(0, self.width() - INDENT), self.height() - top)
        self.body.setGeometry(self._mirrored(body))

    def _mirrored(self, rect: QRect) -> QRect:
        return QStyle.visualRect(self.layoutDirection(), self.rect(), rect)

    def _color_text(self) -> None:
        palette = self.body.palette()
        muted = _muted(self.palette())
        if palette.color(QPalette.ColorRole.Text) != muted:
            palette.setColor(QPalette.ColorRole.Text, muted)
            self.body.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._color_text()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            if not self.expanded:
                self.toggle.setArrowType(self._closed_arrow())
            self._place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.expanded:
            return
        painter = QPainter(self)
        rule = self.body.geometry()
        color = self.palette().color(QPalette.ColorRole.PlaceholderText)
        line = QRect(INDENT // 2 - 1, rule.top(), _RULE, rule.height())
        painter.fillRect(self._mirrored(line), color)
        painter.end()
