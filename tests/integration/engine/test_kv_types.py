"""Quantized KV caches on the real starter: q8_0 and q4_0 keys and values load and reply, the
cache llama.cpp allocates (its log) shrinks by the block sizes, and the fit's estimate of
it matches; a quantized V cache turns flash attention on (llama.cpp refuses one without)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import fit
from desktop.core.errors import EngineError
from desktop.core.gguf_check import check_gguf
from desktop.core.types import LoadParams, Message, SamplingParams
from desktop.engine.client import EngineClient

pytestmark = pytest.mark.integration

N_CTX = 8192
QUESTION = [Message("user", "What is the capital of France?")]
GREEDY = SamplingParams(temperature=0.0, max_tokens=24)


@pytest.fixture(scope="module")
def engine() -> Iterator[EngineClient]:
    client = EngineClient()
    client.start()
    yield client
    client.shutdown()


@pytest.mark.parametrize(("type_k", "type_v"), [("q8_0", "q8_0"), ("q4_0", "q4_0")])
def test_a_quantized_cache_loads_replies_and_is_as_small_as_estimated(
    engine: EngineClient, starter: Path, type_k: str, type_v: str
) -> None:
    shape = fit.shape_of(check_gguf(starter))
    full = engine.load(LoadParams(str(starter), n_ctx=N_CTX))
    full_kv = int(full.extra["kv_bytes"])
    assert full_kv == pytest.approx(fit.estimate(shape, N_CTX).kv, rel=1e-3)

    info = engine.load(LoadParams(str(starter), n_ctx=N_CTX, type_k=type_k, type_v=type_v))
    assert (info.type_k, info.type_v, info.n_ctx) == (type_k, type_v, N_CTX)
    kv = int(info.extra["kv_bytes"])
    estimated = fit.estimate(shape, N_CTX, type_k=type_k, type_v=type_v).kv
    assert kv == pytest.approx(estimated, rel=1e-3)  # the log rounds to 0.01 MiB
    assert kv == pytest.approx(full_kv * fit.KV_BYTES[type_k] / 2, rel=1e-3)
    assert info.allocated_bytes < full.allocated_bytes - (full_kv - kv) * 0.9
    reply = engine.chat(QUESTION, GREEDY)
    reply.wait()
    assert "Paris" in reply.text


def test_a_quantized_v_cache_turns_flash_attention_on(engine: EngineClient, starter: Path) -> None:
    asked = LoadParams(str(starter), n_ctx=1024, type_v="q8_0", flash_attn=False)
    info = engine.load(asked)
    assert info.flash_attn and info.type_v == "q8_0"
    reply = engine.chat(QUESTION, GREEDY)
    reply.wait()
    assert "Paris" in reply.text
    # A quantized K alone works without it: flash attention stays as asked.
    info = engine.load(LoadParams(str(starter), n_ctx=1024, type_k="q8_0", flash_attn=False))
    assert not info.flash_attn and (info.type_k, info.type_v) == ("q8_0", "f16")


def test_a_model_whose_heads_the_blocks_do_not_divide_is_refused_with_the_reason(
    engine: EngineClient, tiny_model: Path
) -> None:
    with pytest.raises(EngineError) as refused:
        engine.load(LoadParams(str(tiny_model), n_ctx=256, type_k="q8_0", type_v="q8_0"))
    assert "heads are 16 values long, not a multiple of 32" in refused.value.user_message
    assert engine.load(LoadParams(str(tiny_model), n_ctx=256)).type_k == "f16"
