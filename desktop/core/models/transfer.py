"""Resumable, verified downloads of hub files into the standard Hugging Face cache.

huggingface_hub 2.x downloads each file to a temporary name unique to its process and so
never resumes after the process dies. Hearth writes the file itself, in huggingface_hub's
own layout (hf_cache.py) so that every tool sharing the cache sees the result:

* The partial file is ``blobs/<etag>.incomplete`` and is written only under the lock file
  huggingface_hub itself takes, so two Hearth processes, or Hearth and another tool, never
  write one file at once: the second waits, then finds the blob complete.
* A resume record (partials.py) says how many bytes of the partial are ``durable``. The
  partial is fsynced before the record is replaced (atomically), every ~2% of the file
  (1 MiB to 64 MiB) or 2 s. A restart, after a kill or a power cut, truncates the partial
  to ``durable`` (later bytes may be garbage after a power cut), hashes that prefix once
  and asks for the rest with a Range request: an interruption costs at most one
  checkpoint interval. A server that ignores Range restarts the file from zero.
* Nothing enters the cache unverified: the partial is hashed as it is written, and only
  when size and sha256 match the hub's LFS metadata (the git blob id for small non-LFS
  files) is it renamed to its blob name and linked. A mismatch deletes the partial and says
  so. So a file listed from the cache is never partial, and ours are never corrupt.
* Network errors and 5xx answers are retried with backoff; the count starts again whenever
  bytes arrive. A connection silent for ``stall_after`` seconds is reported as stalled
  (speed 0, no ETA), and after ``read_timeout`` it is dropped and retried from where it
  stopped. A watchdog thread does both, and cancels: it shuts the socket down so a blocked
  read returns at once.
* Free space must cover what is left plus 10% of the size before a byte is written; a
  disk that fills anyway stops the download with a sentence and keeps the partial.

It is over 400 lines because one file's download is one state machine (connect, wait for
the lock, resume, transfer, checkpoint, retry, verify, link) whose steps share its
progress, its cancel event and its watchdog; the cache layout, the resume records and
hashing live in hf_cache.py, partials.py and hashing.py.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import shutil
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from desktop.core.atomic import replace_durably
from desktop.core.errors import HearthError
from desktop.core.hub import Body, FileSource, HubClient, HubError
from desktop.core.models import hf_cache, partials
from desktop.core.models.hashing import HashCancelled, Hashes, hash_stream
from desktop.core.sentence import Sentence
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.core.units import format_bytes

Phase = Literal["connecting", "waiting", "downloading", "stalled", "retrying", "verifying", "done"]
Reason = Literal[
    "cancelled",
    "no_space",
    "disk_full",
    "checksum",
    "gated",
    "not_found",
    "network",
    "offline",
    "bad_answer",
]

_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


class DownloadError(HearthError):
    """A download stopped; ``reason`` says why, the message says what to do."""

    def __init__(self, user_message: str, reason: Reason, details: str = "") -> None:
        super().__init__(user_message, details)
        self.reason: Reason = reason


RETRYING = QT_TRANSLATE_NOOP("core", "Retrying in {delay:g} s: {why}")
KEPT_FAILING = QT_TRANSLATE_NOOP(
    "core",
    "The download kept failing after several tries: {why} The partial file is kept; resume "
    "it later.",
)


@dataclass(frozen=True, slots=True)
class Progress:
    """Where one file's download stands."""

    filename: str
    done: int
    total: int
    speed: float  # bytes per second over the last few seconds; 0.0 when stalled
    eta: float | None
    phase: Phase
    attempt: int
    note: str = ""


@dataclass(frozen=True, slots=True)
class DownloadResult:
    """A verified file in the cache."""

    path: Path  # snapshots/<commit>/<filename>
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class DownloadOptions:
    """Timings and limits (tests shorten them)."""

    stall_after: float = 10.0
    read_timeout: float = 60.0
    retries: int = 6
    backoff: tuple[float, ...] = (1.0, 2.0, 4.0, 8.0, 16.0, 30.0)
    progress_interval: float = 0.1
    checkpoint_seconds: float = 2.0
    space_margin: float = 0.10


