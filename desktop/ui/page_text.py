"""The headings and quiet notes that the Settings and Server pages are written with."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("settingsHeading")
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    return label


def note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)  # the palette's quieter text colour, in both themes
    return label
