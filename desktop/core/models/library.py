"""The model library: hub downloads, imported files and the starter, with verified hashes.

What is listed:

- every complete GGUF in the Hugging Face cache (see hf_cache.py): a snapshot link whose
  blob is missing, and anything named ``*.incomplete``, is a download in progress and is
  not listed;
- files the person imported (used in place, never copied), and the starter model;
- every complete GGUF in the person's model folders (Settings; walked within a bounded
  depth and number of entries), used in place, source "folder";
- a split model (``name-00001-of-00003.gguf``) once, as its first part, with the size of
  all parts, and only when every part is there.

A file whose header pre-check (``gguf_check.check_gguf``) fails is still listed, with
``error`` set to the sentence that says why; a missing imported file likewise. Header
metadata is cached in the state file (library_state.py) by (path, size, mtime_ns), so a
warm listing only stats files (library_files.py).

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

Just over 400 lines: this is the library's public API and its one lock; the file rules,
the state file and the listing already live in library_files, library_state and
library_listing.

Over 400 lines: listing, verifying and removing (a vision model's projector with it) share
the one state file and its lock, so they stay together.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
import time
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from desktop.core.errors import HearthError, ModelFileError
from desktop.core.gguf_check import check_gguf
from desktop.core.models import hf_cache, library_state, names
from desktop.core.models.hashing import ByteProgress, HashCancelled, is_sha256, sha256_file
from desktop.core.models.library_files import (
    Candidate,
    Part,
    Source,
    delete_hub_files,
    gather,
    incomplete,
    lone_projector,
    part_at,
)
from desktop.core.models.library_listing import FILE_SECTIONS, LibraryModel, Listing, list_models
from desktop.core.models.library_state import (
    RANK,
    STATE_VERSION,
    Verification,
    downloaded,
    drop,
    file_record,
)
from desktop.core.models.pathkeys import path_key, same, within

__all__ = [
    "STATE_VERSION",
    "Library",
    "LibraryError",
    "LibraryModel",
    "Source",
    "Verification",
    "VerificationCancelled",
]

logger = logging.getLogger(__name__)


class LibraryError(HearthError):
    """A library action was refused or failed; the sentence says why."""


class VerificationCancelled(LibraryError):
    """verify() stopped because its cancel event was set."""


def _first(path: Path) -> Path:
    """The key path of the model any of whose files is at path."""
    return names.first_part(Path(path_key(path)))


class Library:
    """Lists, imports, verifies and deletes models; thread-safe, shared with other processes
    through the state file (each change re-reads it first)."""

    def __init__(
        self,
        state_file: Path,
        cache_dir: Path,
        starter: Path | None,
        starter_sha256: str | Callable[[], str | None] | None = None,
        starter_name: str = "Starter",
    ) -> None:
        self.state_file = state_file
        self.cache_dir = cache_dir
        self.starter = starter
        # The starter's hash from its wheel's RECORD: it is verified like a download. A
        # callable is asked on first use (reading RECORD costs tens of ms: not at start-up).
        self._starter_sha256 = starter_sha256
        self.starter_name = starter_name
        # The person's model folders (Settings), listed beside the cache: set_folders().
        self.folders: tuple[Path, ...] = ()
        self._lock = threading.RLock()

    @functools.cached_property
    def starter_sha256(self) -> str | None:
        known = self._starter_sha256
        return known() if callable(known) else known

    # --- public API ---------------------------------------------------------------------

    def set_folders(self, folders: Collection[Path | str]) -> None:
        """The folders whose GGUF files are listed (source "folder"), used in place."""
        # One assignment, no lock: a listing running now must not make the GUI thread wait.
        self.folders = tuple(Path(f) for f in folders)

    def models(self) -> list[LibraryModel]:
        """Hub cache + imported + starter, sorted by name (then file name)."""
        return self._list().models

    def import_file(self, path: Path) -> LibraryModel:
        """Add a GGUF file the person chose, used in place (never copied), "unverified" until
        verify() runs; a hub-cache file forget() hid is listed again. Raises ModelFileError
        when the header pre-check refuses it."""
        first = _first(path)
        if names.is_partial(first.name):
            raise ModelFileError(
                f"{first.name} is an unfinished download: wait for it to finish, then add it.",
                reason="partial",
            )
        check_gguf(first)
        if gather(first) is None:
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
                    lambda st: st["imported"].setdefault(path_key(first), {"added": time.time()})
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
        if not is_sha256(digest):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        part = part_at(Path(path_key(path)))
        if part is None:
            raise LibraryError(f"There is no model file at {path}.")
        hub = self._is_hub(part.path)

        def change(state: dict[str, Any]) -> None:
            state["files"][part.key] = file_record(part, digest)
            if part.blob_sha is None:
                state["references"][part.key] = digest
            if hub:
                state["downloaded"][part.key] = {"ino": part.dev_ino[1], "at": time.time()}
                state["hidden"].pop(path_key(names.first_part(part.path)), None)

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
        progress = ByteProgress(sum(p.size for p in candidate.parts), on_progress)
        results: list[tuple[Part, str, Verification]] = []
        for part in candidate.parts:
            expected = part.blob_sha or references.get(part.key)
            try:
                actual = sha256_file(part.path, cancel, progress.advance)
            except HashCancelled:
                raise VerificationCancelled("Checking the model file was cancelled.") from None
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
                state["files"][part.key] = file_record(part, actual)
                if part.blob_sha is None:
                    # First hash of a file with no LFS name: the reference from now on.
                    state["references"].setdefault(part.key, actual)

        with self._lock:
            self._update(change)
        for part, actual, result in results:
            if result == "mismatch":
                logger.warning("%s does not match its expected sha256 (got %s).", part.path, actual)
        return max((r for _, _, r in results), key=RANK.__getitem__)

    def mark_used(self, path: Path) -> None:
        """Remember now as the time the model was last used (failure to save is logged)."""
        key = path_key(_first(path))
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
        first = _first(path)
        if self._is_starter(first):
            raise LibraryError("The starter model comes with Hearth and cannot be removed.")
        if self._is_hub(first):
            candidate = self._candidate(first)
            with self._lock:
                mine = downloaded(candidate.parts, self._load())
            if mine:
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
        paths = names.part_paths(first)
        parts = [p for p in map(part_at, paths) if p is not None]
        _refuse_in_use(parts, in_use, first.name, "remove it")
        keys = {path_key(p) for p in paths}
        with self._lock:
            imported = path_key(first) in self._load()["imported"]
        if not imported and self._in_folders(first):  # listed again if its folder says so
            with self._lock:
                self._update(
                    lambda st: st["hidden"].__setitem__(path_key(first), {"at": time.time()})
                )
            return
        with self._lock:
            self._update(lambda st: drop(st, keys))

    def unhide(self, path: Path) -> None:
        """List again a hub model that forget() hid (it was asked for again)."""
        key = path_key(_first(path))
        with self._lock:
            if key in self._load()["hidden"]:
                self._update(lambda st: st["hidden"].pop(key, None))

    def delete(self, path: Path, in_use: Collection[Path] = ()) -> None:
        """Delete a model Hearth downloaded from disk and the list.

        Only Hearth's own downloads (see the module doc) are deleted: each snapshot link,
        and its blob when no other snapshot of the repo points at it, and its vision
        projector when no other model in the snapshot loads with it; nothing outside the
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
            if candidate.source != "hub" or not downloaded(candidate.parts, self._load()):
                raise LibraryError(
                    f"Hearth did not download {name}, so it does not delete it: remove it from "
                    f"the library instead, and the file stays on disk at {candidate.first}."
                )
            _refuse_in_use(candidate.parts, in_use, name, "delete it")
            # Its vision projector goes with it once no other model there loads with it
            # (only one Hearth downloaded, as for any file).
            parts = list(candidate.parts)
            projector = lone_projector(parts)
            if projector is not None and downloaded([projector], self._load()):
                parts.append(projector)
            try:
                delete_hub_files(parts, self.cache_dir)
            except ValueError as exc:
                raise LibraryError(str(exc)) from exc
            except OSError as exc:
                raise LibraryError(
                    f"Hearth could not delete {name} ({exc.strerror or exc}).", details=repr(exc)
                ) from exc
            keys = {p.key for p in parts} | {candidate.key}
            self._update(lambda st: drop(st, keys))
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
        return within(path_key(path), path_key(self.cache_dir))

    def _in_folders(self, path: Path) -> bool:
        return any(within(path_key(path), path_key(folder)) for folder in self.folders)

    def _is_starter(self, path: Path) -> bool:
        return self.starter is not None and same(path_key(path)) == same(path_key(self.starter))

    def _list(self) -> Listing:
        with self._lock:
            state = self._load()
            listing = list_models(
                state, self.cache_dir, self.starter, self.starter_name, self.folders
            )
            self._save_listing_cache(state, listing)
            return listing

    def _save_listing_cache(self, state: dict[str, Any], listing: Listing) -> None:
        """Keep header entries for listed models only, drop hashes and marks of files that
        are gone, and save when that changed anything (a failure to save is only logged)."""
        stale = listing.stale_keys(state)
        if listing.headers == state["headers"] and not stale:
            return

        def change(fresh: dict[str, Any]) -> None:
            fresh["headers"] = listing.headers
            for key in stale:
                for section in FILE_SECTIONS:
                    fresh[section].pop(key, None)

        try:
            self._update(change)
        except LibraryError as exc:
            logger.warning("%s", exc.user_message)

    def _find(self, first: Path) -> LibraryModel | None:
        wanted = same(os.path.realpath(first))
        for candidate, model in self._list().entries:
            if candidate.parts and same(candidate.parts[0].real) == wanted:
                return model
        return None

    def _candidate(self, path: Path) -> Candidate:
        """The model at path (any of its parts) when it is in the library, else LibraryError."""
        first = _first(path)
        parts = gather(first)
        if self._is_hub(first):
            repo_dir = hf_cache.repo_dir_of(first, self.cache_dir)
            if repo_dir is None:
                raise LibraryError(f"{first.name} is not a model in the Hugging Face cache.")
            if parts is None:
                raise LibraryError(f"{first.name} is not a complete downloaded model.")
            return Candidate(parts, "hub", hf_cache.repo_id_of(repo_dir.name))
        if self._is_starter(first):
            if parts is None:
                raise LibraryError("The starter model is not installed.")
            return Candidate(parts, "starter")
        with self._lock:
            imported = path_key(first) in self._load()["imported"]
        if not imported and parts is not None and self._in_folders(first):
            return Candidate(parts, "folder")
        if not imported:
            raise LibraryError(f"{first.name} is not in the library.")
        if parts is None:
            return Candidate([], "imported", path=first, missing=incomplete(first))
        return Candidate(parts, "imported")

    # --- state file ---------------------------------------------------------------------

    def _load(self) -> dict[str, Any]:
        state = library_state.read_state(self.state_file)
        if self.starter is not None and self.starter_sha256:
            state["references"][path_key(self.starter)] = self.starter_sha256.lower()
        return state

    def _update(self, change: Callable[[dict[str, Any]], object]) -> None:
        """Re-read the state file, apply change, write it atomically (caller holds the lock)."""
        state = self._load()
        change(state)
        try:
            library_state.write_state(self.state_file, state)
        except OSError as exc:
            raise LibraryError(
                f"Hearth could not save its model list to {self.state_file}: "
                f"{exc.strerror or exc}.",
                details=repr(exc),
            ) from exc


def _refuse_in_use(parts: list[Part], in_use: Collection[Path], name: str, then: str) -> None:
    busy = {same(os.path.realpath(p)) for p in in_use} | {same(path_key(p)) for p in in_use}
    for part in parts:
        if same(part.real) in busy or same(part.key) in busy:
            raise LibraryError(
                f"{name} is in use: unload it (or close the chat using it), then {then}."
            )
