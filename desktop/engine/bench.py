"""Benchmark: the app's engine path against llama_cpp's high-level API and bare llama_decode."""

from __future__ import annotations

import ctypes
import logging
import math
import os
import platform
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import llama_cpp

from desktop.core.errors import EngineError
from desktop.core.types import LoadParams, SamplingParams, StopReason
from desktop.engine.client import EngineClient
from desktop.engine.host import amx_weights_off, physical_cores

PROMPT_TOKENS = 512  # the prefill size, as llama-bench's pp512
SEED = 1234
STOP_TRIALS = 20  # stop-latency samples, spread over the rounds
STOP_AFTER_TOKENS = 1  # stop() once generation has begun (pieces are coalesced in the engine)
MB = 1024 * 1024

# The same sampling for the app and the baseline (llama_cpp's own create_completion defaults,
# plus the app's repeat penalty over 64 tokens). A fixed seed makes runs comparable.
TEMPERATURE, TOP_K, TOP_P, MIN_P, REPEAT_PENALTY, REPEAT_LAST_N = 0.8, 40, 0.95, 0.05, 1.1, 64

# Neutral, descriptive prose that a model continues rather than ends; cut to PROMPT_TOKENS.
# Each paragraph starts with a different word: round r's prompt starts at paragraph r, so no
# run shares a prefix with the one before it and the engine's prompt cache cannot shorten
# its prefill (the engine keeps the previous request's tokens in the context).
_PARAGRAPHS = (
    "The river rises in a ring of low hills to the north of the valley, where several small "
    "streams gather in a marshy basin before they cut a narrow channel through the limestone. "
    "For the first few miles the water runs quickly over gravel beds, past stands of alder and "
    "willow, and the banks are steep enough that the old road keeps well away from them. Below "
    "the mill at the village of Harrow the valley widens, the current slows, and the river "
    "begins the long series of bends that gave the district its name.",
    "Farming in the lower valley has always followed the seasons of the river. In early spring "
    "the meadows along the banks are often under water for a week or two, and the silt that "
    "the floods leave behind keeps the soil rich. Farmers plant barley and oats on the higher "
    "fields, keep the wet meadows for hay, and graze sheep on the slopes above the tree line. "
    "The market at the county town has been held on the same square every Thursday for more "
    "than four hundred years, and it still sells wool, cheese, apples and timber.",
    "Merchants founded the town around a stone bridge of seven arches, built to replace a "
    "wooden crossing that was carried away in a great flood. They built their houses close to the "
    "bridge, with shops on the ground floor and storerooms above, and the narrow lanes that run "
    "down to the water still follow the lines of their old gardens. A small museum in the former "
    "customs house keeps maps, tools and account books from those years, along with a model of "
    "the bridge as it looked before the railway came.",
    "Railways reached the valley in the middle of the nineteenth century. It followed the "
    "river for most of its length, crossing and recrossing it on iron bridges, and it changed "
    "the life of the district within a generation. Quarries opened in the hills to send stone "
    "to the cities, a brickworks was built beside the station, and the population of the town "
    "nearly doubled. Many of the terraced streets on the east side date from that time, and the "
    "station building, with its clock tower and long canopy, is now a protected landmark.",
    "Today the valley is better known for walking than for industry. A long-distance path "
    "follows the river from its source to the estuary, using old towpaths, farm tracks and "
    "the bed of a branch line that closed many years ago. Walkers usually take five or six "
    "days over the whole route, stopping at inns and farmhouses along the way. The most "
    "popular section runs through the gorge below the quarries, where the path climbs above "
    "the water and there are wide views across the valley to the hills on the far side.",
    "Birdwatchers come for the reed beds near the estuary, where herons, egrets and several "
    "kinds of warbler nest each summer. In winter large flocks of geese and wading birds feed "
    "on the mudflats at low tide, and a trust that manages the reserve has built hides along "
    "the sea wall so that visitors can watch them without disturbing them. Volunteers count "
    "the birds every month, and their records, which now cover more than fifty years, show "
    "how the numbers of each species have changed as the climate and the farming have changed.",
    "Mild weather is usual in the valley for most of the year, though the hills catch a good deal "
    "of rain from the west. Autumn is often the most settled season, with clear mornings, mist "
    "lying along the river until the middle of the day, and long still evenings. The orchards "
    "on the southern slopes are harvested in September and October, and many of the farms "
    "press their own cider, which is sold at the gate and in the shops of the town together "
    "with honey, preserves and bread baked in wood-fired ovens.",
)


# --- small helpers -----------------------------------------------------------------------


