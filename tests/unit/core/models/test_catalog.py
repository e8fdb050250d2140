"""The curated catalogue: the shipped resources/catalog.json and load_catalog's checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.core import paths
from desktop.core.models.catalog import (
    CATALOG_VERSION,
    CatalogEntry,
    CatalogError,
    load_catalog,
    search_catalog,
)

LICENSES = {"llama3.2", "llama3.1", "apache-2.0", "gemma", "mit"}


def test_the_shipped_catalog_loads() -> None:
    entries = load_catalog()
    assert entries == load_catalog(paths.resources_dir() / "catalog.json")
    assert 10 <= len(entries) <= 20
    assert all(isinstance(e, CatalogEntry) for e in entries)
    keys = [(e.repo_id, e.filename) for e in entries]
    assert len(set(keys)) == len(keys)
    assert len({e.name for e in entries}) == len(entries)


def test_the_shipped_catalog_has_the_expected_models() -> None:
    by_repo = {e.repo_id: e for e in load_catalog()}
    phi3 = by_repo["microsoft/Phi-3-mini-4k-instruct-gguf"]
    assert phi3.filename == "Phi-3-mini-4k-instruct-q4.gguf"
    assert phi3.license == "mit"
    assert by_repo["bartowski/Llama-3.2-1B-Instruct-GGUF"].filename == (
        "Llama-3.2-1B-Instruct-Q4_K_M.gguf"
    )
    assert by_repo["bartowski/Meta-Llama-3.1-8B-Instruct-GGUF"].license == "llama3.1"
    families = ("Llama 3.2", "Qwen2.5", "Gemma 3", "Phi-3", "Mistral", "SmolLM2", "Llama 3.1")
    for family in families:
        assert any(e.name.startswith(family) for e in by_repo.values()), family


def test_the_shipped_catalog_sizes_are_sensible_and_ascending() -> None:
    entries = load_catalog()
    chat = [e.approx_size for e in entries if e.kind == "chat"]
    assert chat == sorted(chat)
    assert all(100_000_000 < size < 6_000_000_000 for size in chat)
    for entry in entries:
        assert entry.license in LICENSES
        assert entry.filename.endswith(".gguf")
        assert entry.description.endswith(".")
        assert len(entry.description) <= 100
        assert entry.parameters[-1] in "MB"
        # A Q4/Q8 file holds between ~0.45 and ~1.1 bytes per parameter.
        count = float(entry.parameters[:-1]) * (1e9 if entry.parameters.endswith("B") else 1e6)
        assert 0.45 < entry.approx_size / count < 1.15, entry.name


def test_the_shipped_catalog_offers_small_embedders_apart_from_chat_models() -> None:
    entries = load_catalog()
    embedders = {e.filename: e for e in entries if e.kind == "embedding"}
    assert set(embedders) == {
        "all-MiniLM-L6-v2-Q8_0.gguf",
        "bge-small-en-v1.5-q8_0.gguf",
        "nomic-embed-text-v1.5.Q5_K_M.gguf",
    }
    assert all(e.approx_size < 150_000_000 for e in embedders.values())
    assert {e.kind for e in entries} == {"chat", "embedding"}


def write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "catalog.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return path


def good_entry(**changes: Any) -> dict[str, Any]:
    entry = {
        "repo_id": "org/Model-GGUF",
        "filename": "model-Q4_K_M.gguf",
        "name": "Model",
        "parameters": "1B",
        "approx_size": 800_000_000,
        "license": "mit",
        "description": "A model.",
    }
    entry.update(changes)
    return entry


def test_a_minimal_catalog_loads(tmp_path: Path) -> None:
    path = write(tmp_path, {"version": CATALOG_VERSION, "models": [good_entry()]})
    [entry] = load_catalog(path)
    assert entry == CatalogEntry(
        "org/Model-GGUF", "model-Q4_K_M.gguf", "Model", "1B", 800_000_000, "mit", "A model."
    )
    assert entry.kind == "chat"  # the default
    [embedder] = load_catalog(
        write(tmp_path, {"version": CATALOG_VERSION, "models": [good_entry(kind="embedding")]})
    )
    assert embedder.kind == "embedding"


@pytest.mark.parametrize(
    "data",
    [
        "{broken",
        "[]",
        {"models": [good_entry()]},
        {"version": "1", "models": [good_entry()]},
        {"version": 1, "models": []},
        {"version": 1, "models": {}},
        {"version": 1, "models": ["x"]},
        {"version": 1, "models": [good_entry(repo_id="no-slash")]},
        {"version": 1, "models": [good_entry(repo_id="a/b/c")]},
        {"version": 1, "models": [good_entry(filename="model.bin")]},
        {"version": 1, "models": [good_entry(filename="../x.gguf")]},
        {"version": 1, "models": [good_entry(name="")]},
        {"version": 1, "models": [good_entry(description=None)]},
        {"version": 1, "models": [good_entry(parameters="big")]},
        {"version": 1, "models": [good_entry(approx_size=0)]},
        {"version": 1, "models": [good_entry(approx_size="800MB")]},
        {"version": 1, "models": [good_entry(approx_size=True)]},
        {"version": 1, "models": [good_entry(), good_entry(name="Again")]},
        {"version": 1, "models": [good_entry(kind="vision")]},
    ],
)
def test_a_broken_catalog_is_a_sentence(tmp_path: Path, data: Any) -> None:
    with pytest.raises(CatalogError) as err:
        load_catalog(write(tmp_path, data))
    assert err.value.user_message.endswith(".")
    assert "reinstall" in err.value.user_message
    assert "catalog.json" in err.value.details


def test_a_missing_or_newer_catalog_is_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="missing"):
        load_catalog(tmp_path / "nope.json")
    newer = write(tmp_path, {"version": CATALOG_VERSION + 1, "models": [good_entry()]})
    with pytest.raises(CatalogError, match="newer"):
        load_catalog(newer)


def test_search_catalog_matches_every_word_in_name_description_or_repo() -> None:
    entries = load_catalog()
    names = lambda query: [e.name for e in search_catalog(entries, query)]  # noqa: E731
    assert names("LLAMA 3.2") == ["Llama 3.2 1B Instruct", "Llama 3.2 3B Instruct"]
    assert names("coding") == ["Qwen2.5 7B Instruct"]  # a word of the description
    assert names("bartowski mistral") == ["Mistral 7B Instruct v0.3"]  # the repo's owner
    assert names("gemma 4b") == ["Gemma 3 4B Instruct"]
    assert names("llama coding") == []  # every word must match
    assert search_catalog(entries, "  ") == entries
