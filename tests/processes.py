"""Process checks shared by the tests that reap the engine."""

from __future__ import annotations

from pathlib import Path


def process_gone(pid: int) -> bool:
    """Reaped, or exited and waiting for this sandbox's init (which does not reap) to do it."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except OSError:
        return True


def engine_child(pid: int) -> int:
    """The engine process a `hearth` process started (multiprocessing's resource tracker, its
    other child, left out)."""
    import psutil

    found = [
        c.pid
        for c in psutil.Process(pid).children()
        if "resource_tracker" not in " ".join(c.cmdline())
    ]
    assert len(found) == 1, found
    return found[0]


def limit_address_space(pid: int, extra: int) -> None:
    """Cap a running process's address space (RLIMIT_AS, as `ulimit -v` or a container would)
    at what it maps now plus extra bytes: its next large allocations fail for real."""
    import psutil

    process = psutil.Process(pid)
    limit = process.memory_info().vms + extra
    process.rlimit(psutil.RLIMIT_AS, (limit, limit))
