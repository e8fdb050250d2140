"""EngineClient as a Backend: the context policy applied in the engine process, in the same
request as the reply (tiny generated models)."""

from __future__ import annotations

import pytest

from desktop.core.errors import ContextOverflow
from desktop.core.types import LoadParams, Message, SamplingParams
from desktop.engine.backend import Backend, BackendInfo, Reply
from desktop.engine.protocol import Ready

GREEDY = SamplingParams(temperature=0.0, max_tokens=4, repeat_penalty=1.0)


def conversation(turns: int, system: bool = True) -> list[Message]:
    out = [Message("system", "You are terse.")] if system else []
    for i in range(turns):
        out += [Message("user", f"hello world {i} " * 3), Message("assistant", "the ice " * 4)]
    return [*out, Message("user", "last")]


def finish(reply: Reply) -> str:
    for _ in reply:
        pass
    return reply.text


def test_the_local_engine_is_a_backend_and_its_reply_a_reply(engine, tiny_model):
    assert isinstance(engine, Backend)
    info = engine.info()
    assert isinstance(info, BackendInfo) and isinstance(info, Ready)
    assert info.name == "local engine" and info.system_info and info.pid == engine.pid
    assert engine.start() is info  # already running: the same engine
    engine.load(LoadParams(str(tiny_model), n_ctx=256))
    reply = engine.chat(conversation(1), GREEDY)
    assert isinstance(reply, Reply)
    finish(reply)


def test_old_ready_order_still_builds():
    ready = Ready(7, "AVX = 1", True, "0.3.36", (), ("CPU",))
    assert (ready.pid, ready.system_info, ready.gpu_offload) == (7, "AVX = 1", True)
    assert ready.llama_cpp_version == "0.3.36" and ready.backends == ("CPU",)
    assert not ready.has_gpu


def test_trimmed_is_known_when_the_prompt_starts_and_matches_the_kept_part(engine, tiny_model):
    engine.load(LoadParams(str(tiny_model), n_ctx=256))
    messages = conversation(12)
    reply = engine.chat(messages, GREEDY, reply_room=100)
    tokens = reply.wait_prompt_started()
    trimmed = reply.trimmed
    assert trimmed is not None and trimmed.prompt_tokens == tokens and trimmed.n_ctx == 256
    finish(reply)
    kept = [messages[0], *messages[1 + trimmed.dropped_messages :]]
    assert engine.count(kept) == tokens and tokens + 100 <= 256
    assert engine.count([messages[0], *messages[trimmed.dropped_messages - 1 :]]) + 100 > 256


def test_without_a_system_prompt_the_first_turns_go(engine, tiny_model):
    engine.load(LoadParams(str(tiny_model), n_ctx=256))
    messages = conversation(12, system=False)
    reply = engine.chat(messages, GREEDY, reply_room=64)
    reply.wait_prompt_started()
    assert reply.trimmed is not None
    finish(reply)
    kept = messages[reply.trimmed.dropped_messages :]
    assert kept[0].role == "user" and engine.count(kept) == reply.trimmed.prompt_tokens


def test_a_model_with_no_template_is_trimmed_too(engine, tiny_no_template):
    n_ctx = engine.load(LoadParams(str(tiny_no_template), n_ctx=256)).n_ctx
    messages = conversation(12)
    reply = engine.chat(messages, GREEDY, reply_room=32)
    reply.wait_prompt_started()
    assert reply.trimmed is not None and reply.trimmed.prompt_tokens + 32 <= n_ctx
    finish(reply)
    kept = [messages[0], *messages[1 + reply.trimmed.dropped_messages :]]
    assert engine.count(kept) == reply.trimmed.prompt_tokens


def test_no_reply_room_means_no_trimming_and_the_old_sentence(engine, tiny_model):
    engine.load(LoadParams(str(tiny_model), n_ctx=256))
    reply = engine.chat(conversation(12), GREEDY)
    with pytest.raises(ContextOverflow, match="more than the model's context window of 256"):
        reply.wait_prompt_started()
    assert reply.trimmed is None


def test_reply_room_past_the_context_is_an_overflow_not_a_hang(engine, tiny_model):
    engine.load(LoadParams(str(tiny_model), n_ctx=256))
    reply = engine.chat(conversation(0), GREEDY, reply_room=10_000)
    with pytest.raises(ContextOverflow, match="the model's context holds 256"):
        finish(reply)
    assert finish(engine.chat(conversation(0), GREEDY, reply_room=64)) is not None
