"""The chat history store on a real SQLite file: trees, conversations, streaming, errors,
migrations, health and scale (search and export have their own files)."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from desktop.core.errors import HearthError
from desktop.core.history import (
    MARK_END,
    MARK_START,
    SCHEMA_VERSION,
    ConversationStore,
    HistoryError,
    HistoryNotFound,
    Repro,
    StoredMessage,
    default_path,
)
from desktop.core.history import schema as history
from desktop.core.types import Message

from .chats import REPRO, STATS, contents, reply

# -- opening -------------------------------------------------------------------------


def test_default_path_is_in_the_data_dir():
    assert default_path() == Path(os.environ["HEARTH_DATA_DIR"]) / "hearth.sqlite3"


def test_open_sets_wal_full_sync_foreign_keys_and_schema_version(store, db):
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == history.BUSY_TIMEOUT_MS
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
    assert not db.with_name("hearth.sqlite3.bak-v0").exists()  # a new file needs no backup
    assert store.integrity_check()


def test_the_store_creates_its_folder(tmp_path):
    path = tmp_path / "a" / "b" / "hearth.sqlite3"
    with ConversationStore(path) as opened:
        opened.create_conversation("x")
    assert path.is_file()


def test_the_store_refuses_other_threads(store):
    errors: list[BaseException] = []

    def use() -> None:
        try:
            store.list_conversations()
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=use)
    thread.start()
    thread.join()
    assert len(errors) == 1
    assert isinstance(errors[0], sqlite3.ProgrammingError)


# -- the message tree ----------------------------------------------------------------


def test_replies_branch_and_the_newest_is_active(store):
    conv = store.create_conversation("Tree")
    question = store.add_message(conv.id, None, "user", "question")
    first = reply(store, conv.id, question.id, "first answer")
    second = reply(store, conv.id, question.id, "second answer")

    assert contents(store.active_path(conv.id)) == ["question", "second answer"]
    assert [m.id for m in store.siblings(first.id)] == [first.id, second.id]
    assert [m.id for m in store.siblings(second.id)] == [first.id, second.id]
    assert [m.id for m in store.children(question.id)] == [first.id, second.id]
    assert store.active_path(conv.id)[0].to_message() == Message("user", "question")

    store.switch_branch(first.id)
    assert contents(store.active_path(conv.id)) == ["question", "first answer"]


def test_switching_back_continues_down_the_branch_own_active_descendants(store):
    conv = store.create_conversation()
    question = store.add_message(conv.id, None, "user", "q")
    a1 = reply(store, conv.id, question.id, "a1")
    follow = store.add_message(conv.id, a1.id, "user", "follow-up")
    deep_1 = reply(store, conv.id, follow.id, "deep 1")
    reply(store, conv.id, follow.id, "deep 2")
    store.switch_branch(deep_1.id)
    a2 = reply(store, conv.id, question.id, "a2")
    assert contents(store.active_path(conv.id)) == ["q", "a2"]

    store.switch_branch(a1.id)
    assert contents(store.active_path(conv.id)) == ["q", "a1", "follow-up", "deep 1"]
    store.switch_branch(a2.id)
    assert contents(store.active_path(conv.id)) == ["q", "a2"]


def test_switching_to_a_message_deep_in_an_old_branch_puts_it_on_the_path(store):
    conv = store.create_conversation()
    q = store.add_message(conv.id, None, "user", "q")
    old = reply(store, conv.id, q.id, "old")
    old_follow = store.add_message(conv.id, old.id, "user", "old follow-up")
    reply(store, conv.id, q.id, "new")
    assert contents(store.active_path(conv.id)) == ["q", "new"]

    store.switch_branch(old_follow.id)
    assert contents(store.active_path(conv.id)) == ["q", "old", "old follow-up"]


def test_edit_makes_a_new_active_version_and_keeps_the_old_one_with_its_replies(store):
    conv = store.create_conversation()
    q = store.add_message(conv.id, None, "user", "original question")
    a = reply(store, conv.id, q.id, "answer to original", stats=STATS, repro=REPRO)

    edited = store.edit_message(q.id, "edited question")
    assert edited.id != q.id
    assert edited.parent_id is None
    assert edited.role == "user"
    assert edited.status == "complete"
    assert contents(store.active_path(conv.id)) == ["edited question"]
    assert contents(store.siblings(q.id)) == ["original question", "edited question"]
    assert store.get_message(q.id).content == "original question"

    store.switch_branch(q.id)
    assert contents(store.active_path(conv.id)) == ["original question", "answer to original"]

    edited_answer = store.edit_message(a.id, "hand-written answer")
    assert edited_answer.parent_id == q.id
    assert edited_answer.role == "assistant"
    assert edited_answer.stats is None
    assert edited_answer.repro is None
    assert store.get_message(a.id).stats == STATS  # the old version keeps its stats


def test_delete_removes_the_subtree_and_the_previously_active_sibling_takes_over(store):
    conv = store.create_conversation()
    q = store.add_message(conv.id, None, "user", "q")
    a = reply(store, conv.id, q.id, "a")
    b = reply(store, conv.id, q.id, "b")
    c = reply(store, conv.id, q.id, "c")
    under_b = store.add_message(conv.id, b.id, "user", "under b")
    under_under_b = reply(store, conv.id, under_b.id, "under under b")
    store.switch_branch(a.id)
    store.switch_branch(b.id)  # order of activity: c, a, b

    assert store.delete_message(b.id) == 3
    for gone in (b.id, under_b.id, under_under_b.id):
        with pytest.raises(HistoryNotFound):
            store.get_message(gone)
    assert contents(store.active_path(conv.id)) == ["q", "a"]  # not c: a was active last
    assert contents(store.siblings(a.id)) == ["a", "c"]

    assert store.delete_message(c.id) == 1  # an inactive sibling: the path is unchanged
    assert contents(store.active_path(conv.id)) == ["q", "a"]
    assert store.delete_message(q.id) == 2
    assert store.active_path(conv.id) == []
    assert store.integrity_check()


def test_edit_of_the_first_message_makes_sibling_roots(store):
    conv = store.create_conversation()
    q = store.add_message(conv.id, None, "user", "v1")
    v2 = store.edit_message(q.id, "v2")
    assert [m.id for m in store.siblings(v2.id)] == [q.id, v2.id]
    store.delete_message(v2.id)
    assert contents(store.active_path(conv.id)) == ["v1"]


def test_bad_references_are_refused(store):
    one = store.create_conversation()
    other = store.create_conversation()
    q = store.add_message(one.id, None, "user", "q")
    with pytest.raises(ValueError, match="belongs to conversation"):
        store.add_message(other.id, q.id, "user", "wrong tree")
    with pytest.raises(HistoryNotFound, match="This conversation no longer exists"):
        store.add_message(999, None, "user", "x")
    with pytest.raises(HistoryNotFound, match="This message no longer exists"):
        store.add_message(one.id, 999, "user", "x")
    with pytest.raises(ValueError, match="role"):
        store.add_message(one.id, None, "robot", "x")  # type: ignore[arg-type]
    with pytest.raises(HistoryNotFound):
        store.switch_branch(999)
    with pytest.raises(HistoryNotFound):
        store.delete_message(999)
    assert contents(store.active_path(one.id)) == ["q"]
    assert store.active_path(other.id) == []


# -- conversations -------------------------------------------------------------------


def test_conversations_page_newest_first_by_update(store, clock):
    made = [store.create_conversation(f"c{i}") for i in range(25)]
    store.add_message(made[3].id, None, "user", "bump")  # c3 becomes the newest
    store.rename_conversation(made[7].id, "renamed")  # then c7
    expected = [made[7].id, made[3].id] + [
        c.id for c in reversed(made) if c.id not in (made[3].id, made[7].id)
    ]
    pages = [store.list_conversations(limit=10, offset=offset) for offset in (0, 10, 20)]
    assert [len(page) for page in pages] == [10, 10, 5]
    assert [c.id for page in pages for c in page] == expected
    assert pages[0][0].title == "renamed"
    assert store.list_conversations(limit=10, offset=30) == []
    assert store.count_conversations() == 25


def test_conversation_fields_and_updates(store):
    conv = store.create_conversation(
        "Title", "Be brief.", model_name="m", model_path="/m.gguf", model_sha256="ff" * 32
    )
    assert (conv.title, conv.system_prompt, conv.model_name, conv.model_sha256) == (
        "Title",
        "Be brief.",
        "m",
        "ff" * 32,
    )
    assert conv.deleted_at is None
    assert conv.created_at == pytest.approx(conv.updated_at)
    store.set_system_prompt(conv.id, "Be verbose.")
    store.set_conversation_model(conv.id, None, None, None)
    again = store.get_conversation(conv.id)
    assert again.system_prompt == "Be verbose."
    assert again.model_name is None
    assert again.updated_at > conv.updated_at
    with pytest.raises(HistoryNotFound):
        store.rename_conversation(999, "x")


def test_soft_delete_restore_and_purge(store, clock):
    keep = store.create_conversation("keep")
    gone = store.create_conversation("zebra talk")
    q = store.add_message(gone.id, None, "user", "zebra stripes")
    store.delete_conversation(gone.id)

    assert [c.id for c in store.list_conversations()] == [keep.id]
    assert store.count_conversations() == 1
    assert store.get_conversation(gone.id).deleted_at is not None
    assert store.search("zebra") == []

    store.restore_conversation(gone.id)
    assert [c.id for c in store.list_conversations()] == [gone.id, keep.id]
    assert len(store.search("zebra")) == 2

    store.delete_conversation(gone.id)
    clock.advance(10)
    assert store.purge_deleted(older_than_s=30) == 0
    assert store.get_conversation(gone.id).title == "zebra talk"
    clock.advance(30)
    assert store.purge_deleted(older_than_s=30) == 1
    with pytest.raises(HistoryNotFound):
        store.get_conversation(gone.id)
    with pytest.raises(HistoryNotFound):
        store.get_message(q.id)
    with pytest.raises(HistoryNotFound):
        store.restore_conversation(gone.id)
    assert [c.id for c in store.list_conversations()] == [keep.id]
    assert store.integrity_check()


# -- streaming -----------------------------------------------------------------------


def test_streaming_reply_lifecycle(store):
    conv = store.create_conversation()
    q = store.add_message(conv.id, None, "user", "tell me")
    reply_id = store.begin_reply(conv.id, q.id, repro=REPRO)
    row = store.get_message(reply_id)
    assert (row.role, row.status, row.content, row.repro) == ("assistant", "streaming", "", REPRO)
    assert contents(store.active_path(conv.id)) == ["tell me", ""]

    store.flush_reply(reply_id, "Once upon")
    store.flush_reply(reply_id, "Once upon a time")
    assert store.get_message(reply_id).content == "Once upon a time"
    assert store.search("upon") == []  # half-written text is not indexed

    done = store.finish_reply(reply_id, "Once upon a time, the end.", "complete", STATS)
    assert (done.status, done.content, done.stats, done.repro) == (
        "complete",
        "Once upon a time, the end.",
        STATS,
        REPRO,
    )
    assert [hit.message_id for hit in store.search("upon")] == [reply_id]
    with pytest.raises(HistoryNotFound, match="no longer being written"):
        store.flush_reply(reply_id, "late")
    with pytest.raises(HistoryNotFound):
        store.finish_reply(reply_id, "late", "complete")
    assert store.get_message(reply_id).content == "Once upon a time, the end."


@pytest.mark.parametrize("status", ["stopped", "error"])
def test_a_reply_can_end_stopped_or_in_error(store, status):
    conv = store.create_conversation()
    q = store.add_message(conv.id, None, "user", "q")
    message_id = store.begin_reply(conv.id, q.id)
    assert store.finish_reply(message_id, "part", status).status == status


def test_finish_refuses_other_statuses(store):
    conv = store.create_conversation()
    message_id = store.begin_reply(conv.id, None)
    with pytest.raises(ValueError, match="status"):
        store.finish_reply(message_id, "x", "interrupted")  # type: ignore[arg-type]
    assert store.get_message(message_id).status == "streaming"


def _writer_gone(db, message_id):
    """What a crash leaves: the row's writer is a process that no longer runs (the real
    thing, a killed second process, is tests/integration/core/history/test_crash.py)."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE messages SET writer = '999999999:0.00' WHERE id = ?", (message_id,))
    conn.close()


