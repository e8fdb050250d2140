"""Incremental reply parser: splits streamed text into reasoning, answer and tool calls."""

from __future__ import annotations

import contextlib
import json
import re
import secrets
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from desktop.engine.formats.detection import (
    MISTRAL_CALLS,
    PYTHON_TAG,
    THINK_CLOSE,
    THINK_OPEN,
    TOOL_CALL_CLOSE,
    TOOL_CALL_OPEN,
    ChatFormat,
)


@dataclass(frozen=True)
class ReasoningDelta:
    text: str


@dataclass(frozen=True)
class ContentDelta:
    text: str


@dataclass(frozen=True)
class ToolCallStart:
    index: int
    name: str
    id: str


@dataclass(frozen=True)
class ToolCallArgsDelta:
    """Raw argument text as it forms, for display only; ToolCallEnd has the parsed value."""

    index: int
    text: str


@dataclass(frozen=True)
class ToolCallEnd:
    index: int
    name: str
    id: str
    arguments: dict[str, Any] | None  # None when the call is malformed
    raw: str
    error: str = ""  # a sentence for the model (and the user) when the call is malformed


Event = ReasoningDelta | ContentDelta | ToolCallStart | ToolCallArgsDelta | ToolCallEnd

_ALNUM = string.ascii_letters + string.digits


def new_call_id() -> str:
    """Nine letters and digits: Mistral's templates refuse any other id shape."""
    return "".join(secrets.choice(_ALNUM) for _ in range(9))


def held(buf: str, markers: Iterable[str]) -> int:
    """Length of the longest suffix of buf that is a proper prefix of a marker (kept back so a
    marker split across pieces is never shown)."""
    best = 0
    for m in markers:
        for k in range(min(len(m) - 1, len(buf)), best, -1):
            if buf.endswith(m[:k]):
                best = k
                break
    return best


class StreamParser(Protocol):
    def feed(self, text: str) -> list[Event]: ...

    def finish(self) -> list[Event]: ...


_NAME = re.compile(r'\s*\{\s*"name"\s*:\s*"([^"\\]+)"')
_ARGS = re.compile(r'"(?:arguments|parameters)"\s*:\s*')
_LLAMA_HEAD = '{"name":"'
_BUILTIN = re.compile(r"(\w+)\.call\((.*)\)", re.DOTALL)
_KWARG = re.compile(r'(\w+)\s*=\s*"((?:[^"\\]|\\.)*)"')
CUT_OFF = "The tool call was cut off before it was complete"


@dataclass
class CallState:
    """Shared state of the call being read: its index, id, name and argument text sent so far."""

    new_id: Callable[[], str]
    index: int = 0
    id: str = ""
    name: str = ""
    sent: int = 0
    args: str = field(default="")

    def start(self, name: str, out: list[Event]) -> None:
        self.id, self.name = self.new_id(), name
        out.append(ToolCallStart(self.index, name, self.id))

    def end(
        self, name: str, args: dict[str, Any] | None, raw: str, err: str, out: list[Event]
    ) -> None:
        if not self.id:
            self.start(name, out)
        out.append(ToolCallEnd(self.index, name or self.name, self.id, args, raw, err))
        self.index += 1
        self.id, self.name, self.sent, self.args = "", "", 0, ""


def _decode_call(body: str) -> tuple[str, dict[str, Any] | None, str]:
    """Name, arguments and error sentence of a JSON call object."""
    try:
        obj = json.loads(body)
    except ValueError as e:
        if not body.strip() or (
            isinstance(e, json.JSONDecodeError) and e.pos >= len(body.rstrip())
        ):
            return "", None, CUT_OFF + "."
        return "", None, f"The tool call is not valid JSON ({e})."
    if not isinstance(obj, dict):
        return "", None, "The tool call is not a JSON object."
    name = obj.get("name")
    args = obj.get("arguments", obj.get("parameters", {}))
    if isinstance(args, str):  # some models send the arguments as a JSON string
        with contextlib.suppress(ValueError):
            args = json.loads(args)
    if not isinstance(name, str) or not name:
        return "", None, "The tool call has no tool name."
    if not isinstance(args, dict):
        return name, None, "The tool call's arguments are not a JSON object."
    return name, args, ""


