"""Versioned settings file: typed model, atomic JSON writes, migrations, never a crash.

The file is ``paths.config_dir() / "settings.json"``, a JSON object with a ``version``
field. Loading never raises:

- a missing file gives the defaults;
- an unreadable one (permissions) gives the defaults and a logged warning;
- a corrupt one (not JSON, not an object, a bad ``version``) is moved aside to
  ``settings.json.broken-<timestamp>`` and the defaults are used;
- an older one is migrated in memory, one registered function per version step
  (``MIGRATIONS[n]`` turns version n into n+1). If a step fails, the file is left
  untouched, a copy is kept as ``settings.json.unmigrated-v<n>`` (so a later save of the
  defaults cannot lose it) and the defaults are used, with a logged warning;
- a field with a wrong type or an out-of-range value falls back to its default (or the
  entry is dropped) with a logged warning; the other fields are kept.

Forward compatibility: unknown top-level keys (a file written by a newer Hearth) are kept
in ``Settings.extra`` and written back on save; unknown keys inside nested objects
(presets, model defaults) are ignored. A file whose version is newer than this Hearth's
keeps its version number on save, so the newer Hearth does not migrate it twice. Sampling
values are read by their declared fields (``core.fields``): one bad value falls back to
its default and the rest are kept.

Never store secrets here: tokens and keys live in the OS keychain (``core.secrets``).
Only ``services.preferences`` writes the file. Longer than 400 lines: the typed model, its
lenient converters, the migrations and the pure helpers Preferences builds on belong together.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import json
import logging
import os
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

from desktop.core import fields, kv_files, paths
from desktop.core.atomic import read_json_object, write_text_atomic
from desktop.core.errors import HearthError
from desktop.core.types import PRESETS, LoadParams, SamplingParams

logger = logging.getLogger(__name__)

SETTINGS_VERSION = 2
FILE_NAME = "settings.json"
MAX_RECENT_MODELS = 20
MAX_PRESET_NAME = 80
DEFAULT_PRESET = "Balanced"
DEFAULT_MAX_DOWNLOADS = 2
MAX_DOWNLOADS_LIMIT = 8  # more parallel downloads than this only split the same bandwidth

Theme = Literal["system", "light", "dark", "contrast"]
THEMES: tuple[Theme, ...] = ("system", "light", "dark", "contrast")
# The window's language: "" follows the system; otherwise a code desktop/ui/i18n.py lists
# (checked there: core knows no Qt). Applies at the next start.
LANGUAGE_CODE_MAX = 16
# Which key sends a message: "enter" (Shift+Enter breaks the line) or "ctrl+enter" (Enter
# breaks the line).
SendKey = Literal["enter", "ctrl+enter"]
SEND_KEYS: tuple[SendKey, ...] = ("enter", "ctrl+enter")
# The chat's font size in points; None follows the system's font.
FONT_SIZE_RANGE = (6, 40)
MAX_MODEL_FOLDERS = 50
MAX_KNOWLEDGE_FOLDERS = 50
# The API server (the Server page): loopback by default, any other address needs the key.
DEFAULT_SERVER_HOST = "127.0.0.1"
DEFAULT_SERVER_PORT = 8080
PORT_RANGE = (0, 65535)  # 0: any free port (the page shows the one chosen)
MAX_CORS_ORIGINS = 32
# The disk the engine's saved conversation states (core.kv_files) may take, in bytes: a
# reopened conversation's reply starts at once instead of reading the whole chat again;
# the least recently used go first. 0 turns the saving off; the window shows decimal GB.
KV_BUDGET_DEFAULT = kv_files.DEFAULT_BUDGET_BYTES
KV_BUDGET_RANGE = (0, 100 * 1000**3)

_LOAD_DEFAULTS = LoadParams(path="")


class SettingsError(HearthError):
    """The settings file could not be written."""


@dataclass(frozen=True, slots=True)
class ModelDefaults:
    """What Hearth uses for one model unless the user changes it for a chat.

    ``sampling`` (explicit values) wins over ``preset`` (a preset's name); when the named
    preset no longer exists, the built-in Balanced preset is used.
    """

    n_ctx: int = _LOAD_DEFAULTS.n_ctx
    n_threads: int | None = _LOAD_DEFAULTS.n_threads
    # None: "auto", the fit decides per load; 0 CPU only; -1 every layer; N that many.
    n_gpu_layers: int | None = None
    preset: str = DEFAULT_PRESET
    sampling: SamplingParams | None = None
    system_prompt: str = ""
    # The KV cache's types, speculative decoding and the draft model's path (LoadParams'
    # fields of those names; "" no draft). Added without a version bump: absent is default.
    type_k: str = _LOAD_DEFAULTS.type_k
    type_v: str = _LOAD_DEFAULTS.type_v
    speculative: str = _LOAD_DEFAULTS.speculative
    draft_model: str = _LOAD_DEFAULTS.draft_model

    def load_params(self, path: str) -> LoadParams:
        """The LoadParams for the model file at path with these defaults."""
        return dataclasses.replace(
            _LOAD_DEFAULTS,
            path=path,
            n_ctx=self.n_ctx,
            n_threads=self.n_threads,
            n_gpu_layers=self.n_gpu_layers,
            type_k=self.type_k,
            type_v=self.type_v,
            speculative=self.speculative,
            draft_model=self.draft_model,
        )


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """The API server the window runs: on at launch, where it listens, and the web origins
    whose pages may call it (none: CORS off). Its API key lives in the keychain, never here."""

    enabled: bool = False
    host: str = DEFAULT_SERVER_HOST
    port: int = DEFAULT_SERVER_PORT
    cors_origins: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "cors_origins", tuple(self.cors_origins))


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything Hearth remembers between runs.

    Frozen: build changed copies with the helpers below or ``dataclasses.replace``. The
    mappings are read-only by contract (typed Mapping) and copied on construction.
    """

    theme: Theme = "system"
    language: str = ""
    last_conversation_id: int | None = None
    # base64 of QWidget.saveGeometry(), QMainWindow.saveState(), QSplitter.saveState().
    window_geometry: str | None = None
    window_state: str | None = None
    splitter_state: str | None = None
    # Model file paths, most recent first, no duplicates, at most MAX_RECENT_MODELS.
    recent_models: tuple[str, ...] = ()
    # 'starter' (paths.STARTER_NAME) or a model file path.
    last_model: str = paths.STARTER_NAME
    # Model key (the library's id for a model, e.g. its sha256, or 'starter') -> defaults.
    model_defaults: Mapping[str, ModelDefaults] = field(default_factory=dict)
    # The user's own sampling presets; the built-ins (types.PRESETS) are not stored here.
    presets: Mapping[str, SamplingParams] = field(default_factory=dict)
    # No network at all (hub search, downloads); the library and chat keep working.
    offline: bool = False
    # How many downloads run at once (the rest wait in the queue).
    max_downloads: int = DEFAULT_MAX_DOWNLOADS
    # The system prompt a new chat starts with (each conversation then keeps its own).
    # Added without a version bump: an older file simply lacks it (the default, ""), and an
    # older Hearth keeps it as an unknown key and writes it back.
    default_system_prompt: str = ""
    # Added in the same way (no version bump; an older Hearth keeps them as unknown keys):
    # the chat's font size (None: the system's), the send key, and folders of GGUF files
    # the library lists beside the Hugging Face cache.
    font_size: int | None = None
    send_key: SendKey = "enter"
    model_folders: tuple[str, ...] = ()
    # A user preset's system prompt, by preset name (stored inside the preset's object).
    preset_prompts: Mapping[str, str] = field(default_factory=dict)
    # The API server (added without a version bump: an older file lacks it, the default).
    server: ServerSettings = field(default_factory=ServerSettings)
    # Knowledge (added the same way): the folders Hearth indexes for documents, and the
    # embedding model for their vectors (a .gguf path or a library file name; "": none,
    # search uses words only).
    knowledge_folders: tuple[str, ...] = ()
    embedding_model: str = ""
    # The conversation cache's disk budget in bytes (KV_BUDGET_RANGE; 0: off). Added the
    # same way, without a version bump.
    kv_cache_budget: int = KV_BUDGET_DEFAULT
    # Unknown top-level keys from a newer Hearth's file, written back unchanged.
    extra: Mapping[str, Any] = field(default_factory=dict)
    # The version of the file this came from when it is newer than SETTINGS_VERSION.
    file_version: int = SETTINGS_VERSION

    def __post_init__(self) -> None:
        # Own copies, so a caller's later change to its dict cannot reach into a Settings.
        object.__setattr__(self, "recent_models", tuple(self.recent_models))
        object.__setattr__(self, "model_defaults", dict(self.model_defaults))
        object.__setattr__(self, "presets", dict(self.presets))
        object.__setattr__(self, "model_folders", tuple(self.model_folders))
        object.__setattr__(self, "knowledge_folders", tuple(self.knowledge_folders))
        object.__setattr__(self, "preset_prompts", dict(self.preset_prompts))
        object.__setattr__(self, "extra", dict(self.extra))


# --- migrations -------------------------------------------------------------------------

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _migrate_v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """v0 (the prototype, no ``version`` key): dark_mode, geometry, recent_files."""
    dark_mode = data.pop("dark_mode", None)
    if "theme" not in data:
        data["theme"] = {True: "dark", False: "light"}.get(dark_mode, "system")
    if "geometry" in data:
        data.setdefault("window_geometry", data.pop("geometry"))
    if "recent_files" in data:
        data.setdefault("recent_models", data.pop("recent_files"))
    return data


def _migrate_v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """v1 -> v2: n_gpu_layers may be null ("auto", the new default). v1 wrote 0, its
    default, into every model's defaults, even when only the sampling was changed, so a 0
    is not a choice the person made: it becomes auto. Any other number was set by hand and
    stays as it is."""
    stored = data.get("model_defaults")
    if isinstance(stored, dict):
        for defaults in stored.values():
            value = defaults.get("n_gpu_layers") if isinstance(defaults, dict) else None
            if _is_int(value) and value == 0:
                defaults["n_gpu_layers"] = None
    return data


# MIGRATIONS[n] turns a version-n dict into a version-(n+1) dict. Each step gets its own
# deep copy, so a failing step cannot leave a half-migrated dict behind.
MIGRATIONS: dict[int, Migration] = {
    0: _migrate_v0_to_v1,
    1: _migrate_v1_to_v2,
}


def _migrate(data: dict[str, Any], version: int) -> dict[str, Any]:
    while version < SETTINGS_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise LookupError(f"no migration from settings version {version}")
        migrated = step(copy.deepcopy(data))
        if not isinstance(migrated, dict):
            raise TypeError(f"migration from version {version} returned {type(migrated)}")
        version += 1
        migrated["version"] = version
        data = migrated
    return data


# --- loading ----------------------------------------------------------------------------


class _Invalid(ValueError):
    """A value in the file has the wrong type or is out of range."""


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _int(value: object) -> int:
    if not _is_int(value):
        raise _Invalid(f"expected an integer, got {value!r}")
    return cast(int, value)


def _opt_int(value: object) -> int | None:
    return None if value is None else _int(value)


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(f"expected true or false, got {value!r}")
    return value


def _max_downloads(value: object) -> int:
    number = _int(value)
    if not 1 <= number <= MAX_DOWNLOADS_LIMIT:
        raise _Invalid(f"expected 1 to {MAX_DOWNLOADS_LIMIT}, got {number}")
    return number


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"expected a string, got {value!r}")
    return value