def _median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else float("nan")


def _percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100): an observed value, honest for few samples."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100.0 * len(ordered)))
    return float(ordered[rank - 1])


def _ratio(a: float, b: float) -> float:
    return a / b if b > 0 and not math.isnan(a) and not math.isnan(b) else float("nan")


def _peak_rss_mb(pid: int) -> tuple[float, str]:
    """A process's peak resident memory in MB, and where the figure came from."""
    status = Path(f"/proc/{pid}/status")
    if status.is_file():
        for line in status.read_text(encoding="utf-8").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0, "VmHWM"
    import psutil

    info = psutil.Process(pid).memory_info()
    peak = getattr(info, "peak_wset", None)  # Windows only
    if peak is not None:
        return float(peak) / MB, "peak_wset"
    return float(info.rss) / MB, "rss (no peak figure on this system)"


def _own_peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    peak = float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return peak / MB if sys.platform == "darwin" else peak / 1024.0


class _Tokenizer:
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


# The stop trials' short prompt (latency is a decode matter); its first word is in no
# paragraph's start, so it never lends a cached prefix to a measured run.
_STOP_PROMPT = (
    "Once the lamps were lit, the keeper climbed the spiral stairs of the lighthouse, wound the "
    "clockwork that turned the great lens, and sat down by the window to write the day's entry "
    "in the log, as keepers before him had done every evening for a hundred years."
)


def _build_prompt(tok: _Tokenizer, target: int, first: int) -> tuple[str, list[int]]:
    """The longest prefix (whole words) of the prose from paragraph `first` on that is at
    most `target` tokens."""
    words: list[str] = []
    paragraphs = first
    while len(tok.tokenize(" ".join(words))) <= target:
        text = _PARAGRAPHS[paragraphs % len(_PARAGRAPHS)]
        if words:
            words[-1] += "\n\n"
        words.extend(text.split(" "))
        paragraphs += 1
    lo, hi = 1, len(words)  # the answer is in [lo, hi)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if len(tok.tokenize(" ".join(words[:mid]))) <= target:
            lo = mid
        else:
            hi = mid
    text = " ".join(words[:lo]).rstrip()
    return text, tok.tokenize(text)


def _sampling(max_tokens: int) -> SamplingParams:
    return SamplingParams(
        temperature=TEMPERATURE,
        top_p=TOP_P,
        top_k=TOP_K,
        min_p=MIN_P,
        repeat_penalty=REPEAT_PENALTY,
        repeat_last_n=REPEAT_LAST_N,
        seed=SEED,
        max_tokens=max_tokens,
    )


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


# --- (A) the app path: EngineClient and its child process ---------------------------------


def _app_run(client: EngineClient, prompt: str, n_generate: int) -> dict[str, Any]:
    started = time.perf_counter()
    generation = client.complete(prompt, _sampling(n_generate))
    first: float | None = None
    pieces = 0
    for _ in generation:
        if first is None:
            first = time.perf_counter()
        pieces += 1
    ended = time.perf_counter()
    s = generation.stats
    if s is None:
        raise EngineError("The engine ended a benchmark run without statistics.")
    client_decode = (ended - first) if first is not None else 0.0
    return {
        "decode_tps": s.tokens_per_s,
        "prefill_tps": s.prompt_tokens_per_s,
        "ttft_ms": s.ttft_ms,
        "ttft_ms_client": (first - started) * 1000 if first is not None else float("nan"),
        # Pieces per second as the app receives them (IPC included); pieces ~ tokens.
        "decode_tps_client": (pieces - 1) / client_decode if client_decode > 0 else float("nan"),
        "total_ms": s.total_ms,
        "wall_ms": (ended - started) * 1000,
        "prompt_tokens": s.prompt_tokens,
        "cached_tokens": s.cached_tokens,  # reused from the previous request: should be 0
        "generated_tokens": s.generated_tokens,
        "stop_reason": s.stop_reason.value,
    }


def _stop_trial(client: EngineClient, prompt: str, max_tokens: int) -> dict[str, Any] | None:
    """Stop a long reply after a few pieces; time from stop() to the end of the iteration."""
    generation = client.complete(prompt, _sampling(max_tokens))
    asked: float | None = None
    pieces = 0
    for _ in generation:
        pieces += 1
        if pieces == STOP_AFTER_TOKENS:
            asked = time.perf_counter()
            client.stop()
    ended = time.perf_counter()
    if asked is None:
        return None  # ended by itself before the stop point
    stats = generation.stats
    return {
        "ms": (ended - asked) * 1000,
        "pieces_after_stop": pieces - STOP_AFTER_TOKENS,
        "killed": client.model is None,  # missed the deadline: the child was killed
        "stop_reason": stats.stop_reason.value if stats is not None else "",
    }


