"""Background: blocking calls on worker threads, each result delivered on the GUI thread."""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop.core.errors import HearthError
from desktop.services.said import said

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Outcome:
    job_id: int
    ok: bool
    value: Any  # the call's result, or the sentence when not ok


class Background(QObject):
    """Runs callables on a small thread pool. Every job ends in exactly one callback, run on
    the thread this object lives on (the GUI thread): `done(result)` or `failed(sentence)`.

    A HearthError's sentence is passed on as is; any other exception is logged with its
    traceback and reported as a short sentence, so a worker never ends silently and the UI
    is never left waiting. After shutdown() no callback runs any more.

    ``max_workers=None``: no pool; each job runs on a daemon thread of its own, for calls that
    can block in the network until their timeouts. Then a job never waits for another (three
    stuck calls hold up nothing), and nothing ever waits for a job: not shutdown(), and not
    the interpreter's exit, which joins a pool's worker threads (they are not daemons) and so
    would hang on a read for as long as it blocks. Such a job must own nothing that needs
    closing: the process may end while it runs.
    """

    _finished = Signal(object)  # an _Outcome, queued to this object's thread

    def __init__(
        self,
        max_workers: int | None = 4,
        name: str = "hearth-bg",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._pool = (
            ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix=name)
            if max_workers is not None
            else None
        )
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[str], None] | None]] = {}
        self._closed = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(
        self,
        call: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[str], None] | None = None,
    ) -> int:
        """Start call on a worker; returns the job's id (0 when shut down: nothing runs)."""
        if self._closed:
            return 0
        job_id = next(self._ids)
        self._callbacks[job_id] = (done, failed)
        if self._pool is not None:
            self._pool.submit(self._run, job_id, call)
        else:
            name = f"{self._name}-{job_id}"
            threading.Thread(target=self._run, args=(job_id, call), name=name, daemon=True).start()
        return job_id

    @property
    def pending(self) -> int:
        """Jobs started whose callback has not run yet."""
        return len(self._callbacks)

    def shutdown(self, wait: bool = True) -> None:
        """Drop the callbacks of running jobs, cancel queued ones and (by default) wait for
        the running ones: callers cancel long work (hashing) through its own event first.
        Without a pool, running jobs are abandoned, never waited for."""
        self._closed = True
        self._callbacks.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)

    def _run(self, job_id: int, call: Callable[[], Any]) -> None:
        try:
            outcome = _Outcome(job_id, True, call())
        except HearthError as e:
            log.info("background job failed: %s (%s)", e.user_message, e.details)
            outcome = _Outcome(job_id, False, said(e))
        except Exception as e:
            log.exception("background job crashed")
            sentence = self.tr("Something went wrong: {error}").format(error=e)
            outcome = _Outcome(job_id, False, sentence)
        # RuntimeError: the QObject is gone (the window closed while this ran).
        with contextlib.suppress(RuntimeError):
            self._finished.emit(outcome)

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        callbacks = self._callbacks.pop(outcome.job_id, None)
        if callbacks is None or self._closed:
            return
        done, failed = callbacks
        if outcome.ok:
            done(outcome.value)
        elif failed is not None:
            failed(outcome.value)
