"""The shared walker flags exactly the visible controls a screen reader cannot name."""

from __future__ import annotations

from a11y_walk import unnamed_controls
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollBar,
    QSpinBox,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot


def test_unnamed_controls_are_listed_with_their_parents(qtbot: QtBot) -> None:
    root = QWidget()
    root.setObjectName("root")
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    icon_only = QToolButton()
    icon_only.setObjectName("iconOnly")
    named_icon = QToolButton()
    named_icon.setAccessibleName("Attach files")
    field = QLineEdit()
    field.setObjectName("field")
    combo = QComboBox()
    combo.setAccessibleName("Theme")
    spin = QSpinBox()
    spin.setObjectName("spin")
    hidden = QPushButton()
    tabs = QTabBar()
    tabs.setObjectName("tabs")
    tabs.addTab("Library")
    tabs.addTab("")
    for widget in (icon_only, named_icon, QPushButton("Send"), field, combo, spin, hidden):
        layout.addWidget(widget)
    layout.addWidget(QListWidget())
    layout.addWidget(QScrollBar())  # announced by role and value, never needs a name
    layout.addWidget(tabs)
    root.show()
    hidden.hide()
    qtbot.waitExposed(root)
    found = unnamed_controls(root)
    assert found[0] == "QToolButton 'iconOnly' in root"
    assert any(line.startswith("QLineEdit 'field' in root") for line in found)
    assert any(line.startswith("QSpinBox 'spin' in root") for line in found)
    assert any(line.startswith("QListWidget") for line in found)
    assert any(line.startswith("tab 1 of QTabBar 'tabs'") for line in found)
    assert len(found) == 5, found  # not the named ones, the hidden one, the scroll bar
