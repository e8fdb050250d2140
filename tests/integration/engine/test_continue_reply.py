"""Continue: a reply cut short is written on from its own text, in the same reply."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.types import LoadParams, Message, SamplingParams, StopReason
from desktop.engine.client import EngineClient

pytestmark = pytest.mark.integration

GREEDY = SamplingParams(temperature=0.0, max_tokens=120, repeat_penalty=1.0)
QUESTION = [
    Message("system", "You are a helpful assistant."),
    Message("user", "Name the three primary colors."),  # ~50 tokens, then end of turn
]


@pytest.fixture(scope="module")
def starter_engine(starter: Path) -> Iterator[EngineClient]:
    client = EngineClient()
    client.start()
    client.load(LoadParams(str(starter), n_ctx=2048))
    yield client
    client.shutdown()


def test_a_continued_reply_is_the_reply_that_was_never_stopped(starter_engine):
    whole = starter_engine.chat(QUESTION, GREEDY)
    full = whole.wait()
    assert full.stop_reason is StopReason.END_OF_TURN
    text = whole.text
    cut = text.rfind(" ", 0, len(text) // 2)  # cut before a word: the rest starts with " "
    partial = text[:cut]

    for room in (0, 256):  # as sent directly, and through the context policy
        reply = starter_engine.chat(
            [*QUESTION, Message("assistant", partial)],
            GREEDY,
            reply_room=room,
            continue_reply=True,
        )
        stats = reply.wait()
        # Greedy: the continuation is exactly what the uninterrupted reply said after the
        # cut, its leading space kept, and it ends where that reply ended.
        assert reply.text.startswith(" ")
        assert partial + reply.text == text
        assert stats.stop_reason is StopReason.END_OF_TURN
        assert reply.trimmed is None
        # The prompt is the question's prompt and the partial reply's own tokens, with no
        # end of turn between them: the tokens add up to the uninterrupted reply's, and all
        # but the last come from the context the first reply left (the same tokens).
        assert stats.prompt_tokens + stats.generated_tokens == (
            full.prompt_tokens + full.generated_tokens
        )
        assert stats.cached_tokens == stats.prompt_tokens - 1


def test_a_reply_that_was_all_but_done_may_end_at_once(starter_engine):
    whole = starter_engine.chat(QUESTION, GREEDY)
    whole.wait()
    reply = starter_engine.chat(
        [*QUESTION, Message("assistant", whole.text)], GREEDY, continue_reply=True
    )
    stats = reply.wait()
    # A new reply may never begin with end of turn; a continued one may.
    assert stats.stop_reason is StopReason.END_OF_TURN
    assert reply.text == "" and stats.generated_tokens == 1


def test_without_the_flag_an_assistant_message_is_a_finished_turn(starter_engine):
    partial = "The three primary colors"
    open_ended = starter_engine.chat(
        [*QUESTION, Message("assistant", partial)], GREEDY, continue_reply=True
    )
    open_ended.wait()
    closed = starter_engine.chat([*QUESTION, Message("assistant", partial)], GREEDY)
    closed.wait()
    assert open_ended.stats is not None and closed.stats is not None
    # The closed turn adds its end of turn and a new assistant prompt.
    assert closed.stats.prompt_tokens > open_ended.stats.prompt_tokens


def conversation(turns: int) -> list[Message]:
    out = [Message("system", "You are terse.")]
    for i in range(turns):
        out += [Message("user", f"hello world {i} " * 3), Message("assistant", "the ice " * 4)]
    return [*out, Message("user", "last")]


def test_the_context_policy_keeps_the_reply_being_continued(engine, tiny_model):
    engine.load(LoadParams(str(tiny_model), n_ctx=256))
    messages = conversation(12)
    partial = Message("assistant", "the ice and the snow " * 3)
    reply = engine.chat(
        [*messages, partial],
        SamplingParams(temperature=0.0, max_tokens=4, repeat_penalty=1.0),
        reply_room=100,
        continue_reply=True,
    )
    tokens = reply.wait_prompt_started()
    trimmed = reply.trimmed
    assert trimmed is not None and trimmed.prompt_tokens == tokens and tokens + 100 <= 256
    reply.wait()
    kept = [messages[0], *messages[1 + trimmed.dropped_messages :]]
    assert kept[-1] == Message("user", "last")  # the question the reply answers is kept
    # The kept turns up to the reply's prompt, and the partial reply's text after them.
    assert tokens > engine.count(kept)
    # A turn fewer would not have fit.
    longer = [messages[0], *messages[trimmed.dropped_messages - 1 :]]
    assert engine.count(longer) + (tokens - engine.count(kept)) + 100 > 256
