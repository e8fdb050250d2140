"""Tool calls for a chat template with no tool format: the prompt text, the conversation
rewritten as plain turns, and the llama.cpp grammar that makes every call valid by construction.

The call format is Hermes's (`<tool_call>\\n{"name": …, "arguments": {…}}\\n</tool_call>`), so the
same stream parser reads it. Pure Python: the grammar is text (llama.cpp compiles it in the
engine); only llama-cpp-python's JSON-schema converter is used here.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from typing import Any

from llama_cpp import llama_grammar

from desktop.core.types import Message, ToolCall, ToolSpec
from desktop.engine.grammar import DETAILS_CHARS, MAX_NESTING, REASON_CHARS, GrammarError, nesting

# llama-cpp-python's converter (the one json_schema_to_gbnf uses) has no type annotations.
SchemaConverter: Any = llama_grammar.SchemaConverter
OPEN, CLOSE = "<tool_call>", "</tool_call>"
# Keywords under which a schema keeps its definitions: "#/$defs/X" refs in a tool's parameters
# point at its own root, so they move to the root of the call object wrapping them.
DEFINITIONS = ("$defs", "definitions")


def _calls_rule(tools: Sequence[ToolSpec]) -> tuple[str, Any]:
    """The alternatives of one call ({"name": …, "arguments": …} for each tool), and the
    converter holding the rules they use."""
    if not tools:
        raise GrammarError("A tool call needs at least one tool to call.")
    converter = SchemaConverter(
        prop_order={"name": 0, "arguments": 1}, allow_fetch=False, dotall=False, raw_pattern=False
    )
    alternatives = []
    for i, tool in enumerate(tools):
        # resolve_refs rewrites "$ref" in place: work on a copy of the caller's schema.
        params = copy.deepcopy(tool.parameters) if tool.parameters else {"type": "object"}
        schema: dict[str, Any] = {
            "type": "object",
            "properties": {"name": {"const": tool.name}, "arguments": params},
            "required": ["name", "arguments"],
            "additionalProperties": False,
        }
        for key in DEFINITIONS:
            if isinstance(params, dict) and key in params:
                schema[key] = params.pop(key)
        try:
            schema = converter.resolve_refs(schema, f"tool{i}")
            alternatives.append(converter.visit(schema, f"call-{i}"))
        except Exception as e:
            # The converter raises bare errors (assertions, KeyError, ValueError) on what it
            # does not support: a $ref elsewhere, an unknown type, a bad pattern.
            reason = " ".join(str(e).split()).rstrip(".") or type(e).__name__
            if len(reason) > REASON_CHARS:
                reason = reason[:REASON_CHARS] + "..."
            raise GrammarError(
                f"The arguments schema of the tool {tool.name!r} cannot be turned into a "
                f"grammar: {reason}.",
                repr(e)[:DETAILS_CHARS],
            ) from None
    return " | ".join(alternatives), converter


def _checked(source: str) -> str:
    if nesting(source) > MAX_NESTING:
        # llama.cpp's parser recurses once per group: too deep overflows the engine's stack.
        raise GrammarError(
            f"The tools' schemas make a grammar nested more than {MAX_NESTING:,} deep: "
            "lower their maxItems or their nesting.",
            source[:DETAILS_CHARS],
        )
    return source


def tool_call_gbnf(tools: Sequence[ToolSpec], parallel: bool = True) -> str:
    """GBNF for a reply made only of tool calls (tool_choice "required"): one block, or several
    separated by a newline when parallel. GrammarError with a sentence when it cannot be made."""
    calls, converter = _calls_rule(tools)
    more = ' ("\\n" tool-block)*' if parallel else ""
    return _checked(
        f"root ::= tool-block{more}\n"
        f'tool-block ::= {json.dumps(OPEN)} "\\n" tool-call "\\n" {json.dumps(CLOSE)}\n'
        f"tool-call ::= {calls}\n" + converter.format_grammar()
    )


def tool_call_body_gbnf(tools: Sequence[ToolSpec]) -> str:
    """GBNF for what follows an "<tool_call>" the model wrote on its own (tool_choice "auto":
    the engine turns it on at the open tag), up to and including the close tag."""
    calls, converter = _calls_rule(tools)
    return _checked(
        f'root ::= "\\n"? tool-call "\\n"? {json.dumps(CLOSE)}\n'
        f"tool-call ::= {calls}\n" + converter.format_grammar()
    )


def tools_system_text(tools: Sequence[ToolSpec]) -> str:
    """What the system prompt says about the tools and the call format. Short and literal:
    the starter is a 135M model, and this wording is the one its calls were checked with."""
    listed = "\n".join(
        json.dumps(
            {"name": t.name, "description": t.description, "parameters": t.parameters},
            ensure_ascii=False,
        )
        for t in tools
    )
    return (
        "You can call these tools. To call one, answer with\n"
        f'{OPEN}\n{{"name": NAME, "arguments": {{...}}}}\n{CLOSE}\n'
        f"Tools:\n{listed}"
    )


def call_block(call: ToolCall) -> str:
    """One call as the model writes it in this format."""
    if call.arguments is None:  # the model's own text that was not JSON, kept as it was
        arguments = call.raw or "{}"
    else:
        arguments = json.dumps(call.arguments, ensure_ascii=False)
    name = json.dumps(call.name, ensure_ascii=False)
    return f'{OPEN}\n{{"name": {name}, "arguments": {arguments}}}\n{CLOSE}'


def _compact(text: str) -> str:
    """A JSON result on one line (servers indent theirs): given it indented, the starter
    copies it back inside a new call instead of answering."""
    try:
        return json.dumps(json.loads(text), ensure_ascii=False)
    except ValueError:
        return text


def _results_turn(results: list[Message]) -> Message:
    # A plain sentence, not a <tool_response> block: given one, the 135M starter echoes the
    # block instead of answering. The last line is the wording it answered with in words
    # (measured on mcp-server-time; "Use it to answer my question." made it call again).
    lines = [f"The tool {m.name or 'tool'} returned: {_compact(m.content)}" for m in results]
    these = "this result" if len(results) == 1 else "these results"
    lines.append(f"Answer my question with {these}, in words.")
    return Message("user", "\n".join(lines))


def messages_for_plain_template(
    messages: Sequence[Message], tools: Sequence[ToolSpec]
) -> list[Message]:
    """The conversation as plain system/user/assistant turns for a template that knows no tools:
    the tools described in the system message, each call written in the format above, each run
    of tool results one user turn. Reasoning is left out (such a template drops it anyway)."""
    out: list[Message] = []
    pending: list[Message] = []
    for m in messages:
        if m.role == "tool":
            pending.append(m)
            continue
        if pending:
            out.append(_results_turn(pending))
            pending = []
        if m.role == "assistant":
            parts = [m.content] if m.content else []
            parts.extend(call_block(c) for c in m.tool_calls)
            out.append(Message("assistant", "\n".join(parts)))
        else:
            out.append(Message(m.role, m.content))
    if pending:
        out.append(_results_turn(pending))
    if tools:
        text = tools_system_text(tools)
        if out and out[0].role == "system":
            first = out[0].content
            out[0] = Message("system", f"{first}\n\n{text}" if first else text)
        else:
            out.insert(0, Message("system", text))
    return out
