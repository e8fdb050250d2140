"""A reply's events shaped as OpenAI's message and stream deltas: events from the reply parser
on recorded real model outputs (tests/data/chat_formats), streamed a few characters at a time,
and the deltas put back together by the openai SDK's own stream accumulator."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from openai.lib.streaming.chat import ChatCompletionStreamState
from openai.types.chat import ChatCompletionChunk

from desktop.api.chat import DeltaShaper, finish_reason, gather, message
from desktop.engine.formats import (
    ChatFormat,
    ContentDelta,
    Event,
    ReasoningDelta,
    ToolCallArgsDelta,
    ToolCallEnd,
    ToolCallStart,
    detect,
    make_parser,
)

DATA = Path(__file__).parents[2] / "data" / "chat_formats"
RECORDED: list[dict[str, Any]] = json.loads((DATA / "outputs.json").read_text(encoding="utf-8"))


def events_of(case: dict[str, Any], size: int) -> list[Event]:
    fmt = detect((DATA / f"{case['template']}.jinja").read_text(encoding="utf-8"))
    if case["template"] == "Qwen-QwQ-32B":  # its prompt opens the thought
        fmt = ChatFormat(fmt.name, fmt.reasoning, fmt.tools, starts_in_thinking=True)
    counter = itertools.count()
    parser = make_parser(fmt, new_id=lambda: f"call{next(counter)}")
    text = case["text"]
    events: list[Event] = []
    for i in range(0, len(text), size):
        events += parser.feed(text[i : i + size])
    return events + parser.finish()


def streamed(events: list[Event]) -> Any:
    """The deltas as chat.completion.chunk bodies, accumulated by the openai SDK."""
    state = ChatCompletionStreamState()
    shaper = DeltaShaper()
    deltas: list[dict[str, Any]] = [{"role": "assistant", "content": ""}]
    deltas += [d for d in map(shaper.delta, events) if d is not None]
    finishes = [None] * len(deltas) + [finish_reason("stop", shaper.called)]
    for delta, finish in zip([*deltas, {}], finishes, strict=True):
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
        chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m"}
        state.handle_chunk(ChatCompletionChunk.model_validate({**chunk, "choices": [choice]}))
    return state.current_completion_snapshot.choices[0]


CASES = [c for c in RECORDED if c["calls"] or c["reasoning"]]


@pytest.mark.parametrize("size", [1, 7])
@pytest.mark.parametrize("case", CASES, ids=[f"{c['template']}-{i}" for i, c in enumerate(CASES)])
def test_recorded_outputs_stream_and_collect_alike(case, size):
    events = events_of(case, size)
    whole = message(gather(events))
    calls = [
        (c["function"]["name"], json.loads(c["function"]["arguments"]))
        for c in whole.get("tool_calls", [])
    ]
    assert calls == [tuple(c) for c in case["calls"]]
    assert whole.get("reasoning_content", "") == case["reasoning"]
    assert whole["content"] == (None if case["calls"] and not case["content"] else case["content"])
    assert "reasoning_content" in whole or not case["reasoning"]

    choice = streamed(events)
    assert choice.finish_reason == ("tool_calls" if case["calls"] else "stop")
    assert (choice.message.content or None) == (whole["content"] or None)
    # The SDK keeps fields it does not know (reasoning_content) as extras.
    assert (choice.message.model_extra or {}).get("reasoning_content", "") == case["reasoning"]
    got = [
        {
            "id": c.id,
            "type": c.type,
            "function": {"name": c.function.name, "arguments": c.function.arguments},
        }
        for c in choice.message.tool_calls or []
    ]
    assert got == whole.get("tool_calls", [])  # the argument strings join into the same JSON


def call(call_id: str, name: str, arguments: str) -> dict[str, Any]:
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def test_a_call_streams_its_head_then_its_parsed_arguments():
    shaper = DeltaShaper()
    deltas = [
        shaper.delta(e)
        for e in [
            ReasoningDelta("hm"),
            ToolCallStart(0, "get_time", "id0"),
            ToolCallArgsDelta(0, '{"tz": "UT'),
            ToolCallEnd(0, "get_time", "id0", {"tz": "UTC"}, '{"name": "get_time"}'),
            ToolCallEnd(1, "ping", "id1", {}, "{}"),  # an end with no start: the whole call
            ContentDelta(""),
        ]
    ]
    assert deltas == [
        {"reasoning_content": "hm"},
        {"tool_calls": [{"index": 0, **call("id0", "get_time", "")}]},
        None,
        {"tool_calls": [{"index": 0, "function": {"arguments": '{"tz": "UTC"}'}}]},
        {"tool_calls": [{"index": 1, **call("id1", "ping", "{}")}]},
        None,
    ]  # fmt: skip
    assert shaper.called


def test_a_call_without_a_name_is_text_and_the_calls_are_numbered_without_it():
    # Cut off before its name: what the model wrote is text, not a call no client could run.
    nameless = [ToolCallStart(0, "", "id0"), ToolCallEnd(0, "", "id0", None, '{"na', "cut off")]
    # Cut off in its arguments: a call, with the model's text as its arguments.
    named = [ToolCallStart(1, "f", "id1"), ToolCallEnd(1, "f", "id1", None, '{"a": ', "cut off")]
    events = [ContentDelta("x"), *nameless, *named]
    assert message(gather(events)) == {
        "role": "assistant",
        "content": 'x{"na',
        "tool_calls": [call("id1", "f", '{"a": ')],
    }
    shaper = DeltaShaper()
    assert [shaper.delta(e) for e in events] == [
        {"content": "x"},
        None,
        {"content": '{"na'},
        {"tool_calls": [{"index": 0, **call("id1", "f", "")}]},
        {"tool_calls": [{"index": 0, "function": {"arguments": '{"a": '}}]},
    ]
    assert finish_reason("length", shaper.called) == "length"
    only_text = DeltaShaper()
    assert [only_text.delta(e) for e in nameless][-1] == {"content": '{"na'}
    assert not only_text.called and finish_reason("stop", only_text.called) == "stop"
    assert message(gather([ContentDelta("hi")])) == {"role": "assistant", "content": "hi"}
