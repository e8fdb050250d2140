"""The history's SQLite schema, its migrations and the queries that must stay O(page)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Final

BUSY_TIMEOUT_MS: Final = 5000

# Search snippets mark matches with these control characters; the UI escapes the text and
# then turns them into highlight markup.
MARK_START: Final = "\x02"
MARK_END: Final = "\x03"
ELLIPSIS: Final = "…"
SNIPPET_TOKENS: Final = 12
_MAX_QUERY_TERMS: Final = 32


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
def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    # Deleting a message moves it and its replies to the trash (Undo), as for conversations.
    conn.execute("ALTER TABLE messages ADD COLUMN deleted_at REAL")
    conn.execute(
        "CREATE INDEX idx_messages_deleted ON messages(deleted_at) WHERE deleted_at IS NOT NULL"
    )
    # Who is writing a streaming reply ("pid:start time"): start-up recovery marks only the
    # replies of a writer that is gone as interrupted, never another live instance's.
    conn.execute("ALTER TABLE messages ADD COLUMN writer TEXT")


def _migrate_2_to_3(conn: sqlite3.Connection) -> None:
    # When a conversation came in from an export file (NULL: it was made here), so the
    # sidebar can mark it as imported.
    conn.execute("ALTER TABLE conversations ADD COLUMN imported_at REAL")


# Schema 4: tool results (role 'tool') and, beside a reply's answer, its reasoning, its tool
# calls and its thinking time. A CHECK cannot be altered, so the table is rebuilt the way
# SQLite documents it (new table, copy, drop, rename); its indexes are re-created from
# their own SQL, and search indexes the reasoning as a second column.
_MESSAGES_V4: Final = """
    CREATE TABLE messages_v4 (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        parent_id       INTEGER REFERENCES messages(id),
        active_rank     INTEGER NOT NULL DEFAULT 0,
        role            TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant', 'tool')),
        content         TEXT NOT NULL,
        status          TEXT NOT NULL CHECK (status IN
                            ('complete', 'streaming', 'stopped', 'error', 'interrupted')),
        created_at      REAL NOT NULL,
        updated_at      REAL NOT NULL,
        stats_json      TEXT,
        repro_json      TEXT,
        deleted_at      REAL,
        writer          TEXT,
        reasoning       TEXT NOT NULL DEFAULT '',
        tool_calls_json TEXT,
        reasoning_ms    INTEGER,
        tool_call_id    TEXT,
        tool_name       TEXT,
        elapsed_ms      INTEGER,
        is_error        INTEGER NOT NULL DEFAULT 0 CHECK (is_error IN (0, 1))
    )
