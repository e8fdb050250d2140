"""DownloadManager: the model download queue, run on worker threads, reported on the GUI thread.

It is over 400 lines because the queue is one state machine (queued, running, stalled,
paused, failed, done) whose commands, worker reports and timers all change the same jobs on
the GUI thread; one file download itself is core/models/transfer.py.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, SignalInstance, Slot

from desktop.core.errors import HearthError
from desktop.core.hub import HubClient, ModelChoice
from desktop.core.models.hf_cache import cached_file
from desktop.core.models.library import Library
from desktop.core.models.names import model_name, part_names
from desktop.core.models.partials import discard_partial, partial_downloads
from desktop.core.models.transfer import DownloadError, DownloadOptions, Progress, download_file
from desktop.core.sentence import Sentence
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.services.said import said

log = logging.getLogger(__name__)

State = Literal["queued", "running", "stalled", "paused", "failed", "done"]

THREAD_PREFIX = "hearth-download"  # download_file's own helper threads share it
WORKER_PREFIX = f"{THREAD_PREFIX}-queue"  # this manager's worker threads
FLUSH_MS = 100  # progress repaints: at most ten a second per item
WATCH_MS = 500  # how often running items are checked for silence
# download_file reports stalls itself (after options.stall_after); a run that reports
# nothing at all for this much longer is shown as stalled too, so a speed never freezes.
SILENCE_MARGIN_SECONDS = 5.0
JOIN_SECONDS = 5.0  # shutdown: download_file returns within a fraction of a second of cancel

# The notes stay English on the job (they are compared); the snapshot translates them.
OFFLINE_NOTE = QT_TRANSLATE_NOOP(
    "DownloadManager", "Paused: Hearth is offline. It resumes when Hearth is back online."
)
OFFLINE_WAIT_NOTE = QT_TRANSLATE_NOOP("DownloadManager", "Waiting: Hearth is offline.")
RESTORED_NOTE = QT_TRANSLATE_NOOP(
    "DownloadManager", "Paused when Hearth closed: resume to finish the download."
)
STALLED_NOTE = QT_TRANSLATE_NOOP(
    "DownloadManager", "Stalled: no data is arriving. Hearth keeps trying."
)
CONNECTING_NOTE = QT_TRANSLATE_NOOP("DownloadManager", "Connecting…")


@dataclass(frozen=True)
class DownloadItem:
    """A snapshot of one download (one model: a single file or all parts of a split one)."""

    key: str
    repo_id: str
    name: str
    files: tuple[str, ...]
    state: State
    done: int  # bytes on disk, all files
    total: int  # bytes, all files (0 when not known yet)
    speed: float  # bytes/s; 0.0 unless data is arriving
    eta: float | None  # seconds left; None when unknown or stalled
    note: str  # a sentence about what is happening ("Retrying in 4 s: ...")
    error: str | None  # the sentence of a failure
    path: Path | None  # the (first) installed file, once done
    phase: str = ""  # while running: connecting, waiting, downloading, retrying, verifying

    @property
    def fraction(self) -> float | None:
        """Share done (0..1), or None when the size is not known."""
        return min(self.done / self.total, 1.0) if self.total > 0 else None


def download_key(repo_id: str, name: str) -> str:
    """The key of a model's download: the same model always gets the same key."""
    return f"{repo_id}/{name}"


@dataclass(eq=False)
class _Job:
    """The mutable record behind a DownloadItem (GUI thread only)."""

    key: str
    repo_id: str
    name: str
    files: tuple[str, ...]
    sizes: dict[str, int]
    state: State = "queued"
    done_bytes: dict[str, int] = field(default_factory=dict)
    finished: set[str] = field(default_factory=set)
    speed: float = 0.0
    eta: float | None = None
    note: str = ""
    error: str | None = None
    path: Path | None = None
    phase: str = ""
    order: int = 0  # queue position: lower starts first
    gen: int = 0  # the run whose reports count for this job
    offline_paused: bool = False
    last_report: float = 0.0  # time.monotonic() of the last progress report

    def snapshot(self) -> DownloadItem:
        total = sum(self.sizes.get(f, 0) for f in self.files)
        done = sum(
            self.sizes.get(f, 0) if f in self.finished else self.done_bytes.get(f, 0)
            for f in self.files
        )
        if self.state == "done":
            done = total
        return DownloadItem(
            key=self.key,
            repo_id=self.repo_id,
            name=self.name,
            files=self.files,
            state=self.state,
            done=done,
            total=total,
            speed=self.speed,
            eta=self.eta,
            # A note from core (a retry) is a core sentence: said in the window's language.
            note=(
                said(self.note)
                if isinstance(self.note, Sentence)
                else QCoreApplication.translate("DownloadManager", self.note)
            )
            if self.note
            else "",
            error=self.error,
            path=self.path,
            phase=self.phase if self.state == "running" else "",
        )


