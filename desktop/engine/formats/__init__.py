"""Chat formats: detect a template's reasoning/tool-call markers and parse streamed replies."""

from collections.abc import Callable

from desktop.engine.formats.collect import ReplyParts
from desktop.engine.formats.detection import ChatFormat, detect, opens_thinking
from desktop.engine.formats.harmony import HarmonyParser
from desktop.engine.formats.parser import (
    ContentDelta,
    Event,
    ReasoningDelta,
    ReplyParser,
    StreamParser,
    ToolCallArgsDelta,
    ToolCallEnd,
    ToolCallStart,
    new_call_id,
)


def make_parser(fmt: ChatFormat, new_id: Callable[[], str] = new_call_id) -> StreamParser:
    """The parser for a format (gpt-oss has its own message grammar)."""
    if fmt.reasoning == "harmony":
        return HarmonyParser(new_id)
    return ReplyParser(fmt, new_id)


__all__ = [
    "ChatFormat",
    "ContentDelta",
    "Event",
    "HarmonyParser",
    "ReasoningDelta",
    "ReplyParser",
    "ReplyParts",
    "StreamParser",
    "ToolCallArgsDelta",
    "ToolCallEnd",
    "ToolCallStart",
    "detect",
    "make_parser",
    "new_call_id",
    "opens_thinking",
]