"""
_V3_MESSAGE_COLUMNS: Final = (
    "id, conversation_id, parent_id, active_rank, role, content, status, created_at,"
    " updated_at, stats_json, repro_json, deleted_at, writer"
)
_FTS_V4: Final = (
    "CREATE VIEW messages_indexed AS"
    " SELECT id, content, reasoning FROM messages WHERE status != 'streaming'",
    """
    CREATE VIRTUAL TABLE messages_fts USING fts5(
        content, reasoning, content='messages_indexed', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages
    WHEN new.status != 'streaming' BEGIN
        INSERT INTO messages_fts(rowid, content, reasoning)
            VALUES (new.id, new.content, new.reasoning);
    END
    """,
    """
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages
    WHEN old.status != 'streaming' BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content, reasoning)
            VALUES ('delete', old.id, old.content, old.reasoning);
    END
    """,
    """
    CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, reasoning, status ON messages
    BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content, reasoning)
            SELECT 'delete', old.id, old.content, old.reasoning WHERE old.status != 'streaming';
        INSERT INTO messages_fts(rowid, content, reasoning)
            SELECT new.id, new.content, new.reasoning WHERE new.status != 'streaming';
    END
    """,
)


def _migrate_3_to_4(conn: sqlite3.Connection) -> None:
    # The search index, its view and triggers name the old table: they go first (a rename
    # refuses a schema whose views point at a missing table) and come back in v4's shape.
    for trigger in ("messages_fts_insert", "messages_fts_delete", "messages_fts_update"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.execute("DROP VIEW IF EXISTS messages_indexed")
    conn.execute("DROP TABLE IF EXISTS messages_fts")
    indexes = [
        row[0]
        for row in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages'"
            " AND sql IS NOT NULL"
        )
    ]
    # AUTOINCREMENT's high-water mark: ids of purged messages are never given again.
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'messages'").fetchone()
    conn.execute(_MESSAGES_V4)
    conn.execute(
        f"INSERT INTO messages_v4 ({_V3_MESSAGE_COLUMNS})"
        f" SELECT {_V3_MESSAGE_COLUMNS} FROM messages"
    )
    conn.execute("DROP TABLE messages")
    conn.execute("ALTER TABLE messages_v4 RENAME TO messages")
    if seq is not None:
        kept = conn.execute(
            "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'messages'", seq
        ).rowcount
        if not kept:  # no row copied: the new table has no mark yet
            conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('messages', ?)", seq)
    for sql in indexes:
        conn.execute(sql)
    for statement in _FTS_V4:
        conn.execute(statement)
    conn.execute("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')")


def _migrate_4_to_5(conn: sqlite3.Connection) -> None:
    # Schema 5: the files attached to a message (content-addressed copies in the data
    # folder: the row names the copy by sha256, so a moved original does not matter), and
    # beside a reply the passages it drew on (its Sources, as JSON).
    conn.execute(
        """
        CREATE TABLE message_attachments (
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            ordinal    INTEGER NOT NULL,
            sha256     TEXT NOT NULL,
            name       TEXT NOT NULL,
            size       INTEGER NOT NULL,
            kind       TEXT NOT NULL CHECK (kind IN ('document', 'image')),
            PRIMARY KEY (message_id, ordinal)
        ) WITHOUT ROWID
        """
    )
    # Which messages hold a copy: a copy no message names any more may be removed.
    conn.execute("CREATE INDEX idx_attachments_sha256 ON message_attachments(sha256)")
    conn.execute("ALTER TABLE messages ADD COLUMN sources_json TEXT")


MIGRATIONS: list[Migration] = [
    _migrate_0_to_1,
    _migrate_1_to_2,
    _migrate_2_to_3,
    _migrate_3_to_4,
    _migrate_4_to_5,
]
SCHEMA_VERSION: Final = len(MIGRATIONS)


# ---------------------------------------------------------------------------------------
# Queries that must stay O(page): tests check their plans.
# ---------------------------------------------------------------------------------------

MESSAGE_COLUMNS: Final = (
    "m.id, m.conversation_id, m.parent_id, m.role, m.content, m.status,"
    " m.created_at, m.updated_at, m.stats_json, m.repro_json, m.active_rank,"
    " m.deleted_at, m.reasoning, m.tool_calls_json, m.reasoning_ms, m.tool_call_id,"
    " m.tool_name, m.elapsed_ms, m.is_error, m.sources_json,"
    # A message's attachments ride along as one JSON array (codec.attachments_from_json),
    # so every read of a message has them with no second query; the primary key makes
    # it one index lookup per message.
    " (SELECT json_group_array(json_array(a.ordinal, a.sha256, a.name, a.size, a.kind))"
    " FROM message_attachments a WHERE a.message_id = m.id)"
)
CONVERSATION_COLUMNS: Final = (
    "c.id, c.title, c.system_prompt, c.created_at, c.updated_at, c.deleted_at,"
    " c.model_name, c.model_path, c.model_sha256, c.imported_at"
)

LIST_SQL: Final = f"""
    SELECT {CONVERSATION_COLUMNS} FROM conversations c
    WHERE c.deleted_at IS NULL
    ORDER BY c.updated_at DESC, c.id DESC
    LIMIT ? OFFSET ?
"""

ACTIVE_PATH_SQL: Final = f"""
    WITH RECURSIVE path(id, depth) AS (
        SELECT (SELECT r.id FROM messages r
                WHERE r.conversation_id = ? AND r.parent_id IS NULL AND r.deleted_at IS NULL
                ORDER BY r.active_rank DESC, r.id DESC LIMIT 1), 0
        UNION ALL
        SELECT (SELECT k.id FROM messages k WHERE k.parent_id = path.id AND k.deleted_at IS NULL
                ORDER BY k.active_rank DESC, k.id DESC LIMIT 1), path.depth + 1
        FROM path WHERE path.id IS NOT NULL
    )
    SELECT {MESSAGE_COLUMNS} FROM path JOIN messages m ON m.id = path.id
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
    SELECT m.conversation_id, m.id, c.title, snippet(messages_fts, -1, ?, ?, ?, ?)
    FROM messages_fts
    JOIN messages m ON m.id = messages_fts.rowid
    JOIN conversations c ON c.id = m.conversation_id
    WHERE messages_fts MATCH ? AND c.deleted_at IS NULL AND m.deleted_at IS NULL
    ORDER BY messages_fts.rowid DESC
    LIMIT ?
"""

STREAMING_WRITERS_SQL: Final = "SELECT DISTINCT writer FROM messages WHERE status = 'streaming'"

RECOVER_SQL: Final = (
    "UPDATE messages SET status = 'interrupted', updated_at = ?"
    " WHERE status = 'streaming' AND writer IS ?"
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
