"""Atomic file writes (the file on disk is always the whole old one or the whole new one),
and moving a corrupt file aside so nothing is lost."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path


def write_text_atomic(path: Path, text: str) -> None:
    """Write UTF-8 text through a temp file in the same folder, fsync, os.replace, and an
    fsync of the folder (POSIX). Raises OSError; no temp file is left behind."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Make a rename durable where the OS allows it; Windows journals renames itself."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def move_aside(path: Path) -> Path:
    """Rename a corrupt file to NAME.broken-DATE[-N] next to it (kept for the person, or a
    bug report) and return the new path. Raises OSError."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
        counter += 1
    os.replace(path, target)
    return target
