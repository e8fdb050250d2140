"""Real small disks for fault tests: a tmpfs of a given size, filled up, or read-only.

Mounting needs root (CI and this sandbox run as root); without it the test fails with a
sentence saying so, it is never skipped.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def tmpfs(path: Path, size: str = "8m") -> Iterator[Path]:
    """A fresh tmpfs of `size` mounted at path (created), unmounted afterwards."""
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.fail(f"a tmpfs is needed for this fault test (run as root): {done.stderr}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk under folder with one file until it is full (less `leave` bytes,
    freed again at the end); the filler's path, to delete when space should come back."""
    filler = folder / "filler"
    chunk = b"\0" * (64 * 1024)
    with filler.open("wb") as f:
        try:
            while True:
                f.write(chunk)
                f.flush()
        except OSError as e:
            if e.errno != errno.ENOSPC:
                raise
    if leave:
        size = filler.stat().st_size
        os.truncate(filler, max(0, size - leave))
    return filler


def remount_readonly(path: Path, readonly: bool = True) -> None:
    option = "remount,ro" if readonly else "remount,rw"
    subprocess.run(["mount", "-o", option, str(path)], check=True)
