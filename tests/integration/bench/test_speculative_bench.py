"""`hearth bench --speculative` on the starter, tiny: every figure is in its JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration


def test_the_json_has_every_figure(tmp_path: Path, starter: Path) -> None:
    out = tmp_path / "speculative.json"
    tiny = ["--runs", "1", "--tokens", "24", "--json", str(out)]
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "bench", "--speculative", "--model", str(starter), *tiny],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "same text in every mode" in run.stdout
    results = json.loads(out.read_text("utf-8"))
    assert results["runs"] == 1 and results["tokens"] == 24
    (model,) = results["models"]
    assert model["api"] == "chat" and model["label"] == starter.stem
    assert model["identical_text"] is True
    assert len(model["batch_cost"]) == 9 and model["batch_cost"][0] == 1.0
    for kind in ("copy", "prose"):
        for mode in ("off", "on", "auto"):
            figures = model[kind][mode]
            assert figures["decode_tps"] > 0
            assert 0 <= figures["accepted_tokens"] <= figures["draft_tokens"]
            assert 0.0 <= figures["acceptance"] <= 1.0
        assert model[kind]["off"]["draft_tokens"] == 0
        assert model[kind]["on"]["ratio_to_off"] > 0 and "ratio_to_off" in model[kind]["auto"]
    assert model["copy"]["on"]["draft_tokens"] > 0
    goals = results["goals"]
    for name, goal in (("copy_speedup_min", 1.5), ("prose_ratio_min", 0.97)):
        assert goals[name]["goal"] == goal
        assert goals[name]["pass"] == (goals[name]["value"] >= goal)
    assert goals["identical_text"] is True
