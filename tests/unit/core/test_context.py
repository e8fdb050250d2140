"""The context policy: oldest turns go first, the system prompt and last message stay."""

from __future__ import annotations

import pytest

from desktop.core.context import trim_to_context
from desktop.core.errors import ContextOverflow
from desktop.core.types import Message


def words(messages) -> int:
    return sum(len(m.content.split()) + 2 for m in messages)


def convo(turns: int) -> list[Message]:
    out = [Message("system", "be kind")]
    for i in range(turns):
        out += [Message("user", f"question {i} " * 5), Message("assistant", f"answer {i} " * 5)]
    return [*out, Message("user", "last question")]


def test_fitting_conversation_is_untouched():
    messages = convo(2)
    kept, dropped, tokens = trim_to_context(messages, words, n_ctx=1000, reply_room=100)
    assert kept == messages and dropped == 0 and tokens == words(messages)


def test_oldest_turns_dropped_first_keeping_system_and_last():
    messages = convo(5)
    kept, dropped, tokens = trim_to_context(messages, words, n_ctx=60, reply_room=10)
    assert kept[0] == messages[0]
    assert kept[-1] == messages[-1]
    assert dropped > 0 and dropped % 2 == 0  # whole turns: a question and its answer
    assert kept[1:] == messages[1 + dropped :]
    assert tokens == words(kept) and tokens + 10 <= 60
    # The fewest drops: one more turn kept would not fit.
    assert words([messages[0], *messages[dropped - 1 :]]) + 10 > 60


def test_no_system_prompt_still_keeps_the_last_message():
    messages = convo(5)[1:]
    kept, _, _ = trim_to_context(messages, words, n_ctx=40, reply_room=10)
    assert kept[-1] == messages[-1] and kept[0].role == "user"


def test_last_message_alone_too_long_is_a_sentence():
    messages = [Message("system", "s"), Message("user", "word " * 500)]
    with pytest.raises(ContextOverflow) as caught:
        trim_to_context(messages, words, n_ctx=100, reply_room=10)
    assert "context holds 100" in caught.value.user_message
    assert caught.value.prompt_tokens > 100


def test_the_cut_costs_a_logarithmic_number_of_counts():
    messages = convo(200)
    calls: list[int] = []

    def counting(kept) -> int:
        calls.append(len(kept))
        return words(kept)

    kept, dropped, _ = trim_to_context(messages, counting, n_ctx=100, reply_room=10)
    assert dropped == len(messages) - len(kept) and dropped > 300
    assert len(calls) <= 12  # log2(201 cuts) + the full prompt + the last message alone


def test_turns_of_several_replies_are_dropped_whole():
    messages = [
        Message("system", "s"),
        Message("user", "one " * 20),
        Message("assistant", "a " * 20),
        Message("assistant", "b " * 20),
        Message("user", "two"),
        Message("assistant", "c"),
        Message("user", "last"),
    ]
    kept, dropped, _ = trim_to_context(messages, words, n_ctx=40, reply_room=5)
    assert dropped == 3 and kept == [messages[0], *messages[4:]]


def test_trimmed_sentence_names_the_context_and_the_count():
    from desktop.core.context import reply_room, trimmed_sentence

    assert trimmed_sentence(2048, 4) == (
        "The conversation is longer than the model's context (2,048 tokens): the oldest 4 "
        "messages were left out of this reply. The system prompt was kept."
    )
    assert reply_room(1024, 512) == 128 and reply_room(10, 512) == 64
