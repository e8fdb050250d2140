"""Repair a damaged history file: keep it untouched aside, and salvage what can be read.

SQLite reports a damaged page only when a query touches it, so one bad page in a table or
an index can make every start-up fail while almost every chat is still readable. Python's
sqlite3 has no `.recover` (that lives in the sqlite3 shell, which a person's machine may
not have), so this is done here, by hand, in the simplest way that survives damage: rows
are read by rowid range from each table's own b-tree (never through an index), and a range
that fails is split in two until the damaged rows alone are left out. The salvaged rows go
into a fresh file built by ConversationStore (so the schema, the search index and the
triggers are this version's), which then takes the damaged file's place.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.core.atomic import replace_durably
from desktop.core.history.records import ROLES, STATUSES
from desktop.core.history.store import ConversationStore

log = logging.getLogger(__name__)

_CONVERSATION_COLUMNS = (
    "id",
    "title",
    "system_prompt",
    "created_at",
    "updated_at",
    "deleted_at",
    "model_name",
    "model_path",
    "model_sha256",
    "imported_at",
)
_MESSAGE_COLUMNS = (
    "id",
    "conversation_id",
    "parent_id",
    "active_rank",
    "role",
    "content",
    "status",
    "created_at",
    "updated_at",
    "stats_json",
    "repro_json",
    "deleted_at",
    "reasoning",
    "tool_calls_json",
    "reasoning_ms",
    "tool_call_id",
    "tool_name",
    "elapsed_ms",
    "is_error",
    "sources_json",
)
# Columns a damaged value of which would break a NOT NULL or CHECK: left to their default.
_DEFAULTED = {"reasoning": str, "is_error": int}
_SIDE_FILES = ("", "-wal", "-shm")
_LAST_ROWID = 2**62  # the bound when the file cannot say what its largest id is


@dataclass(frozen=True, slots=True)
class RepairReport:
    """What a repair kept and lost, and where the damaged file is."""

    conversations: int
    messages: int
    unreadable: int  # rows (or ranges of rows) that could not be read
    damaged_copy: Path

    @property
    def sentence(self) -> str:
        lost = (
            f" Some of it could not be read ({self.unreadable} unreadable row"
            f"{'s' if self.unreadable != 1 else ''} left out)."
            if self.unreadable
            else ""
        )
        return (
            "The history file was damaged, so Hearth repaired it: "
            f"{self.conversations} conversations and {self.messages} messages are kept."
            f"{lost} The damaged file is kept, unchanged, at {self.damaged_copy}."
        )


def repair(path: Path) -> RepairReport:
    """Move the damaged file (with its -wal and -shm) aside, untouched, and put a repaired
    copy with every readable row at path. OSError when neither can be done (a read-only or
    full disk): the damaged file then stays where it was."""
    path = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    damaged = path.with_name(f"{path.name}.damaged-{stamp}")
    fresh = path.with_name(f"{path.name}.repairing")
    work = path.with_name(f"{path.name}.salvage")
    for side in (fresh, work):
        _remove_with_sides(side)
    # A working copy is read, so the damaged file itself is never opened (SQLite would
    # fold its WAL into it on close).
    for suffix in _SIDE_FILES[:2]:
        source = Path(f"{path}{suffix}")
        if source.exists():
            shutil.copyfile(source, Path(f"{work}{suffix}"))
    try:
        conversations, messages, unreadable = _salvage(work, fresh)
        for suffix in _SIDE_FILES:
            with contextlib.suppress(FileNotFoundError):
                os.replace(f"{path}{suffix}", f"{damaged}{suffix}")
        replace_durably(fresh, path)
    except BaseException:
        _remove_with_sides(fresh)
        raise
    finally:
        _remove_with_sides(work)
    log.warning(
        "history repaired: kept %d conversations and %d messages, %d unreadable; the "
        "damaged file is %s",
        conversations,
        messages,
        unreadable,
        damaged,
    )
    return RepairReport(conversations, messages, unreadable, damaged)


def _salvage(source: Path, target: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(source, isolation_level=None)
    store = ConversationStore(target, recover=False)
    try:
        reader = _Reader(conn)
        conversations = {
            row["id"]: row for row in reader.rows("conversations", _CONVERSATION_COLUMNS)
        }
        messages = list(reader.rows("messages", _MESSAGE_COLUMNS))
        kept = _write(store, conversations, messages)
        return len(conversations), kept, reader.unreadable
    finally:
        conn.close()
        store.close()


class _Reader:
    """Rows of one table, by rowid range, leaving out only what cannot be read."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.unreadable = 0

    def rows(self, table: str, wanted: tuple[str, ...]) -> Iterator[dict[str, object]]:
        try:
            present = {row[1] for row in self.conn.execute(f"PRAGMA table_info({table})")}
        except sqlite3.DatabaseError:
            self.unreadable += 1
            return
        columns = [c for c in wanted if c in present]
        if "id" not in columns:
            return
        sql = (
            f"SELECT {', '.join(columns)} FROM {table} NOT INDEXED"
            " WHERE id BETWEEN ? AND ? ORDER BY id"
        )
        for row in self._ranges(sql, 0, self._last_id(table)):
            yield dict(zip(columns, row, strict=True))

    def _last_id(self, table: str) -> int:
        for sql in (
            "SELECT seq FROM sqlite_sequence WHERE name = ?",
            f"SELECT max(rowid) FROM {table} NOT INDEXED WHERE ? IS NOT NULL",
        ):
            with contextlib.suppress(sqlite3.DatabaseError, TypeError, ValueError):
                value = self.conn.execute(sql, (table,)).fetchone()
                if value and value[0] is not None:
                    return max(int(value[0]), 1)
        return _LAST_ROWID

    def _ranges(self, sql: str, low: int, high: int) -> Iterator[tuple[object, ...]]:
        pending = [(low, high)]
        while pending:
            lo, hi = pending.pop()
            try:
                rows = self.conn.execute(sql, (lo, hi)).fetchall()
            except sqlite3.DatabaseError:
                if lo == hi:
                    self.unreadable += 1
                    continue
                mid = (lo + hi) // 2
                pending += [(mid + 1, hi), (lo, mid)]  # the lower half first
                continue
            yield from rows


