"""The tool loop: a reply asks for tool calls, each is checked, approved and run, its result goes
back to the model, and the model is asked again until it answers (plain Python, no Qt: the CLI
and the window's worker both run it)."""

from __future__ import annotations

import enum
import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from desktop.core.errors import HearthError
from desktop.core.sentence import Sentence
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.core.types import (
    GenerationStats,
    Message,
    SamplingParams,
    Thinking,
    ToolCall,
    ToolSpec,
)
from desktop.engine.backend import Reply
from desktop.tools.validation import argument_problem

# Why a chat with tools stopped (LoopNotice): English here, the window's language in services.
STOPPED = QT_TRANSLATE_NOOP("core", "Stopped.")
INVALID_CALLS = QT_TRANSLATE_NOOP(
    "core", "The model made invalid tool calls {rounds} times in a row; the chat stopped there."
)
STILL_CALLING = QT_TRANSLATE_NOOP(
    "core", "The model was still calling tools after {rounds} rounds; the chat stopped there."
)

log = logging.getLogger(__name__)

TIMEOUT_S = 30.0  # a tool call's default limit: a hung server must not hang the chat


class Approval(enum.Enum):
    """The person's answer before a tool runs."""

    ONCE = "once"
    ALWAYS = "always"  # this tool of this server, with this schema, for the rest of the loop
    DENY = "deny"


class ToolOutput(Protocol):
    """What a tool returned (desktop.tools.mcp_hub.ToolResult has this shape)."""

    @property
    def text(self) -> str: ...
    @property
    def is_error(self) -> bool: ...
    @property
    def elapsed_s(self) -> float: ...
    @property
    def truncated(self) -> bool: ...


class ToolSource(Protocol):
    """Where tools come from and run (MCP servers: desktop.tools.sources.McpTools)."""

    def specs(self) -> list[ToolSpec]: ...

    def call(self, name: str, arguments: dict[str, Any], timeout_s: float) -> ToolOutput: ...


class ChatSession(Protocol):
    """The part of EngineSession the loop uses."""

    def chat(
        self,
        messages: Sequence[Message],
        sampling: SamplingParams,
        *,
        tools: Sequence[ToolSpec] = (),
        tool_choice: str = "auto",
        thinking: Thinking | None = None,
    ) -> Reply: ...


@dataclass(frozen=True, slots=True)
class ToolStarted:
    """A call was approved and now runs (loop event, after the reply's own events)."""

    call: ToolCall


@dataclass(frozen=True, slots=True)
class ToolFinished:
    """A call ended: status "ok", "error" (the tool failed), "invalid" (not run: the arguments
    or the name were wrong), "denied" (the person said no) or "skipped" (the loop stopped);
    text is what went back to the model."""

    call: ToolCall
    status: str
    text: str
    elapsed_s: float = 0.0
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class LoopNotice:
    """A sentence for the person (a trimmed prompt, why the loop stopped)."""

    sentence: str


@dataclass
class LoopResult:
    """What the loop added to the conversation (store these), and how the last reply ended.
    stopped: a sentence when the loop ended before the model answered, else ""."""

    messages: list[Message] = field(default_factory=list)
    stats: GenerationStats | None = None
    stopped: str = ""

    @property
    def text(self) -> str:
        """The final answer's text."""
        last = self.messages[-1] if self.messages else None
        return last.content if last is not None and last.role == "assistant" else ""


def approval_key(origin: str, spec: ToolSpec) -> tuple[str, str, str]:
    """What "Always allow" remembers: a changed schema is a changed tool and asks again."""
    digest = hashlib.sha256(
        json.dumps(spec.parameters, sort_keys=True, default=str).encode()
    ).hexdigest()
    return (origin, spec.name, digest[:16])


def _error(text: str) -> str:
    return json.dumps({"error": text}, ensure_ascii=False)