# --- (B) the baseline: llama_cpp.Llama.create_completion in this process ------------------


def _baseline_run(
    load: LoadParams, n_ctx: int, threads: int, prompt: str, n_prompt: int, n_generate: int
) -> dict[str, Any]:
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


def _limit_run(
    load: LoadParams, n_ctx: int, threads: int, tokens: Sequence[int], n_generate: int
) -> dict[str, Any]:
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


# --- the whole benchmark -----------------------------------------------------------------


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
    tok = _Tokenizer(load.path)
    try:
        n_ctx_wanted = load.n_ctx if load.n_ctx > 0 else 4096
        target = min(PROMPT_TOKENS, n_ctx_wanted - n_generate - 8)
        if target < 16:
            raise ValueError("the context is too short for the benchmark's prompt and tokens")
        prompts = [_build_prompt(tok, target, r % len(_PARAGRAPHS)) for r in range(runs)]
        warm_prompt = _build_prompt(tok, target, 1)[0]  # differs from round 0's first word
        n_stop_prompt = len(tok.tokenize(_STOP_PROMPT))
    finally:
        tok.close()

    app_runs: list[dict[str, Any]] = []
    base_runs: list[dict[str, Any]] = []
    limit_runs: list[dict[str, Any]] = []
    stops: list[dict[str, Any]] = []
    stop_per_round = math.ceil(STOP_TRIALS / runs)

    client = EngineClient()
    try:
        client.start()
        started = time.perf_counter()
        info = client.load(load)
        load_wall_s = time.perf_counter() - started
        n_ctx = info.n_ctx
        stop_max = max(16, min(2048, n_ctx - n_stop_prompt - 8))
        client.complete(warm_prompt, _sampling(4)).wait()  # warm-up, not counted
        for prompt, tokens in prompts:
            app_runs.append(_app_run(client, prompt, n_generate))
            for _ in range(stop_per_round):
                trial = _stop_trial(client, _STOP_PROMPT, stop_max)
                if trial is not None:
                    stops.append(trial)
            base_runs.append(_baseline_run(load, n_ctx, threads, prompt, len(tokens), n_generate))
            limit_runs.append(_limit_run(load, n_ctx, threads, tokens, n_generate))
        pid = client.pid
        child_rss, rss_source = _peak_rss_mb(pid) if pid is not None else (float("nan"), "")
    finally:
        client.shutdown()

    def med(rows: list[dict[str, Any]], key: str) -> float:
        return _median([float(r[key]) for r in rows])

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
        "load_wall_s": load_wall_s,
        "load_s_baseline": med(base_runs, "load_s"),
        "stop_p50_ms": _percentile(stop_ms, 50),
        "stop_p95_ms": _percentile(stop_ms, 95),
        "stop_max_ms": max(stop_ms) if stop_ms else float("nan"),
        "stop_trials": len(stop_ms),
        "stop_killed": sum(1 for s in stops if s["killed"]),
        "child_peak_rss_mb": child_rss,
        "child_peak_rss_source": rss_source,
        "bench_process_peak_rss_mb": _own_peak_rss_mb(),
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
        decode_vs_baseline=_ratio(results["decode_tps"], results["decode_tps_baseline"]),
        prefill_vs_baseline=_ratio(results["prefill_tps"], results["prefill_tps_baseline"]),
        ttft_vs_baseline=_ratio(results["ttft_ms"], results["ttft_ms_baseline"]),
        decode_vs_limit=_ratio(results["decode_tps"], results["decode_tps_limit"]),
        prefill_vs_limit=_ratio(results["prefill_tps"], results["prefill_tps_limit"]),
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
        "prompt_tokens": int(statistics.median(len(t) for _, t in prompts)),
        "prompt_tokens_runs": [len(t) for _, t in prompts],
        "stop_prompt_tokens": n_stop_prompt,
        "runs": runs,
        "order": "A (app, then its stop trials), B (baseline), C (limit), per round",
        "sampling": {
            "temperature": TEMPERATURE,
            "top_k": TOP_K,
            "top_p": TOP_P,
            "min_p": MIN_P,
            "repeat_penalty": REPEAT_PENALTY,
            "repeat_last_n": REPEAT_LAST_N,
            "seed": SEED,
        },
    }
    results["build"] = {
        "llama_cpp_python": llama_cpp.__version__,
        "system_info": llama_cpp.llama_print_system_info().decode("utf-8", "replace").strip(),
        "gpu_offload": bool(llama_cpp.llama_supports_gpu_offload()),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "logical_cpus": os.cpu_count(),
        "physical_cores": physical_cores(),
    }
    return results


