"""EngineGate: who uses a shared EngineSession next (the window ahead of API requests)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

WINDOW, API = "window", "api"


@dataclass(frozen=True, slots=True)
class GateState:
    """A snapshot: who holds the engine (None: nobody) and whether the window waits for it."""

    holder: str | None
    window_waiting: bool


class EngineGate:
    """A lock over one EngineSession with two kinds of users.

    The window (front=True) goes ahead of every API request that waits; an API request never
    goes ahead of the window. Nobody is interrupted: a reply that holds the engine finishes
    (or is stopped by its owner) before the next user starts. API requests keep their own
    first-come order in the EngineQueue, which takes the gate for one request at a time.
    changed: called (from the thread that changed it) after every change of GateState.
    """

    def __init__(self, changed: Callable[[GateState], None] | None = None) -> None:
        self._cond = threading.Condition()
        self._holder: str | None = None
        self._front_waiting = 0
        self._changed = changed or (lambda _state: None)

    def state(self) -> GateState:
        with self._cond:
            return self._state()

    def set_observer(self, changed: Callable[[GateState], None] | None) -> None:
        with self._cond:
            self._changed = changed or (lambda _state: None)

    @contextmanager
    def hold(
        self,
        front: bool = False,
        waiting: Callable[[str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        poll_s: float = 0.05,
    ) -> Iterator[bool]:
        """Hold the engine for the block. front: the window's turn (ahead of API requests).

        waiting(holder) is called once if the engine is busy when asked. cancelled: polled while
        waiting (every poll_s); when it turns true the block runs with False and without the
        engine (the caller must then not touch the session)."""
        who = WINDOW if front else API
        got = self._acquire(who, waiting, cancelled, poll_s)
        try:
            yield got
        finally:
            if got:
                self._release()

    def _acquire(
        self,
        who: str,
        waiting: Callable[[str], None] | None,
        cancelled: Callable[[], bool] | None,
        poll_s: float,
    ) -> bool:
        front = who == WINDOW
        with self._cond:
            if front:
                self._front_waiting += 1
                if self._holder is not None:
                    self._notify()  # the window now waits
            got = False
            try:
                told = False
                while not self._free_for(front):
                    if waiting is not None and not told and self._holder is not None:
                        waiting(self._holder)
                        told = True
                    if cancelled is not None and cancelled():
                        return False
                    self._cond.wait(poll_s if cancelled is not None else None)
                self._holder = who
                got = True
            finally:
                if front:
                    self._front_waiting -= 1
                if got or front:
                    # A window that gave up waiting frees the API requests held behind it.
                    self._notify()
                    self._cond.notify_all()
            return True

    def _release(self) -> None:
        with self._cond:
            self._holder = None
            self._notify()
            self._cond.notify_all()

    def _free_for(self, front: bool) -> bool:
        return self._holder is None and (front or self._front_waiting == 0)

    def _state(self) -> GateState:
        return GateState(self._holder, self._front_waiting > 0)

    def _notify(self) -> None:
        self._changed(self._state())
