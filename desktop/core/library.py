"""The model library: hub downloads, imported files and the starter, with verified hashes.

What is listed:

- every complete GGUF in the Hugging Face cache (``models--org--name/snapshots/<commit>/``):
  a snapshot entry is a relative symlink to ``../../blobs/<etag>`` (for LFS files the etag
  is the file's sha256), or a real file where the OS has no symlinks (Windows). A link
  whose blob is missing, and anything named ``*.incomplete``, is a download in progress and
  is not listed;
- files the person imported (used in place, never copied), and the starter model;
- a split model (``name-00001-of-00003.gguf``) once, as its first part, with the size of
  all parts, and only when every part is there.

A file whose header pre-check (``gguf_check.check_gguf``) fails is still listed, with
``error`` set to the sentence that says why; a missing imported file likewise. Header
metadata is cached in the state file by (path, size, mtime_ns), so a warm listing only
stats files.

Verification: a hub blob named by a sha256 is checked against its name; any other file
against the hash recorded for it (by the downloader through ``record_verified``, or the
first hash of an imported file: "verified" then means "unchanged since it was added").
A recorded hash is kept with the file's size and mtime_ns, so a later change to the file
makes it "unverified" again.

Removing: Hearth deletes from disk only the files it downloaded itself. ``record_verified``
(the downloader's call after a verified download) marks a hub-cache file as Hearth's, with
its inode, so a file another tool later puts at the same path is not; the mark goes when the
file does. Every other model is only taken off the list by ``forget`` and its file stays:
an imported or discovered file is dropped from the state, and a hub-cache file Hearth did not
download (the cache is shared with other tools) is hidden until it is imported or asked for
again with Hearth's downloader.

The state file (``paths.library_file()``) is versioned JSON written atomically; a corrupt
one is moved aside and the library starts fresh. Every change re-reads the file first, so
the GUI and the CLI can share it.

It is over 400 lines because listing, the state file and removing share one lock and one
state format; issue 11's core/models split moves out the names, the cache layout and
hashing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import stat
import threading
import time
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from desktop.core.atomic import move_aside, write_text_atomic
from desktop.core.errors import HearthError, ModelFileError
from desktop.core.gguf_check import check_gguf

logger = logging.getLogger(__name__)

Source = Literal["hub", "imported", "starter"]
Verification = Literal["verified", "unverified", "mismatch"]

STATE_VERSION = 1
HASH_CHUNK = 4 << 20  # 4 MiB: big enough for full disk speed, small enough to cancel fast
PROGRESS_INTERVAL = 0.1  # seconds between on_progress calls while hashing
PARTIAL_SUFFIXES = (".incomplete", ".part", ".partial", ".download", ".crdownload", ".tmp")

_SPLIT_RE = re.compile(r"^(?P<stem>.+)-(?P<part>\d{5})-of-(?P<total>\d{5})\.gguf$", re.IGNORECASE)
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
_QUANT_RE = re.compile(
    r"(?<![A-Za-z0-9])(IQ\d_[A-Z0-9]+(?:_[A-Z0-9]+)?|Q\d(?:_[A-Z0-9]+)*|BF16|F16|F32)"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_REPO_SUFFIX_RE = re.compile(r"[-_.]gguf$", re.IGNORECASE)
_RANK: dict[Verification, int] = {"verified": 0, "unverified": 1, "mismatch": 2}


class LibraryError(HearthError):
    """A library action was refused or failed; the sentence says why."""


class VerificationCancelled(LibraryError):
    """verify() stopped because its cancel event was set."""


@dataclass(frozen=True, slots=True)
class LibraryModel:
    """One model as the library lists it."""

    path: Path  # what the engine opens (first part for a split model)
    name: str  # display name: the repo's model name or the file stem
    file_name: str
    source: Source
    repo_id: str | None  # hub models
    size: int  # bytes, all parts
    quantization: str
    architecture: str | None
    parameters: int | None  # parameter count
    context_length: int | None
    verification: Verification
    # The verified hash when one is recorded for the file as it is now, else a hub blob's
    # LFS hash (its name), else None.
    sha256: str | None
    last_used: float | None  # unix time
    error: str | None = None  # a sentence when the header pre-check refused the file
    # Hearth downloaded every file of it: delete() removes it from disk. Any other model
    # can only be forgotten (its file stays).
    downloaded: bool = False


# --- files on disk ----------------------------------------------------------------------


@dataclass(slots=True)
class _Part:
    """One complete file of a model."""

    path: Path  # as listed (for hub models, the snapshot entry)
    key: str  # the state file's key for it
    real: str  # the resolved path (dedupes links to the same file)
    size: int
    mtime_ns: int
    dev_ino: tuple[int, int]
    blob_sha: str | None  # the LFS sha256 a hub blob is named by


@dataclass(slots=True)
class _Candidate:
    """A model before its header and state are looked up."""

    parts: list[_Part]
    source: Source
    repo_id: str | None = None
    path: Path | None = None  # set when parts is empty (a missing imported file)
    missing: str | None = None  # the sentence for a missing or incomplete imported model

    @property
    def first(self) -> Path:
        return self.parts[0].path if self.parts else self.path or Path()

    @property
    def key(self) -> str:
        return self.parts[0].key if self.parts else _key(self.first)


def _key(path: Path | str) -> str:
    """The state file key: the absolute path, symlinks kept (a snapshot link is the model)."""
    return os.path.abspath(os.path.expanduser(os.fspath(path)))


def _same(path: str) -> str:
    """A form of a resolved path fit for comparing (case-insensitive where the OS is)."""
    return os.path.normcase(path)


def _within(child: str, parent: str) -> bool:
    child, parent = _same(child), _same(parent)
    try:
        return os.path.commonpath([child, parent]) == parent
    except ValueError:  # different drives on Windows
        return False


def _is_partial(name: str) -> bool:
    return name.lower().endswith(PARTIAL_SUFFIXES)


def _part(path: Path) -> _Part | None:
    """The part at path when it is a complete regular file (a dangling link is not)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    real = os.path.realpath(path)
    blob_sha = None
    if path.is_symlink():
        blob_name = os.path.basename(real)
        if _SHA256_RE.match(blob_name):
            blob_sha = blob_name
    return _Part(
        path, _key(path), real, st.st_size, st.st_mtime_ns, (st.st_dev, st.st_ino), blob_sha
    )


