"""What a stopped download leaves: its partial blob and its resume record (transfer.py writes
both), listing them for the person to resume, throwing one away, and sweeping orphans.

A resume record (one JSON file per repo file in Hearth's state folder) says which repo file
a partial belongs to, its expected size, sha256, etag and commit, and ``durable``: how many
bytes are known to be on disk. ``sweep_orphans`` (run at start-up) removes partials with no
record that nobody holds the lock of and that are older than a day (left by killed
processes, ours or huggingface_hub's), records without a partial, and partials whose blob
is complete.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.atomic import write_text_atomic
from desktop.core.models import hf_cache

RECORD_VERSION = 1
ORPHAN_AGE = 24 * 3600.0
_RECORD_FIELDS = ("repo_id", "filename", "revision", "etag", "size", "durable", "cache_dir")


@dataclass(frozen=True, slots=True)
class PartialDownload:
    """A download that stopped part-way and can be resumed."""

    repo_id: str
    filename: str
    revision: str
    done: int
    total: int


def record_path(state_dir: Path, repo_id: str, filename: str) -> Path:
    # A short stable file name for the pair (sha1 only names it: nothing is verified by it).
    key = hashlib.sha1(f"{repo_id}\0{filename}".encode()).hexdigest()[:20]
    return state_dir / f"{key}.json"


def read_record(path: Path) -> dict[str, Any] | None:
    """The resume record at path, or None when it is missing, unreadable or not ours."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != RECORD_VERSION:
        return None
    if not all(k in data for k in _RECORD_FIELDS):
        return None
    return data


def write_record(path: Path, record: dict[str, Any]) -> None:
    """Replace the record at path atomically, stamped now. Raises OSError."""
    record["updated"] = time.time()
    write_text_atomic(path, json.dumps(record, indent=1))


def partial_of(record: dict[str, Any]) -> Path:
    """The partial blob a record describes."""
    blob = hf_cache.blob_path(Path(record["cache_dir"]), str(record["repo_id"]), record["etag"])
    return hf_cache.incomplete_path(blob)


def _records(state_dir: Path) -> Iterator[tuple[Path, dict[str, Any] | None]]:
    if not state_dir.is_dir():
        return
    for path in sorted(state_dir.glob("*.json")):
        yield path, read_record(path)


def partial_downloads(state_dir: Path, cache_dir: Path) -> list[PartialDownload]:
    """Downloads that stopped part-way in this cache, for the person to resume."""
    found = []
    for _, record in _records(state_dir):
        if record is None or Path(record["cache_dir"]) != cache_dir:
            continue
        partial = partial_of(record)
        if not partial.is_file():
            continue
        found.append(
            PartialDownload(
                str(record["repo_id"]),
                str(record["filename"]),
                str(record["revision"]),
                min(int(record["durable"]), partial.stat().st_size),
                int(record["size"]),
            )
        )
    return found


def discard_partial(state_dir: Path, cache_dir: Path, repo_id: str, filename: str) -> None:
    """Throw away a stopped download's partial file and its record."""
    import filelock

    path = record_path(state_dir, repo_id, filename)
    record = read_record(path)
    if record is not None and Path(record["cache_dir"]) == cache_dir:
        lock = hf_cache.lock_path(cache_dir, repo_id, str(record["etag"]))
        try:
            # Never delete a partial another process is writing right now.
            with filelock.FileLock(str(lock), timeout=0):
                partial_of(record).unlink(missing_ok=True)
        except filelock.Timeout:
            return
    path.unlink(missing_ok=True)


def sweep_orphans(state_dir: Path, cache_dir: Path, now: float | None = None) -> list[Path]:
    """Remove what interrupted downloads left behind that nobody can resume."""
    import filelock

    now = time.time() if now is None else now
    removed: list[Path] = []
    kept: set[Path] = set()
    for path, record in _records(state_dir):
        if record is None:
            path.unlink(missing_ok=True)
            removed.append(path)
            continue
        if Path(record["cache_dir"]) != cache_dir:
            continue
        partial = partial_of(record)
        blob = partial.with_name(str(record["etag"]))
        if not partial.is_file() or blob.is_file():
            for dead in (partial, path):
                if dead.exists():
                    dead.unlink(missing_ok=True)
                    removed.append(dead)
            continue
        kept.add(partial)
    if not cache_dir.is_dir():
        return removed
    for partial, blob, lock in hf_cache.incomplete_blobs(cache_dir):
        if partial in kept:
            continue
        try:
            age = now - partial.stat().st_mtime
        except OSError:
            continue
        if age < ORPHAN_AGE and not blob.is_file():
            continue  # maybe another tool's download in progress: leave it a day
        try:
            lock.parent.mkdir(parents=True, exist_ok=True)
            with filelock.FileLock(str(lock), timeout=0):
                partial.unlink(missing_ok=True)
                removed.append(partial)
        except (filelock.Timeout, OSError):
            continue
    return removed