class ToolLoop:
    """Runs one user turn to its answer through any number of tool rounds.

    approve is asked before each call not already allowed (on the loop's thread); `always`
    holds the approval_key()s allowed for good, shared with the caller to keep them.
    """

    def __init__(
        self,
        session: ChatSession,
        tools: ToolSource,
        approve: Callable[[ToolCall, ToolSpec], Approval],
        max_invalid: int = 3,
        max_rounds: int = 8,
        timeout_s: float = TIMEOUT_S,
        always: set[tuple[str, str, str]] | None = None,
    ) -> None:
        self.session, self.tools, self.approve = session, tools, approve
        self.max_invalid, self.max_rounds, self.timeout_s = max_invalid, max_rounds, timeout_s
        self.always = always if always is not None else set()
        self._stop = threading.Event()
        self._reply: Reply | None = None

    def stop(self) -> None:
        """End the loop: the reply streaming now stops and no further tool runs (any thread)."""
        self._stop.set()
        reply = self._reply
        if reply is not None:
            reply.stop()

    def run(
        self,
        messages: Sequence[Message],
        sampling: SamplingParams,
        *,
        tool_choice: str = "auto",
        thinking: Thinking | None = None,
        on_event: Callable[[object], None] = lambda event: None,
    ) -> LoopResult:
        """Chat until a reply calls no tool. tool_choice "required" holds for the first round
        only (after it, "auto"): a model forced to call on every round would never answer.
        on_event gets every reply event and the loop's own (ToolStarted, ToolFinished,
        LoopNotice) on this thread, in order."""
        self._stop.clear()
        specs = self.tools.specs()
        by_name = {s.name: s for s in specs}
        history, result = list(messages), LoopResult()
        invalid_rounds = 0
        for round_number in range(self.max_rounds):
            choice = tool_choice if round_number == 0 or tool_choice != "required" else "auto"
            try:
                reply = self.session.chat(
                    history, sampling, tools=specs, tool_choice=choice, thinking=thinking
                )
                self._reply = reply
                reply.wait_prompt_started()
                if reply.trimmed is not None:
                    on_event(LoopNotice(reply.trimmed.sentence))
                for event in reply.events():
                    on_event(event)
            except HearthError as e:
                if not result.messages:
                    raise  # nothing happened yet: the caller treats it as a failed reply
                # Tools already ran: keep what they did (the caller stores it) and say why
                # the chat stopped, rather than lose the turn.
                result.stopped = e.user_message
                on_event(LoopNotice(result.stopped))
                return result
            finally:
                self._reply = None
            result.stats = reply.stats
            calls = () if self._stop.is_set() else reply.tool_calls
            said = Message("assistant", reply.text, reply.reasoning, tuple(calls))
            history.append(said)
            result.messages.append(said)
            if self._stop.is_set():
                result.stopped = STOPPED
                return result
            if not calls:
                return result
            last_round = round_number == self.max_rounds - 1
            invalid = self._answer(calls, by_name, history, result, on_event, last_round)
            invalid_rounds = invalid_rounds + 1 if invalid else 0
            if self._stop.is_set():
                result.stopped = STOPPED
            elif invalid_rounds > self.max_invalid:
                result.stopped = Sentence(INVALID_CALLS, rounds=invalid_rounds)
            elif last_round:
                result.stopped = Sentence(STILL_CALLING, rounds=self.max_rounds)
            if result.stopped:
                on_event(LoopNotice(result.stopped))
                return result
        return result  # max_rounds == 0: nothing asked

    def _answer(
        self,
        calls: Sequence[ToolCall],
        by_name: dict[str, ToolSpec],
        history: list[Message],
        result: LoopResult,
        on_event: Callable[[object], None],
        last_round: bool,
    ) -> bool:
        """Run or refuse each call and add its tool message; whether any call was invalid."""
        any_invalid = False
        for call in calls:
            spec = by_name.get(call.name)
            if self._stop.is_set() or last_round:
                done = ToolFinished(call, "skipped", _error("The chat stopped before this call."))
            elif spec is None:
                known = ", ".join(sorted(by_name)) or "none"
                done = ToolFinished(
                    call,
                    "invalid",
                    _error(f"There is no tool named {call.name!r}; the tools are: {known}."),
                )
            elif (problem := argument_problem(spec, call.arguments, call.error)) is not None:
                done = ToolFinished(call, "invalid", _error(problem))
            else:
                done = self._run(call, spec, on_event)
            any_invalid = any_invalid or done.status == "invalid"
            on_event(done)
            said = Message("tool", done.text, tool_call_id=call.id, name=call.name)
            history.append(said)
            result.messages.append(said)
        return any_invalid

    def _run(
        self, call: ToolCall, spec: ToolSpec, on_event: Callable[[object], None]
    ) -> ToolFinished:
        origin = getattr(self.tools, "origin", lambda name: "")(call.name)
        key = approval_key(origin, spec)
        if key not in self.always:
            answer = self.approve(call, spec)
            if answer is Approval.DENY:
                return ToolFinished(call, "denied", _error("The user denied this tool call."))
            if answer is Approval.ALWAYS:
                self.always.add(key)
        on_event(ToolStarted(call))
        started = time.perf_counter()
        try:
            output = self.tools.call(call.name, call.arguments or {}, self.timeout_s)
        except Exception as e:
            # A source should answer with an error result; one that raises still must not end
            # the chat: the model hears what happened and the person sees it.
            log.warning("tool %s raised", call.name, exc_info=True)
            text = " ".join(str(e).split()) or type(e).__name__
            return ToolFinished(
                call, "error", _error(f"The tool failed: {text}"), time.perf_counter() - started
            )
        text = _error(output.text) if output.is_error else output.text
        status = "error" if output.is_error else "ok"
        return ToolFinished(call, status, text, output.elapsed_s, output.truncated)
