"""ToolTurn's approvals across threads: the worker waits for the person's answer; "always" is
remembered; Stop and the time limit end the wait as a denial (no Qt, real threads)."""

from __future__ import annotations

import threading
from typing import Any

from desktop.core.types import ToolCall, ToolSpec
from desktop.services.tool_turn import ToolTurn
from desktop.tools.runner import Approval

SPEC = ToolSpec("get_current_time", "The time", {"type": "object", "properties": {}})
CALL = ToolCall("c1", "get_current_time", {})


class Source:
    """A tool source with one tool of one server (the loop never runs here)."""

    def specs(self) -> list[ToolSpec]:
        return [SPEC]

    def call(self, name: str, arguments: dict[str, Any], timeout_s: float) -> Any:
        raise AssertionError("not called")

    def origin(self, name: str) -> str:
        return "time"


def waiting(turn: ToolTurn) -> tuple[threading.Thread, list[Approval], threading.Event]:
    """approve() on a thread of its own, as on the engine's worker; the event is set once
    the card was asked for."""
    answers: list[Approval] = []
    asked = threading.Event()
    turn.ask = lambda call, server: asked.set()
    thread = threading.Thread(target=lambda: answers.append(turn.approve(CALL, SPEC)))
    thread.start()
    assert asked.wait(10)
    return thread, answers, asked


def test_the_answer_reaches_the_waiting_worker_and_always_is_remembered() -> None:
    remembered: list[tuple[str, str]] = []
    turn = ToolTurn(Source(), remember=lambda server, spec: remembered.append((server, spec.name)))
    thread, answers, _ = waiting(turn)
    turn.answer("another call", "once")  # not the call waiting: nothing happens
    assert thread.is_alive()
    turn.answer("c1", "always")
    thread.join(10)
    assert answers == [Approval.ALWAYS]
    assert remembered == [("time", "get_current_time")]


def test_stop_and_the_time_limit_end_the_wait_as_a_denial() -> None:
    turn = ToolTurn(Source())
    thread, answers, _ = waiting(turn)
    turn.stop()
    thread.join(10)
    assert answers == [Approval.DENY] and turn.stopped
    assert turn.approve(CALL, SPEC) is Approval.DENY  # stopped: nothing more is asked

    patient = ToolTurn(Source(), timeout_s=0.05)
    patient.ask = lambda call, server: None
    assert patient.approve(CALL, SPEC) is Approval.DENY
    patient.answer("c1", "once")  # too late: nothing waits