# --- the table ---------------------------------------------------------------------------


def _fmt(value: Any, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return str(value)


def format_table(results: dict[str, Any]) -> str:
    """The figures as a plain-text table, then stop latency, load time and memory."""
    r = results
    settings: dict[str, Any] = r.get("settings", {})
    rows = [
        (
            "decode tok/s",
            r.get("decode_tps"),
            r.get("decode_tps_baseline"),
            r.get("decode_tps_limit"),
        ),
        (
            "prefill tok/s",
            r.get("prefill_tps"),
            r.get("prefill_tps_baseline"),
            r.get("prefill_tps_limit"),
        ),
        ("first token ms", r.get("ttft_ms"), r.get("ttft_ms_baseline"), r.get("prefill_ms_limit")),
        (
            "tokens generated",
            r.get("generated_tokens"),
            r.get("generated_tokens_baseline"),
            float(settings.get("n_generate", float("nan"))),
        ),
    ]
    header = ("metric", "app", "baseline", "limit", "app/baseline", "app/limit")
    table: list[tuple[str, ...]] = [header]
    for name, app, base, limit in rows:
        digits = 0 if name == "tokens generated" else 1
        table.append(
            (
                name,
                _fmt(app, digits),
                _fmt(base, digits),
                _fmt(limit, digits),
                _fmt(
                    _ratio(float(app), float(base))
                    if app is not None and base is not None
                    else None,
                    2,
                ),
                _fmt(
                    _ratio(float(app), float(limit))
                    if app is not None and limit is not None
                    else None,
                    2,
                ),
            )
        )
    if "decode_tps_best" in r:
        for name, key in (
            ("best decode tok/s", "decode_tps"),
            ("best prefill tok/s", "prefill_tps"),
        ):
            app, base, limit = r[f"{key}_best"], r[f"{key}_baseline_best"], r[f"{key}_limit_best"]
            table.append(
                (
                    name,
                    _fmt(app),
                    _fmt(base),
                    _fmt(limit),
                    _fmt(_ratio(app, base), 2),
                    _fmt(_ratio(app, limit), 2),
                )
            )
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]

    def line(row: tuple[str, ...]) -> str:
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        return " | ".join(cells)

    out = [
        f"model {settings.get('model_name', '?')}: ctx {settings.get('n_ctx', '?')}, "
        f"threads {settings.get('threads', '?')}, batch {settings.get('n_batch', '?')}, "
        f"prompt {settings.get('prompt_tokens', '?')} tokens, "
        f"generate {settings.get('n_generate', '?')}, "
        f"{settings.get('runs', '?')} alternating runs (medians)",
        line(table[0]),
        "-+-".join("-" * w for w in widths),
        *(line(row) for row in table[1:]),
        "",
        "app = EngineClient child process; baseline = Llama.create_completion in-process; "
        "limit = bare llama_decode (first token ms = the 512-token batch alone)",
        f"app first token as the client sees it: {_fmt(r.get('ttft_ms_client'))} ms; "
        f"decode as received: {_fmt(r.get('decode_tps_client'))} pieces/s; prompt tokens "
        f"the engine reused from its cache: {r.get('cached_tokens_max', '?')} at most",
        f"stop latency: p50 {_fmt(r.get('stop_p50_ms'))} ms, p95 {_fmt(r.get('stop_p95_ms'))} ms, "
        f"max {_fmt(r.get('stop_max_ms'))} ms over {r.get('stop_trials', 0)} stops "
        f"({r.get('stop_killed', 0)} killed at the deadline)",
        f"load: {_fmt(r.get('load_s'), 2)} s in the engine ({_fmt(r.get('load_wall_s'), 2)} s with "
        f"the file check); baseline Llama(): {_fmt(r.get('load_s_baseline'), 2)} s",
        f"engine child peak RSS: {_fmt(r.get('child_peak_rss_mb'))} MB "
        f"({r.get('child_peak_rss_source', '')}); this process: "
        f"{_fmt(r.get('bench_process_peak_rss_mb'))} MB",
    ]
    build: dict[str, Any] = r.get("build", {})
    if build:
        out.append(
            f"llama-cpp-python {build.get('llama_cpp_python')}, GPU offload "
            f"{'yes' if build.get('gpu_offload') else 'no'}: {build.get('system_info')}"
        )
    return "\n".join(out)
