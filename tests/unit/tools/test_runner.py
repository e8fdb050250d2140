"""The tool loop over scripted replies (what a model asked for, round by round): calls checked,
approved, run and answered; invalid calls sent back at most N times; denials and the round limit."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from desktop.core.errors import EngineError
from desktop.core.types import (
    GenerationStats,
    Message,
    SamplingParams,
    StopReason,
    Thinking,
    ToolCall,
    ToolSpec,
)
from desktop.engine.formats import ContentDelta
from desktop.tools.runner import (
    Approval,
    LoopNotice,
    ToolFinished,
    ToolLoop,
    ToolStarted,
    approval_key,
)

ADD = ToolSpec(
    "add",
    "Add two integers.",
    {
        "type": "object",
        "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
        "required": ["a", "b"],
    },
)
STATS = GenerationStats(3, 5, 1.0, 10.0, 100.0, 20.0, StopReason.END_OF_TURN, 42, "chatml")


@dataclass
class Said:
    """One scripted reply: its answer text and the calls it asked for."""

    text: str = ""
    calls: tuple[ToolCall, ...] = ()
    error: str = ""  # the engine fails this reply with this sentence


class ScriptedReply:
    def __init__(self, said: Said) -> None:
        self.said = said
        self.stats: GenerationStats | None = None
        self.trimmed = None
        self.reasoning = "thought" if said.calls else ""
        self.tool_calls = said.calls
        self.text = ""

    def wait_prompt_started(self) -> int:
        return 3

    def events(self) -> Iterator[object]:
        if self.said.error:
            raise EngineError(self.said.error)
        if self.said.text:
            self.text = self.said.text
            yield ContentDelta(self.said.text)
        self.stats = STATS

    def stop(self) -> None:
        pass


class ScriptedSession:
    def __init__(self, *script: Said) -> None:
        self.script = list(script)
        self.asked: list[tuple[list[Message], str]] = []

    def chat(
        self,
        messages: Sequence[Message],
        sampling: SamplingParams,
        *,
        tools: Sequence[ToolSpec] = (),
        tool_choice: str = "auto",
        thinking: Thinking | None = None,
    ) -> Any:
        self.asked.append((list(messages), tool_choice))
        return ScriptedReply(self.script.pop(0))


@dataclass(frozen=True)
class Output:
    text: str
    is_error: bool = False
    elapsed_s: float = 0.012
    truncated: bool = False


class Adder:
    """A real tool source: adds, and says which calls it ran."""

    def __init__(self) -> None:
        self.ran: list[dict[str, Any]] = []

    def specs(self) -> list[ToolSpec]:
        return [ADD]

    def call(self, name: str, arguments: dict[str, Any], timeout_s: float) -> Output:
        self.ran.append(arguments)
        return Output(str(arguments["a"] + arguments["b"]))

    def origin(self, name: str) -> str:
        return "math"


def add(a: Any, b: Any, n: int = 1) -> ToolCall:
    return ToolCall(f"c{n}", "add", {"a": a, "b": b})


USER = [Message("user", "What is 2 + 3?")]


def test_a_call_runs_and_the_model_answers_with_its_result():
    session = ScriptedSession(Said("", (add(2, 3),)), Said("It is 5."))
    tools, asked, events = Adder(), [], []
    loop = ToolLoop(session, tools, lambda call, spec: asked.append(call) or Approval.ONCE)
    result = loop.run(USER, SamplingParams(), tool_choice="required", on_event=events.append)
    assert tools.ran == [{"a": 2, "b": 3}] and len(asked) == 1
    assert [m.role for m in result.messages] == ["assistant", "tool", "assistant"]
    assert result.messages[0].tool_calls == (add(2, 3),)
    assert result.messages[0].reasoning == "thought"
    assert result.messages[1] == Message("tool", "5", tool_call_id="c1", name="add")
    assert result.text == "It is 5." and result.stats == STATS and result.stopped == ""
    # "required" forces the first round only; the second sees the call and its result.
    assert [choice for _, choice in session.asked] == ["required", "auto"]
    assert session.asked[1][0] == USER + result.messages[:2]
    kinds = [type(e).__name__ for e in events]
    assert kinds == ["ToolStarted", "ToolFinished", "ContentDelta"]
    finished = events[1]
    assert isinstance(finished, ToolFinished) and finished.status == "ok"
    assert finished.elapsed_s == 0.012 and isinstance(events[0], ToolStarted)


def test_always_allow_is_remembered_and_deny_runs_nothing():
    answers = [Approval.ALWAYS, Approval.DENY]
    asked: list[ToolCall] = []

    def approve(call: ToolCall, spec: ToolSpec) -> Approval:
        asked.append(call)
        return answers.pop(0)

    tools = Adder()
    session = ScriptedSession(Said("", (add(1, 1, 1), add(2, 2, 2))), Said("2 and 4."))
    loop = ToolLoop(session, tools, approve)
    loop.run(USER, SamplingParams())
    assert len(asked) == 1 and tools.ran == [{"a": 1, "b": 1}, {"a": 2, "b": 2}]
    # A changed schema is another tool, asked again; another loop sharing the set is not.
    changed = ToolSpec("add", ADD.description, {**ADD.parameters, "required": ["a"]})
    assert approval_key("math", changed) != approval_key("math", ADD)
    assert loop.always == {approval_key("math", ADD)}
    again = ToolLoop(
        ScriptedSession(Said("", (add(3, 3),)), Said("6")), tools, approve, always=loop.always
    )
    again.run(USER, SamplingParams())
    assert len(asked) == 1 and tools.ran[-1] == {"a": 3, "b": 3}
    loop.always.clear()
    denied = ToolLoop(ScriptedSession(Said("", (add(4, 4),)), Said("I may not.")), tools, approve)
    result = denied.run(USER, SamplingParams())
    assert tools.ran[-1] == {"a": 3, "b": 3}  # nothing more ran
    assert json.loads(result.messages[1].content) == {"error": "The user denied this tool call."}


def test_invalid_calls_go_back_as_errors_at_most_max_invalid_times():
    bad = (ToolCall("c1", "add", {"a": "two", "b": 3}),)
    session = ScriptedSession(*[Said("", bad)] * 4)
    tools, events = Adder(), []
    loop = ToolLoop(session, tools, lambda call, spec: Approval.ONCE, max_invalid=3)
    result = loop.run(USER, SamplingParams(), on_event=events.append)
    assert tools.ran == [] and len(session.asked) == 4 and session.script == []
    error = json.loads(result.messages[1].content)["error"]
    assert error.startswith("Invalid arguments for add at arguments.a: 'two' is not of type")
    assert (
        result.stopped
        == "The model made invalid tool calls 4 times in a row; the chat stopped there."
    )
    assert isinstance(events[-1], LoopNotice) and events[-1].sentence == result.stopped
    # Every call is answered, so the stored turn renders in any template.
    assert [m.role for m in result.messages] == ["assistant", "tool"] * 4


def test_an_unknown_tool_and_the_round_limit_end_with_sentences():
    ghost = (ToolCall("c1", "subtract", {"a": 1, "b": 1}),)
    session = ScriptedSession(Said("", ghost), Said("", (add(1, 2),)), Said("", (add(1, 2),)))
    tools = Adder()
    result = ToolLoop(session, tools, lambda c, s: Approval.ONCE, max_rounds=3).run(
        USER, SamplingParams()
    )
    assert json.loads(result.messages[1].content) == {
        "error": "There is no tool named 'subtract'; the tools are: add."
    }
    assert tools.ran == [{"a": 1, "b": 2}]  # round 2 ran; round 3's call is left unrun
    assert json.loads(result.messages[-1].content)["error"] == "The chat stopped before this call."
    assert (
        result.stopped
        == "The model was still calling tools after 3 rounds; the chat stopped there."
    )


def test_an_engine_error_after_a_tool_ran_keeps_the_turn():
    session = ScriptedSession(Said("", (add(2, 3),)), Said(error="The engine stopped."))
    tools = Adder()
    result = ToolLoop(session, tools, lambda c, s: Approval.ONCE).run(USER, SamplingParams())
    assert [m.role for m in result.messages] == ["assistant", "tool"]
    assert result.stopped == "The engine stopped." and tools.ran == [{"a": 2, "b": 3}]
    # Before anything ran, the error is the caller's, as for a reply with no tools.
    first = ToolLoop(ScriptedSession(Said(error="No model.")), tools, lambda c, s: Approval.ONCE)
    with pytest.raises(EngineError, match=r"^No model\.$"):
        first.run(USER, SamplingParams())
