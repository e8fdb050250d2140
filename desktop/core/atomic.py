"""Durable files: atomic writes, the one fsync of a folder, reading a versioned JSON file
back, and moving a corrupt file aside so nothing is lost (settings, library, downloads and
history all use these)."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def write_text_atomic(path: Path, text: str) -> None:
    """Write UTF-8 text through a temp file in the same folder, fsync, os.replace, and an
    fsync of the folder (POSIX): the file on disk is always the whole old one or the whole
    new one. Raises OSError; no temp file is left behind."""
    write_chunks_atomic(path, (text.encode("utf-8"),))


def write_chunks_atomic(path: Path, chunks: Iterable[bytes | bytearray | memoryview]) -> None:
    """write_text_atomic for bytes given in pieces (a large file is never joined in memory).
    The temp file is ".<name>.<random>.tmp" beside path."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        replace_durably(Path(tmp_name), path, sync_source=False)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def replace_durably(source: Path, target: Path, *, sync_source: bool = True) -> None:
    """os.replace(source, target) so that it survives a power cut: the source's bytes are
    fsynced first (unless the caller just did), the folder's entry after. Raises OSError."""
    if sync_source:
        with open(source, "rb") as handle:
            os.fsync(handle.fileno())
    os.replace(source, target)
    fsync_folder(target.parent)


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


def read_json_object(
    path: Path,
    log: logging.Logger,
    label: str,
    *,
    missing_version: int | None = None,
    min_version: int = 1,
) -> dict[str, Any] | None:
    """The JSON object in the versioned file at path, or None: when it is missing
    (silently), unreadable (logged), or corrupt: not UTF-8 JSON, not an object, or a
    "version" that is not an int >= min_version (missing_version when the key may be
    absent). A corrupt file is moved aside (logged) so nothing is lost. label names the
    file in the log ("Library file")."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("Could not read %s %s (%s).", label.lower(), path, exc)
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        _corrupt(path, log, label, f"not valid JSON: {exc}")
        return None
    if not isinstance(data, dict):
        _corrupt(path, log, label, f"expected a JSON object, found {type(data).__name__}")
        return None
    version = data.get("version", missing_version)
    if not isinstance(version, int) or isinstance(version, bool) or version < min_version:
        _corrupt(path, log, label, f"bad version {version!r}")
        return None
    return data


def _corrupt(path: Path, log: logging.Logger, label: str, reason: str) -> None:
    try:
        target = move_aside(path)
    except OSError as exc:
        log.warning("%s %s is corrupt (%s) and stays in place (%s).", label, path, reason, exc)
        return
    log.warning("%s %s is corrupt (%s); moved it to %s.", label, path, reason, target.name)
