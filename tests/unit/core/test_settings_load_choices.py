"""A model's remembered load choices (KV cache types, speculative decoding, the draft model)
round-trip through the settings file; a file written before them still loads."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from desktop.core.settings import ModelDefaults, Settings, load_settings, save_settings
from desktop.core.types import LoadParams


def test_the_load_choices_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    chosen = ModelDefaults(
        n_ctx=8192, type_k="q8_0", type_v="q4_0", speculative="off", draft_model="/m/draft.gguf"
    )
    save_settings(Settings(model_defaults={"starter": chosen}), path)
    stored = json.loads(path.read_text("utf-8"))["model_defaults"]["starter"]
    assert (stored["type_k"], stored["type_v"]) == ("q8_0", "q4_0")
    assert (stored["speculative"], stored["draft_model"]) == ("off", "/m/draft.gguf")
    loaded = load_settings(path).model_defaults["starter"]
    assert loaded == chosen
    assert loaded.load_params("/m/model.gguf") == LoadParams(
        "/m/model.gguf",
        n_ctx=8192,
        type_k="q8_0",
        type_v="q4_0",
        speculative="off",
        draft_model="/m/draft.gguf",
    )


def test_a_file_from_before_the_choices_loads_with_their_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    old = {"version": 2, "model_defaults": {"starter": {"n_ctx": 2048, "n_threads": None}}}
    path.write_text(json.dumps(old), "utf-8")
    loaded = load_settings(path).model_defaults["starter"]
    assert loaded.n_ctx == 2048
    params = loaded.load_params("m.gguf")
    assert (params.type_k, params.type_v, params.speculative, params.draft_model) == (
        "f16",
        "f16",
        "auto",
        "",
    )


def test_an_unknown_cache_type_is_its_default_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    bad = {"version": 2, "model_defaults": {"starter": {"type_k": "q2_k", "type_v": "q8_0"}}}
    path.write_text(json.dumps(bad), "utf-8")
    with caplog.at_level(logging.WARNING):
        loaded = load_settings(path).model_defaults["starter"]
    assert (loaded.type_k, loaded.type_v) == ("f16", "q8_0")
    assert "type_k" in caplog.text
