"""The engine watchdog: a child that stops answering is ended with a sentence; a busy one is not.

Real engine processes, stopped with SIGSTOP (nothing can answer then, as with a hang); the
short watchdogs here keep the tests quick.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from processes import process_gone

from desktop.core.errors import EngineCrashed
from desktop.core.types import LoadParams, Message, SamplingParams
from desktop.engine.client import WATCHDOG_S, EngineClient

STORY = [Message("user", "Write a very long story about a lighthouse.")]


@pytest.fixture
def quick() -> Iterator[EngineClient]:
    """An engine whose watchdog ends it after one second of silence."""
    client = EngineClient(watchdog_s=1.0)
    client.start()
    try:
        yield client
    finally:
        client.shutdown()


def test_the_default_watchdog_is_the_declared_constant():
    assert EngineClient().watchdog_s == WATCHDOG_S


def test_engine_stopped_during_a_load_is_ended_with_a_sentence(quick, tiny_model: Path):
    pid = quick.pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)  # the load request waits in the pipe: nothing answers it
    with pytest.raises(EngineCrashed) as caught:
        quick.load(LoadParams(str(tiny_model), n_ctx=512))
    sentence = caught.value.user_message
    assert sentence.startswith(
        "The engine stopped responding for 1 s while loading the model and was ended."
    )
    assert "Try loading it again" in sentence
    assert not quick.alive and process_gone(pid)  # killed and reaped
    # The next load starts a fresh engine.
    assert quick.load(LoadParams(str(tiny_model), n_ctx=512)).n_ctx == 512
    assert quick.pid != pid


def test_engine_stopped_mid_reply_is_ended_with_a_sentence(quick, starter: Path):
    quick.load(LoadParams(str(starter), n_ctx=2048))
    pid = quick.pid
    assert pid is not None
    generation = quick.chat(STORY, SamplingParams(max_tokens=2000, seed=3))
    pieces = iter(generation)
    next(pieces)  # the reply is streaming
    os.kill(pid, signal.SIGSTOP)
    with pytest.raises(EngineCrashed) as caught:
        for _ in pieces:
            pass
    assert caught.value.user_message.startswith(
        "The engine stopped responding for 1 s while answering and was ended. What was "
        "written so far is kept"
    )
    assert generation.text  # kept
    assert not quick.alive and process_gone(pid)
    again = quick.chat([Message("user", "hi")], SamplingParams(max_tokens=3, seed=1))
    assert again.wait().generated_tokens >= 1  # a fresh engine, the model loaded again


def test_a_busy_engine_is_not_ended(starter: Path):
    # A load and a prompt that each keep the engine inside llama.cpp (one native call, no
    # message to the app) for longer than the watchdog: its heartbeat must keep it alive.
    with EngineClient(watchdog_s=0.5) as client:
        pid = client.pid
        info = client.load(LoadParams(str(starter), n_ctx=65536, n_batch=2048))
        assert info.load_s > client.watchdog_s, "premise: the load outlasts the watchdog"
        prompt = [Message("user", "hello world " * 950)]
        stats = client.chat(prompt, SamplingParams(temperature=0.0, max_tokens=2)).wait()
        assert 1500 < stats.prompt_tokens <= 2048  # one llama_decode call for the prompt
        assert stats.ttft_ms > 1000 * client.watchdog_s, "premise: the prompt outlasts it"
        assert client.alive and client.pid == pid


def test_abort_from_another_thread_ends_a_load_at_once(quick, tiny_model: Path):
    import threading

    pid = quick.pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    aborter = threading.Timer(0.0, quick.abort)  # stands in for the window's Cancel button
    aborter.start()
    with pytest.raises(EngineCrashed) as caught:
        quick.load(LoadParams(str(tiny_model), n_ctx=512))
    aborter.join()
    assert "stopped responding" not in caught.value.user_message  # the abort, not the watchdog
    assert process_gone(pid)
