"""Index knowledge folders: walk, read what changed, chunk, embed, store; pause, resume, stop.

Runs on a worker thread (run() blocks). The walk is iterative (os.scandir, no recursion
limit), skips hidden entries and unsupported files, and never enters a directory twice
((st_dev, st_ino) of each one visited), so symlink loops end. Only files whose size or
mtime changed are read, and a changed mtime with the same sha256 is only noted. A file's
chunks and vectors go in with one transaction (several files per commit), so a killed run
leaves each file old or new and the next run carries on from there.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import stat
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.documents.index import NO_EMBEDDER, FileUpdate, KnowledgeIndex
from desktop.core.documents.types import DocumentError

log = logging.getLogger(__name__)

Embed = Callable[[list[str]], list[list[float]] | None]
EMBED_BATCH = 32  # texts per embedding call: the engine child's batch, not one round trip each
FLUSH_FILES = 64  # files per commit
FLUSH_SECONDS = 1.0  # ...or sooner, so progress on screen is progress on disk
_RETRIES = 1  # a file changed while read is read again once, then left 'pending'


@dataclass(frozen=True, slots=True)
class IndexProgress:
    """done of total files to read in this run, the one being read, errors so far."""

    done: int
    total: int
    current: str
    errors: int


@dataclass(frozen=True, slots=True)
class _Todo:
    folder: str
    path: str
    size: int
    mtime_ns: int
    known_sha: str  # the stored sha256 when only the mtime moved (a touch?), else ''
    tries: int = 0


class _Stopped(Exception):
    pass


def sha256_of(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def walk(root: str) -> Iterator[os.DirEntry[str]]:
    """Files under root (symlinks followed), hidden entries skipped, each directory once."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = os.stat(folder)
            if (info.st_dev, info.st_ino) in seen:
                continue  # a symlink loop or a second way to the same folder
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as entries:
                found = sorted(entries, key=lambda e: e.name)
        except OSError:
            continue  # unreadable or gone: nothing under it to index now
        subdirs = []
        for entry in found:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    subdirs.append(entry.path)
                elif entry.is_file():
                    yield entry
            except OSError:
                continue
        stack.extend(reversed(subdirs))  # depth first, in name order


