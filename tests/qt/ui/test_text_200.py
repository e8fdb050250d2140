"""Text at 200% (WCAG 1.4.4): with the application font doubled, every page of the window
lays out with no sibling widgets overlapping, no one-line label or button text cut off, and
still fits.

Real parts: the app's own App object offscreen (offline by setting), real history on disk.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from a11y_walk import describe
from keyrings import MemoryKeyring
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QStackedLayout,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app import App
from desktop.core.secrets import TokenStore
from desktop.core.settings import Settings, save_settings

PAGES = ["chat", "models", "hardware", "server", "tools", "settings"]
WINDOW = QSize(1280, 800)
# Qt's own buttons draw their text on one line (a subclass may wrap it, as the welcome's cards).
PLAIN_BUTTONS = (QPushButton, QToolButton, QCheckBox, QRadioButton)
ICON_ONLY = Qt.ToolButtonStyle.ToolButtonIconOnly


@pytest.fixture
def big_app(qtbot: QtBot, qapp: QApplication) -> Iterator[App]:
    """The real window with every font twice its usual size, at a laptop's window size."""
    font = qapp.font()
    doubled = qapp.font()
    doubled.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(doubled)
    save_settings(Settings(offline=True))
    a = App([], tokens=TokenStore(backend=MemoryKeyring()))
    qtbot.addWidget(a.window)
    try:
        with qtbot.waitSignal(a.library_jobs.listed, timeout=20000):
            a.start(load=False)
        a.window.resize(WINDOW)
        qtbot.waitExposed(a.window)
        yield a
    finally:
        a.window.close()
        qapp.setFont(font)


def layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets a layout places (nested layouts included), not a stack's pages."""
    if isinstance(layout, QStackedLayout):
        return []
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        inner = item.layout() if item is not None else None
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found.extend(layout_widgets(inner))
    return found


def overlaps(root: QWidget) -> list[str]:
    """Pairs of visible siblings one layout places over each other."""
    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        layout = parent.layout()
        if not parent.isVisible() or layout is None:
            continue
        shown = [w for w in layout_widgets(layout) if w.isVisible() and not w.isWindow()]
        for i, first in enumerate(shown):
            for second in shown[i + 1 :]:
                common: QRect = first.geometry().intersected(second.geometry())
                if common.width() > 1 and common.height() > 1:
                    found.append(f"{describe(first)} overlaps {describe(second)}")
    return found


def cut_labels(root: QWidget) -> list[str]:
    """Visible one-line plain-text labels narrower than their text."""
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if not label.isVisible() or label.wordWrap() or not text.strip():
            continue
        if "<" in text and label.textFormat() != Qt.TextFormat.PlainText:
            continue  # rich text: its own layout, not measured here
        plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        needed = max(label.fontMetrics().horizontalAdvance(line) for line in plain.split("\n"))
        room = label.contentsRect().width() - 2 * label.margin() - 2 * label.indent()
        if needed > room + 1:
            found.append(f"{describe(label)}: {plain[:40]!r} needs {needed}px, has {room}px")
    return found


def cut_buttons(root: QWidget) -> list[str]:
    """Visible buttons with text made narrower than they ask to be (their text elided or
    clipped, as a fixed-width rail button's)."""
    found = []
    for button in root.findChildren(QAbstractButton):
        if type(button) not in PLAIN_BUTTONS or not button.isVisible() or not button.text():
            continue
        if isinstance(button, QToolButton) and button.toolButtonStyle() == ICON_ONLY:
            continue  # its text is a tooltip's, not drawn
        wanted = button.sizeHint().width()
        if wanted > button.width() + 1:
            text = button.text().replace("&", "")
            found.append(
                f"{describe(button)}: {text[:40]!r} wants {wanted}px, has {button.width()}px"
            )
    return found


def cut_combos(root: QWidget) -> list[str]:
    """Visible combo boxes whose current text does not fit the room the style gives it (Qt
    elides it: "Ctrl+En…") and whose tooltip does not carry it whole."""
    found = []
    for combo in root.findChildren(QComboBox):
        text = combo.currentText()
        if not combo.isVisible() or not text.strip():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        room = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        icon = (
            combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
        )
        needed = combo.fontMetrics().horizontalAdvance(text) + icon
        # Elided on purpose is fine when the tooltip carries the whole text.
        if needed > room.width() + 1 and text not in combo.toolTip():
            found.append(f"{describe(combo)}: {text[:40]!r} needs {needed}px, has {room.width()}px")
    return found


@pytest.mark.parametrize("page", PAGES)
def test_text_at_200_percent_neither_overlaps_nor_is_cut(
    qtbot: QtBot, big_app: App, page: str
) -> None:
    pages = big_app.window.pages
    pages.show_page(page)
    qtbot.waitUntil(lambda: pages.current_key() == page)
    window = big_app.window
    problems = overlaps(window) + cut_labels(window) + cut_buttons(window) + cut_combos(window)
    # The window still fits a laptop's screen: a minimum size grown past it hides controls.
    if window.width() > WINDOW.width() or window.height() > WINDOW.height():
        problems.append(f"the window grew to {window.width()}x{window.height()}")
    assert problems == [], "\n".join(problems)


def test_the_checks_see_a_cut_label_and_overlapping_siblings(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    grid = QGridLayout(root)
    cut = QLabel("A sentence far wider than its room")
    cut.setFixedWidth(40)
    grid.addWidget(cut, 0, 0)
    grid.addWidget(QLabel("under"), 1, 0)
    grid.addWidget(QLabel("over"), 1, 0)  # the same cell: drawn over each other
    squeezed = QPushButton("A button wider than its room")
    squeezed.setFixedWidth(40)
    grid.addWidget(squeezed, 2, 0)
    root.show()
    qtbot.waitExposed(root)
    assert len(cut_labels(root)) == 1 and "A sentence" in cut_labels(root)[0]
    assert len(overlaps(root)) == 1
    assert len(cut_buttons(root)) == 1 and "A button" in cut_buttons(root)[0]


def test_the_checks_see_a_cut_combo(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    grid = QGridLayout(root)
    squeezed, roomy, explained = QComboBox(), QComboBox(), QComboBox()
    squeezed.addItem("An item far wider than its combo")
    squeezed.setFixedWidth(60)
    roomy.addItem("Fits")
    explained.addItem("Elided, its tooltip says it all")
    explained.setFixedWidth(60)
    explained.setToolTip(explained.currentText())
    for row, combo in enumerate((squeezed, roomy, explained)):
        grid.addWidget(combo, row, 0)
    root.show()
    qtbot.waitExposed(root)
    assert len(cut_combos(root)) == 1 and "An item" in cut_combos(root)[0]
