"""Discovery of other apps' GGUF files in fake home folders, per platform."""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

import pytest

from desktop.core.models import discovery
from desktop.core.models.discovery import FoundModel, discover


def put(path: Path, source: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, path)
    return path


def found(models: list[FoundModel]) -> set[tuple[str, str]]:
    return {(m.app, m.name) for m in models}


def add_ollama(models_dir: Path, manifest: tuple[str, ...], data: bytes) -> Path:
    digest = hashlib.sha256(data).hexdigest()
    blob = models_dir / "blobs" / f"sha256-{digest}"
    blob.parent.mkdir(parents=True, exist_ok=True)
    blob.write_bytes(data)
    config = models_dir / "blobs" / ("sha256-" + "0" * 64)
    config.write_text("{}")
    path = models_dir.joinpath("manifests", *manifest)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {
                "schemaVersion": 2,
                "config": {"mediaType": "application/vnd.docker.container.image.v1+json"},
                "layers": [
                    {
                        "mediaType": "application/vnd.ollama.image.template",
                        "digest": "sha256:" + "0" * 64,
                    },
                    {
                        "mediaType": "application/vnd.ollama.image.model",
                        "digest": f"sha256:{digest}",
                    },
                ],
            }
        )
    )
    return blob


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def test_empty_home_finds_nothing(home: Path) -> None:
    for platform in ("linux", "darwin", "win32"):
        assert discover(home, env={}, platform=platform) == []


def test_linux_layouts(home: Path, tiny_model: Path) -> None:
    lms = put(home / ".lmstudio/models/bartowski/Llama-GGUF/Llama-Q4_K_M.gguf", tiny_model)
    put(home / ".cache/lm-studio/models/old/Old-GGUF/old-model.gguf", tiny_model)
    put(home / ".cache/llama.cpp/ggml-org_gemma_gemma-Q4_K_M.gguf", tiny_model)
    put(home / ".local/share/nomic.ai/GPT4All/Phi-3-mini-4k-instruct.Q4_0.gguf", tiny_model)
    put(home / ".local/share/Jan/data/llamacpp/models/qwen/model.gguf", tiny_model)
    put(home / "jan/models/tinyllama/tinyllama.gguf", tiny_model)
    blob = add_ollama(
        home / ".ollama/models",
        ("registry.ollama.ai", "library", "llama3.2", "latest"),
        tiny_model.read_bytes(),
    )

    models = discover(home, env={}, platform="linux")

    assert found(models) == {
        ("LM Studio", "Llama-Q4_K_M"),
        ("LM Studio", "old-model"),
        ("llama.cpp", "ggml-org_gemma_gemma-Q4_K_M"),
        ("GPT4All", "Phi-3-mini-4k-instruct.Q4_0"),
        ("Jan", "model"),
        ("Jan", "tinyllama"),
        ("Ollama", "llama3.2:latest"),
    }
    by_name = {m.name: m for m in models}
    assert by_name["Llama-Q4_K_M"].path == lms
    assert by_name["Llama-Q4_K_M"].size == tiny_model.stat().st_size
    assert by_name["llama3.2:latest"].path == blob
    assert [m.app for m in models] == sorted(m.app for m in models)


def test_macos_layouts(home: Path, tiny_model: Path) -> None:
    support = home / "Library/Application Support"
    put(home / "Library/Caches/llama.cpp/x.gguf", tiny_model)
    put(support / "nomic.ai/GPT4All/gpt.gguf", tiny_model)
    put(support / "Jan/data/models/j/j.gguf", tiny_model)
    put(home / ".lmstudio/models/a/b/lms.gguf", tiny_model)
    # Linux folders are not looked at on macOS.
    put(home / ".local/share/nomic.ai/GPT4All/linux-only.gguf", tiny_model)

    models = discover(home, env={}, platform="darwin")

    assert found(models) == {
        ("llama.cpp", "x"),
        ("GPT4All", "gpt"),
        ("Jan", "j"),
        ("LM Studio", "lms"),
    }


def test_windows_layouts(home: Path, tiny_model: Path, tmp_path: Path) -> None:
    put(home / "AppData/Local/nomic.ai/GPT4All/gpt.gguf", tiny_model)
    put(home / "AppData/Roaming/Jan/data/llamacpp/models/m/m.gguf", tiny_model)
    put(home / ".lmstudio/models/a/b/lms.gguf", tiny_model)
    add_ollama(
        home / ".ollama/models", ("hf.co", "org", "Repo-GGUF", "Q4_K_M"), b"GGUF" + b"1" * 64
    )
    assert found(discover(home, env={}, platform="win32")) == {
        ("GPT4All", "gpt"),
        ("Jan", "m"),
        ("LM Studio", "lms"),
        ("Ollama", "hf.co/org/Repo-GGUF:Q4_K_M"),
    }

    # LOCALAPPDATA and APPDATA move the folders.
    local, roaming = tmp_path / "local", tmp_path / "roaming"
    put(local / "llama.cpp/cached.gguf", tiny_model)
    put(roaming / "Jan/data/models/r/r.gguf", tiny_model)
    env = {"LOCALAPPDATA": str(local), "APPDATA": str(roaming)}
    assert found(discover(home, env=env, platform="win32")) == {
        ("llama.cpp", "cached"),
        ("Jan", "r"),
        ("LM Studio", "lms"),
        ("Ollama", "hf.co/org/Repo-GGUF:Q4_K_M"),
    }


