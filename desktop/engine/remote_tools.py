"""Tool calls and thoughts in OpenAI's wire shape: the messages a remote server is sent, and
the streamed tool_calls deltas it answers with, turned into the reply events Hearth uses."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.core.types import Message
from desktop.engine.formats import Event, ToolCallArgsDelta, ToolCallEnd, ToolCallStart
from desktop.engine.images import data_url


def openai_message(m: Message) -> dict[str, Any]:
    """A message as OpenAI's chat API takes it (a plain turn: role and content only).
    ImageError (a sentence) for an image file that cannot be read or is not an image."""
    out: dict[str, Any] = {"role": m.role, "content": m.content}
    if m.images:  # OpenAI's content parts: the images (base64 data URLs), then the text
        parts = [{"type": "image_url", "image_url": {"url": data_url(i)}} for i in m.images]
        out["content"] = [*parts, {"type": "text", "text": m.content}]
    if m.tool_calls:
        out["tool_calls"] = [c.openai() for c in m.tool_calls]
        if not m.content:
            out["content"] = None
    if m.reasoning:
        out["reasoning_content"] = m.reasoning  # llama-server and vLLM read it back
    if m.role == "tool":
        out["tool_call_id"] = m.tool_call_id
        if m.name:
            out["name"] = m.name
    return out


@dataclass
class _Call:
    id: str
    name: str
    args: str = ""


class ToolCallDeltas:
    """Assembles the tool_calls deltas of a stream (keyed by their index) into events."""

    def __init__(self) -> None:
        self._calls: dict[int, _Call] = {}

    def feed(self, deltas: list[Any]) -> list[Event]:
        out: list[Event] = []
        for d in deltas:
            if not isinstance(d, dict):
                continue
            index = d.get("index", len(self._calls))
            index = index if isinstance(index, int) else len(self._calls)
            fn = d.get("function")
            fn = fn if isinstance(fn, dict) else {}
            call = self._calls.get(index)
            if call is None:
                call = self._calls[index] = _Call(str(d.get("id") or f"call{index}"), "")
            name = fn.get("name")
            if isinstance(name, str) and name and not call.name:
                call.name = name
                out.append(ToolCallStart(index, name, call.id))
            piece = fn.get("arguments")
            if isinstance(piece, str) and piece:
                call.args += piece
                out.append(ToolCallArgsDelta(index, piece))
        return out

    def finish(self) -> list[Event]:
        """The calls, each parsed once it is complete (the end of the stream)."""
        out: list[Event] = []
        for index in sorted(self._calls):
            call = self._calls[index]
            try:
                args = json.loads(call.args or "{}")
                error = "" if isinstance(args, dict) else "The arguments are not a JSON object."
            except json.JSONDecodeError as e:
                args, error = None, f"The arguments are not valid JSON ({e.msg})."
            out.append(
                ToolCallEnd(
                    index,
                    call.name,
                    call.id,
                    args if isinstance(args, dict) else None,
                    call.args,
                    error,
                )
            )
        self._calls.clear()
        return out
