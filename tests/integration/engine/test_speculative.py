"""Speculative decoding (prompt lookup) on the starter: the same replies, drafts kept."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.paths import speculative_calibration_file
from desktop.core.types import (
    GenerationStats,
    LoadParams,
    Message,
    OutputFormat,
    SamplingParams,
    StopReason,
)
from desktop.engine.client import EngineClient

pytestmark = pytest.mark.integration

PERSON = """{
  "name": "Alice Smith",
  "age": 30,
  "email": "alice.smith@example.com",
  "address": {
    "street": "12 Oak Street",
    "city": "Springfield",
    "zip": "12345"
  },
  "phone": "555-0100",
  "tags": ["admin", "editor", "viewer"]
}"""
# "Repeat this code with one change": the reply copies most of the prompt.
CODE = [
    Message(
        "user",
        f"Here is a JSON object:\n{PERSON}\nReturn the same JSON with the age changed to 31.",
    )
]
PROSE = [Message("user", "Write a short story about a lighthouse keeper and a storm.")]
GREEDY = SamplingParams(temperature=0.0, max_tokens=160)
SAMPLED = SamplingParams(temperature=0.8, seed=11, max_tokens=160)


def _engine(starter: Path, mode: str) -> Iterator[EngineClient]:
    client = EngineClient()
    client.start()
    client.load(LoadParams(str(starter), n_ctx=2048, speculative=mode))
    yield client
    client.shutdown()


@pytest.fixture(scope="module")
def spec_on(starter: Path) -> Iterator[EngineClient]:
    yield from _engine(starter, "on")


@pytest.fixture(scope="module")
def spec_off(starter: Path) -> Iterator[EngineClient]:
    yield from _engine(starter, "off")


def _reply(
    engine: EngineClient, messages: list[Message], sampling: SamplingParams, **kw: object
) -> tuple[str, GenerationStats]:
    g = engine.chat(messages, sampling, **kw)  # type: ignore[arg-type]
    stats = g.wait()
    return g.text, stats


@pytest.mark.parametrize("sampling", [GREEDY, SAMPLED], ids=["greedy", "sampled"])
def test_a_copied_reply_is_drafted_and_the_same(spec_on, spec_off, sampling):
    text_on, on = _reply(spec_on, CODE, sampling)
    text_off, off = _reply(spec_off, CODE, sampling)
    assert text_on == text_off
    assert '"Springfield"' in text_on  # the reply does copy the prompt
    assert on.generated_tokens == off.generated_tokens
    assert on.stop_reason is off.stop_reason
    assert on.draft_tokens > 0 and on.accepted_tokens > 0
    assert on.accepted_tokens <= on.draft_tokens
    assert off.draft_tokens == off.accepted_tokens == 0


@pytest.mark.parametrize("sampling", [GREEDY, SAMPLED], ids=["greedy", "sampled"])
def test_prose_is_the_same(spec_on, spec_off, sampling):
    text_on, on = _reply(spec_on, PROSE, sampling)
    text_off, off = _reply(spec_off, PROSE, sampling)
    assert text_on == text_off and len(text_on) > 100
    assert on.generated_tokens == off.generated_tokens
    assert on.accepted_tokens <= on.draft_tokens


def test_max_tokens_ends_the_reply_at_the_same_token(spec_on, spec_off):
    short = SamplingParams(temperature=0.0, max_tokens=37)
    text_on, on = _reply(spec_on, CODE, short)
    text_off, off = _reply(spec_off, CODE, short)
    assert text_on == text_off
    assert on.generated_tokens == off.generated_tokens == 37
    assert on.stop_reason is off.stop_reason is StopReason.MAX_TOKENS


def test_a_stop_string_ends_the_reply_at_the_same_place(spec_on, spec_off):
    stopping = SamplingParams(temperature=0.0, max_tokens=160, stop=('"phone"',))
    text_on, on = _reply(spec_on, CODE, stopping)
    text_off, off = _reply(spec_off, CODE, stopping)
    assert text_on == text_off and '"zip"' in text_on and "phone" not in text_on
    assert on.stop_reason is off.stop_reason is StopReason.STOP_STRING
    assert on.draft_tokens > 0


def test_the_next_turn_reuses_the_context_like_a_fresh_engine(spec_on, starter):
    first, _ = _reply(spec_on, CODE, GREEDY)
    turn = [*CODE, Message("assistant", first), Message("user", "Now change the city to Salem.")]
    text, stats = _reply(spec_on, turn, GREEDY)
    assert stats.cached_tokens > len(PERSON) // 8  # the first turn's prompt was reused
    with EngineClient() as fresh:
        fresh.load(LoadParams(str(starter), n_ctx=2048, speculative="off"))
        again, fresh_stats = _reply(fresh, turn, GREEDY)
    assert fresh_stats.cached_tokens == 0
    assert text == again


def test_a_grammar_reply_is_not_drafted(spec_on):
    shape = OutputFormat("json_object")
    text, stats = _reply(
        spec_on, CODE, SamplingParams(temperature=0.0, max_tokens=60), output_format=shape
    )
    assert text.lstrip().startswith("{")
    assert stats.draft_tokens == 0


def test_auto_measures_once_and_remembers_it(starter):
    file = speculative_calibration_file()
    with EngineClient() as engine:
        engine.load(LoadParams(str(starter), n_ctx=2048, speculative="auto"))
        text, _ = _reply(engine, CODE, GREEDY)
    saved = json.loads(file.read_text("utf-8"))
    (key, entry), *others = saved.items()
    assert not others and key.startswith(os.path.basename(starter))
    costs = entry["costs"]
    assert len(costs) == 9 and costs[0] == 1.0 and all(c > 0 for c in costs)
    assert 0 <= entry["max_draft"] <= 8
    measured = file.stat().st_mtime_ns
    with EngineClient() as engine:  # a new engine process reads it and does not measure
        engine.load(LoadParams(str(starter), n_ctx=2048, speculative="auto"))
        again, _ = _reply(engine, CODE, GREEDY)
    assert again == text
    assert file.stat().st_mtime_ns == measured
