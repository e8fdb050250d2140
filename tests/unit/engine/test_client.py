"""The engine process and its client, driven on tiny generated models (fast)."""

from __future__ import annotations

import os
import signal
from dataclasses import replace
from pathlib import Path

import pytest
from ggufgen import TinySpec, phi3_spec, write_tiny_model

from desktop.core.errors import ContextOverflow, EngineCrashed, EngineError, ModelFileError
from desktop.core.types import LoadParams, Message, SamplingParams, StopReason
from desktop.engine.client import EngineClient, describe_exit
from desktop.engine.template import TRANSCRIPT_FORMAT

GREEDY = SamplingParams(temperature=0.0, max_tokens=24, repeat_penalty=1.0)
HELLO = [Message("system", "You are terse."), Message("user", "hello world")]


def load(engine: EngineClient, path: Path, n_ctx: int = 512) -> None:
    engine.load(LoadParams(str(path), n_ctx=n_ctx))


def test_load_reports_the_model_and_its_format(engine, tiny_model, tiny_no_template):
    info = engine.load(LoadParams(str(tiny_model), n_ctx=256))
    assert info.n_ctx == 256
    assert info.n_layers == 2
    assert info.n_vocab > 300
    assert info.chat_format == "the model's own chat template"
    assert info.chat_template_sha256 is not None and len(info.chat_template_sha256) == 64
    assert info.flash_attn is True
    assert info.n_threads >= 1
    base = engine.load(LoadParams(str(tiny_no_template), n_ctx=256))
    assert base.chat_format == TRANSCRIPT_FORMAT
    assert base.chat_template_sha256 is None


def test_greedy_reply_is_deterministic_and_reports_stats(engine, tiny_model):
    load(engine, tiny_model)
    first = engine.chat(HELLO, GREEDY)
    pieces = list(first)
    stats = first.wait()
    assert pieces and "".join(pieces) == first.text
    assert stats.prompt_tokens > 5
    assert 1 <= stats.generated_tokens <= GREEDY.max_tokens
    assert stats.stop_reason in (StopReason.MAX_TOKENS, StopReason.END_OF_TURN)
    assert stats.ttft_ms > 0 and stats.total_ms >= stats.ttft_ms
    assert stats.tokens_per_s > 0 and stats.prompt_tokens_per_s > 0
    second = engine.chat(HELLO, GREEDY)
    second.wait()
    assert second.text == first.text


def test_same_seed_same_reply_other_seed_other_reply(engine, tiny_model):
    load(engine, tiny_model)
    params = SamplingParams(temperature=1.0, seed=1234, max_tokens=32)
    a = engine.chat(HELLO, params)
    a.wait()
    b = engine.chat(HELLO, params)
    b.wait()
    c = engine.chat(HELLO, replace(params, seed=99))
    c.wait()
    assert a.text == b.text
    assert a.stats is not None and a.stats.seed == 1234
    assert c.text != a.text


def test_unset_seed_is_chosen_and_reported(engine, tiny_model):
    load(engine, tiny_model)
    g = engine.chat(HELLO, SamplingParams(max_tokens=8))
    stats = g.wait()
    again = engine.chat(HELLO, SamplingParams(max_tokens=8, seed=stats.seed))
    again.wait()
    assert again.text == g.text


def test_next_turn_reuses_the_shared_prefix_and_regenerate_repeats(engine, tiny_model):
    load(engine, tiny_model)
    params = SamplingParams(temperature=1.0, seed=5, max_tokens=12)
    first = engine.chat(HELLO, params)
    first_stats = first.wait()
    assert first_stats.cached_tokens == 0
    again = engine.chat(HELLO, params)
    again_stats = again.wait()
    # Regenerating the same prompt reuses all but its last token and gives the same reply.
    assert again_stats.cached_tokens == again_stats.prompt_tokens - 1
    assert again.text == first.text
    turn = [*HELLO, Message("assistant", first.text), Message("user", "and again")]
    next_stats = engine.chat(turn, params).wait()
    assert next_stats.cached_tokens >= first_stats.prompt_tokens - 1
    other = engine.chat([Message("user", "something else entirely")], params).wait()
    assert other.cached_tokens < 5


