"""The tool and reasoning fields of a chat request: tools, tool_choice, the tool calls and
reasoning of assistant turns, tool results, and the thinking switch (llama-server's and
vLLM's chat_template_kwargs.enable_thinking, OpenAI's reasoning_effort)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from desktop.api.errors import invalid, refused
from desktop.api.schema import check_schema
from desktop.core.types import Message, Thinking, ToolCall, ToolSpec

NAME = re.compile(r"[A-Za-z0-9_.:-]{1,64}")  # OpenAI's rule, with the dots MCP names carry
CHOICES = ("auto", "none", "required")
EFFORTS = ("low", "medium", "high")
TEMPLATE_KWARGS = ("enable_thinking", "reasoning_effort")  # what Thinking carries


def parse_tools(body: Mapping[str, Any]) -> tuple[tuple[ToolSpec, ...], str]:
    """The tools offered and the tool_choice ("auto", "none" or "required"). A named choice
    keeps that one tool and requires it."""
    for legacy in ("functions", "function_call"):
        if body.get(legacy) is not None:
            raise refused(legacy, f"The field {legacy!r} is OpenAI's old form: use tools.")
    raw = body.get("tools")
    if raw is None:
        raw = []
    if not isinstance(raw, list):
        raise invalid("The field 'tools' must be a list of function tools.", "tools")
    tools = tuple(_tool(item, f"tools[{i}]") for i, item in enumerate(raw))
    names = [t.name for t in tools]
    twice = next((n for n in names if names.count(n) > 1), None)
    if twice is not None:
        raise invalid(f"Two tools are named {twice!r}: each tool needs its own name.", "tools")
    choice = body.get("tool_choice")
    if choice is None:
        return tools, "auto"
    if isinstance(choice, str):
        if choice not in CHOICES:
            raise invalid(
                f"The tool_choice {choice!r} is unknown: use auto, none, required or "
                '{"type": "function", "function": {"name": ...}}.',
                "tool_choice",
            )
        if choice == "required" and not tools:
            raise invalid(
                "tool_choice 'required' needs at least one tool in 'tools'.", "tool_choice"
            )
        return tools, choice
    function = choice.get("function") if isinstance(choice, dict) else None
    name = function.get("name") if isinstance(function, dict) else None
    if (
        not isinstance(choice, dict)
        or choice.get("type") != "function"
        or not isinstance(name, str)
    ):
        raise invalid(
            'The field \'tool_choice\' must be auto, none, required or {"type": "function", '
            '"function": {"name": ...}}.',
            "tool_choice",
        )
    chosen = [t for t in tools if t.name == name]
    if not chosen:
        raise invalid(f"tool_choice names {name!r}, which is not among the tools.", "tool_choice")
    return tuple(chosen), "required"


def _tool(item: Any, param: str) -> ToolSpec:
    if not isinstance(item, dict) or item.get("type") != "function":
        raise invalid(
            f'{param} must be a function tool: {{"type": "function", "function": {{...}}}}.',
            param,
        )
    function = item.get("function")
    if not isinstance(function, dict):
        raise invalid(f"{param} needs a 'function' object with a name.", f"{param}.function")
    name = function.get("name")
    if not isinstance(name, str) or not NAME.fullmatch(name):
        raise invalid(
            f"{param}'s name must be 1 to 64 letters, digits, _, -, . or :.",
            f"{param}.function.name",
        )
    description = function.get("description", "")
    if not isinstance(description, str):
        raise invalid(f"{param}'s description must be a string.", f"{param}.function.description")
    where = f"{param}.function.parameters"
    parameters = function.get("parameters")
    if parameters is None:
        return ToolSpec(name, description)
    if not isinstance(parameters, dict):
        raise invalid(f"{param}'s parameters must be a JSON Schema object.", where)
    check_schema(parameters, where)
    # strict is honoured whatever it says: the grammar admits only what the schema allows.
    return ToolSpec(name, description, parameters)


def parse_thinking(body: Mapping[str, Any]) -> Thinking | None:
    """The thinking switch, or None when the request leaves it to the template."""
    kwargs = body.get("chat_template_kwargs")
    if kwargs is None:
        kwargs = {}
    if not isinstance(kwargs, dict):
        raise invalid("The field 'chat_template_kwargs' must be an object.", "chat_template_kwargs")
    other = sorted(set(kwargs) - set(TEMPLATE_KWARGS))
    if other:
        raise refused(
            f"chat_template_kwargs.{other[0]}",
            f"Hearth passes only enable_thinking and reasoning_effort to the template, not "
            f"{other[0]!r}.",
        )
    enabled = kwargs.get("enable_thinking")
    if enabled is not None and not isinstance(enabled, bool):
        raise invalid(
            "chat_template_kwargs.enable_thinking must be true or false.",
            "chat_template_kwargs.enable_thinking",
        )
    effort = _effort(body.get("reasoning_effort"), "reasoning_effort")
    if effort is None:
        effort = _effort(kwargs.get("reasoning_effort"), "chat_template_kwargs.reasoning_effort")
    if effort == "none":  # OpenAI's newest value: no reasoning at all
        enabled, effort = False, None
    if enabled is None and effort is None:
        return None
    return Thinking(enabled, effort)


def _effort(value: Any, param: str) -> str | None:
    if value is None or value in EFFORTS or value == "none":
        return value  # type: ignore[no-any-return]
    raise invalid(f"{param} must be low, medium, high or none.", param)


def message_fields(item: dict[str, Any], role: str, param: str, content: str) -> Message:
    """A message with its tool and reasoning fields: an assistant turn's tool_calls and
    reasoning_content, a tool turn's tool_call_id (and name, when the client sends one)."""
    if role == "tool":
        call_id = item.get("tool_call_id")
        if not isinstance(call_id, str) or not call_id:
            raise invalid(
                f"{param} is a tool result without a tool_call_id: name the call it answers.",
                f"{param}.tool_call_id",
            )
        name = item.get("name", "")
        if not isinstance(name, str):
            raise invalid(f"{param}'s name must be a string.", f"{param}.name")
        return Message("tool", content, tool_call_id=call_id, name=name)
    if role != "assistant":
        if item.get("tool_calls"):
            raise invalid(f"Only assistant messages carry tool_calls ({param}).", param)
        return Message(role, content)
    reasoning = item.get("reasoning_content") or ""
    if not isinstance(reasoning, str):
        raise invalid(f"{param}'s reasoning_content must be a string.", param)
    raw = item.get("tool_calls") or []
    if not isinstance(raw, list):
        raise invalid(f"{param}'s tool_calls must be a list.", f"{param}.tool_calls")
    calls = tuple(_call(c, f"{param}.tool_calls[{i}]") for i, c in enumerate(raw))
    return Message("assistant", content, reasoning, calls)


