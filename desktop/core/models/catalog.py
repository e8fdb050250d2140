"""The curated catalogue of recommended models (resources/catalog.json), read and checked.

The file is a JSON object ``{"version": 1, "models": [entry, ...]}``; each entry names a
real GGUF file on the Hugging Face hub (repo id and file name), a display name, a
parameter label, an approximate size in bytes, a licence id and a one-line description,
and optionally its kind: "chat" (the default) or "embedding" (an embedder for documents'
vectors, offered in Settings → Knowledge rather than as a chat model).
A broken file is a packaging bug: load_catalog raises CatalogError with a sentence rather
than showing a half catalogue.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.errors import HearthError

CATALOG_VERSION = 1
FILE_NAME = "catalog.json"

_REPO_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$")
_PARAMETERS_RE = re.compile(r"^\d+(\.\d+)?[MB]$")
_STRING_FIELDS = ("repo_id", "filename", "name", "parameters", "license", "description")
KINDS = ("chat", "embedding")


class CatalogError(HearthError):
    """The model catalogue could not be read."""


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """One recommended model file on the hub."""

    repo_id: str
    filename: str
    name: str
    parameters: str  # a label such as "1B" or "360M"
    approx_size: int  # bytes
    license: str
    description: str
    kind: str = "chat"  # "chat" or "embedding" (KINDS)


def _broken(path: Path, what: str) -> CatalogError:
    return CatalogError(
        "Hearth's list of recommended models is damaged; reinstall Hearth to repair it.",
        details=f"{path}: {what}",
    )


def _entry(raw: Any, index: int, path: Path) -> CatalogEntry:
    if not isinstance(raw, dict):
        raise _broken(path, f"entry {index} is not an object")
    values: dict[str, Any] = {}
    for name in _STRING_FIELDS:
        value = raw.get(name)
        if not isinstance(value, str) or not value.strip():
            raise _broken(path, f"entry {index}: {name!r} is missing or empty")
        values[name] = value.strip()
    size = raw.get("approx_size")
    if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
        raise _broken(path, f"entry {index}: approx_size must be a positive integer")
    if not _REPO_ID_RE.match(values["repo_id"]):
        raise _broken(path, f"entry {index}: {values['repo_id']!r} is not a repo id")
    if not values["filename"].lower().endswith(".gguf") or "/" in values["filename"]:
        raise _broken(path, f"entry {index}: {values['filename']!r} is not a .gguf file name")
    if not _PARAMETERS_RE.match(values["parameters"]):
        raise _broken(path, f"entry {index}: parameters {values['parameters']!r} is not like 1B")
    kind = raw.get("kind", "chat")
    if kind not in KINDS:
        raise _broken(path, f"entry {index}: kind {kind!r} is not one of {', '.join(KINDS)}")
    return CatalogEntry(approx_size=size, kind=kind, **values)


def load_catalog(path: Path | None = None) -> list[CatalogEntry]:
    """The catalogue's entries in file order (default: paths.resources_dir()/catalog.json);
    raises CatalogError with a sentence when the file is missing or broken."""
    path = paths.resources_dir() / FILE_NAME if path is None else path
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise CatalogError(
            "Hearth's list of recommended models is missing; reinstall Hearth to repair it.",
            details=f"{path}: {exc}",
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise _broken(path, f"not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise _broken(path, "not a JSON object")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _broken(path, f"bad version {version!r}")
    if version > CATALOG_VERSION:
        raise CatalogError(
            "Hearth's list of recommended models is from a newer Hearth; reinstall Hearth.",
            details=f"{path}: version {version}, this Hearth reads {CATALOG_VERSION}",
        )
    models = data.get("models")
    if not isinstance(models, list) or not models:
        raise _broken(path, "'models' must be a non-empty list")
    entries = [_entry(raw, i, path) for i, raw in enumerate(models)]
    seen: set[tuple[str, str]] = set()
    for entry in entries:
        key = (entry.repo_id.lower(), entry.filename.lower())
        if key in seen:
            raise _broken(path, f"{entry.repo_id}/{entry.filename} is listed twice")
        seen.add(key)
    return entries


def search_catalog(entries: Sequence[CatalogEntry], query: str) -> list[CatalogEntry]:
    """The entries holding every word of query (case-insensitive) in their name,
    description, repo id, file name or parameter label, in catalogue order: Discover's
    search when the hub is out of reach. An empty query matches every entry."""
    words = query.casefold().split()
    found = []
    for e in entries:
        text = " ".join((e.name, e.description, e.repo_id, e.filename, e.parameters)).casefold()
        if all(w in text for w in words):
            found.append(e)
    return found