def test_max_tokens_ends_the_reply(engine, tiny_model):
    load(engine, tiny_model)
    g = engine.chat(HELLO, replace(GREEDY, max_tokens=5))
    stats = g.wait()
    assert stats.generated_tokens == 5
    assert stats.stop_reason is StopReason.MAX_TOKENS


def test_stop_string_ends_the_reply_and_is_not_shown(engine, models_dir):
    path = write_tiny_model(models_dir / "always-a.gguf", TinySpec(always="a"))
    load(engine, path)
    g = engine.chat(HELLO, replace(GREEDY, max_tokens=50, stop=("aaaa",)))
    stats = g.wait()
    assert stats.stop_reason is StopReason.STOP_STRING
    assert g.text == ""  # "aaaa" arrives whole and is held back, never shown
    plain = engine.chat(HELLO, replace(GREEDY, max_tokens=6))
    plain.wait()
    assert plain.text == "aaaaaa"


def test_phi3_template_stops_at_end_token(engine, models_dir):
    path = write_tiny_model(models_dir / "phi3-end.gguf", replace(phi3_spec(), always="<|end|>"))
    info = engine.load(LoadParams(str(path), n_ctx=512))
    assert info.chat_format == "the model's own chat template"
    g = engine.chat(
        [Message("user", "Write a haiku about ice hockey")], SamplingParams(max_tokens=100)
    )
    stats = g.wait()
    assert stats.stop_reason is StopReason.END_OF_TURN
    # The first token is never end-of-turn (no silent replies); the second one is.
    assert stats.generated_tokens == 2
    assert "<|end|>" not in g.text


def test_repeat_window_is_applied_per_request(engine, tiny_model):
    load(engine, tiny_model)
    base = SamplingParams(temperature=0.0, max_tokens=48, repeat_penalty=1.0)
    off = engine.chat(HELLO, base)
    off.wait()
    window_zero = engine.chat(HELLO, replace(base, repeat_penalty=5.0, repeat_last_n=0))
    window_zero.wait()
    window_64 = engine.chat(HELLO, replace(base, repeat_penalty=5.0, repeat_last_n=64))
    window_64.wait()
    assert window_zero.text == off.text  # a zero window switches the penalty off
    assert window_64.text != off.text


def test_no_template_model_uses_transcript_and_answers(engine, tiny_no_template):
    load(engine, tiny_no_template)
    g = engine.chat(HELLO, GREEDY)
    stats = g.wait()
    assert stats.chat_format == TRANSCRIPT_FORMAT
    assert stats.generated_tokens >= 1


def test_stop_mid_stream_then_a_new_request(engine, tiny_model):
    load(engine, tiny_model)
    g = engine.chat(HELLO, replace(GREEDY, max_tokens=400))
    for _ in g:
        g.stop()
        break
    stats = g.wait()
    assert stats.stop_reason is StopReason.USER
    assert stats.generated_tokens < 400
    after = engine.chat(HELLO, replace(GREEDY, max_tokens=4))
    assert after.wait().stop_reason is StopReason.MAX_TOKENS


def test_stop_during_prompt_processing(engine, tiny_model):
    engine.load(LoadParams(str(tiny_model), n_ctx=512, n_batch=512))
    long = [Message("user", "hello world " * 30)]
    g = engine.chat(long, replace(GREEDY, max_tokens=50))
    assert g.wait_prompt_started() > 100
    g.stop()
    stats = g.wait()
    assert stats.stop_reason is StopReason.USER
    assert engine.alive


def test_engine_that_misses_the_stop_deadline_is_replaced(engine, tiny_model):
    load(engine, tiny_model)
    g = engine.chat(HELLO, replace(GREEDY, max_tokens=400))
    stuck_pid = engine.pid
    assert stuck_pid is not None
    next(iter(g))
    os.kill(stuck_pid, signal.SIGSTOP)  # the engine can no longer see the stop flag
    g.stop()
    stats = g.wait()
    assert stats.stop_reason is StopReason.USER
    assert not engine.alive
    after = engine.chat(HELLO, replace(GREEDY, max_tokens=3))
    assert after.wait().generated_tokens >= 1
    assert engine.pid != stuck_pid


