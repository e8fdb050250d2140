"""Focus is always visible (WCAG 2.4.7): in every theme a focused tool button, push button,
check box and list paint a frame in the theme's highlight colour, which Fusion alone does
not (none round a list, a faint one elsewhere)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QListWidget,
    QPushButton,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui.theme import FOCUS_WIDTH, FocusStyle, apply_theme, current_theme

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

Role = QPalette.ColorRole


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    palette, tips, theme = (
        QPalette(qapp.palette()),
        QPalette(QToolTip.palette()),
        current_theme(qapp),
    )
    yield qapp
    apply_theme(qapp, theme)
    qapp.setPalette(palette)
    QToolTip.setPalette(tips)


def _count(widget: QWidget, color: QColor) -> int:
    """Pixels of color the widget paints; for a list, only on its edge (its selected row is
    the highlight colour with or without the focus)."""
    image = widget.grab().toImage()
    w, h = image.width(), image.height()
    edge = FOCUS_WIDTH if isinstance(widget, QListWidget) else max(w, h)

    def on_edge(x: int, y: int) -> bool:
        return min(x, y, w - 1 - x, h - 1 - y) < edge

    return sum(image.pixelColor(x, y) == color for x in range(w) for y in range(h) if on_edge(x, y))


def _widgets(qtbot: QtBot) -> tuple[QWidget, list[QWidget]]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    tool, push, check = QToolButton(), QPushButton("Send"), QCheckBox("Offline")
    tool.setText("Models")
    listed = QListWidget()
    listed.addItems(["First chat", "Second chat"])
    listed.setCurrentRow(0)
    for widget in (tool, push, check, listed):
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    return window, [tool, push, check, listed]


@pytest.mark.parametrize("theme", ["light", "dark", "system", "contrast"])
def test_a_focused_control_paints_a_frame_in_the_highlight_colour(
    qtbot: QtBot, themed: QApplication, theme: str
) -> None:
    apply_theme(themed, theme)
    window, widgets = _widgets(qtbot)
    highlight = themed.palette().color(Role.Highlight)
    for widget in widgets:
        widget.clearFocus()
        qtbot.waitUntil(lambda: not widget.hasFocus())  # noqa: B023 (waited on at once)
        before = _count(widget, highlight)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)  # a click's focus shows as well
        qtbot.waitUntil(widget.hasFocus)
        after = _count(widget, highlight)
        # At least a FOCUS_WIDTH frame round the widget's (or its current item's) text.
        assert after - before >= FOCUS_WIDTH * 2 * 20, (theme, type(widget).__name__)
    window.close()


def test_the_style_is_fusion_with_the_focus_frame(themed: QApplication) -> None:
    apply_theme(themed, "dark")
    assert isinstance(themed.style(), FocusStyle)
    assert themed.style().name().lower() == "fusion"
