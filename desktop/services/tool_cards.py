"""Tool calls as the transcript shows them: one card per call, from forming to its result."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

from desktop.core.types import ToolCall

# forming: the model is writing the call; called: written, nothing ran it (yet); asking: the
# person is asked whether it may run; running; done; error (a malformed call or a failed
# tool); denied: the person said no.
CardState = Literal["forming", "called", "asking", "running", "done", "error", "denied"]
Decision = Literal["once", "always", "deny"]
DECISIONS: tuple[Decision, ...] = ("once", "always", "deny")


@dataclass(frozen=True, slots=True)
class ToolCard:
    """One tool call: the tool, its arguments as text, where it stands, and its result."""

    call_id: str
    name: str
    arguments: str = ""
    state: CardState = "forming"
    server: str = ""  # the MCP server that has the tool ('' when not known)
    result: str = ""
    elapsed_ms: int | None = None
    error: str = ""

    @property
    def failed(self) -> bool:
        return self.state == "error"


def arguments_text(arguments: object, raw: str) -> str:
    """A call's arguments for reading: compact JSON of the parsed value, else as written."""
    if arguments is None:
        return raw
    try:
        return json.dumps(arguments, ensure_ascii=False)
    except (TypeError, ValueError):
        return raw


@dataclass(frozen=True, slots=True)
class ToolResult:
    """What a stored tool message says of the call it answers."""

    content: str
    elapsed_ms: int | None = None
    is_error: bool = False


def cards_from(
    calls: tuple[ToolCall, ...], results: Mapping[str, ToolResult] | None = None
) -> tuple[ToolCard, ...]:
    """The cards of stored calls (a reply read back from the history), with the results
    of the tool messages that answer them (by call id)."""
    cards = []
    for call in calls:
        card = ToolCard(
            call.id,
            call.name,
            arguments_text(call.arguments, call.raw),
            "error" if call.error else "called",
            error=call.error,
        )
        result = (results or {}).get(call.id)
        if result is not None and not call.error:
            failed = result.is_error
            card = replace(
                card,
                state="error" if failed else "done",
                result="" if failed else result.content,
                error=result.content if failed else "",
                elapsed_ms=result.elapsed_ms,
            )
        cards.append(card)
    return tuple(cards)


class ToolCards:
    """The cards of one reply, changed by index (while the model writes the calls) or by
    call id (as they are approved and run). Each change returns whether anything changed."""

    def __init__(self, cards: tuple[ToolCard, ...] = (), calls: tuple[ToolCall, ...] = ()) -> None:
        self.cards = cards
        self.calls = calls  # the calls as the model finished them (what is stored)
        self._by_index: dict[int, int] = {}  # the parser's call index -> card position

    @classmethod
    def of(cls, calls: tuple[ToolCall, ...]) -> ToolCards:
        """The cards of stored calls."""
        return cls(cards_from(calls), calls)

    def start(self, index: int, name: str, call_id: str) -> bool:
        self._by_index[index] = len(self.cards)
        self.cards = (*self.cards, ToolCard(call_id, name))
        return True

    def append_arguments(self, index: int, text: str) -> bool:
        at = self._by_index.get(index)
        if at is None or not text:
            return False
        card = self.cards[at]
        return self._put(at, replace(card, arguments=card.arguments + text))

    def end(self, index: int, call: ToolCall) -> bool:
        self.calls = (*self.calls, call)
        at = self._by_index.get(index)
        card = ToolCard(
            call.id,
            call.name,
            arguments_text(call.arguments, call.raw),
            "error" if call.error else "called",
            error=call.error,
        )
        if at is None:
            self._by_index[index] = len(self.cards)
            self.cards = (*self.cards, card)
            return True
        return self._put(at, card)

    def update(self, call_id: str, **changes: object) -> bool:
        """Change the card of call_id (state, server, result, elapsed_ms, error)."""
        for at, card in enumerate(self.cards):
            if card.call_id == call_id:
                return self._put(at, replace(card, **changes))  # type: ignore[arg-type]
        return False

    def get(self, call_id: str) -> ToolCard | None:
        return next((c for c in self.cards if c.call_id == call_id), None)

    def _put(self, at: int, card: ToolCard) -> bool:
        if self.cards[at] == card:
            return False
        self.cards = (*self.cards[:at], card, *self.cards[at + 1 :])
        return True
