"""Vision projectors (core/models/projectors.py): told from models, the preferred one of a
repo, and found beside a hub model only (never in a folder of the person's)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.hub import HubFile, group_files
from desktop.core.models.projectors import (
    is_projector,
    pick_projector,
    projector_for,
    with_projector,
)
from desktop.core.types import LoadParams


def test_projector_names():
    assert is_projector("mmproj-model-f16.gguf")
    assert is_projector("sub/Qwen2.5-VL-7B-Instruct-mmproj-Q8_0.gguf")
    assert not is_projector("mmproj-model-f16.gguf.incomplete")
    assert not is_projector("model-Q4_K_M.gguf")
    assert not is_projector("mmproj-notes.md")


def test_f16_is_preferred_then_the_first_by_name():
    names = ["mmproj-x-Q8_0.gguf", "mmproj-x-F16.gguf", "mmproj-x-bf16.gguf", "x.gguf"]
    assert pick_projector(names) == "mmproj-x-F16.gguf"
    assert pick_projector(["mmproj-b.gguf", "mmproj-a.gguf"]) == "mmproj-a.gguf"
    assert pick_projector(["x.gguf"]) is None


def test_a_repos_projector_goes_with_each_model_and_is_no_model_itself():
    files = [
        HubFile("m-Q4_K_M.gguf", 400, None),
        HubFile("m-Q8_0.gguf", 800, None),
        HubFile("mmproj-m-f16.gguf", 100, None),
    ]
    choices = group_files(files)
    assert [c.name for c in choices] == ["m-Q4_K_M.gguf", "m-Q8_0.gguf"]
    assert all(c.projector == files[2] and c.vision for c in choices)
    assert choices[0].downloads == (files[0], files[2])
    assert choices[0].size == 400  # the model's own size, as before
    plain = group_files(files[:2])
    assert not plain[0].vision and plain[0].downloads == (files[0],)


def test_only_a_hub_snapshot_pairs_a_model_with_a_projector(tmp_path: Path):
    snapshot = tmp_path / "hub" / "models--org--m-GGUF" / "snapshots" / ("a" * 40)
    (snapshot / "Q4").mkdir(parents=True)
    model = snapshot / "Q4" / "m-Q4_K_M.gguf"
    model.write_bytes(b"GGUF")
    assert projector_for(model) is None
    (snapshot / "mmproj-m-f16.gguf").write_bytes(b"GGUF")
    assert projector_for(model) == snapshot / "mmproj-m-f16.gguf"
    params = with_projector(LoadParams(str(model)))
    assert params.mmproj == str(snapshot / "mmproj-m-f16.gguf")
    assert with_projector(LoadParams(str(model), mmproj="own.gguf")).mmproj == "own.gguf"
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "other.gguf").write_bytes(b"GGUF")
    (folder / "mmproj-unrelated-f16.gguf").write_bytes(b"GGUF")
    assert projector_for(folder / "other.gguf") is None
