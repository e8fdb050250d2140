"""`hearth doctor FILE` counts a hub vision model's projector in its fit, and names it.

Real parts: the `hearth` command in a child process, a tiny model and a tiny projector in one
snapshot of a private Hugging Face cache, the real header check.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from vision_gguf import write_tiny_projector

from desktop.core import fit
from desktop.core.gguf_check import check_gguf

pytestmark = pytest.mark.integration
REPO = Path(__file__).resolve().parents[3]


def test_doctor_counts_the_projector_beside_a_hub_model(tmp_path: Path, tiny_model: Path):
    cache = tmp_path / "hf_cache"
    snapshot = cache / "models--acme--Tiny-VL-GGUF" / "snapshots" / ("c" * 40)
    snapshot.mkdir(parents=True)
    model = snapshot / "tiny-Q4_K_M.gguf"
    model.write_bytes(tiny_model.read_bytes())
    projector = write_tiny_projector(snapshot / "mmproj-tiny-f16.gguf")
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "doctor", "--json", "--ctx", "256", str(model)],
        cwd=REPO,
        env={**os.environ, "HF_HUB_CACHE": str(cache)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)["file"]
    assert report["projector"] == str(projector)
    alone = fit.plan_for_file(check_gguf(model), 256, 1 << 40)  # the same estimate, no eyes
    # No GPU in the tests' machine: the projector's weights load whole into RAM.
    extra = report["fit"]["cpu_bytes"] + report["fit"]["gpu_bytes"] - alone.cpu_bytes
    assert extra == projector.stat().st_size