def _call(item: Any, param: str) -> ToolCall:
    function = item.get("function") if isinstance(item, dict) else None
    if not isinstance(item, dict) or not isinstance(function, dict):
        raise invalid(
            f'{param} must be {{"id", "type": "function", "function": {{"name", "arguments"}}}}.',
            param,
        )
    call_id, name = item.get("id"), function.get("name")
    if not isinstance(call_id, str) or not call_id:
        raise invalid(f"{param} needs an id (the tool message answers it).", f"{param}.id")
    if not isinstance(name, str) or not name:
        raise invalid(f"{param} needs the tool's name.", f"{param}.function.name")
    where = f"{param}.function.arguments"
    raw = function.get("arguments", "")
    if isinstance(raw, dict):  # some clients send the object itself
        return ToolCall(call_id, name, raw)
    if not isinstance(raw, str):
        raise invalid(f"{where} must be a string of JSON.", where)
    if not raw.strip():  # a call without arguments
        return ToolCall(call_id, name, {})
    try:
        arguments = json.loads(raw)
    except ValueError:
        raise invalid(
            f"{where} is not valid JSON: send the arguments as a JSON object in a string.", where
        ) from None
    if not isinstance(arguments, dict):
        raise invalid(f"{where} must hold a JSON object, not {json.dumps(arguments)[:40]}.", where)
    return ToolCall(call_id, name, arguments)


def named_results(messages: list[Message]) -> list[Message]:
    """Tool results without a name take the name of the call they answer (templates such as
    gpt-oss's and Llama's print it; OpenAI's tool messages carry only the call's id)."""
    names: dict[str, str] = {}
    out = []
    for m in messages:
        for call in m.tool_calls:
            names[call.id] = call.name
        if m.role == "tool" and not m.name and m.tool_call_id in names:
            m = Message("tool", m.content, tool_call_id=m.tool_call_id, name=names[m.tool_call_id])
        out.append(m)
    return out
