"""What a message record holds beyond its text, through a real SQLite file: a reply's
reasoning kept apart from its answer, its tool calls and thinking time, and tool results."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from desktop.core.history import ConversationStore, StoredConversation, StoredMessage
from desktop.core.history.writer import HistoryWriter, Write
from desktop.core.types import Message, ToolCall

CALLS = (
    ToolCall("call_1", "get_time", {"timezone": "Europe/Paris", "nested": {"n": [1, 2.5]}}),
    ToolCall("call_2", "search", None, raw="{not json", error="Expecting property name"),
)


def test_a_tool_result_is_stored_with_its_call_name_time_and_error(store):
    conv = store.create_conversation()
    q = store.add_message(conv.id, None, "user", "what time is it in Paris?")
    ask = store.add_message(conv.id, q.id, "assistant", "", tool_calls=CALLS[:1])
    ok = store.add_message(
        conv.id,
        ask.id,
        "tool",
        '{"time": "12:00"}',
        tool_call_id="call_1",
        name="get_time",
        elapsed_ms=37,
    )
    failed = store.add_message(
        conv.id,
        ok.id,
        "tool",
        "the server did not answer",
        tool_call_id="call_2",
        name="search",
        elapsed_ms=5000,
        is_error=True,
    )

    path = store.active_path(conv.id)
    assert [m.role for m in path] == ["user", "assistant", "tool", "tool"]
    assert (path[2].tool_call_id, path[2].name, path[2].elapsed_ms, path[2].is_error) == (
        "call_1",
        "get_time",
        37,
        False,
    )
    assert (path[3].tool_call_id, path[3].is_error, path[3].elapsed_ms) == ("call_2", True, 5000)
    assert path[1].tool_calls == CALLS[:1]
    assert path[2].to_message() == Message(
        "tool", '{"time": "12:00"}', tool_call_id="call_1", name="get_time"
    )
    assert failed.as_message() == failed.to_message()
    # An edited tool result still answers its call.
    edited = store.edit_message(ok.id, '{"time": "12:01"}')
    assert (edited.role, edited.tool_call_id, edited.name) == ("tool", "call_1", "get_time")


def test_a_replys_reasoning_is_stored_apart_from_its_answer(store):
    conv = store.create_conversation()
    q = store.add_message(conv.id, None, "user", "2+2?")
    reply_id = store.begin_reply(conv.id, q.id)
    store.flush_reply(reply_id, "", reasoning="The user asks for a sum")
    assert store.get_message(reply_id).reasoning == "The user asks for a sum"
    store.flush_reply(reply_id, "4")  # a caller that knows no reasoning keeps what is stored
    assert store.get_message(reply_id).reasoning == "The user asks for a sum"

    done = store.finish_reply(
        reply_id,
        "4",
        "complete",
        reasoning="The user asks for a sum. 2+2 is 4.",
        tool_calls=CALLS,
        reasoning_ms=1234,
    )
    assert done.content == "4"  # the answer alone: no thought inside it
    assert done.reasoning == "The user asks for a sum. 2+2 is 4."
    assert (done.reasoning_ms, done.tool_calls) == (1234, CALLS)
    assert done.to_message() == Message(
        "assistant", "4", reasoning="The user asks for a sum. 2+2 is 4.", tool_calls=CALLS
    )
    column = store._conn.execute("SELECT content FROM messages WHERE id = ?", (reply_id,))
    assert column.fetchone() == ("4",)
    # The same in a fresh read of the file, branch siblings and the tree included.
    tree = store.conversation_tree(conv.id)
    assert tree.get(reply_id).reasoning == done.reasoning
    assert tree.get(reply_id).tool_calls == CALLS
    # Old callers (no keywords) still work and leave nothing behind.
    plain = store.begin_reply(conv.id, q.id)
    assert store.finish_reply(plain, "four", "stopped").reasoning == ""


def test_the_window_writer_path_keeps_every_field(db):
    """ConversationTree -> HistoryWriter -> insert_message / save_message, as the window
    stores a reply: each save holds the whole reply."""
    ConversationStore(db).close()
    conversation = StoredConversation(1, "c", "", 1.0, 1.0)
    user = StoredMessage(1, 1, None, "user", "hi", "complete", 1.0, 1.0, rank=1)
    streaming = StoredMessage(2, 1, 1, "assistant", "", "streaming", 2.0, 2.0, rank=1)
    ended = dataclasses.replace(
        streaming,
        content="hello",
        status="complete",
        updated_at=3.0,
        reasoning="greet back",
        reasoning_ms=80,
        tool_calls=CALLS,
    )
    result = StoredMessage(
        3,
        1,
        2,
        "tool",
        "ok",
        "complete",
        4.0,
        4.0,
        rank=1,
        tool_call_id="call_1",
        name="get_time",
        elapsed_ms=9,
        is_error=True,
    )
    writer = HistoryWriter(db)
    try:
        writer.submit(Write(lambda s: s.insert_conversation(conversation), "conversation"))
        for message in (user, streaming):
            writer.submit(Write(lambda s, m=message: s.insert_message(m), f"add {message.id}"))
        writer.submit(Write(lambda s: s.save_message(ended), "save 2", key=("message", 2)))
        writer.submit(Write(lambda s: s.insert_message(result), "add 3"))
        assert writer.wait_idle(10)
    finally:
        assert writer.close(5)
    with ConversationStore(db) as store:
        assert store.active_path(1) == [user, ended, result]


def test_tool_calls_this_version_cannot_read_are_left_out_not_fatal(store):
    conv = store.create_conversation()
    q = store.add_message(conv.id, None, "user", "q")
    a = store.add_message(conv.id, q.id, "assistant", "a", tool_calls=CALLS)
    store._conn.execute(
        "UPDATE messages SET tool_calls_json = '[{\"id\": 3}]' WHERE id = ?", (a.id,)
    )
    (_, read) = store.active_path(conv.id)
    assert (read.content, read.tool_calls) == ("a", ())


def test_the_file_refuses_an_unknown_role_and_a_bad_error_flag(store):
    conv = store.create_conversation()
    for role, is_error in (("robot", 0), ("tool", 2)):
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            store._conn.execute(
                "INSERT INTO messages (conversation_id, role, content, status, created_at,"
                " updated_at, is_error) VALUES (?, ?, 'x', 'complete', 1, 1, ?)",
                (conv.id, role, is_error),
            )
