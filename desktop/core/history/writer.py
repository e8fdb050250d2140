"""HistoryWriter: every history write, in order, on one thread with its own connection.

The window must never wait on the disk: with another program holding the database, a
write waits for SQLite's busy timeout, and a full disk fails it. So writes are queued
here and applied in order by one thread. A write that fails for a reason that passes
(locked, full, read-only, a disk error, a damaged file about to be repaired) stays at the
head of the queue and is tried again with a growing pause, never dropped and never
overtaken: nothing queued after it is written before it. A write that can never succeed
(its conversation is gone) is dropped with a log line. Saves of one reply coalesce: a
newer save of the same message replaces a queued older one (each holds the whole text).

Callbacks run on the writer thread; the Qt side (services.history_saver) carries them
to the GUI thread.
"""

from __future__ import annotations

import collections
import logging
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.history.errors import HistoryError
from desktop.core.history.store import ConversationStore

log = logging.getLogger(__name__)

RETRY_PAUSES_S = (0.1, 0.25, 0.5, 1.0, 2.0)  # then the last one, for as long as it takes
# Shorter than a reader's: a locked file is reported (and retried) within a second.
WRITER_BUSY_TIMEOUT_MS = 1000


@dataclass(frozen=True, slots=True)
class Write:
    """One change to the history: apply(store) runs on the writer thread."""

    apply: Callable[[ConversationStore], Any]
    what: str  # for the log: "save reply 12"
    key: Hashable | None = None  # a queued write with the same key is replaced by this one
    done: Callable[[Any], None] | None = None  # with apply's result, on the writer thread


@dataclass(frozen=True, slots=True)
class WriterStatus:
    """What is not on disk yet, and why (problem is '' while writes succeed)."""

    pending: int = 0
    problem: str = ""
    reason: str = ""  # HistoryError.reason of the last failure ('damaged', 'full', ...)

    @property
    def saved(self) -> bool:
        return self.pending == 0


class HistoryWriter:
    """Owns a thread and a ConversationStore opened on it; see the module docstring."""

    def __init__(
        self,
        path: Path,
        on_status: Callable[[WriterStatus], None] | None = None,
        pauses: tuple[float, ...] = RETRY_PAUSES_S,
        busy_timeout_ms: int = WRITER_BUSY_TIMEOUT_MS,
    ) -> None:
        self.path = Path(path)
        self._busy_timeout_ms = busy_timeout_ms
        self._on_status = on_status or (lambda _status: None)
        self._pauses = pauses
        self._queue: collections.deque[Write] = collections.deque()
        self._lock = threading.Condition()
        self._problem = ""
        self._reason = ""
        self._running: Write | None = None
        self._closing = False
        self._suspended = False
        self._reopen = False
        self._wake = threading.Event()
        # Daemon: a write stuck in SQLite's busy wait must not keep a closed app alive;
        # close() is what waits, for as long as its caller allows.
        self._thread = threading.Thread(target=self._run, name="hearth-history", daemon=True)
        self._thread.start()

    # --- any thread ----------------------------------------------------------------------

    def submit(self, write: Write) -> None:
        """Queue a write (after every write queued before it)."""
        with self._lock:
            if write.key is not None:
                for i, queued in enumerate(self._queue):
                    if queued.key == write.key:
                        self._queue[i] = write
                        break
                else:
                    self._queue.append(write)
            else:
                self._queue.append(write)
            self._lock.notify_all()
        self._wake.set()
        self._report()

    @property
    def status(self) -> WriterStatus:
        with self._lock:
            pending = len(self._queue) + (self._running is not None)
            return WriterStatus(pending, self._problem, self._reason)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until every queued write is on disk; False when timeout came first."""
        with self._lock:
            return self._lock.wait_for(lambda: not self._queue and self._running is None, timeout)

    def retry_now(self) -> None:
        """Skip the current pause (the person freed space or closed the other program)."""
        self._wake.set()

    def suspend(self, timeout: float | None = None) -> bool:
        """Stop between writes and close the connection (the file is about to be replaced by
        a repaired copy); writes keep queueing. False if a write did not finish in time."""
        with self._lock:
            self._suspended = True
            self._reopen = True
            self._wake.set()
            self._lock.notify_all()
            return self._lock.wait_for(lambda: self._running is None and not self._reopen, timeout)

    def resume(self) -> None:
        """Open the file again and go on with the queue."""
        with self._lock:
            self._suspended = False
            self._lock.notify_all()
        self._wake.set()

    def close(self, timeout: float) -> bool:
        """Write what is queued, within timeout, and stop. False when writes are left
        (they stay in `unsaved()`)."""
        done = self.wait_idle(timeout)
        with self._lock:
            self._closing = True
            self._lock.notify_all()
        self._wake.set()
        self._thread.join(max(0.0, min(timeout, 1.0)) if done else 0.0)
        return done

    def unsaved(self) -> list[Write]:
        """The writes not on disk yet, in order."""
        with self._lock:
            return [*([self._running] if self._running else []), *self._queue]

    # --- the writer thread ------------------------------------------------------------------

    def _run(self) -> None:
        store: ConversationStore | None = None
        failures = 0
        while True:
            with self._lock:
                while True:
                    if self._reopen:  # suspend(): let go of the file, then wait
                        if store is not None:
                            store.close()
                            store = None
                        self._reopen = False
                        self._lock.notify_all()
                    if self._closing or (self._queue and not self._suspended):
                        break
                    self._lock.wait()
                if self._closing:
                    break
                write = self._queue.popleft()
                self._running = write
            try:
                if store is None:
                    store = ConversationStore(
                        self.path, recover=False, busy_timeout_ms=self._busy_timeout_ms
                    )
                result = write.apply(store)
            except HistoryError as e:
                with self._lock:
                    self._running = None
                    if e.retryable:
                        self._problem, self._reason = e.user_message, e.reason
                        # Back to the head, unless a newer save of the same thing was
                        # queued meanwhile: it holds all of this one.
                        if write.key is None or all(q.key != write.key for q in self._queue):
                            self._queue.appendleft(write)
                    self._lock.notify_all()
                if not e.retryable:
                    log.warning("history write dropped (%s): %s %s", write.what, e, e.details)
                    self._report()
                    continue
                if e.reason == "damaged" and store is not None:
                    store.close()
                    store = None
                log.warning("history write failed, will retry (%s): %s", write.what, e.details)
                self._report()
                pause = self._pauses[min(failures, len(self._pauses) - 1)]
                failures += 1
                self._wake.clear()
                self._wake.wait(pause)
                continue
            except Exception:
                log.exception("history write failed for good (%s)", write.what)
                with self._lock:
                    self._running = None
                    self._lock.notify_all()
                self._report()
                continue
            failures = 0
            with self._lock:
                self._running = None
                self._problem, self._reason = "", ""
                self._lock.notify_all()
            if write.done is not None:
                try:
                    write.done(result)
                except Exception:
                    log.exception("history write callback failed (%s)", write.what)
            self._report()
        if store is not None:
            store.close()

    def _report(self) -> None:
        try:
            self._on_status(self.status)
        except Exception:
            log.exception("history status callback failed")
