"""The engine on real models: the starter (SmolLM2-135M-Instruct) and Gemma 3 270M base."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.errors import ContextOverflow, EngineCrashed
from desktop.core.gguf_check import check_gguf
from desktop.core.types import PRESETS, LoadParams, Message, SamplingParams, StopReason
from desktop.engine.client import EngineClient
from desktop.engine.template import TRANSCRIPT_FORMAT

pytestmark = pytest.mark.integration

QUESTION = [
    Message("system", "You are a helpful assistant."),
    Message("user", "What is the capital of France?"),
]


@pytest.fixture(scope="module")
def starter_engine(starter: Path) -> Iterator[EngineClient]:
    client = EngineClient()
    client.start()
    client.load(LoadParams(str(starter), n_ctx=2048))
    yield client
    client.shutdown()


def test_real_reply(starter_engine):
    g = starter_engine.chat(QUESTION, SamplingParams(temperature=0.0, max_tokens=64))
    stats = g.wait()
    assert "Paris" in g.text
    assert stats.stop_reason is StopReason.END_OF_TURN
    assert "<|im_end|>" not in g.text and "<|im_start|>" not in g.text
    assert stats.generated_tokens < 64
    assert stats.chat_format == "the model's own chat template"


def test_same_seed_reproduces_the_reply_across_processes(starter_engine, starter):
    params = PRESETS["Seed tutorial"]
    params = replace(params, seed=2024)
    haiku = [Message("user", "Write a haiku about ice hockey")]
    first = starter_engine.chat(haiku, params)
    first.wait()
    second = starter_engine.chat(haiku, params)
    second.wait()
    assert first.text and first.text == second.text
    with EngineClient() as fresh:
        fresh.load(LoadParams(str(starter), n_ctx=2048))
        third = fresh.chat(haiku, params)
        third.wait()
    assert third.text == first.text


def test_stop_mid_stream_then_new_request(starter_engine):
    long = [Message("user", "Write a long story about a lighthouse keeper.")]
    g = starter_engine.chat(long, SamplingParams(temperature=0.7, seed=3, max_tokens=400))
    seen = []
    for piece in g:
        seen.append(piece)
        if len(seen) == 5:
            g.stop()
    stats = g.wait()
    assert stats.stop_reason is StopReason.USER
    assert 5 <= stats.generated_tokens < 400
    after = starter_engine.chat(QUESTION, SamplingParams(temperature=0.0, max_tokens=64))
    after.wait()
    assert "Paris" in after.text


def test_killed_mid_stream_gives_a_clear_error_and_restart_works(starter, tmp_path):
    with EngineClient() as client:
        client.load(LoadParams(str(starter), n_ctx=1024))
        g = client.chat(
            [Message("user", "Tell me a long story.")], SamplingParams(seed=1, max_tokens=300)
        )
        pid = client.pid
        assert pid is not None
        with pytest.raises(EngineCrashed) as caught:
            for _ in g:
                os.kill(pid, signal.SIGKILL)
        assert "SIGKILL" in caught.value.exit_reason
        assert g.text  # what arrived before the crash is kept
        again = client.chat(QUESTION, SamplingParams(temperature=0.0, max_tokens=64))
        again.wait()
        assert "Paris" in again.text
        assert client.pid != pid


def test_context_overflow_is_a_sentence(starter_engine):
    flood = [
        Message("user", "Please summarise: " + "the quick brown fox jumps over the lazy dog " * 300)
    ]
    with pytest.raises(ContextOverflow) as caught:
        starter_engine.chat(flood, SamplingParams(max_tokens=10)).wait()
    message = caught.value.user_message
    assert "context window of 2,048 tokens" in message
    assert "Requested tokens" not in message
    assert starter_engine.alive


def test_base_model_without_template_answers_in_a_named_format(gemma_path):
    info = check_gguf(gemma_path)
    assert info.architecture == "gemma3"
    assert not info.has_chat_template
    with EngineClient() as client:
        loaded = client.load(LoadParams(str(gemma_path), n_ctx=1024))
        assert loaded.chat_format == TRANSCRIPT_FORMAT
        g = client.chat(
            [Message("user", "Name three colours.")], SamplingParams(temperature=0.0, max_tokens=40)
        )
        stats = g.wait()
    assert g.text.strip(), "a model without a template must not answer with silence"
    assert stats.chat_format == TRANSCRIPT_FORMAT
    assert "User:" not in g.text