def test_environment_overrides(home: Path, tiny_model: Path, tmp_path: Path) -> None:
    put(tmp_path / "llama-cache/a.gguf", tiny_model)
    put(tmp_path / "xdg-data/nomic.ai/GPT4All/b.gguf", tiny_model)
    put(tmp_path / "xdg-cache/llama.cpp/c.gguf", tiny_model)
    add_ollama(tmp_path / "ollama", ("registry.ollama.ai", "me", "mine", "q4"), b"GGUF" + b"2" * 64)
    # The default folders are not used when a variable moves them.
    put(home / ".local/share/nomic.ai/GPT4All/default.gguf", tiny_model)
    add_ollama(home / ".ollama/models", ("registry.ollama.ai", "library", "x", "1"), b"GGUF" * 9)
    env = {
        "LLAMA_CACHE": str(tmp_path / "llama-cache"),
        "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
        "XDG_CACHE_HOME": str(tmp_path / "xdg-cache"),
        "OLLAMA_MODELS": str(tmp_path / "ollama"),
    }
    assert found(discover(home, env=env, platform="linux")) == {
        ("llama.cpp", "a"),
        ("llama.cpp", "c"),
        ("GPT4All", "b"),
        ("Ollama", "me/mine:q4"),
    }


def test_only_complete_gguf_files(home: Path, tiny_model: Path) -> None:
    folder = home / ".lmstudio/models/org/repo"
    put(folder / "good.gguf", tiny_model)
    (folder / "fake.gguf").write_bytes(b"PK\x03\x04 not a model")
    (folder / "empty.gguf").write_bytes(b"")
    put(folder / "partial.gguf.incomplete", tiny_model)
    put(folder / "download.gguf.part", tiny_model)
    put(folder / "mmproj-model-f16.gguf", tiny_model)
    put(folder / "readme.txt", tiny_model)
    # A split model: listed once (size of both parts); another with a part missing: not at all.
    put(folder / "split-00001-of-00002.gguf", tiny_model)
    put(folder / "split-00002-of-00002.gguf", tiny_model)
    put(folder / "broken-00001-of-00003.gguf", tiny_model)
    put(folder / "broken-00003-of-00003.gguf", tiny_model)

    models = discover(home, env={}, platform="linux")

    assert found(models) == {("LM Studio", "good"), ("LM Studio", "split")}
    split = next(m for m in models if m.name == "split")
    assert split.path == folder / "split-00001-of-00002.gguf"
    assert split.size == 2 * tiny_model.stat().st_size


def test_ollama_skips_what_is_not_a_gguf_model(home: Path) -> None:
    models_dir = home / ".ollama/models"
    add_ollama(models_dir, ("registry.ollama.ai", "library", "good", "latest"), b"GGUF" + b"g" * 64)
    add_ollama(models_dir, ("registry.ollama.ai", "library", "safet", "latest"), b"NOTGGUF" * 10)
    bad = models_dir / "manifests/registry.ollama.ai/library/bad/latest"
    bad.parent.mkdir(parents=True)
    bad.write_text("{not json")
    missing = models_dir / "manifests/registry.ollama.ai/library/gone/latest"
    missing.parent.mkdir(parents=True)
    layer = {"mediaType": discovery.OLLAMA_MODEL_LAYER, "digest": "sha256:" + "f" * 64}
    missing.write_text(json.dumps({"layers": [layer]}))
    traversal = models_dir / "manifests/registry.ollama.ai/library/evil/latest"
    traversal.parent.mkdir(parents=True)
    evil = {"mediaType": discovery.OLLAMA_MODEL_LAYER, "digest": "sha256:../../../etc/passwd"}
    traversal.write_text(json.dumps({"layers": [evil]}))

    assert found(discover(home, env={}, platform="linux")) == {("Ollama", "good:latest")}


def test_the_same_file_is_listed_once(home: Path, tiny_model: Path) -> None:
    real = put(home / ".lmstudio/models/org/repo/shared.gguf", tiny_model)
    link = home / "jan/models/shared/shared.gguf"
    link.parent.mkdir(parents=True)
    link.symlink_to(real)

    models = discover(home, env={}, platform="linux")

    assert [(m.app, m.path) for m in models] == [("LM Studio", real)]


def test_folder_links_are_not_followed(home: Path, tiny_model: Path) -> None:
    folder = home / ".lmstudio/models/org"
    put(folder / "m.gguf", tiny_model)
    (folder / "loop").symlink_to(home)  # a loop back to the top
    assert found(discover(home, env={}, platform="linux")) == {("LM Studio", "m")}


def test_walking_is_bounded(home: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(discovery, "MAX_ENTRIES", 50)
    folder = home / ".lmstudio/models/many"
    folder.mkdir(parents=True)
    for i in range(500):
        put(folder / f"m-{i:03d}.gguf", tiny_model)
    deep = home / ".cache/lm-studio/models"
    for i in range(discovery.MAX_DEPTH + 2):
        deep = deep / f"d{i}"
    put(deep / "too-deep.gguf", tiny_model)
    put(home / "jan/models/near/near.gguf", tiny_model)  # each folder has its own budget

    models = discover(home, env={}, platform="linux")

    lm_studio = [m for m in models if m.app == "LM Studio"]
    assert 0 < len(lm_studio) < 50  # the "many" folder entry itself counts too
    names = {m.name for m in models}
    assert "too-deep" not in names
    assert "near" in names


def test_default_home_and_env_work(
    monkeypatch: pytest.MonkeyPatch, home: Path, tiny_model: Path
) -> None:
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    for var in ("LLAMA_CACHE", "OLLAMA_MODELS", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        monkeypatch.delenv(var, raising=False)
    put(home / ".lmstudio/models/a/b/default.gguf", tiny_model)
    names = {m.name for m in discover(platform=sys.platform)}
    assert "default" in names
