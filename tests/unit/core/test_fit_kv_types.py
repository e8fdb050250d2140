"""The memory fit with quantized KV caches: q8_0 and q4_0 shrink the cache by their block
sizes, the plan says how much context each type buys, and the file's plan takes the types."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

from desktop.core import fit
from desktop.core.fit import Shape, estimate, plan_for_shape
from desktop.core.gguf_check import check_gguf

MIB, GIB = 1 << 20, 1 << 30


def llama8b() -> Shape:
    """A Llama 3.1 8B Q4_K_M as its header describes it (32 layers, 8 KV heads of 128)."""
    return Shape(
        architecture="llama",
        n_layers=32,
        layer_bytes=(int(4.5 * GIB) // 32,) * 32,
        input_bytes=280 * MIB,
        output_bytes=410 * MIB,
        other_bytes=1 * MIB,
        tied_output=False,
        kv_per_token=(8 * (128 + 128) * 2,) * 32,
        n_vocab=128_256,
        n_embd=4096,
        n_ff=14_336,
        n_head=32,
        n_ctx_train=131_072,
    )


def test_q8_0_and_q4_0_shrink_the_cache_by_their_block_sizes() -> None:
    shape = llama8b()
    f16 = estimate(shape, 8192).kv
    assert f16 == 8192 * 32 * 8 * 256 * 2  # 1 GiB: K and V, 2 bytes each
    # ggml's blocks: 32 values in 34 bytes (q8_0), in 18 bytes (q4_0).
    assert estimate(shape, 8192, type_k="q8_0", type_v="q8_0").kv == f16 * 34 // 64
    assert estimate(shape, 8192, type_k="q4_0", type_v="q4_0").kv == f16 * 18 // 64
    # Mixed: K and V each at its own type.
    mixed = estimate(shape, 8192, type_k="q8_0", type_v="f16").kv
    assert mixed == math.ceil(f16 / 2 * 34 / 64 + f16 / 2)
    # Only the cache changes: the weights and the rest stay.
    q8 = estimate(shape, 8192, type_k="q8_0", type_v="q8_0")
    assert estimate(shape, 8192).cpu - q8.cpu == f16 - q8.kv
    assert estimate(shape, 8192, type_k="bogus").kv == f16  # unknown: counted as f16


def test_keys_and_values_of_different_lengths_weigh_each_type_by_their_share() -> None:
    # DeepSeek-style heads: keys of 192, values of 128 (K is 60% of the cache).
    shape = dataclasses.replace(llama8b(), kv_per_token=(8 * (192 + 128) * 2,) * 32, k_share=0.6)
    f16 = estimate(shape, 4096).kv
    k_only = estimate(shape, 4096, type_k="q4_0").kv
    v_only = estimate(shape, 4096, type_v="q4_0").kv
    assert k_only == math.ceil(f16 * (0.6 * 18 / 64 + 0.4))
    assert v_only == math.ceil(f16 * (0.4 * 18 / 64 + 0.6))
    assert k_only < v_only


def test_a_header_gives_the_keys_share(tiny_model: Path) -> None:
    shape = fit.shape_of(check_gguf(tiny_model))
    assert shape.k_share == 0.5  # equal key and value lengths
    assert shape.kv_scale("q8_0", "q8_0") == 34 / 64


def test_the_plan_says_how_much_context_each_type_buys() -> None:
    plan = plan_for_shape(llama8b(), 8192, ram_available=12 * GIB)
    contexts = dict(plan.kv_contexts)
    assert list(contexts) == ["f16", "q8_0", "q4_0"]
    assert contexts["f16"] == plan.max_context
    assert contexts["f16"] < contexts["q8_0"] < contexts["q4_0"]
    # The KV cache is what grows with the context: q8_0 buys nearly 64/34 times as much.
    assert 1.6 < contexts["q8_0"] / contexts["f16"] < 64 / 34 + 0.01
    assert all(c % fit.CONTEXT_STEP == 0 for c in contexts.values())
    assert plan.kv_note == (
        f"Fits about {contexts['f16']:,} tokens of context with an f16 cache, "
        f"{contexts['q8_0']:,} with q8_0, {contexts['q4_0']:,} with q4_0 (estimate)."
    )
    # The plan for a quantized cache is the same machine's, with the larger context.
    q8 = plan_for_shape(llama8b(), 8192, 12 * GIB, type_k="q8_0", type_v="q8_0")
    assert q8.max_context == contexts["q8_0"] and q8.cpu_bytes < plan.cpu_bytes


def test_a_quantized_cache_fits_where_f16_does_not() -> None:
    f16 = plan_for_shape(llama8b(), 65_536, ram_available=10 * GIB)
    q4 = plan_for_shape(llama8b(), 65_536, 10 * GIB, type_k="q4_0", type_v="q4_0")
    assert (f16.verdict, q4.verdict) == ("wont_fit", "cpu")


def test_the_note_when_every_type_fits_the_whole_context_or_none_fits() -> None:
    short = dataclasses.replace(llama8b(), n_ctx_train=8192)
    plan = plan_for_shape(short, 4096, ram_available=64 * GIB)
    assert dict(plan.kv_contexts) == {"f16": 8192, "q8_0": 8192, "q4_0": 8192}
    assert plan.kv_note == (
        "Its whole trained context of 8,192 tokens fits with any cache type (estimate)."
    )
    none = plan_for_shape(llama8b(), 4096, ram_available=2 * GIB)
    assert none.kv_note == "" and dict(none.kv_contexts) == {"f16": 0, "q8_0": 0, "q4_0": 0}


def test_a_files_plan_takes_the_types(tiny_model: Path) -> None:
    info = check_gguf(tiny_model)
    f16 = fit.plan_for_file(info, 4096, 16 * GIB)
    q4 = fit.plan_for_file(info, 4096, 16 * GIB, type_k="q4_0", type_v="q4_0")
    shape = fit.shape_of(info)
    saved = sum(shape.kv_per_token) * 4096 * (1 - 18 / 64)
    assert f16.cpu_bytes - q4.cpu_bytes == round(saved)


def test_a_quantized_type_needs_heads_its_blocks_divide(tiny_model: Path) -> None:
    shape = fit.shape_of(check_gguf(tiny_model))  # 4 heads of 16 values
    assert (shape.head_k, shape.head_v) == (16, 16)
    assert fit.kv_type_problem(shape, "f16", "f16") is None
    assert fit.kv_type_problem(shape, "q8_0", "f16") == (
        "This model cannot keep its K cache as q8_0: its attention heads are 16 values long, "
        "not a multiple of 32. Choose f16 for it."
    )
    assert "its V cache as q4_0" in str(fit.kv_type_problem(shape, "f16", "q4_0"))
    assert fit.kv_type_problem(llama8b(), "q4_0", "q4_0") is None  # unknown lengths: no check
    heads_of_128 = dataclasses.replace(llama8b(), head_k=128, head_v=128)
    assert fit.kv_type_problem(heads_of_128, "q4_0", "q8_0") is None