def _opt_str(value: object) -> str | None:
    return None if value is None else _str(value)


def _str_tuple(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _Invalid(f"expected a list of strings, got {value!r}")
    return tuple(value)


def _theme(value: object) -> Theme:
    if value not in THEMES:
        raise _Invalid(f"expected one of {', '.join(THEMES)}, got {value!r}")
    return value


def _language(value: object) -> str:
    if not isinstance(value, str) or len(value) > LANGUAGE_CODE_MAX:
        raise _Invalid(f"expected a language code, got {value!r}")
    return value


def _send_key(value: object) -> SendKey:
    if value not in SEND_KEYS:
        raise _Invalid(f"expected one of {', '.join(SEND_KEYS)}, got {value!r}")
    return value


def _font_size(value: object) -> int | None:
    if value is None:
        return None
    number = _int(value)
    low, high = FONT_SIZE_RANGE
    if not low <= number <= high:
        raise _Invalid(f"expected {low} to {high}, got {number}")
    return number


def _folders(value: object) -> tuple[str, ...]:
    folders = _str_tuple(value)
    if len(folders) > MAX_MODEL_FOLDERS:
        raise _Invalid(f"expected at most {MAX_MODEL_FOLDERS} folders, got {len(folders)}")
    return _dedupe_paths(folders, MAX_MODEL_FOLDERS)


def _kv_budget(value: object) -> int:
    number = _int(value)
    low, high = KV_BUDGET_RANGE
    if not low <= number <= high:
        raise _Invalid(f"expected {low} to {high} bytes, got {number}")
    return number


def clamped_kv_budget(n_bytes: int) -> int:
    """n_bytes brought into KV_BUDGET_RANGE."""
    return min(max(int(n_bytes), KV_BUDGET_RANGE[0]), KV_BUDGET_RANGE[1])


def _host(value: object) -> str:
    host = _str(value).strip()
    if not host or any(c.isspace() for c in host):
        raise _Invalid(f"expected a host name or address, got {value!r}")
    return host


def _port(value: object) -> int:
    number = _int(value)
    low, high = PORT_RANGE
    if not low <= number <= high:
        raise _Invalid(f"expected {low} to {high}, got {number}")
    return number


def _origins(value: object) -> tuple[str, ...]:
    origins = _str_tuple(value)
    if len(origins) > MAX_CORS_ORIGINS:
        raise _Invalid(f"expected at most {MAX_CORS_ORIGINS} origins, got {len(origins)}")
    return tuple(dict.fromkeys(o.strip() for o in origins if o.strip()))


def _at_least(minimum: int) -> Callable[[object], int]:
    def convert(value: object) -> int:
        number = _int(value)
        if number < minimum:
            raise _Invalid(f"expected at least {minimum}, got {number}")
        return number

    return convert


def _opt_positive_int(value: object) -> int | None:
    return None if value is None else _at_least(1)(value)


def _gpu_layers(value: object) -> int | None:
    """None (auto), -1 (every layer), 0 (CPU only) or a number of layers."""
    return None if value is None else _at_least(-1)(value)


def _choice(name: str) -> Callable[[object], str]:
    """One of a declared load choice's words (fields.CHOICES), else _Invalid."""
    declared = fields.CHOICES[name]

    def convert(value: object) -> str:
        problem = declared.problem(value)
        if problem is not None:
            raise _Invalid(problem)
        return _str(value)

    return convert


_MODEL_DEFAULTS_FIELDS: dict[str, Callable[[object], Any]] = {
    "n_ctx": _at_least(0),
    "n_threads": _opt_positive_int,
    "n_gpu_layers": _gpu_layers,
    "preset": _str,
    "system_prompt": _str,
    **{f.name: _choice(f.name) for f in fields.LOAD_CHOICES},
    "draft_model": _str,
}

_SERVER_FIELDS: dict[str, Callable[[object], Any]] = {
    "enabled": _bool,
    "host": _host,
    "port": _port,
    "cors_origins": _origins,
}

_SETTINGS_FIELDS: dict[str, Callable[[object], Any]] = {
    "theme": _theme,
    "language": _language,
    "last_conversation_id": _opt_int,
    "window_geometry": _opt_str,
    "window_state": _opt_str,
    "splitter_state": _opt_str,
    "recent_models": _str_tuple,
    "last_model": _str,
    "offline": _bool,
    "max_downloads": _max_downloads,
    "default_system_prompt": _str,
    "font_size": _font_size,
    "send_key": _send_key,
    "model_folders": _folders,
    "knowledge_folders": _folders,
    "embedding_model": _str,
    "kv_cache_budget": _kv_budget,
}

# Keys the loader understands; anything else at the top level goes to Settings.extra.
_KNOWN_KEYS = frozenset({"version", "model_defaults", "presets", "server", *_SETTINGS_FIELDS})


def _fields(
    raw: Mapping[str, Any], converters: Mapping[str, Callable[[object], Any]], where: str
) -> dict[str, Any]:
    """Convert the known fields of raw; a bad one is left out (its default) with a warning."""
    out: dict[str, Any] = {}
    for name, convert in converters.items():
        if name not in raw:
            continue
        try:
            out[name] = convert(raw[name])
        except _Invalid as exc:
            logger.warning("Settings: %s.%s ignored (%s); using the default.", where, name, exc)
    return out


def _sampling_from_json(raw: object, where: str) -> SamplingParams:
    """Derived from the declared fields: a value of the wrong type or out of its range is
    its default (with a warning); the others are kept."""
    if not isinstance(raw, dict):
        raise _Invalid(f"expected an object, got {type(raw).__name__}")

    def warn(name: str, why: str) -> None:
        logger.warning("Settings: %s.%s ignored (%s); using the default.", where, name, why)

    return SamplingParams(**fields.decode_lenient(raw, fields.SAMPLING_ALL, warn))


def _model_defaults_from_json(raw: object, where: str) -> ModelDefaults:
    if not isinstance(raw, dict):
        raise _Invalid(f"expected an object, got {type(raw).__name__}")
    values = _fields(raw, _MODEL_DEFAULTS_FIELDS, where)
    if raw.get("sampling") is not None:
        try:
            values["sampling"] = _sampling_from_json(raw["sampling"], f"{where}.sampling")
        except _Invalid as exc:
            logger.warning("Settings: %s.sampling ignored (%s).", where, exc)
    return ModelDefaults(**values)


_T = TypeVar("_T")


def _entries(
    raw: object, convert: Callable[[object, str], _T], where: str, keep: Callable[[str], bool]
) -> dict[str, _T]:
    if not isinstance(raw, dict):
        logger.warning("Settings: %s ignored (expected an object).", where)
        return {}
    out: dict[str, _T] = {}
    for key, value in raw.items():
        if not keep(key):
            continue
        try:
            out[key] = convert(value, f"{where}[{key!r}]")
        except _Invalid as exc:
            logger.warning("Settings: %s[%r] dropped (%s).", where, key, exc)
    return out


def _preset_prompts(raw: object, kept: Mapping[str, SamplingParams]) -> dict[str, str]:
    """The system prompts stored inside the kept presets' objects (a non-string is ignored)."""
    if not isinstance(raw, dict):
        return {}
    out: dict[str, str] = {}
    for name in kept:
        prompt = raw[name].get("system_prompt")
        if isinstance(prompt, str) and prompt.strip():
            out[name] = prompt
        elif prompt not in (None, ""):
            logger.warning("Settings: presets[%r].system_prompt ignored (not text).", name)
    return out


def _user_preset_name(name: str) -> bool:
    if _builtin_name(name) is not None:
        logger.warning("Settings: user preset %r dropped (a built-in has that name).", name)
        return False
    if not name.strip() or len(name) > MAX_PRESET_NAME:
        logger.warning("Settings: user preset %r dropped (not a usable name).", name)
        return False
    return True


def settings_from_dict(data: Mapping[str, Any], file_version: int = SETTINGS_VERSION) -> Settings:
    """Build Settings from a current-version dict, field by field (bad fields -> defaults)."""
    values = _fields(data, _SETTINGS_FIELDS, "settings")
    if "recent_models" in values:
        values["recent_models"] = _dedupe_paths(values["recent_models"], MAX_RECENT_MODELS)
    if "model_defaults" in data:
        values["model_defaults"] = _entries(
            data["model_defaults"], _model_defaults_from_json, "model_defaults", bool
        )
    if "presets" in data:
        values["presets"] = _entries(
            data["presets"], _sampling_from_json, "presets", _user_preset_name
        )
        values["preset_prompts"] = _preset_prompts(data["presets"], values["presets"])
    if isinstance(data.get("server"), dict):
        values["server"] = ServerSettings(**_fields(data["server"], _SERVER_FIELDS, "server"))
    elif "server" in data:
        logger.warning("Settings: server ignored (expected an object).")
    values["extra"] = {key: value for key, value in data.items() if key not in _KNOWN_KEYS}
    values["file_version"] = max(file_version, SETTINGS_VERSION)
    return Settings(**values)


def settings_path() -> Path:
    """Where the settings file lives: the user config folder's settings.json."""
    return paths.config_dir() / FILE_NAME


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """Read the settings file (default: settings_path()); never raises, see the module doc."""
    path = settings_path() if path is None else Path(path)
    # Missing: the defaults; unreadable: logged; corrupt: moved aside and logged. v0 files
    # had no version field.
    data = read_json_object(path, logger, "Settings file", missing_version=0, min_version=0)
    if data is None:
        return Settings()
    version: int = data.get("version", 0)  # an int >= 0: read_json_object checked it

    if version < SETTINGS_VERSION:
        try:
            data = _migrate(data, version)
        except Exception:
            backup = path.with_name(f"{path.name}.unmigrated-v{version}")
            with contextlib.suppress(OSError):
                if not backup.exists():
                    shutil.copy2(path, backup)
            logger.warning(
                "Could not migrate settings file %s from version %d to %d; the file is "
                "left as it was (a copy is in %s) and the defaults are used.",
                path,
                version,
                SETTINGS_VERSION,
                backup.name,
                exc_info=True,
            )
            return Settings()
    elif version > SETTINGS_VERSION:
        logger.info(
            "Settings file %s is from a newer Hearth (version %d, this one reads %d); "
            "reading what this version knows and keeping the rest.",
            path,
            version,
            SETTINGS_VERSION,
        )
    return settings_from_dict(data, file_version=version)


# --- saving -----------------------------------------------------------------------------


def _sampling_to_json(params: SamplingParams) -> dict[str, Any]:
    return fields.encode(params, fields.SAMPLING_ALL)


def _preset_to_json(params: SamplingParams, system_prompt: str) -> dict[str, Any]:
    out = _sampling_to_json(params)
    if system_prompt:
        out["system_prompt"] = system_prompt
    return out


def _model_defaults_to_json(defaults: ModelDefaults) -> dict[str, Any]:
    return {
        "n_ctx": defaults.n_ctx,
        "n_threads": defaults.n_threads,
        "n_gpu_layers": defaults.n_gpu_layers,
        "preset": defaults.preset,
        "sampling": None if defaults.sampling is None else _sampling_to_json(defaults.sampling),
        "system_prompt": defaults.system_prompt,
        **{f.name: f.encode(getattr(defaults, f.name)) for f in fields.LOAD_CHOICES},
        "draft_model": defaults.draft_model,
    }


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    """The JSON-ready dict save_settings writes (version first, unknown keys last)."""
    out: dict[str, Any] = {
        "version": max(settings.file_version, SETTINGS_VERSION),
        "theme": settings.theme,
        "language": settings.language,
        "last_conversation_id": settings.last_conversation_id,
        "window_geometry": settings.window_geometry,
        "window_state": settings.window_state,
        "splitter_state": settings.splitter_state,
        "recent_models": list(settings.recent_models),
        "last_model": settings.last_model,
        "model_defaults": {
            key: _model_defaults_to_json(value) for key, value in settings.model_defaults.items()
        },
        "presets": {
            name: _preset_to_json(value, settings.preset_prompts.get(name, ""))
            for name, value in settings.presets.items()
        },
        "offline": settings.offline,
        "max_downloads": settings.max_downloads,
        "default_system_prompt": settings.default_system_prompt,
        "font_size": settings.font_size,
        "send_key": settings.send_key,
        "model_folders": list(settings.model_folders),
        "knowledge_folders": list(settings.knowledge_folders),
        "embedding_model": settings.embedding_model,
        "kv_cache_budget": settings.kv_cache_budget,
        "server": {
            "enabled": settings.server.enabled,
            "host": settings.server.host,
            "port": settings.server.port,
            "cors_origins": list(settings.server.cors_origins),
        },
    }
    for key, value in settings.extra.items():
        out.setdefault(key, value)
    return out


def save_settings(settings: Settings, path: str | os.PathLike[str] | None = None) -> None:
    """Write settings atomically: a temp file in the same folder, fsync, os.replace.

    Raises SettingsError (with a sentence) when the folder or file cannot be written; the
    previous file is then intact and no temp file is left behind.
    """
    path = settings_path() if path is None else Path(path)
    # Serialize before touching the disk: a value JSON cannot hold fails here, harmlessly.
    text = json.dumps(settings_to_dict(settings), indent=2, ensure_ascii=False, allow_nan=False)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, text + "\n")
    except OSError as exc:
        raise SettingsError(
            f"Hearth could not save its settings to {path}: {exc.strerror or exc}.",
            details=repr(exc),
        ) from exc


