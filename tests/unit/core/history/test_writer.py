"""HistoryWriter on a real file: order, coalescing, retry under a real lock, suspend."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from desktop.core.history import ConversationStore, HistoryNotFound, StoredConversation
from desktop.core.history.writer import HistoryWriter, Write, WriterStatus


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "hearth.sqlite3"
    ConversationStore(path).close()
    return path


def conversation(i: int) -> StoredConversation:
    return StoredConversation(i, f"c{i}", "", 1.0, 1.0)


def test_writes_land_in_order(db):
    writer = HistoryWriter(db)
    for i in range(1, 21):
        writer.submit(Write(lambda s, i=i: s.insert_conversation(conversation(i)), f"c{i}"))
    assert writer.wait_idle(10)
    assert writer.close(5)
    with ConversationStore(db) as store:
        assert [c.id for c in store.list_conversations(100)] == list(range(20, 0, -1))


def test_a_locked_file_is_retried_until_it_lets_go_and_nothing_is_dropped(db):
    statuses: list[WriterStatus] = []
    failing = threading.Event()

    def seen(status: WriterStatus) -> None:
        statuses.append(status)
        if status.problem:
            failing.set()

    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another connection holds the write lock
    writer = HistoryWriter(db, on_status=seen, pauses=(0.01,), busy_timeout_ms=20)
    writer.submit(Write(lambda s: s.insert_conversation(conversation(1)), "first"))
    writer.submit(Write(lambda s: s.insert_conversation(conversation(2)), "second"))
    assert failing.wait(10)
    status = writer.status
    assert status.pending == 2 and "another program" in status.problem and status.reason == "busy"
    other.execute("COMMIT")
    other.close()
    assert writer.wait_idle(10)
    assert writer.status == WriterStatus()
    assert statuses[-1].saved and not statuses[-1].problem
    assert writer.close(5)
    with ConversationStore(db) as store:
        assert store.count_conversations() == 2


def test_a_newer_save_of_the_same_message_replaces_a_queued_one(db):
    writer = HistoryWriter(db)
    applied: list[str] = []
    gate = threading.Event()
    writer.submit(Write(lambda s: gate.wait(10), "hold the thread"))
    for text in ("a", "ab", "abc"):
        writer.submit(Write(lambda s, t=text: applied.append(t), f"save {text}", key=("m", 1)))
    writer.submit(Write(lambda s: applied.append("other"), "another message", key=("m", 2)))
    assert writer.status.pending == 3  # the hold, one save of message 1, message 2
    gate.set()
    assert writer.wait_idle(10)
    assert applied == ["abc", "other"]
    writer.close(5)


def test_a_write_that_can_never_succeed_is_dropped_and_the_rest_goes_on(db, caplog):
    writer = HistoryWriter(db)
    writer.submit(Write(lambda s: s.rename_conversation(404, "x"), "rename a gone chat"))
    writer.submit(Write(lambda s: s.insert_conversation(conversation(1)), "create"))
    assert writer.wait_idle(10)
    assert any("dropped" in r.getMessage() for r in caplog.records)
    writer.close(5)
    with ConversationStore(db) as store:
        assert store.count_conversations() == 1
        with pytest.raises(HistoryNotFound):
            store.get_conversation(404)


def test_suspend_lets_go_of_the_file_and_resume_goes_on_with_the_queue(db, tmp_path):
    writer = HistoryWriter(db)
    writer.submit(Write(lambda s: s.insert_conversation(conversation(1)), "before"))
    assert writer.wait_idle(10)
    assert writer.suspend(10)
    writer.submit(Write(lambda s: s.insert_conversation(conversation(2)), "while suspended"))
    # The file can be replaced now: the writer holds no connection to it.
    db.rename(tmp_path / "aside.sqlite3")
    ConversationStore(db).close()
    assert not writer.wait_idle(0.2)  # queued, not written
    writer.resume()
    assert writer.wait_idle(10)
    writer.close(5)
    with ConversationStore(db) as store:
        assert [c.id for c in store.list_conversations()] == [2]


def test_close_with_writes_left_says_so_and_keeps_them(db):
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    writer = HistoryWriter(db, pauses=(0.01,), busy_timeout_ms=20)
    writer.submit(Write(lambda s: s.insert_conversation(conversation(1)), "blocked"))
    assert not writer.close(0.3)
    assert [w.what for w in writer.unsaved()] == ["blocked"]
    other.execute("ROLLBACK")
    other.close()
