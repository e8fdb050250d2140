"""A scripted Backend: replays what the real engine said on the starter model.

tests/data/chat_events.json was recorded once from the real engine (tests/record_chat_events.py):
the loaded ModelInfo and, per scenario, the prompt length, the text pieces as they arrived
and how the reply ended. ScriptedBackend plays the scenarios queued in `script`, one per
chat(), through the same Backend protocol EngineSession drives the local engine with.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop.core.errors import ContextOverflow, EngineCrashed, EngineError
from desktop.core.types import (
    GenerationStats,
    LoadParams,
    Message,
    ModelInfo,
    SamplingParams,
    StopReason,
)
from desktop.engine.backend import BackendInfo, Trimmed

EVENTS = Path(__file__).parent / "data" / "chat_events.json"
WAIT_S = 30.0  # a held reply gives up after this (a test that forgot to release it)


def recorded() -> dict[str, Any]:
    return json.loads(EVENTS.read_text(encoding="utf-8"))


def stats_from(data: dict[str, Any], **changes: Any) -> GenerationStats:
    stats = GenerationStats(**{**data, "stop_reason": StopReason(data["stop_reason"])})
    return replace(stats, **changes)


@dataclass
class Scenario:
    """One recorded reply: its prompt, its pieces, and its end (stats or an error)."""

    prompt_tokens: int | None
    pieces: list[str]
    stats: GenerationStats | None = None
    error: dict[str, Any] | None = None

    @classmethod
    def named(cls, name: str, repeat: int = 1) -> Scenario:
        data = recorded()[name]
        stats = stats_from(data["stats"]) if "stats" in data else None
        if stats is not None and repeat > 1:
            stats = replace(stats, generated_tokens=stats.generated_tokens * repeat)
        return cls(data["prompt_tokens"], data["pieces"] * repeat, stats, data.get("error"))

    def raise_error(self, step: str, backend: ScriptedBackend) -> None:
        error = self.error
        if error is None or error["raised_from"] != step:
            return
        if error["kind"] == "ContextOverflow":
            raise ContextOverflow(error["message"], error["prompt_tokens"], error["n_ctx"])
        if error["kind"] == "EngineCrashed":
            backend.alive = False  # the engine process is gone
            raise EngineCrashed(error["message"], error["exit_reason"])
        raise EngineError(error["message"])


@dataclass
class ScriptedBackend:
    """The Backend protocol over recorded events. `hold`: when set, each reply waits after
    `hold_after` pieces until the test sets `release` (a stop is seen at once)."""

    script: list[Scenario] = field(default_factory=list)
    alive: bool = False
    pid: int | None = None
    starts: int = 0
    loads: list[LoadParams] = field(default_factory=list)
    chats: list[tuple[tuple[Message, ...], SamplingParams]] = field(default_factory=list)
    conversations: list[str] = field(default_factory=list)  # each chat's conversation id
    hold_after: int | None = None
    release: threading.Event = field(default_factory=threading.Event)
    held: threading.Event = field(default_factory=threading.Event)
    stopped: threading.Event = field(default_factory=threading.Event)
    _info: BackendInfo | None = None

    def start(self) -> BackendInfo:
        data = recorded()["info"]
        self.alive, self.starts = True, self.starts + 1
        self._info = BackendInfo(data["system_info"], (), data["gpu_offload"], "scripted")
        return self._info

    def info(self) -> BackendInfo | None:
        return self._info

    def load(self, params: LoadParams) -> ModelInfo:
        self.loads.append(params)
        data = recorded()["model"]
        return ModelInfo(**{**data, "path": params.path, "n_ctx": params.n_ctx})

    def unload(self) -> None:
        pass

    def chat(
        self,
        messages: Sequence[Message],
        sampling: SamplingParams,
        reply_room: int = 0,
        continue_reply: bool = False,
        conversation: str = "",
    ) -> ScriptedReply:
        self.chats.append((tuple(messages), sampling))
        self.conversations.append(conversation)  # whose state the engine would save
        self.stopped.clear()
        scenario = self.script.pop(0) if self.script else Scenario.named("complete")
        scenario.raise_error("chat", self)
        return ScriptedReply(self, scenario)

    def count(self, messages: Sequence[Message]) -> int:
        return sum(len(m.content.split()) for m in messages)

    def stop(self) -> None:
        self.stopped.set()
        self.release.set()

    def abort(self) -> None:
        self.alive = False
        self.release.set()

    def close(self) -> None:
        self.alive = False
        self.release.set()


class ScriptedReply:
    """One recorded reply, replayed; a stop ends it as the engine does (stopped_by_user)."""

    def __init__(self, backend: ScriptedBackend, scenario: Scenario) -> None:
        self._backend = backend
        self._scenario = scenario
        self.parts: list[str] = []
        self._stats: GenerationStats | None = None

    def wait_prompt_started(self) -> int:
        self._scenario.raise_error("wait_prompt_started", self._backend)
        return self._scenario.prompt_tokens or 0

    def __iter__(self) -> Iterator[str]:
        b, s = self._backend, self._scenario
        for number, piece in enumerate(s.pieces):
            if b.stopped.is_set():
                break
            if b.hold_after is not None and number == b.hold_after:
                b.held.set()
                b.release.wait(WAIT_S)
                if b.stopped.is_set():
                    break
            self.parts.append(piece)
            yield piece
        s.raise_error("iteration", b)
        assert s.stats is not None
        if b.stopped.is_set():
            self._stats = replace(
                s.stats, stop_reason=StopReason.USER, generated_tokens=len(self.parts)
            )
        else:
            self._stats = s.stats

    @property
    def stats(self) -> GenerationStats | None:
        return self._stats

    @property
    def trimmed(self) -> Trimmed | None:
        return None

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def stop(self) -> None:
        self._backend.stop()
