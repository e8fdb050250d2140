"""The engine benchmark's references in-process: llama_cpp's high-level API, bare llama_decode."""

from __future__ import annotations

import ctypes
import time
from collections.abc import Sequence
from typing import Any

import llama_cpp

from desktop.bench.prompts import MIN_P, REPEAT_PENALTY, SEED, TEMPERATURE, TOP_K, TOP_P
from desktop.core.errors import EngineError
from desktop.core.types import LoadParams, StopReason
from desktop.engine.host import amx_weights_off


class Tokenizer:
    """The model's vocabulary alone, to build the prompt; tokenizes as the engine does."""

    def __init__(self, path: str) -> None:
        params = llama_cpp.llama_model_default_params()
        params.vocab_only = True
        self._model = llama_cpp.llama_model_load_from_file(path.encode("utf-8"), params)
        if not self._model:
            raise EngineError(f"The benchmark could not read the vocabulary of {path}.")
        self._vocab = llama_cpp.llama_model_get_vocab(self._model)
        self.add_bos = bool(llama_cpp.llama_vocab_get_add_bos(self._vocab))

    def tokenize(self, text: str) -> list[int]:
        data = text.encode("utf-8")
        size = len(data) + 8
        for _ in range(2):
            buf = (llama_cpp.llama_token * size)()
            n = int(
                llama_cpp.llama_tokenize(
                    self._vocab, data, len(data), buf, size, self.add_bos, True
                )
            )
            if n >= 0:
                return [int(t) for t in buf[:n]]
            size = -n
        raise EngineError("The benchmark could not tokenize its prompt.")

    def close(self) -> None:
        if self._model:
            llama_cpp.llama_model_free(self._model)
            self._model = None


def _llama(load: LoadParams, n_ctx: int, threads: int) -> Any:
    """A llama_cpp.Llama with the settings the engine uses (host._Loaded)."""
    with amx_weights_off():
        return llama_cpp.Llama(
            model_path=load.path,
            n_ctx=n_ctx,
            n_batch=load.n_batch,
            n_ubatch=load.n_batch,
            n_threads=threads,
            n_threads_batch=threads,
            n_gpu_layers=load.n_gpu_layers or 0,
            seed=SEED,
            flash_attn=load.flash_attn,
            use_mmap=load.use_mmap,
            verbose=False,
        )


# --- (B) the baseline: llama_cpp.Llama.create_completion in this process ------------------


def baseline_run(
    load: LoadParams, n_ctx: int, threads: int, prompt: str, n_prompt: int, n_generate: int
) -> dict[str, Any]:
    """One streamed create_completion of the prompt, on a freshly loaded Llama."""
    started = time.perf_counter()
    llm = _llama(load, n_ctx, threads)
    load_s = time.perf_counter() - started
    try:
        # Warm up (first-call allocations), then forget it: reset() drops the token history so
        # no prefix is reused, and the memory is cleared as well.
        llm.create_completion("The", max_tokens=2, temperature=TEMPERATURE, seed=SEED)
        llm.reset()
        llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(llm._ctx.ctx), True)
        started = time.perf_counter()
        stream = llm.create_completion(
            prompt,
            max_tokens=n_generate,
            stream=True,
            temperature=TEMPERATURE,
            top_k=TOP_K,
            top_p=TOP_P,
            min_p=MIN_P,
            repeat_penalty=REPEAT_PENALTY,
            seed=SEED,
        )
        first: float | None = None
        last = started
        finish = ""
        for chunk in stream:
            now = time.perf_counter()
            choice = chunk["choices"][0]
            if choice["finish_reason"] is not None:
                finish = str(choice["finish_reason"])
                if not choice["text"]:
                    continue
            if first is None:
                first = now
            last = now
        # generate() evaluates each sampled token before sampling the next; the last one is
        # evaluated only when the reply went on after it (not at max_tokens).
        generated = int(llm.n_tokens) - n_prompt + (1 if finish == "length" else 0)
    finally:
        llm.close()
    decode_s = last - first if first is not None else 0.0
    ttft_s = (first - started) if first is not None else float("nan")
    return {
        "decode_tps": (generated - 1) / decode_s
        if decode_s > 0 and generated > 1
        else float("nan"),
        "prefill_tps": n_prompt / ttft_s if ttft_s > 0 else float("nan"),
        "ttft_ms": ttft_s * 1000,
        "prompt_tokens": n_prompt,
        "generated_tokens": generated,
        "stop_reason": {
            "length": StopReason.MAX_TOKENS.value,
            "stop": StopReason.END_OF_TURN.value,
        }.get(finish, finish),
        "load_s": load_s,
    }


# --- (C) the limit: llama_decode alone, as llama-bench measures it ------------------------


def _decode_tokens(ctx: Any, tokens: Sequence[int], n_batch: int) -> None:
    array = (llama_cpp.llama_token * len(tokens))(*tokens)
    base, size = ctypes.addressof(array), ctypes.sizeof(llama_cpp.llama_token)
    for start in range(0, len(tokens), n_batch):
        n = min(n_batch, len(tokens) - start)
        ptr = ctypes.cast(base + start * size, llama_cpp.llama_token_p)
        status = int(llama_cpp.llama_decode(ctx, llama_cpp.llama_batch_get_one(ptr, n)))
        if status != 0:
            raise EngineError(f"The benchmark's llama_decode failed ({status}).")


def limit_run(
    load: LoadParams, n_ctx: int, threads: int, tokens: Sequence[int], n_generate: int
) -> dict[str, Any]:
    """The prompt's tokens in batches, then n_generate single-token decodes: no sampling."""
    llm = _llama(load, n_ctx, threads)
    try:
        ctx = llm._ctx.ctx
        memory = llama_cpp.llama_get_memory(ctx)
        n_batch = int(llama_cpp.llama_n_batch(ctx))
        decode, batch_one, sync = (
            llama_cpp.llama_decode,
            llama_cpp.llama_batch_get_one,
            llama_cpp.llama_synchronize,
        )
        # Warm up as llama-bench does, then start from an empty memory.
        _decode_tokens(ctx, tokens[:16], n_batch)
        _decode_tokens(ctx, tokens[-1:], n_batch)
        sync(ctx)
        llama_cpp.llama_memory_clear(memory, True)

        started = time.perf_counter()
        _decode_tokens(ctx, tokens, n_batch)
        sync(ctx)
        prefilled = time.perf_counter()
        # One token at a time after the prompt (the app's decode sees the same context length);
        # a fixed token id, no sampling, no detokenizing.
        one = (llama_cpp.llama_token * 1)(tokens[-1])
        for _ in range(n_generate):
            status = int(decode(ctx, batch_one(one, 1)))
            if status != 0:
                raise EngineError(f"The benchmark's llama_decode failed ({status}).")
        sync(ctx)
        ended = time.perf_counter()
    finally:
        llm.close()
    prefill_s, decode_s = prefilled - started, ended - prefilled
    return {
        "decode_tps": n_generate / decode_s if decode_s > 0 else float("nan"),
        "prefill_tps": len(tokens) / prefill_s if prefill_s > 0 else float("nan"),
        "prefill_ms": prefill_s * 1000,
        "prompt_tokens": len(tokens),
        "generated_tokens": n_generate,
    }


def build_info() -> dict[str, Any]:
    """What llama_cpp was built with, for the JSON figures."""
    return {
        "llama_cpp_python": llama_cpp.__version__,
        "system_info": llama_cpp.llama_print_system_info().decode("utf-8", "replace").strip(),
        "gpu_offload": bool(llama_cpp.llama_supports_gpu_offload()),
    }