# --- helpers ----------------------------------------------------------------------------


def _builtin_name(name: str) -> str | None:
    """The built-in preset whose name matches name (ignoring case and outer spaces)."""
    folded = name.strip().casefold()
    return next((builtin for builtin in PRESETS if builtin.casefold() == folded), None)


def all_presets(settings: Settings) -> dict[str, SamplingParams]:
    """Built-in presets (in their order), then the user's own."""
    merged = dict(PRESETS)
    for name, params in settings.presets.items():
        merged.setdefault(name, params)
    return merged


def _check_preset_name(name: str) -> str:
    """name without its outer spaces, or ValueError with a sentence."""
    name = name.strip()
    if not name:
        raise ValueError("A preset needs a name.")
    if len(name) > MAX_PRESET_NAME:
        raise ValueError(f"A preset name can be at most {MAX_PRESET_NAME} characters long.")
    builtin = _builtin_name(name)
    if builtin is not None:
        raise ValueError(
            f"The built-in preset {builtin} cannot be changed; "
            "save your version under another name."
        )
    return name


def with_preset(
    settings: Settings, name: str, params: SamplingParams, system_prompt: str = ""
) -> Settings:
    """Save (add or replace) a user preset, with the system prompt it applies (empty: none);
    built-in names are refused with ValueError."""
    name = _check_preset_name(name)
    params.validate()
    presets = dict(settings.presets)
    presets[name] = params
    prompts = dict(settings.preset_prompts)
    prompts.pop(name, None)
    if system_prompt.strip():
        prompts[name] = system_prompt.strip()
    return dataclasses.replace(settings, presets=presets, preset_prompts=prompts)


