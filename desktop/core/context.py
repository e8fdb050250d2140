"""The context policy: which turns of a conversation fit the model's context window."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.core.errors import ContextOverflow
from desktop.core.sentence import Sentence
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.core.types import Message

MIN_REPLY_ROOM = 64  # tokens always left free for the reply when trimming


def reply_room(max_tokens: int, n_ctx: int) -> int:
    """Tokens the trimmed prompt leaves free for the reply: the reply's limit, but at most a
    quarter of the context (a long limit must not cost most of the conversation) and at
    least MIN_REPLY_ROOM."""
    return max(MIN_REPLY_ROOM, min(max_tokens, n_ctx // 4))


OVERFLOW = QT_TRANSLATE_NOOP(
    "core",
    "Your message is {tokens:,} tokens long with the system prompt; the model's context "
    "holds {n_ctx:,}. Shorten it, or load the model with a larger context.",
)


def trimmed_sentence(n_ctx: int, dropped_messages: int) -> str:
    """The notice shown when trimming left messages out (window and command line)."""
    # The window says it with a plural of its own (services.inference.Trimmed.sentence).
    return (
        f"The conversation is longer than the model's context ({n_ctx:,} tokens): the "
        f"oldest {dropped_messages} messages were left out of this reply. The system "
        "prompt was kept."
    )


def overflow_sentence(tokens: int, n_ctx: int) -> str:
    """Even the system prompt and the last message do not fit."""
    return Sentence(OVERFLOW, tokens=tokens, n_ctx=n_ctx)


def turn_starts(messages: Sequence[Message]) -> tuple[int, list[int]]:
    """How many leading messages are the system prompt (0 or 1), and the indexes where a
    cut may start the kept part: every user message after the first turn, and the last
    message (which is always kept). Ascending; each cut keeps messages[cut:]."""
    head = 1 if messages and messages[0].role == "system" else 0
    last = len(messages) - 1
    cuts = [i for i in range(head + 1, last) if messages[i].role == "user"]
    if last > head:
        cuts.append(last)
    return head, cuts


def trim_to_context(
    messages: Sequence[Message],
    count: Callable[[Sequence[Message]], int],
    n_ctx: int,
    reply_room: int,
) -> tuple[list[Message], int, int]:
    """Drop the oldest turns (never the system prompt, never the last message) until the
    prompt leaves reply_room tokens free. `count` maps messages to their token count.

    Whole turns are dropped: a user message and the replies that follow it. The cut is
    found by binary search over the turn boundaries (a prompt's length grows with what it
    keeps), so `count` runs O(log turns) times, not once per dropped turn.
    Returns the kept messages, how many were dropped, and the kept prompt's token count;
    raises ContextOverflow when even the system prompt and the last message do not fit."""
    head, cuts = turn_starts(messages)
    system = list(messages[:head])
    limit = n_ctx - reply_room
    known: dict[int, int] = {}

    def tokens_from(cut: int) -> int:
        if cut not in known:
            known[cut] = count(system + list(messages[cut:]))
        return known[cut]

    if tokens_from(head) <= limit:
        return list(messages), 0, known[head]
    if not cuts or tokens_from(cuts[-1]) > limit:
        tokens = tokens_from(cuts[-1]) if cuts else known[head]
        raise ContextOverflow(overflow_sentence(tokens, n_ctx), tokens, n_ctx)
    # The first cut that fits: cuts[hi] fits, everything before cuts[lo] does not.
    lo, hi = 0, len(cuts) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens_from(cuts[mid]) <= limit:
            hi = mid
        else:
            lo = mid + 1
    cut = cuts[hi]
    return system + list(messages[cut:]), cut - head, known[cut]
