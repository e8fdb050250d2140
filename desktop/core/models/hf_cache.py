"""The Hugging Face cache layout, shared with every tool that uses huggingface_hub.

``models--org--name/`` holds a repo: ``blobs/<etag>`` the files (for LFS files, every GGUF,
the etag is the file's sha256), ``snapshots/<commit>/<filename>`` a relative link to a blob
(the file itself where the OS has no symlinks), ``refs/<revision>`` the commit a branch
names. A blob still arriving is ``blobs/<etag>.incomplete``, written under the lock file
``.locks/models--org--name/<etag>.lock``. Hub repo ids cannot contain ``--``, so the folder
name maps back to the repo id exactly.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

from desktop.core.atomic import replace_durably, write_text_atomic
from desktop.core.models.hashing import is_sha256
from desktop.core.models.pathkeys import path_key, same, within

REPO_PREFIX = "models--"
INCOMPLETE_SUFFIX = ".incomplete"
MAIN = "main"

_COMMIT_RE = re.compile(r"^[0-9a-f]{40}$")


def is_commit(revision: str) -> bool:
    """A full commit hash (a revision that is not a branch or tag name)."""
    return bool(_COMMIT_RE.fullmatch(revision))


def repo_folder_name(repo_id: str) -> str:
    return REPO_PREFIX + repo_id.replace("/", "--")


def repo_id_of(folder_name: str) -> str:
    """``models--org--name`` -> ``org/name``."""
    return folder_name.removeprefix(REPO_PREFIX).replace("--", "/")


def repo_folder(cache_dir: Path, repo_id: str) -> Path:
    return cache_dir / repo_folder_name(repo_id)


def blob_path(cache_dir: Path, repo_id: str, etag: str) -> Path:
    return repo_folder(cache_dir, repo_id) / "blobs" / etag


def incomplete_path(blob: Path) -> Path:
    """Where a blob is written until it is complete."""
    return blob.with_name(blob.name + INCOMPLETE_SUFFIX)


def snapshot_path(cache_dir: Path, repo_id: str, commit: str, filename: str) -> Path:
    return repo_folder(cache_dir, repo_id) / "snapshots" / commit / filename


def lock_path(cache_dir: Path, repo_id: str, etag: str) -> Path:
    """huggingface_hub's lock for writing one blob (Hearth takes the same one)."""
    return cache_dir / ".locks" / repo_folder_name(repo_id) / f"{etag}.lock"


def read_ref(repo_dir: Path, revision: str = MAIN) -> str | None:
    """The commit refs/<revision> names, or None."""
    try:
        return (repo_dir / "refs" / revision).read_text(encoding="utf-8").strip()
    except OSError:
        return None


def write_ref(cache_dir: Path, repo_id: str, revision: str, commit: str) -> None:
    """Make refs/<revision> name commit (a full commit needs no ref). Raises OSError."""
    if is_commit(revision):
        return
    ref = repo_folder(cache_dir, repo_id) / "refs" / revision
    ref.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(ref, commit)


def cached_file(cache_dir: Path, repo_id: str, filename: str, revision: str = MAIN) -> Path | None:
    """The file's snapshot path when it is complete in the cache (no network)."""
    commit = (
        revision if is_commit(revision) else read_ref(repo_folder(cache_dir, repo_id), revision)
    )
    if commit is None:
        return None
    pointer = snapshot_path(cache_dir, repo_id, commit, filename)
    return pointer if pointer.is_file() else None  # is_file follows the link to the blob


def link_snapshot(blob: Path, pointer: Path) -> None:
    """Make the snapshot entry pointer a relative link to blob (kept when it exists).
    Raises OSError."""
    pointer.parent.mkdir(parents=True, exist_ok=True)
    if pointer.exists():
        return
    try:
        tmp = pointer.with_name(pointer.name + ".hearth-link")
        tmp.unlink(missing_ok=True)
        os.symlink(os.path.relpath(blob, pointer.parent), tmp)
        replace_durably(tmp, pointer, sync_source=False)
    except OSError:
        # No symlinks (Windows without developer mode): huggingface_hub moves the blob into
        # the snapshot then, and so do we.
        replace_durably(blob, pointer, sync_source=False)


# --- reading the cache ------------------------------------------------------------------


