"""A scripted Backend whose replies are real model outputs run through the real reply parser.

tests/data/chat_formats/outputs.json holds recorded outputs of real models (a Qwen3 reply
that thinks in <think>, tool calls in each model's own format). FormatBackend replays one as
ScriptedBackend replays the starter's events, cut in token-sized pieces, and its reply's
events() come from desktop.engine.formats (detect on the model's real chat template, then
make_parser), as the engine's own reply gives them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from scripted_backend import Scenario, ScriptedBackend, ScriptedReply, recorded, stats_from

from desktop.core.types import LoadParams, Message, ModelInfo, SamplingParams, ToolCall
from desktop.engine.formats import (
    ChatFormat,
    ContentDelta,
    Event,
    ReasoningDelta,
    ToolCallEnd,
    detect,
    make_parser,
)

FORMATS = Path(__file__).parent / "data" / "chat_formats"
_TOKEN = re.compile(r"<[^<>]{1,24}>|\s*[^\s<]{1,5}|\s+|<")


def outputs() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((FORMATS / "outputs.json").read_text("utf-8"))
    return data


def output(template: str, has: str = "") -> dict[str, Any]:
    """The first recorded output for template whose text contains has."""
    return next(o for o in outputs() if o["template"] == template and has in o["text"])


def chat_format(template: str) -> ChatFormat:
    """The format the real template uses (the engine detects it the same way)."""
    return detect((FORMATS / f"{template}.jinja").read_text(encoding="utf-8"))


def pieces_of(text: str) -> list[str]:
    """Token-sized pieces, a marker such as <think> whole (it is one token in these models)."""
    pieces = _TOKEN.findall(text)
    assert "".join(pieces) == text
    return pieces


@dataclass
class RawScenario(Scenario):
    """A reply given as the model's raw text (markers included), parsed as it streams."""

    fmt: ChatFormat = field(default_factory=ChatFormat)

    @classmethod
    def of(cls, text: str, template: str = "Qwen-Qwen3-0.6B") -> RawScenario:
        pieces = pieces_of(text)
        stats = stats_from(recorded()["complete"]["stats"], generated_tokens=len(pieces))
        return cls(
            recorded()["complete"]["prompt_tokens"], pieces, stats, fmt=chat_format(template)
        )


class ParsedReply(ScriptedReply):
    """A scripted reply whose events are the real parser's (reasoning, answer, tool calls)."""

    def __init__(self, backend: ScriptedBackend, scenario: RawScenario) -> None:
        super().__init__(backend, scenario)
        self._fmt = scenario.fmt
        self.reasoning = ""
        self.tool_calls: tuple[ToolCall, ...] = ()
        self.content = ""

    def events(self) -> Iterator[Event]:
        parser = make_parser(self._fmt)
        for piece in self:
            yield from self._seen(parser.feed(piece))
        yield from self._seen(parser.finish())

    def _seen(self, events: list[Event]) -> Iterator[Event]:
        for event in events:
            if isinstance(event, ReasoningDelta):
                self.reasoning += event.text
            elif isinstance(event, ToolCallEnd):
                call = ToolCall(event.id, event.name, event.arguments, event.raw, event.error)
                self.tool_calls = (*self.tool_calls, call)
            elif isinstance(event, ContentDelta):
                self.content += event.text
            yield event


@dataclass
class FormatBackend(ScriptedBackend):
    """ScriptedBackend for a model that thinks and calls tools: its ModelInfo names the
    reply format and what of thinking its template reads (extra), and a RawScenario in the
    script is parsed; every other keyword of chat() is kept in `options`."""

    extra: dict[str, str] = field(
        default_factory=lambda: {
            "reply_format": "hermes",
            "thinking_switch": "1",
            "reasoning_effort": "0",
        }
    )
    options: list[dict[str, Any]] = field(default_factory=list)

    def load(self, params: LoadParams) -> ModelInfo:
        return replace(super().load(params), extra=dict(self.extra))

    def chat(
        self,
        messages: Sequence[Message],
        sampling: SamplingParams,
        reply_room: int = 0,
        continue_reply: bool = False,
        **options: Any,
    ) -> ScriptedReply:
        self.options.append(options)
        reply = super().chat(messages, sampling, reply_room, continue_reply)
        scenario = reply._scenario
        if isinstance(scenario, RawScenario):
            return ParsedReply(self, scenario)
        return reply
