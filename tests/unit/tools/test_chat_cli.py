"""The terminal side of `hearth chat --mcp-config`: approvals asked (or refused without a
terminal) and each call shown on stderr, the answer alone on stdout."""

from __future__ import annotations

import io

from desktop.core.types import ToolCall, ToolSpec
from desktop.engine.formats import ContentDelta, ToolCallEnd
from desktop.tools.chat_cli import TerminalApproval, TerminalView
from desktop.tools.runner import Approval, LoopNotice, ToolFinished

CALL = ToolCall("c1", "get_time", {"timezone": "UTC"})
SPEC = ToolSpec("get_time")


def test_allowed_tools_run_and_others_are_asked_or_denied():
    err = io.StringIO()
    answers = iter(["maybe", "A"])
    asking = TerminalApproval(["add"], ask=lambda prompt: next(answers), err=err)
    assert asking(ToolCall("c0", "add", {}), ToolSpec("add")) is Approval.ONCE
    assert asking(CALL, SPEC) is Approval.ALWAYS  # "maybe" is asked again
    assert err.getvalue().count("Run get_time? [o]nce, [a]lways, [d]eny: ") == 2

    def closed(prompt: str) -> str:
        raise EOFError

    assert TerminalApproval([], ask=closed, err=err)(CALL, SPEC) is Approval.DENY
    no_terminal = io.StringIO()
    assert TerminalApproval([], ask=None, err=no_terminal)(CALL, SPEC) is Approval.DENY
    assert no_terminal.getvalue() == (
        "hearth: get_time was not run: allow it with --allow-tool get_time "
        "(there is no terminal to ask on).\n"
    )


def test_calls_and_results_go_to_stderr_and_the_answer_to_stdout():
    out, err = io.StringIO(), io.StringIO()
    view = TerminalView(out, err)
    view(ContentDelta("Let me look."))
    view(ToolCallEnd(0, "get_time", "c1", {"timezone": "UTC"}, "", ""))
    view(ToolFinished(CALL, "ok", '{"datetime": "2026-12-06T03:00:00+00:00"}', 0.0123))
    view(ToolFinished(CALL, "denied", '{"error": "The user denied this tool call."}'))
    view(ContentDelta("It is 03:00."))
    view(LoopNotice("Stopped."))
    view.finish()
    assert out.getvalue() == "Let me look.\nIt is 03:00.\n"
    assert err.getvalue() == (
        '→ tool get_time {"timezone": "UTC"}\n'
        '← ok: {"datetime": "2026-12-06T03:00:00+00:00"} (12 ms)\n'
        '← denied: {"error": "The user denied this tool call."}\n'
        "hearth: Stopped.\n"
    )
