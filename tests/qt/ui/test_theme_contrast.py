"""The high-contrast theme reaches WCAG AAA (7:1) for every text, and focus always shows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QListWidget, QToolTip, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.theme import (
    CONTRAST_SHEET,
    apply_theme,
    contrast_palette,
    current_theme,
    is_dark,
)

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# (text, background) pairs a person reads in the window.
PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.PlaceholderText, Role.Base),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.Link, Role.Base),
    (Role.LinkVisited, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.BrightText, Role.Window),
    (Role.Accent, Role.Window),
]


def luminance(color: QColor) -> float:
    """WCAG 2 relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_measure_is_wcag_s() -> None:
    assert contrast(QColor("#ffffff"), QColor("#000000")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("text", "background"), PAIRS)
def test_every_text_of_the_contrast_palette_reaches_aaa(text: Role, background: Role) -> None:
    palette = contrast_palette()
    ratio = contrast(palette.color(text), palette.color(background))
    assert ratio >= 7.0, f"{text.name} on {background.name}: {ratio:.2f}:1"


@pytest.mark.parametrize("background", [Role.Window, Role.Base, Role.Button])
def test_disabled_text_stays_readable(background: Role) -> None:
    palette = contrast_palette()
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        ratio = contrast(palette.color(Group.Disabled, role), palette.color(background))
        assert ratio >= 7.0, f"disabled {role.name} on {background.name}: {ratio:.2f}:1"


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The application's theme, palette and style sheet put back after the test."""
    theme, palette, tips = current_theme(qapp), QPalette(qapp.palette()), QToolTip.palette()
    yield qapp
    apply_theme(qapp, theme)
    qapp.setPalette(palette)
    QToolTip.setPalette(tips)


def test_apply_theme_contrast_sets_the_palette_and_the_borders(themed: QApplication) -> None:
    apply_theme(themed, "contrast")
    assert current_theme(themed) == "contrast"
    assert themed.palette() == contrast_palette()
    assert QToolTip.palette() == contrast_palette()
    assert themed.styleSheet() == CONTRAST_SHEET
    assert is_dark(themed.palette())  # code blocks and the transcript take dark colours
    apply_theme(themed, "contrast")  # again: nothing changes
    assert themed.styleSheet() == CONTRAST_SHEET
    apply_theme(themed, "light")
    assert themed.styleSheet() == ""
    assert themed.style().name().lower() == "fusion"
    assert themed.palette().color(Role.Window) != QColor("#000000")


def test_a_focused_list_shows_a_yellow_frame_in_contrast(
    themed: QApplication, qtbot: QtBot
) -> None:
    apply_theme(themed, "contrast")
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    first, items = QListWidget(), QListWidget()
    items.addItems(["one", "two"])
    layout.addWidget(first)
    layout.addWidget(items)
    window.show()
    qtbot.waitExposed(window)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    edge = items.rect().center().x(), items.height() - 1  # the frame's bottom edge
    unfocused = items.grab().toImage().pixelColor(*edge)
    items.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(items.hasFocus)
    focused = items.grab().toImage().pixelColor(*edge)
    assert focused == QColor("#ffff00")
    assert unfocused != focused
