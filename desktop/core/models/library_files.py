"""The library's files on disk: which GGUF files make a complete model (every part of a
split), where they are (the hub cache's snapshots, imported files, the starter), their
header entries, and removing a downloaded model from the cache."""

from __future__ import annotations

import os
import stat
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from desktop.core.errors import ModelFileError
from desktop.core.gguf_check import check_gguf
from desktop.core.models import hf_cache, names
from desktop.core.models.pathkeys import path_key
from desktop.core.models.projectors import is_projector, projector_for

Source = Literal["hub", "imported", "starter", "folder"]

# A model folder is walked this deep and this far, so a huge or looping folder (a whole
# home chosen by mistake) cannot hang a listing; hidden and linked folders are not entered.
FOLDER_DEPTH = 4
FOLDER_ENTRIES = 20_000


@dataclass(slots=True)
class Part:
    """One complete file of a model."""

    path: Path  # as listed (for hub models, the snapshot entry)
    key: str  # the state file's key for it
    real: str  # the resolved path (dedupes links to the same file)
    size: int
    mtime_ns: int
    dev_ino: tuple[int, int]
    blob_sha: str | None  # the LFS sha256 a hub blob is named by


@dataclass(slots=True)
class Candidate:
    """A model before its header and state are looked up."""

    parts: list[Part]
    source: Source
    repo_id: str | None = None
    path: Path | None = None  # set when parts is empty (a missing imported file)
    missing: str | None = None  # the sentence for a missing or incomplete imported model

    @property
    def first(self) -> Path:
        return self.parts[0].path if self.parts else self.path or Path()

    @property
    def key(self) -> str:
        return self.parts[0].key if self.parts else path_key(self.first)


def part_at(path: Path) -> Part | None:
    """The part at path when it is a complete regular file (a dangling link is not)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    real = os.path.realpath(path)
    return Part(
        path,
        path_key(path),
        real,
        st.st_size,
        st.st_mtime_ns,
        (st.st_dev, st.st_ino),
        hf_cache.blob_sha256(path, real),
    )


def gather(first: Path) -> list[Part] | None:
    """The complete parts of the model at first (part 1 for a split), or None."""
    parts = []
    for p in names.part_paths(first):
        part = part_at(p)
        if part is None:
            return None
        parts.append(part)
    return parts


def hub_candidates(cache_dir: Path) -> Iterator[Candidate]:
    """Every complete model in the hub cache's snapshots (current revision first)."""
    for repo_id, repo_dir in hf_cache.repos(cache_dir):
        for snapshot in hf_cache.snapshot_folders(repo_dir):
            for folder, dirs, files in os.walk(snapshot):
                dirs.sort()
                for name in sorted(files):
                    if names.is_model_file(name) and not is_projector(name):
                        parts = gather(Path(folder) / name)
                        if parts is not None:
                            yield Candidate(parts, "hub", repo_id)


def folder_candidates(folders: Collection[Path]) -> Iterator[Candidate]:
    """Every complete model in the person's model folders (source "folder")."""
    for root in folders:
        for path in _walk_folder(root):
            if names.is_model_file(path.name) and not is_projector(path.name):
                parts = gather(Path(path_key(path)))
                if parts is not None:
                    yield Candidate(parts, "folder")


def _walk_folder(root: Path) -> Iterator[Path]:
    """Files under root, sorted, breadth-first within FOLDER_DEPTH and FOLDER_ENTRIES."""
    budget = FOLDER_ENTRIES
    queue = [(root, 0)]
    while queue:
        folder, depth = queue.pop(0)
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            budget -= 1
            if budget < 0:
                return
            try:
                if entry.is_dir(follow_symlinks=False):
                    if depth + 1 < FOLDER_DEPTH and not entry.name.startswith("."):
                        queue.append((Path(entry.path), depth + 1))
                elif entry.is_file():
                    yield Path(entry.path)
            except OSError:
                continue


def other_candidates(starter: Path | None, imported: Collection[str]) -> Iterator[Candidate]:
    """The starter (when installed) and every imported model, a missing one with a sentence."""
    if starter is not None:
        parts = gather(Path(path_key(starter)))
        if parts is not None:
            yield Candidate(parts, "starter")
    for key in imported:
        first = Path(key)
        parts = gather(first)
        if parts is not None:
            yield Candidate(parts, "imported")
        elif os.path.lexists(first):
            yield Candidate([], "imported", path=first, missing=incomplete(first))
        else:
            yield Candidate(
                [],
                "imported",
                path=first,
                missing=f"The file is no longer at {first}: it was moved or deleted.",
            )


def incomplete(first: Path) -> str:
    """The sentence for a model at first that is not complete on disk."""
    if names.split_of(first.name) is not None:
        return f"Some parts of {first.name} are missing from {first.parent}."
    return f"{first} is not a readable file."


def header_entry(part: Part, cached: Any) -> dict[str, Any]:
    """The header entry for part: the cached one while size and mtime match, else a check."""
    if (
        isinstance(cached, dict)
        and cached.get("size") == part.size
        and cached.get("mtime_ns") == part.mtime_ns
    ):
        return cached
    entry: dict[str, Any] = {"size": part.size, "mtime_ns": part.mtime_ns, "error": None}
    try:
        info = check_gguf(part.path)
    except ModelFileError as exc:
        entry["error"] = exc.user_message
        entry["reason"] = exc.reason
        return entry
    entry.update(
        architecture=info.architecture,
        parameters=info.parameter_count,
        quantization=info.quantization,
        context_length=info.context_length or None,
        model_name=info.name,
    )
    return entry


def delete_hub_files(parts: list[Part], cache_dir: Path) -> None:
    """Remove the parts' snapshot entries (and blobs no other snapshot needs) from the
    cache, then repo folders left empty. Raises ValueError (not in the cache), OSError."""
    for part in parts:
        hf_cache.remove_snapshot_file(part.path, part.real, cache_dir)
    for repo_dir in {hf_cache.repo_dir_of(p.path, cache_dir) for p in parts}:
        if repo_dir is not None:
            hf_cache.remove_empty_repo(repo_dir)


def lone_projector(parts: list[Part]) -> Part | None:
    """The vision projector the model of parts loads with, when no other model file in its
    hub snapshot loads with it (a repo's quantizations often share one projector: it stays
    while one of them does). Deleting the model deletes such a projector too."""
    projector = projector_for(parts[0].path) if parts else None
    if projector is None:
        return None
    ours = {p.key for p in parts}
    # projector_for looks from a model's folder up: the models that load with this one are
    # in its folder or below it.
    for folder, _dirs, files in os.walk(projector.parent):
        for name in files:
            path = Path(folder) / name
            if (
                names.is_model_file(name)
                and not is_projector(name)
                and path_key(path) not in ours
                and projector_for(path) == projector
            ):
                return None
    return part_at(projector)