def _write(
    store: ConversationStore,
    conversations: dict[object, dict[str, object]],
    messages: list[dict[str, object]],
) -> int:
    """Insert the salvaged rows, parents first; a reply whose parent was lost hangs under
    the nearest earlier message of its conversation, so the transcript still reads."""
    conn = store._conn
    kept: dict[int, int] = {}  # message id -> conversation id
    last_in: dict[int, int] = {}  # conversation id -> last message id kept
    conn.execute("BEGIN IMMEDIATE")
    try:
        for row in conversations.values():
            conn.execute(
                f"INSERT INTO conversations ({', '.join(row)}) VALUES ({_marks(row)})",
                tuple(row.values()),
            )
        for row in sorted(messages, key=lambda r: _int(r.get("id"))):
            message_id, conversation_id = _int(row.get("id")), _int(row.get("conversation_id"))
            if row.get("role") not in ROLES or not isinstance(row.get("content"), str):
                continue
            if row.get("status") not in STATUSES or row.get("status") == "streaming":
                row["status"] = "interrupted"
            for column, kind in _DEFAULTED.items():
                if column in row and not _fits(row[column], kind):
                    del row[column]
            if conversation_id not in conversations:
                conversations[conversation_id] = {"id": conversation_id}
                conn.execute(
                    "INSERT INTO conversations (id, title, created_at, updated_at)"
                    " VALUES (?, 'Recovered conversation', ?, ?)",
                    (conversation_id, row.get("created_at") or 0.0, row.get("updated_at") or 0.0),
                )
            parent = row.get("parent_id")
            if parent is not None and kept.get(_int(parent)) != conversation_id:
                row["parent_id"] = last_in.get(conversation_id)
            conn.execute(
                f"INSERT INTO messages ({', '.join(row)}) VALUES ({_marks(row)})",
                tuple(row.values()),
            )
            kept[message_id] = conversation_id
            last_in[conversation_id] = message_id
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    return len(kept)


def _fits(value: object, kind: type) -> bool:
    # is_error holds 0 or 1 (its CHECK); reasoning must be text (NOT NULL).
    return value in (0, 1) if kind is int else isinstance(value, kind)


def _marks(row: dict[str, object]) -> str:
    return ", ".join("?" for _ in row)


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else -1


def _remove_with_sides(path: Path) -> None:
    for suffix in _SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")