def test_a_reply_left_streaming_is_interrupted_on_reopen_with_its_text(db):
    with ConversationStore(db) as first:
        conv = first.create_conversation()
        q = first.add_message(conv.id, None, "user", "q")
        message_id = first.begin_reply(conv.id, q.id)
        first.flush_reply(message_id, "héllo wörld ✓ 🔥 half")
        assert first.recovered == 0
    _writer_gone(db, message_id)
    with ConversationStore(db) as second:
        assert second.recovered == 1
        message = second.get_message(message_id)
        assert message.status == "interrupted"
        assert message.content == "héllo wörld ✓ 🔥 half"
        assert [hit.message_id for hit in second.search("half")] == [message_id]
        assert second.recover() == 0
        assert second.integrity_check()
    with ConversationStore(db) as third:
        assert third.recovered == 0


# -- errors --------------------------------------------------------------------------


def test_disk_full_becomes_a_sentence_and_nothing_half_written(store):
    conv = store.create_conversation("full")
    q = store.add_message(conv.id, None, "user", "before")
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(HistoryError) as caught:
        store.add_message(conv.id, q.id, "user", "x" * 200_000)
    assert str(caught.value) == "Hearth could not save to its history: the disk is full."
    assert isinstance(caught.value, HearthError)
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    assert "full" in caught.value.details

    store._conn.execute("PRAGMA max_page_count = 1073741823")
    assert contents(store.active_path(conv.id)) == ["before"]
    store.add_message(conv.id, q.id, "user", "after")
    assert contents(store.active_path(conv.id)) == ["before", "after"]
    assert store.integrity_check()


