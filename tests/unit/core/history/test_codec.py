"""Reading stored values leniently: what a newer Hearth wrote never keeps a chat closed."""

from __future__ import annotations

import dataclasses

from history_damage import set_stats_json

from desktop.core.history import ConversationStore
from desktop.core.history.codec import stats_to_dict
from desktop.core.types import GenerationStats, StopReason

STATS = GenerationStats(10, 5, 12.0, 30.0, 200.0, 180.0, StopReason.END_OF_TURN, 7, "chatml")


def stored_reply(store: ConversationStore) -> int:
    conversation = store.create_conversation("c")
    user = store.add_message(conversation.id, None, "user", "q")
    reply = store.begin_reply(conversation.id, user.id)
    store.finish_reply(reply, "a", "complete", STATS)
    return reply


def test_an_unknown_stop_reason_reads_as_unknown_and_keeps_the_rest(tmp_path):
    db = tmp_path / "h.sqlite3"
    with ConversationStore(db) as store:
        reply = stored_reply(store)
    newer = {**stats_to_dict(STATS), "stop_reason": "tool_call_2030", "new_field": [1, 2]}
    set_stats_json(db, reply, newer)
    with ConversationStore(db) as store:
        stats = store.get_message(reply).stats
    assert stats == dataclasses.replace(STATS, stop_reason=StopReason.UNKNOWN)


def test_stats_that_cannot_be_read_are_left_out_and_the_message_stays(tmp_path, caplog):
    db = tmp_path / "h.sqlite3"
    with ConversationStore(db) as store:
        reply = stored_reply(store)
    set_stats_json(db, reply, {"prompt_tokens": "many"})
    with ConversationStore(db) as store:
        message = store.get_message(reply)
        path = store.active_path(message.conversation_id)
    assert message.stats is None and message.content == "a"
    assert [m.content for m in path] == ["q", "a"]
    assert any("left out" in r.getMessage() for r in caplog.records)
