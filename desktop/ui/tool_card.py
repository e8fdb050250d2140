"""A tool call in the transcript: a compact card (tool, arguments, result, time, state) that
asks before the tool runs (Allow once, Always allow this tool, Deny)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QStyle, QWidget

from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.models.locale_format import number
from desktop.services.tool_cards import ToolCard
from desktop.ui import metrics
from desktop.ui.chat_style import Metrics, bubble_border, marker_color

# The English sources; shown through QCoreApplication.translate("ToolCardWidget", text).
DECISION_BUTTONS = (
    ("once", QT_TRANSLATE_NOOP("ToolCardWidget", "Allow once")),
    ("always", QT_TRANSLATE_NOOP("ToolCardWidget", "Always allow this tool")),
    ("deny", QT_TRANSLATE_NOOP("ToolCardWidget", "Deny")),
)


def state_text(card: ToolCard) -> str:
    """Where the call stands, in words (with its time once it ran)."""
    ms = card.elapsed_ms
    if card.state == "done":
        if ms is None:
            return QCoreApplication.translate("tool_card", "done")
        return QCoreApplication.translate("tool_card", "done in {ms} ms").format(ms=number(ms))
    if card.state == "error":
        if ms is None:
            return QCoreApplication.translate("tool_card", "failed")
        return QCoreApplication.translate("tool_card", "failed in {ms} ms").format(ms=number(ms))
    return {
        "forming": QCoreApplication.translate("tool_card", "being written…"),
        "called": QCoreApplication.translate("tool_card", "not run"),
        "asking": QCoreApplication.translate("tool_card", "asks to run"),
        "running": QCoreApplication.translate("tool_card", "running…"),
        "denied": QCoreApplication.translate("tool_card", "denied"),
    }[card.state]


def result_text(card: ToolCard) -> str:
    if card.state == "error":
        return card.error or QCoreApplication.translate("tool_card", "The call failed.")
    if card.state == "denied":
        return QCoreApplication.translate(
            "tool_card", "You denied this call; the model is told so."
        )
    if card.state == "asking":
        return QCoreApplication.translate("tool_card", "Run it?")
    return " ".join(card.result.split()) if card.result else ""


class ToolCardWidget(QWidget):
    """One call's card. It shows and asks: `decided(call id, decision)` carries the person's
    answer; the chat decides what follows."""

    decided = Signal(str, str)  # call id, "once" | "always" | "deny"

    def __init__(self, sizes: Metrics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sizes = sizes
        self.card: ToolCard | None = None
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.state_label = QLabel(self)
        self.arguments = QLabel(self)
        self.arguments.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.result = QLabel(self)
        self.buttons: dict[str, QPushButton] = {}
        for decision, text in DECISION_BUTTONS:
            words = QCoreApplication.translate("ToolCardWidget", text)
            button = QPushButton(words, self)
            button.setAccessibleName(words)
            button.setAutoDefault(False)
            button.clicked.connect(partial(self._decide, decision))
            button.hide()
            self.buttons[decision] = button
        tips = {
            "once": self.tr("Run this call now; ask again next time"),
            "always": self.tr("Run this tool's calls without asking, this session"),
            "deny": self.tr("Do not run it; the model is told it was denied"),
        }
        for decision, tip in tips.items():
            self.buttons[decision].setToolTip(tip)
            self.buttons[decision].setAccessibleDescription(tip)

    def _decide(self, decision: str) -> None:
        if self.card is not None and self.card.state == "asking":
            self.decided.emit(self.card.call_id, decision)

    def show_card(self, card: ToolCard) -> None:
        self.card = card
        where = f" · {card.server}" if card.server else ""
        self.title.setText(f"{card.name}{where}")
        self.state_label.setText(state_text(card))
        self.setAccessibleName(
            self.tr("Tool call {name}: {state}").format(name=card.name, state=state_text(card))
        )
        self.arguments.setToolTip(card.arguments)
        self.result.setToolTip(card.result or card.error)
        asking = card.state == "asking"
        for button in self.buttons.values():
            button.setVisible(asking)
        self._color()
        self._place()
        self.update()

    def _color(self) -> None:
        """The state's colour on its words: red for a failure, amber while it asks."""
        card = self.card
        palette = self.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        color = muted
        if card is not None and card.state in ("error", "denied"):
            color = marker_color("error", palette)
        elif card is not None and card.state == "asking":
            color = marker_color("stopped", palette)
        for label, own in ((self.state_label, color), (self.result, muted)):
            if label.palette().color(QPalette.ColorRole.WindowText) != own:
                p = label.palette()
                # Both: on the transcript's Base background a label paints with Text.
                p.setColor(QPalette.ColorRole.WindowText, own)
                p.setColor(QPalette.ColorRole.Text, own)
                label.setPalette(p)

    def _place(self) -> None:
        card = self.card
        if card is None:
            return
        pad, side, line = metrics.SPACE_S, metrics.SPACE_M, self._sizes.line
        inner = max(0, self.width() - 2 * side)
        title_w = min(self.title.sizeHint().width(), inner * 2 // 3)
        # Placed left to right, then mirrored right to left (children are not mirrored).
        self._put(self.title, QRect(side, pad, title_w, line))
        state_w = max(0, inner - title_w - side)
        self._put(self.state_label, QRect(side + title_w + side, pad, state_w, line))
        for label, text, row in (
            (self.arguments, card.arguments, 1),
            (self.result, result_text(card), 2),
        ):
            label.setText(label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, inner))
            self._put(label, QRect(side, pad + row * line, inner, line))
        x, y = side, pad + 3 * line + pad
        for button in self.buttons.values():
            if button.isHidden():
                continue
            hint = button.sizeHint()
            self._put(button, QRect(x, y, hint.width(), self._sizes.footer - 2))
            x += hint.width() + side

    def _put(self, widget: QWidget, rect: QRect) -> None:
        widget.setGeometry(QStyle.visualRect(self.layoutDirection(), self.rect(), rect))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._color()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        failed = self.card is not None and self.card.state == "error"
        border = marker_color("error", palette) if failed else bubble_border(palette, "tool")
        painter.setPen(border)
        fill = QColor(palette.color(QPalette.ColorRole.Base))
        painter.setBrush(fill)
        card = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(card, metrics.RADIUS, metrics.RADIUS)
        painter.end()
