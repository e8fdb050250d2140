"""One send with tools: the tool loop on the engine's worker thread, its approvals asked on the GUI.

Plain Python (no Qt): ChatSession makes a ToolTurn per send (McpChatTools says which servers
the conversation uses), it crosses to the worker in GenerateRequest.tools, and the worker runs
the ToolLoop with it. An approval is asked through a callback (the worker emits a signal, so
the card shows on the GUI thread) and the worker thread waits, bounded, for the answer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, cast

from desktop.core.types import (
    GenerationStats,
    Message,
    SamplingParams,
    Thinking,
    ToolCall,
    ToolSpec,
)
from desktop.tools.runner import Approval, LoopResult, ToolLoop, ToolSource
from desktop.tools.sources import McpTools

if TYPE_CHECKING:
    from desktop.engine.backend import Reply
    from desktop.services.mcp_service import McpService
    from desktop.tools.mcp_hub import McpHub

APPROVAL_TIMEOUT_S = 600.0  # nobody answered in ten minutes: the call is denied, the turn ends
TOOL_CHOICES = ("auto", "required")
_ANSWERS = {"once": Approval.ONCE, "always": Approval.ALWAYS, "deny": Approval.DENY}

# (call, server): show the approval card (called on the worker thread)
Ask = Callable[[ToolCall, str], None]
Remember = Callable[[str, ToolSpec], None]  # (server, spec): "Always allow", kept for good


class EngineChat(Protocol):
    """The part of EngineSession the rounds use: its chat, with the conversation whose
    state the engine saves and restores (so each round after a tool starts at once)."""

    def chat(
        self,
        messages: Sequence[Message],
        sampling: SamplingParams,
        *,
        tools: Sequence[ToolSpec] = (),
        tool_choice: str = "auto",
        thinking: Thinking | None = None,
        conversation: str = "",
    ) -> Reply: ...


class ToolTurn:
    """The tools of one send: where they come from, what is always allowed, whether the first
    round must call one, and the approvals waiting for the person. approve() blocks the
    worker thread; answer() and stop() are called from the GUI thread."""

    def __init__(
        self,
        source: ToolSource,
        always: set[tuple[str, str, str]] | None = None,
        tool_choice: str = "auto",
        remember: Remember = lambda _server, _spec: None,
        timeout_s: float = APPROVAL_TIMEOUT_S,
    ) -> None:
        self.source, self.tool_choice, self.remember = source, tool_choice, remember
        self.always = always if always is not None else set()
        self.timeout_s = timeout_s
        self.ask: Ask = lambda _call, _server: None  # the worker sets it before run()
        self.loop: ToolLoop | None = None
        self._lock = threading.Lock()
        self._stopped = False
        # The call waiting for the person: its id, spec, server, answer and the event it waits on.
        self._waiting: tuple[str, ToolSpec, str] | None = None
        self._answer: Approval = Approval.DENY
        self._answered = threading.Event()

    @property
    def stopped(self) -> bool:
        return self._stopped

    def origin(self, name: str) -> str:
        origin = getattr(self.source, "origin", None)
        return str(origin(name)) if origin is not None else ""

    def approve(self, call: ToolCall, spec: ToolSpec) -> Approval:
        """The loop asks (worker thread): the card is shown and this waits for the answer;
        Stop, or no answer within timeout_s, is a denial."""
        server = self.origin(call.name)
        with self._lock:
            if self._stopped:
                return Approval.DENY
            self._waiting = (call.id, spec, server)
            self._answered.clear()
        self.ask(call, server)
        answered = self._answered.wait(self.timeout_s)
        with self._lock:
            self._waiting = None
            return self._answer if answered and not self._stopped else Approval.DENY

    def answer(self, call_id: str, decision: str) -> None:
        """The person's answer on the card (GUI thread): the waiting call goes on. "always"
        is remembered for good (remember, e.g. McpService.allow_always)."""
        with self._lock:
            waiting = self._waiting
            if waiting is None or waiting[0] != call_id or decision not in _ANSWERS:
                return
            self._answer = _ANSWERS[decision]
        if decision == "always":
            self.remember(waiting[2], waiting[1])
        self._answered.set()

    def stop(self) -> None:
        """Stop (any thread): the reply streaming now ends, a call waiting for approval is
        denied and no further tool runs."""
        with self._lock:
            self._stopped = True
        loop = self.loop
        if loop is not None:
            loop.stop()
        self._answered.set()

    def run(
        self,
        session: EngineChat,
        messages: Sequence[Message],
        sampling: SamplingParams,
        thinking: Thinking | None,
        on_event: Callable[[object], None],
        on_round: Callable[[GenerationStats | None], None],
        conversation: str = "",
    ) -> LoopResult:
        """Run the loop on this thread (the worker's); on_round is told, with the last
        round's stats, each time a new round starts (after the tools answered). Returns
        the LoopResult."""
        rounds = _Rounds(session, self, on_round, conversation)
        loop = ToolLoop(rounds, self.source, self.approve, always=self.always)
        self.loop = loop
        if self._stopped:  # Stop came before the loop existed
            loop.stop()
        return loop.run(
            messages, sampling, tool_choice=self.tool_choice, thinking=thinking, on_event=on_event
        )


class _Rounds:
    """The engine as the loop sees it, telling when each round after the first begins (the
    window then ends the round's message and starts the next one)."""

    def __init__(
        self,
        session: EngineChat,
        turn: ToolTurn,
        on_round: Callable[[GenerationStats | None], None],
        conversation: str = "",
    ) -> None:
        self.session, self.turn, self.on_round = session, turn, on_round
        self.conversation = conversation  # each round's state is saved under it
        self._last: Reply | None = None

    def chat(
        self,
        messages: Sequence[Message],
        sampling: SamplingParams,
        *,
        tools: Sequence[ToolSpec] = (),
        tool_choice: str = "auto",
        thinking: Thinking | None = None,
    ) -> Reply:
        if self._last is not None:
            self.on_round(self._last.stats)
        reply = self.session.chat(
            messages,
            sampling,
            tools=tools,
            tool_choice=tool_choice,
            thinking=thinking,
            conversation=self.conversation,
        )
        self._last = reply
        if self.turn.stopped:  # Stop between the check and this reply: it ends at once
            reply.stop()
        return reply


class McpChatTools:
    """The window's tools for a send: the MCP servers the conversation uses (McpService),
    the "Always allow" memory, and whether the first round must call a tool."""

    def __init__(self, mcp: McpService) -> None:
        self.mcp = mcp
        self.tool_choice = "auto"  # "required": the model must call a tool first

    def turn_for(self, conversation_id: int | None) -> ToolTurn | None:
        """A ToolTurn for a send in this conversation; None when it uses no server."""
        servers = self.mcp.servers_for(conversation_id)
        if not servers:
            return None
        # McpService answers tools()/call() as a hub does (blocking, for the worker thread).
        source = McpTools(cast("McpHub", self.mcp), servers)
        return ToolTurn(source, self.mcp.always_keys(), self.tool_choice, self.mcp.allow_always)
