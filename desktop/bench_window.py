"""`hearth bench --ui`: streaming latency, start-up time and idle memory of the window."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

STREAM_CASES = ((2000, 500), (20000, 500))


def measure_startup(runs: int) -> dict[str, Any]:
    """Start the real app `runs` times (offscreen, fresh folders): time to window shown."""
    samples: list[dict[str, float]] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "startup.json"
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                "HEARTH_DATA_DIR": str(Path(tmp) / "data"),
                "HEARTH_CONFIG_DIR": str(Path(tmp) / "config"),
                "HEARTH_LOG_DIR": str(Path(tmp) / "log"),
                "HEARTH_STARTUP_PROBE": str(out),
            }
            subprocess.run([sys.executable, "-m", "desktop"], env=env, check=True, timeout=120)
            samples.append(json.loads(out.read_text(encoding="utf-8")))
    startup = [s["startup_s"] for s in samples]
    rss = [s["idle_rss_mb"] for s in samples]
    return {
        "startup_s_median": statistics.median(startup),
        "startup_s_runs": startup,
        "idle_rss_mb_median": statistics.median(rss),
        "idle_rss_mb_runs": rss,
    }


def run(runs: int = 5) -> dict[str, Any]:
    """Every window figure the closing note reports."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.bench_stream import run_stream_bench

    streams = [run_stream_bench(tokens, above) for tokens, above in STREAM_CASES]
    return {"stream": streams, "startup": measure_startup(runs)}


def format_table(results: dict[str, Any]) -> str:
    from desktop.ui.bench_stream import format_results

    s = results["startup"]
    runs = ", ".join(f"{x:.2f}" for x in s["startup_s_runs"])
    return "\n".join(
        [
            format_results(results["stream"]),
            "",
            f"start-up to window shown: median {s['startup_s_median']:.2f} s ({runs})",
            f"idle GUI process memory (no model): median {s['idle_rss_mb_median']:.0f} MB RSS",
        ]
    )
