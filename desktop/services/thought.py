"""A reply's thought as it streams: its text, what is not announced yet, and its clock."""

from __future__ import annotations

import time
from collections.abc import Callable


class Thought:
    """The reasoning of the reply being written (ChatSession keeps one per reply).

    The clock runs from the first piece of thought to the first piece of the answer (or
    the reply's end); a Continue starts from the stored thought and its duration.
    """

    def __init__(
        self, text: str = "", ms: int | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._parts = [text] if text else []
        self._pending: list[str] = []
        self._clock = clock
        self._started: float | None = None
        self.ms = ms
        self.thinking = False

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def add(self, text: str) -> None:
        if not self.thinking:
            self.thinking = True
            self._started = self._clock() - (self.ms or 0) / 1000
        self._parts.append(text)
        self._pending.append(text)

    def elapsed_ms(self) -> int:
        """How long it has thought (the final figure once it ended)."""
        if self.thinking and self._started is not None:
            return int((self._clock() - self._started) * 1000)
        return self.ms or 0

    def end(self) -> int | None:
        """The thought ended (its answer began, or the reply ended): its duration in ms;
        None when it was not thinking."""
        if not self.thinking:
            return None
        self.ms = self.elapsed_ms()
        self.thinking = False
        return self.ms

    def take(self) -> str:
        """What arrived since the last take (the throttle's window)."""
        text = "".join(self._pending)
        self._pending = []
        return text
