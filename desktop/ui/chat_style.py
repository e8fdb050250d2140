"""How the transcript's messages look: labels, markers, sizes, geometry and colours."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QToolButton, QWidget

from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.models.chat_model import ChatRow
from desktop.ui import metrics
from desktop.ui.attachment_chips import chips_height
from desktop.ui.markdown import MessageRender
from desktop.ui.sources_view import line_count
from desktop.ui.theme import is_dark

# English sources, gathered by lupdate; the window shows them through the functions below,
# which translate at use time (translations are installed after import).
PROCESSING_TEXT = QT_TRANSLATE_NOOP("chat_style", "reading the conversation…")
STATUS_MARKERS = {
    "stopped": QT_TRANSLATE_NOOP("chat_style", "stopped"),
    "error": QT_TRANSLATE_NOOP("chat_style", "error"),
    "interrupted": QT_TRANSLATE_NOOP(
        "chat_style", "interrupted \u2013 the app closed while this was written"
    ),
}
ROLE_LABELS = {
    "user": QT_TRANSLATE_NOOP("chat_style", "You"),
    "assistant": QT_TRANSLATE_NOOP("chat_style", "Assistant"),
    "system": QT_TRANSLATE_NOOP("chat_style", "System"),
}


def processing_text() -> str:
    """PROCESSING_TEXT in the window's language."""
    return QCoreApplication.translate("chat_style", PROCESSING_TEXT)


def status_marker(status: str) -> str:
    """The marker a reply with status shows, in the window's language ('' for none)."""
    marker = STATUS_MARKERS.get(status, "")
    return QCoreApplication.translate("chat_style", marker) if marker else ""


def role_label(role: str) -> str:
    """Who wrote a message (You, Assistant, System), in the window's language."""
    label = ROLE_LABELS.get(role, role)
    return QCoreApplication.translate("chat_style", label) if role in ROLE_LABELS else label


MAX_WIDGET_HEIGHT = 16_777_215  # QWIDGETSIZE_MAX


@dataclass(frozen=True, slots=True)
class Geometry:
    """Where a message's parts go in a row of a given width."""

    height: int
    header: QRect
    body: QRect
    bubble: QRect | None  # the user's bubble, or the card an assistant's reply sits in
    footer: QRect
    thought: QRect | None = None  # a reply's thought block (its bar, and its text when open)
    tools: QRect | None = None  # a reply's tool-call cards, below its text
    extras: QRect | None = None  # under the bubble: its attachments' chips, its sources