def _split_parts(first: Path) -> list[Path] | None:
    """All part paths of the split model whose part 1 is first, or None if not split."""
    match = _SPLIT_RE.match(first.name)
    if match is None:
        return None
    total = int(match["total"])
    stem = match["stem"]
    return [first.with_name(f"{stem}-{i:05d}-of-{total:05d}.gguf") for i in range(1, total + 1)]


def _first_part(path: Path) -> Path:
    """Part 1 of a split model for any of its parts; any other path as it is."""
    match = _SPLIT_RE.match(path.name)
    if match is None or int(match["part"]) == 1:
        return path
    return path.with_name(f"{match['stem']}-00001-of-{match['total']}.gguf")


def _gather(first: Path) -> list[_Part] | None:
    """The complete parts of the model at first (part 1 for a split), or None."""
    paths = _split_parts(first) or [first]
    parts = []
    for p in paths:
        part = _part(p)
        if part is None:
            return None
        parts.append(part)
    return parts


def _models_in_folder(folder: Path, names: list[str]) -> Iterator[Path]:
    """The first files of the models among names (the file names in folder)."""
    for name in sorted(names):
        if not name.lower().endswith(".gguf") or _is_partial(name):
            continue
        match = _SPLIT_RE.match(name)
        if match is not None and int(match["part"]) != 1:
            continue
        yield folder / name


