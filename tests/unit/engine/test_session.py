"""EngineSession on the real engine process and tiny generated models: the policies the
window and the command line share (trimming, CPU fallback, reload after a crash, calibration)."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from processes import process_gone

from desktop.core.errors import ContextOverflow, EngineCrashed, EngineError, ModelFileError
from desktop.core.types import LoadParams, Message, SamplingParams, StopReason
from desktop.engine import protocol as p
from desktop.engine.backend import Backend, BackendInfo
from desktop.engine.client import EngineClient
from desktop.engine.session import EngineSession

GREEDY = SamplingParams(temperature=0.0, max_tokens=8, repeat_penalty=1.0)
HELLO = [Message("system", "You are terse."), Message("user", "hello world")]


class RecordingClient(EngineClient):
    """The real client, noting every request it sends to the engine process."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[p.Request] = []

    def _send(self, request: p.Request) -> None:
        self.sent.append(request)
        super()._send(request)


class Rig:
    def __init__(self, tmp_path: Path) -> None:
        self.clients: list[RecordingClient] = []
        self.notices: list[str] = []
        self.starts: list[BackendInfo] = []
        self.calibration = tmp_path / "calibration.json"
        self.session = EngineSession(
            self._make, self.notices.append, self.calibration, self.starts.append
        )

    def _make(self) -> Backend:
        self.clients.append(RecordingClient())
        return self.clients[-1]

    @property
    def client(self) -> RecordingClient:
        (client,) = self.clients
        return client


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    rig = Rig(tmp_path)
    try:
        yield rig
    finally:
        pid = rig.session.pid
        rig.session.close()
        assert rig.session.pid is None
        if pid is not None:
            assert process_gone(pid)


def long_conversation(turns: int) -> list[Message]:
    out = [Message("system", "You are terse.")]
    for i in range(turns):
        out += [Message("user", f"hello world {i} " * 3), Message("assistant", "the ice " * 4)]
    return [*out, Message("user", "last")]


def test_trimming_is_one_request_and_drops_the_fewest_whole_turns(rig, tiny_model):
    rig.session.load(LoadParams(str(tiny_model), n_ctx=256))
    rig.client.sent.clear()
    messages = long_conversation(12)
    reply = rig.session.chat(messages, GREEDY)
    prompt_tokens = reply.wait_prompt_started()
    trimmed = reply.trimmed
    assert trimmed is not None and trimmed.n_ctx == 256
    assert trimmed.prompt_tokens == prompt_tokens
    for _ in reply:
        pass
    assert reply.stats is not None and reply.stats.prompt_tokens == prompt_tokens
    # One round trip: the engine trimmed with its own tokenizer, no count was asked for.
    assert [type(r) for r in rig.client.sent] == [p.Chat]
    (chat,) = rig.client.sent
    assert isinstance(chat, p.Chat) and chat.reply_room == 64  # max(64, min(8, 256 // 4))
    dropped = trimmed.dropped_messages
    assert dropped >= 2 and dropped % 2 == 0  # whole turns: a question and its answer
    kept = [messages[0], *messages[1 + dropped :]]
    assert rig.session.count(kept) == prompt_tokens
    assert prompt_tokens + 64 <= 256
    one_more_turn = [messages[0], *messages[dropped - 1 :]]
    assert rig.session.count(one_more_turn) + 64 > 256  # the fewest turns were dropped
    assert trimmed.sentence == (
        "The conversation is longer than the model's context (256 tokens): the oldest "
        f"{dropped} messages were left out of this reply. The system prompt was kept."
    )


def test_a_conversation_that_fits_is_not_trimmed(rig, tiny_model):
    rig.session.load(LoadParams(str(tiny_model), n_ctx=256))
    reply = rig.session.chat(HELLO, GREEDY)
    assert reply.wait_prompt_started() > 5
    assert reply.trimmed is None
    assert "".join(reply) == reply.text


def test_a_last_message_too_long_is_a_sentence_and_the_session_goes_on(rig, tiny_model):
    rig.session.load(LoadParams(str(tiny_model), n_ctx=256))
    messages = [Message("system", "s"), Message("user", "hello world " * 200)]
    reply = rig.session.chat(messages, GREEDY)
    with pytest.raises(ContextOverflow) as caught:
        reply.wait_prompt_started()
    error = caught.value
    assert error.n_ctx == 256 and error.prompt_tokens > 256
    assert error.user_message == (
        f"Your message is {error.prompt_tokens:,} tokens long with the system prompt; the "
        "model's context holds 256. Shorten it, or load the model with a larger context."
    )
    again = rig.session.chat(HELLO, GREEDY)
    for _ in again:
        pass
    assert again.stats is not None and again.stats.generated_tokens >= 1