class Indexer:
    """Bring the index up to date with folders; one run at a time, from one worker thread."""

    def __init__(
        self,
        index: KnowledgeIndex,
        *,
        embed: Embed | None,
        on_progress: Callable[[IndexProgress], None] = lambda _: None,
        on_paused: Callable[[], None] = lambda: None,
    ) -> None:
        self.index = index
        self.embed = embed
        self.on_progress = on_progress
        self.on_paused = on_paused  # held, with what is done on disk: counts can be shown
        self._running = threading.Event()  # cleared while paused
        self._running.set()
        self._stop = threading.Event()
        self._embed_failure = ""  # the embedder failed every text: no more tries this run
        self.paused = threading.Event()  # set while run() waits in pause, its work on disk
        self._pending: list[FileUpdate] = []
        self._flushed_at = time.monotonic()

    @property
    def vectors_off_reason(self) -> str:
        if self.embed is None:
            return NO_EMBEDDER
        return self._embed_failure or self.index.vectors_off_reason

    @property
    def vectors_on(self) -> bool:
        return not self.vectors_off_reason

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self.paused.clear()
        self._running.set()

    def stop(self) -> None:
        """Make run() return after the file it is reading (resume() is implied)."""
        self._stop.set()
        self._running.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def _checkpoint(self) -> None:
        if not self._running.is_set():
            self._flush()  # what is done is on disk while paused
            self.on_paused()
            self.paused.set()
            self._running.wait()
            self.paused.clear()
        if self._stop.is_set():
            raise _Stopped

    def run(self, folders: Sequence[Path | str]) -> IndexProgress:
        """Index folders (blocking); returns the last progress. Files gone are forgotten;
        a folder that is missing as a whole (a drive unplugged) is left as it was."""
        from desktop.core.documents.extract import is_supported  # H1's readers, lazily

        todo: deque[_Todo] = deque()
        gone: list[str] = []
        claimed: set[str] = set()
        progress = IndexProgress(0, 0, "", 0)
        try:
            self._adopt_embedder()
            for folder in map(str, folders):
                self._checkpoint()
                self.index.add_folder(folder)
                if not os.path.isdir(folder):
                    continue
                known = self.index.file_map(folder)
                for entry in walk(folder):
                    if not is_supported(Path(entry.name)):
                        continue
                    self._checkpoint()
                    try:
                        info = entry.stat()
                    except OSError:
                        continue
                    size, mtime = info.st_size, info.st_mtime_ns
                    old = known.pop(entry.path, None)
                    if entry.path in claimed:
                        continue  # a folder inside another one of this run: read once
                    claimed.add(entry.path)
                    if old is not None and old[3] != "pending" and old[:2] == (size, mtime):
                        continue
                    touched = old is not None and old[0] == size and old[3] == "ok"
                    todo.append(
                        _Todo(folder, entry.path, size, mtime, old[2] if touched and old else "")
                    )
                gone.extend(known)
            self.index.remove_files(gone)
            total = len(todo)
            done = errors = 0
            while todo:
                progress = IndexProgress(done, total, todo[0].path, errors)
                self.on_progress(progress)
                self._checkpoint()  # after the report: a pause asked there holds at done
                item = todo.popleft()
                update = self._read(item)
                if update is None and item.tries < _RETRIES:
                    todo.append(_Todo(item.folder, item.path, 0, 0, "", item.tries + 1))
                    continue
                if update is None:
                    update = FileUpdate(item.folder, item.path, None, None, status="pending")
                if update.status == "error":
                    errors += 1
                if update.status != "gone":
                    self._pending.append(update)
                done += 1
                if self._maybe_flush():
                    # Searchable by words now; vectors follow, the screen still moving.
                    at = IndexProgress(done, total, item.path, errors)
                    self._embed_missing(functools.partial(self.on_progress, at))
            self._flush()
            self._embed_missing(lambda: None)
            progress = IndexProgress(done, total, "", errors)
            self.on_progress(progress)
        except _Stopped:
            self._flush()
        return progress

    # -- one file ---------------------------------------------------------------------------

    def _read(self, item: _Todo) -> FileUpdate | None:
        """The file's new state, or None when it changed while read (read it again)."""
        from desktop.core.documents.chunking import chunk_document
        from desktop.core.documents.extract import extract

        path = item.path
        try:
            before = os.stat(path)
            if not stat.S_ISREG(before.st_mode):
                return FileUpdate(item.folder, path, None, None, status="gone")
            size, mtime = before.st_size, before.st_mtime_ns
            same_bytes = item.known_sha and size == item.size and sha256_of(path) == item.known_sha
            if same_bytes and _same(path, size, mtime):
                self._flush()
                self.index.touch_file(path, size, mtime)  # only touched
                return FileUpdate(item.folder, path, None, None, status="gone")
            try:
                chunks = chunk_document(extract(Path(path)))
                failure = ""
            except DocumentError as error:
                chunks, failure = [], str(error)
            digest = sha256_of(path) if not failure else ""
        except FileNotFoundError:
            self._flush()
            self.index.remove_file(path)  # deleted since the walk
            return FileUpdate(item.folder, path, None, None, status="gone")
        except OSError as error:
            chunks, failure, digest = [], f"Hearth could not read {path}: {error.strerror}.", ""
            size, mtime = item.size, item.mtime_ns
        if not _same(path, size, mtime):
            return None  # changed or deleted while read: never store half a file
        if failure:
            return FileUpdate(item.folder, path, size, mtime, status="error", error=failure)
        # Stored without vectors: a file is searchable by its words at once (a 300-page PDF
        # takes minutes to embed on 2 cores); _embed_missing adds them after each commit.
        return FileUpdate(item.folder, path, size, mtime, digest, chunks)

    def _adopt_embedder(self) -> None:
        """An index without an embedder yet takes this one's dimensions (id "unnamed"; the
        service calls index.set_embedder(model, dims) itself, first)."""
        if self.embed is None or self.index.vectors_off_reason != NO_EMBEDDER:
            return  # none here, the index has one, or sqlite-vec did not load
        probe = self._embed_batch(["probe"])
        if probe and probe[0]:
            self.index.set_embedder("unnamed", len(probe[0]))

    def _embed_batch(self, batch: list[str]) -> list[list[float] | None] | None:
        """Vectors for batch; None for a text the embedder refuses (too many tokens) while
        it embeds the others. None as a whole when it embeds nothing (gone, crashed): the
        chunks then wait for a later run instead of being marked refused."""
        if self.embed is None or self._embed_failure:
            return None
        try:
            got = self.embed(batch)
            return None if got is None else list(got)
        except Exception as error:
            failure = error
        singles: list[list[float] | None] = [None]
        if len(batch) > 1:
            singles = [self._embed_one(text) for text in batch]
        if all(v is None for v in singles) and self._embed_one("probe") is None:
            log.warning("embedding failed; vectors wait for the next run", exc_info=failure)
            self._embed_failure = f"the embedding model failed ({failure})"
            return None
        return singles

    def _embed_one(self, text: str) -> list[float] | None:
        assert self.embed is not None
        try:
            got = self.embed([text])
        except Exception:
            log.info("the embedder refused a passage", exc_info=True)
            return None
        return list(got[0]) if got else None

    def _embed_missing(self, tick: Callable[[], None]) -> None:
        """Vectors for every chunk stored without one (just stored, a new embedder, a run
        without one), in batches; tick after each (progress while a long file embeds)."""
        if self.embed is None or not self.index.vectors_on or self._embed_failure:
            return
        while batch := self.index.chunks_without_vectors(EMBED_BATCH):
            self._checkpoint()
            vectors = self._embed_batch([text for _, text in batch])
            if vectors is None:
                return
            self.index.put_vectors([i for i, _ in batch], vectors)
            tick()

    # -- writes -----------------------------------------------------------------------------

    def _maybe_flush(self) -> bool:
        late = time.monotonic() - self._flushed_at >= FLUSH_SECONDS
        if len(self._pending) >= FLUSH_FILES or late:
            self._flush()
            return True
        return False

    def _flush(self) -> None:
        if self._pending:
            self.index.replace_files(self._pending)
            self._pending = []
        self._flushed_at = time.monotonic()


def _same(path: str, size: int, mtime_ns: int) -> bool:
    try:
        after = os.stat(path)
    except OSError:
        return False
    return (after.st_size, after.st_mtime_ns) == (size, mtime_ns)