def repos(cache_dir: Path) -> Iterator[tuple[str, Path]]:
    """(repo id, folder) of every model repo in the cache, by folder name."""
    try:
        entries = sorted(os.scandir(cache_dir), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(REPO_PREFIX) and entry.is_dir():
            yield repo_id_of(entry.name), Path(entry.path)


def snapshot_folders(repo_dir: Path) -> list[Path]:
    """A repo's snapshot folders, the one refs/main names first (the current revision wins
    over older ones), then the others by commit."""
    snapshots = repo_dir / "snapshots"
    try:
        commits = sorted(e.name for e in os.scandir(snapshots) if e.is_dir())
    except OSError:
        return []
    main = read_ref(repo_dir)
    if main in commits:
        commits.remove(main)
        commits.insert(0, main)
    return [snapshots / commit for commit in commits]


def blob_sha256(entry: Path, real: str) -> str | None:
    """The LFS sha256 naming the blob a snapshot link (entry, resolving to real) points at;
    None for a real file or a blob named by a git id."""
    if not entry.is_symlink():
        return None
    name = os.path.basename(real)
    return name if is_sha256(name) else None


def repo_dir_of(path: Path, cache_dir: Path) -> Path | None:
    """The models--org--name folder holding path, when path is a snapshot entry."""
    try:
        relative = Path(path_key(path)).relative_to(path_key(cache_dir))
    except ValueError:
        return None
    parts = relative.parts
    if len(parts) < 4 or not parts[0].startswith(REPO_PREFIX) or parts[1] != "snapshots":
        return None
    return Path(path_key(cache_dir)) / parts[0]


def incomplete_blobs(cache_dir: Path) -> Iterator[tuple[Path, Path, Path]]:
    """(partial, its blob, its lock) for every blob still arriving, whoever writes it."""
    for partial in cache_dir.glob(f"{REPO_PREFIX}*/blobs/*{INCOMPLETE_SUFFIX}"):
        etag = partial.name.split(".", 1)[0]
        lock = cache_dir / ".locks" / partial.parent.parent.name / f"{etag}.lock"
        yield partial, partial.parent / etag, lock


# --- removing a file ----------------------------------------------------------------------


def remove_snapshot_file(entry: Path, real: str, cache_dir: Path) -> None:
    """Delete the snapshot entry (a link resolving to real, or a file), its blob when no
    other snapshot of the repo still needs it, and the folders that leaves empty. Raises
    ValueError for a path that is not a snapshot entry of cache_dir, OSError."""
    repo_dir = repo_dir_of(entry, cache_dir)
    if repo_dir is None or not within(os.path.realpath(entry.parent), os.path.realpath(cache_dir)):
        raise ValueError(f"{entry.name} is not in the Hugging Face cache.")
    blobs = os.path.realpath(repo_dir / "blobs")
    is_link = entry.is_symlink()
    os.unlink(entry)
    # The blob goes only when it is this repo's and no other snapshot still needs it.
    if is_link and within(real, blobs) and not _linked(repo_dir, real):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(real)
    _prune_folders(entry.parent, repo_dir / "snapshots")


def remove_empty_repo(repo_dir: Path) -> None:
    """Remove a repo folder that has no snapshots and no blobs left (only refs remain)."""
    for sub in ("snapshots", "blobs"):
        with contextlib.suppress(FileNotFoundError):
            if any(os.scandir(repo_dir / sub)):
                return
    shutil.rmtree(repo_dir, ignore_errors=True)


def _linked(repo_dir: Path, blob: str) -> bool:
    """Whether a snapshot entry of repo_dir still resolves to blob."""
    wanted = same(blob)
    for folder, _dirs, files in os.walk(repo_dir / "snapshots"):
        for name in files:
            entry = os.path.join(folder, name)
            if os.path.islink(entry) and same(os.path.realpath(entry)) == wanted:
                return True
    return False


def _prune_folders(folder: Path, stop: Path) -> None:
    """Remove folder and its empty parents up to (not including) stop."""
    stop_key = same(path_key(stop))
    current = Path(path_key(folder))
    while same(str(current)) != stop_key and within(str(current), str(stop)):
        try:
            current.rmdir()
        except OSError:
            return
        current = current.parent