def _repo_id(folder_name: str) -> str:
    # models--org--name: hub repo ids cannot contain "--", so this split is exact.
    return folder_name.removeprefix("models--").replace("--", "/")


def _display_name(repo_id: str | None, first: Path) -> str:
    if repo_id is not None:
        return _REPO_SUFFIX_RE.sub("", repo_id.rsplit("/", 1)[-1]) or repo_id
    match = _SPLIT_RE.match(first.name)
    return match["stem"] if match else first.stem


def _quant_from_name(name: str) -> str:
    matches = _QUANT_RE.findall(name)
    return str(matches[-1]).upper() if matches else "unknown"


# --- the state file ---------------------------------------------------------------------


def _fresh_state() -> dict[str, Any]:
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
        and bool(_SHA256_RE.match(value["sha256"]))
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
    "references": lambda v: isinstance(v, str) and bool(_SHA256_RE.match(v)),
    "last_used": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "headers": _valid_header,
    "downloaded": lambda v: isinstance(v, dict) and _valid_int(v.get("ino")),
    "hidden": lambda v: isinstance(v, dict),
}


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    """The known sections of data with bad entries dropped; unknown top-level keys kept."""
    state = _fresh_state()
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


def _move_aside(path: Path, reason: str) -> None:
    try:
        target = move_aside(path)
    except OSError as exc:
        logger.warning(
            "Library file %s is corrupt (%s) and stays in place (%s).", path, reason, exc
        )
        return
    logger.warning("Library file %s is corrupt (%s); moved it to %s.", path, reason, target.name)


# --- hashing ----------------------------------------------------------------------------


def _sha256(path: Path, cancel: threading.Event | None, advance: Callable[[int], None]) -> str:
    digest = hashlib.sha256()
    buffer = bytearray(HASH_CHUNK)
    view = memoryview(buffer)
    with open(path, "rb", buffering=0) as handle:
        while True:
            if cancel is not None and cancel.is_set():
                raise VerificationCancelled("Checking the model file was cancelled.")
            n = handle.readinto(buffer)
            if not n:
                break
            digest.update(view[:n])
            advance(n)
    return digest.hexdigest()


class _Progress:
    """Calls on_progress(done, total) at the start, at most every PROGRESS_INTERVAL, at the end."""

    def __init__(self, total: int, on_progress: Callable[[int, int], None] | None) -> None:
        self.total = total
        self.done = 0
        self.on_progress = on_progress
        self.last = time.monotonic()
        if on_progress is not None:
            on_progress(0, total)

    def advance(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        if self.on_progress is not None and now - self.last >= PROGRESS_INTERVAL:
            self.last = now
            self.on_progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.total, self.total)


# --- the library ------------------------------------------------------------------------


@dataclass(slots=True)
class _Listing:
    entries: list[tuple[_Candidate, LibraryModel]] = field(default_factory=list)

    @property
    def models(self) -> list[LibraryModel]:
        return sorted(
            (model for _, model in self.entries),
            key=lambda m: (m.name.casefold(), m.file_name.casefold(), str(m.path)),
        )

    @property
    def candidates(self) -> list[_Candidate]:
        return [candidate for candidate, _ in self.entries]