def test_disk_full_during_a_flush_keeps_the_last_flushed_text(store):
    conv = store.create_conversation()
    message_id = store.begin_reply(conv.id, None)
    store.flush_reply(message_id, "kept")
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(HistoryError, match="the disk is full"):
        store.flush_reply(message_id, "kept" + "y" * 200_000)
    assert store.get_message(message_id).content == "kept"


def test_read_only_becomes_a_sentence(store):
    conv = store.create_conversation()
    store._conn.execute("PRAGMA query_only = ON")
    with pytest.raises(HistoryError) as caught:
        store.add_message(conv.id, None, "user", "x")
    assert str(caught.value) == "Hearth could not save to its history: the folder is read-only."
    with pytest.raises(HistoryError, match="read-only"):
        store.rename_conversation(conv.id, "y")
    assert store.get_conversation(conv.id).title == ""  # reads still work


def test_a_file_that_is_not_a_database_is_reported_damaged(db):
    db.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(HistoryError, match="the history file is damaged"):
        ConversationStore(db)


def test_a_newer_schema_is_refused_and_left_alone(db):
    ConversationStore(db).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(HistoryError, match="newer version of Hearth"):
        ConversationStore(db)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 99
    conn.close()


# -- migrations ----------------------------------------------------------------------


def _add_pinned(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")
    conn.execute("UPDATE conversations SET pinned = 1 WHERE title = 'pin me'")


def test_a_new_migration_backs_up_then_upgrades(db, monkeypatch):
    with ConversationStore(db) as v1:
        conv = v1.create_conversation("pin me")
        v1.add_message(conv.id, None, "user", "kept across the upgrade")
    monkeypatch.setattr(history, "MIGRATIONS", [*history.MIGRATIONS, _add_pinned])

    with ConversationStore(db) as v2:
        assert v2._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        assert v2._conn.execute("SELECT pinned FROM conversations").fetchone()[0] == 1
        assert contents(v2.active_path(conv.id)) == ["kept across the upgrade"]
        assert v2.integrity_check()

    backup = db.with_name(f"hearth.sqlite3.bak-v{SCHEMA_VERSION}")
    assert backup.is_file()
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT content FROM messages").fetchall() == [
            ("kept across the upgrade",)
        ]
        columns = [row[1] for row in conn.execute("PRAGMA table_info(conversations)")]
        assert "pinned" not in columns
    finally:
        conn.close()
    assert not backup.with_name(backup.name + ".tmp").exists()


