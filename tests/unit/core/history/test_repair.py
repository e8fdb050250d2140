"""Repairing a damaged history: real damage to a real file, what survives, what is kept."""

from __future__ import annotations

import sqlite3

import pytest
from history_damage import CONVERSATIONS, TURNS, damage, sha256, write_history
from mounts import remount_readonly, tmpfs

from desktop.core.history import ConversationStore, HistoryError
from desktop.core.history.repair import repair
from desktop.core.types import ToolCall

ALL = CONVERSATIONS * TURNS * 2


def every_path(store: ConversationStore) -> list[list[str]]:
    return [
        [m.content[:6] for m in store.active_path(c.id)]
        for c in store.list_conversations(limit=100)
    ]


def test_a_damaged_table_page_loses_only_its_rows_and_the_file_is_kept_untouched(tmp_path):
    db = tmp_path / "hearth.sqlite3"
    write_history(db)
    damage(db, "messages")
    with ConversationStore(db, recover=False) as store, pytest.raises(HistoryError) as caught:
        every_path(store)  # the damage is real: reading every chat fails
    assert caught.value.reason == "damaged"
    before = sha256(db)

    report = repair(db)

    assert report.damaged_copy.name.startswith("hearth.sqlite3.damaged-")
    assert sha256(report.damaged_copy) == before  # kept exactly as it was
    assert report.conversations == CONVERSATIONS
    assert report.unreadable >= 1
    assert ALL - 40 < report.messages < ALL  # one leaf page holds a handful of rows
    with ConversationStore(db) as repaired:
        assert repaired.integrity_check()
        paths = every_path(repaired)
        assert len(paths) == CONVERSATIONS
        assert sum(len(p) for p in paths) == report.messages  # nothing unreachable
        assert repaired.search("consectetur")  # the search index was rebuilt
        assert "repaired" in report.sentence and str(report.damaged_copy) in report.sentence


def test_a_damaged_index_page_loses_nothing(tmp_path):
    db = tmp_path / "hearth.sqlite3"
    write_history(db)
    damage(db, "idx_messages_conversation", which="first")
    with ConversationStore(db, recover=False) as store:
        assert not store.quick_check()

    report = repair(db)

    assert (report.conversations, report.messages, report.unreadable) == (CONVERSATIONS, ALL, 0)
    with ConversationStore(db) as repaired:
        assert repaired.quick_check() and repaired.integrity_check()
        assert sum(len(p) for p in every_path(repaired)) == ALL


def test_a_file_that_is_not_a_database_any_more_is_set_aside_for_an_empty_one(tmp_path):
    db = tmp_path / "hearth.sqlite3"
    write_history(db)
    with db.open("r+b") as f:
        f.write(b"\0" * 4096)  # the header page: nothing can be read
    with pytest.raises(HistoryError) as caught:
        ConversationStore(db)
    assert caught.value.reason == "damaged"
    before = sha256(db)

    report = repair(db)

    assert (report.conversations, report.messages) == (0, 0)
    assert sha256(report.damaged_copy) == before
    with ConversationStore(db) as fresh:
        assert fresh.count_conversations() == 0


def test_a_repair_that_cannot_write_leaves_the_damaged_file_where_it_was(tmp_path):
    with tmpfs(tmp_path / "disk") as disk:
        db = disk / "hearth.sqlite3"
        write_history(db)
        damage(db, "messages")
        before = sha256(db)
        remount_readonly(disk)
        try:
            with pytest.raises((OSError, HistoryError, sqlite3.Error)):
                repair(db)
        finally:
            remount_readonly(disk, False)
        assert sha256(db) == before
        assert sorted(p.name for p in disk.iterdir()) == ["hearth.sqlite3"]


def test_a_repair_keeps_the_imported_mark(tmp_path):
    db = tmp_path / "hearth.sqlite3"
    with ConversationStore(db) as store:
        made = store.create_conversation("made here")
        (imported,) = store.import_json(store.export_json(made.id))
        mark = store.get_conversation(imported).imported_at
    assert mark is not None
    repair(db)
    with ConversationStore(db) as repaired:
        assert repaired.get_conversation(imported).imported_at == mark
        assert repaired.get_conversation(made.id).imported_at is None


def test_a_repair_keeps_reasoning_tool_calls_and_tool_results(tmp_path):
    db = tmp_path / "hearth.sqlite3"
    call = ToolCall("call_1", "get_time", {"tz": "UTC"})
    with ConversationStore(db) as store:
        conv = store.create_conversation("tools")
        q = store.add_message(conv.id, None, "user", "time?")
        ask = store.add_message(
            conv.id, q.id, "assistant", "", reasoning="think", tool_calls=(call,), reasoning_ms=9
        )
        store.add_message(
            conv.id,
            ask.id,
            "tool",
            "noon",
            tool_call_id="call_1",
            name="get_time",
            elapsed_ms=3,
            is_error=True,
        )
        before = store.active_path(conv.id)
    report = repair(db)
    assert (report.messages, report.unreadable) == (3, 0)
    with ConversationStore(db) as repaired:
        assert repaired.active_path(conv.id) == before
        assert repaired.search("think")[0].message_id == ask.id  # reasoning indexed again
