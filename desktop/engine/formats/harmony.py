"""gpt-oss (harmony) reply parser: analysis, final and commentary channels and function calls."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from desktop.engine.formats.parser import (
    CUT_OFF,
    CallState,
    ContentDelta,
    Event,
    ReasoningDelta,
    ToolCallArgsDelta,
    held,
    new_call_id,
)

_RECIPIENT = re.compile(r"to=([^\s<]+)")
_CHANNEL = re.compile(r"<\|channel\|>(\w+)")
_HARMONY_ENDS = ("<|end|>", "<|call|>", "<|return|>", "<|start|>")


class HarmonyParser:
    """gpt-oss after the prompt's '<|start|>assistant': HEADER<|message|>BODY<|end|>, repeated.

    analysis is reasoning; final and commentary without a recipient are content; a header with
    to=functions.NAME (in the role or the channel part) is a call whose body is the JSON arguments.
    An unknown recipient (to=python, to=browser.search) is reported under its full name so the
    model gets an "unknown tool" result.
    """

    def __init__(self, new_id: Callable[[], str] = new_call_id) -> None:
        self.buf, self.mode, self.kind = "", "header", "content"
        self.call = CallState(new_id)
        self.seen = False  # a <|message|> header was read

    def feed(self, text: str) -> list[Event]:
        self.buf += text
        out: list[Event] = []
        while self._step(out, final=False):
            pass
        return out

    def finish(self) -> list[Event]:
        out: list[Event] = []
        while self._step(out, final=True):
            pass
        if self.mode == "header" and not self.seen and "<|" not in self.buf and self.buf.strip():
            # no harmony header at all (a server that strips them): the text is the answer
            out.append(ContentDelta(self.buf.strip()))
        self.buf = ""  # an unfinished header is never shown
        if self.mode == "body" and self.kind == "call":  # <|call|> is end-of-generation: not seen
            self._end_call(out)
        return out

    def _step(self, out: list[Event], final: bool) -> bool:
        if self.mode == "header":
            return self._header(out)
        hits = [(self.buf.find(e), e) for e in _HARMONY_ENDS if e in self.buf]
        if hits:
            i, e = min(hits)
            self._emit(self.buf[:i], out)
            self.buf = self.buf[i + (0 if e == "<|start|>" else len(e)) :]
            if self.kind == "call":
                self._end_call(out)
            self.mode = "header"
            return True
        keep = 0 if final else held(self.buf, _HARMONY_ENDS)
        if len(self.buf) > keep:
            self._emit(self.buf[: len(self.buf) - keep], out)
            self.buf = self.buf[len(self.buf) - keep :]
        return False

    def _header(self, out: list[Event]) -> bool:
        s = self.buf
        if s.startswith("<|start|>"):  # the next message: skip its role name
            cuts = [j for j in (s.find("<|", 9), s.find(" to=", 9)) if j >= 0]
            if not cuts:
                return False
            self.buf = s[min(cuts) :]
            return True
        i = s.find("<|message|>")
        if i < 0:
            return False
        header, self.buf = s[:i], s[i + len("<|message|>") :]
        self.seen = True
        rec, ch = _RECIPIENT.search(header), _CHANNEL.search(header)
        if rec and rec.group(1) != "assistant":
            self.kind = "call"
            self.call.start(rec.group(1).removeprefix("functions."), out)
        elif ch and ch.group(1) == "analysis":
            self.kind = "reasoning"
        else:  # final, or commentary without a recipient (a preamble shown to the user)
            self.kind = "content"
        self.mode = "body"
        return True

    def _emit(self, text: str, out: list[Event]) -> None:
        if not text:
            return
        if self.kind == "reasoning":
            out.append(ReasoningDelta(text))
        elif self.kind == "content":
            out.append(ContentDelta(text))
        else:
            self.call.args += text
            out.append(ToolCallArgsDelta(self.call.index, text))

    def _end_call(self, out: list[Event]) -> None:
        raw = self.call.args
        try:
            args: Any = json.loads(raw)
            err = (
                "" if isinstance(args, dict) else "The tool call's arguments are not a JSON object."
            )
        except ValueError as e:
            args = None
            cut = isinstance(e, json.JSONDecodeError) and e.pos >= len(raw.rstrip())
            err = CUT_OFF + "." if cut else f"The tool call is not valid JSON ({e})."
        self.call.end(self.call.name, args if not err else None, raw, err, out)
        self.kind = "content"
