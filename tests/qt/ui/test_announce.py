"""Announcements: the event carries the text, the politeness and a widget to speak from."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.announce import announce, announcement

Politeness = QAccessible.AnnouncementPoliteness


def test_an_urgent_announcement_is_assertive_and_a_plain_one_polite(qtbot: QtBot) -> None:
    label = QLabel("status")
    qtbot.addWidget(label)
    urgent = announcement(label, "The model stopped", urgent=True)
    plain = announcement(label, "Reply finished")
    assert urgent.type() == QAccessible.Event.Announcement
    assert urgent.message() == "The model stopped"
    assert urgent.politeness() == Politeness.Assertive
    assert plain.message() == "Reply finished"
    assert plain.politeness() == Politeness.Polite
    assert urgent.object() is label


def test_a_non_widget_source_speaks_from_the_shown_window(qtbot: QtBot) -> None:
    window = QLabel("window")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    service = QObject()
    assert announcement(service, "Downloaded").object() is window


def test_announce_posts_when_accessibility_is_active_and_skips_when_not(qtbot: QtBot) -> None:
    label = QLabel("status")
    qtbot.addWidget(label)
    assert not QAccessible.isActive()
    announce(label, "nothing listens")  # inactive: returns before building the event
    QAccessible.setActive(True)
    try:
        announce(label, "Reply finished")
        announce(label, "The model stopped", urgent=True)
        assert QAccessible.queryAccessibleInterface(label).isValid()
    finally:
        QAccessible.setActive(False)
