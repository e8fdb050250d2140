"""Screen-reader announcements: banners, errors and finished replies spoken once."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QWidget

Politeness = QAccessible.AnnouncementPoliteness


def announcement(source: QObject, text: str, urgent: bool = False) -> QAccessibleAnnouncementEvent:
    """The event announce() posts: text from source, assertive when urgent, polite otherwise."""
    event = QAccessibleAnnouncementEvent(_target(source), text)
    event.setPoliteness(Politeness.Assertive if urgent else Politeness.Polite)
    return event


def announce(source: QObject, text: str, *, urgent: bool = False) -> None:
    """Have a screen reader say text; urgent interrupts what it is saying (errors).

    Costs nothing when no assistive technology listens: the event is only built when
    Qt's accessibility is active.
    """
    if not text or not QAccessible.isActive():
        return
    QAccessible.updateAccessibility(announcement(source, text, urgent))


def _target(source: QObject) -> QObject:
    # The event needs an object with an accessible interface: a widget, or else the window
    # that shows the announcement (a service or model object has none).
    if isinstance(source, QWidget):
        return source
    window = QApplication.activeWindow()
    if window is not None:
        return window
    widgets = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    return widgets[0] if widgets else source
