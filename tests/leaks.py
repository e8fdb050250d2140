"""A pytest plugin that fails a test which leaves a QThread, a QTimer or a worker thread running.

Qt keeps no list of the threads and timers a program started, so `QThread.start` and
`QTimer.start` are wrapped while a test runs to remember what it started; at teardown,
after Qt's deferred deletions ran, anything still running is the test's leak. Python
threads (thread pools, the history writer) are compared with the ones alive before the
test. Each owner gets a short bounded wait to finish what it was asked to end.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

WAIT_S = 5.0  # what a thread that was told to end may take to end
# Threads a library starts once for the whole process (huggingface_hub's progress bars).
LIBRARY_THREADS = ("tqdm_monitor",)


def _qt_started() -> tuple[list[Any], list[Any], Any]:
    """Lists of weak references to the QThreads and QTimers started from now, and an undo."""
    from PySide6.QtCore import QThread, QTimer

    threads: list[Any] = []
    timers: list[Any] = []
    thread_start, timer_start = QThread.start, QTimer.start

    def start_thread(self: QThread, *args: Any) -> None:
        threads.append(weakref.ref(self))
        thread_start(self, *args)

    def start_timer(self: QTimer, *args: Any) -> None:
        timers.append(weakref.ref(self))
        timer_start(self, *args)

    QThread.start = start_thread  # type: ignore[method-assign]
    QTimer.start = start_timer  # type: ignore[method-assign]

    def undo() -> None:
        QThread.start = thread_start  # type: ignore[method-assign]
        QTimer.start = timer_start  # type: ignore[method-assign]

    return threads, timers, undo


def _alive(ref: Any) -> Any:
    import shiboken6

    obj = ref()
    return obj if obj is not None and shiboken6.isValid(obj) else None


def _describe(obj: Any) -> str:
    name = obj.objectName() or ""
    parent = obj.parent()
    owner = f" of {type(parent).__name__}" if parent is not None else ""
    return f"{type(obj).__name__}{f' {name!r}' if name else ''}{owner}"


@pytest.fixture(autouse=True)
def _nothing_left_running(request: pytest.FixtureRequest) -> Iterator[None]:
    uses_qt = "qtbot" in request.fixturenames or "qapp" in request.fixturenames
    before = set(threading.enumerate())
    if not uses_qt:
        yield
        _check_python_threads(before)
        return
    threads, timers, undo = _qt_started()
    try:
        yield
    finally:
        undo()
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    app = QCoreApplication.instance()
    if app is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app.processEvents()
    running = [t for t in map(_alive, threads) if t is not None and t.isRunning()]
    for thread in running:
        thread.wait(int(WAIT_S * 1000))
    leaks = [_describe(t) for t in running if t.isRunning()]
    leaks += [_describe(t) for t in map(_alive, timers) if t is not None and t.isActive()]
    pool = QThreadPool.globalInstance()
    if not pool.waitForDone(int(WAIT_S * 1000)):
        leaks.append(f"{pool.activeThreadCount()} job(s) in the global QThreadPool")
    assert not leaks, "the test left running: " + ", ".join(leaks)
    _check_python_threads(before)


def _check_python_threads(before: set[threading.Thread]) -> None:
    new = [
        t
        for t in threading.enumerate()
        if t not in before
        and t.is_alive()
        and t.name not in LIBRARY_THREADS
        # A thread Python did not start (a QThread that ran Python code) is checked as a
        # QThread above; its stand-in here can never be joined.
        and not isinstance(t, threading._DummyThread)
    ]
    for thread in new:
        thread.join(WAIT_S)
    left = [t.name for t in new if t.is_alive()]
    assert not left, "the test left these threads running: " + ", ".join(left)