# --- the download -------------------------------------------------------------------------


class _Meter:
    """Bytes over a sliding window, readable from the watchdog thread."""

    def __init__(self, window: float = 3.0) -> None:
        self.window = window
        self.samples: deque[tuple[float, int]] = deque()
        self.last_byte_at = time.monotonic()

    def add(self, done: int) -> None:
        now = time.monotonic()
        self.last_byte_at = now
        self.samples.append((now, done))
        while len(self.samples) > 2 and now - self.samples[0][0] > self.window:
            self.samples.popleft()

    def speed(self) -> float:
        if len(self.samples) < 2:
            return 0.0
        (t0, d0), (t1, d1) = self.samples[0], self.samples[-1]
        return (d1 - d0) / (t1 - t0) if t1 > t0 else 0.0


class _Download:
    """One file's download; see the module docstring for the design."""

    def __init__(
        self,
        client: HubClient,
        repo_id: str,
        filename: str,
        revision: str,
        cache_dir: Path,
        state_dir: Path,
        on_progress: Callable[[Progress], None] | None,
        cancel: threading.Event,
        options: DownloadOptions,
    ) -> None:
        self.client = client
        self.repo_id, self.filename, self.revision = repo_id, filename, revision
        self.cache_dir, self.state_dir = cache_dir, state_dir
        self.on_progress = on_progress
        self.cancel = cancel
        self.options = options
        self.record_path = partials.record_path(state_dir, repo_id, filename)
        self.done = 0
        self.total = 0
        self.attempt = 0
        self.phase: Phase = "connecting"
        self.note = ""
        self.meter = _Meter()
        self.body: Body | None = None
        self.body_lock = threading.Lock()
        self.timed_out = False
        self._last_report = 0.0
        self._report_lock = threading.Lock()
        self._finished = threading.Event()
        self.hashes = Hashes()

    # -- reporting ---------------------------------------------------------------------------

    def report(
        self, phase: Phase | None = None, note: str | None = None, force: bool = True
    ) -> None:
        if phase is not None:
            self.phase = phase
        if note is not None:
            self.note = note
        now = time.monotonic()
        if not force and now - self._last_report < self.options.progress_interval:
            return
        self._last_report = now
        if self.on_progress is None:
            return
        moving = self.phase == "downloading"
        speed = self.meter.speed() if moving else 0.0
        left = self.total - self.done
        eta = left / speed if speed > 0 else None
        with self._report_lock:
            self.on_progress(
                Progress(
                    self.filename,
                    self.done,
                    self.total,
                    speed,
                    eta,
                    self.phase,
                    self.attempt,
                    self.note,
                )
            )

    def check_cancel(self) -> None:
        if self.cancel.is_set():
            raise DownloadError("The download was paused.", "cancelled")

    # -- the steps ---------------------------------------------------------------------------

    def run(self) -> DownloadResult:
        self.report("connecting")
        source = self.with_retries(
            lambda: self.client.file_source(self.repo_id, self.filename, self.revision)
        )
        self.total = source.size
        blob = hf_cache.blob_path(self.cache_dir, self.repo_id, source.etag)
        pointer = hf_cache.snapshot_path(self.cache_dir, self.repo_id, source.commit, self.filename)
        lock_path = hf_cache.lock_path(self.cache_dir, self.repo_id, source.etag)
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        import filelock

        lock = filelock.FileLock(str(lock_path))
        self.acquire(lock)
        try:
            if blob.is_file():
                digest = self.verify_existing(blob, source)
            else:
                digest = self.fetch(source, blob)
            self.link(source, blob, pointer)
        finally:
            lock.release()
        self.done = self.total
        self.report("done", "")
        return DownloadResult(pointer, digest, source.size)

    def acquire(self, lock: Any) -> None:
        import filelock

        waited = False
        while True:
            self.check_cancel()
            try:
                lock.acquire(timeout=0.2)
                return
            except filelock.Timeout:
                if not waited:
                    waited = True
                    self.report(
                        "waiting", "Another download of this file is running; waiting for it."
                    )

    def with_retries(self, step: Callable[[], Any]) -> Any:
        """Run a network step, retrying transport and server failures with backoff."""
        while True:
            self.check_cancel()
            before = self.done
            try:
                return step()
            except HubError as e:
                if self.cancel.is_set():
                    self.check_cancel()
                if not e.retryable:
                    raise _download_error(e, self.repo_id, self.client) from e
                if self.done > before:
                    self.attempt = 0  # bytes arrived: this connection was worth having
                if self.attempt >= self.options.retries:
                    raise DownloadError(
                        Sentence(KEPT_FAILING, why=e.user_message),
                        "network",
                        e.details,
                    ) from e
                delay = self.options.backoff[min(self.attempt, len(self.options.backoff) - 1)]
                self.attempt += 1
                self.report("retrying", Sentence(RETRYING, delay=delay, why=e.user_message))
                if self.cancel.wait(delay):
                    self.check_cancel()

    def verify_existing(self, blob: Path, source: FileSource) -> str:
        """A blob already in the cache (another process or tool got there first)."""
        self.report("verifying", "Checking the file that is already in the cache.")
        size = blob.stat().st_size
        hashes = _hashes(source, size)
        with blob.open("rb", buffering=0) as f:
            self.hash_prefix(f, size, hashes)
        digest = hashes.sha256()
        if not _matches(source, size, hashes):
            blob.unlink(missing_ok=True)
            raise DownloadError(
                f"{self.filename} in the cache was damaged, so it was deleted; download it again.",
                "checksum",
            )
        return digest

    def fetch(self, source: FileSource, blob: Path) -> str:
        partial = hf_cache.incomplete_path(blob)
        blob.parent.mkdir(parents=True, exist_ok=True)
        record = self.load_record(source, partial)
        self.write_record(source, record)
        self.check_space(source, blob.parent)
        self.hashes = _hashes(source, source.size)
        with _open_partial(partial) as f:
            durable = int(record["durable"])
            f.truncate(durable)
            if durable:
                self.report("verifying", "Checking what was already downloaded.")
                f.seek(0)
                self.hash_prefix(f, durable, self.hashes)
            self.done = durable
            self.meter = _Meter()
            self.meter.add(self.done)
            watchdog = threading.Thread(
                target=self.watch, name="hearth-download-watchdog", daemon=True
            )
            finished = self._finished
            watchdog.start()
            try:
                while self.done < source.size:
                    self.with_retries(lambda: self.transfer(source, f, record))
            finally:
                finished.set()
                watchdog.join()
            self.checkpoint(f, source, record)
        self.report("verifying", "Checking the file's sha256.")
        digest = self.hashes.sha256()
        if not _matches(source, self.done, self.hashes):
            partial.unlink(missing_ok=True)
            self.record_path.unlink(missing_ok=True)
            raise DownloadError(
                f"{self.filename} arrived damaged (its sha256 does not match the hub's), so "
                "it was deleted. Download it again.",
                "checksum",
                f"expected {source.sha256 or source.etag}, got {digest}",
            )
        replace_durably(partial, blob, sync_source=False)  # checkpoint() just synced it
        self.record_path.unlink(missing_ok=True)
        return digest

    def transfer(
        self,
        source: FileSource,
        f: io.FileIO,
        record: dict[str, Any],
    ) -> None:
        """One connection's worth of bytes, hashed as they are written."""
        self.report("connecting")
        self.timed_out = False
        with self.client.open_stream(source, self.done, self.options.read_timeout) as body:
            if body.offset not in (self.done, 0):
                raise HubError("The hub resumed the file at the wrong place.", kind="bad_answer")
            if body.offset == 0 and self.done:
                # Range ignored: start over rather than trust a partial we cannot extend.
                f.seek(0)
                f.truncate(0)
                self.done = 0
                record["durable"] = 0
                self.write_record(source, record)
                self.hashes = _hashes(source, source.size)
            with self.body_lock:
                self.body = body
            self.check_cancel()
            self.report("downloading", "")
            last_checkpoint, last_time = self.done, time.monotonic()
            interval = min(64 << 20, max(1 << 20, source.size // 40))
            try:
                for chunk in body.chunks:
                    if self.cancel.is_set():
                        break
                    if self.done + len(chunk) > source.size:
                        raise HubError("The hub sent more bytes than the file has.", kind="server")
                    try:
                        _write_all(f, chunk)
                    except OSError as e:
                        raise _disk_error(e, self.filename) from e
                    self.hashes.update(chunk)
                    self.done += len(chunk)
                    self.meter.add(self.done)
                    if self.phase != "downloading":
                        self.report("downloading", "")
                    now = time.monotonic()
                    if (
                        self.done - last_checkpoint >= interval
                        or now - last_time >= self.options.checkpoint_seconds
                    ):
                        self.checkpoint(f, source, record)
                        last_checkpoint, last_time = self.done, now
                    self.report(force=False)
            except HubError:
                self.check_cancel()
                if self.done == source.size:
                    return  # every byte arrived (the server's length was wrong): verify decides
                if self.timed_out:
                    raise HubError(
                        f"No data arrived for {self.options.read_timeout:g} s.", kind="transport"
                    ) from None
                raise
            finally:
                with self.body_lock:
                    self.body = None
                self.checkpoint(f, source, record)
            self.check_cancel()
        if self.done < source.size:
            raise HubError("The connection closed before the file was complete.", kind="transport")

    def watch(self) -> None:
        """Report stalls, drop silent connections, and wake a blocked read on cancel."""
        while not self._finished.wait(0.05):
            silent = time.monotonic() - self.meter.last_byte_at
            with self.body_lock:
                body = self.body
            if body is None:
                continue
            if self.cancel.is_set():
                body.abort()
            elif silent >= self.options.read_timeout:
                self.timed_out = True
                body.abort()
            elif silent >= self.options.stall_after and self.phase == "downloading":
                self.report("stalled", f"No data for {silent:.0f} s: the connection has stalled.")

    # -- bookkeeping -------------------------------------------------------------------------

    def hash_prefix(self, f: io.FileIO, length: int, hashes: Hashes) -> None:
        """Hash the first length bytes of f (from where it stands) into hashes."""
        try:
            read = hash_stream(f, hashes, length, self.cancel)
        except HashCancelled:
            self.check_cancel()
            raise
        if read < length:
            raise DownloadError("The partial download is shorter than recorded.", "bad_answer")

    def load_record(self, source: FileSource, partial: Path) -> dict[str, Any]:
        record = partials.read_record(self.record_path)
        usable = (
            record is not None
            and record["etag"] == source.etag
            and int(record["size"]) == source.size
            and Path(record["cache_dir"]) == self.cache_dir
            and partial.is_file()
            and partial.stat().st_size >= int(record["durable"])
        )
        if record is None or not usable:
            # A partial without a matching record cannot be trusted: start it over.
            partial.unlink(missing_ok=True)
            record = {"durable": 0, "started": time.time()}
        record.update(
            version=partials.RECORD_VERSION,
            repo_id=self.repo_id,
            filename=self.filename,
            revision=self.revision,
            commit=source.commit,
            etag=source.etag,
            size=source.size,
            sha256=source.sha256,
            cache_dir=str(self.cache_dir),
        )
        return record

    def write_record(self, source: FileSource, record: dict[str, Any]) -> None:
        try:
            partials.write_record(self.record_path, record)
        except OSError as e:
            raise _disk_error(e, self.filename) from e

    def checkpoint(self, f: io.FileIO, source: FileSource, record: dict[str, Any]) -> None:
        if int(record["durable"]) == self.done:
            return
        try:
            f.flush()
            os.fsync(f.fileno())
        except OSError as e:
            raise _disk_error(e, self.filename) from e
        record["durable"] = self.done
        self.write_record(source, record)

    def check_space(self, source: FileSource, folder: Path) -> None:
        record = partials.read_record(self.record_path)
        done = int(record["durable"]) if record else 0
        need = source.size - done + int(source.size * self.options.space_margin)
        free = shutil.disk_usage(folder).free
        if free < need:
            raise DownloadError(
                f"{self.filename} needs {format_bytes(need)} of free space (its size plus "
                f"10%), but only {format_bytes(free)} is free in {folder}. Free some space and "
                "try again.",
                "no_space",
            )

    def link(self, source: FileSource, blob: Path, pointer: Path) -> None:
        hf_cache.link_snapshot(blob, pointer)
        hf_cache.write_ref(self.cache_dir, self.repo_id, self.revision, source.commit)


def download_file(
    client: HubClient,
    repo_id: str,
    filename: str,
    *,
    cache_dir: Path,
    state_dir: Path,
    revision: str = "main",
    on_progress: Callable[[Progress], None] | None = None,
    cancel: threading.Event | None = None,
    options: DownloadOptions | None = None,
) -> DownloadResult:
    """Download (or resume) one file into the cache and verify it; blocking.

    ``on_progress`` is called from this thread and from the download's watchdog thread
    (stalls). Setting ``cancel`` raises DownloadError("cancelled") within a fraction of a
    second and keeps the partial file for a later resume (pause); call discard_partial()
    to throw it away (cancel).
    """
    state_dir.mkdir(parents=True, exist_ok=True)
    job = _Download(
        client,
        repo_id,
        filename,
        revision,
        cache_dir,
        state_dir,
        on_progress,
        cancel or threading.Event(),
        options or DownloadOptions(),
    )
    return job.run()


# --- helpers ------------------------------------------------------------------


def _hashes(source: FileSource, size: int) -> Hashes:
    """What a file from source is checked with: its sha256, and the git blob id of a file
    the hub names by it (a small non-LFS one)."""
    return Hashes(git_size=None if source.sha256 else size)


def _matches(source: FileSource, size: int, hashes: Hashes) -> bool:
    if size != source.size:
        return False
    if source.sha256:
        return hashes.sha256() == source.sha256.lower()
    return hashes.git_id() == source.etag.lower()


@contextlib.contextmanager
def _open_partial(path: Path) -> Iterator[io.FileIO]:
    """Unbuffered, so a failed write (a full disk) fails there and then, and nothing is
    left in a buffer to fail again at the next flush or close."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
    with os.fdopen(fd, "r+b", buffering=0) as f:
        yield f


def _write_all(f: io.FileIO, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = f.write(view)
        if not written:  # a raw file writes less only when it cannot write more
            raise OSError(errno.ENOSPC, "No space left on device")
        view = view[written:]


def _disk_error(e: OSError, filename: str) -> HearthError:
    if e.errno in _DISK_FULL:
        return DownloadError(
            f"The disk is full, so {filename} stopped downloading. What was downloaded is "
            "kept: free some space and resume.",
            "disk_full",
            str(e),
        )
    return DownloadError(
        f"{filename} could not be written: {e.strerror or e}.", "disk_full", str(e)
    )


def _download_error(e: HubError, repo_id: str, client: HubClient) -> DownloadError:
    page = f"{(client.endpoint or 'https://huggingface.co').rstrip('/')}/{repo_id}"
    if e.kind == "gated":
        return DownloadError(
            f"{repo_id} is gated: open {page}, accept its licence there, then add your Hugging "
            "Face token in Settings (a token with read access is enough).",
            "gated",
            e.details,
        )
    if e.kind == "not_found":
        return DownloadError(e.user_message, "not_found", e.details)
    if e.kind == "offline":
        return DownloadError(e.user_message, "offline", e.details)
    if e.kind == "refused":
        return DownloadError(e.user_message, "not_found", e.details)
    return DownloadError(e.user_message, "bad_answer", e.details)
