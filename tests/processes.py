"""Process checks shared by the tests that reap the engine."""

from __future__ import annotations

from pathlib import Path


def process_gone(pid: int) -> bool:
    """Reaped, or exited and waiting for this sandbox's init (which does not reap) to do it."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except OSError:
        return True
