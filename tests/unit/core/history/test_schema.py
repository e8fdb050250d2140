"""The schema 3 -> 4 upgrade (tool results, reasoning and tool calls beside a reply) on a real
history written by schema 3's own migrations: every row, id, index and search hit survives."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.core.history import SCHEMA_VERSION, ConversationStore, HistoryError
from desktop.core.history import schema as history
from desktop.core.types import ToolCall

V3_COLUMNS = (
    "id, conversation_id, parent_id, active_rank, role, content, status, created_at,"
    " updated_at, stats_json, repro_json, deleted_at, writer"
)
LONG = 600  # messages in the long conversation


def _write_v3(path) -> None:
    """A schema 3 history, as the previous release left it: a branchy conversation with a
    message in the trash and a reply left streaming, a long one, and a purged message whose
    id must never come back."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for migration in history.MIGRATIONS[:3]:
        migration(conn)
    conn.execute("PRAGMA user_version = 3")
    conn.executemany(
        "INSERT INTO conversations (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)",
        [(1, "branches", 1.0, 5.0), (2, "long", 2.0, 9.0)],
    )
    rows = [
        # id, conversation, parent, rank, role, content, status, deleted_at
        (1, 1, None, 1, "user", "why is the sky blue", "complete", None),
        (2, 1, 1, 1, "assistant", "rayleigh scattering", "complete", None),
        (3, 1, 1, 2, "assistant", "because of the air", "stopped", None),
        (4, 1, 3, 1, "user", "thrown away", "complete", 4.0),
        (5, 1, 3, 2, "user", "and sunsets", "complete", None),
        (6, 1, 5, 1, "assistant", "half a rep", "streaming", None),
    ]
    conn.executemany(
        "INSERT INTO messages (id, conversation_id, parent_id, active_rank, role, content,"
        " status, created_at, updated_at, stats_json, repro_json, deleted_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 1.0, 1.0, '{\"odd\":1}', NULL, ?)",
        rows,
    )
    conn.executemany(
        "INSERT INTO messages (id, conversation_id, parent_id, active_rank, role, content,"
        " status, created_at, updated_at) VALUES (?, 2, ?, 1, ?, ?, 'complete', ?, ?)",
        [
            (
                100 + k,
                None if k == 0 else 99 + k,
                "user" if k % 2 == 0 else "assistant",
                f"turn {k} of the long chat word{k}",
                float(k),
                float(k),
            )
            for k in range(LONG)
        ],
    )
    conn.execute("UPDATE messages SET writer = 'gone:1' WHERE id = 6")
    # A purged message: the highest id ever used is above every id left.
    conn.execute(
        "INSERT INTO messages (id, conversation_id, role, content, status, created_at,"
        " updated_at) VALUES (5000, 2, 'user', 'purged', 'complete', 1, 1)"
    )
    conn.execute("DELETE FROM messages WHERE id = 5000")
    conn.execute("COMMIT")
    conn.close()


def _dump(path) -> tuple[list[tuple[object, ...]], list[str], int]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(f"SELECT {V3_COLUMNS} FROM messages ORDER BY id").fetchall()
        indexes = sorted(
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages'"
                " AND sql IS NOT NULL"
            )
        )
        seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'messages'").fetchone()
        return rows, indexes, seq[0]
    finally:
        conn.close()


def test_a_version_3_history_upgrades_to_tool_turns_keeping_every_row(tmp_path):
    db = tmp_path / "hearth.sqlite3"
    _write_v3(db)
    rows_before, indexes_before, seq_before = _dump(db)
    assert len(rows_before) == 6 + LONG and seq_before == 5000

    with ConversationStore(db, recover=False) as store:
        conn = store._conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        assert store.integrity_check()
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # Branches, the trash and the streaming reply read as before.
        assert [m.content for m in store.active_path(1)] == [
            "why is the sky blue",
            "because of the air",
            "and sunsets",
            "half a rep",
        ]
        assert [m.id for m in store.siblings(2)] == [2, 3]
        path = store.active_path(2)
        assert (
            len(path) == LONG
            and path[-1].content == f"turn {LONG - 1} of the long chat word{LONG - 1}"
        )
        assert all(m.reasoning == "" and m.tool_calls == () for m in path)
        # The search index was rebuilt over the copied rows (the streaming one left out).
        assert [h.message_id for h in store.search("word321")] == [100 + 321]
        assert [h.message_id for h in store.search("rayleigh")] == [2]
        assert store.search("half") == []
        # The next id is after the purged one, never a reused id.
        assert store.next_ids().message() == 5001
        # New rows of the new kinds go in, and foreign keys still hold.
        tool = store.add_message(1, 6, "tool", "12:00", tool_call_id="c1", name="time")
        assert tool.id == 5001 and tool.role == "tool"
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO messages (conversation_id, role, content, status, created_at,"
                " updated_at) VALUES (999, 'user', 'orphan', 'complete', 1, 1)"
            )
        with pytest.raises(sqlite3.IntegrityError):  # the role CHECK still refuses others
            conn.execute(
                "INSERT INTO messages (conversation_id, role, content, status, created_at,"
                " updated_at) VALUES (1, 'robot', 'x', 'complete', 1, 1)"
            )
        conn.execute("DELETE FROM conversations WHERE id = 2")  # ON DELETE CASCADE kept
        assert (
            conn.execute("SELECT count(*) FROM messages WHERE conversation_id = 2").fetchone()[0]
            == 0
        )

    backup = _dump(db.with_name("hearth.sqlite3.bak-v3"))
    assert backup == (rows_before, indexes_before, seq_before)  # the backup is the old file
    upgraded = tmp_path / "again.sqlite3"
    _write_v3(upgraded)
    ConversationStore(upgraded, recover=False).close()
    rows_upgraded, indexes_upgraded, seq_upgraded = _dump(upgraded)
    assert rows_upgraded == rows_before  # every value of every row, exactly
    assert indexes_upgraded == indexes_before
    assert seq_upgraded == 5000


def test_search_finds_words_of_a_thought_as_well_as_of_an_answer(store):
    conv = store.create_conversation()
    q = store.add_message(conv.id, None, "user", "a question")
    reply_id = store.begin_reply(conv.id, q.id)
    store.flush_reply(reply_id, "partial", reasoning="considering photosynthesis")
    assert store.search("photosynthesis") == []  # a streaming reply is not indexed
    store.finish_reply(
        reply_id,
        "the answer",
        "complete",
        tool_calls=(ToolCall("c1", "lookup", {"q": "x"}),),
    )
    (hit,) = store.search("photosynthesis")
    assert hit.message_id == reply_id and "photosynthesis" in hit.snippet
    assert [h.message_id for h in store.search("answer")] == [reply_id]
    assert store.integrity_check()


def test_an_upgrade_that_fails_half_way_leaves_the_version_3_file_whole(tmp_path, monkeypatch):
    db = tmp_path / "hearth.sqlite3"
    _write_v3(db)
    before = _dump(db)
    # Fails after the table was rebuilt and renamed: all of it must roll back.
    monkeypatch.setattr(history, "_FTS_V4", (*history._FTS_V4, "SELECT broken FROM nowhere"))
    with pytest.raises(HistoryError, match="your chats were not changed"):
        ConversationStore(db, recover=False)
    assert _dump(db) == before
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
        columns = [row[1] for row in conn.execute("PRAGMA table_info(messages)")]
        assert "reasoning" not in columns and "writer" in columns
        conn.execute("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        conn.close()
    monkeypatch.undo()
    with ConversationStore(db, recover=False) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [h.message_id for h in store.search("rayleigh")] == [2]