def without_preset(settings: Settings, name: str) -> Settings:
    """Delete a user preset (a missing name is a no-op); built-ins are refused."""
    builtin = _builtin_name(name)
    if builtin is not None:
        raise ValueError(f"The built-in preset {builtin} comes with Hearth and cannot be deleted.")
    presets = {key: value for key, value in settings.presets.items() if key != name}
    prompts = {key: value for key, value in settings.preset_prompts.items() if key != name}
    return dataclasses.replace(settings, presets=presets, preset_prompts=prompts)


def renamed_preset(settings: Settings, old: str, new: str) -> Settings:
    """Rename a user preset, keeping its place, values and system prompt; models that
    started from it follow. ValueError (a sentence) for a built-in, a missing preset, or a
    new name that is not usable or already taken."""
    builtin = _builtin_name(old)
    if builtin is not None:
        raise ValueError(f"The built-in preset {builtin} comes with Hearth and cannot be renamed.")
    if old not in settings.presets:
        raise ValueError(f"There is no preset named {old}.")
    new = _check_preset_name(new)
    if new == old:
        return settings
    if new in settings.presets:
        raise ValueError(f"A preset named {new} already exists; choose another name.")
    presets = {(new if key == old else key): value for key, value in settings.presets.items()}
    prompts = {
        (new if key == old else key): value for key, value in settings.preset_prompts.items()
    }
    defaults = {
        key: dataclasses.replace(value, preset=new) if value.preset == old else value
        for key, value in settings.model_defaults.items()
    }
    return dataclasses.replace(
        settings, presets=presets, preset_prompts=prompts, model_defaults=defaults
    )


