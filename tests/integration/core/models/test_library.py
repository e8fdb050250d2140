"""A vision repo downloaded and deleted through the real `hearth models` commands against a
local hub (tests/hubserver.py): two quantizations share one projector, which is deleted with
the last of them and not before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from ggufgen import write_tiny_model
from hubserver import HubServer
from vision_gguf import write_tiny_projector

from desktop.core import paths

pytestmark = pytest.mark.integration

REPO = "org/tiny-VL-GGUF"
Q4, Q8, PROJECTOR = "tiny-vl.Q4_K_M.gguf", "tiny-vl.Q8_0.gguf", "mmproj-tiny-vl-f16.gguf"


def hearth(*args: str) -> list[str]:
    got = subprocess.run(
        [sys.executable, "-m", "desktop", "models", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=os.environ.copy(),
    )
    assert got.returncode == 0, got.stderr
    return got.stdout.splitlines()


def test_the_shared_projector_goes_with_the_last_quantization(
    local_network_only: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = write_tiny_model(tmp_path / "tiny.gguf")
    other = tmp_path / "tiny-8.gguf"
    other.write_bytes(model.read_bytes() + b"\0" * 32)  # another quantization's bytes
    with HubServer() as hub:
        hub.add_repo(
            REPO,
            {Q4: model, Q8: other, PROJECTOR: write_tiny_projector(tmp_path / "mmproj.gguf")},
        )
        monkeypatch.setenv("HF_ENDPOINT", hub.url)
        first = [Path(line.split("\t")[0]) for line in hearth("download", REPO, Q4)]
        second = [Path(line.split("\t")[0]) for line in hearth("download", REPO, Q8)]
    assert [p.name for p in first] == [Q4, PROJECTOR]
    assert [p.name for p in second] == [Q8, PROJECTOR]
    projector = first[1]
    blob = projector.resolve()
    repo_dir = paths.hf_cache_dir() / "models--org--tiny-VL-GGUF"
    assert hearth("rm", Q4) == [f"deleted {first[0]}"]
    assert blob.is_file() and projector.is_symlink()  # the Q8_0 still loads with it
    assert hearth("rm", Q8) == [f"deleted {second[0]}"]
    assert not os.path.lexists(projector) and not blob.exists()
    assert not repo_dir.exists()
    assert [line for line in hearth("list") if "tiny-vl" in line] == []
