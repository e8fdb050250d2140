"""How one chat request is run for the loaded template: what the template is given, which
grammar (if any) constrains the reply, and the format the app parses the reply in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from desktop.core.types import Message, Thinking, ToolSpec
from desktop.engine.formats import ChatFormat, opens_thinking
from desktop.engine.tool_prompt import (
    messages_for_plain_template,
    tool_call_body_gbnf,
    tool_call_gbnf,
)


@dataclass(frozen=True)
class ChatPlan:
    """messages: what the template renders (rewritten for a template with no tool format);
    tools: OpenAI-shaped tools for the template's own `tools` variable; render: the
    template's thinking variables; reply_format: how the reply is parsed (None: plain text);
    grammar: the tool-call grammar from the first token (tool_choice "required");
    lazy_grammar: the call's body grammar, switched on once the model writes `<tool_call>`."""

    messages: tuple[Message, ...]
    tools: tuple[dict[str, Any], ...] = ()
    render: tuple[tuple[str, Any], ...] = ()
    reply_format: ChatFormat | None = None
    grammar: str | None = None
    lazy_grammar: str | None = None


def plan_chat(
    messages: Sequence[Message],
    base: ChatFormat | None,
    tools: Sequence[ToolSpec],
    tool_choice: str,
    thinking: Thinking | None,
    reads_enable_thinking: bool,
    generation_prompt: Callable[[bool | None], str],
) -> ChatPlan:
    """The plan for a request. base is the template's detected format (None: no template,
    the transcript fallback); generation_prompt(enable_thinking) renders what the template
    adds for the reply, which says whether it opens the thought itself."""
    fmt = base or ChatFormat()
    render: dict[str, Any] = {}
    enabled: bool | None = None
    if reads_enable_thinking:
        # Always explicit: R1-distill and QwQ templates close the thought when it is undefined.
        enabled = True if thinking is None or thinking.enabled is None else thinking.enabled
        render["enable_thinking"] = enabled
    if thinking is not None and thinking.effort and fmt.reasoning == "harmony":
        render["reasoning_effort"] = thinking.effort
    starts = fmt.reasoning == "think_tags" and opens_thinking(generation_prompt(enabled))
    active = tuple(tools) if tool_choice != "none" else ()
    template_tools: tuple[dict[str, Any], ...] = ()
    grammar = lazy = None
    plain = tuple(messages)
    tool_style = fmt.tools if active else "none"  # no tools offered: a call-like reply is text
    if fmt.tools == "none" and (active or any(m.tool_calls or m.role == "tool" for m in plain)):
        # No tool format in the template: the tools go into the system prompt, past calls and
        # results become plain turns, and a grammar makes any new call valid by construction,
        # in the Hermes form the parser reads.
        plain = tuple(messages_for_plain_template(messages, active))
        if active:
            tool_style = "hermes"
            if tool_choice == "required":
                grammar = tool_call_gbnf(active, parallel=False)
            else:
                lazy = tool_call_body_gbnf(active)
    elif fmt.tools == "llama3_json":
        plain = one_call_per_turn(plain)  # the Llama 3.x templates refuse more per message
    if active and fmt.tools != "none":
        template_tools = tuple(t.openai() for t in active)
        if tool_choice == "required" and fmt.tools == "hermes":
            grammar = tool_call_gbnf(active, parallel=False)
    reply_format = replace(fmt, tools=tool_style, starts_in_thinking=starts)
    if reply_format.reasoning == "none" and reply_format.tools == "none":
        reply_format_or_none = None
    else:
        reply_format_or_none = reply_format
    return ChatPlan(
        plain,
        template_tools,
        tuple(render.items()),
        reply_format_or_none,
        grammar,
        lazy,
    )


def one_call_per_turn(messages: Sequence[Message]) -> tuple[Message, ...]:
    """A turn that asked for several calls, split into call-and-result pairs in its order
    (Llama 3.1-3.3's templates raise "only supports single tool-calls at once")."""
    out: list[Message] = []
    results = {m.tool_call_id: m for m in messages if m.role == "tool"}
    placed: set[str] = set()
    for m in messages:
        if m.role == "tool" and m.tool_call_id in placed:
            continue
        if m.role != "assistant" or len(m.tool_calls) < 2:
            out.append(m)
            continue
        for i, call in enumerate(m.tool_calls):
            text = m.content if i == 0 else ""
            out.append(replace(m, content=text, tool_calls=(call,)))
            result = results.get(call.id)
            if result is not None:
                out.append(result)
                placed.add(call.id)
    return tuple(out)
