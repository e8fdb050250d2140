"""History errors: sqlite3's and the OS's failures as sentences a person can act on."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Final, Literal

from desktop.core.errors import HearthError
from desktop.core.sentence import Sentence
from desktop.core.translatable import QT_TRANSLATE_NOOP

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


Reason = Literal["full", "read-only", "busy", "damaged", "io", "other"]

# What passes by itself or when the person acts (frees space, closes the other program):
# a write that failed for one of these is kept and tried again, never dropped.
RETRYABLE: Final = frozenset({"full", "read-only", "busy", "damaged", "io"})


class HistoryError(HearthError):
    """The history could not be opened, read or saved; reason says why, in one word."""

    def __init__(self, user_message: str, details: str = "", reason: Reason = "other") -> None:
        super().__init__(user_message, details)
        self.reason: Reason = reason

    @property
    def retryable(self) -> bool:
        return self.reason in RETRYABLE


class HistoryNotFound(HistoryError):
    """A conversation or message id that does not exist (any more)."""


class HistoryImportError(HistoryError):
    """An import document was refused; nothing was imported."""


def _low_on_space(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < _LOW_SPACE_BYTES
    except OSError:
        return False


# The reasons are said inside the sentences below ({why}); marked so the window says both.
_SENTENCES: Final[dict[Reason, str]] = {
    "full": QT_TRANSLATE_NOOP("core", "the disk is full"),
    "read-only": QT_TRANSLATE_NOOP("core", "the folder is read-only"),
    "busy": QT_TRANSLATE_NOOP("core", "another program is using the history file"),
    "damaged": QT_TRANSLATE_NOOP("core", "the history file is damaged"),
    "io": QT_TRANSLATE_NOOP("core", "the disk reported an error"),
    "other": QT_TRANSLATE_NOOP("core", "the database reported an error"),
}
_CANNOT_OPEN = QT_TRANSLATE_NOOP("core", "the history file could not be opened")
# One whole sentence per action (translators need the verb inside the sentence).
_COULD_NOT: Final[dict[str, str]] = {
    "open": QT_TRANSLATE_NOOP("core", "Hearth could not open its history: {why}."),
    "read": QT_TRANSLATE_NOOP("core", "Hearth could not read its history: {why}."),
    "save to": QT_TRANSLATE_NOOP("core", "Hearth could not save to its history: {why}."),
    "upgrade": QT_TRANSLATE_NOOP("core", "Hearth could not upgrade its history: {why}."),
}
UPGRADE_FAILED = QT_TRANSLATE_NOOP(
    "core", "Hearth could not upgrade its history: {why}; your chats were not changed."
)
COULD_NOT_WRITE = QT_TRANSLATE_NOOP("core", "Hearth could not write {name}: {why}.")


def _reason(exc: sqlite3.Error, folder: Path) -> tuple[Reason, str]:
    code = getattr(exc, "sqlite_errorcode", None)
    base = code & 0xFF if isinstance(code, int) else None
    if base == _SQLITE_FULL or (base == _SQLITE_IOERR and _low_on_space(folder)):
        return "full", _SENTENCES["full"]
    if base in (_SQLITE_READONLY, _SQLITE_PERM) or (
        base == _SQLITE_CANTOPEN and folder.is_dir() and not os.access(folder, os.W_OK)
    ):
        return "read-only", _SENTENCES["read-only"]
    if base in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return "busy", _SENTENCES["busy"]
    if base in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return "damaged", _SENTENCES["damaged"]
    if base == _SQLITE_CANTOPEN:
        return "io", _CANNOT_OPEN
    if base == _SQLITE_IOERR:
        return "io", _SENTENCES["io"]
    return "other", _SENTENCES["other"]


def history_error(exc: sqlite3.Error, action: str, path: Path) -> HistoryError:
    details = f"{type(exc).__name__}: {exc} ({getattr(exc, 'sqlite_errorname', '?')}) [{path}]"
    reason, sentence = _reason(exc, path.parent)
    template = _COULD_NOT.get(action)
    said = (
        Sentence(template, why=sentence)
        if template
        else f"Hearth could not {action} its history: {sentence}."
    )
    return HistoryError(said, details, reason)


def upgrade_error(exc: sqlite3.Error, path: Path) -> HistoryError:
    """A failed schema upgrade (rolled back): the chats are as they were."""
    error = history_error(exc, "upgrade", path)
    why = _reason(exc, path.parent)[1]
    return HistoryError(Sentence(UPGRADE_FAILED, why=why), error.details)


def os_error(exc: OSError, path: Path) -> HistoryError:
    reason: Reason = "io"
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        reason, sentence = "full", _SENTENCES["full"]
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason, sentence = "read-only", _SENTENCES["read-only"]
    else:
        sentence = exc.strerror or _SENTENCES["io"]
    return HistoryError(
        Sentence(COULD_NOT_WRITE, name=path.name, why=sentence), f"{exc!r} [{path}]", reason
    )
