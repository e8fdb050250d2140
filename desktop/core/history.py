"""Chat history store on SQLite: branching message trees, crash-safe streaming, FTS5 search."""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import json
import math
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal, TypeGuard, cast

from desktop.core.atomic import fsync_folder, write_text_atomic
from desktop.core.errors import HearthError
from desktop.core.paths import data_dir
from desktop.core.types import GenerationStats, Message, SamplingParams, StopReason

# The store is used from ONE thread (the GUI thread) and is the only writer: sqlite3's
# check_same_thread enforces the first; the single-instance lock of the app the second.
# Every write is one short BEGIN IMMEDIATE transaction, committed before the call returns.

Role = Literal["system", "user", "assistant"]
Status = Literal["complete", "streaming", "stopped", "error", "interrupted"]
FinishStatus = Literal["complete", "stopped", "error"]

ROLES: Final = ("system", "user", "assistant")
STATUSES: Final = ("complete", "streaming", "stopped", "error", "interrupted")
FINISH_STATUSES: Final = ("complete", "stopped", "error")

FILE_NAME: Final = "hearth.sqlite3"
BUSY_TIMEOUT_MS: Final = 5000

# Search snippets mark matches with these control characters; the UI escapes the text and
# then turns them into highlight markup.
MARK_START: Final = "\x02"
MARK_END: Final = "\x03"
_ELLIPSIS: Final = "…"
_SNIPPET_TOKENS: Final = 12
_MAX_QUERY_TERMS: Final = 32

EXPORT_FORMAT: Final = "hearth-history"
EXPORT_VERSION: Final = 1

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


def default_path() -> Path:
    """Where the history lives unless told otherwise: data_dir() / 'hearth.sqlite3'."""
    return data_dir() / FILE_NAME