def test_a_failing_migration_changes_nothing(db, monkeypatch):
    with ConversationStore(db) as v1:
        v1.create_conversation("pin me")

    def broken(conn: sqlite3.Connection) -> None:
        _add_pinned(conn)
        conn.execute("DELETE FROM messages")
        raise sqlite3.OperationalError("simulated failure half-way")

    monkeypatch.setattr(history, "MIGRATIONS", [*history.MIGRATIONS, broken])
    with pytest.raises(HistoryError, match="could not upgrade its history") as caught:
        ConversationStore(db)
    assert "your chats were not changed" in str(caught.value)
    monkeypatch.undo()

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = [row[1] for row in conn.execute("PRAGMA table_info(conversations)")]
        assert "pinned" not in columns
    finally:
        conn.close()
    assert db.with_name(f"hearth.sqlite3.bak-v{SCHEMA_VERSION}").is_file()
    with ConversationStore(db) as again:
        assert [c.title for c in again.list_conversations()] == ["pin me"]


def test_a_hand_made_version_0_file_is_backed_up_and_upgraded(db):
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('from before')")
    conn.commit()
    conn.close()
    with ConversationStore(db) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        store.create_conversation("works")
    backup = sqlite3.connect(db.with_name("hearth.sqlite3.bak-v0"))
    try:
        assert backup.execute("SELECT text FROM notes").fetchall() == [("from before",)]
    finally:
        backup.close()