class ReplyParser:
    """<think> reasoning plus Hermes/Qwen, Llama 3.x JSON or Mistral Nemo tool calls.

    Rules follow llama.cpp's chat-parser: reasoning only at the start (after whitespace), a
    marker inside the thought stays reasoning, whitespace after </think> is dropped. Each feed is
    O(piece + longest marker) outside calls; only a call's own body is re-scanned.
    """

    def __init__(self, fmt: ChatFormat, new_id: Callable[[], str] = new_call_id) -> None:
        self.fmt = fmt
        self.think = fmt.reasoning == "think_tags"
        self.mode = "reasoning" if self.think and fmt.starts_in_thinking else "start"
        self.buf = ""  # text not yet classified
        self.call = CallState(new_id)
        self.in_array = False
        self.trim = True  # drop whitespace that opens a thought or follows a call
        self.opens = {"hermes": [TOOL_CALL_OPEN], "mistral_nemo": [MISTRAL_CALLS]}.get(
            fmt.tools, []
        )

    def feed(self, text: str) -> list[Event]:
        self.buf += text
        out: list[Event] = []
        while True:
            before = (self.mode, len(self.buf))
            self._step(out, final=False)
            if (self.mode, len(self.buf)) == before:
                return out

    def finish(self) -> list[Event]:
        out: list[Event] = []
        while True:
            before = (self.mode, len(self.buf))
            self._step(out, final=True)
            if (self.mode, len(self.buf)) == before:
                break
        if self.buf:  # whatever is left is shown, never lost
            out.append(ContentDelta(self.buf))
            self.buf = ""
        return out

    def _step(self, out: list[Event], final: bool) -> None:
        {
            "start": self._start,
            "reasoning": self._reasoning,
            "content": self._content,
            "tagged_call": self._tagged_call,
            "bare_call": self._bare_call,
            "call_array": self._call_array,
            "python_call": self._python_call,
        }[self.mode](out, final)

    def _start(self, out: list[Event], final: bool) -> None:
        """Before the first visible character: a thought or a bare JSON call may open here."""
        # Llama 3.2 separates several bare calls with ';'
        after_bare = self.fmt.tools == "llama3_json" and self.call.index > 0
        s = self.buf.lstrip(" \t\r\n;") if after_bare else self.buf.lstrip()
        if not s:
            if final:
                self.buf = ""
            return
        if self.think:
            if s.startswith(THINK_OPEN):
                self.buf, self.mode, self.trim = s[len(THINK_OPEN) :], "reasoning", True
                return
            if THINK_OPEN.startswith(s) and not final:
                return  # maybe "<thi"
        if self.fmt.tools == "llama3_json":
            t = s
            if t.startswith(PYTHON_TAG):
                t = t[len(PYTHON_TAG) :].lstrip()
                if t and not t.startswith("{"):  # built-in tool: NAME.call(k="v", ...)
                    self.buf, self.mode = t, "python_call"
                    return
                if not t and not final:
                    return
            elif PYTHON_TAG.startswith(t) and not final:
                return
            squeezed = re.sub(r"\s+", "", t)
            if squeezed.startswith(_LLAMA_HEAD):
                self.buf, self.mode = t, "bare_call"
                return
            if _LLAMA_HEAD.startswith(squeezed) and not final:
                return  # maybe '{"na'
        self.buf, self.mode, self.trim = s, "content", False

    def _reasoning(self, out: list[Event], final: bool) -> None:
        # llama.cpp trims the thought: leading whitespace is dropped, trailing whitespace is held
        # back until more text follows, and dropped before </think> or at the end.
        if self.trim:
            self.buf = self.buf.lstrip()
            if not self.buf:
                return
            self.trim = False
        i = self.buf.find(THINK_CLOSE)
        if i >= 0:
            if self.buf[:i].rstrip():
                out.append(ReasoningDelta(self.buf[:i].rstrip()))
            self.buf, self.mode = self.buf[i + len(THINK_CLOSE) :], "start"
            return
        if final:
            self.buf = self.buf.rstrip()
        keep = 0
        if not final:
            keep = held(self.buf, [THINK_CLOSE])
            head = self.buf[: len(self.buf) - keep]
            keep += len(head) - len(head.rstrip())
        if len(self.buf) > keep:
            out.append(ReasoningDelta(self.buf[: len(self.buf) - keep]))
            self.buf = self.buf[len(self.buf) - keep :]

    def _content(self, out: list[Event], final: bool) -> None:
        if self.trim:
            self.buf = self.buf.lstrip()
            if not self.buf:
                return
            self.trim = False
        hits = [(self.buf.find(m), m) for m in self.opens if m in self.buf]
        if hits:
            i, m = min(hits)
            if i:
                out.append(ContentDelta(self.buf[:i]))
            self.buf = self.buf[i + len(m) :]
            self.mode = "tagged_call" if m == TOOL_CALL_OPEN else "call_array"
            return
        keep = 0 if final else held(self.buf, self.opens)
        if len(self.buf) > keep:
            out.append(ContentDelta(self.buf[: len(self.buf) - keep]))
            self.buf = self.buf[len(self.buf) - keep :]

    def _tagged_call(self, out: list[Event], final: bool) -> None:
        """<tool_call>{"name": .., "arguments": {..}}</tool_call>"""
        i = self.buf.find(TOOL_CALL_CLOSE)
        body = self.buf[:i] if i >= 0 else self.buf
        # a partial close tag is not argument text
        self._stream(body[: len(body) - held(body, [TOOL_CALL_CLOSE])] if i < 0 else body, out)
        if i >= 0 or final:
            name, args, err = _decode_call(body)
            if i < 0 and err:
                err = CUT_OFF + "."
            self.call.end(name, args, body, err, out)
            self.buf = "" if i < 0 else self.buf[i + len(TOOL_CALL_CLOSE) :]
            self.mode, self.trim = "content", True

    def _bare_call(self, out: list[Event], final: bool) -> None:
        """Llama 3.x: the reply is {"name": .., "parameters": {..}} (one call per message)."""
        s = self.buf.lstrip()
        try:
            _, end = json.JSONDecoder().raw_decode(s)
        except ValueError:
            self._stream(s, out)
            if final:
                self.call.end("", None, s, CUT_OFF + ".", out)
                self.buf, self.mode = "", "content"
            return
        self._stream(s[:end], out)  # only this object: text after it may be the next call
        name, args, err = _decode_call(s[:end])
        self.call.end(name, args, s[:end], err, out)
        self.buf = s[end:]
        self.mode = "start"  # Llama 3.2 may write several calls separated by ';'

    def _python_call(self, out: list[Event], final: bool) -> None:
        """Llama 3.1 built-in tools: <|python_tag|>brave_search.call(query="...") up to <|eom_id|>
        (end of generation), so it is read whole at the end."""
        if not final:
            return
        raw, self.buf, self.mode = self.buf.strip(), "", "content"
        m = _BUILTIN.fullmatch(raw)
        if not m:
            self.call.end(
                raw.split(".", 1)[0], None, raw, "The built-in tool call is malformed.", out
            )
            return
        args = {k: json.loads(f'"{v}"') for k, v in _KWARG.findall(m.group(2))}
        self.call.end(m.group(1), args, raw, "", out)

    def _call_array(self, out: list[Event], final: bool) -> None:
        """Mistral Nemo: [TOOL_CALLS][{"name":..,"arguments":{..},"id":".."}, ...]"""
        s = self.buf.lstrip(" \n,")
        if not self.in_array:
            if s.startswith("["):
                self.in_array, s = True, s[1:].lstrip(" \n,")
            elif s or final:  # not an array after all: show the marker and the text
                out.append(ContentDelta(MISTRAL_CALLS))
                self.mode = "content"
                return
            else:
                return
        if s.startswith("]"):
            self.buf, self.in_array, self.mode, self.trim = s[1:], False, "content", True
            return
        try:
            _, end = json.JSONDecoder().raw_decode(s)
        except ValueError:
            self._stream(s, out)
            if final and s:
                self.call.end("", None, s, CUT_OFF + ".", out)
                self.buf, self.in_array, self.mode = "", False, "content"
            else:
                self.buf = s
            return
        self._stream(s[:end], out)
        name, args, err = _decode_call(s[:end])
        self.call.end(name, args, s[:end], err, out)
        self.buf = s[end:]

    def _stream(self, body: str, out: list[Event]) -> None:
        """Start the call once its name is complete and stream the raw argument text."""
        c = self.call
        if not c.id:
            m = _NAME.match(body)
            if not m:
                return
            c.start(m.group(1), out)
        a = _ARGS.search(body)
        if a:
            # hold back trailing braces and spaces: they may close the wrapper, not the arguments
            stop = len(body.rstrip(" \t\r\n}"))
            start = a.end() + c.sent
            if stop > start:
                out.append(ToolCallArgsDelta(c.index, body[start:stop]))
                c.sent = stop - a.end()
