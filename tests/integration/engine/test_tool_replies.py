"""Tools and thinking on the real engine: the starter's weights under its own template (no
tool format: a grammar makes the call) and under the real Qwen3 and QwQ templates (the tools
reach the template, the thought is split from the answer while it streams)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from retemplate import with_template

from desktop.core.types import LoadParams, Message, SamplingParams, Thinking, ToolCall, ToolSpec
from desktop.engine.client import EngineClient
from desktop.engine.formats import ContentDelta, ReasoningDelta, ToolCallEnd, ToolCallStart

pytestmark = pytest.mark.integration

DATA = Path(__file__).parents[2] / "data" / "chat_formats"
QUESTION = [Message("user", "What time is it in Paris?")]
GREEDY = SamplingParams(temperature=0.0, max_tokens=80, seed=1)
SHORT = SamplingParams(temperature=0.0, max_tokens=12, seed=1)
GET_TIME = ToolSpec(
    "get_time",
    "The current time in a timezone",
    {
        "type": "object",
        "properties": {"timezone": {"type": "string"}},
        "required": ["timezone"],
    },
)


@pytest.fixture(scope="module")
def engine() -> Iterator[EngineClient]:
    client = EngineClient()
    client.start()
    try:
        yield client
    finally:
        client.shutdown()


@pytest.fixture(scope="module")
def models(starter: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("templated")
    return {
        "starter": starter,
        "qwen3": with_template(
            starter, (DATA / "Qwen-Qwen3-0.6B.jinja").read_text("utf-8"), folder / "qwen3.gguf"
        ),
        "qwq": with_template(
            starter, (DATA / "Qwen-QwQ-32B.jinja").read_text("utf-8"), folder / "qwq.gguf"
        ),
    }


def load(engine: EngineClient, path: Path) -> dict[str, str]:
    return engine.load(LoadParams(str(path), n_ctx=2048)).extra


def only_call(calls: tuple[ToolCall, ...]) -> ToolCall:
    assert len(calls) == 1, calls
    call = calls[0]
    assert call.name == "get_time" and call.error == ""
    assert isinstance(call.arguments, dict) and isinstance(call.arguments["timezone"], str)
    return call


def test_a_template_with_no_tool_format_calls_through_the_grammar(engine, models):
    assert load(engine, models["starter"]).get("tool_format") == "none"
    reply = engine.chat(QUESTION, GREEDY, tools=[GET_TIME], tool_choice="required")
    events = list(reply.events())
    call = only_call(reply.tool_calls)
    # Shown as it forms, never leaked as answer text.
    kinds = [type(e) for e in events]
    assert kinds.index(ToolCallStart) < kinds.index(ToolCallEnd)
    assert reply.text.strip() == ""
    assert not [e for e in events if isinstance(e, ContentDelta) and e.text.strip()]
    # One call: the grammar ends the reply after it.
    assert reply.parts.raw.count("<tool_call>") == 1
    assert reply.stats is not None and reply.stats.generated_tokens < GREEDY.max_tokens
    # The result goes back and the model answers in text (the tool turn is rewritten for a
    # template that has no tool role).
    result = Message("tool", '{"time": "14:05"}', tool_call_id=call.id, name="get_time")
    turn = Message("assistant", "", tool_calls=(call,))
    turns = [*QUESTION, turn, result]
    follow = engine.chat(turns, SHORT, tools=[GET_TIME], tool_choice="none")
    assert follow.wait() is not None
    assert follow.tool_calls == () and follow.text.strip()


def test_auto_lets_the_model_answer_in_text(engine, models):
    load(engine, models["starter"])
    reply = engine.chat(QUESTION, SHORT, tools=[GET_TIME], tool_choice="auto")
    reply.wait()
    assert reply.tool_calls == () and reply.text.strip()


def test_a_native_tool_template_gets_the_tools_and_its_call_is_parsed(engine, models):
    extra = load(engine, models["qwen3"])
    assert extra["reply_format"] == "hermes" and extra["thinking_switch"] == "1"
    plain = engine.chat(QUESTION, SamplingParams(max_tokens=1))
    with_tools = engine.chat(QUESTION, SamplingParams(max_tokens=1), tools=[GET_TIME])
    assert plain.wait_prompt_started() < with_tools.wait_prompt_started()  # listed in the prompt
    with_tools.wait()
    plain.wait()
    reply = engine.chat(QUESTION, GREEDY, tools=[GET_TIME], tool_choice="required")
    reply.wait()
    call = only_call(reply.tool_calls)
    assert reply.text.strip() == ""
    # The call and its result render in the template's own tool format.
    result = Message("tool", '{"time": "14:05"}', tool_call_id=call.id, name="get_time")
    turn = Message("assistant", "", reasoning="The user wants the time.", tool_calls=(call,))
    follow = engine.chat([*QUESTION, turn, result], SHORT, tools=[GET_TIME])
    follow.wait()
    assert follow.stats is not None


def test_a_template_that_opens_the_thought_streams_it_apart(engine, models):
    assert load(engine, models["qwq"])["thinking_switch"] == "1"
    reply = engine.chat(QUESTION, SamplingParams(temperature=0.0, max_tokens=24))
    events = list(reply.events())
    # The prompt ends inside <think>: all the starter writes is thought, none of it answer.
    assert reply.reasoning.strip() and reply.text == ""
    assert all(isinstance(e, ReasoningDelta) for e in events)
    # Thinking off: the template closes the thought itself and the reply is the answer.
    off = engine.chat(
        QUESTION, SamplingParams(temperature=0.0, max_tokens=24), thinking=Thinking(False)
    )
    off.wait()
    assert off.reasoning == "" and off.text.strip()