def test_a_gpu_load_that_kills_the_engine_falls_back_to_the_cpu(rig, tiny_model, monkeypatch):
    # No GPU here: the engine's test hook aborts the child as a GPU driver can.
    monkeypatch.setenv("HEARTH_FAULT_GPU_LOAD", "1")
    asked = LoadParams(str(tiny_model), n_ctx=512, n_gpu_layers=4)
    info = rig.session.load(asked)
    assert info.n_gpu_layers == 0 and info.n_ctx == 512
    assert rig.session.model == info and rig.session.load_params == asked
    (sentence,) = rig.notices
    assert sentence.startswith("Loading on the GPU failed: the engine aborted inside llama.cpp")
    assert sentence.endswith("Hearth runs the model on the CPU instead, with a 512-token context.")
    assert len(rig.starts) == 2  # the first engine died loading; a second runs on the CPU
    reply = rig.session.chat(HELLO, GREEDY)
    for _ in reply:
        pass
    assert reply.stats is not None


def test_a_cpu_load_or_a_refused_file_is_not_retried(rig, tmp_path, monkeypatch):
    monkeypatch.setenv("HEARTH_FAULT_GPU_LOAD", "1")
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF" + b"\0" * 64)
    for layers in (0, 4):
        with pytest.raises(ModelFileError, match="format version 0"):
            rig.session.load(LoadParams(str(bad), n_ctx=512, n_gpu_layers=layers))
    assert rig.notices == [] and rig.session.model is None


def test_after_a_crash_mid_reply_the_next_chat_reloads_the_model(rig, tiny_model):
    info = rig.session.load(LoadParams(str(tiny_model), n_ctx=512))
    pid = rig.session.pid
    assert pid is not None
    reply = rig.session.chat(HELLO, replace(GREEDY, max_tokens=5000))
    with pytest.raises(EngineCrashed):
        for _ in reply:
            os.kill(pid, signal.SIGKILL)
    assert rig.session.model is None
    assert process_gone(pid)
    again = rig.session.chat(HELLO, GREEDY)
    for _ in again:
        pass
    assert again.stats is not None and again.stats.generated_tokens >= 1
    assert rig.session.pid not in (None, pid)
    assert rig.session.model is not None and rig.session.model.path == info.path
    loads = [r for r in rig.client.sent if isinstance(r, p.Load)]
    assert len(loads) == 2 and loads[1].params == loads[0].params


def test_a_stop_from_another_thread_ends_the_reply(rig, tiny_model):
    import threading

    rig.session.load(LoadParams(str(tiny_model), n_ctx=512))
    reply = rig.session.chat(HELLO, replace(GREEDY, max_tokens=400))
    for _ in reply:
        stopper = threading.Thread(target=rig.session.stop)
        stopper.start()
        stopper.join()
    assert reply.stats is not None and reply.stats.stop_reason is StopReason.USER


def test_each_load_records_how_far_the_estimate_was(rig, tiny_model):
    info = rig.session.load(LoadParams(str(tiny_model), n_ctx=1024))
    recorded = json.loads(rig.calibration.read_text())
    assert info.allocated_bytes and info.estimated_bytes
    assert recorded["llama"] == [round(info.allocated_bytes / info.estimated_bytes, 4)]


def test_chat_without_a_model_is_a_sentence(rig):
    with pytest.raises(EngineError, match="No model is loaded"):
        rig.session.chat(HELLO, GREEDY)
    rig.session.unload()
    assert rig.session.model is None


def test_cancel_load_ends_the_load_and_the_next_load_works(rig, tiny_model):
    import threading

    rig.session.load(LoadParams(str(tiny_model), n_ctx=256))
    pid = rig.session.pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)  # this load cannot end by itself
    errors: list[BaseException] = []

    def loading() -> None:
        try:
            rig.session.load(LoadParams(str(tiny_model), n_ctx=256))
        except BaseException as e:
            errors.append(e)

    worker = threading.Thread(target=loading)
    worker.start()
    while not rig.session._loading and worker.is_alive():
        worker.join(0.01)
    rig.session.cancel_load()
    worker.join(30)
    assert not worker.is_alive()
    (error,) = errors
    assert isinstance(error, EngineError) and error.user_message == "Loading was cancelled."
    assert rig.session.model is None and process_gone(pid)
    assert rig.session.load(LoadParams(str(tiny_model), n_ctx=256)).n_layers == 2
