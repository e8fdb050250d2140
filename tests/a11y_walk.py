"""Find visible interactive widgets that a screen reader would announce with no name."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QScrollBar,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
)


def accessible_name(widget: QWidget) -> str:
    """The name Qt's accessibility bridge gives widget (what AT-SPI reads), '' if none."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return ""
    return iface.text(QAccessible.Text.Name).strip()


def describe(widget: QWidget) -> str:
    """Class, objectName and the chain of parent objectNames, for a failure message."""
    chain: list[str] = []
    parent = widget.parentWidget()
    while parent is not None:
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    name = widget.objectName() or "(no objectName)"
    return f"{type(widget).__name__} {name!r} in {' < '.join(chain) or '(top level)'}"


def _unnamed_tabs(bar: QTabBar) -> list[str]:
    # Tabs are not widgets: their accessible name is the tab text or the tab's own name.
    iface = QAccessible.queryAccessibleInterface(bar)
    found = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        name = bar.tabText(index).replace("&", "").strip()
        if not name and iface is not None and index < iface.childCount():
            child = iface.child(index)
            name = child.text(QAccessible.Text.Name).strip() if child is not None else ""
        if not name:
            found.append(f"tab {index} of {describe(bar)}")
    return found


def unnamed_controls(root: QWidget) -> list[str]:
    """Every visible interactive descendant of root (root included) with no accessible name."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        if isinstance(widget, QTabBar):
            found.extend(_unnamed_tabs(widget))
            continue
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue  # scroll bars are announced by role and position, never by name
        if isinstance(widget, QLineEdit) and _inside_field(widget):
            continue  # a combo's or spin box's own line edit: the owner carries the name
        if not accessible_name(widget):
            found.append(describe(widget))
    return found


def _inside_field(widget: QWidget) -> bool:
    # The owner is checked (and reported) on its own.
    return isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox))
