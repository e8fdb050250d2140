"""Schema 5 (a message's attachments, a reply's sources): the upgrade from a real schema 4
file, the round trip through the store, the JSON export and import, and the Markdown."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from desktop.core.documents.types import Source
from desktop.core.history import (
    SCHEMA_VERSION,
    Attachment,
    ConversationStore,
    HistoryImportError,
)
from desktop.core.history import schema as history

DOC = Attachment("a" * 64, "notes.md", 2048, "document")
PIC = Attachment("b" * 64, "cat.png", 512, "image")
SOURCES = (
    Source("notes.md", "Installation", "Run the installer twice.", sha256="a" * 64, score=0.5),
    Source("manual.pdf", "page 3", "Page three says hello.", path="/docs/manual.pdf"),
)


def _write_v4(path) -> None:
    """A schema 4 history as the previous release left it: a question, a reply with a
    thought, and a purged message whose id must not come back."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for migration in history.MIGRATIONS[:4]:
        migration(conn)
    conn.execute("PRAGMA user_version = 4")
    conn.execute(
        "INSERT INTO conversations (id, title, created_at, updated_at) VALUES (1, 'old', 1, 2)"
    )
    conn.executemany(
        "INSERT INTO messages (id, conversation_id, parent_id, active_rank, role, content,"
        " status, created_at, updated_at, reasoning)"
        " VALUES (?, 1, ?, 1, ?, ?, 'complete', 1, 1, ?)",
        [(1, None, "user", "why is the sky blue", ""), (2, 1, "assistant", "rayleigh", "hmm")],
    )
    conn.execute("UPDATE sqlite_sequence SET seq = 40 WHERE name = 'messages'")
    conn.execute("COMMIT")
    conn.close()


def test_a_version_4_history_upgrades_keeping_its_rows_and_takes_attachments(tmp_path):
    db = tmp_path / "hearth.sqlite3"
    _write_v4(db)
    with ConversationStore(db) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        old = store.active_path(1)
        assert [(m.id, m.content, m.reasoning) for m in old] == [
            (1, "why is the sky blue", ""),
            (2, "rayleigh", "hmm"),
        ]
        assert all(m.attachments == () and m.sources == () for m in old)
        asked = store.add_message(1, 2, "user", "and this file?", attachments=[DOC, PIC])
        assert asked.id == 41  # after every id ever used
        assert store.get_message(asked.id).attachments == (DOC, PIC)
        assert [h.message_id for h in store.search("rayleigh")] == [2]
        assert store.integrity_check()
    assert db.with_name("hearth.sqlite3.bak-v4").is_file()


def test_attachments_and_sources_come_back_from_every_read(store):
    conversation = store.create_conversation("docs")
    asked = store.add_message(conversation.id, None, "user", "summarise", attachments=[DOC, PIC])
    reply_id = store.begin_reply(conversation.id, asked.id)
    reply = dataclasses.replace(
        store.get_message(reply_id), content="done", status="complete", sources=SOURCES
    )
    store.save_message(reply)
    path = store.active_path(conversation.id)
    assert [m.attachments for m in path] == [(DOC, PIC), ()]
    assert [m.sources for m in path] == [(), SOURCES]
    tree = store.conversation_tree(conversation.id)
    assert tree.get(asked.id).attachments == (DOC, PIC)
    assert tree.get(reply_id).sources == SOURCES
    # A message with its own chosen id (the history writer's insert) keeps them too.
    chosen = dataclasses.replace(
        tree.get(asked.id), id=store.next_ids().message(), attachments=(PIC,), rank=5
    )
    store.insert_message(chosen)
    assert store.get_message(chosen.id).attachments == (PIC,)
    # Purging a message takes its attachment rows with it (the copies are the store's).
    store.delete_message(asked.id)
    store.purge_deleted(-1)
    left = store._conn.execute("SELECT count(*) FROM message_attachments").fetchone()[0]
    assert left == 1  # the chosen-id copy, not deleted


def test_export_says_what_was_attached_and_import_reads_it_back(store):
    conversation = store.create_conversation("docs")
    asked = store.add_message(conversation.id, None, "user", "summarise", attachments=[DOC, PIC])
    store.add_message(conversation.id, asked.id, "assistant", "it says hello", sources=SOURCES)

    text = store.export_markdown(conversation.id)
    assert "**Attached:**" in text
    assert "- notes.md (document, 2.0 KB" in text and "- cat.png (image, 512 B" in text
    assert "**Sources:**" in text
    assert "- notes.md — Installation" in text and "- manual.pdf — page 3" in text

    exported = store.export_json(conversation.id)
    user, reply = exported["conversations"][0]["messages"]
    assert user["attachments"][0] == {
        "sha256": "a" * 64,
        "name": "notes.md",
        "size": 2048,
        "kind": "document",
    }
    assert reply["sources"][1]["locator"] == "page 3"
    (new_id,) = store.import_json(exported)
    path = store.active_path(new_id)
    assert [m.attachments for m in path] == [(DOC, PIC), ()]
    assert path[1].sources == SOURCES
    copy = store.duplicate_conversation(new_id, "copy")
    assert store.active_path(copy)[0].attachments == (DOC, PIC)


def test_an_export_with_a_bad_attachment_is_refused_whole(store):
    conversation = store.create_conversation("docs")
    store.add_message(conversation.id, None, "user", "hi", attachments=[DOC])
    exported = store.export_json(conversation.id)
    exported["conversations"][0]["messages"][0]["attachments"][0]["kind"] = "movie"
    before = store.count_conversations()
    with pytest.raises(HistoryImportError) as refused:
        store.import_json(exported)
    assert "attachment.kind" in refused.value.user_message
    assert store.count_conversations() == before


def test_a_damaged_sources_value_leaves_the_message_readable(store):
    conversation = store.create_conversation("docs")
    reply = store.add_message(conversation.id, None, "assistant", "hello", sources=SOURCES)
    store._conn.execute("UPDATE messages SET sources_json = '{bad' WHERE id = ?", (reply.id,))
    read = store.get_message(reply.id)
    assert (read.content, read.sources) == ("hello", ())
