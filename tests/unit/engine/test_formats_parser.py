"""The streaming reply parser on recorded real outputs, split at every character boundary."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

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
from desktop.engine.formats.parser import held, new_call_id

DATA = Path(__file__).parents[2] / "data" / "chat_formats"
RECORDED: list[dict[str, Any]] = json.loads((DATA / "outputs.json").read_text(encoding="utf-8"))

QWEN = ChatFormat("hermes", "think_tags", "hermes")
QWEN_OPEN = ChatFormat("hermes", "think_tags", "hermes", starts_in_thinking=True)
LLAMA = ChatFormat("llama3", "none", "llama3_json", python_tag=True)
MISTRAL = ChatFormat("mistral_nemo", "none", "mistral_nemo")
HARMONY = ChatFormat("gpt_oss", "harmony", "harmony")
PLAIN = ChatFormat()


def fmt_for(case: dict[str, Any]) -> ChatFormat:
    fmt = detect((DATA / f"{case['template']}.jinja").read_text(encoding="utf-8"))
    if case["template"] == "Qwen-QwQ-32B":  # its prompt opens the thought (see the detection tests)
        fmt = ChatFormat(fmt.name, fmt.reasoning, fmt.tools, starts_in_thinking=True)
    return fmt


def run(fmt: ChatFormat, pieces: Iterable[str]) -> list[Event]:
    counter = itertools.count()
    parser = make_parser(fmt, new_id=lambda: f"id{next(counter):07d}")
    events: list[Event] = []
    for piece in pieces:
        events += parser.feed(piece)
    return events + parser.finish()


def merged(events: list[Event]) -> list[Event]:
    """Consecutive deltas of one kind joined, so streams split differently compare equal."""
    out: list[Event] = []
    for e in events:
        last = out[-1] if out else None
        if isinstance(e, ReasoningDelta | ContentDelta) and type(last) is type(e):
            out[-1] = type(e)(last.text + e.text)
        elif isinstance(e, ToolCallArgsDelta) and isinstance(last, ToolCallArgsDelta):
            out[-1] = ToolCallArgsDelta(e.index, last.text + e.text)
        else:
            out.append(e)
    return out


def summary(events: list[Event]) -> tuple[str, str, list[list[Any]]]:
    starts = [e for e in events if isinstance(e, ToolCallStart)]
    ends = [e for e in events if isinstance(e, ToolCallEnd)]
    assert [(s.index, s.id) for s in starts] == [(e.index, e.id) for e in ends]
    assert all(not isinstance(e, ReasoningDelta | ContentDelta) or e.text for e in events)
    calls = [[e.name, e.arguments] + ([e.error] if e.error else []) for e in ends]
    reasoning = "".join(e.text for e in events if isinstance(e, ReasoningDelta))
    content = "".join(e.text for e in events if isinstance(e, ContentDelta))
    return reasoning, content, calls


def splits(text: str) -> Iterator[list[str]]:
    yield list(text)
    for i in range(1, len(text)):
        yield [text[:i], text[i:]]


def check_every_split(fmt: ChatFormat, text: str) -> tuple[str, str, list[list[Any]]]:
    whole = merged(run(fmt, [text]))
    for pieces in splits(text):
        assert merged(run(fmt, pieces)) == whole, pieces
    return summary(whole)


@pytest.mark.parametrize("case", RECORDED, ids=lambda c: f"{c['template']}:{c['text'][:24]!r}")
def test_recorded_outputs_at_every_split(case: dict[str, Any]) -> None:
    got = check_every_split(fmt_for(case), case["text"])
    assert got == (case["reasoning"], case["content"], case["calls"])


@pytest.mark.parametrize("case", RECORDED, ids=lambda c: c["template"])
def test_recorded_outputs_in_three_pieces(case: dict[str, Any]) -> None:
    fmt, text = fmt_for(case), case["text"]
    whole = merged(run(fmt, [text]))
    for i, j in itertools.combinations(range(1, len(text)), 2):
        if j - i < 8:  # a marker cut twice, e.g. "<tool" + "_ca" + "ll>"
            assert merged(run(fmt, [text[:i], text[i:j], text[j:]])) == whole


def test_every_recorded_call_is_parsed() -> None:
    calls = sum(len(c["calls"]) for c in RECORDED)
    parsed = sum(len(summary(run(fmt_for(c), [c["text"]]))[2]) for c in RECORDED)
    assert calls == parsed >= 12


CUT = "The tool call was cut off before it was complete."
NOT_JSON = "The tool call is not valid JSON (Expecting value: line 1 column 1 (char 0))."


@pytest.mark.parametrize(
    ("fmt", "text", "expected"),
    [
        # a thought that mentions a call marker stays reasoning; the template opened it
        (
            QWEN_OPEN,
            "hmm <tool_call> inside</think>\n\nA<b>c</b>",
            ("hmm <tool_call> inside", "A<b>c</b>", []),
        ),
        # nested arguments with a brace inside a string
        (
            QWEN,
            '<tool_call>\n{"name": "b", "arguments": {"x": [1, {"y": "}"}]}}\n</tool_call>',
            ("", "", [["b", {"x": [1, {"y": "}"}]}]]),
        ),
        (QWEN, "<think>unclosed thought  \n", ("unclosed thought", "", [])),
        (QWEN, "<think>a</think><think>b</think>done", ("ab", "done", [])),
        # an unclosed call is a malformed call with a sentence, never content
        (QWEN, 'Text <tool_call>\n{"name": "a", "argu', ("", "Text ", [["a", None, CUT]])),
        (
            QWEN,
            "<tool_call>not json</tool_call>",
            (
                "",
                "",
                [
                    [
                        "",
                        None,
                        NOT_JSON,
                    ]
                ],
            ),
        ),
        (
            QWEN,
            '<tool_call>{"name": "a", "arguments": 3}</tool_call>',
            ("", "", [["a", None, "The tool call's arguments are not a JSON object."]]),
        ),
        (
            QWEN,
            '<tool_call>{"name": "a", "arguments": "{\\"k\\": 1}"}</tool_call>',
            ("", "", [["a", {"k": 1}]]),
        ),
        # text with '<' and near-markers passes through unchanged
        (
            QWEN,
            "a < b and <thinking> is not </tool_call",
            ("", "a < b and <thinking> is not </tool_call", []),
        ),
        (
            QWEN,
            "no think here, <think> mid-text stays",
            ("", "no think here, <think> mid-text stays", []),
        ),
        (
            PLAIN,
            "  x <tool_call>{}</tool_call> <think>",
            ("", "x <tool_call>{}</tool_call> <think>", []),
        ),
        (QWEN, "<", ("", "<", [])),
        (QWEN, "<thi", ("", "<thi", [])),
        # JSON that only looks like a call
        (LLAMA, '{"answer": 42}', ("", '{"answer": 42}', [])),
        (
            LLAMA,
            'Hello {"name": "x", "parameters": {}}',
            ("", 'Hello {"name": "x", "parameters": {}}', []),
        ),
        (
            QWEN,
            'Use {"name": "a", "arguments": {}} like this.',
            ("", 'Use {"name": "a", "arguments": {}} like this.', []),
        ),
        (LLAMA, '<|python_tag|>{"name": "f", "parameters": {}}', ("", "", [["f", {}]])),
        (
            LLAMA,
            '{"name": "a", "parameters": {}}; {"name": "b", "parameters": {"k": [1]}}',
            ("", "", [["a", {}], ["b", {"k": [1]}]]),
        ),
        (LLAMA, '{"name": "a", "parameters": {"k": ', ("", "", [["a", None, CUT]])),
        (MISTRAL, "Plain [TOOL answer", ("", "Plain [TOOL answer", [])),
        (MISTRAL, "[TOOL_CALLS] no array", ("", "[TOOL_CALLS] no array", [])),
        (MISTRAL, '[TOOL_CALLS][{"name": "a", "arguments": {"q": 1}', ("", "", [["a", None, CUT]])),
        (
            HARMONY,
            " to=python<|channel|>analysis<|message|>print(1)",
            (
                "",
                "",
                [
                    [
                        "python",
                        None,
                        NOT_JSON,
                    ]
                ],
            ),
        ),
        (
            HARMONY,
            '<|channel|>commentary to=functions.f <|constrain|>json<|message|>{"a": ',
            ("", "", [["f", None, CUT]]),
        ),
        (
            HARMONY,
            "<|channel|>analysis<|message|>x<|end|><|start|>assistant<|channel|>final<|message|>y<|return|>",
            ("x", "y", []),
        ),
        (
            HARMONY,
            "Plain answer from a server that strips headers.",
            ("", "Plain answer from a server that strips headers.", []),
        ),
        (HARMONY, "<|channel|>analysis<|mess", ("", "", [])),
    ],
)
def test_edge_cases_at_every_split(fmt: ChatFormat, text: str, expected: tuple[Any, ...]) -> None:
    assert check_every_split(fmt, text) == expected


def test_no_partial_marker_is_shown_while_streaming() -> None:
    text = 'Sure.<tool_call>\n{"name": "f", "arguments": {"a": 1}}\n</tool_call>'
    parser = make_parser(QWEN)
    shown = ""
    for ch in text:
        for e in parser.feed(ch):
            if isinstance(e, ContentDelta):
                shown += e.text
        assert "<" not in shown
    assert shown == "Sure."


def test_call_events_stream_as_the_call_forms() -> None:
    text = '<tool_call>\n{"name": "f", "arguments": {"city": "Paris"}}\n</tool_call>'
    parser = make_parser(QWEN, new_id=lambda: "abcdefghi")
    first = parser.feed(text[:40])
    assert first[0] == ToolCallStart(0, "f", "abcdefghi")
    assert any(isinstance(e, ToolCallArgsDelta) for e in first)
    rest = parser.feed(text[40:]) + parser.finish()
    end = rest[-1]
    assert isinstance(end, ToolCallEnd) and end.arguments == {"city": "Paris"} and end.error == ""
    args = "".join(e.text for e in first + rest if isinstance(e, ToolCallArgsDelta))
    assert args == '{"city": "Paris"'  # closing braces held back: ToolCallEnd has the parsed value


def test_held_and_ids() -> None:
    assert held("abc<tool_ca", ["<tool_call>"]) == 8
    assert held("abc", ["<tool_call>"]) == 0
    assert held("x</", ["</think>", "<|end|>"]) == 2
    ids = {new_call_id() for _ in range(50)}
    assert len(ids) == 50 and all(len(i) == 9 and i.isalnum() for i in ids)