def test_context_overflow_is_a_sentence_and_the_engine_lives(engine, tiny_model):
    n_ctx = engine.load(LoadParams(str(tiny_model), n_ctx=256)).n_ctx
    with pytest.raises(ContextOverflow) as caught:
        engine.chat([Message("user", "hello world " * 40)], GREEDY).wait()
    assert caught.value.n_ctx == n_ctx
    assert caught.value.prompt_tokens > n_ctx
    assert f"context window of {n_ctx} tokens" in caught.value.user_message
    ok = engine.chat([Message("user", "hi")], replace(GREEDY, max_tokens=3))
    assert ok.wait().generated_tokens >= 1


def test_reply_running_into_the_context_end_says_so(engine, models_dir):
    # A model that never ends its turn, in the smallest context llama.cpp allows (256).
    path = write_tiny_model(models_dir / "always-b.gguf", TinySpec(always="b"))
    n_ctx = engine.load(LoadParams(str(path), n_ctx=256)).n_ctx
    g = engine.chat([Message("user", "hi")], replace(GREEDY, max_tokens=5000))
    stats = g.wait()
    assert stats.stop_reason is StopReason.CONTEXT_FULL
    assert stats.prompt_tokens + stats.generated_tokens == n_ctx


def test_count_tokens_matches_the_prompt(engine, tiny_model):
    load(engine, tiny_model)
    count = engine.count_tokens(HELLO)
    g = engine.chat(HELLO, replace(GREEDY, max_tokens=2))
    assert g.wait().prompt_tokens == count


def test_killed_engine_gives_a_sentence_and_restarts(engine, tiny_model):
    load(engine, tiny_model)
    g = engine.chat(HELLO, replace(GREEDY, max_tokens=400))
    old_pid = engine.pid
    assert old_pid is not None
    with pytest.raises(EngineCrashed) as caught:
        for _ in g:
            os.kill(old_pid, signal.SIGKILL)
    assert "SIGKILL" in caught.value.exit_reason
    assert "stopped unexpectedly" in caught.value.user_message
    assert not engine.alive
    # The next request starts a fresh engine and reloads the model.
    again = engine.chat(HELLO, replace(GREEDY, max_tokens=3))
    assert again.wait().generated_tokens >= 1
    assert engine.pid != old_pid


def test_refused_file_never_reaches_the_engine(engine, tmp_path):
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF" + b"\x07\x00\x00\x00" + b"\x00" * 16)
    pid = engine.pid
    with pytest.raises(ModelFileError) as caught:
        engine.load(LoadParams(str(bad)))
    assert caught.value.reason == "bad_version"
    assert engine.pid == pid and engine.alive


def test_load_failure_inside_llama_cpp_is_a_sentence(engine, models_dir, tiny_model):
    # Valid header, but a head count the tensors cannot match: llama.cpp refuses it.
    path = write_tiny_model(models_dir / "bad-shape.gguf", TinySpec(n_head=3))
    with pytest.raises(EngineError) as caught:
        engine.load(LoadParams(str(path)))
    assert caught.value.user_message.startswith("The model could not be loaded")
    assert engine.alive
    load(engine, tiny_model)
    assert engine.chat(HELLO, replace(GREEDY, max_tokens=2)).wait().generated_tokens >= 1


def test_unload_then_chat_says_no_model(engine, tiny_model):
    load(engine, tiny_model)
    engine.unload()
    with pytest.raises(EngineError, match="No model is loaded"):
        engine.chat(HELLO, GREEDY)


def test_a_new_request_stops_the_unfinished_one(engine, tiny_model):
    load(engine, tiny_model)
    first = engine.chat(HELLO, replace(GREEDY, max_tokens=400))
    second = engine.chat(HELLO, replace(GREEDY, max_tokens=3))
    assert first.finished
    assert first.stats is not None and first.stats.stop_reason is StopReason.USER
    assert second.wait().stop_reason is StopReason.MAX_TOKENS


def test_invalid_sampling_is_refused_before_sending(engine, tiny_model):
    load(engine, tiny_model)
    with pytest.raises(ValueError, match="temperature"):
        engine.chat(HELLO, SamplingParams(temperature=-1))


def test_exit_descriptions():
    assert "SIGKILL" in describe_exit(-signal.SIGKILL)
    assert "aborted inside llama.cpp" in describe_exit(-signal.SIGABRT)
    assert describe_exit(1) == "exited with code 1"
    assert describe_exit(None) == "still running"
