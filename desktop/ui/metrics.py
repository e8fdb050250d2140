"""One set of spacing, type sizes and corner radii, used by every layout, painter and page."""

from __future__ import annotations

from PySide6.QtGui import QFont

# Spacing, in pixels: between related things (S), between groups (M), around a page (L)
# and around a screen's main block (XL).
SPACE_S = 4
SPACE_M = 8
SPACE_L = 16
SPACE_XL = 24

# One corner radius for every rounded shape (message bubbles, cards, the welcome's prompts).
RADIUS = 10

# Type sizes, as scales of the application font (which follows the person's font size).
TITLE = 1.5  # a page's or the welcome's title
HEADING = 1.25  # a model's name on its page, a section
SMALL = 0.85  # dates, stats, secondary lines
MIN_POINT_SIZE = 6.0


def scaled(font: QFont, scale: float, bold: bool | None = None) -> QFont:
    """A copy of font at scale times its size (never below a readable minimum)."""
    out = QFont(font)
    size = font.pointSizeF()
    if size > 0:
        out.setPointSizeF(max(size * scale, MIN_POINT_SIZE))
    else:  # a pixel-sized font
        out.setPixelSize(max(round(font.pixelSize() * scale), 8))
    if bold is not None:
        out.setBold(bold)
    return out
