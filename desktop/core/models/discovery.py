"""Finds GGUF models other apps already downloaded (LM Studio, llama.cpp, GPT4All, Jan, Ollama).

Read-only and bounded: each app folder is walked breadth-first to at most MAX_DEPTH levels
and MAX_ENTRIES entries (a huge or looping folder cannot hang the app), hidden and linked
folders are not entered, and only files that start with b"GGUF" are kept. A file found
twice (two apps, or a link) is listed once, by its resolved path. Unfinished downloads
(``*.incomplete``, ``*.part``, ...), vision projectors (``mmproj-*``) and split models with
missing parts are left out; a split model is listed once, as its first part.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop.core.models import names

MAGIC = b"GGUF"
MAX_DEPTH = 6
MAX_ENTRIES = 20_000  # entries looked at per app folder
MAX_MANIFEST_BYTES = 1 << 20
OLLAMA_MODEL_LAYER = "application/vnd.ollama.image.model"

_DIGEST_RE = re.compile(r"^sha256[:-]([0-9a-f]{64})$")


@dataclass(frozen=True, slots=True)
class FoundModel:
    """A model file another app keeps."""

    path: Path
    app: str  # "LM Studio", "llama.cpp", "GPT4All", "Jan", "Ollama"
    name: str
    size: int


class _Budget:
    """How many more folder entries discover() may look at."""

    def __init__(self, entries: int) -> None:
        self.left = entries

    def take(self) -> bool:
        self.left -= 1
        return self.left >= 0


def _folders(home: Path, env: Mapping[str, str], platform: str) -> list[tuple[str, Path]]:
    """(app, folder) pairs to walk for GGUF files, per the apps' documented defaults."""

    def from_env(name: str, default: Path) -> Path:
        value = env.get(name)
        return Path(value).expanduser() if value else default

    out: list[tuple[str, Path]] = [
        ("LM Studio", home / ".lmstudio" / "models"),
        ("LM Studio", home / ".cache" / "lm-studio" / "models"),
    ]
    if env.get("LLAMA_CACHE"):
        out.append(("llama.cpp", Path(env["LLAMA_CACHE"]).expanduser()))
    if platform == "darwin":
        support = home / "Library" / "Application Support"
        out += [
            ("llama.cpp", home / "Library" / "Caches" / "llama.cpp"),
            ("GPT4All", support / "nomic.ai" / "GPT4All"),
            ("Jan", support / "Jan" / "data"),
        ]
    elif platform == "win32":
        local = from_env("LOCALAPPDATA", home / "AppData" / "Local")
        roaming = from_env("APPDATA", home / "AppData" / "Roaming")
        out += [
            ("llama.cpp", local / "llama.cpp"),
            ("GPT4All", local / "nomic.ai" / "GPT4All"),
            ("Jan", roaming / "Jan" / "data"),
        ]
    else:
        cache = from_env("XDG_CACHE_HOME", home / ".cache")
        data = from_env("XDG_DATA_HOME", home / ".local" / "share")
        out += [
            ("llama.cpp", cache / "llama.cpp"),
            ("GPT4All", data / "nomic.ai" / "GPT4All"),
            ("Jan", data / "Jan" / "data"),
        ]
    out.append(("Jan", home / "jan" / "models"))  # Jan before 0.6 kept models here
    return out


def _ollama_folders(home: Path, env: Mapping[str, str], default_home: bool) -> list[Path]:
    if env.get("OLLAMA_MODELS"):
        return [Path(env["OLLAMA_MODELS"]).expanduser()]
    folders = [home / ".ollama" / "models"]
    if default_home and sys.platform.startswith("linux"):
        folders.append(Path("/usr/share/ollama/.ollama/models"))  # the Linux service's home
    return folders


