"""`hearth bench --tools` on the real path: the starter, ToolLoop and mcp-server-time."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration


def test_every_figure_is_there_and_sane(tmp_path: Path):
    out = tmp_path / "tools.json"
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "bench", "--tools", "--runs", "1", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "overhead outside the tool" in run.stdout
    results = json.loads(out.read_text("utf-8"))
    assert results["trips"] == 5 and len(results["trips_ms"]) == 5
    figures = results["figures"]
    for name in ("overhead_p50_ms", "overhead_p95_ms", "tool_p50_ms", "after_tool_p50_ms"):
        assert math.isfinite(figures[name]) and figures[name] >= 0, name
    assert figures["overhead_p50_ms"] <= figures["overhead_p95_ms"] <= figures["overhead_max_ms"]
    for trip in results["trips_ms"]:
        assert trip["span_ms"] >= trip["tool_ms"] > 0
    goal = results["goals"]["overhead_p95_ms_max"]
    assert goal["goal"] == 50.0 and goal["pass"] == (goal["value"] <= 50.0)
