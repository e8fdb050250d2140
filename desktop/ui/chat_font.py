"""The chat's font size (Settings, Ctrl+= / Ctrl+- / Ctrl+0): applied to the transcript and
the message box, counted from the application's font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.core.settings import FONT_SIZE_RANGE


def base_size() -> int:
    """The application's font size in points (what "System size" means)."""
    size = QGuiApplication.font().pointSize()
    return size if size > 0 else 10


def stepped(current: int | None, step: int) -> int | None:
    """The size after Ctrl+= (step 1), Ctrl+- (-1) or Ctrl+0 (0: back to the system's)."""
    if step == 0:
        return None
    low, high = FONT_SIZE_RANGE
    return min(max((current or base_size()) + step, low), high)


def apply_chat_font(widgets: list[QWidget], points: int | None) -> None:
    """Give the widgets the application's font at points; None gives them back the font
    they inherit (an empty QFont resolves nothing), so they follow the application's."""
    font = QFont()
    if points:
        font.setPointSize(points)
    for widget in widgets:
        widget.setFont(font)
