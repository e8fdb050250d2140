"""Throttle: merges bursts of calls (streaming-token repaints) into at most one per delay."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Slot

REPAINT_DELAY_MS = 33  # about 30 Hz


class Throttle(QObject):
    """Wraps a callable so that it runs at most once per ``delay_ms``.

    A call outside a window runs at once (leading edge) and opens a window of
    ``delay_ms``. Calls during the window are merged into one trailing call, made with
    the latest arguments when the window ends; that call opens the next window. A burst
    of any length therefore costs two calls, the first and the last.

    The window is a single-shot QTimer, so the throttle needs no clock and behaves the
    same however fast the burst arrives. It lives on, and must be called from, the GUI
    thread (the thread that created it); a call from another thread raises RuntimeError.
    """

    def __init__(
        self,
        func: Callable[..., object],
        delay_ms: int = REPAINT_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        app = QCoreApplication.instance()
        if app is not None and not app.thread().isCurrentThread():
            raise RuntimeError("a Throttle must be created on the GUI thread")
        self._func = func
        self._pending: tuple[tuple[Any, ...], dict[str, Any]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._window_closed)
        self.set_delay(delay_ms)

    @property
    def delay_ms(self) -> int:
        """The shortest time between two calls of the wrapped callable."""
        return self._timer.interval()

    @property
    def pending(self) -> bool:
        """Whether a trailing call waits for the window to end."""
        return self._pending is not None

    @property
    def active(self) -> bool:
        """Whether a window is open (the next call would be deferred)."""
        return self._timer.isActive()

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        """Run func now, or remember these arguments for the window's trailing call."""
        self._check_thread()
        if self._timer.isActive():
            self._pending = (args, kwargs)
            return
        self._run(args, kwargs)

    def set_delay(self, delay_ms: int) -> None:
        """Change the window; an open window restarts with the new length."""
        if delay_ms < 0:
            raise ValueError("the throttle delay must be 0 ms or more")
        self._timer.setInterval(delay_ms)
        if self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Run the pending call now (if any); a new window starts after it."""
        self._check_thread()
        if self._pending is not None:
            args, kwargs = self._pending
            self._run(args, kwargs)

    def cancel(self) -> None:
        """Drop the pending call and close the window: the next call runs at once."""
        self._check_thread()
        self._pending = None
        self._timer.stop()

    @Slot()
    def _window_closed(self) -> None:
        if self._pending is not None:
            args, kwargs = self._pending
            self._run(args, kwargs)

    def _run(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        # State first: a call from inside func (or an exception out of it) finds a
        # consistent throttle with its window open.
        self._pending = None
        self._timer.start()
        self._func(*args, **kwargs)

    def _check_thread(self) -> None:
        if not self.thread().isCurrentThread():
            raise RuntimeError("a Throttle can only be used from the thread that owns it")
