"""Resumable, verified downloads of hub files into the standard Hugging Face cache.

huggingface_hub 2.x downloads each file to a temporary name unique to its process and so
never resumes after the process dies. Hearth writes the file itself, in huggingface_hub's
own layout so that every tool sharing the cache sees the result:

* ``models--org--name/blobs/<etag>`` holds the file, ``snapshots/<commit>/<filename>`` is
  a relative link to it (a move where links are not allowed), ``refs/<revision>`` names the
  commit. For LFS files (every GGUF) the etag is the file's sha256.
* The partial file is ``blobs/<etag>.incomplete`` and is written only under the lock file
  huggingface_hub itself takes (``.locks/models--org--name/<etag>.lock``), so two Hearth
  processes, or Hearth and another tool, never write one file at once: the second waits,
  then finds the blob complete.
* A resume record in Hearth's state folder says which repo file a partial belongs to, its
  expected size, sha256, etag and commit, and ``durable``: how many bytes are known to be
  on disk. The partial is fsynced before the record is replaced (atomically), every ~2% of
  the file (1 MiB to 64 MiB) or 2 s. A restart, after a kill or a power cut, truncates the
  partial to ``durable`` (later bytes may be garbage after a power cut), hashes that prefix
  once and asks for the rest with a Range request: an interruption costs at most one
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
* ``sweep_orphans`` (run at start-up) removes partials with no record that nobody holds the
  lock of and that are older than a day (left by killed processes, ours or
  huggingface_hub's), records without a partial, and partials whose blob is complete.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

from desktop.core.atomic import write_text_atomic
from desktop.core.errors import HearthError
from desktop.core.hub import Body, FileSource, HubClient, HubError
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

RECORD_VERSION = 1
ORPHAN_AGE = 24 * 3600.0
_HASH_CHUNK = 4 << 20
_COMMIT_RE = re.compile(r"^[0-9a-f]{40}$")
_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


class DownloadError(HearthError):
    """A download stopped; ``reason`` says why, the message says what to do."""

    def __init__(self, user_message: str, reason: Reason, details: str = "") -> None:
        super().__init__(user_message, details)
        self.reason: Reason = reason


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


@dataclass(frozen=True, slots=True)
class PartialDownload:
    """A download that stopped part-way and can be resumed."""

    repo_id: str
    filename: str
    revision: str
    done: int
    total: int


# --- cache layout -------------------------------------------------------------------------


def repo_folder(cache_dir: Path, repo_id: str) -> Path:
    return cache_dir / ("models--" + repo_id.replace("/", "--"))


def _lock_path(cache_dir: Path, repo_id: str, etag: str) -> Path:
    return cache_dir / ".locks" / ("models--" + repo_id.replace("/", "--")) / f"{etag}.lock"


def cached_file(
    cache_dir: Path, repo_id: str, filename: str, revision: str = "main"
) -> Path | None:
    """The file's snapshot path when it is complete in the cache (no network)."""
    folder = repo_folder(cache_dir, repo_id)
    commit = revision
    if not _COMMIT_RE.match(revision):
        try:
            commit = (folder / "refs" / revision).read_text(encoding="utf-8").strip()
        except OSError:
            return None
    pointer = folder / "snapshots" / commit / filename
    return pointer if pointer.is_file() else None  # is_file follows the link to the blob


def _record_path(state_dir: Path, repo_id: str, filename: str) -> Path:
    key = hashlib.sha1(f"{repo_id}\0{filename}".encode()).hexdigest()[:20]
    return state_dir / f"{key}.json"