def with_model_folders(settings: Settings, folders: tuple[str, ...]) -> Settings:
    """The extra model folders, made absolute, without duplicates or empty entries."""
    absolute = tuple(os.path.abspath(os.path.expanduser(f)) for f in folders if f.strip())
    return dataclasses.replace(settings, model_folders=_dedupe_paths(absolute, MAX_MODEL_FOLDERS))


def with_knowledge_folders(settings: Settings, folders: tuple[str, ...]) -> Settings:
    """The knowledge folders, made absolute, without duplicates or empty entries."""
    absolute = tuple(os.path.abspath(os.path.expanduser(f)) for f in folders if f.strip())
    kept = _dedupe_paths(absolute, MAX_KNOWLEDGE_FOLDERS)
    return dataclasses.replace(settings, knowledge_folders=kept)


def checked_server(server: ServerSettings) -> ServerSettings:
    """server with its host and origins tidied, or ValueError with a sentence (the same
    rules the settings file is read with)."""
    try:
        host = _host(server.host)
    except _Invalid:
        raise ValueError("The address must be a host name or an IP address.") from None
    try:
        port = _port(server.port)
    except _Invalid:
        raise ValueError(
            f"The port must be a number from {PORT_RANGE[0]} to {PORT_RANGE[1]}."
        ) from None
    try:
        origins = _origins(list(server.cors_origins))
    except _Invalid:
        raise ValueError(f"List at most {MAX_CORS_ORIGINS} web origins.") from None
    for origin in origins:
        if origin != "*" and not origin.startswith(("http://", "https://")):
            raise ValueError(
                f"{origin} is not a web origin: write it as http://host:port or https://host."
            )
    return dataclasses.replace(server, host=host, port=port, cors_origins=origins)


