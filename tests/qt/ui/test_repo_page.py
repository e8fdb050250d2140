"""The model tables of the Models page (repo_page.list_table) never trap the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from desktop.ui.repo_page import list_table


def test_tab_leaves_a_model_table_and_the_arrows_move_along_its_rows(qtbot):
    model = QStandardItemModel(3, 4)
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    table = list_table(model)
    after = QLineEdit()
    layout.addWidget(table)
    layout.addWidget(after)
    page.show()
    qtbot.waitExposed(page)
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.waitUntil(table.hasFocus)

    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is after)
