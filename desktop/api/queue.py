"""A fair FIFO queue in front of one EngineSession: one request runs at a time, on one thread.

One worker thread (not a thread pool) runs the jobs: the engine is used from one thread at a
time, and a server that stops leaves no idle pool threads behind. Each job holds the session's
EngineGate while it runs, so a window sharing the session goes ahead of the requests waiting.
The line is bounded (max_waiting): past it submit() raises QueueFull with a Retry-After
estimated from how long recent requests held the engine.
"""

from __future__ import annotations

import itertools
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from desktop.engine.backend import Reply
from desktop.engine.gate import API, EngineGate
from desktop.engine.session import EngineSession

log = logging.getLogger(__name__)

MAX_WAITING = 16  # requests in line behind the running one; more get 429
RECENT = 8  # how many recent run times the Retry-After estimate averages
FIRST_GUESS_S = 1.0  # the estimate of one run before any has finished


class QueueFull(Exception):
    """The line is full: retry after retry_after_s seconds (at least 1)."""

    def __init__(self, retry_after_s: int) -> None:
        super().__init__(f"the queue is full; retry after {retry_after_s} s")
        self.retry_after_s = retry_after_s


@dataclass(frozen=True, slots=True)
class QueueStatus:
    """A snapshot for display: the running request's label (None: none), how many wait,
    and whether the window waits for (or holds) the engine ahead of them."""

    running: str | None
    waiting: int
    window_waiting: bool


class Ticket:
    """One request's place in the queue. cancel() and stop() may be called from any thread."""

    def __init__(
        self,
        number: int,
        job: Callable[[EngineSession, Ticket], None],
        label: str = "",
        dropped: Callable[[Ticket], None] | None = None,
    ) -> None:
        self.number = number
        self.job = job
        self.label = label or str(number)
        self.done = threading.Event()
        self._dropped = dropped
        self._leave: Callable[[Ticket], bool] = lambda _t: False  # set by the queue
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
        """The client went away: leave the line at once (the requests behind move up, and
        `dropped` is called), or stop the reply under way. Returns at once."""
        with self._lock:
            self._cancelled = True
        if self._leave(self):
            if self._dropped is not None:
                self._dropped(self)
            self.done.set()
            return
        self.stop()

    def stop(self) -> None:
        """Stop the reply under way, if any (a limit was reached; the client still listens)."""
        with self._lock:
            reply = self._reply
        if reply is not None:
            reply.stop()


class EngineQueue:
    """Runs submitted jobs one at a time, first come first served, on its own thread."""

    def __init__(
        self,
        session: EngineSession,
        gate: EngineGate | None = None,
        max_waiting: int = MAX_WAITING,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.session = session
        self.gate = gate or EngineGate()
        self.max_waiting = max_waiting
        self._clock = clock
        self._cond = threading.Condition()
        self._waiting: deque[Ticket] = deque()
        self._running: Ticket | None = None
        self._recent: deque[float] = deque(maxlen=RECENT)  # seconds each recent job ran
        self._closed = False
        self._numbers = itertools.count(1)
        self._thread = threading.Thread(target=self._run, name="hearth-api-engine", daemon=True)
        self._thread.start()

    def submit(
        self,
        job: Callable[[EngineSession, Ticket], None],
        label: str = "",
        dropped: Callable[[Ticket], None] | None = None,
    ) -> Ticket:
        """Queue a job; it runs on the queue's thread as job(session, ticket). dropped(ticket)
        is called instead (on the cancelling thread) if it leaves the line before its turn.
        Raises QueueFull when max_waiting requests already wait."""
        with self._cond:
            if self._closed:
                raise RuntimeError("the API queue is closed")
            if len(self._waiting) >= self.max_waiting:
                raise QueueFull(self._retry_after())
            ticket = Ticket(next(self._numbers), job, label, dropped)
            ticket._leave = self._leave
            self._waiting.append(ticket)
            self._cond.notify_all()
        return ticket

    def position(self, ticket: Ticket) -> int:
        """0: running (or done); n >= 1: its place in the line (1: next). The window counts
        as one place ahead when it waits for or holds the engine."""
        gate = self.gate.state()
        window = 1 if gate.window_waiting or gate.holder not in (None, API) else 0
        with self._cond:
            if ticket is self._running:
                # Taken from the line but not yet through the gate: only the window is ahead.
                return 0 if gate.holder == API else window
            try:
                return self._waiting.index(ticket) + 1 + window
            except ValueError:
                return 0

    @property
    def waiting(self) -> int:
        with self._cond:
            return len(self._waiting)

    def status(self) -> QueueStatus:
        # The gate's state first: its observer may call here with the gate's lock held, so
        # the gate's lock is never taken under the queue's (one lock order).
        window_waiting = self.gate.state().window_waiting
        with self._cond:
            running = self._running.label if self._running is not None else None
            return QueueStatus(running, len(self._waiting), window_waiting)

    def retry_after_s(self) -> int:
        """Seconds until a place in line is likely free (at least 1)."""
        with self._cond:
            return self._retry_after()

    def wait_until(self, done: Callable[[str | None, int], bool], timeout: float) -> bool:
        """Block until done(running label or None, waiting count) holds (checked at each
        change of the line); False after timeout seconds."""
        with self._cond:
            return self._cond.wait_for(
                lambda: done(self._running.label if self._running else None, len(self._waiting)),
                timeout,
            )

    def wait_idle(self, timeout: float) -> bool:
        """Block until nothing runs or waits; False after timeout seconds."""
        return self.wait_until(lambda running, waiting: running is None and not waiting, timeout)

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

    def _retry_after(self) -> int:
        # Everyone in line and the running one go first, each taking about a recent run.
        each = sum(self._recent) / len(self._recent) if self._recent else FIRST_GUESS_S
        ahead = len(self._waiting) + (self._running is not None)
        return max(1, math.ceil(each * max(ahead, 1)))

    def _leave(self, ticket: Ticket) -> bool:
        """Take a waiting ticket out of the line; False when it is not waiting."""
        with self._cond:
            try:
                self._waiting.remove(ticket)
            except ValueError:
                return False
            self._cond.notify_all()
            return True

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._closed or bool(self._waiting))
                if not self._waiting:
                    return  # closed
                ticket = self._waiting.popleft()
                self._running = ticket
                self._cond.notify_all()
            ran: float | None = None  # seconds the job held the engine (None: it never ran)
            try:
                with self.gate.hold(cancelled=lambda t=ticket: t.cancelled) as got:  # type: ignore[misc]
                    if got and not ticket.cancelled:
                        started = self._clock()  # the time behind the window is not the job's
                        try:
                            ticket.job(self.session, ticket)
                        finally:
                            ran = self._clock() - started
            except Exception:  # a job reports its own errors: this one is a bug, keep serving
                log.exception("API job %d failed", ticket.number)
            finally:
                with self._cond:
                    if ran is not None:
                        self._recent.append(ran)
                    self._running = None
                    self._cond.notify_all()
                if ran is None and ticket._dropped is not None:
                    ticket._dropped(ticket)  # cancelled between the line and the gate
                ticket.done.set()
