"""Tool calls for templates with no tool format: the grammar, compiled by llama.cpp on the
starter's real vocabulary and walked token by token, and the plain-turn prompt."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import llama_cpp
import pytest

from desktop.core.types import Message, ToolCall, ToolSpec
from desktop.engine.grammar import GrammarError, GrammarGuard
from desktop.engine.tool_prompt import (
    messages_for_plain_template,
    tool_call_body_gbnf,
    tool_call_gbnf,
    tools_system_text,
)

TIME = ToolSpec(
    "get_time",
    "The current time in a timezone.",
    {"type": "object", "properties": {"timezone": {"type": "string"}}, "required": ["timezone"]},
)
ADD = ToolSpec(
    "add",
    "Add two integers.",
    {
        "type": "object",
        "properties": {"a": {"$ref": "#/$defs/n"}, "b": {"$ref": "#/$defs/n"}},
        "required": ["a", "b"],
        "$defs": {"n": {"type": "integer"}},
    },
)


@pytest.fixture(scope="module")
def vocab(starter: Path) -> Iterator[Any]:
    llm = llama_cpp.Llama(str(starter), vocab_only=True, verbose=False)
    try:
        yield llm._model.vocab
    finally:
        llm.close()


def takes(vocab: Any, gbnf: str, text: str) -> bool:
    """Whether the grammar accepts text whole: every token allowed, then the end of the reply."""
    data = text.encode()
    tokens = (llama_cpp.llama_token * (len(data) + 8))()
    n = llama_cpp.llama_tokenize(vocab, data, len(data), tokens, len(data) + 8, False, False)
    assert n > 0
    guard = GrammarGuard(vocab, gbnf.encode(), llama_cpp.llama_vocab_n_tokens(vocab))
    assert guard.sampler, "llama.cpp refused the grammar"
    try:
        for token in tokens[:n]:
            if not guard.allows(token):
                return False
            guard.accept(token)
        return guard.allows(llama_cpp.llama_vocab_eos(vocab))  # complete: the reply may end
    finally:
        guard.free()


def call(name: str, arguments: dict[str, Any]) -> str:
    return f"<tool_call>\n{json.dumps({'name': name, 'arguments': arguments})}\n</tool_call>"


def test_a_valid_call_is_accepted_and_an_invalid_one_refused(vocab):
    gbnf = tool_call_gbnf([TIME, ADD])
    assert takes(vocab, gbnf, call("get_time", {"timezone": "Europe/Paris"}))
    # Several calls in one reply; a $ref into the parameters' own $defs is followed.
    two = call("add", {"a": 1, "b": 2}) + "\n" + call("get_time", {"timezone": "UTC"})
    assert takes(vocab, gbnf, two)
    assert not takes(vocab, gbnf, call("get_weather", {"timezone": "UTC"}))  # unknown tool
    assert not takes(vocab, gbnf, call("add", {"a": "one", "b": 2}))  # wrong type
    assert not takes(vocab, gbnf, call("get_time", {}))  # a required argument missing
    assert not takes(vocab, gbnf, "The time in Paris is 20:15.")  # prose instead of a call
    assert not takes(vocab, tool_call_gbnf([TIME], parallel=False), two)


def test_the_body_grammar_starts_after_the_open_tag(vocab):
    body = tool_call_body_gbnf([TIME])
    assert takes(
        vocab, body, '\n{"name": "get_time", "arguments": {"timezone": "UTC"}}\n</tool_call>'
    )
    assert takes(vocab, body, '{"name": "get_time", "arguments": {"timezone": "UTC"}}</tool_call>')
    assert not takes(vocab, body, call("get_time", {"timezone": "UTC"}))  # the tag again


@pytest.mark.parametrize(
    ("tools", "start"),
    [
        (
            [ToolSpec("x", "", {"properties": {"a": {"$ref": "#/$defs/gone"}}})],
            "The arguments schema of the tool 'x'",
        ),
        (
            [ToolSpec("x", "", {"type": "array", "items": {"type": "integer"}, "maxItems": 20000})],
            "The tools' schemas make a grammar nested",
        ),
        ([], "A tool call needs at least one tool"),
    ],
)
def test_tools_that_cannot_be_enforced_get_a_sentence(tools, start):
    with pytest.raises(GrammarError) as caught:
        tool_call_gbnf(tools)
    assert str(caught.value).startswith(start) and str(caught.value).endswith(".")


def test_the_callers_schema_is_left_as_it_was():
    before = json.dumps(ADD.parameters, sort_keys=True)
    tool_call_gbnf([ADD])
    assert json.dumps(ADD.parameters, sort_keys=True) == before


def test_a_conversation_with_calls_becomes_plain_turns():
    calls = (ToolCall("c1", "get_time", {"timezone": "Europe/Paris"}),)
    chat = [
        Message("system", "You are terse."),
        Message("user", "What time is it in Paris?"),
        Message("assistant", "", reasoning="The user wants the time.", tool_calls=calls),
        Message(
            "tool", '{\n  "datetime": "2026-12-06T03:00"\n}', tool_call_id="c1", name="get_time"
        ),
    ]
    plain = messages_for_plain_template(chat, [TIME])
    assert [m.role for m in plain] == ["system", "user", "assistant", "user"]
    assert plain[0].content == "You are terse.\n\n" + tools_system_text([TIME])
    assert '"name": "get_time"' in plain[0].content and "<tool_call>" in plain[0].content
    assert plain[2] == Message("assistant", call("get_time", {"timezone": "Europe/Paris"}))
    assert plain[3].content == (
        'The tool get_time returned: {"datetime": "2026-12-06T03:00"}\n'
        "Answer my question with this result, in words."
    )
    assert all(not m.reasoning and not m.tool_calls for m in plain)
    # No system message: the tools' one comes first. No tools: nothing is added.
    assert messages_for_plain_template(chat[1:2], [TIME])[0].role == "system"
    assert messages_for_plain_template(chat[1:2], []) == chat[1:2]