def _read_record(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    fields = ("repo_id", "filename", "revision", "etag", "size", "durable", "cache_dir")
    if not isinstance(data, dict) or data.get("version") != RECORD_VERSION:
        return None
    if not all(k in data for k in fields):
        return None
    return data


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
        self.record_path = _record_path(state_dir, repo_id, filename)
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
        self.hashers: tuple[Any, Any] = (None, None)

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
        folder = repo_folder(self.cache_dir, self.repo_id)
        blob = folder / "blobs" / source.etag
        pointer = folder / "snapshots" / source.commit / self.filename
        lock_path = _lock_path(self.cache_dir, self.repo_id, source.etag)
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
                        "The download kept failing after several tries: "
                        f"{e.user_message} The partial file is kept; resume it later.",
                        "network",
                        e.details,
                    ) from e
                delay = self.options.backoff[min(self.attempt, len(self.options.backoff) - 1)]
                self.attempt += 1
                self.report("retrying", f"Retrying in {delay:g} s: {e.user_message}")
                if self.cancel.wait(delay):
                    self.check_cancel()

    def verify_existing(self, blob: Path, source: FileSource) -> str:
        """A blob already in the cache (another process or tool got there first)."""
        self.report("verifying", "Checking the file that is already in the cache.")
        digest, git_id = _hash_file(blob, self.cancel, self.check_cancel)
        if not _matches(source, blob.stat().st_size, digest, git_id):
            blob.unlink(missing_ok=True)
            raise DownloadError(
                f"{self.filename} in the cache was damaged, so it was deleted; download it again.",
                "checksum",
            )
        return digest

    def fetch(self, source: FileSource, blob: Path) -> str:
        partial = blob.with_name(blob.name + ".incomplete")
        blob.parent.mkdir(parents=True, exist_ok=True)
        record = self.load_record(source, partial)
        self.write_record(source, record)
        self.check_space(source, blob.parent)
        hasher, git = _hashers(source)
        with _open_partial(partial) as f:
            durable = int(record["durable"])
            f.truncate(durable)
            if durable:
                self.report("verifying", "Checking what was already downloaded.")
                _hash_prefix(f, durable, hasher, git, self.check_cancel)
            self.done = durable
            self.meter = _Meter()
            self.meter.add(self.done)
            watchdog = threading.Thread(
                target=self.watch, name="hearth-download-watchdog", daemon=True
            )
            finished = self._finished
            watchdog.start()
            try:
                self.hashers = (hasher, git)
                while self.done < source.size:
                    self.with_retries(lambda: self.transfer(source, f, record))
                hasher, git = self.hashers
            finally:
                finished.set()
                watchdog.join()
            self.checkpoint(f, source, record)
        self.report("verifying", "Checking the file's sha256.")
        digest: str = hasher.hexdigest()
        if not _matches(source, self.done, digest, git.hexdigest()):
            partial.unlink(missing_ok=True)
            self.record_path.unlink(missing_ok=True)
            raise DownloadError(
                f"{self.filename} arrived damaged (its sha256 does not match the hub's), so "
                "it was deleted. Download it again.",
                "checksum",
                f"expected {source.sha256 or source.etag}, got {digest}",
            )
        os.replace(partial, blob)
        _fsync_dir(blob.parent)
        self.record_path.unlink(missing_ok=True)
        return digest

    def transfer(
        self,
        source: FileSource,
        f: BinaryIO,
        record: dict[str, Any],
    ) -> None:
        """One connection's worth of bytes, hashed as they are written."""
        self.report("connecting")
        self.timed_out = False
        hasher, git = self.hashers
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
                hasher, git = self.hashers = _hashers(source)
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
                    hasher.update(chunk)
                    git.update(chunk)
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

    def load_record(self, source: FileSource, partial: Path) -> dict[str, Any]:
        record = _read_record(self.record_path)
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
            version=RECORD_VERSION,
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
        record["updated"] = time.time()
        try:
            write_text_atomic(self.record_path, json.dumps(record, indent=1))
        except OSError as e:
            raise _disk_error(e, self.filename) from e

    def checkpoint(self, f: BinaryIO, source: FileSource, record: dict[str, Any]) -> None:
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
        record = _read_record(self.record_path)
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
        folder = repo_folder(self.cache_dir, self.repo_id)
        pointer.parent.mkdir(parents=True, exist_ok=True)
        if not pointer.exists():
            relative = os.path.relpath(blob, pointer.parent)
            try:
                tmp = pointer.with_name(pointer.name + ".hearth-link")
                tmp.unlink(missing_ok=True)
                os.symlink(relative, tmp)
                os.replace(tmp, pointer)
            except OSError:
                # No symlinks (Windows without developer mode): huggingface_hub moves the
                # blob into the snapshot then, and so do we.
                os.replace(blob, pointer)
        if not _COMMIT_RE.match(self.revision):
            refs = folder / "refs" / self.revision
            refs.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(refs, source.commit)


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


# --- partials -----------------------------------------------------------------------------


