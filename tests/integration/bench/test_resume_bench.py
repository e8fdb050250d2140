"""`hearth bench --resume` on the starter at a tiny size: every figure is there and sane
(no timing asserts: figures are the benchmark's, not the test's)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration


def test_every_figure_is_there_and_positive(tmp_path: Path) -> None:
    out = tmp_path / "resume.json"
    command = [sys.executable, "-m", "desktop", "bench", "--resume", "200", "--model", "starter"]
    run = subprocess.run(
        [*command, "--runs", "1", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "reopened after a restart" in run.stdout
    results = json.loads(out.read_text("utf-8"))
    assert results["mode"] == "resume" and results["tokens"] == 200 and results["runs"] == 1
    (model,) = results["models"]
    for name in ("cold_ttft_ms", "reopen_ttft_ms", "reopen_ratio", "switch_ttft_ms"):
        assert model[name] > 0, name
    assert model["reopen_restored_tokens"] > 0 and model["switch_restored_tokens"] > 0
    assert set(model["bytes_per_1k_tokens"]) == {"f16", "q8_0", "q4_0"}
    assert all(size > 0 for size in model["bytes_per_1k_tokens"].values())
    for goal in results["goals"].values():
        assert goal["pass"] == (goal["value"] <= goal["goal"])