class Library:
    """Lists, imports, verifies and deletes models; thread-safe, shared with other processes
    through the state file (each change re-reads it first)."""

    def __init__(
        self,
        state_file: Path,
        cache_dir: Path,
        starter: Path | None,
        starter_sha256: str | None = None,
        starter_name: str = "Starter",
    ) -> None:
        self.state_file = state_file
        self.cache_dir = cache_dir
        self.starter = starter
        # The starter's hash from its wheel's RECORD: it is verified like a download.
        self.starter_sha256 = starter_sha256
        self.starter_name = starter_name
        self._lock = threading.RLock()

    # --- public API ---------------------------------------------------------------------

    def models(self) -> list[LibraryModel]:
        """Hub cache + imported + starter, sorted by name (then file name)."""
        return self._list().models

    def import_file(self, path: Path) -> LibraryModel:
        """Add a GGUF file the person chose, used in place (never copied), "unverified" until
        verify() runs; a hub-cache file forget() hid is listed again. Raises ModelFileError
        when the header pre-check refuses it."""
        first = _first_part(Path(_key(path)))
        if _is_partial(first.name):
            raise ModelFileError(
                f"{first.name} is an unfinished download: wait for it to finish, then add it.",
                reason="partial",
            )
        check_gguf(first)
        parts = _gather(first)
        if parts is None:
            raise ModelFileError(
                f"{first.name} is one part of a split model and not every part is in "
                f"{first.parent}: put all its parts in that folder, then add it again.",
                reason="missing_parts",
            )
        if self._is_hub(first):
            self.unhide(first)  # asked for again: list it again
        elif not self._is_starter(first):
            with self._lock:
                self._update(
                    lambda st: st["imported"].setdefault(_key(first), {"added": time.time()})
                )
        found = self._find(first)
        if found is None:  # a blob or stray file in the HF cache that no snapshot lists
            raise LibraryError(
                f"{first.name} is in the Hugging Face cache but is not a complete download: "
                "download the model again or choose another file."
            )
        return found

    def record_verified(self, path: Path, sha256: str) -> None:
        """The downloader's call after a verified download: remember that the file at path,
        as it is now, has this sha256, and, for a file in the HF cache, that Hearth
        downloaded it (the only kind delete() removes from disk)."""
        digest = sha256.lower()
        if not _SHA256_RE.match(digest):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        part = _part(Path(_key(path)))
        if part is None:
            raise LibraryError(f"There is no model file at {path}.")
        hub = self._is_hub(part.path)

        def change(state: dict[str, Any]) -> None:
            state["files"][part.key] = _file_record(part, digest)
            if part.blob_sha is None:
                state["references"][part.key] = digest
            if hub:
                state["downloaded"][part.key] = {"ino": part.dev_ino[1], "at": time.time()}
                state["hidden"].pop(_key(_first_part(part.path)), None)

        with self._lock:
            self._update(change)

    def verify(
        self,
        path: Path,
        cancel: threading.Event | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Verification:
        """Hash the model's file(s) and compare with the expected sha256 (see the module
        doc). Blocking, safe on a background thread; raises VerificationCancelled when
        cancel is set, LibraryError when the file is not in the library or unreadable."""
        candidate = self._candidate(path)
        if not candidate.parts:
            raise LibraryError(candidate.missing or f"There is no model file at {path}.")
        with self._lock:
            references = dict(self._load()["references"])
        progress = _Progress(sum(p.size for p in candidate.parts), on_progress)
        results: list[tuple[_Part, str, Verification]] = []
        for part in candidate.parts:
            expected = part.blob_sha or references.get(part.key)
            try:
                actual = _sha256(part.path, cancel, progress.advance)
            except OSError as exc:
                raise LibraryError(
                    f"Hearth could not read {part.path.name} to check it ({exc.strerror or exc}).",
                    details=repr(exc),
                ) from exc
            result: Verification = "verified" if expected in (None, actual) else "mismatch"
            results.append((part, actual, result))
        progress.finish()

        def change(state: dict[str, Any]) -> None:
            for part, actual, _ in results:
                state["files"][part.key] = _file_record(part, actual)
                if part.blob_sha is None:
                    # First hash of a file with no LFS name: the reference from now on.
                    state["references"].setdefault(part.key, actual)

        with self._lock:
            self._update(change)
        for part, actual, result in results:
            if result == "mismatch":
                logger.warning("%s does not match its expected sha256 (got %s).", part.path, actual)
        return max((r for _, _, r in results), key=_RANK.__getitem__)

    def mark_used(self, path: Path) -> None:
        """Remember now as the time the model was last used (failure to save is logged)."""
        key = _key(_first_part(Path(_key(path))))
        with self._lock:
            try:
                self._update(lambda st: st["last_used"].__setitem__(key, time.time()))
            except LibraryError as exc:
                logger.warning("%s", exc.user_message)

    def forget(self, path: Path, in_use: Collection[Path] = ()) -> None:
        """Take a model Hearth did not download off the list; its file stays where it is.

        An imported (or discovered) file is dropped from the state. A hub-cache model
        another tool downloaded is hidden: it comes back when it is imported or asked for
        again with Hearth's downloader (unhide). Refuses Hearth's own downloads (delete()
        removes those), the starter and a model whose file is in in_use, with a sentence.
        """
        first = _first_part(Path(_key(path)))
        if self._is_starter(first):
            raise LibraryError("The starter model comes with Hearth and cannot be removed.")
        if self._is_hub(first):
            candidate = self._candidate(first)
            with self._lock:
                downloaded = _downloaded(candidate.parts, self._load())
            if downloaded:
                raise LibraryError(
                    f"{first.name} was downloaded by Hearth: delete it to remove it from the "
                    "library."
                )
            _refuse_in_use(candidate.parts, in_use, first.name, "remove it")
            with self._lock:
                self._update(
                    lambda st: st["hidden"].__setitem__(candidate.key, {"at": time.time()})
                )
            return
        paths = _split_parts(first) or [first]
        parts = [p for p in map(_part, paths) if p is not None]
        _refuse_in_use(parts, in_use, first.name, "remove it")
        keys = {_key(p) for p in paths}
        with self._lock:
            self._update(lambda st: _drop(st, keys))

    def unhide(self, path: Path) -> None:
        """List again a hub model that forget() hid (it was asked for again)."""
        key = _key(_first_part(Path(_key(path))))
        with self._lock:
            if key in self._load()["hidden"]:
                self._update(lambda st: st["hidden"].pop(key, None))

    def delete(self, path: Path, in_use: Collection[Path] = ()) -> None:
        """Delete a model Hearth downloaded from disk and the list.

        Only Hearth's own downloads (see the module doc) are deleted: each snapshot link,
        and its blob when no other snapshot of the repo points at it; nothing outside the
        HF cache is ever removed. Whatever the caller, refuses with a LibraryError sentence
        any file Hearth did not download (imported, discovered, or put in the HF cache by
        another tool: forget() takes those off the list and the file stays), the starter,
        and a model whose file is in in_use.
        """
        candidate = self._candidate(path)
        name = candidate.first.name
        if candidate.source == "starter":
            raise LibraryError("The starter model comes with Hearth and cannot be deleted.")
        with self._lock:
            if candidate.source != "hub" or not _downloaded(candidate.parts, self._load()):
                raise LibraryError(
                    f"Hearth did not download {name}, so it does not delete it: remove it from "
                    f"the library instead, and the file stays on disk at {candidate.first}."
                )
            _refuse_in_use(candidate.parts, in_use, name, "delete it")
            try:
                self._delete_hub(candidate)
            except OSError as exc:
                raise LibraryError(
                    f"Hearth could not delete {name} ({exc.strerror or exc}).", details=repr(exc)
                ) from exc
            keys = {p.key for p in candidate.parts} | {candidate.key}
            self._update(lambda st: _drop(st, keys))
        logger.info("Deleted model %s.", candidate.first)

    def disk_usage(self) -> int:
        """Bytes on disk of all listed models, each file counted once (hardlinks too)."""
        seen: set[tuple[int, int]] = set()
        total = 0
        for candidate in self._list().candidates:
            for part in candidate.parts:
                if part.dev_ino not in seen:
                    seen.add(part.dev_ino)
                    total += part.size
        return total

    # --- listing ------------------------------------------------------------------------

    def _is_hub(self, path: Path) -> bool:
        return _within(_key(path), _key(self.cache_dir))

    def _is_starter(self, path: Path) -> bool:
        return self.starter is not None and _same(_key(path)) == _same(_key(self.starter))

    def _hub_candidates(self) -> Iterator[_Candidate]:
        try:
            repos = sorted(os.scandir(self.cache_dir), key=lambda e: e.name)
        except OSError:
            return
        for repo in repos:
            if not repo.name.startswith("models--") or not repo.is_dir():
                continue
            repo_id = _repo_id(repo.name)
            snapshots = Path(repo.path) / "snapshots"
            try:
                commits = sorted(e.name for e in os.scandir(snapshots) if e.is_dir())
            except OSError:
                continue
            with contextlib.suppress(OSError):
                main = (Path(repo.path) / "refs" / "main").read_text("utf-8").strip()
                if main in commits:  # the current revision wins over older snapshots
                    commits.remove(main)
                    commits.insert(0, main)
            for commit in commits:
                for folder, dirs, files in os.walk(snapshots / commit):
                    dirs.sort()
                    for first in _models_in_folder(Path(folder), files):
                        parts = _gather(first)
                        if parts is not None:
                            yield _Candidate(parts, "hub", repo_id)

    def _other_candidates(self, imported: Collection[str]) -> Iterator[_Candidate]:
        if self.starter is not None:
            parts = _gather(Path(_key(self.starter)))
            if parts is not None:
                yield _Candidate(parts, "starter")
        for key in imported:
            first = Path(key)
            parts = _gather(first)
            if parts is not None:
                yield _Candidate(parts, "imported")
            elif os.path.lexists(first):
                yield _Candidate([], "imported", path=first, missing=_incomplete(first))
            else:
                yield _Candidate(
                    [],
                    "imported",
                    path=first,
                    missing=f"The file is no longer at {first}: it was moved or deleted.",
                )

    def _list(self) -> _Listing:
        with self._lock:
            state = self._load()
            listing = _Listing()
            seen: set[str] = set()
            candidates = [*self._hub_candidates(), *self._other_candidates(state["imported"])]
            headers: dict[str, Any] = {}
            for candidate in candidates:
                if candidate.parts:
                    real = _same(candidate.parts[0].real)
                    if real in seen:  # another path to a file already listed (or hidden)
                        continue
                    seen.add(real)
                    if candidate.source == "hub" and candidate.key in state["hidden"]:
                        continue
                listing.entries.append((candidate, self._model(candidate, state, headers)))
            self._save_listing_cache(state, headers, listing.candidates)
            return listing

    def _model(
        self, candidate: _Candidate, state: dict[str, Any], headers: dict[str, Any]
    ) -> LibraryModel:
        first = candidate.first
        key = candidate.key
        name = (
            self.starter_name
            if candidate.source == "starter"
            else _display_name(candidate.repo_id, first)
        )
        last_used = state["last_used"].get(key)
        if not candidate.parts:
            return LibraryModel(
                path=first,
                name=name,
                file_name=first.name,
                source=candidate.source,
                repo_id=candidate.repo_id,
                size=0,
                quantization=_quant_from_name(first.name),
                architecture=None,
                parameters=None,
                context_length=None,
                verification="unverified",
                sha256=None,
                last_used=last_used,
                error=candidate.missing,
            )
        header = _header(candidate.parts[0], state["headers"].get(key))
        headers[key] = header
        error = header.get("error")
        verification, sha256 = _verification(candidate.parts, state)
        return LibraryModel(
            path=first,
            name=name,
            file_name=first.name,
            source=candidate.source,
            repo_id=candidate.repo_id,
            size=sum(p.size for p in candidate.parts),
            quantization=header.get("quantization") or _quant_from_name(first.name),
            architecture=None if error else header.get("architecture"),
            parameters=None if error else header.get("parameters"),
            context_length=None if error else header.get("context_length"),
            verification=verification,
            sha256=sha256,
            last_used=last_used,
            error=error,
            downloaded=candidate.source == "hub" and _downloaded(candidate.parts, state),
        )

    def _save_listing_cache(
        self, state: dict[str, Any], headers: dict[str, Any], candidates: list[_Candidate]
    ) -> None:
        """Keep header entries for listed models only, drop hashes and marks of files that
        are gone, and save when that changed anything (a failure to save is only logged)."""
        listed = {p.key for c in candidates for p in c.parts}
        sections = ("files", "references", "downloaded", "hidden")
        stale = [
            key
            for section in sections
            for key in state[section]
            if key not in listed and not os.path.lexists(key)
        ]
        if headers == state["headers"] and not stale:
            return

        def change(fresh: dict[str, Any]) -> None:
            fresh["headers"] = headers
            for key in stale:
                for section in sections:
                    fresh[section].pop(key, None)

        try:
            self._update(change)
        except LibraryError as exc:
            logger.warning("%s", exc.user_message)

    def _find(self, first: Path) -> LibraryModel | None:
        wanted = _same(os.path.realpath(first))
        for candidate, model in self._list().entries:
            if candidate.parts and _same(candidate.parts[0].real) == wanted:
                return model
        return None

    def _candidate(self, path: Path) -> _Candidate:
        """The model at path (any of its parts) when it is in the library, else LibraryError."""
        first = _first_part(Path(_key(path)))
        parts = _gather(first)
        if self._is_hub(first):
            if _repo_dir(first, self.cache_dir) is None:
                raise LibraryError(f"{first.name} is not a model in the Hugging Face cache.")
            if parts is None:
                raise LibraryError(f"{first.name} is not a complete downloaded model.")
            return _Candidate(parts, "hub", _repo_of(first, self.cache_dir))
        if self._is_starter(first):
            if parts is None:
                raise LibraryError("The starter model is not installed.")
            return _Candidate(parts, "starter")
        with self._lock:
            imported = _key(first) in self._load()["imported"]
        if not imported:
            raise LibraryError(f"{first.name} is not in the library.")
        if parts is None:
            return _Candidate([], "imported", path=first, missing=_incomplete(first))
        return _Candidate(parts, "imported")

    def _delete_hub(self, candidate: _Candidate) -> None:
        cache = os.path.realpath(self.cache_dir)
        for part in candidate.parts:
            repo_dir = _repo_dir(part.path, self.cache_dir)
            if repo_dir is None or not _within(os.path.realpath(part.path.parent), cache):
                raise LibraryError(f"{part.path.name} is not in the Hugging Face cache.")
            blobs = os.path.realpath(repo_dir / "blobs")
            is_link = part.path.is_symlink()
            os.unlink(part.path)
            # The blob goes only when it is this repo's and no other snapshot still needs it.
            if is_link and _within(part.real, blobs) and not _linked(repo_dir, part.real):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(part.real)
            _prune_folders(part.path.parent, repo_dir / "snapshots")
        for repo_dir in {_repo_dir(p.path, self.cache_dir) for p in candidate.parts}:
            if repo_dir is not None:
                _remove_empty_repo(repo_dir)

    # --- state file ---------------------------------------------------------------------

    def _load(self) -> dict[str, Any]:
        state = self._read_state()
        if self.starter is not None and self.starter_sha256:
            state["references"][_key(self.starter)] = self.starter_sha256.lower()
        return state

    def _read_state(self) -> dict[str, Any]:
        try:
            raw = self.state_file.read_bytes()
        except FileNotFoundError:
            return _fresh_state()
        except OSError as exc:
            logger.warning("Could not read the library file %s (%s).", self.state_file, exc)
            return _fresh_state()
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            _move_aside(self.state_file, f"not valid JSON: {exc}")
            return _fresh_state()
        if not isinstance(data, dict):
            _move_aside(self.state_file, f"expected a JSON object, found {type(data).__name__}")
            return _fresh_state()
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            _move_aside(self.state_file, f"bad version {version!r}")
            return _fresh_state()
        return _clean(data)

    def _update(self, change: Callable[[dict[str, Any]], object]) -> None:
        """Re-read the state file, apply change, write it atomically (caller holds the lock)."""
        state = self._load()
        change(state)
        text = json.dumps(state, indent=1, ensure_ascii=False, allow_nan=False)
        try:
            self.state_file.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(self.state_file, text + "\n")
        except OSError as exc:
            raise LibraryError(
                f"Hearth could not save its model list to {self.state_file}: "
                f"{exc.strerror or exc}.",
                details=repr(exc),
            ) from exc


# --- helpers ----------------------------------------------------------------------------


def _file_record(part: _Part, sha256: str) -> dict[str, Any]:
    return {"size": part.size, "mtime_ns": part.mtime_ns, "sha256": sha256}


def _drop(state: dict[str, Any], keys: Collection[str]) -> None:
    for section in _fresh_state():
        if section != "version":
            for key in keys:
                state[section].pop(key, None)


def _downloaded(parts: list[_Part], state: dict[str, Any]) -> bool:
    """Whether Hearth's downloader wrote every part, and each is still that same file."""
    marks = state["downloaded"]
    return bool(parts) and all(marks.get(p.key, {}).get("ino") == p.dev_ino[1] for p in parts)


def _refuse_in_use(parts: list[_Part], in_use: Collection[Path], name: str, then: str) -> None:
    busy = {_same(os.path.realpath(p)) for p in in_use} | {_same(_key(p)) for p in in_use}
    for part in parts:
        if _same(part.real) in busy or _same(part.key) in busy:
            raise LibraryError(
                f"{name} is in use: unload it (or close the chat using it), then {then}."
            )


def _incomplete(first: Path) -> str:
    if _split_parts(first):
        return f"Some parts of {first.name} are missing from {first.parent}."
    return f"{first} is not a readable file."


def _header(part: _Part, cached: Any) -> dict[str, Any]:
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


def _verification(parts: list[_Part], state: dict[str, Any]) -> tuple[Verification, str | None]:
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
    return max(results, key=_RANK.__getitem__), sha256


def _repo_dir(path: Path, cache_dir: Path) -> Path | None:
    """The models--org--name folder holding path (a snapshot entry), if it is one."""
    try:
        relative = Path(_key(path)).relative_to(_key(cache_dir))
    except ValueError:
        return None
    top = relative.parts[0] if relative.parts else ""
    if (
        not top.startswith("models--")
        or len(relative.parts) < 4
        or relative.parts[1] != "snapshots"
    ):
        return None
    return Path(_key(cache_dir)) / top


def _repo_of(path: Path, cache_dir: Path) -> str | None:
    repo_dir = _repo_dir(path, cache_dir)
    return None if repo_dir is None else _repo_id(repo_dir.name)


def _linked(repo_dir: Path, blob: str) -> bool:
    """Whether a snapshot entry of repo_dir still resolves to blob."""
    wanted = _same(blob)
    for folder, _dirs, files in os.walk(repo_dir / "snapshots"):
        for name in files:
            entry = os.path.join(folder, name)
            if os.path.islink(entry) and _same(os.path.realpath(entry)) == wanted:
                return True
    return False


def _prune_folders(folder: Path, stop: Path) -> None:
    """Remove folder and its empty parents up to (not including) stop."""
    stop_key = _same(_key(stop))
    current = Path(_key(folder))
    while _same(str(current)) != stop_key and _within(str(current), str(stop)):
        try:
            current.rmdir()
        except OSError:
            return
        current = current.parent


def _remove_empty_repo(repo_dir: Path) -> None:
    """Remove a repo folder that has no snapshots and no blobs left (only refs remain)."""
    for sub in ("snapshots", "blobs"):
        folder = repo_dir / sub
        with contextlib.suppress(FileNotFoundError):
            if any(os.scandir(folder)):
                return
    shutil.rmtree(repo_dir, ignore_errors=True)