@dataclass(eq=False)
class _Run:
    """One worker thread working through a job's files."""

    key: str
    gen: int
    repo_id: str
    files: tuple[str, ...]
    cancel: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None
    discard: bool = False  # cancelled: delete the partial files once the thread has ended


class DownloadManager(QObject):
    """Runs up to ``max_parallel`` downloads at once on worker threads; the rest wait in
    order. Pause keeps the partial file (download_file resumes it); cancel deletes it.

    All public methods and all signals belong to the GUI thread. Workers report through
    private signals connected with queued connections, so every state change happens here.
    """

    changed = Signal(str)  # key of an item whose state or progress changed
    added = Signal(str)
    removed = Signal(str)
    installed = Signal(str, str)  # key, path of the (first) file, verified
    failed = Signal(str, str)  # key, sentence

    # Emitted from worker threads, received queued on the GUI thread.
    _progressed = Signal(str, int, object)  # key, gen, Progress
    _fileDone = Signal(str, int, str, object, object)  # key, gen, filename, Path, sha256|None
    _runEnded = Signal(str, int, str, str)  # key, gen, outcome, sentence

    def __init__(
        self,
        client_factory: Callable[[], HubClient],
        library: Library,
        cache_dir: Path,
        state_dir: Path,
        max_parallel: int = 2,
        options: DownloadOptions | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client_factory = client_factory
        self._library = library
        self.cache_dir = cache_dir
        self.state_dir = state_dir
        self.max_parallel = max(1, max_parallel)
        self._options = options if options is not None else DownloadOptions()
        self.silence_stall_seconds = self._options.stall_after + SILENCE_MARGIN_SECONDS
        self._jobs: dict[str, _Job] = {}
        self._runs: dict[str, _Run] = {}
        self._order = itertools.count(1)
        self._gens = itertools.count(1)
        self._offline = False
        self._closing = False
        self._dirty: set[str] = set()

        queued = Qt.ConnectionType.QueuedConnection
        self._progressed.connect(self._on_progress, queued)
        self._fileDone.connect(self._on_file_done, queued)
        self._runEnded.connect(self._on_run_ended, queued)

        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self._flush)
        self._watch_timer = QTimer(self)
        self._watch_timer.setInterval(WATCH_MS)
        self._watch_timer.timeout.connect(self._watch)

    # --- reading ---------------------------------------------------------------------

    def items(self) -> list[DownloadItem]:
        """Every listed download, in the order they were added."""
        return [job.snapshot() for job in self._jobs.values()]

    def item(self, key: str) -> DownloadItem:
        """One download (KeyError when it is not listed)."""
        return self._jobs[key].snapshot()

    def keys(self) -> list[str]:
        return list(self._jobs)

    @property
    def offline(self) -> bool:
        return self._offline

    def active_threads(self) -> int:
        """Worker runs not yet wound down: still working, or stopping after a pause or
        cancel (a cancelled one's partial files are gone once it is no longer counted)."""
        return len(self._runs)

    # --- commands --------------------------------------------------------------------

    def restore(self) -> None:
        """Partial downloads left by an earlier run of Hearth become paused items."""
        try:
            partials = partial_downloads(self.state_dir, self.cache_dir)
        except (OSError, HearthError) as e:
            log.warning("could not list partial downloads: %s", e)
            return
        grouped: dict[str, tuple[str, str, dict[str, int], dict[str, int]]] = {}
        for p in partials:
            name, files = model_name(p.filename), part_names(p.filename)
            key = download_key(p.repo_id, name)
            if key in self._jobs:
                continue
            entry = grouped.setdefault(key, (p.repo_id, name, {f: 0 for f in files}, {}))
            entry[2][p.filename] = p.total
            entry[3][p.filename] = p.done
        for key, (repo_id, name, sizes, done) in grouped.items():
            job = _Job(key, repo_id, name, tuple(sizes), dict(sizes), state="paused")
            job.done_bytes.update(done)
            for f in job.files:
                # Parts of a split model finished before the restart count as done.
                cached = None if f in done else self._cached(repo_id, f)
                if cached is not None:
                    job.finished.add(f)
                    job.sizes[f] = _size_of(cached)
            job.note = RESTORED_NOTE
            job.order = next(self._order)
            self._jobs[key] = job
            self.added.emit(key)

    def enqueue(self, repo_id: str, choice: ModelChoice) -> str:
        """Queue a model; returns its key. The same model twice gets the same key (a paused
        or failed one is resumed); one already in the cache is done at once."""
        key = download_key(repo_id, choice.name)
        job = self._jobs.get(key)
        if job is not None:
            if job.state in ("paused", "failed"):
                self.resume(key)
                return key
            if job.state != "done" or self._all_cached(job):
                return key
            self._remove_job(key)
        # A vision model's projector comes with it (last: files[0] stays the model's path).
        files = tuple(f.path for f in choice.downloads)
        job = _Job(key, repo_id, choice.name, files, {f.path: f.size for f in choice.downloads})
        job.order = next(self._order)
        self._jobs[key] = job
        if self._all_cached(job):
            self._finish_cached(job)
            self.added.emit(key)
            # Deferred so the caller has the key before it hears the model is installed.
            QTimer.singleShot(0, self, lambda: self._announce_installed(key))
            return key
        if self._offline:
            job.note = OFFLINE_WAIT_NOTE
        self.added.emit(key)
        self._schedule()
        return key

    def pause(self, key: str) -> None:
        """Stop a download and keep what has arrived; resume() goes on from there."""
        job = self._jobs.get(key)
        if job is None or job.state not in ("queued", "running", "stalled"):
            return
        run = self._runs.get(key)
        if run is not None and run.gen == job.gen:
            run.cancel.set()
        job.offline_paused = False
        self._set_state(job, "paused", note="")

    def resume(self, key: str) -> None:
        """Queue a paused or failed download again; it goes on from its partial file."""
        job = self._jobs.get(key)
        if job is None or job.state not in ("paused", "failed"):
            return
        job.error = None
        job.offline_paused = False
        job.order = next(self._order)
        self._set_state(job, "queued", note=OFFLINE_WAIT_NOTE if self._offline else "")
        self._schedule()

    def cancel(self, key: str) -> None:
        """Stop a download, delete its partial files and remove it from the list. A done
        item is only removed from the list (the installed model stays)."""
        job = self._jobs.get(key)
        if job is None:
            return
        run = self._runs.get(key)
        if job.state != "done":
            if run is not None and run.gen == job.gen:
                # The worker may still be writing: the partial goes once it has ended.
                run.cancel.set()
                run.discard = True
            else:
                self._discard(job.repo_id, job.files)
        self._remove_job(key)

    def set_max_parallel(self, count: int) -> None:
        """How many download at once; a higher limit starts waiting ones now."""
        self.max_parallel = max(1, count)
        self._schedule()

    def set_offline(self, offline: bool) -> None:
        """Offline: nothing starts and running downloads pause (and resume once back)."""
        if offline == self._offline:
            return
        self._offline = offline
        for job in list(self._jobs.values()):
            if offline and job.state in ("running", "stalled"):
                run = self._runs.get(job.key)
                if run is not None and run.gen == job.gen:
                    run.cancel.set()
                job.offline_paused = True
                self._set_state(job, "paused", note=OFFLINE_NOTE)
            elif offline and job.state == "queued":
                self._set_state(job, "queued", note=OFFLINE_WAIT_NOTE)
            elif not offline and job.state == "paused" and job.offline_paused:
                job.offline_paused = False
                job.order = next(self._order)
                self._set_state(job, "queued", note="")
            elif not offline and job.state == "queued" and job.note == OFFLINE_WAIT_NOTE:
                self._set_state(job, "queued", note="")
        self._schedule()

    def shutdown(self) -> None:
        """Pause everything and join the worker threads (quickly: the downloader returns
        within a fraction of a second of being cancelled). Nothing starts afterwards."""
        self._closing = True
        self._flush_timer.stop()
        self._watch_timer.stop()
        runs = list(self._runs.values())
        for run in runs:
            run.cancel.set()
        for job in list(self._jobs.values()):
            if job.state in ("running", "stalled", "queued"):
                self._set_state(job, "paused", note="")
        deadline = time.monotonic() + JOIN_SECONDS
        for run in runs:
            if run.thread is not None:
                run.thread.join(max(0.0, deadline - time.monotonic()))
                if run.thread.is_alive():
                    log.warning("download thread %s did not end in time", run.thread.name)
                    continue
            if run.discard:
                self._discard(run.repo_id, run.files)
            self._runs.pop(run.key, None)

    # --- scheduling ------------------------------------------------------------------

    def _schedule(self) -> None:
        if self._offline or self._closing:
            return
        slots = self.max_parallel - len(self._runs)
        waiting = sorted(
            (j for j in self._jobs.values() if j.state == "queued"), key=lambda j: j.order
        )
        for job in waiting:
            if slots <= 0:
                break
            if job.key in self._runs:
                continue  # the previous run of this model is still winding down
            self._start(job)
            slots -= 1

    def _start(self, job: _Job) -> None:
        try:
            client = self._client_factory()
        except HearthError as e:
            self._fail(job, said(e))
            return
        except Exception as e:  # a broken factory fails the item, never the GUI
            log.exception("no hub client for %s", job.key)
            self._fail(job, self.tr("The download could not start: {error}").format(error=e))
            return
        todo = tuple(f for f in job.files if f not in job.finished)
        run = _Run(job.key, next(self._gens), job.repo_id, todo)
        job.gen = run.gen
        job.last_report = time.monotonic()
        job.phase = "connecting"
        run.thread = threading.Thread(
            target=self._work,
            args=(run, client),
            name=f"{WORKER_PREFIX}-{run.gen}",
            daemon=True,  # a last resort only: shutdown() joins every thread
        )
        self._runs[job.key] = run
        self._set_state(job, "running", note=CONNECTING_NOTE)
        run.thread.start()
        if not self._watch_timer.isActive():
            self._watch_timer.start()

    # --- the worker thread -----------------------------------------------------------

    def _work(self, run: _Run, client: HubClient) -> None:
        """Runs on a worker thread: every path ends in one _runEnded report."""
        outcome, sentence = "done", ""

        def report(p: Progress) -> None:
            self._post(self._progressed, run.key, run.gen, p)

        try:
            for filename in run.files:
                if run.cancel.is_set():
                    outcome = "cancelled"
                    break
                existing = cached_file(self.cache_dir, run.repo_id, filename)
                if existing is not None:
                    self._post(self._fileDone, run.key, run.gen, filename, existing, None)
                    continue
                result = download_file(
                    client,
                    run.repo_id,
                    filename,
                    cache_dir=self.cache_dir,
                    state_dir=self.state_dir,
                    on_progress=report,
                    cancel=run.cancel,
                    options=self._options,
                )
                self._post(self._fileDone, run.key, run.gen, filename, result.path, result.sha256)
        except DownloadError as e:
            outcome = "cancelled" if e.reason == "cancelled" else "failed"
            sentence = said(e)
        except HearthError as e:
            outcome, sentence = "failed", said(e)
        except Exception as e:  # every run must end in a report, or the item hangs
            log.exception("download of %s failed", run.key)
            outcome = "failed"
            sentence = self.tr("The download failed: {error}").format(error=e)
        self._post(self._runEnded, run.key, run.gen, outcome, sentence)

    @staticmethod
    def _post(signal: SignalInstance, *args: object) -> None:
        # RuntimeError: the manager is gone (the app is closing), so nobody listens.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)

    # --- reports (GUI thread) --------------------------------------------------------

    @Slot(str, int, object)
    def _on_progress(self, key: str, gen: int, p: Progress) -> None:
        job = self._jobs.get(key)
        if job is None or job.gen != gen or job.state not in ("running", "stalled"):
            return  # a paused, cancelled or replaced run still winding down
        job.last_report = time.monotonic()
        job.phase = p.phase
        if p.filename in job.files:
            job.done_bytes[p.filename] = p.done
            if p.total > 0:
                job.sizes[p.filename] = p.total
        stalled = p.phase == "stalled"
        # Only bytes arriving now have a speed: retrying or verifying never shows an old one.
        moving = p.phase == "downloading"
        job.speed = max(p.speed, 0.0) if moving else 0.0
        job.eta = self._eta(job) if moving else None
        job.note = p.note or (STALLED_NOTE if stalled else "")
        state: State = "stalled" if stalled else "running"
        if state != job.state:
            self._set_state(job, state, note=job.note)
        else:
            self._mark_dirty(key)

    @Slot(str, int, str, object, object)
    def _on_file_done(
        self, key: str, gen: int, filename: str, path: Path, sha256: str | None
    ) -> None:
        try:
            if sha256 is not None:
                self._library.record_verified(path, sha256)
            else:  # already in the cache: asked for again, so listed again if it was hidden
                self._library.unhide(path)
        except (OSError, ValueError, HearthError) as e:
            log.warning("could not record %s in the library: %s", path, e)
        job = self._jobs.get(key)
        if job is None or job.gen != gen:
            return
        job.finished.add(filename)
        job.sizes[filename] = max(job.sizes.get(filename, 0), _size_of(path))
        if job.path is None and filename == job.files[0]:
            job.path = path
        self._mark_dirty(key)

    @Slot(str, int, str, str)
    def _on_run_ended(self, key: str, gen: int, outcome: str, sentence: str) -> None:
        run = self._runs.get(key)
        if run is None or run.gen != gen:
            return
        del self._runs[key]
        if run.thread is not None:
            run.thread.join(1.0)  # it has sent its last report: this only reaps it
        if run.discard:
            self._discard(run.repo_id, run.files)
        job = self._jobs.get(key)
        if job is not None and job.gen == gen:
            if outcome == "done" and job.state in ("running", "stalled"):
                if job.path is None:
                    job.path = self._cached(job.repo_id, job.files[0])
                job.speed, job.eta = 0.0, None
                self._set_state(job, "done", note="")
                self._announce_installed(key)
            elif outcome == "failed" and job.state in ("running", "stalled"):
                self._fail(job, sentence)
            elif outcome == "cancelled" and job.state in ("running", "stalled"):
                self._set_state(job, "paused", note="")  # stopped without being asked
        if not self._runs:
            self._watch_timer.stop()
        self._schedule()

    # --- internals -------------------------------------------------------------------

    def _announce_installed(self, key: str) -> None:
        job = self._jobs.get(key)
        if job is not None and job.state == "done" and job.path is not None:
            self.installed.emit(key, str(job.path))

    def _fail(self, job: _Job, sentence: str) -> None:
        job.error = sentence
        self._set_state(job, "failed", note="")
        self.failed.emit(job.key, sentence)

    def _set_state(self, job: _Job, state: State, note: str) -> None:
        job.state = state
        job.note = note
        if state != "running":
            job.speed, job.eta = 0.0, None
        self._dirty.discard(job.key)
        self.changed.emit(job.key)

    def _mark_dirty(self, key: str) -> None:
        self._dirty.add(key)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    @Slot()
    def _flush(self) -> None:
        dirty, self._dirty = self._dirty, set()
        for key in dirty:
            if key in self._jobs:
                self.changed.emit(key)

    @Slot()
    def _watch(self) -> None:
        """Silence is a stall too: the speed never freezes at its last value."""
        now = time.monotonic()
        for job in self._jobs.values():
            if job.state != "running" or job.phase not in ("connecting", "downloading"):
                continue
            if now - job.last_report >= self.silence_stall_seconds:
                self._set_state(job, "stalled", note=STALLED_NOTE)

    @staticmethod
    def _eta(job: _Job) -> float | None:
        if job.speed <= 0:
            return None
        item = job.snapshot()
        if item.total <= 0:
            return None
        return max(item.total - item.done, 0) / job.speed

    def _cached(self, repo_id: str, filename: str) -> Path | None:
        try:
            return cached_file(self.cache_dir, repo_id, filename)
        except OSError:
            return None

    def _all_cached(self, job: _Job) -> bool:
        return all(self._cached(job.repo_id, f) is not None for f in job.files)

    def _finish_cached(self, job: _Job) -> None:
        for f in job.files:
            path = self._cached(job.repo_id, f)
            job.finished.add(f)
            if path is not None:
                job.sizes[f] = _size_of(path) or job.sizes.get(f, 0)
        job.path = self._cached(job.repo_id, job.files[0])
        job.state = "done"
        if job.path is not None:
            try:  # asked for again: listed again if it was removed from the library
                self._library.unhide(job.path)
            except HearthError as e:
                log.warning("could not list %s again: %s", job.path, e)

    def _remove_job(self, key: str) -> None:
        if self._jobs.pop(key, None) is not None:
            self._dirty.discard(key)
            self.removed.emit(key)

    def _discard(self, repo_id: str, files: Iterable[str]) -> None:
        for f in files:
            try:
                discard_partial(self.state_dir, self.cache_dir, repo_id, f)
            except (OSError, HearthError) as e:
                log.warning("could not delete the partial download of %s: %s", f, e)


def _size_of(path: Path | None) -> int:
    if path is None:
        return 0
    try:
        return path.stat().st_size
    except OSError:
        return 0