# -- health --------------------------------------------------------------------------


def test_integrity_check_sees_a_search_index_out_of_step(store):
    conv = store.create_conversation()
    store.add_message(conv.id, None, "user", "real text")
    assert store.integrity_check()
    store._conn.execute("INSERT INTO messages_fts(rowid, content) VALUES (999, 'ghost')")
    assert not store.integrity_check()


# -- scale ---------------------------------------------------------------------------

N_CONVERSATIONS = 10_000
PER_CONVERSATION = 10


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """10,000 conversations with 100,000 messages, written with executemany."""
    path = tmp_path_factory.mktemp("big") / "hearth.sqlite3"
    ConversationStore(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO conversations (id, title, system_prompt, created_at, updated_at)"
        " VALUES (?, ?, '', ?, ?)",
        # updated_at is scrambled so the newest-first order differs from id order
        (
            (c, f"conversation {c}", float(c), float((c * 7919) % N_CONVERSATIONS))
            for c in range(1, N_CONVERSATIONS + 1)
        ),
    )
    conn.executemany(
        "INSERT INTO messages (id, conversation_id, parent_id, active_rank, role, content,"
        " status, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, 'complete', ?, ?)",
        (
            (
                (c - 1) * PER_CONVERSATION + k + 1,
                c,
                None if k == 0 else (c - 1) * PER_CONVERSATION + k,
                "user" if k % 2 == 0 else "assistant",
                f"message {k} of conversation {c}: common words and token{c}x{k}",
                float(c),
                float(c),
            )
            for c in range(1, N_CONVERSATIONS + 1)
            for k in range(PER_CONVERSATION)
        ),
    )
    conn.execute("COMMIT")
    conn.close()
    with ConversationStore(path) as store:
        yield store


def _plan(conn, sql, params):
    return " | ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_scale_pages_of_conversations(big):
    expected = sorted(
        range(1, N_CONVERSATIONS + 1),
        key=lambda c: ((c * 7919) % N_CONVERSATIONS, c),
        reverse=True,
    )
    assert big.count_conversations() == N_CONVERSATIONS
    for offset in (0, 50, 5_000, 9_990):
        page = big.list_conversations(limit=50, offset=offset)
        assert [c.id for c in page] == expected[offset : offset + 50]
    plan = _plan(big._conn, history.LIST_SQL, (50, 0))
    assert "idx_conversations_live" in plan
    assert "TEMP B-TREE" not in plan


def test_scale_search_pages(big):
    hits = big.search("token4242x7")
    assert [(h.conversation_id, h.message_id) for h in hits] == [(4242, 4241 * 10 + 8)]
    assert f"{MARK_START}token4242x7{MARK_END}" in hits[0].snippet

    page = big.search("common words", limit=20)
    assert [h.message_id for h in page] == list(range(100_000, 99_980, -1))
    title_page = big.search("conversation 99", limit=5)
    assert all(h.message_id is None for h in title_page)
    assert len(title_page) == 5

    for sql in (history.SEARCH_MESSAGES_SQL, history.SEARCH_TITLES_SQL):
        plan = _plan(big._conn, sql, ("<", ">", "…", 12, '"common"*', 20))
        assert "VIRTUAL TABLE" in plan
        assert "TEMP B-TREE" not in plan


