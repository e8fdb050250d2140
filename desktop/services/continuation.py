"""Continue: which reply may be written on, what the engine is sent, stops at the join, stats."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from desktop.core.history import StoredMessage, engine_turns
from desktop.core.history.tree import ConversationTree
from desktop.core.types import GenerationStats, Message, StopReason

# A reply cut short: stopped by the person, or left when the app closed while it was written.
CONTINUABLE = frozenset({"stopped", "interrupted"})


def can_continue(message: StoredMessage) -> bool:
    """Whether a message is a reply that was cut short (its status says so)."""
    return message.role == "assistant" and message.status in CONTINUABLE


def continuable(tree: ConversationTree, message_id: int) -> bool:
    """Whether message_id is a reply cut short at the end of the branch shown: only the
    last message may be written on (a later turn was written after it as it stands)."""
    path = tree.active_path()
    return bool(path) and path[-1].id == message_id and can_continue(path[-1])


def continue_messages(system_prompt: str, path: list[StoredMessage]) -> list[Message]:
    """What the engine is sent to write on from the last message of path: the system prompt,
    the turns before it (empty ones left out, as for a new reply) and the reply's text so far
    as the last message, even when empty (then the reply starts afresh in its place)."""
    out = engine_turns(system_prompt, path[:-1])
    out.append(Message("assistant", path[-1].content))
    return out


def _decode_s(stats: GenerationStats) -> float:
    """Seconds spent writing tokens after the first (how tokens_per_s was measured)."""
    if stats.tokens_per_s <= 0 or stats.generated_tokens <= 1:
        return 0.0
    return (stats.generated_tokens - 1) / stats.tokens_per_s


def combined_stats(
    before: GenerationStats | None, after: GenerationStats | None
) -> GenerationStats | None:
    """One reply's stats over its parts: the first part's prompt, first token and seed; the
    tokens and times summed; the speed over both parts' writing time; the last part's
    reason for ending. None for a part that has no stats (e.g. it failed)."""
    if before is None or after is None:
        return after if before is None else before
    decode_s = _decode_s(before) + _decode_s(after)
    written = max(before.generated_tokens - 1, 0) + max(after.generated_tokens - 1, 0)
    return replace(
        after,
        prompt_tokens=before.prompt_tokens,
        cached_tokens=before.cached_tokens,
        prompt_tokens_per_s=before.prompt_tokens_per_s,
        generated_tokens=before.generated_tokens + after.generated_tokens,
        ttft_ms=before.ttft_ms,
        tokens_per_s=written / decode_s if decode_s > 0 else 0.0,
        total_ms=before.total_ms + after.total_ms,
        seed=before.seed,
    )


def closed_stats(before: GenerationStats | None, pieces: int) -> GenerationStats | None:
    """A continued reply ended with no stats of its own (the app closed while it was
    written): its earlier stats with the tokens written since counted in (at least one per
    piece received: the exact count went with the engine), ended by the person; so a later
    Continue's total, and the context in use, do not leave them out."""
    if before is None:
        return None
    return replace(
        before,
        generated_tokens=before.generated_tokens + pieces,
        stop_reason=StopReason.USER,
    )


class JoinStops:
    """Catches a stop string that begins in a continued reply's earlier text and ends in
    what is written on: the engine checks only the text it writes, and a reply stopped by
    the person may end in a stop string's beginning (held back text is shown at a stop).

    The new text is held back while such a stop may still complete; once one does, the
    reply ends where it begins (`cut`: how many characters of the earlier text go)."""

    def __init__(self, before: str, stops: Sequence[str]) -> None:
        # A stop of one character cannot span the join.
        self._stops = [s for s in stops if len(s) > 1]
        longest = max((len(s) for s in self._stops), default=1)
        # Where a stop that spans the join can begin: the earlier text's last characters.
        self._tail = before[max(len(before) - (longest - 1), 0) :]
        self._new = ""  # held back while a stop may still span the join
        self._open = bool(self._stops and self._tail)
        self.cut: int | None = None  # a stop spanned the join: the earlier text's chars it took

    def feed(self, text: str) -> str:
        """The new text that may be shown now ("" while held, and once a stop was caught)."""
        if self.cut is not None:
            return ""
        if not self._open:
            return text
        self._new += text
        joined, join = self._tail + self._new, len(self._tail)
        maybe = False
        for start in range(join):  # earliest first: the reply ends at the first stop
            rest = joined[start:]
            for stop in self._stops:
                if start + len(stop) <= join:
                    continue  # all in the earlier text: it was not a stop when written
                if rest.startswith(stop):
                    self.cut, self._new = join - start, ""
                    return ""
                maybe = maybe or stop.startswith(rest)
        if maybe:
            return ""
        return self.flush()

    def flush(self) -> str:
        """The new text held back (the reply ended before a stop could complete); no stop
        spans the join from now on."""
        out, self._new, self._open = self._new, "", False
        return out
