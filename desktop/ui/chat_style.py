"""How the transcript's messages look: labels, markers, sizes, geometry and colours."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QToolButton, QWidget

from desktop.models.chat_model import ChatRow
from desktop.ui.markdown import MessageRender
from desktop.ui.theme import is_dark

PROCESSING_TEXT = "processing prompt…"
STATUS_MARKERS = {
    "stopped": "stopped",
    "error": "error",
    "interrupted": "interrupted \u2013 the app closed while this was written",
}
ROLE_LABELS = {"user": "You", "assistant": "Assistant", "system": "System"}

MAX_WIDGET_HEIGHT = 16_777_215  # QWIDGETSIZE_MAX


@dataclass(frozen=True, slots=True)
class Geometry:
    """Where a message's parts go in a row of a given width."""

    height: int
    header: QRect
    body: QRect
    bubble: QRect | None
    footer: QRect


class Metrics:
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

    def geometry(self, row: ChatRow, render: MessageRender, width: int) -> Geometry:
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
        height = min(MAX_WIDGET_HEIGHT, footer.bottom() + 1 + self.bottom)
        return Geometry(height, header, body, bubble, footer)

    def estimate(self, row: ChatRow, width: int, average_char: float) -> int:
        """A cheap height for a row not measured yet (refined when it is rendered)."""
        per_line = max(10, int(self.body_width(row, width) / max(1.0, average_char)))
        lines = sum(1 + len(line) // per_line for line in row.text.split("\n"))
        extra = 2 * self.bubble_pad if row.role == "user" else 0
        return self.top + self.header + lines * self.line + extra + self.footer + self.bottom


def marker_color(status: str, palette: QPalette) -> QColor:
    """The colour of a status marker: red for an error, amber for stopped or interrupted."""
    dark = is_dark(palette)
    if status == "error":
        return QColor("#f85149" if dark else "#cf222e")
    return QColor("#d29922" if dark else "#9a6700")  # stopped, interrupted: amber


def bubble_color(palette: QPalette) -> QColor:
    """The user bubble's fill: the base colour tinted towards the highlight."""
    base = palette.color(QPalette.ColorRole.Base)
    accent = palette.color(QPalette.ColorRole.Highlight)
    mix = 0.16
    return QColor.fromRgbF(
        base.redF() * (1 - mix) + accent.redF() * mix,
        base.greenF() * (1 - mix) + accent.greenF() * mix,
        base.blueF() * (1 - mix) + accent.blueF() * mix,
    )
