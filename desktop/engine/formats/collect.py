"""One reply's parts as they stream: the answer, the thought and the tool calls, kept apart."""

from __future__ import annotations

import time
from collections.abc import Iterable

from desktop.core.types import ToolCall
from desktop.engine.formats.parser import (
    ContentDelta,
    Event,
    ReasoningDelta,
    StreamParser,
    ToolCallEnd,
)


class ReplyParts:
    """Turns a reply's raw text (through the model format's parser, when it has one) or a
    remote server's ready-made events into events, and keeps what they add up to."""

    def __init__(self, parser: StreamParser | None = None) -> None:
        self.parser = parser
        self._raw: list[str] = []
        self._content: list[str] = []
        self._reasoning: list[str] = []
        self._calls: list[ToolCall] = []
        self._thought_from: float | None = None
        self._thought_to: float | None = None

    @property
    def text(self) -> str:
        """The answer so far (content only)."""
        return "".join(self._content)

    @property
    def raw(self) -> str:
        """The text as the model wrote it, markers and all (what was fed)."""
        return "".join(self._raw)

    @property
    def reasoning(self) -> str:
        return "".join(self._reasoning)

    @property
    def tool_calls(self) -> tuple[ToolCall, ...]:
        return tuple(self._calls)

    @property
    def thought_s(self) -> float | None:
        """How long the model thought: from its first reasoning to the first thing after it
        (None when it did not think)."""
        if self._thought_from is None:
            return None
        return (self._thought_to or time.perf_counter()) - self._thought_from

    def feed(self, text: str) -> list[Event]:
        """Events for a piece of the raw reply text."""
        self._raw.append(text)
        if self.parser is None:
            events: list[Event] = [ContentDelta(text)] if text else []
        else:
            events = self.parser.feed(text)
        return self.add(events)

    def finish(self) -> list[Event]:
        """Events for what the parser still held (a marker's start, a cut-off call)."""
        return self.add(self.parser.finish()) if self.parser is not None else []

    def add(self, events: Iterable[Event]) -> list[Event]:
        """Record events (the parser's, or a remote server's); return them as a list."""
        out = list(events)
        for e in out:
            if isinstance(e, ReasoningDelta):
                if self._thought_from is None:
                    self._thought_from = time.perf_counter()
                self._reasoning.append(e.text)
                continue
            if self._thought_from is not None and self._thought_to is None:
                self._thought_to = time.perf_counter()
            if isinstance(e, ContentDelta):
                self._content.append(e.text)
            elif isinstance(e, ToolCallEnd):
                self._calls.append(ToolCall(e.id, e.name, e.arguments, e.raw, e.error))
        return out