def _is_gguf(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == MAGIC
    except OSError:
        return False


def _size(path: Path) -> int | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def _model_at(path: Path, app: str) -> FoundModel | None:
    """The model whose (first) file is path, or None when it is not a complete GGUF."""
    if not names.is_model_file(path.name) or path.name.lower().startswith("mmproj"):
        return None
    sizes = [_size(p) for p in names.part_paths(path)]
    if any(size is None for size in sizes) or not _is_gguf(path):
        return None
    return FoundModel(path, app, names.display_stem(path.name), sum(s or 0 for s in sizes))


def _walk(root: Path, budget: _Budget) -> Iterator[Path]:
    """Files under root, breadth-first, within MAX_DEPTH and the entry budget; folder links
    are not followed (file links are)."""
    queue: deque[tuple[Path, int]] = deque([(root, 0)])
    while queue:
        folder, depth = queue.popleft()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if not budget.take():
                        return
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            if depth + 1 < MAX_DEPTH and not entry.name.startswith("."):
                                queue.append((Path(entry.path), depth + 1))
                        elif entry.is_file():
                            yield Path(entry.path)
                    except OSError:
                        continue
        except OSError:
            continue


def _ollama_models(root: Path, budget: _Budget) -> Iterator[FoundModel]:
    """Ollama's models: manifests/<registry>/<namespace>/<model>/<tag> name a model layer,
    stored as blobs/sha256-<hex>."""
    manifests = root / "manifests"
    for manifest in _walk(manifests, budget):
        try:
            if manifest.stat().st_size > MAX_MANIFEST_BYTES:
                continue
            data = json.loads(manifest.read_bytes())
        except (OSError, ValueError, RecursionError):
            continue
        layers = data.get("layers") if isinstance(data, dict) else None
        if not isinstance(layers, list):
            continue
        for layer in layers:
            if not isinstance(layer, dict) or layer.get("mediaType") != OLLAMA_MODEL_LAYER:
                continue
            digest = layer.get("digest")
            match = _DIGEST_RE.match(digest) if isinstance(digest, str) else None
            if match is None:
                continue
            blob = root / "blobs" / f"sha256-{match[1]}"
            size = _size(blob)
            if size is not None and _is_gguf(blob):
                yield FoundModel(blob, "Ollama", _ollama_name(manifest, manifests), size)


def _ollama_name(manifest: Path, manifests: Path) -> str:
    """The name Ollama shows: registry.ollama.ai/library/llama3.2/latest -> llama3.2:latest,
    registry.ollama.ai/me/m/q4 -> me/m:q4, hf.co/org/repo/Q4_K_M -> hf.co/org/repo:Q4_K_M."""
    parts = list(manifest.relative_to(manifests).parts)
    if len(parts) < 2:
        return manifest.name
    *path, tag = parts
    if path[0] == "registry.ollama.ai":
        path = path[2:] if path[1:2] == ["library"] else path[1:]
    return "/".join(path) + f":{tag}"


def discover(
    home: Path | None = None,
    env: Mapping[str, str] | None = None,
    platform: str = sys.platform,
) -> list[FoundModel]:
    """GGUF models in other apps' folders under home (default: the user's home), with the
    apps' folder variables read from env (default: os.environ); sorted by app, then name."""
    default_home = home is None
    home = Path.home() if home is None else home
    env = os.environ if env is None else env
    found: list[FoundModel] = []
    seen: set[str] = set()

    def keep(model: FoundModel) -> None:
        real = os.path.normcase(os.path.realpath(model.path))
        if real not in seen:
            seen.add(real)
            found.append(model)

    for app, folder in _folders(home, env, platform):
        for path in _walk(folder, _Budget(MAX_ENTRIES)):
            model = _model_at(path, app)
            if model is not None:
                keep(model)
    for folder in _ollama_folders(home, env, default_home):
        for model in _ollama_models(folder, _Budget(MAX_ENTRIES)):
            keep(model)
    return sorted(found, key=lambda m: (m.app, m.name.casefold(), str(m.path)))
