"""Tool calls and thoughts in OpenAI's wire shape, both ways (engine/remote_tools.py)."""

from __future__ import annotations

import json

from desktop.core.types import Message, ToolCall
from desktop.engine.formats import ToolCallArgsDelta, ToolCallEnd, ToolCallStart
from desktop.engine.remote import parse_sse
from desktop.engine.remote_tools import ToolCallDeltas, openai_message


def chunk(delta: dict[str, object], finish: str | None = None) -> list[str]:
    body = {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return [f"data: {json.dumps(body)}", ""]


def test_plain_turns_are_role_and_content_only():
    assert openai_message(Message("user", "hi")) == {"role": "user", "content": "hi"}


def test_a_call_turn_and_its_result_take_openais_shape():
    call = ToolCall("abcdefghi", "get_time", {"timezone": "UTC"})
    turn = openai_message(Message("assistant", "", reasoning="hm", tool_calls=(call,)))
    assert turn["content"] is None and turn["reasoning_content"] == "hm"
    assert turn["tool_calls"] == [
        {
            "id": "abcdefghi",
            "type": "function",
            "function": {"name": "get_time", "arguments": '{"timezone": "UTC"}'},
        }
    ]
    result = openai_message(Message("tool", "14:05", tool_call_id="abcdefghi", name="get_time"))
    assert result == {
        "role": "tool",
        "content": "14:05",
        "tool_call_id": "abcdefghi",
        "name": "get_time",
    }


def test_streamed_call_deltas_become_start_args_and_end_events():
    # llama-server's shape: id and name first, then the arguments in pieces; two calls.
    lines = [
        *chunk({"tool_calls": [{"index": 0, "id": "c1", "type": "function",
                                "function": {"name": "get_time", "arguments": ""}}]}),
        *chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"timezone": '}}]}),
        *chunk({"tool_calls": [{"index": 0, "function": {"arguments": '"UTC"}'}}]}),
        *chunk({"tool_calls": [{"index": 1, "id": "c2",
                                "function": {"name": "add", "arguments": "{not json"}}]}),
        *chunk({}, "tool_calls"),
        "data: [DONE]",
        "",
    ]  # fmt: skip
    calls = ToolCallDeltas()
    events = [e for d in parse_sse(lines) for e in calls.feed(d.tool_calls)]
    assert events[0] == ToolCallStart(0, "get_time", "c1")
    assert "".join(e.text for e in events if isinstance(e, ToolCallArgsDelta) and e.index == 0) == (
        '{"timezone": "UTC"}'
    )
    ends = calls.finish()
    assert all(isinstance(e, ToolCallEnd) for e in ends)
    first, second = ends
    assert isinstance(first, ToolCallEnd) and first.arguments == {"timezone": "UTC"}
    assert isinstance(second, ToolCallEnd) and second.arguments is None and second.error
    assert second.raw == "{not json"
