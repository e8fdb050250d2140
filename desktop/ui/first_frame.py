"""after_first_frame(): run work once a window has painted its first frame, not before it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Watches one widget for its first paint, then lets the event loop finish that frame
    before the callback runs. A zero-timer started before the window shows is no good for
    this: it fires before the window system exposes the window, so the work it does delays
    the first frame (measured: the icon font's ~120 ms came before it)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The rest of the frame (the children's paints, the flush) happens in this
            # same turn of the event loop; the timer runs after it.
            QTimer.singleShot(0, self._callback)
            self.deleteLater()
        return False


def after_first_frame(widget: QWidget, callback: Callable[[], None]) -> None:
    """Run callback once, on the turn of the event loop after widget's first paint.

    Callbacks registered on one widget run in the reverse order of registration (Qt asks
    the newest event filter first)."""
    _FirstPaint(widget, callback)
