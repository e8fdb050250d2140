"""KnowledgeService: the knowledge folders' index, indexer, watch and embedder (app.knowledge).

Everything slow runs on one worker thread of the service's own: opening the index, loading
the embedder (an engine child of its own, never the chat's), walking and reading folders.
What the worker finds crosses to the GUI thread as queued signals. The service decides
(which folders, which embedder, when to index); the settings widget only shows and asks.
Preferences stays the only writer of the folders and the embedder setting. Close to 500
lines: the worker's queue, the folders' check at start, the watch and the embedder's switch
share one lock and one state.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from desktop.core import paths
from desktop.core.documents.index import FileStatus, FolderStatus
from desktop.core.documents.prefixes import NONE as NO_PREFIXES
from desktop.core.documents.prefixes import Prefixes, prefixes_of_file
from desktop.core.documents.types import Source
from desktop.core.errors import HearthError
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.engine.knowledge_embedder import NO_EMBEDDER, KnowledgeEmbedder, find_embedder
from desktop.services.preferences import Preferences
from desktop.services.said import said

if TYPE_CHECKING:
    from desktop.core.documents.index import KnowledgeIndex
    from desktop.core.documents.indexer import Indexer, IndexProgress
    from desktop.core.documents.watch import FolderWatch
    from desktop.engine.backend import Backend

log = logging.getLogger(__name__)

IDLE, INDEXING, PAUSED = "idle", "indexing", "paused"
STATUS_EVERY_S = 1.0  # while indexing, the folders' counts are read again this often
JOIN_TIMEOUT_S = 10.0  # shutdown waits this long for the file being read
LOADING = QT_TRANSLATE_NOOP(  # English; emitted as self.tr(LOADING)
    "KnowledgeService",
    "The embedding model is loading; until it is ready, search uses words only.",
)


def is_embedder(model: Any, catalog_embedders: Collection[str] = ()) -> bool:
    """Whether a library model embeds rather than chats: an encoder architecture (BERT and
    its kin) or a file the catalogue lists as an embedder. The chat picker leaves these out;
    Settings → Knowledge offers them."""
    from desktop.engine.embedder import ENCODER_ARCHITECTURES

    return model.architecture in ENCODER_ARCHITECTURES or model.file_name in catalog_embedders


class KnowledgeService(QObject):
    """The knowledge folders for the window: add, remove, pause, resume, re-index, search.

    start() opens the index and checks every folder (call it after the first frame);
    nothing is read before. Folders change through add_folder/remove_folder (which tell
    Preferences); the embedder through set_embedding_model. models: the library's models,
    to find an embedder setting that names a file rather than a path.
    """

    progress = Signal(int, int, str)  # files done, files to read, the file being read
    state_changed = Signal(str)  # IDLE | INDEXING | PAUSED
    vectors_changed = Signal(bool, str)  # on; why not (a sentence) when off
    folders_changed = Signal()  # folders() has news: a folder added or removed, new counts
    # From the worker thread, queued to this object's (the GUI) thread.
    _progressed = Signal(int, int, str)
    _running = Signal(bool)
    _vectors = Signal(bool, str)
    _statuses = Signal()
    _reconciled = Signal(object)  # tuple[str, ...]: the folders after the check at start

    def __init__(
        self,
        preferences: Preferences,
        *,
        index_path: Path | None = None,
        models: Callable[[], Iterable[Any]] = lambda: (),
        backend_factory: Callable[[], Backend] | None = None,
        watch: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self._index_path = index_path
        self._models = models
        self._backend_factory = backend_factory
        self._watching = watch
        self._cond = threading.Condition()
        self._dirty: set[str] = set()  # folders to index (the worker's queue)
        self._removed: set[str] = set()  # folders to forget
        # The folders as the worker knows them (Preferences' list is the GUI thread's).
        self._folders: tuple[str, ...] = preferences.knowledge_folders
        self._embedder_key: str | None = None  # an embedder to switch to (None: no change)
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._index: KnowledgeIndex | None = None
        self._indexer: Indexer | None = None
        self._embedder: KnowledgeEmbedder | None = None
        self._ready = False  # the embedder is loaded: search may embed the query
        self._prefixes = NO_PREFIXES  # what the embedder wants before queries and passages
        self._watch: FolderWatch | None = None
        self._watched: tuple[str, ...] | None = None  # the folders the watch covers
        self._embedder_in_use: str | None = None  # the setting the embedder was made for
        self._status: dict[str, FolderStatus] = {}
        self._state = IDLE
        self._paused = False
        self._busy = False
        self.vectors = (False, NO_EMBEDDER if not preferences.embedding_model else self.tr(LOADING))
        self.last_progress = (0, 0, "")  # what progress said last (for a widget made later)
        self._progressed.connect(self._on_progress)
        self._running.connect(self._on_running)
        self._vectors.connect(self._on_vectors)
        self._statuses.connect(self.folders_changed)
        self._reconciled.connect(self._on_reconciled)
        preferences.embeddingModelChanged.connect(self._embedder_chosen)

    # --- the GUI thread ------------------------------------------------------------------

    @property
    def state(self) -> str:
        return self._state

    @property
    def paused(self) -> bool:
        """Indexing is held (also a run that starts later waits until resume())."""
        return self._paused

    @property
    def held(self) -> bool:
        """A run is stopped at a pause, with what it read on disk (the file being read when
        pause() came is finished first)."""
        indexer = self._indexer
        return indexer is not None and indexer.paused.is_set()

    def embedders(self) -> list[tuple[str, str]]:
        """(name, path) of the library's embedding models: encoder architectures (BERT and
        its kin) or files the catalog lists as embedders."""
        from desktop.core.models.catalog import load_catalog

        try:
            listed = {e.filename for e in load_catalog() if e.kind == "embedding"}
        except HearthError:
            listed = set()
        return [
            (m.name, str(m.path))
            for m in self._models()
            if not getattr(m, "error", None) and is_embedder(m, listed)
        ]

    def start(self) -> None:
        """Open the index, load the embedder and check every folder, on the worker."""
        if self._thread is not None or self._stopping:
            return
        with self._cond:
            self._folders = self.preferences.knowledge_folders
            self._dirty.update(self._folders)
            self._embedder_key = self.preferences.embedding_model
        self._thread = threading.Thread(target=self._work, name="hearth-knowledge", daemon=True)
        self._thread.start()

    def folders(self) -> list[FolderStatus]:
        """The folders, in Preferences' order, with what the index last said of each."""
        return [
            self._status.get(folder, FolderStatus(folder, 0, 0, 0))
            for folder in self.preferences.knowledge_folders
        ]

    def add_folder(self, folder: Path) -> None:
        """Index a folder from now on (its files are read in the background)."""
        path = os.path.abspath(os.path.expanduser(str(folder)))
        if path in self.preferences.knowledge_folders:
            return
        self.preferences.set_knowledge_folders((*self.preferences.knowledge_folders, path))
        with self._cond:
            self._folders = self.preferences.knowledge_folders
            self._removed.discard(path)
        self._queue(dirty=[path])
        self.folders_changed.emit()

    def remove_folder(self, folder: Path) -> None:
        """Forget a folder and its passages (its files stay where they are)."""
        path = str(folder)
        kept = tuple(f for f in self.preferences.knowledge_folders if f != path)
        if kept == self.preferences.knowledge_folders:
            return
        self.preferences.set_knowledge_folders(kept)
        self._status.pop(path, None)
        with self._cond:
            self._folders = kept
            self._dirty.discard(path)
            self._removed.add(path)
            indexer = self._indexer
            self._cond.notify_all()
        if indexer is not None:
            indexer.stop()  # the run may be reading it: the other folders are queued again
        self.folders_changed.emit()

    def pause(self) -> None:
        """Hold indexing after the file being read (what is done is kept)."""
        self._paused = True
        if self._indexer is not None:
            self._indexer.pause()
        self._set_state()

    def resume(self) -> None:
        self._paused = False
        if self._indexer is not None:
            self._indexer.resume()
        self._set_state()

    def reindex(self) -> None:
        """Check every folder again (only changed files are read)."""
        self._queue(dirty=self.preferences.knowledge_folders)

    def set_embedding_model(self, key: str) -> None:
        """Use this embedder ("" for none): Preferences remembers it, the worker re-embeds."""
        self.preferences.set_embedding_model(key)  # embeddingModelChanged follows

    def shutdown(self) -> None:
        """Stop indexing, the watch and the embedder's engine; wait for the worker."""
        with self._cond:
            self._stopping = True
            indexer, embedder = self._indexer, self._embedder
            self._cond.notify_all()
        if indexer is not None:
            indexer.stop()
        if embedder is not None:
            embedder.close()  # a call under way on the worker ends now
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(JOIN_TIMEOUT_S)
            if thread.is_alive():
                log.warning("the knowledge worker did not end in time")

    @Slot(str)
    def _embedder_chosen(self, key: str) -> None:
        if key and self._thread is not None:
            self._on_vectors(False, self.tr(LOADING))
        self._queue(embedder=key)

    def _queue(self, dirty: Iterable[str] = (), embedder: str | None = None) -> None:
        with self._cond:
            self._dirty.update(dirty)
            if embedder is not None:
                self._embedder_key = embedder
            self._cond.notify_all()

    def _set_state(self) -> None:
        state = PAUSED if self._paused and self._busy else INDEXING if self._busy else IDLE
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    @Slot(object)
    def _on_reconciled(self, folders: tuple[str, ...]) -> None:
        self.preferences.set_knowledge_folders(folders)
        self.folders_changed.emit()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, current: str) -> None:
        self.last_progress = (done, total, current)
        self.progress.emit(done, total, current)

    @Slot(bool)
    def _on_running(self, busy: bool) -> None:
        self._busy = busy
        self._set_state()

    @Slot(bool, str)
    def _on_vectors(self, on: bool, why: str) -> None:
        if (on, why) != self.vectors:
            self.vectors = (on, why)
            self.vectors_changed.emit(on, why)

    # --- any thread ----------------------------------------------------------------------

    def search(self, query: str, k: int = 5) -> list[Source]:
        """The k passages of the folders that best answer query (words, and meaning when an
        embedder is loaded); [] before start() has opened the index."""
        index = self._index
        if index is None or not query.strip():
            return []
        vector = None
        if self._ready:
            vectors = self._prefixes.queries(self.embed)([query])
            vector = vectors[0] if vectors else None
        try:
            return index.search(query, vector=vector, k=k)
        except Exception:  # closed at shutdown, or the database failed: no passages
            log.warning("knowledge search failed", exc_info=True)
            return []

    @property
    def prefixes(self) -> Prefixes:
        """What the embedder wants before queries and passages (core.documents.prefixes)."""
        return self._prefixes

    def failed_files(self, folder: str) -> list[FileStatus]:
        """The files of folder that could not be read, each with its sentence (error)."""
        index = self._index
        if index is None:
            return []
        try:
            return index.files(folder, status="error")
        except Exception:  # closed at shutdown, or the database failed
            log.warning("knowledge files failed", exc_info=True)
            return []

    def embed(self, texts: Sequence[str]) -> list[list[float]] | None:
        """Vectors from the embedder, None when there is none (or it failed)."""
        embedder = self._embedder
        if embedder is None or self._stopping:
            return None
        try:
            return embedder.embed(texts)
        except HearthError as e:
            log.info("embedding failed: %s (%s)", e.user_message, e.details)
            if embedder.stopped is not None and embedder is self._embedder:
                # Its engine child keeps dying: words only, said so, until another embedder.
                self._ready = False
                self._tell(self._vectors, False, said(embedder.stopped))
            return None

    # --- the worker thread ---------------------------------------------------------------

    @staticmethod
    def _tell(signal: Any, *args: object) -> None:
        """Emit to the GUI thread; nothing when the service is gone (the app quit while the
        worker was between two files)."""
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)

    def _work(self) -> None:
        try:
            from desktop.core.documents.index import KnowledgeIndex

            path = self._index_path or paths.knowledge_db_file()
            fresh = not path.exists()
            self._index = KnowledgeIndex(path)
            if not fresh:
                self._reconcile()
            while self._next_job():
                pass
        except Exception:
            log.exception("the knowledge worker failed")
        finally:
            self._ready = False
            if self._watch is not None:
                self._watch.stop()
            if self._embedder is not None:
                self._embedder.close()
            if self._index is not None:
                with contextlib.suppress(Exception):
                    self._index.close()
                self._index = None

    def _reconcile(self) -> None:
        """`hearth knowledge add|rm` change the index's folders (the CLI never writes the
        settings): at start, a folder the index has and the settings lack was added there,
        and one the settings have and the index lacks was removed there. A new index file
        (first start, or the old one deleted) has no say: the settings' folders are indexed."""
        assert self._index is not None
        indexed = [s.path for s in self._index.folders()]
        with self._cond:
            kept = [f for f in self._folders if f in indexed]
            merged = (*kept, *(f for f in indexed if f not in kept))
            if merged == self._folders:
                return
            self._folders = merged
            self._dirty = set(merged)
        self._tell(self._reconciled, merged)

    def _next_job(self) -> bool:
        """Do what is queued, in order of need; False once the service is stopping."""
        with self._cond:
            while not (self._stopping or self._has_work()):
                self._cond.wait()
            if self._stopping:
                return False
            removed, self._removed = self._removed, set()
            key, self._embedder_key = self._embedder_key, None
            # One list for the watch and the run: a folder added meanwhile stays queued
            # for the next turn, which watches it too.
            folders = self._folders
        index = self._index
        assert index is not None
        for folder in removed:
            index.remove_folder(folder)
        if self._watched != folders:
            self._rewatch(folders)
        if key is not None:
            self._use_embedder(key)
        with self._cond:
            wanted = [f for f in folders if f in self._dirty]
            self._dirty.difference_update(wanted)
            self._dirty.intersection_update(self._folders)  # none removed meanwhile
        self._refresh_status()
        if wanted or key is not None:
            log.debug("indexing %s", wanted)
            self._run(wanted)
        return True

    def _has_work(self) -> bool:
        return bool(self._dirty or self._removed or self._embedder_key is not None)

    def _use_embedder(self, key: str) -> None:
        """Close the old embedder and load the new one; the index then keeps this one's
        vectors (another model's are dropped and every passage is embedded again)."""
        index = self._index
        assert index is not None
        if key == self._embedder_in_use and (self._embedder is not None or not key):
            return
        self._embedder_in_use = key
        self._prefixes = NO_PREFIXES  # until the new one is known
        old, self._embedder, self._ready = self._embedder, None, False
        if old is not None:
            old.close()
        if not key:
            self._tell(self._vectors, False, NO_EMBEDDER)
            return
        try:
            embedder = KnowledgeEmbedder(find_embedder(key, self._models()), self._backend_factory)
            self._embedder = embedder
            dims = len(embedder.embed(["dimensions"])[0])
        except HearthError as e:
            log.info("embedder unavailable: %s (%s)", e.user_message, e.details)
            if self._embedder is not None:
                self._embedder.close()
            self._embedder = None
            self._tell(self._vectors, False, said(e))
            return
        self._prefixes = prefixes_of_file(embedder.path)
        index.set_embedder(self._prefixes.vector_id(embedder.model_id), dims)
        if not index.vectors_on:
            self._tell(
                self._vectors,
                False,
                self.tr("Search by meaning is off: {reason}. Search uses words only.").format(
                    reason=said(index.vectors_off_reason)
                ),
            )
            return
        self._ready = True
        self._tell(self._vectors, True, "")

    def _run(self, folders: list[str]) -> None:
        from desktop.core.documents.indexer import Indexer

        index = self._index
        assert index is not None
        embed = self._prefixes.passages(self.embed) if self._ready else None
        last = [0.0]

        def on_progress(p: IndexProgress) -> None:
            self._tell(self._progressed, p.done, p.total, self._shown(p.current, folders))
            if time.monotonic() - last[0] >= STATUS_EVERY_S:
                last[0] = time.monotonic()
                self._refresh_status()

        # Paused: the counts on screen are what is on disk (no progress ticks to wait for).
        indexer = Indexer(
            index, embed=embed, on_progress=on_progress, on_paused=self._refresh_status
        )
        with self._cond:
            if self._stopping:
                return
            self._indexer = indexer
        if self._paused:
            indexer.pause()
        self._tell(self._running, True)
        try:
            indexer.run(folders)
        finally:
            with self._cond:
                self._indexer = None
                if indexer.stopped and not self._stopping:  # a folder removed mid-run
                    self._dirty.update(f for f in folders if f in self._folders)
            # Idle first: once the counts change on screen, the run is over.
            self._tell(self._running, False)
            self._refresh_status()

    def _refresh_status(self) -> None:
        index = self._index
        if index is not None:
            self._status = {s.path: s for s in index.folders()}
            self._tell(self._statuses)

    def _rewatch(self, folders: tuple[str, ...]) -> None:
        """Watch the folders as they are now; a change queues its folder for indexing."""
        if not self._watching:
            return
        from desktop.core.documents.watch import FolderWatch

        if self._watch is not None:
            self._watch.stop()
            self._watch = None
        self._watched = folders
        if not self._watched:
            return  # no observer thread for no folders
        log.debug("watching %s", self._watched)
        self._watch = FolderWatch(self._watched, self._changed)
        for folder, why in self._watch.failed.items():
            log.info("not watching %s: %s (changes are found at the next start)", folder, why)

    def _changed(self, folders: set[Path]) -> None:
        """The watch's timer thread: files changed under folders."""
        log.debug("changed under %s", folders)
        self._queue(dirty=[str(f) for f in folders])

    @staticmethod
    def _shown(current: str, folders: Sequence[str]) -> str:
        """A file as the progress line names it: its folder's name and the path inside."""
        for folder in folders:
            if current.startswith(folder.rstrip(os.sep) + os.sep):
                return os.path.join(os.path.basename(folder), os.path.relpath(current, folder))
        return os.path.basename(current)