def _records(state_dir: Path) -> Iterator[tuple[Path, dict[str, Any] | None]]:
    if not state_dir.is_dir():
        return
    for path in sorted(state_dir.glob("*.json")):
        yield path, _read_record(path)


def _partial_of(record: dict[str, Any]) -> Path:
    folder = repo_folder(Path(record["cache_dir"]), str(record["repo_id"]))
    return folder / "blobs" / f"{record['etag']}.incomplete"


def partial_downloads(state_dir: Path, cache_dir: Path) -> list[PartialDownload]:
    """Downloads that stopped part-way in this cache, for the person to resume."""
    found = []
    for _, record in _records(state_dir):
        if record is None or Path(record["cache_dir"]) != cache_dir:
            continue
        partial = _partial_of(record)
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
    path = _record_path(state_dir, repo_id, filename)
    record = _read_record(path)
    if record is not None and Path(record["cache_dir"]) == cache_dir:
        lock = _lock_path(cache_dir, repo_id, str(record["etag"]))
        import filelock

        try:
            # Never delete a partial another process is writing right now.
            with filelock.FileLock(str(lock), timeout=0):
                _partial_of(record).unlink(missing_ok=True)
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
        partial = _partial_of(record)
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
    for partial in cache_dir.glob("models--*/blobs/*.incomplete"):
        if partial in kept:
            continue
        try:
            age = now - partial.stat().st_mtime
        except OSError:
            continue
        etag = partial.name.split(".", 1)[0]
        repo_dir = partial.parent.parent.name
        lock = cache_dir / ".locks" / repo_dir / f"{etag}.lock"
        complete = (partial.parent / etag).is_file()
        if age < ORPHAN_AGE and not complete:
            continue  # maybe another tool's download in progress: leave it a day
        try:
            lock.parent.mkdir(parents=True, exist_ok=True)
            with filelock.FileLock(str(lock), timeout=0):
                partial.unlink(missing_ok=True)
                removed.append(partial)
        except (filelock.Timeout, OSError):
            continue
    return removed


# --- hashing and helpers ------------------------------------------------------------------


class _GitBlob:
    """The git blob id (sha1 of a header and the content): the etag of non-LFS files."""

    def __init__(self, size: int) -> None:
        self._h = hashlib.sha1(f"blob {size}\0".encode())

    def update(self, data: bytes) -> None:
        self._h.update(data)

    def hexdigest(self) -> str:
        return self._h.hexdigest()


class _NoGit:
    def update(self, data: bytes) -> None:
        pass

    def hexdigest(self) -> str:
        return ""


def _hashers(source: FileSource) -> tuple[Any, Any]:
    # Only non-LFS files need the git id; computing it for 5 GB GGUFs would waste a core.
    return hashlib.sha256(), (_NoGit() if source.sha256 else _GitBlob(source.size))


def _matches(source: FileSource, size: int, sha256: str, git_id: str) -> bool:
    if size != source.size:
        return False
    if source.sha256:
        return sha256 == source.sha256.lower()
    return git_id == source.etag.lower()


def _hash_prefix(
    f: BinaryIO, length: int, hasher: Any, git: Any, check_cancel: Callable[[], None]
) -> None:
    f.seek(0)
    left = length
    while left:
        check_cancel()
        data = f.read(min(_HASH_CHUNK, left))
        if not data:
            raise DownloadError("The partial download is shorter than recorded.", "bad_answer")
        hasher.update(data)
        git.update(data)
        left -= len(data)
    f.seek(length)


def _hash_file(
    path: Path, cancel: threading.Event, check_cancel: Callable[[], None]
) -> tuple[str, str]:
    size = path.stat().st_size
    hasher, git = hashlib.sha256(), _GitBlob(size)
    with path.open("rb") as f:
        _hash_prefix(f, size, hasher, git, check_cancel)
    return hasher.hexdigest(), git.hexdigest()


@contextlib.contextmanager
def _open_partial(path: Path) -> Iterator[BinaryIO]:
    """Unbuffered, so a failed write (a full disk) fails there and then, and nothing is
    left in a buffer to fail again at the next flush or close."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
    with os.fdopen(fd, "r+b", buffering=0) as f:
        yield f


def _write_all(f: BinaryIO, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = f.write(view)
        if not written:  # a raw file writes less only when it cannot write more
            raise OSError(errno.ENOSPC, "No space left on device")
        view = view[written:]


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
