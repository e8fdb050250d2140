"""The engine's own limits: out-of-memory loads explained with the fit's numbers, values the
app did not check clamped, text that is not UTF-8, and its output kept from the terminal."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from processes import limit_address_space

from desktop.core import paths
from desktop.core.errors import EngineCrashed, EngineError
from desktop.core.types import LoadParams, Message, SamplingParams
from desktop.engine import protocol as p
from desktop.engine.client import EngineClient

GIB = 1 << 30
GREEDY = SamplingParams(temperature=0.0, max_tokens=4, repeat_penalty=1.0)


def test_a_context_beyond_memory_is_explained_with_the_fit(engine, tiny_model: Path):
    # 10 million tokens of KV cache (about 5 GB) in an engine allowed 1 GiB more than it has.
    assert engine.pid is not None
    limit_address_space(engine.pid, GIB)
    with pytest.raises(EngineError) as caught:
        engine.load(LoadParams(str(tiny_model), n_ctx=10_000_000))
    sentence = caught.value.user_message
    assert "damaged" not in sentence and "newer engine" not in sentence
    assert sentence.startswith(
        "There is not enough memory to load this model with a 10,000,000-token context: "
    )
    found = re.search(r"it needs about ([\d.]+) GB of RAM, and ([\d.]+) ([MG])B is free", sentence)
    assert found is not None, sentence
    needs, free, unit = float(found[1]), float(found[2]), found[3]
    assert needs > 5.0  # 10M tokens x 2 layers x 2 (K and V) x 64 x 2 bytes, and more
    assert (free if unit == "G" else free / 1000) < 1.2  # the engine's limit, not the machine's
    assert "The largest context that fits is 512 tokens" in sentence  # the model's trained length
    assert "failed to allocate" in caught.value.details  # llama.cpp's own log, for reports
    # The engine lives on, and the context the sentence offered loads.
    assert engine.alive
    assert engine.load(LoadParams(str(tiny_model), n_ctx=512)).n_ctx == 512


def test_values_the_app_did_not_check_are_clamped_by_the_engine(engine, tiny_model: Path):
    info = engine.load(LoadParams(str(tiny_model), n_ctx=512, n_threads=600))
    assert 1 <= info.n_threads <= (os.cpu_count() or 1)
    assert engine.pid is not None
    limit_address_space(engine.pid, GIB)
    # Straight to the engine, as a caller that skipped SamplingParams.validate() would: a
    # penalty window of 99,999,999,999 tokens (llama.cpp would allocate ~5 GB for it) and a
    # top-k past any vocabulary.
    wild = SamplingParams(
        temperature=0.8, top_k=2**40, repeat_last_n=99_999_999_999, max_tokens=2**40, seed=2**40
    )
    generation = engine._start(lambda rid: p.Chat(rid, (Message("user", "hi"),), wild))
    stats = generation.wait()
    assert 1 <= stats.generated_tokens < 512
    assert engine.alive


def test_text_that_is_not_utf8_is_tokenized_with_replacement_characters(engine, tiny_model):
    engine.load(LoadParams(str(tiny_model), n_ctx=512))
    # What Python makes of the bytes b"caf\xe9 \xff" from argv or a pipe: lone surrogates.
    messages = [Message("user", "caf\udce9 \udcff hello")]
    assert engine.chat(messages, GREEDY).wait().generated_tokens >= 1
    assert engine.complete("caf\udce9 the", GREEDY).wait().generated_tokens >= 1


def test_a_native_abort_goes_to_the_log_file_not_the_terminal(
    tiny_model: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
):
    # ggml's own abort (a failed GGML_ASSERT) prints its message and a backtrace on stderr.
    monkeypatch.setenv("HEARTH_FAULT_GGML_ABORT", "1")
    with EngineClient() as client, pytest.raises(EngineCrashed) as caught:
        client.load(LoadParams(str(tiny_model), n_ctx=512))
    assert "aborted inside llama.cpp" in caught.value.user_message
    assert "GGML_ASSERT(test fault) failed" in caught.value.details  # nothing lost for reports
    printed = capfd.readouterr()  # this process's own fd 1 and 2, which the child inherited
    assert "GGML" not in printed.err and "GGML" not in printed.out
    (kept,) = paths.log_dir().glob("engine-*.log")  # a clean child's empty file is removed
    assert "GGML_ASSERT(test fault) failed" in kept.read_text(errors="replace")
