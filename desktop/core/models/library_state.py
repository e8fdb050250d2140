"""The library's state file: imported files, recorded hashes, header cache, Hearth's own
downloads and hidden models, as versioned JSON written atomically.

A corrupt file is moved aside and the library starts fresh; bad entries are dropped one by
one and sections a newer Hearth added are written back unchanged. Every change re-reads
the file first, so the GUI and the CLI can share it. What the recorded hashes say about a
model's files (verified, unverified, mismatch) is decided here too.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any, Literal

from desktop.core.atomic import read_json_object, write_text_atomic
from desktop.core.models.hashing import is_sha256
from desktop.core.models.library_files import Part

logger = logging.getLogger(__name__)

Verification = Literal["verified", "unverified", "mismatch"]

STATE_VERSION = 1
# The worst result of a model's parts is the model's.
RANK: dict[Verification, int] = {"verified": 0, "unverified": 1, "mismatch": 2}


def fresh_state() -> dict[str, Any]:
    return {
        "version": STATE_VERSION,
        "imported": {},  # key -> {"added": unix time}
        "files": {},  # key -> {"size", "mtime_ns", "sha256"}: the last hash of the file
        "references": {},  # key -> sha256 a file without an LFS name must match
        "last_used": {},  # key -> unix time
        "headers": {},  # key -> {"size", "mtime_ns", "error" or the header's metadata}
        "downloaded": {},  # key -> {"ino", "at"}: a hub file Hearth's downloader wrote
        "hidden": {},  # key -> {"at"}: a hub model Hearth did not download, forgotten
    }


def _valid_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _valid_file_record(value: object) -> bool:
    return (
        isinstance(value, dict)
        and _valid_int(value.get("size"))
        and _valid_int(value.get("mtime_ns"))
        and isinstance(value.get("sha256"), str)
        and is_sha256(value["sha256"])
    )


def _valid_header(value: object) -> bool:
    return (
        isinstance(value, dict)
        and _valid_int(value.get("size"))
        and _valid_int(value.get("mtime_ns"))
        and (value.get("error") is None or isinstance(value.get("error"), str))
    )


_CHECKS: dict[str, Callable[[object], bool]] = {
    "imported": lambda v: isinstance(v, dict) and isinstance(v.get("added", 0), int | float),
    "files": _valid_file_record,
    "references": lambda v: isinstance(v, str) and is_sha256(v),
    "last_used": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "headers": _valid_header,
    "downloaded": lambda v: isinstance(v, dict) and _valid_int(v.get("ino")),
    "hidden": lambda v: isinstance(v, dict),
}


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    """The known sections of data with bad entries dropped; unknown top-level keys kept."""
    state = fresh_state()
    for key, value in data.items():
        if key not in state:
            state[key] = value  # from a newer Hearth: written back unchanged
    state["version"] = max(STATE_VERSION, data["version"])
    for section, check in _CHECKS.items():
        raw = data.get(section, {})
        if not isinstance(raw, dict):
            logger.warning("Library state: section %r ignored (not an object).", section)
            continue
        state[section] = {k: v for k, v in raw.items() if isinstance(k, str) and check(v)}
        if len(state[section]) != len(raw):
            logger.warning(
                "Library state: %d bad entries dropped from %r.",
                len(raw) - len(state[section]),
                section,
            )
    return state


def read_state(path: Path) -> dict[str, Any]:
    """The state in the file at path; a fresh one when it is missing, unreadable or corrupt
    (a corrupt file is moved aside first)."""
    data = read_json_object(path, logger, "Library file")
    return fresh_state() if data is None else _clean(data)


def write_state(path: Path, state: dict[str, Any]) -> None:
    """Write state to path atomically. Raises OSError."""
    text = json.dumps(state, indent=1, ensure_ascii=False, allow_nan=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, text + "\n")


# --- what the records say -----------------------------------------------------------------


def file_record(part: Part, sha256: str) -> dict[str, Any]:
    """The record of part's hash, valid while its size and mtime stay the same."""
    return {"size": part.size, "mtime_ns": part.mtime_ns, "sha256": sha256}


def drop(state: dict[str, Any], keys: Collection[str]) -> None:
    """Forget everything about the files at keys."""
    for section in fresh_state():
        if section != "version":
            for key in keys:
                state[section].pop(key, None)


def downloaded(parts: list[Part], state: dict[str, Any]) -> bool:
    """Whether Hearth's downloader wrote every part, and each is still that same file."""
    marks = state["downloaded"]
    return bool(parts) and all(marks.get(p.key, {}).get("ino") == p.dev_ino[1] for p in parts)


def verification(parts: list[Part], state: dict[str, Any]) -> tuple[Verification, str | None]:
    """The model's verification from the recorded hashes (the worst of its parts), and the
    hash to show: the first part's recorded one while current, else its blob's LFS name."""
    results: list[Verification] = []
    for part in parts:
        record = state["files"].get(part.key)
        current = (
            record is not None
            and record["size"] == part.size
            and record["mtime_ns"] == part.mtime_ns
        )
        expected = part.blob_sha or state["references"].get(part.key)
        if not current or expected is None:
            results.append("unverified")
        else:
            results.append("verified" if record["sha256"] == expected else "mismatch")
    first = parts[0]
    record = state["files"].get(first.key)
    if record is not None and (record["size"], record["mtime_ns"]) == (first.size, first.mtime_ns):
        sha256: str | None = record["sha256"]
    else:
        sha256 = first.blob_sha
    return max(results, key=RANK.__getitem__), sha256
