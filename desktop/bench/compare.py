"""`hearth bench`: the app's engine path against llama_cpp's API and bare llama_decode."""

from __future__ import annotations

import logging
import math
import os
import platform
import statistics
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.bench import llama, prompts
from desktop.bench.engine import APP_PATH, AppPath, own_peak_rss_mb
from desktop.bench.report import format_table, median, percentile, ratio
from desktop.core.types import LoadParams
from desktop.engine.host import physical_cores

__all__ = ["STOP_TRIALS", "format_table", "run"]

STOP_TRIALS = 20  # stop-latency samples, spread over the rounds


def run(load: LoadParams, runs: int = 4, n_generate: int = 128) -> dict[str, Any]:
    """Measure the app path (A), llama_cpp's high-level API (B) and bare llama_decode (C).

    The variants alternate (A, B, C, A, B, C, ...) for `runs` rounds so that noise from
    other programs spreads over all three; the figures are medians over the rounds.
    """
    if runs < 1 or n_generate < 2:
        raise ValueError("the benchmark needs at least 1 run and 2 generated tokens")
    threads = load.n_threads or physical_cores()
    load = replace(load, n_threads=threads)
    # llama_cpp prints llama.cpp's log unless this logger says otherwise (Llama(verbose=False)
    # sets the same level, but the vocabulary-only load below comes first).
    logging.getLogger("llama-cpp-python").setLevel(logging.ERROR)
    tok = llama.Tokenizer(load.path)
    try:
        n_ctx_wanted = load.n_ctx if load.n_ctx > 0 else 4096
        target = min(prompts.PROMPT_TOKENS, n_ctx_wanted - n_generate - 8)
        if target < 16:
            raise ValueError("the context is too short for the benchmark's prompt and tokens")
        built = [
            prompts.build_prompt(tok.tokenize, target, r % len(prompts.PARAGRAPHS))
            for r in range(runs)
        ]
        # Starts at paragraph 1: differs from round 0's first word.
        warm_prompt = prompts.build_prompt(tok.tokenize, target, 1)[0]
        n_stop_prompt = len(tok.tokenize(prompts.STOP_PROMPT))
    finally:
        tok.close()

    app_runs: list[dict[str, Any]] = []
    base_runs: list[dict[str, Any]] = []
    limit_runs: list[dict[str, Any]] = []
    stops: list[dict[str, Any]] = []
    stop_per_round = math.ceil(STOP_TRIALS / runs)

    app = AppPath()
    try:
        info = app.open(load)
        n_ctx = info.n_ctx
        stop_max = max(16, min(2048, n_ctx - n_stop_prompt - 8))
        app.warm_up(warm_prompt)
        for prompt, tokens in built:
            app_runs.append(app.run(prompt, n_generate))
            for _ in range(stop_per_round):
                trial = app.stop_trial(prompts.STOP_PROMPT, stop_max)
                if trial is not None:
                    stops.append(trial)
            base_runs.append(
                llama.baseline_run(load, n_ctx, threads, prompt, len(tokens), n_generate)
            )
            limit_runs.append(llama.limit_run(load, n_ctx, threads, tokens, n_generate))
        child_rss, rss_source = app.peak_rss_mb()
    finally:
        app.close()

    def med(rows: list[dict[str, Any]], key: str) -> float:
        return median([float(r[key]) for r in rows])

    stop_ms = [float(s["ms"]) for s in stops]
    results: dict[str, Any] = {
        "decode_tps": med(app_runs, "decode_tps"),
        "decode_tps_baseline": med(base_runs, "decode_tps"),
        "decode_tps_limit": med(limit_runs, "decode_tps"),
        "prefill_tps": med(app_runs, "prefill_tps"),
        "prefill_tps_baseline": med(base_runs, "prefill_tps"),
        "prefill_tps_limit": med(limit_runs, "prefill_tps"),
        "ttft_ms": med(app_runs, "ttft_ms"),
        "ttft_ms_client": med(app_runs, "ttft_ms_client"),
        "ttft_ms_baseline": med(base_runs, "ttft_ms"),
        "prefill_ms_limit": med(limit_runs, "prefill_ms"),
        "decode_tps_client": med(app_runs, "decode_tps_client"),
        "generated_tokens": med(app_runs, "generated_tokens"),
        "generated_tokens_baseline": med(base_runs, "generated_tokens"),
        "cached_tokens_max": max(int(r["cached_tokens"]) for r in app_runs),
        "load_s": info.load_s,
        "load_wall_s": app.load_wall_s,
        "load_s_baseline": med(base_runs, "load_s"),
        "stop_p50_ms": percentile(stop_ms, 50),
        "stop_p95_ms": percentile(stop_ms, 95),
        "stop_max_ms": max(stop_ms) if stop_ms else float("nan"),
        "stop_trials": len(stop_ms),
        "stop_killed": sum(1 for s in stops if s["killed"]),
        "child_peak_rss_mb": child_rss,
        "child_peak_rss_source": rss_source,
        "bench_process_peak_rss_mb": own_peak_rss_mb(),
    }
    # The best run of each: other programs only ever slow a run down, so on a busy machine
    # the best run is the steadier comparison (the medians above are the headline).
    for key, rows, suffix in (
        ("decode_tps", app_runs, ""),
        ("decode_tps", base_runs, "_baseline"),
        ("decode_tps", limit_runs, "_limit"),
        ("prefill_tps", app_runs, ""),
        ("prefill_tps", base_runs, "_baseline"),
        ("prefill_tps", limit_runs, "_limit"),
    ):
        results[f"{key}{suffix}_best"] = max(float(r[key]) for r in rows)
    results.update(
        decode_vs_baseline=ratio(results["decode_tps"], results["decode_tps_baseline"]),
        prefill_vs_baseline=ratio(results["prefill_tps"], results["prefill_tps_baseline"]),
        ttft_vs_baseline=ratio(results["ttft_ms"], results["ttft_ms_baseline"]),
        decode_vs_limit=ratio(results["decode_tps"], results["decode_tps_limit"]),
        prefill_vs_limit=ratio(results["prefill_tps"], results["prefill_tps_limit"]),
    )
    for key in ("decode_tps", "prefill_tps", "ttft_ms"):
        results[f"{key}_runs"] = [float(r[key]) for r in app_runs]
        results[f"{key}_baseline_runs"] = [float(r[key]) for r in base_runs]
    results["decode_tps_limit_runs"] = [float(r["decode_tps"]) for r in limit_runs]
    results["prefill_tps_limit_runs"] = [float(r["prefill_tps"]) for r in limit_runs]
    results["stop_ms_runs"] = stop_ms
    results["runs_raw"] = {
        "app": app_runs,
        "baseline": base_runs,
        "limit": limit_runs,
        "stop": stops,
    }
    results["settings"] = {
        "model_path": load.path,
        "model_name": Path(load.path).name,
        "n_ctx": n_ctx,
        "threads": threads,
        "n_batch": load.n_batch,
        "n_gpu_layers": load.n_gpu_layers,
        "flash_attn": load.flash_attn,
        "n_generate": n_generate,
        "prompt_tokens": int(statistics.median(len(t) for _, t in built)),
        "prompt_tokens_runs": [len(t) for _, t in built],
        "stop_prompt_tokens": n_stop_prompt,
        "runs": runs,
        "order": "A (app, then its stop trials), B (baseline), C (limit), per round",
        "app_path": APP_PATH,
        "sampling": prompts.sampling_settings(),
    }
    results["build"] = {
        **llama.build_info(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "logical_cpus": os.cpu_count(),
        "physical_cores": physical_cores(),
    }
    return results
