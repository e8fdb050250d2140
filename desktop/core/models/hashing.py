"""The sha256 of model files (and the git blob id that names a small hub file), read in large
chunks, cancellable between two chunks, with throttled progress. The one file hasher: the
library's verify() and the downloader's checks and resumes both read through hash_stream."""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

HASH_CHUNK = 4 << 20  # 4 MiB: big enough for full disk speed, small enough to cancel fast
PROGRESS_INTERVAL = 0.1  # seconds between two on_progress calls of a ByteProgress

_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


class Readable(Protocol):
    """A binary file read into a buffer (raw or buffered)."""

    def readinto(self, buffer: memoryview, /) -> int | None: ...


class HashCancelled(Exception):
    """Hashing stopped because its cancel event was set (callers say it in their words)."""


def is_sha256(text: str) -> bool:
    """A lower-case sha256 hex digest (the name of an LFS blob, a recorded hash)."""
    return bool(_SHA256_RE.fullmatch(text))


class Hashes:
    """A file's sha256 and, when git_size is given, its git blob id (sha1 of a header and the
    content: the etag of a non-LFS hub file), fed as bytes arrive or are read."""

    def __init__(self, git_size: int | None = None) -> None:
        self._sha256 = hashlib.sha256()
        # Only non-LFS files need the git id: computing it for 5 GB GGUFs would waste a core.
        self._git = None if git_size is None else hashlib.sha1(f"blob {git_size}\0".encode())

    def update(self, data: bytes | memoryview) -> None:
        self._sha256.update(data)
        if self._git is not None:
            self._git.update(data)

    def sha256(self) -> str:
        return self._sha256.hexdigest()

    def git_id(self) -> str | None:
        return None if self._git is None else self._git.hexdigest()


def hash_stream(
    handle: Readable,
    hashes: Hashes,
    length: int | None = None,
    cancel: threading.Event | None = None,
    advance: Callable[[int], None] | None = None,
) -> int:
    """Feed hashes with length bytes of handle from where it stands (all that is left when
    length is None); return how many were read (fewer only at the end of the file). The
    cancel event is looked at before every chunk (HashCancelled); advance(n) is called after."""
    buffer = bytearray(HASH_CHUNK)
    view = memoryview(buffer)
    done = 0
    while length is None or done < length:
        if cancel is not None and cancel.is_set():
            raise HashCancelled
        want = len(buffer) if length is None else min(len(buffer), length - done)
        n = handle.readinto(view[:want])
        if not n:
            break
        hashes.update(view[:n])
        done += n
        if advance is not None:
            advance(n)
    return done


def sha256_file(
    path: Path,
    cancel: threading.Event | None = None,
    advance: Callable[[int], None] | None = None,
) -> str:
    """The sha256 of the file at path (see hash_stream). Raises OSError, HashCancelled."""
    hashes = Hashes()
    with open(path, "rb", buffering=0) as handle:
        hash_stream(handle, hashes, cancel=cancel, advance=advance)
    return hashes.sha256()


class ByteProgress:
    """Calls on_progress(done, total) at the start, at most every PROGRESS_INTERVAL seconds
    as bytes are hashed (advance), and at the end (finish)."""

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