@dataclass(frozen=True, slots=True)
class Repro:
    """What reproduces an assistant reply: model, sampling, seed, chat template."""

    model_name: str = ""
    model_path: str = ""
    model_sha256: str | None = None
    sampling: SamplingParams | None = None
    seed: int | None = None
    chat_template_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class StoredConversation:
    """A conversation row; deleted_at is set while it sits in the trash (soft delete)."""

    id: int
    title: str
    system_prompt: str
    created_at: float
    updated_at: float
    deleted_at: float | None = None
    model_name: str | None = None
    model_path: str | None = None
    model_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class StoredMessage:
    """One node of a conversation's message tree."""

    id: int
    conversation_id: int
    parent_id: int | None
    role: Role
    content: str
    status: Status
    created_at: float
    updated_at: float
    stats: GenerationStats | None = None
    repro: Repro | None = None

    def to_message(self) -> Message:
        """The role and text, as the engine takes them."""
        return Message(self.role, self.content)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A search match; message_id is None when the conversation title matched."""

    conversation_id: int
    message_id: int | None
    title: str
    snippet: str  # matches wrapped in MARK_START ... MARK_END


# ---------------------------------------------------------------------------------------
# Schema and migrations
# ---------------------------------------------------------------------------------------

Migration = Callable[[sqlite3.Connection], None]

_SCHEMA_V1: Final = (
    """
    CREATE TABLE conversations (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        title         TEXT NOT NULL DEFAULT '',
        system_prompt TEXT NOT NULL DEFAULT '',
        created_at    REAL NOT NULL,
        updated_at    REAL NOT NULL,
        deleted_at    REAL,
        model_name    TEXT,
        model_path    TEXT,
        model_sha256  TEXT
    )
    """,
    # The active child of a sibling group is the one with the highest active_rank (then
    # the newest): switching a branch raises its rank above its siblings', and deleting
    # the active child leaves the previously active sibling on top, with no pointer to fix.
    """
    CREATE TABLE messages (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        parent_id       INTEGER REFERENCES messages(id),
        active_rank     INTEGER NOT NULL DEFAULT 0,
        role            TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
        content         TEXT NOT NULL,
        status          TEXT NOT NULL CHECK (status IN
                            ('complete', 'streaming', 'stopped', 'error', 'interrupted')),
        created_at      REAL NOT NULL,
        updated_at      REAL NOT NULL,
        stats_json      TEXT,
        repro_json      TEXT
    )
    """,
    "CREATE INDEX idx_messages_conversation ON messages(conversation_id, parent_id, active_rank)",
    "CREATE INDEX idx_messages_parent ON messages(parent_id, active_rank)",
    "CREATE INDEX idx_messages_streaming ON messages(id) WHERE status = 'streaming'",
    "CREATE INDEX idx_conversations_live ON conversations(updated_at, id) WHERE deleted_at IS NULL",
    "CREATE INDEX idx_conversations_deleted"
    " ON conversations(deleted_at) WHERE deleted_at IS NOT NULL",
    # Full-text search. Streaming rows are not indexed (no re-indexing on every flush, no
    # hits on half-written text); the view is exactly what is indexed, so FTS5's own
    # integrity-check can compare the index with it.
    "CREATE VIEW messages_indexed AS SELECT id, content FROM messages WHERE status != 'streaming'",
    """
    CREATE VIRTUAL TABLE messages_fts USING fts5(
        content, content='messages_indexed', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages
    WHEN new.status != 'streaming' BEGIN
        INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
    END
    """,
    """
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages
    WHEN old.status != 'streaming' BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content)
            VALUES ('delete', old.id, old.content);
    END
    """,
    """
    CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, status ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content)
            SELECT 'delete', old.id, old.content WHERE old.status != 'streaming';
        INSERT INTO messages_fts(rowid, content)
            SELECT new.id, new.content WHERE new.status != 'streaming';
    END
    """,
    """
    CREATE VIRTUAL TABLE conversations_fts USING fts5(
        title, content='conversations', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations BEGIN
        INSERT INTO conversations_fts(rowid, title) VALUES (new.id, new.title);
    END
    """,
    """
    CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations BEGIN
        INSERT INTO conversations_fts(conversations_fts, rowid, title)
            VALUES ('delete', old.id, old.title);
    END
    """,
    """
    CREATE TRIGGER conversations_fts_update AFTER UPDATE OF title ON conversations BEGIN
        INSERT INTO conversations_fts(conversations_fts, rowid, title)
            VALUES ('delete', old.id, old.title);
        INSERT INTO conversations_fts(rowid, title) VALUES (new.id, new.title);
    END
    """,
)


def _migrate_0_to_1(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA_V1:
        conn.execute(statement)


# MIGRATIONS[i] upgrades a database from user_version i to i + 1, inside the caller's
# transaction (foreign keys are off while it runs and checked before the commit, so a
# migration may rebuild a table). Append new ones; never edit a released one.
MIGRATIONS: list[Migration] = [_migrate_0_to_1]
SCHEMA_VERSION: Final = len(MIGRATIONS)


# ---------------------------------------------------------------------------------------
# Queries that must stay O(page): tests check their plans.
# ---------------------------------------------------------------------------------------

_MESSAGE_COLUMNS: Final = (
    "m.id, m.conversation_id, m.parent_id, m.role, m.content, m.status,"
    " m.created_at, m.updated_at, m.stats_json, m.repro_json"
)
_CONVERSATION_COLUMNS: Final = (
    "c.id, c.title, c.system_prompt, c.created_at, c.updated_at, c.deleted_at,"
    " c.model_name, c.model_path, c.model_sha256"
)

LIST_SQL: Final = f"""
    SELECT {_CONVERSATION_COLUMNS} FROM conversations c
    WHERE c.deleted_at IS NULL
    ORDER BY c.updated_at DESC, c.id DESC
    LIMIT ? OFFSET ?
"""

ACTIVE_PATH_SQL: Final = f"""
    WITH RECURSIVE path(id, depth) AS (
        SELECT (SELECT r.id FROM messages r
                WHERE r.conversation_id = ? AND r.parent_id IS NULL
                ORDER BY r.active_rank DESC, r.id DESC LIMIT 1), 0
        UNION ALL
        SELECT (SELECT k.id FROM messages k WHERE k.parent_id = path.id
                ORDER BY k.active_rank DESC, k.id DESC LIMIT 1), path.depth + 1
        FROM path WHERE path.id IS NOT NULL
    )
    SELECT {_MESSAGE_COLUMNS} FROM path JOIN messages m ON m.id = path.id
    ORDER BY path.depth
"""

SEARCH_TITLES_SQL: Final = """
    SELECT c.id, c.title, snippet(conversations_fts, 0, ?, ?, ?, ?)
    FROM conversations_fts JOIN conversations c ON c.id = conversations_fts.rowid
    WHERE conversations_fts MATCH ? AND c.deleted_at IS NULL
    ORDER BY conversations_fts.rowid DESC
    LIMIT ?
"""

SEARCH_MESSAGES_SQL: Final = """
    SELECT m.conversation_id, m.id, c.title, snippet(messages_fts, 0, ?, ?, ?, ?)
    FROM messages_fts
    JOIN messages m ON m.id = messages_fts.rowid
    JOIN conversations c ON c.id = m.conversation_id
    WHERE messages_fts MATCH ? AND c.deleted_at IS NULL
    ORDER BY messages_fts.rowid DESC
    LIMIT ?
"""

_SUBTREE_SQL: Final = """
    WITH RECURSIVE subtree(id) AS (
        SELECT ? UNION ALL SELECT m.id FROM messages m JOIN subtree s ON m.parent_id = s.id
    )
    SELECT id FROM subtree
"""

RECOVER_SQL: Final = (
    "UPDATE messages SET status = 'interrupted', updated_at = ? WHERE status = 'streaming'"
)


def fts_query(text: str) -> str:
    """User input as an FTS5 query that cannot be a syntax error.

    Each whitespace-separated word becomes a quoted prefix phrase ("wor"* matches
    'world'); words must all match (AND). Words without a letter or digit are dropped.
    An empty result means nothing can match.
    """
    cleaned = "".join(ch if ch.isprintable() else " " for ch in text)
    terms: list[str] = []
    for word in cleaned.split():
        if not any(ch.isalnum() for ch in word):
            continue
        terms.append('"' + word.replace('"', '""') + '"*')
        if len(terms) == _MAX_QUERY_TERMS:
            break
    return " ".join(terms)


# ---------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------


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


def _history_error(exc: sqlite3.Error, action: str, path: Path) -> HistoryError:
    details = f"{type(exc).__name__}: {exc} ({getattr(exc, 'sqlite_errorname', '?')}) [{path}]"
    return HistoryError(
        f"Hearth could not {action} its history: {_reason(exc, path.parent)}.", details
    )


def _os_error(exc: OSError, path: Path) -> HistoryError:
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
        raise _os_error(exc, path) from exc


# ---------------------------------------------------------------------------------------
# JSON encoding of stats and repro
# ---------------------------------------------------------------------------------------


def _stats_to_dict(stats: GenerationStats) -> dict[str, Any]:
    data = dataclasses.asdict(stats)
    data["stop_reason"] = stats.stop_reason.value
    return data


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _stats_from_dict(data: object) -> GenerationStats:
    if not isinstance(data, dict):
        raise ValueError("stats is not an object")
    values: dict[str, Any] = {}
    for item in dataclasses.fields(GenerationStats):
        name = item.name
        if name not in data:
            if name == "cached_tokens":
                continue
            raise ValueError(f"stats has no {name}")
        value = data[name]
        if name == "stop_reason":
            value = StopReason(value)
        elif name == "chat_format":
            if not isinstance(value, str):
                raise ValueError("stats.chat_format is not text")
        elif name in ("prompt_tokens", "generated_tokens", "seed", "cached_tokens"):
            if not _is_int(value):
                raise ValueError(f"stats.{name} is not an integer")
        elif not _is_number(value):
            raise ValueError(f"stats.{name} is not a number")
        values[name] = value
    return GenerationStats(**values)


def _sampling_from_dict(data: object) -> SamplingParams:
    if not isinstance(data, dict):
        raise ValueError("sampling is not an object")
    defaults = SamplingParams()
    values: dict[str, Any] = {}
    for item in dataclasses.fields(SamplingParams):
        if item.name not in data:
            continue  # a field added after the export was written: keep its default
        value = data[item.name]
        default = getattr(defaults, item.name)
        if item.name == "stop":
            if not isinstance(value, list | tuple) or not all(isinstance(s, str) for s in value):
                raise ValueError("sampling.stop is not a list of text")
            value = tuple(value)
        elif item.name in ("top_p", "seed") and value is None:
            pass
        elif isinstance(default, float) or item.name == "top_p":
            if not _is_number(value):
                raise ValueError(f"sampling.{item.name} is not a number")
            value = float(value)
        elif not _is_int(value):
            raise ValueError(f"sampling.{item.name} is not an integer")
        values[item.name] = value
    return SamplingParams(**values)


def _repro_to_dict(repro: Repro) -> dict[str, Any]:
    return {
        "model_name": repro.model_name,
        "model_path": repro.model_path,
        "model_sha256": repro.model_sha256,
        "sampling": dataclasses.asdict(repro.sampling) if repro.sampling else None,
        "seed": repro.seed,
        "chat_template_sha256": repro.chat_template_sha256,
    }


def _optional_str(data: Mapping[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{where}.{key} is not text")
    return value


def _repro_from_dict(data: object) -> Repro:
    if not isinstance(data, dict):
        raise ValueError("repro is not an object")
    seed = data.get("seed")
    if seed is not None and not _is_int(seed):
        raise ValueError("repro.seed is not an integer")
    sampling = data.get("sampling")
    return Repro(
        model_name=_optional_str(data, "model_name", "repro") or "",
        model_path=_optional_str(data, "model_path", "repro") or "",
        model_sha256=_optional_str(data, "model_sha256", "repro"),
        sampling=None if sampling is None else _sampling_from_dict(sampling),
        seed=seed,
        chat_template_sha256=_optional_str(data, "chat_template_sha256", "repro"),
    )


def _dumps(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _message_from_row(row: Sequence[Any]) -> StoredMessage:
    stats_json, repro_json = row[8], row[9]
    return StoredMessage(
        id=row[0],
        conversation_id=row[1],
        parent_id=row[2],
        role=cast(Role, row[3]),
        content=row[4],
        status=cast(Status, row[5]),
        created_at=row[6],
        updated_at=row[7],
        stats=None if stats_json is None else _stats_from_dict(json.loads(stats_json)),
        repro=None if repro_json is None else _repro_from_dict(json.loads(repro_json)),
    )


def _conversation_from_row(row: Sequence[Any]) -> StoredConversation:
    return StoredConversation(*row)


# ---------------------------------------------------------------------------------------
# The store
# ---------------------------------------------------------------------------------------


class ConversationStore:
    """Conversations and their message trees in one SQLite file.

    Use it from one thread only (the connection refuses other threads) and from one
    process at a time: it is the only writer. Every method that changes something commits
    before it returns. Opening it upgrades the schema (after a backup of the file) and
    turns replies left 'streaming' by a crash into 'interrupted', text kept.
    """

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self._clock = clock
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _os_error(exc, self.path) from exc
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as exc:
            raise _history_error(exc, "open", self.path) from exc
        try:
            self._configure()
            self._migrate()
            self.recovered = self.recover()
        except BaseException:
            self._conn.close()
            raise

    # -- lifecycle -------------------------------------------------------------------

    def close(self) -> None:
        """Close the file (a clean close also checkpoints and removes the WAL file)."""
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA optimize")
        self._conn.close()

    def __enter__(self) -> ConversationStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _configure(self) -> None:
        try:
            conn = self._conn
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise HistoryError(
                    "Hearth could not open its history: its folder is on a disk that cannot hold it"
                    " safely (a network drive?).",
                    f"journal_mode is {mode!r}, not wal [{self.path}]",
                )
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise _history_error(exc, "open", self.path) from exc

    def _migrate(self) -> None:
        migrations = list(MIGRATIONS)
        target = len(migrations)
        conn = self._conn
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > target:
                raise HistoryError(
                    "This history was written by a newer version of Hearth; "
                    "update Hearth to open it.",
                    f"user_version {version} > {target} [{self.path}]",
                )
            if version == target:
                return
            has_objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
            if version > 0 or has_objects:
                self._backup(version)
            conn.execute("PRAGMA foreign_keys = OFF")
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    # Re-read under the write lock: another process may have upgraded it.
                    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                    for number in range(version, target):
                        migrations[number](conn)
                    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise sqlite3.IntegrityError(f"foreign_key_check: {broken[:5]}")
                    conn.execute(f"PRAGMA user_version = {target}")
                    conn.execute("COMMIT")
                except BaseException:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                    raise
            finally:
                conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            error = _history_error(exc, "upgrade", self.path)
            raise HistoryError(
                error.user_message.removesuffix(".") + "; your chats were not changed.",
                error.details,
            ) from exc

    def _backup(self, version: int) -> Path:
        """Copy the database (WAL included) to hearth.sqlite3.bak-v{version}, atomically."""
        target = self.path.with_name(f"{self.path.name}.bak-v{version}")
        tmp = target.with_name(target.name + ".tmp")
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        dest = sqlite3.connect(tmp)
        try:
            self._conn.backup(dest)
        finally:
            dest.close()
        try:
            with open(tmp, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, target)
            fsync_folder(target.parent)
        except OSError as exc:
            raise _os_error(exc, target) from exc
        return target

    # -- transactions ----------------------------------------------------------------

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                raise
        except sqlite3.ProgrammingError:
            raise  # misuse (another thread, a closed store): a bug, not the disk
        except sqlite3.DatabaseError as exc:
            raise _history_error(exc, "save to", self.path) from exc

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        try:
            yield self._conn
        except sqlite3.ProgrammingError:
            raise
        except sqlite3.DatabaseError as exc:
            raise _history_error(exc, "read", self.path) from exc

    def _now(self) -> float:
        return float(self._clock())

    # -- conversations ---------------------------------------------------------------

    def create_conversation(
        self,
        title: str = "",
        system_prompt: str = "",
        *,
        model_name: str | None = None,
        model_path: str | None = None,
        model_sha256: str | None = None,
    ) -> StoredConversation:
        """A new, empty conversation."""
        now = self._now()
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO conversations (title, system_prompt, created_at, updated_at,"
                " model_name, model_path, model_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (title, system_prompt, now, now, model_name, model_path, model_sha256),
            )
            conversation_id = cast(int, cursor.lastrowid)
        return self.get_conversation(conversation_id)

    def get_conversation(self, conversation_id: int) -> StoredConversation:
        """The conversation, deleted or not; HistoryNotFound if it was purged."""
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {_CONVERSATION_COLUMNS} FROM conversations c WHERE c.id = ?",
                (conversation_id,),
            ).fetchone()
        if row is None:
            raise HistoryNotFound("This conversation no longer exists.", str(conversation_id))
        return _conversation_from_row(row)

    def list_conversations(self, limit: int = 50, offset: int = 0) -> list[StoredConversation]:
        """Conversations not in the trash, most recently updated first."""
        with self._read() as conn:
            rows = conn.execute(LIST_SQL, (limit, offset)).fetchall()
        return [_conversation_from_row(row) for row in rows]

    def count_conversations(self) -> int:
        """How many conversations are not in the trash."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT count(*) FROM conversations WHERE deleted_at IS NULL"
            ).fetchone()
        return int(row[0])

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        """Change the title (search follows)."""
        self._update_conversation(conversation_id, "title = ?", (title,))

    def set_system_prompt(self, conversation_id: int, system_prompt: str) -> None:
        """Change the conversation's system prompt."""
        self._update_conversation(conversation_id, "system_prompt = ?", (system_prompt,))

    def set_conversation_model(
        self, conversation_id: int, name: str | None, path: str | None, sha256: str | None
    ) -> None:
        """Remember which model the conversation uses."""
        self._update_conversation(
            conversation_id,
            "model_name = ?, model_path = ?, model_sha256 = ?",
            (name, path, sha256),
        )

    def _update_conversation(
        self, conversation_id: int, assignments: str, values: tuple[object, ...]
    ) -> None:
        with self._write() as conn:
            cursor = conn.execute(
                f"UPDATE conversations SET {assignments}, updated_at = ? WHERE id = ?",
                (*values, self._now(), conversation_id),
            )
            if cursor.rowcount == 0:
                raise HistoryNotFound("This conversation no longer exists.", str(conversation_id))

    def delete_conversation(self, conversation_id: int) -> None:
        """Move the conversation to the trash (restore_conversation undoes it)."""
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE conversations SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                (self._now(), conversation_id),
            )
            if cursor.rowcount == 0:
                self._require_conversation(conn, conversation_id)

    def restore_conversation(self, conversation_id: int) -> None:
        """Take the conversation out of the trash."""
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE conversations SET deleted_at = NULL WHERE id = ?", (conversation_id,)
            )
            if cursor.rowcount == 0:
                raise HistoryNotFound("This conversation no longer exists.", str(conversation_id))

    def purge_deleted(self, older_than_s: float) -> int:
        """Erase conversations in the trash for at least older_than_s seconds; how many."""
        cutoff = self._now() - older_than_s
        with self._write() as conn:
            ids = [
                row[0]
                for row in conn.execute(
                    "SELECT id FROM conversations WHERE deleted_at IS NOT NULL AND deleted_at <= ?",
                    (cutoff,),
                )
            ]
            for conversation_id in ids:
                conn.execute("DELETE FROM messages WHERE conversation_id = ?", (conversation_id,))
                conn.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
        return len(ids)

    def _require_conversation(self, conn: sqlite3.Connection, conversation_id: int) -> None:
        row = conn.execute("SELECT 1 FROM conversations WHERE id = ?", (conversation_id,))
        if row.fetchone() is None:
            raise HistoryNotFound("This conversation no longer exists.", str(conversation_id))

    def _touch(self, conn: sqlite3.Connection, conversation_id: int, now: float) -> None:
        conn.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (now, conversation_id))

    # -- the message tree ------------------------------------------------------------

    def get_message(self, message_id: int) -> StoredMessage:
        """One message; HistoryNotFound if it was deleted."""
        with self._read() as conn:
            return self._get_message(conn, message_id)

    def _get_message(self, conn: sqlite3.Connection, message_id: int) -> StoredMessage:
        row = conn.execute(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages m WHERE m.id = ?", (message_id,)
        ).fetchone()
        if row is None:
            raise HistoryNotFound("This message no longer exists.", str(message_id))
        return _message_from_row(row)

    def _next_rank(self, conn: sqlite3.Connection, conversation_id: int, parent: int | None) -> int:
        if parent is None:
            row = conn.execute(
                "SELECT max(active_rank) FROM messages"
                " WHERE conversation_id = ? AND parent_id IS NULL",
                (conversation_id,),
            ).fetchone()
        else:
            row = conn.execute(
                "SELECT max(active_rank) FROM messages WHERE parent_id = ?", (parent,)
            ).fetchone()
        return int(row[0] or 0) + 1

    def _insert(
        self,
        conn: sqlite3.Connection,
        conversation_id: int,
        parent_id: int | None,
        role: str,
        content: str,
        status: str,
        repro: Repro | None = None,
    ) -> int:
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, not {role!r}")
        self._require_conversation(conn, conversation_id)
        if parent_id is not None:
            row = conn.execute(
                "SELECT conversation_id FROM messages WHERE id = ?", (parent_id,)
            ).fetchone()
            if row is None:
                raise HistoryNotFound("This message no longer exists.", str(parent_id))
            if row[0] != conversation_id:
                raise ValueError(
                    f"message {parent_id} belongs to conversation {row[0]}, not {conversation_id}"
                )
        now = self._now()
        cursor = conn.execute(
            "INSERT INTO messages (conversation_id, parent_id, active_rank, role, content,"
            " status, created_at, updated_at, repro_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                conversation_id,
                parent_id,
                self._next_rank(conn, conversation_id, parent_id),
                role,
                content,
                status,
                now,
                now,
                None if repro is None else _dumps(_repro_to_dict(repro)),
            ),
        )
        self._touch(conn, conversation_id, now)
        return cast(int, cursor.lastrowid)

    def add_message(
        self, conversation_id: int, parent_id: int | None, role: Role, content: str
    ) -> StoredMessage:
        """A complete message under parent_id (None: a first message), made the active
        branch, committed before this returns."""
        with self._write() as conn:
            message_id = self._insert(conn, conversation_id, parent_id, role, content, "complete")
            return self._get_message(conn, message_id)

    def active_path(self, conversation_id: int) -> list[StoredMessage]:
        """Root to leaf, following the active child at each step."""
        with self._read() as conn:
            rows = conn.execute(ACTIVE_PATH_SQL, (conversation_id,)).fetchall()
        return [_message_from_row(row) for row in rows]

    def siblings(self, message_id: int) -> list[StoredMessage]:
        """The message and the other versions under the same parent, oldest first."""
        with self._read() as conn:
            message = self._get_message(conn, message_id)
            if message.parent_id is None:
                rows = conn.execute(
                    f"SELECT {_MESSAGE_COLUMNS} FROM messages m"
                    " WHERE m.conversation_id = ? AND m.parent_id IS NULL ORDER BY m.id",
                    (message.conversation_id,),
                ).fetchall()
            else:
                rows = conn.execute(
                    f"SELECT {_MESSAGE_COLUMNS} FROM messages m"
                    " WHERE m.parent_id = ? ORDER BY m.id",
                    (message.parent_id,),
                ).fetchall()
        return [_message_from_row(row) for row in rows]

    def branch_positions(self, path: Sequence[StoredMessage]) -> dict[int, tuple[int, int]]:
        """For each message of a path: (its place among its siblings, how many there are),
        in one query, so opening a long conversation costs no query per message."""
        if not path:
            return {}
        with self._read() as conn:
            rows = conn.execute(
                "SELECT id, parent_id FROM messages WHERE conversation_id = ? ORDER BY id",
                (path[0].conversation_id,),
            ).fetchall()
        by_parent: dict[int | None, list[int]] = {}
        for message_id, parent_id in rows:
            by_parent.setdefault(parent_id, []).append(message_id)
        out: dict[int, tuple[int, int]] = {}
        for m in path:
            ids = by_parent.get(m.parent_id, [m.id])
            out[m.id] = (ids.index(m.id) if m.id in ids else 0, len(ids))
        return out

    def children(self, message_id: int) -> list[StoredMessage]:
        """The replies to a message (every branch), oldest first."""
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {_MESSAGE_COLUMNS} FROM messages m WHERE m.parent_id = ? ORDER BY m.id",
                (message_id,),
            ).fetchall()
        return [_message_from_row(row) for row in rows]

    def switch_branch(self, message_id: int) -> None:
        """Make this version the active one among its siblings.

        Its ancestors become active too, so the message is on the active path afterwards
        (a search hit in an old branch can be shown); below it the path follows its own
        active descendants.
        """
        with self._write() as conn:
            current: int | None = message_id
            while current is not None:
                row = conn.execute(
                    "SELECT conversation_id, parent_id FROM messages WHERE id = ?",
                    (current,),
                ).fetchone()
                if row is None:
                    raise HistoryNotFound("This message no longer exists.", str(current))
                conversation_id, parent_id = row
                if parent_id is None:
                    top = conn.execute(
                        "SELECT id, active_rank FROM messages"
                        " WHERE conversation_id = ? AND parent_id IS NULL"
                        " ORDER BY active_rank DESC, id DESC LIMIT 1",
                        (conversation_id,),
                    ).fetchone()
                else:
                    top = conn.execute(
                        "SELECT id, active_rank FROM messages WHERE parent_id = ?"
                        " ORDER BY active_rank DESC, id DESC LIMIT 1",
                        (parent_id,),
                    ).fetchone()
                if top[0] != current:
                    conn.execute(
                        "UPDATE messages SET active_rank = ? WHERE id = ?", (top[1] + 1, current)
                    )
                current = parent_id

    def edit_message(self, message_id: int, new_content: str) -> StoredMessage:
        """A new version of the message beside the old one (which stays), made active.

        The new version has no replies yet; the old one keeps its branch.
        """
        with self._write() as conn:
            old = self._get_message(conn, message_id)
            new_id = self._insert(
                conn, old.conversation_id, old.parent_id, old.role, new_content, "complete"
            )
            return self._get_message(conn, new_id)

    def delete_message(self, message_id: int) -> int:
        """Delete a message and everything under it; how many messages went.

        If it was the active version, the previously active sibling takes its place.
        """
        with self._write() as conn:
            message = self._get_message(conn, message_id)
            # The CTE sits inside IN (...): Python reports rowcount only for statements
            # that start with DELETE.
            cursor = conn.execute(
                f"DELETE FROM messages WHERE id IN ({_SUBTREE_SQL})", (message_id,)
            )
            self._touch(conn, message.conversation_id, self._now())
            return cursor.rowcount

    # -- streaming replies -----------------------------------------------------------

    def begin_reply(
        self, conversation_id: int, parent_id: int | None, repro: Repro | None = None
    ) -> int:
        """An empty assistant message in status 'streaming', made active and committed."""
        with self._write() as conn:
            return self._insert(
                conn, conversation_id, parent_id, "assistant", "", "streaming", repro
            )

    def flush_reply(self, message_id: int, content: str) -> None:
        """Save the partial text of a streaming reply (the caller does it about every
        500 ms: each call is one commit)."""
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE messages SET content = ?, updated_at = ?"
                " WHERE id = ? AND status = 'streaming'",
                (content, self._now(), message_id),
            )
            if cursor.rowcount == 0:
                raise HistoryNotFound("This reply is no longer being written.", str(message_id))

    def finish_reply(
        self,
        message_id: int,
        content: str,
        status: FinishStatus,
        stats: GenerationStats | None = None,
    ) -> StoredMessage:
        """The final text, status ('complete', 'stopped' or 'error') and stats."""
        if status not in FINISH_STATUSES:
            raise ValueError(f"status must be one of {FINISH_STATUSES}, not {status!r}")
        now = self._now()
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE messages SET content = ?, status = ?, stats_json = ?, updated_at = ?"
                " WHERE id = ? AND status = 'streaming'",
                (
                    content,
                    status,
                    None if stats is None else _dumps(_stats_to_dict(stats)),
                    now,
                    message_id,
                ),
            )
            if cursor.rowcount == 0:
                raise HistoryNotFound("This reply is no longer being written.", str(message_id))
            message = self._get_message(conn, message_id)
            self._touch(conn, message.conversation_id, now)
            return message

    def recover(self) -> int:
        """Turn replies left 'streaming' (a crash, a kill) into 'interrupted', text kept;
        how many. Called on open."""
        with self._write() as conn:
            return conn.execute(RECOVER_SQL, (self._now(),)).rowcount

    # -- search ----------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Titles and message texts matching every word of query (as prefixes).

        Title hits come first, then message hits, each newest first; conversations in
        the trash are left out. Any input is safe: it is never parsed as FTS5 syntax.
        """
        match = fts_query(query)
        if not match or limit <= 0:
            return []
        marks = (MARK_START, MARK_END, _ELLIPSIS, _SNIPPET_TOKENS)
        with self._read() as conn:
            hits = [
                SearchHit(row[0], None, row[1], row[2])
                for row in conn.execute(SEARCH_TITLES_SQL, (*marks, match, limit))
            ]
            remaining = limit - len(hits)
            if remaining > 0:
                hits.extend(
                    SearchHit(row[0], row[1], row[2], row[3])
                    for row in conn.execute(SEARCH_MESSAGES_SQL, (*marks, match, remaining))
                )
        return hits

    # -- export and import -----------------------------------------------------------

    def export_markdown(self, conversation_id: int) -> str:
        """The active path as Markdown: title, system prompt, one heading per message."""
        conversation = self.get_conversation(conversation_id)
        lines = [f"# {conversation.title or 'Untitled conversation'}", ""]
        if conversation.system_prompt:
            lines += ["## System prompt", "", conversation.system_prompt, ""]
        for message in self.active_path(conversation_id):
            heading = message.role.capitalize()
            if message.status != "complete":
                heading += f" ({message.status})"
            lines += [f"## {heading}", "", message.content, ""]
        return "\n".join(lines)

    def export_json(self, conversation_id: int) -> dict[str, Any]:
        """One conversation with its whole tree (branches, stats, repro) as a document
        import_json takes back."""
        with self._read() as conn:
            entry = self._export_conversation(conn, self.get_conversation(conversation_id))
        return self._document([entry])

    def export_all_json(self) -> dict[str, Any]:
        """Every conversation not in the trash, oldest first, as one document."""
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {_CONVERSATION_COLUMNS} FROM conversations c"
                " WHERE c.deleted_at IS NULL ORDER BY c.id"
            ).fetchall()
            entries = [self._export_conversation(conn, _conversation_from_row(row)) for row in rows]
        return self._document(entries)

    def _document(self, conversations: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported_at": self._now(),
            "conversations": conversations,
        }

    def _export_conversation(
        self, conn: sqlite3.Connection, conversation: StoredConversation
    ) -> dict[str, Any]:
        rows = conn.execute(
            f"SELECT {_MESSAGE_COLUMNS}, m.active_rank FROM messages m"
            " WHERE m.conversation_id = ? ORDER BY m.id",
            (conversation.id,),
        ).fetchall()
        # The active child of each sibling group: highest rank, then newest.
        best: dict[int | None, tuple[int, int]] = {}
        for row in rows:
            key = (row[10], row[0])
            if row[2] not in best or key > best[row[2]]:
                best[row[2]] = key
        active = {key[1] for key in best.values()}
        messages = []
        for row in rows:
            message = _message_from_row(row)
            messages.append(
                {
                    "id": message.id,
                    "parent": message.parent_id,
                    "role": message.role,
                    "content": message.content,
                    "status": message.status,
                    "active": message.id in active,
                    "created_at": message.created_at,
                    "updated_at": message.updated_at,
                    "stats": None if message.stats is None else _stats_to_dict(message.stats),
                    "repro": None if message.repro is None else _repro_to_dict(message.repro),
                }
            )
        return {
            "title": conversation.title,
            "system_prompt": conversation.system_prompt,
            "created_at": conversation.created_at,
            "updated_at": conversation.updated_at,
            "model_name": conversation.model_name,
            "model_path": conversation.model_path,
            "model_sha256": conversation.model_sha256,
            "messages": messages,
        }

    def import_json(self, data: object) -> list[int]:
        """Add the conversations of an export document (from export_json or
        export_all_json) as new conversations; their new ids, in order.

        All or nothing: a bad document raises HistoryImportError and imports nothing.
        Replies that were still 'streaming' when exported come back 'interrupted'.
        """
        conversations = _validate_document(data)
        ids: list[int] = []
        with self._write() as conn:
            for conversation in conversations:
                ids.append(self._import_conversation(conn, conversation))
        return ids

    def _import_conversation(self, conn: sqlite3.Connection, entry: _ImportConversation) -> int:
        cursor = conn.execute(
            "INSERT INTO conversations (title, system_prompt, created_at, updated_at,"
            " model_name, model_path, model_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                entry.title,
                entry.system_prompt,
                entry.created_at,
                entry.updated_at,
                entry.model_name,
                entry.model_path,
                entry.model_sha256,
            ),
        )
        conversation_id = cast(int, cursor.lastrowid)
        new_ids: dict[int, int] = {}
        for message in entry.messages:
            parent = None if message.parent is None else new_ids[message.parent]
            cursor = conn.execute(
                "INSERT INTO messages (conversation_id, parent_id, active_rank, role, content,"
                " status, created_at, updated_at, stats_json, repro_json)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    conversation_id,
                    parent,
                    2 if message.active else 1,
                    message.role,
                    message.content,
                    "interrupted" if message.status == "streaming" else message.status,
                    message.created_at,
                    message.updated_at,
                    None if message.stats is None else _dumps(_stats_to_dict(message.stats)),
                    None if message.repro is None else _dumps(_repro_to_dict(message.repro)),
                ),
            )
            new_ids[message.key] = cast(int, cursor.lastrowid)
        return conversation_id

    # -- health ----------------------------------------------------------------------

    def integrity_check(self) -> bool:
        """PRAGMA integrity_check, plus FTS5's check of both search indexes against
        their content; True when all is well."""
        with self._read() as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            if [tuple(row) for row in rows] != [("ok",)]:
                return False
            try:
                conn.execute(
                    "INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)"
                )
                conn.execute(
                    "INSERT INTO conversations_fts(conversations_fts, rank)"
                    " VALUES ('integrity-check', 1)"
                )
            except sqlite3.DatabaseError:
                return False
        return True


# ---------------------------------------------------------------------------------------
# Import validation
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _ImportMessage:
    key: int
    parent: int | None
    role: Role
    content: str
    status: Status
    active: bool
    created_at: float
    updated_at: float
    stats: GenerationStats | None
    repro: Repro | None


@dataclass(frozen=True, slots=True)
class _ImportConversation:
    title: str
    system_prompt: str
    created_at: float
    updated_at: float
    model_name: str | None
    model_path: str | None
    model_sha256: str | None
    messages: list[_ImportMessage]


def _refuse(sentence: str, details: str = "") -> HistoryImportError:
    return HistoryImportError(sentence, details)


def _validate_document(data: object) -> list[_ImportConversation]:
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise _refuse("This file is not a Hearth history export.")
    version = data.get("version")
    if not _is_int(version) or version < 1:
        raise _refuse("This Hearth export is damaged: its format version is missing.")
    if version > EXPORT_VERSION:
        raise _refuse(
            "This export was made by a newer version of Hearth; update Hearth to import it.",
            f"format version {version} > {EXPORT_VERSION}",
        )
    conversations = data.get("conversations")
    if not isinstance(conversations, list):
        raise _refuse("This Hearth export is damaged: it has no list of conversations.")
    result = []
    for number, entry in enumerate(conversations, start=1):
        try:
            result.append(_validate_conversation(entry))
        except (ValueError, TypeError, KeyError) as exc:
            raise _refuse(
                f"This Hearth export is damaged: conversation {number} is not valid ({exc}).",
                repr(exc),
            ) from exc
    return result


def _number(data: Mapping[str, Any], key: str, where: str) -> float:
    value = data.get(key)
    if not _is_number(value) or not math.isfinite(value):
        raise ValueError(f"{where}.{key} is not a number")
    return float(value)


def _text(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise ValueError(f"{where}.{key} is not text")
    return value


def _validate_conversation(entry: object) -> _ImportConversation:
    if not isinstance(entry, dict):
        raise ValueError("it is not an object")
    raw_messages = entry.get("messages")
    if not isinstance(raw_messages, list):
        raise ValueError("it has no list of messages")
    messages: list[_ImportMessage] = []
    keys: set[int] = set()
    for raw in raw_messages:
        if not isinstance(raw, dict):
            raise ValueError("a message is not an object")
        key, parent = raw.get("id"), raw.get("parent")
        if not _is_int(key) or key in keys:
            raise ValueError(f"message id {key!r} is missing or repeated")
        if parent is not None and not _is_int(parent):
            raise ValueError(f"message {key} has a bad parent {parent!r}")
        keys.add(key)
        where = f"message {key}"
        role, status = raw.get("role"), raw.get("status")
        if role not in ROLES:
            raise ValueError(f"{where} has an unknown role {role!r}")
        if status not in STATUSES:
            raise ValueError(f"{where} has an unknown status {status!r}")
        active = raw.get("active", False)
        if not isinstance(active, bool):
            raise ValueError(f"{where}.active is not true or false")
        stats, repro = raw.get("stats"), raw.get("repro")
        messages.append(
            _ImportMessage(
                key=key,
                parent=parent,
                role=role,
                content=_text(raw, "content", where),
                status=status,
                active=active,
                created_at=_number(raw, "created_at", where),
                updated_at=_number(raw, "updated_at", where),
                stats=None if stats is None else _stats_from_dict(stats),
                repro=None if repro is None else _repro_from_dict(repro),
            )
        )
    return _ImportConversation(
        title=_text(entry, "title", "conversation"),
        system_prompt=_text(entry, "system_prompt", "conversation"),
        created_at=_number(entry, "created_at", "conversation"),
        updated_at=_number(entry, "updated_at", "conversation"),
        model_name=_optional_str(entry, "model_name", "conversation"),
        model_path=_optional_str(entry, "model_path", "conversation"),
        model_sha256=_optional_str(entry, "model_sha256", "conversation"),
        messages=_parents_first(messages),
    )


def _parents_first(messages: list[_ImportMessage]) -> list[_ImportMessage]:
    """The messages with every parent before its children (document order when it
    already is); ValueError for a missing parent, a cycle or two active siblings."""
    by_key = {message.key: message for message in messages}
    active_groups: set[int | None] = set()
    for message in messages:
        if message.parent is not None and message.parent not in by_key:
            raise ValueError(f"message {message.key} replies to a missing message")
        if message.active:
            if message.parent in active_groups:
                raise ValueError(f"two replies to message {message.parent} are both active")
            active_groups.add(message.parent)
    seen: set[int] = set()
    in_order = True
    for message in messages:
        if message.parent is not None and message.parent not in seen:
            in_order = False
            break
        seen.add(message.key)
    if in_order:
        return messages
    depth: dict[int, int] = {}
    for message in messages:
        chain: list[int] = []
        current: int | None = message.key
        while current is not None and current not in depth:
            if current in chain:
                raise ValueError(f"message {current} is its own ancestor")
            chain.append(current)
            current = by_key[current].parent
        base = -1 if current is None else depth[current]
        for offset, key in enumerate(reversed(chain), start=1):
            depth[key] = base + offset
    return sorted(messages, key=lambda message: depth[message.key])