class Metrics:
    """Sizes that depend on the font and style, shared by measuring and by widgets."""

    def __init__(self, view: QWidget) -> None:
        self.line = QFontMetrics(view.font()).height()
        self.margin = metrics.SPACE_L
        self.top = metrics.SPACE_M + metrics.SPACE_S
        self.bottom = metrics.SPACE_M
        self.column_max = 880  # a readable column, centred, like LM Studio's
        self.bubble_ratio = 0.85
        self.bubble_pad = metrics.SPACE_M + metrics.SPACE_S
        self.header = self.line + metrics.SPACE_S + 2
        probe = QToolButton()
        probe.setText("Regenerate")  # a footer button's height (its words do not matter)
        probe.setAutoRaise(True)
        self.footer = probe.sizeHint().height() + 2
        probe.deleteLater()
        self.thought_bar = self.footer - 2  # the thought block's toggle: a button's height
        self.gap = metrics.SPACE_S
        # A tool call's card: its name and state, its arguments, its result (a line each);
        # a card that asks for approval has a row of buttons under them.
        self.card = 3 * self.line + 2 * metrics.SPACE_S
        self.card_buttons = self.footer + metrics.SPACE_S
        self.source_row = self.line + 6  # a source's line under a reply (a flat button)

    def thought_height(self, row: ChatRow, thought: MessageRender | None) -> int:
        """The height a reply's thought block takes with the gap under it (0: none): its
        bar, and its text when it is open (thought is then its render)."""
        if not row.has_thought:
            return 0
        height = self.thought_bar + self.gap
        if thought is not None:
            height += math.ceil(thought.height) + self.gap
        return height

    def tools_height(self, row: ChatRow) -> int:
        """The height of a reply's tool-call cards with the gap above them (0: none)."""
        if row.role != "assistant" or not row.tools:
            return 0
        asking = sum(1 for card in row.tools if card.state == "asking")
        return len(row.tools) * (self.card + self.gap) + asking * self.card_buttons

    def extras_height(self, row: ChatRow, column: int) -> int:
        """Under the bubble: the attachment chips (in the rows they wrap onto in the
        column) and the Sources lines, each with the gap above it (0: none)."""
        chips = chips_height(len(row.attachments), column)
        height = chips + self.gap if chips else 0
        if row.sources and not row.is_streaming:
            height += line_count(row.sources) * self.source_row + self.gap
        return height

    def column(self, width: int) -> tuple[int, int]:
        column = max(80, min(width - 2 * self.margin, self.column_max))
        return max(0, (width - column) // 2), column

    def body_width(self, row: ChatRow, width: int) -> int:
        """The width the message's documents are laid out at."""
        _, column = self.column(width)
        if row.role == "user":
            return max(40, int(column * self.bubble_ratio) - 2 * self.bubble_pad)
        if row.role == "assistant":
            return max(40, column - 2 * self.bubble_pad)
        return column

    def geometry(
        self,
        row: ChatRow,
        render: MessageRender,
        width: int,
        thought: MessageRender | None = None,
    ) -> Geometry:
        """Where the parts go; thought: the render of an open thought block (None: closed)."""
        x, column = self.column(width)
        waiting = row.is_streaming and not row.text and not row.has_thought and not row.tools
        body_height = self.line if waiting else math.ceil(render.height)
        thought_rect = tools_rect = None
        header = QRect(x, self.top, column, self.header)
        y = self.top + self.header
        if row.role == "user" and row.attachments and not row.text.strip():
            # Files sent alone: their chips under "You", no empty bubble above them.
            bubble, body = None, QRect(x, y, column, 0)
        elif row.role == "user":
            inner = self.body_width(row, width)
            body_w = max(24, min(inner, math.ceil(render.ideal_width()) + 1))
            render.fit_to(body_w)  # so a right-to-left line ends at the bubble's edge
            bubble_w = body_w + 2 * self.bubble_pad
            bubble = QRect(x + column - bubble_w, y, bubble_w, body_height + 2 * self.bubble_pad)
            body = QRect(bubble.x() + self.bubble_pad, y + self.bubble_pad, body_w, body_height)
            y = bubble.bottom() + 1
        elif row.role == "assistant":
            # A card across the column: the reply reads as one block at a glance; its
            # thought (collapsed) above the answer, its tool calls under it.
            inner_x, inner_w = x + self.bubble_pad, column - 2 * self.bubble_pad
            above, below = self.thought_height(row, thought), self.tools_height(row)
            top = y + self.bubble_pad
            if above:
                thought_rect = QRect(inner_x, top, inner_w, above - self.gap)
            body = QRect(inner_x, top + above, inner_w, body_height)
            if below:
                tools_rect = QRect(inner_x, body.bottom() + 1 + self.gap, inner_w, below - self.gap)
            inner = above + body_height + below
            bubble = QRect(x, y, column, inner + 2 * self.bubble_pad)
            y = bubble.bottom() + 1
        else:
            bubble = None
            body = QRect(x, y, column, body_height)
            y += body_height
        extra = self.extras_height(row, column)
        extras = QRect(x, y + self.gap, column, extra - self.gap) if extra else None
        y += extra
        footer = QRect(x, y + 2, column, self.footer)
        height = min(MAX_WIDGET_HEIGHT, footer.bottom() + 1 + self.bottom)
        return Geometry(height, header, body, bubble, footer, thought_rect, tools_rect, extras)

    def estimate(self, row: ChatRow, width: int, average_char: float) -> int:
        """A cheap height for a row not measured yet (refined when it is rendered)."""
        per_line = max(10, int(self.body_width(row, width) / max(1.0, average_char)))
        lines = sum(1 + len(line) // per_line for line in row.text.split("\n"))
        extra = 2 * self.bubble_pad if row.role in ("user", "assistant") else 0
        if row.role == "user" and row.attachments and not row.text.strip():
            lines = extra = 0  # files alone: no bubble (geometry)
        extra += self.thought_height(row, None) + self.tools_height(row)
        extra += self.extras_height(row, self.column(width)[1])
        return self.top + self.header + lines * self.line + extra + self.footer + self.bottom


def marker_color(status: str, palette: QPalette) -> QColor:
    """The colour of a status marker: red for an error, amber for stopped or interrupted."""
    dark = is_dark(palette)
    if status == "error":
        return QColor("#f85149" if dark else "#cf222e")
    return QColor("#d29922" if dark else "#9a6700")  # stopped, interrupted: amber


def _mix(base: QColor, other: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() * (1 - share) + other.redF() * share,
        base.greenF() * (1 - share) + other.greenF() * share,
        base.blueF() * (1 - share) + other.blueF() * share,
    )


def bubble_color(palette: QPalette, role: str = "user") -> QColor:
    """A bubble's fill: the user's is the base tinted towards the highlight; an assistant's
    card is the base a shade towards the text, so code blocks still stand out on it."""
    base = palette.color(QPalette.ColorRole.Base)
    if role == "user":
        return _mix(base, palette.color(QPalette.ColorRole.Highlight), 0.16)
    return _mix(base, palette.color(QPalette.ColorRole.Text), 0.035 if is_dark(palette) else 0.02)


def bubble_border(palette: QPalette, role: str = "user") -> QColor | None:
    """The hairline around an assistant's card (None: the user's bubble has none)."""
    if role == "user":
        return None
    base = palette.color(QPalette.ColorRole.Base)
    return _mix(base, palette.color(QPalette.ColorRole.Text), 0.14 if is_dark(palette) else 0.12)
