"""`hearth chat --mcp-config FILE`: the terminal chat with MCP tools (the tool loop, approvals
asked on the terminal, each call shown on stderr). Imported only when tools are asked for."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop.core.errors import HearthError
from desktop.core.types import Message, SamplingParams, ToolCall, ToolSpec
from desktop.engine.formats import ContentDelta, ToolCallEnd
from desktop.tools.runner import (
    Approval,
    ChatSession,
    LoopNotice,
    LoopResult,
    ToolFinished,
    ToolLoop,
    ToolSource,
)
from desktop.tools.sources import McpTools

if TYPE_CHECKING:
    from desktop.tools.mcp_hub import McpHub

SHOWN_CHARS = 200  # of a call's arguments or result on the terminal
CHOICES = ("auto", "required", "none")
ANSWERS = {"o": Approval.ONCE, "a": Approval.ALWAYS, "d": Approval.DENY}


def _shown(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "..."


class TerminalApproval:
    """Asks before a tool runs: a tool named with --allow-tool runs, any other is asked on a
    terminal (Allow once / Always / Deny) and denied when there is none to ask."""

    def __init__(
        self,
        allowed: Sequence[str],
        ask: Callable[[str], str] | None = None,
        err: TextIO | None = None,
    ) -> None:
        self.allowed = set(allowed)
        self.ask = ask if ask is not None else (input if sys.stdin.isatty() else None)
        self.err = err if err is not None else sys.stderr

    def __call__(self, call: ToolCall, spec: ToolSpec) -> Approval:
        if call.name in self.allowed:
            return Approval.ONCE
        if self.ask is None:
            self.err.write(
                f"hearth: {call.name} was not run: allow it with --allow-tool {call.name} "
                "(there is no terminal to ask on).\n"
            )
            return Approval.DENY
        while True:
            self.err.write(f"Run {call.name}? [o]nce, [a]lways, [d]eny: ")
            self.err.flush()
            try:
                answer = self.ask("").strip().lower()[:1]
            except EOFError:
                return Approval.DENY
            if answer in ANSWERS:
                return ANSWERS[answer]


class TerminalView:
    """Prints a loop's events: the answer on stdout, the calls and notices on stderr."""

    def __init__(self, out: TextIO | None = None, err: TextIO | None = None) -> None:
        self.out = out if out is not None else sys.stdout
        self.err = err if err is not None else sys.stderr
        self._open_line = False  # answer text with no newline yet

    def _end_line(self) -> None:
        if self._open_line:
            self.out.write("\n")
            self.out.flush()
            self._open_line = False

    def __call__(self, event: object) -> None:
        if isinstance(event, ContentDelta):
            self.out.write(event.text)
            self.out.flush()
            self._open_line = True
            return
        if isinstance(event, ToolCallEnd):
            self._end_line()
            args = event.raw if event.arguments is None else json.dumps(event.arguments)
            self.err.write(f"→ tool {event.name} {_shown(args)}\n")
        elif isinstance(event, ToolFinished):
            ms = f" ({event.elapsed_s * 1000:.0f} ms)" if event.status in ("ok", "error") else ""
            self.err.write(f"← {event.status}: {_shown(event.text)}{ms}\n")
        elif isinstance(event, LoopNotice):
            self._end_line()
            self.err.write(f"hearth: {event.sentence}\n")
        self.err.flush()

    def finish(self) -> None:
        self._end_line()


def open_hub(config: Path, notice: Callable[[str], None]) -> tuple[McpHub, list[str]]:
    """The hub for the servers a mcpServers file lists (the enabled ones), and their names."""
    from desktop.tools.mcp_config import load_config
    from desktop.tools.mcp_hub import McpHub

    if not config.is_file():
        raise ValueError(f"--mcp-config: {config} is not a file")
    parsed = load_config(config)
    for problem in parsed.problems:
        notice(problem)
    servers = [s for s in parsed.servers if s.enabled]
    if not servers:
        raise ValueError(f"--mcp-config: {config} lists no MCP server that can be used")
    return McpHub(servers), [s.name for s in servers]


def run_tools_chat(
    args: argparse.Namespace,
    session: ChatSession,
    history: list[Message],
    prompt: str | None,
    sampling: SamplingParams,
    clean: Callable[[str, str], str],
    notice: Callable[[str], None],
) -> int:
    """`hearth chat --mcp-config FILE` once the model is loaded: the servers run while the
    chat lasts and are stopped (their children reaped) when it ends."""
    hub, servers = open_hub(Path(args.mcp_config), notice)
    try:
        tools = McpTools(hub, servers)
        if not tools.specs():
            for problem in tools.problems:
                notice(problem)
            raise ValueError(f"--mcp-config: no tool could be listed from {args.mcp_config}")

        def read() -> str | None:
            sys.stderr.write("> ")
            sys.stderr.flush()
            try:
                return clean(input(), "your message")
            except EOFError:
                sys.stderr.write("\n")
                return None

        if prompt is None:
            if isinstance(sys.stdin, io.TextIOWrapper):  # as `hearth chat`: bytes kept, cleaned
                sys.stdin.reconfigure(errors="surrogateescape")
            sys.stderr.write(
                "Type a message and press Enter; an empty line or Ctrl-D ends the chat.\n"
            )
        return chat_with_tools(
            session,
            tools,
            history,
            prompt,
            sampling,
            allowed=args.allow_tool,
            tool_choice=args.tool_choice,
            stats=args.stats,
            read=read,
        )
    finally:
        hub.close()


def reply_with_tools(
    loop: ToolLoop,
    messages: Sequence[Message],
    sampling: SamplingParams,
    tool_choice: str,
    stats: bool,
) -> LoopResult:
    """One user turn through the tool loop, shown on the terminal."""
    view = TerminalView()
    try:
        result = loop.run(messages, sampling, tool_choice=tool_choice, on_event=view)
    except KeyboardInterrupt:
        loop.stop()
        raise
    finally:
        view.finish()
    if stats and result.stats is not None:
        s = result.stats
        sys.stderr.write(
            f"[generated {s.generated_tokens} tokens, {s.tokens_per_s:.1f} tok/s | "
            f"stop: {s.stop_reason.value} | seed {s.seed}]\n"
        )
    return result


def chat_with_tools(
    session: ChatSession,
    tools: ToolSource,
    history: list[Message],
    prompt: str | None,
    sampling: SamplingParams,
    *,
    allowed: Sequence[str],
    tool_choice: str,
    stats: bool,
    read: Callable[[], str | None],
) -> int:
    """The chat: one prompt, or lines from read() until it returns None or an empty line."""
    loop = ToolLoop(session, tools, TerminalApproval(allowed))
    for problem in getattr(tools, "problems", ()):
        sys.stderr.write(f"hearth: {problem}\n")
    while True:
        text = prompt if prompt is not None else read()
        if not text or not text.strip():
            return 0
        turn = [*history, Message("user", text)]
        try:
            result = reply_with_tools(loop, turn, sampling, tool_choice, stats)
        except HearthError as e:
            if prompt is not None:
                raise
            sys.stderr.write(f"hearth: {e.user_message}\n")
            continue
        if prompt is not None:
            return 0
        history[:] = [*turn, *result.messages]
