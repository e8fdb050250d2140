"""Who writes a streaming reply: this process's identity, and whether a writer still runs.

A process id alone can be reused after a crash, so the identity is the id and the
process's start time; both must match for a writer to count as alive.
"""

from __future__ import annotations

import functools
import os


@functools.cache
def this_process() -> str:
    """'pid:start time' of the running process (what a streaming row records)."""
    return _identity(os.getpid())


def writer_alive(identity: str | None) -> bool:
    """Whether the process that wrote identity is still running (None: unknown, gone)."""
    if not identity:
        return False
    pid_text, _, _ = identity.partition(":")
    try:
        pid = int(pid_text)
    except ValueError:
        return False
    if pid == os.getpid():
        return identity == this_process()
    import psutil  # here, not at start-up: its import is a measured ~10 ms

    try:
        return _identity(pid) == identity
    except (psutil.Error, OSError):
        return False


def _identity(pid: int) -> str:
    import psutil

    return f"{pid}:{psutil.Process(pid).create_time():.2f}"
