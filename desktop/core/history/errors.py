"""History errors: sqlite3's and the OS's failures as sentences a person can act on."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Final

from desktop.core.atomic import write_text_atomic
from desktop.core.errors import HearthError

# SQLite primary result codes (the low byte of an extended code).
_SQLITE_PERM: Final = 3
_SQLITE_BUSY: Final = 5
_SQLITE_LOCKED: Final = 6
_SQLITE_READONLY: Final = 8
_SQLITE_IOERR: Final = 10
_SQLITE_CORRUPT: Final = 11
_SQLITE_FULL: Final = 13
_SQLITE_CANTOPEN: Final = 14
_SQLITE_NOTADB: Final = 26
_LOW_SPACE_BYTES: Final = 4 * 1024 * 1024


class HistoryError(HearthError):
    """The history could not be opened, read or saved."""


class HistoryNotFound(HistoryError):
    """A conversation or message id that does not exist (any more)."""


class HistoryImportError(HistoryError):
    """An import document was refused; nothing was imported."""


def _low_on_space(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < _LOW_SPACE_BYTES
    except OSError:
        return False


def _reason(exc: sqlite3.Error, folder: Path) -> str:
    code = getattr(exc, "sqlite_errorcode", None)
    base = code & 0xFF if isinstance(code, int) else None
    if base == _SQLITE_FULL or (base == _SQLITE_IOERR and _low_on_space(folder)):
        return "the disk is full"
    if base in (_SQLITE_READONLY, _SQLITE_PERM) or (
        base == _SQLITE_CANTOPEN and folder.is_dir() and not os.access(folder, os.W_OK)
    ):
        return "the folder is read-only"
    if base in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return "another program is using the history file"
    if base in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return "the history file is damaged"
    if base == _SQLITE_CANTOPEN:
        return "the history file could not be opened"
    if base == _SQLITE_IOERR:
        return "the disk reported an error"
    return "the database reported an error"


def history_error(exc: sqlite3.Error, action: str, path: Path) -> HistoryError:
    details = f"{type(exc).__name__}: {exc} ({getattr(exc, 'sqlite_errorname', '?')}) [{path}]"
    return HistoryError(
        f"Hearth could not {action} its history: {_reason(exc, path.parent)}.", details
    )


def os_error(exc: OSError, path: Path) -> HistoryError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        reason = "the disk is full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "the folder is read-only"
    else:
        reason = exc.strerror or "the disk reported an error"
    return HistoryError(f"Hearth could not write {path.name}: {reason}.", f"{exc!r} [{path}]")


def write_atomic(path: Path, text: str) -> None:
    """Write an export atomically (see desktop.core.atomic); HistoryError on failure."""
    path = Path(path)
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise os_error(exc, path) from exc
