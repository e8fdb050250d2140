"""ConversationStore: conversations and their branching message trees in one SQLite file.

One class over one connection, so every query shares its transaction helpers and its error
mapping; that is why it is over 400 lines. Search (search.py), export and import
(transfer.py, markdown.py) and the row inserts (rows.py) live beside it and run on its connection.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from desktop.core.atomic import replace_durably
from desktop.core.documents.types import Source
from desktop.core.history import rows, schema, transfer
from desktop.core.history.codec import (
    conversation_from_row,
    message_from_row,
    sources_json,
    tool_calls_json,
)
from desktop.core.history.errors import (
    HistoryError,
    HistoryNotFound,
    history_error,
    os_error,
    upgrade_error,
)
from desktop.core.history.ids import IdSource
from desktop.core.history.markdown import markdown
from desktop.core.history.owner import writer_alive
from desktop.core.history.records import (
    FINISH_STATUSES,
    ROLES,
    Attachment,
    FinishStatus,
    Repro,
    Role,
    SearchHit,
    StoredConversation,
    StoredMessage,
)
from desktop.core.history.schema import (
    ACTIVE_PATH_SQL,
    BUSY_TIMEOUT_MS,
    CONVERSATION_COLUMNS,
    LIST_SQL,
    MESSAGE_COLUMNS,
    RECOVER_SQL,
    STREAMING_WRITERS_SQL,
)
from desktop.core.history.search import search as search_history
from desktop.core.history.tree import ConversationTree
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.core.types import GenerationStats, ToolCall

NOT_SAFE_DISK = QT_TRANSLATE_NOOP(
    "core",
    "Hearth could not open its history: its folder is on a disk that cannot hold it safely "
    "(a network drive?).",
)
NEWER_HISTORY = QT_TRANSLATE_NOOP(
    "core", "This history was written by a newer version of Hearth; update Hearth to open it."
)

# The store is used from ONE thread (the GUI thread) and is the only writer: sqlite3's
# check_same_thread enforces the first; the single-instance lock of the app the second.
# Every write is one short BEGIN IMMEDIATE transaction, committed before the call returns.


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

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], float] = time.time,
        recover: bool = True,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> None:
        self.path = Path(path)
        self._clock = clock
        self._busy_timeout_ms = busy_timeout_ms
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise os_error(exc, self.path) from exc
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as exc:
            raise history_error(exc, "open", self.path) from exc
        try:
            self._configure()
            self._migrate()
            self.recovered = self.recover() if recover else 0
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
            conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout_ms)}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise HistoryError(
                    NOT_SAFE_DISK,
                    f"journal_mode is {mode!r}, not wal [{self.path}]",
                )
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise history_error(exc, "open", self.path) from exc

    def _migrate(self) -> None:
        migrations = list(schema.MIGRATIONS)  # through the module: tests add migrations
        target = len(migrations)
        conn = self._conn
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > target:
                raise HistoryError(
                    NEWER_HISTORY,
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
            raise upgrade_error(exc, self.path) from exc

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
            replace_durably(tmp, target)
        except OSError as exc:
            raise os_error(exc, target) from exc
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
            raise history_error(exc, "save to", self.path) from exc

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        try:
            yield self._conn
        except sqlite3.ProgrammingError:
            raise
        except sqlite3.DatabaseError as exc:
            raise history_error(exc, "read", self.path) from exc

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
            conversation_id = rows.insert_conversation(
                conn, None, title, system_prompt, now, now, model_name, model_path, model_sha256
            )
        return self.get_conversation(conversation_id)

    def get_conversation(self, conversation_id: int) -> StoredConversation:
        """The conversation, deleted or not; HistoryNotFound if it was purged."""
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {CONVERSATION_COLUMNS} FROM conversations c WHERE c.id = ?",
                (conversation_id,),
            ).fetchone()
        if row is None:
            raise HistoryNotFound("This conversation no longer exists.", str(conversation_id))
        return conversation_from_row(row)

    def list_conversations(self, limit: int = 50, offset: int = 0) -> list[StoredConversation]:
        """Conversations not in the trash, most recently updated first."""
        with self._read() as conn:
            rows = conn.execute(LIST_SQL, (limit, offset)).fetchall()
        return [conversation_from_row(row) for row in rows]

    def count_conversations(self) -> int:
        """How many conversations are not in the trash."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT count(*) FROM conversations WHERE deleted_at IS NULL"
            ).fetchone()
        return int(row[0])

    def attachment_hashes(self) -> set[str]:
        """The sha256 of every stored copy a message names, messages in the trash included
        (they may be restored): a copy named by none may be removed."""
        with self._read() as conn:
            rows = conn.execute("SELECT DISTINCT sha256 FROM message_attachments").fetchall()
        return {str(sha256) for (sha256,) in rows}

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
        """Erase conversations and messages in the trash for at least older_than_s seconds;
        how many conversations went."""
        cutoff = self._now() - older_than_s
        with self._write() as conn:
            # A message in the trash has its whole subtree there with it: one statement
            # removes parents and replies together, so no reply is left without a parent.
            conn.execute(
                "DELETE FROM messages WHERE deleted_at IS NOT NULL AND deleted_at <= ?", (cutoff,)
            )
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
            f"SELECT {MESSAGE_COLUMNS} FROM messages m WHERE m.id = ? AND m.deleted_at IS NULL",
            (message_id,),
        ).fetchone()
        if row is None:
            raise HistoryNotFound("This message no longer exists.", str(message_id))
        return message_from_row(row)

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
        message_id: int | None = None,
        **turn: Any,
    ) -> int:
        # turn: rows.insert_message's keywords (reasoning, tool calls, a tool result's fields)
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
        rank = self._next_rank(conn, conversation_id, parent_id)
        new_id = rows.insert_message(
            conn,
            message_id,
            conversation_id,
            parent_id,
            rank,
            role,
            content,
            status,
            now,
            now,
            repro=repro,
            **turn,
        )
        self._touch(conn, conversation_id, now)
        return new_id

    def add_message(
        self,
        conversation_id: int,
        parent_id: int | None,
        role: Role,
        content: str,
        *,
        reasoning: str = "",
        tool_calls: Sequence[ToolCall] = (),
        reasoning_ms: int | None = None,
        tool_call_id: str = "",
        name: str = "",
        elapsed_ms: int | None = None,
        is_error: bool = False,
        attachments: Sequence[Attachment] = (),
        sources: Sequence[Source] = (),
    ) -> StoredMessage:
        """A complete message under parent_id (None: a first message), made the active
        branch, committed before this returns. An assistant message may carry its
        reasoning (apart from content), its tool calls and thinking time; a 'tool' message
        (a tool's result) the call it answers, the tool's name, its run time and whether
        it failed."""
        with self._write() as conn:
            message_id = self._insert(
                conn,
                conversation_id,
                parent_id,
                role,
                content,
                "complete",
                reasoning=reasoning,
                tool_calls=tool_calls,
                reasoning_ms=reasoning_ms,
                tool_call_id=tool_call_id,
                name=name,
                elapsed_ms=elapsed_ms,
                is_error=is_error,
                attachments=attachments,
                sources=sources,
            )
            return self._get_message(conn, message_id)

    def active_path(self, conversation_id: int) -> list[StoredMessage]:
        """Root to leaf, following the active child at each step."""
        with self._read() as conn:
            rows = conn.execute(ACTIVE_PATH_SQL, (conversation_id,)).fetchall()
        return [message_from_row(row) for row in rows]

    def siblings(self, message_id: int) -> list[StoredMessage]:
        """The message and the other versions under the same parent, oldest first."""
        with self._read() as conn:
            message = self._get_message(conn, message_id)
            if message.parent_id is None:
                rows = conn.execute(
                    f"SELECT {MESSAGE_COLUMNS} FROM messages m"
                    " WHERE m.conversation_id = ? AND m.parent_id IS NULL AND m.deleted_at IS NULL"
                    " ORDER BY m.id",
                    (message.conversation_id,),
                ).fetchall()
            else:
                rows = conn.execute(
                    f"SELECT {MESSAGE_COLUMNS} FROM messages m"
                    " WHERE m.parent_id = ? AND m.deleted_at IS NULL ORDER BY m.id",
                    (message.parent_id,),
                ).fetchall()
        return [message_from_row(row) for row in rows]

    def branch_positions(self, path: Sequence[StoredMessage]) -> dict[int, tuple[int, int]]:
        """For each message of a path: (its place among its siblings, how many there are),
        in one query, so opening a long conversation costs no query per message."""
        if not path:
            return {}
        with self._read() as conn:
            rows = conn.execute(
                "SELECT id, parent_id FROM messages"
                " WHERE conversation_id = ? AND deleted_at IS NULL ORDER BY id",
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
                f"SELECT {MESSAGE_COLUMNS} FROM messages m"
                " WHERE m.parent_id = ? AND m.deleted_at IS NULL ORDER BY m.id",
                (message_id,),
            ).fetchall()
        return [message_from_row(row) for row in rows]

    def switch_branch(self, message_id: int) -> None:
        """Make this version the active one among its siblings.

        Its ancestors become active too, so the message is on the active path afterwards
        (a search hit in an old branch can be shown); below it the path follows its own
        active descendants (the rules are ConversationTree's).
        """
        tree = self.conversation_tree(self.get_message(message_id).conversation_id)
        self.set_ranks(tree.switch(message_id))

    def edit_message(self, message_id: int, new_content: str) -> StoredMessage:
        """A new version of the message beside the old one (which stays), made active.

        The new version has no replies yet; the old one keeps its branch.
        """
        with self._write() as conn:
            old = self._get_message(conn, message_id)
            # An edited tool result still answers its call; an edited reply is text only.
            new_id = self._insert(
                conn,
                old.conversation_id,
                old.parent_id,
                old.role,
                new_content,
                "complete",
                tool_call_id=old.tool_call_id,
                name=old.name,
            )
            return self._get_message(conn, new_id)

    def delete_message(self, message_id: int) -> int:
        """Move a message and everything under it to the trash; how many messages went.

        If it was the active version, the previously active sibling takes its place;
        restore_messages undoes it, purge_deleted erases it for good later.
        """
        message, now = self.get_message(message_id), self._now()
        ids = self.conversation_tree(message.conversation_id).delete(message_id, now)
        self.set_deleted(message.conversation_id, ids, now)
        return len(ids)

    def restore_messages(self, conversation_id: int, ids: Sequence[int]) -> None:
        """Take messages out of the trash (Undo of delete_message)."""
        self.set_deleted(conversation_id, ids, None)

    # -- streaming replies -----------------------------------------------------------

    def begin_reply(
        self, conversation_id: int, parent_id: int | None, repro: Repro | None = None
    ) -> int:
        """An empty assistant message in status 'streaming', made active and committed."""
        with self._write() as conn:
            return self._insert(
                conn, conversation_id, parent_id, "assistant", "", "streaming", repro
            )

    def flush_reply(self, message_id: int, content: str, *, reasoning: str | None = None) -> None:
        """Save the partial text (and reasoning; None keeps what is stored) of a streaming
        reply (the caller does it about every 500 ms: each call is one commit)."""
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE messages SET content = ?, reasoning = coalesce(?, reasoning),"
                " updated_at = ? WHERE id = ? AND status IN ('streaming', 'interrupted')",
                (content, reasoning, self._now(), message_id),
            )
            if cursor.rowcount == 0:
                raise HistoryNotFound("This reply is no longer being written.", str(message_id))

    def finish_reply(
        self,
        message_id: int,
        content: str,
        status: FinishStatus,
        stats: GenerationStats | None = None,
        *,
        reasoning: str | None = None,
        tool_calls: Sequence[ToolCall] | None = None,
        reasoning_ms: int | None = None,
    ) -> StoredMessage:
        """The final text, status ('complete', 'stopped' or 'error') and stats, with the
        reply's reasoning (kept apart from the text), the tool calls it asked for and how
        long it thought; None keeps what an earlier flush stored."""
        if status not in FINISH_STATUSES:
            raise ValueError(f"status must be one of {FINISH_STATUSES}, not {status!r}")
        now = self._now()
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE messages SET content = ?, status = ?, stats_json = ?, updated_at = ?,"
                f" {rows.REPLY_COLUMNS_SQL}"
                " WHERE id = ? AND status IN ('streaming', 'interrupted')",
                (
                    content,
                    status,
                    rows.stats_json(stats),
                    now,
                    *rows.reply_values(reasoning, tool_calls, reasoning_ms),
                    message_id,
                ),
            )
            if cursor.rowcount == 0:
                raise HistoryNotFound("This reply is no longer being written.", str(message_id))
            message = self._get_message(conn, message_id)
            self._touch(conn, message.conversation_id, now)
            return message

    def recover(self) -> int:
        """Turn replies left 'streaming' by a writer that is gone (a crash, a kill) into
        'interrupted', text kept; how many. A reply another running Hearth is still
        writing is left alone. Called on open."""
        with self._write() as conn:
            writers = [row[0] for row in conn.execute(STREAMING_WRITERS_SQL)]
            gone = [w for w in writers if not writer_alive(w)]
            return sum(conn.execute(RECOVER_SQL, (self._now(), w)).rowcount for w in gone)

    # -- explicit writes (the history writer's: ids and ranks chosen by the caller) ----

    def next_ids(self) -> IdSource:
        """Where new conversation and message ids start: after every id ever used."""
        with self._read() as conn:
            found = {
                name: int(seq)
                for name, seq in conn.execute("SELECT name, seq FROM sqlite_sequence")
            }
            for table in ("conversations", "messages"):
                top = conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0]
                found[table] = max(found.get(table, 0), int(top or 0))
        return IdSource(found["conversations"] + 1, found["messages"] + 1)

    def conversation_tree(self, conversation_id: int) -> ConversationTree:
        """The conversation and all its messages (the trash included), in memory."""
        conversation = self.get_conversation(conversation_id)
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {MESSAGE_COLUMNS} FROM messages m WHERE m.conversation_id = ?",
                (conversation_id,),
            ).fetchall()
        return ConversationTree(conversation, (message_from_row(row) for row in rows))

    def insert_conversation(self, conversation: StoredConversation) -> None:
        """A new conversation with the id the caller chose."""
        c = conversation
        with self._write() as conn:
            rows.insert_conversation(
                conn,
                c.id,
                c.title,
                c.system_prompt,
                c.created_at,
                c.updated_at,
                c.model_name,
                c.model_path,
                c.model_sha256,
                c.imported_at,
            )

    def insert_message(self, message: StoredMessage) -> None:
        """A new message with the id and rank the caller chose (ConversationTree.add)."""
        m = message
        with self._write() as conn:
            rows.insert_message(
                conn,
                m.id,
                m.conversation_id,
                m.parent_id,
                m.rank,
                m.role,
                m.content,
                m.status,
                m.created_at,
                m.updated_at,
                m.stats,
                m.repro,
                reasoning=m.reasoning,
                tool_calls=m.tool_calls,
                reasoning_ms=m.reasoning_ms,
                tool_call_id=m.tool_call_id,
                name=m.name,
                elapsed_ms=m.elapsed_ms,
                is_error=m.is_error,
                attachments=m.attachments,
                sources=m.sources,
            )
            self._touch(conn, m.conversation_id, m.updated_at)

    def save_message(self, message: StoredMessage) -> None:
        """A message's text, status, stats, reasoning and tool calls (or tool result
        fields) as they are now (a reply being written, or ended): the whole of each every
        time, so a later save never holds less."""
        m = message
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE messages SET content = ?, status = ?, stats_json = ?, updated_at = ?,"
                " reasoning = ?, tool_calls_json = ?, reasoning_ms = ?, tool_call_id = ?,"
                " tool_name = ?, elapsed_ms = ?, is_error = ?, sources_json = ? WHERE id = ?",
                (
                    m.content,
                    m.status,
                    rows.stats_json(m.stats),
                    m.updated_at,
                    m.reasoning,
                    tool_calls_json(m.tool_calls),
                    m.reasoning_ms,
                    m.tool_call_id or None,
                    m.name or None,
                    m.elapsed_ms,
                    int(m.is_error),
                    sources_json(m.sources),
                    m.id,
                ),
            )
            if cursor.rowcount == 0:
                raise HistoryNotFound("This message no longer exists.", str(m.id))
            self._touch(conn, m.conversation_id, m.updated_at)

    def set_ranks(self, ranks: Mapping[int, int]) -> None:
        """New ranks by message id (ConversationTree.switch says which)."""
        with self._write() as conn:
            conn.executemany(
                "UPDATE messages SET active_rank = ? WHERE id = ?",
                [(rank, message_id) for message_id, rank in ranks.items()],
            )

    def set_deleted(
        self, conversation_id: int, ids: Sequence[int], deleted_at: float | None
    ) -> None:
        """Move messages to the trash (deleted_at set) or out of it (None)."""
        with self._write() as conn:
            conn.executemany(
                "UPDATE messages SET deleted_at = ? WHERE id = ?",
                [(deleted_at, message_id) for message_id in ids],
            )
            self._touch(conn, conversation_id, self._now())

    # -- search, export and import (search.py, transfer.py) ------------------------

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Titles and message texts matching every word of query (as prefixes): see
        search.py. Any input is safe: it is never parsed as FTS5 syntax."""
        with self._read() as conn:
            return search_history(conn, query, limit)

    def export_markdown(self, conversation_id: int) -> str:
        """The active path as Markdown: title, system prompt, one heading per message."""
        conversation = self.get_conversation(conversation_id)
        return markdown(conversation, self.active_path(conversation_id))

    def export_json(self, conversation_id: int) -> dict[str, Any]:
        """One conversation with its whole tree (branches, stats, repro) as a document
        import_json takes back."""
        with self._read() as conn:
            entry = transfer.export_conversation(conn, self.get_conversation(conversation_id))
        return transfer.document([entry], self._now())

    def export_all_json(self) -> dict[str, Any]:
        """Every conversation not in the trash, oldest first, as one document."""
        with self._read() as conn:
            entries = [
                transfer.export_conversation(conn, conversation)
                for conversation in transfer.live_conversations(conn)
            ]
        return transfer.document(entries, self._now())

    def import_json(self, data: object, ids: IdSource | None = None) -> list[int]:
        """Add the conversations of an export document (from export_json or
        export_all_json) as new conversations; their new ids, in order. With ids, the new
        rows take theirs from it (the window's IdSource: see ids.py).

        All or nothing: a bad document raises HistoryImportError and imports nothing.
        Replies that were still 'streaming' when exported come back 'interrupted'; the
        conversations are marked imported (imported_at: now).
        """
        conversations = transfer.validate_document(data)
        now = self._now()
        with self._write() as conn:
            return transfer.import_conversations(conn, conversations, ids, imported_at=now)

    def duplicate_conversation(
        self, conversation_id: int, title: str, ids: IdSource | None = None
    ) -> int:
        """A copy of the conversation (its whole tree: branches, stats, repro; not what is
        in the trash) named title, made now; the copy's id. With ids, the new rows take
        theirs from it. A reply still 'streaming' is copied 'interrupted'."""
        now = self._now()
        with self._write() as conn:
            return transfer.duplicate_conversation(
                conn, self.get_conversation(conversation_id), title, now, ids
            )

    # -- health ----------------------------------------------------------------------

    def quick_check(self) -> bool:
        """PRAGMA quick_check: every page of the file readable and well formed (a damaged
        table or index page says no). Reads the whole file: run it off the GUI thread."""
        try:
            rows = self._conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError:
            return False
        return [tuple(row) for row in rows] == [("ok",)]

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
