"""The context policy: which turns of a conversation fit the model's context window."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.core.errors import ContextOverflow
from desktop.core.types import Message


def trim_to_context(
    messages: Sequence[Message],
    count: Callable[[Sequence[Message]], int],
    n_ctx: int,
    reply_room: int,
) -> tuple[list[Message], int]:
    """Drop the oldest turns (never the system prompt, never the last message) until the
    prompt leaves reply_room tokens free. `count` maps messages to their token count.
    Returns the kept messages and how many were dropped; raises ContextOverflow when even
    the system prompt and the last message do not fit."""
    system = [m for m in messages[:1] if m.role == "system"]
    turns = list(messages[len(system) :])
    dropped = 0
    while True:
        kept = system + turns
        tokens = count(kept)
        if tokens + reply_room <= n_ctx:
            return kept, dropped
        if len(turns) <= 1:
            raise ContextOverflow(
                f"Your message is {tokens:,} tokens long with the system prompt; the model's "
                f"context holds {n_ctx:,}. Shorten it, or load the model with a larger context.",
                tokens,
                n_ctx,
            )
        # Drop whole turns: a user message and the replies that follow it.
        cut = 1
        while cut < len(turns) - 1 and turns[cut].role != "user":
            cut += 1
        turns = turns[cut:]
        dropped += cut