def _path_key(path: str) -> str:
    return os.path.normcase(os.path.normpath(path))


def _dedupe_paths(items: tuple[str, ...], limit: int) -> tuple[str, ...]:
    """The first `limit` non-empty paths, each file once (the first entry wins)."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = _path_key(item)
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return tuple(out[:limit])


def remember_model(settings: Settings, path: str | os.PathLike[str]) -> Settings:
    """Make path the last model and, unless it is 'starter', the most recent model file.

    The path is made absolute; an earlier entry for the same file moves to the front; the
    list keeps the MAX_RECENT_MODELS most recent files.
    """
    name = os.fspath(path)
    if name == paths.STARTER_NAME or name.startswith("remote://"):  # no file: not a recent one
        return dataclasses.replace(settings, last_model=name)
    name = os.path.abspath(os.path.expanduser(name))
    recent = _dedupe_paths((name, *settings.recent_models), MAX_RECENT_MODELS)
    return dataclasses.replace(settings, last_model=name, recent_models=recent)


def model_defaults_for(settings: Settings, model_key: str) -> ModelDefaults:
    """The stored defaults for a model, or the general defaults."""
    return settings.model_defaults.get(model_key, ModelDefaults())


def with_model_defaults(settings: Settings, model_key: str, defaults: ModelDefaults) -> Settings:
    """Store the defaults for one model."""
    if defaults.sampling is not None:
        defaults.sampling.validate()
    stored = dict(settings.model_defaults)
    stored[model_key] = defaults
    return dataclasses.replace(settings, model_defaults=stored)


def sampling_for(settings: Settings, model_key: str) -> SamplingParams:
    """The sampling a new chat with this model starts with: its values, else its preset."""
    defaults = model_defaults_for(settings, model_key)
    if defaults.sampling is not None:
        return defaults.sampling
    presets = all_presets(settings)
    return presets.get(defaults.preset, presets[DEFAULT_PRESET])
