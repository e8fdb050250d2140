"""A chat request's tools, tool_choice, tool turns and thinking switch, and their refusals."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.api.errors import ApiError
from desktop.api.request import parse_chat
from desktop.core.types import Message, Thinking, ToolCall, ToolSpec

MODEL = "SmolLM2-135M-Instruct.Q4_1"
PARAMS = {"type": "object", "properties": {"tz": {"type": "string"}}, "required": ["tz"]}
TIME = {
    "type": "function",
    "function": {"name": "get_time", "description": "The time in a zone.", "parameters": PARAMS},
}
BARE = {"type": "function", "function": {"name": "ping"}}
TEXT = {"type": "text"}  # not a JSON Schema type


def body(**fields: Any) -> dict[str, Any]:
    return {"model": MODEL, "messages": [{"role": "user", "content": "hi"}], **fields}


def refusal(request: Any) -> ApiError:
    with pytest.raises(ApiError) as caught:
        parse_chat(request, MODEL)
    error = caught.value
    assert error.status == 400 and error.message.endswith(".")
    return error


def test_tools_and_tool_choice_are_mapped():
    request = parse_chat(body(tools=[TIME, BARE], parallel_tool_calls=False), MODEL)
    assert request.tools == (
        ToolSpec("get_time", "The time in a zone.", PARAMS),
        ToolSpec("ping"),
    )
    assert request.tool_choice == "auto"
    assert request.tools[0].openai() == TIME
    for choice in ("auto", "none", "required"):
        assert parse_chat(body(tools=[TIME], tool_choice=choice), MODEL).tool_choice == choice


def test_a_named_tool_choice_keeps_that_tool_and_requires_it():
    named = {"type": "function", "function": {"name": "ping"}}
    request = parse_chat(body(tools=[TIME, BARE], tool_choice=named), MODEL)
    assert request.tools == (ToolSpec("ping"),) and request.tool_choice == "required"


def test_a_conversation_with_calls_and_results_is_mapped():
    call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": "get_time", "arguments": '{"tz": "UTC"}'},
    }
    messages = [
        {"role": "user", "content": "time?"},
        {"role": "assistant", "content": None, "tool_calls": [call], "reasoning_content": "hm"},
        {"role": "tool", "tool_call_id": "call_1", "content": "12:00"},
        {"role": "tool", "tool_call_id": "call_x", "name": "other", "content": [
            {"type": "text", "text": "1"}
        ]},
    ]  # fmt: skip
    request = parse_chat(body(messages=messages, tools=[TIME]), MODEL)
    assert request.messages == (
        Message("user", "time?"),
        Message("assistant", "", "hm", (ToolCall("call_1", "get_time", {"tz": "UTC"}),)),
        # The call's name is filled in for templates that print it.
        Message("tool", "12:00", tool_call_id="call_1", name="get_time"),
        Message("tool", "1", tool_call_id="call_x", name="other"),
    )


def test_empty_or_object_arguments_are_taken():
    calls = [
        {"id": "a", "type": "function", "function": {"name": "ping", "arguments": ""}},
        {"id": "b", "type": "function", "function": {"name": "ping", "arguments": {"x": 1}}},
    ]
    request = parse_chat(body(messages=[{"role": "assistant", "tool_calls": calls}]), MODEL)
    assert request.messages[0].tool_calls == (
        ToolCall("a", "ping", {}),
        ToolCall("b", "ping", {"x": 1}),
    )


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, None),
        ({"chat_template_kwargs": {"enable_thinking": False}}, Thinking(False)),
        ({"chat_template_kwargs": {"enable_thinking": True}}, Thinking(True)),
        ({"reasoning_effort": "high"}, Thinking(None, "high")),
        ({"chat_template_kwargs": {"reasoning_effort": "low"}}, Thinking(None, "low")),
        ({"reasoning_effort": "none"}, Thinking(False)),
        (
            {"reasoning_effort": "medium", "chat_template_kwargs": {"enable_thinking": True}},
            Thinking(True, "medium"),
        ),
    ],
)
def test_the_thinking_switch(fields, expected):
    assert parse_chat(body(**fields), MODEL).thinking == expected


def call_message(arguments: Any) -> dict[str, Any]:
    function = {"name": "ping", "arguments": arguments}
    return {
        "role": "assistant",
        "tool_calls": [{"id": "a", "type": "function", "function": function}],
    }


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"tools": {"type": "function"}}, "tools"),
        ({"tools": [{"type": "retrieval"}]}, "tools[0]"),
        ({"tools": [{"type": "function"}]}, "tools[0].function"),
        ({"tools": [{"type": "function", "function": {"name": "a b"}}]}, "tools[0].function.name"),
        ({"tools": [{"type": "function", "function": {"name": "f", "description": 3}}]},
         "tools[0].function.description"),
        ({"tools": [{"type": "function", "function": {"name": "f", "parameters": "x"}}]},
         "tools[0].function.parameters"),
        ({"tools": [{"type": "function", "function": {"name": "f", "parameters": TEXT}}]},
         "tools[0].function.parameters"),
        ({"tools": [BARE, BARE]}, "tools"),
        ({"tools": [TIME], "tool_choice": "any"}, "tool_choice"),
        ({"tool_choice": "required"}, "tool_choice"),
        ({"tools": [TIME], "tool_choice": {"type": "function", "function": {"name": "ping"}}},
         "tool_choice"),
        ({"tools": [TIME], "tool_choice": {"type": "function"}}, "tool_choice"),
        ({"messages": [call_message("{not json")]}, "messages[0].tool_calls[0].function.arguments"),
        ({"messages": [call_message("[1, 2]")]}, "messages[0].tool_calls[0].function.arguments"),
        ({"messages": [call_message(5)]}, "messages[0].tool_calls[0].function.arguments"),
        ({"messages": [{"role": "assistant", "tool_calls": [{"id": "a", "function": {}}]}]},
         "messages[0].tool_calls[0].function.name"),
        ({"messages": [{"role": "assistant", "tool_calls": "x"}]}, "messages[0].tool_calls"),
        ({"messages": [{"role": "tool", "content": "x"}]}, "messages[0].tool_call_id"),
        ({"messages": [{"role": "user", "content": "x", "tool_calls": [{}]}]}, "messages[0]"),
        ({"messages": [{"role": "assistant", "content": "", "reasoning_content": 1}]},
         "messages[0]"),
        ({"chat_template_kwargs": {"enable_thinking": "yes"}},
         "chat_template_kwargs.enable_thinking"),
        ({"chat_template_kwargs": {"add_generation_prompt": False}},
         "chat_template_kwargs.add_generation_prompt"),
        ({"chat_template_kwargs": []}, "chat_template_kwargs"),
        ({"reasoning_effort": "max"}, "reasoning_effort"),
    ],
)  # fmt: skip
def test_bad_tool_and_thinking_fields_are_400_with_a_sentence(fields, param):
    assert refusal(body(**fields)).param == param


def test_a_non_json_arguments_string_says_so():
    error = refusal(body(messages=[call_message('{"tz": ')]))
    assert "is not valid JSON" in error.message
