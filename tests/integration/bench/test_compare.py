"""`hearth bench` runs end to end and writes every figure the closing note needs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

REQUIRED = (
    "decode_tps", "decode_tps_baseline", "decode_tps_limit",
    "prefill_tps", "prefill_tps_baseline", "prefill_tps_limit",
    "ttft_ms", "ttft_ms_baseline", "load_s", "stop_p50_ms", "stop_p95_ms", "child_peak_rss_mb",
)  # fmt: skip


def test_bench_writes_the_figures(tiny_model: Path, tmp_path: Path):
    out = tmp_path / "bench.json"
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "bench", "--model", str(tiny_model), "--ctx", "512",
         "--runs", "2", "--tokens", "16", "--json", str(out)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "decode tok/s" in run.stdout and "app/baseline" in run.stdout
    figures = json.loads(out.read_text())
    for key in REQUIRED:
        assert isinstance(figures[key], int | float) and figures[key] > 0, key
    assert len(figures["decode_tps_runs"]) == 2
    assert figures["stop_trials"] >= 10 and figures["stop_killed"] == 0
    assert figures["build"]["llama_cpp_python"] and "CPU" in figures["build"]["system_info"]