def test_scale_paths_branches_and_recovery_use_indexes(big):
    path = big.active_path(777)
    assert [m.id for m in path] == list(range(7761, 7771))
    assert [m.role for m in path[:2]] == ["user", "assistant"]
    plan = _plan(big._conn, history.ACTIVE_PATH_SQL, (777,))
    assert "SCAN m" not in plan
    assert "SCAN r" not in plan
    assert "SCAN k" not in plan
    assert "idx_messages_streaming" in _plan(big._conn, history.RECOVER_SQL, (0.0, None))

    big.delete_conversation(9999)
    assert big.search("token9999x1") == []
    assert 9999 not in [c.id for c in big.list_conversations(limit=N_CONVERSATIONS)]
    big.restore_conversation(9999)

    new = big.add_message(777, path[-1].id, "user", "a fresh question")
    assert big.list_conversations(limit=1)[0].id == 777
    assert big.active_path(777)[-1].id == new.id


def test_stored_dataclasses_are_frozen():
    message_fields = {f.name for f in dataclasses.fields(StoredMessage)}
    assert {"parent_id", "status", "stats", "repro"} <= message_fields
    with pytest.raises(dataclasses.FrozenInstanceError):
        Repro().seed = 1  # type: ignore[misc]


def test_branch_positions_match_siblings_in_one_query(tmp_path):
    with ConversationStore(tmp_path / "positions.sqlite3") as store:
        conversation = store.create_conversation("branches")
        user = store.add_message(conversation.id, None, "user", "hi")
        first = store.add_message(conversation.id, user.id, "assistant", "one")
        second = store.add_message(conversation.id, user.id, "assistant", "two")
        store.edit_message(user.id, "hello")  # a second root: the edit is active
        store.switch_branch(user.id)
        store.switch_branch(second.id)
        path = store.active_path(conversation.id)
        assert [m.id for m in path] == [user.id, second.id]
        positions = store.branch_positions(path)
        for m in path:
            ids = [s.id for s in store.siblings(m.id)]
            assert positions[m.id] == (ids.index(m.id), len(ids))
        assert positions[second.id] == (1, 2) and positions[user.id] == (0, 2)
        assert first.id not in positions
        assert store.branch_positions([]) == {}


def test_a_version_1_history_upgrades_to_soft_deletes_and_writers_keeping_everything(db):
    """The history of the previous release (schema 1) opens in this one, chats intact."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN")
    history.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO conversations (id, title, created_at, updated_at) VALUES (1, 'old', 1, 1)"
    )
    conn.execute(
        "INSERT INTO messages (id, conversation_id, parent_id, role, content, status,"
        " created_at, updated_at) VALUES (1, 1, NULL, 'user', 'q', 'complete', 1, 1),"
        " (2, 1, 1, 'assistant', 'half', 'streaming', 1, 1)"
    )
    conn.execute("COMMIT")
    conn.close()
    with ConversationStore(db) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        path = store.active_path(1)
        assert [(m.content, m.status) for m in path] == [("q", "complete"), ("half", "interrupted")]
        assert store.recovered == 1  # a streaming row with no writer: its writer is gone
        assert store.integrity_check()
    assert db.with_name("hearth.sqlite3.bak-v1").is_file()


def test_a_version_2_history_upgrades_to_the_imported_mark_keeping_everything(db):
    """The history of the release before the imported mark (schema 2) opens in this one:
    nothing it holds reads as imported."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN")
    history.MIGRATIONS[0](conn)
    history.MIGRATIONS[1](conn)
    conn.execute("PRAGMA user_version = 2")
    conn.execute(
        "INSERT INTO conversations (id, title, created_at, updated_at) VALUES (1, 'old', 1, 1)"
    )
    conn.execute(
        "INSERT INTO messages (id, conversation_id, parent_id, role, content, status,"
        " created_at, updated_at) VALUES (1, 1, NULL, 'user', 'q', 'complete', 1, 1)"
    )
    conn.execute("COMMIT")
    conn.close()
    with ConversationStore(db) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        (old,) = store.list_conversations()
        assert (old.title, old.imported_at) == ("old", None)
        assert contents(store.active_path(1)) == ["q"]
        assert store.integrity_check()
    assert db.with_name("hearth.sqlite3.bak-v2").is_file()
