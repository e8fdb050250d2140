"""The engine benchmark's statistics and its plain-text table."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from typing import Any


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else float("nan")


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100): an observed value, honest for few samples."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100.0 * len(ordered)))
    return float(ordered[rank - 1])


def ratio(a: float, b: float) -> float:
    return a / b if b > 0 and not math.isnan(a) and not math.isnan(b) else float("nan")


def _fmt(value: Any, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return str(value)


def _optional_ratio(a: Any, b: Any) -> float | None:
    return ratio(float(a), float(b)) if a is not None and b is not None else None


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
                _fmt(_optional_ratio(app, base), 2),
                _fmt(_optional_ratio(app, limit), 2),
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
                    _fmt(ratio(app, base), 2),
                    _fmt(ratio(app, limit), 2),
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
        f"app = {settings.get('app_path', 'the engine child process')}; "
        "baseline = Llama.create_completion in-process; "
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
