"""A fair FIFO queue in front of one EngineSession: one request runs at a time, on one thread.

One worker thread (not a thread pool) runs the jobs: the engine is used from one thread at a
time, and a server that stops leaves no idle pool threads behind. Each job holds the session's
EngineGate while it runs, so a window sharing the session goes ahead of the requests waiting.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections import deque
from collections.abc import Callable

from desktop.engine.backend import Reply
from desktop.engine.gate import EngineGate
from desktop.engine.session import EngineSession

log = logging.getLogger(__name__)


class Ticket:
    """One request's place in the queue. cancel() may be called from any thread."""

    def __init__(self, number: int, job: Callable[[EngineSession, Ticket], None]) -> None:
        self.number = number
        self.job = job
        self.done = threading.Event()
        self._lock = threading.Lock()
        self._cancelled = False
        self._reply: Reply | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def attach(self, reply: Reply) -> bool:
        """Called by the job once its reply started; False (and the reply stopped) when the
        request was cancelled meanwhile."""
        with self._lock:
            self._reply = reply
            cancelled = self._cancelled
        if cancelled:
            reply.stop()
        return not cancelled

    def cancel(self) -> None:
        """Leave the queue, or stop the reply under way (returns at once)."""
        with self._lock:
            self._cancelled = True
            reply = self._reply
        if reply is not None:
            reply.stop()


class EngineQueue:
    """Runs submitted jobs one at a time, first come first served, on its own thread."""

    def __init__(self, session: EngineSession, gate: EngineGate | None = None) -> None:
        self.session = session
        self.gate = gate or EngineGate()
        self._cond = threading.Condition()
        self._waiting: deque[Ticket] = deque()
        self._running: Ticket | None = None
        self._closed = False
        self._numbers = itertools.count(1)
        self._thread = threading.Thread(target=self._run, name="hearth-api-engine", daemon=True)
        self._thread.start()

    def submit(self, job: Callable[[EngineSession, Ticket], None]) -> Ticket:
        """Queue a job; it runs on the queue's thread as job(session, ticket)."""
        with self._cond:
            if self._closed:
                raise RuntimeError("the API queue is closed")
            ticket = Ticket(next(self._numbers), job)
            self._waiting.append(ticket)
            self._cond.notify_all()
        return ticket

    def position(self, ticket: Ticket) -> int:
        """0: running (or done); n >= 1: its place in the line (1: next)."""
        with self._cond:
            try:
                return self._waiting.index(ticket) + 1
            except ValueError:
                return 0

    @property
    def waiting(self) -> int:
        with self._cond:
            return len(self._waiting)

    def wait_idle(self, timeout: float) -> bool:
        """Block until nothing runs or waits; False after timeout seconds."""
        with self._cond:
            return self._cond.wait_for(lambda: self._running is None and not self._waiting, timeout)

    def close(self) -> None:
        """Cancel every request and end the thread (the session stays open: its owner closes it)."""
        with self._cond:
            self._closed = True
            pending = list(self._waiting)
            running = self._running
            self._cond.notify_all()
        for ticket in pending:
            ticket.cancel()
        if running is not None:
            running.cancel()
        self._thread.join()

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._closed or bool(self._waiting))
                if not self._waiting:
                    return  # closed
                ticket = self._waiting.popleft()
                self._running = ticket
            try:
                with self.gate.hold(cancelled=lambda t=ticket: t.cancelled) as got:  # type: ignore[misc]
                    if got and not ticket.cancelled:
                        ticket.job(self.session, ticket)
            except Exception:  # a job reports its own errors: this one is a bug, keep serving
                log.exception("API job %d failed", ticket.number)
            finally:
                ticket.done.set()
                with self._cond:
                    self._running = None
                    self._cond.notify_all()
