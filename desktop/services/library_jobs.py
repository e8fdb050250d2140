"""LibraryJobs: the model library's file work (list, import, hash, discover, delete, forget)
on worker threads, with results and progress as signals on the GUI thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.core.models import discovery
from desktop.core.models.discovery import FoundModel
from desktop.core.models.library import Library, LibraryModel, Verification
from desktop.services.background import Background

PROGRESS_INTERVAL = 0.1  # seconds between two hashing progress reports of one file


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


class LibraryJobs(QObject):
    """Every call returns at once; its outcome arrives as a signal.

    The library's state file is changed by one job at a time (a one-thread pool for list,
    import, delete, forget and mark-used), while hashing, which can take minutes for a big
    file, runs beside it on its own threads and can be cancelled (delete, forget, shutdown).
    """

    listed = Signal(object)  # list[LibraryModel]
    imported = Signal(object)  # LibraryModel
    importFailed = Signal(str, str)  # path, sentence
    hashProgress = Signal(str, int, int)  # path, bytes hashed, total
    verified = Signal(str, str)  # path, "verified" | "unverified" | "mismatch"
    verifyFailed = Signal(str, str)  # path, sentence
    found = Signal(object)  # list[FoundModel] not in the library yet
    discoverFailed = Signal(str)  # sentence
    deleted = Signal(str)  # path
    deleteFailed = Signal(str, str)  # path, sentence
    forgotten = Signal(str)  # path (its file stays)
    forgetFailed = Signal(str, str)  # path, sentence
    failed = Signal(str)  # sentence (listing, mark-used)

    def __init__(
        self,
        library: Library,
        discover: Callable[[], list[FoundModel]] = discovery.discover,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._discover = discover
        self._state = Background(max_workers=1, name="hearth-library", parent=self)
        self._hashing = Background(max_workers=2, name="hearth-hash", parent=self)
        self._cancels: dict[Path, threading.Event] = {}
        self.models: list[LibraryModel] = []  # the last listing
        self._starter = False  # the starter's hash was checked this session

    # --- listing -----------------------------------------------------------------------

    def set_folders(self, folders: Collection[str | Path]) -> None:
        """The person's model folders (Settings): listed from now on; `listed` follows."""
        self.library.set_folders(folders)
        self.refresh()

    def refresh(self) -> None:
        """List the library again; `listed` follows."""
        self._state.submit(self.library.models, self._listed, self.failed.emit)

    def _listed(self, models: list[LibraryModel]) -> None:
        self.models = list(models)
        self.listed.emit(self.models)
        for m in self.models:
            # The starter is checked once against its wheel's record (a tenth of a second).
            if m.source == "starter" and m.verification == "unverified" and not self._starter:
                self._starter = True
                self.verify(m.path)

    # --- import and hashing ------------------------------------------------------------

    def import_files(self, paths: Sequence[Path]) -> None:
        """Check and add each file in place (never copied), then hash it in the background;
        the model is listed, and usable, before its hash is known."""
        for path in paths:
            self._import_one(path)

    def _import_one(self, path: Path) -> None:
        self._state.submit(
            lambda: self.library.import_file(path),
            self._imported,
            lambda sentence: self.importFailed.emit(str(path), sentence),
        )

    def _imported(self, model: LibraryModel) -> None:
        self.imported.emit(model)
        self.refresh()
        self.verify(model.path)

    def hashing(self) -> list[Path]:
        """The files being hashed now."""
        return list(self._cancels)

    def verify(self, path: Path) -> None:
        """Hash a file against what it must be; hashProgress then verified (or verifyFailed)."""
        if path in self._cancels:
            return
        cancel = threading.Event()
        self._cancels[path] = cancel
        last = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL or done >= total:
                last[0] = now
                self.hashProgress.emit(str(path), done, total)  # queued to the GUI thread

        def run() -> Verification:
            return self.library.verify(path, cancel=cancel, on_progress=progress)

        self._hashing.submit(
            run,
            lambda result: self._verified(path, result),
            lambda sentence: self._verify_failed(path, sentence),
        )

    def _verified(self, path: Path, result: Verification) -> None:
        self._cancels.pop(path, None)
        self.verified.emit(str(path), result)
        self.refresh()

    def _verify_failed(self, path: Path, sentence: str) -> None:
        cancel = self._cancels.pop(path, None)
        if cancel is not None and cancel.is_set():
            return  # cancelled on purpose (delete, shutdown): nothing to report
        self.verifyFailed.emit(str(path), sentence)
        self.refresh()

    # --- discovery ---------------------------------------------------------------------

    def discover(self) -> None:
        """Look for GGUF files other apps downloaded; `found` lists those not yet listed."""
        known = [m.path for m in self.models]

        def run() -> list[FoundModel]:
            return [f for f in self._discover() if not any(_same(f.path, k) for k in known)]

        self._hashing.submit(run, self.found.emit, self.discoverFailed.emit)

    # --- delete, forget, used ----------------------------------------------------------

    def delete(self, path: Path, in_use: Collection[Path] = ()) -> None:
        """Delete a model Hearth downloaded (Library.delete refuses any other file, the open
        one and the starter with a sentence); a running hash of it is stopped first."""
        self._stop_hashing(path)
        in_use = tuple(in_use)
        self._state.submit(
            lambda: self.library.delete(path, in_use=in_use),
            lambda _: self._deleted(path),
            lambda sentence: self.deleteFailed.emit(str(path), sentence),
        )

    def _deleted(self, path: Path) -> None:
        self.deleted.emit(str(path))
        self.refresh()

    def forget(self, path: Path, in_use: Collection[Path] = ()) -> None:
        """Take a model Hearth did not download off the list, its file kept where it is
        (Library.forget refuses Hearth's downloads, the open one and the starter)."""
        self._stop_hashing(path)
        in_use = tuple(in_use)
        self._state.submit(
            lambda: self.library.forget(path, in_use=in_use),
            lambda _: self._forgotten(path),
            lambda sentence: self.forgetFailed.emit(str(path), sentence),
        )

    def _forgotten(self, path: Path) -> None:
        self.forgotten.emit(str(path))
        self.refresh()

    def _stop_hashing(self, path: Path) -> None:
        cancel = self._cancels.get(path)
        if cancel is not None:
            cancel.set()

    def mark_used(self, path: Path) -> None:
        """Remember now as when the model at path was last used, when it is in the library
        (a file opened from disk is not), then list the library again (`listed`)."""

        def run() -> list[LibraryModel]:
            # Checked here, on the library's own thread, rather than against the last
            # listing, which at start-up is not there yet.
            models = self.library.models()
            if not any(_same(m.path, path) for m in models):
                return models
            self.library.mark_used(path)
            return self.library.models()

        self._state.submit(run, self._listed, self.failed.emit)

    def shutdown(self) -> None:
        """Stop hashing and wait for the jobs in flight (short once hashing is cancelled)."""
        for cancel in self._cancels.values():
            cancel.set()
        self._hashing.shutdown(wait=True)
        self._state.shutdown(wait=True)
