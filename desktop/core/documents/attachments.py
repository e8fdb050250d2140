"""Attached files kept as content-addressed copies in the data folder (ROOT/ab/abcdef....pdf),
so a conversation still reads them after the original moved: hashed while copied, written
through a temp file and a durable replace, stored once however often they are attached.
sweep_copies() removes the copies no message names any more (and crashed copies' temp files)."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Set
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.core.atomic import fsync_folder, replace_durably
from desktop.core.documents.extract import os_error, regular_file
from desktop.core.documents.types import DocumentError
from desktop.core.models.hashing import Hashes, Readable, hash_stream, is_sha256
from desktop.core.units import format_bytes

log = logging.getLogger(__name__)

MAX_ATTACHMENT_BYTES = 256 << 20  # 256 MiB: far above any document or image worth reading
# The copy keeps the original's suffix (extract() and image loaders go by it); a suffix that
# is long or odd is dropped rather than trusted into a file name.
_SUFFIX = re.compile(r"^\.[a-z0-9]{1,10}$")
# A copy is made before its message is written (the history writes off the GUI thread), so
# only copies unnamed for this long are swept: a day is far beyond any send.
SWEEP_MIN_AGE_S = 24 * 3600
_TEMP_PREFIX, _TEMP_SUFFIX = ".incoming-", ".tmp"


@dataclass(frozen=True, slots=True)
class StoredFile:
    """An attachment as stored: its content's sha256, the original file name, its size in
    bytes and the path of the stored copy."""

    sha256: str
    name: str
    size: int
    path: Path


class _Tee:
    """A source read through hash_stream that writes every chunk it reads to target too. A
    failed read is the attached file's fault (a sentence); a failed write is the store's
    (OSError: a full or read-only disk)."""

    def __init__(self, path: Path, source: Readable, target: BinaryIO) -> None:
        self.path = path
        self.source = source
        self.target = target

    def readinto(self, buffer: memoryview, /) -> int | None:
        try:
            n = self.source.readinto(buffer)
        except OSError as exc:
            raise os_error(self.path, exc) from exc
        if n:
            self.target.write(buffer[:n])
        return n


class AttachmentStore:
    """Content-addressed copies under root (default: paths.attachments_dir())."""

    def __init__(self, root: Path | None = None, *, max_bytes: int = MAX_ATTACHMENT_BYTES) -> None:
        if root is None:
            from desktop.core.paths import attachments_dir

            root = attachments_dir()
        self.root = Path(root)
        self.max_bytes = max_bytes

    def add(self, path: Path) -> StoredFile:
        """Copy the file at path into the store (once per content and suffix) and describe
        the copy. Raises DocumentError (one sentence) when it is missing, unreadable, not a
        file or over max_bytes; OSError when the store itself cannot be written."""
        path = Path(path)
        info = regular_file(path)
        if info.st_size > self.max_bytes:
            raise self._too_large(path, info.st_size)
        suffix = path.suffix.lower() if _SUFFIX.match(path.suffix.lower()) else ""
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX)
        tmp = Path(tmp_name)
        try:
            sha256, size = self._copy(path, fd)
            target = self._path(sha256, suffix)
            if target.is_file():
                tmp.unlink()  # stored before: the same bytes under the same name
                # Young again: sweep_copies leaves it be until its new message is written.
                os.utime(target)
            else:
                folder_is_new = not target.parent.is_dir()
                target.parent.mkdir(exist_ok=True)
                if folder_is_new:
                    fsync_folder(self.root)
                replace_durably(tmp, target, sync_source=False)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        return StoredFile(sha256, path.name, size, target)

    def path_of(self, sha256: str) -> Path:
        """The stored copy of the content with this sha256 (whatever its suffix), or the path
        it would have without a suffix when there is none (check .exists()). Raises
        ValueError when sha256 is not a lower-case sha256 hex digest."""
        if not is_sha256(sha256):
            raise ValueError(f"not a sha256: {sha256!r}")
        bare = self._path(sha256, "")
        if bare.is_file():
            return bare
        with contextlib.suppress(OSError):
            found = sorted(bare.parent.glob(f"{sha256}.*"))
            if found:
                return found[0]
        return bare

    def _path(self, sha256: str, suffix: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}{suffix}"

    def _copy(self, path: Path, fd: int) -> tuple[str, int]:
        """Copy path into the open temp file fd while hashing it; fsync. Returns (sha256,
        size). A file that grew past max_bytes while copied is refused."""
        hashes = Hashes()
        with os.fdopen(fd, "wb") as target:
            try:
                source = open(path, "rb", buffering=0)  # noqa: SIM115 (closed below)
            except OSError as exc:
                raise os_error(path, exc) from exc
            with source:
                tee = _Tee(path, source, target)
                size = hash_stream(tee, hashes, length=self.max_bytes + 1)
                if size > self.max_bytes:  # it grew after it was measured
                    raise self._too_large(path, max(size, os.fstat(source.fileno()).st_size))
            target.flush()
            os.fsync(target.fileno())
        return hashes.sha256(), size

    def _too_large(self, path: Path, size: int) -> DocumentError:
        return DocumentError(
            f"{path.name} is {format_bytes(size)}, over the {format_bytes(self.max_bytes)} "
            "limit for an attachment; attach a smaller file."
        )


def sweep_copies(
    live: Set[str],
    root: Path | None = None,
    *,
    clock: Callable[[], float] = time.time,
    min_age_s: float = SWEEP_MIN_AGE_S,
) -> list[Path]:
    """Remove the stored copies under root (default: paths.attachments_dir()) whose sha256
    is not in live (the ones messages name) and the store's temp files (a copy cut off by a
    crash), each only when older than min_age_s by clock; the files removed. Anything else
    in the folder is left alone, and a file that cannot be removed is skipped."""
    if root is None:
        from desktop.core.paths import attachments_dir

        root = attachments_dir()
    root = Path(root)
    cutoff = clock() - min_age_s
    removed: list[Path] = []
    with contextlib.suppress(OSError):  # no store yet, or it cannot be listed
        for entry in os.scandir(root):
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=False) and len(entry.name) == 2:
                removed += _sweep_folder(path, live, cutoff)
            elif _is_temp(entry) and _older(entry, cutoff):
                removed += _unlink(path)
    if removed:
        log.info("removed %d attachment file(s) no message names", len(removed))
    return removed


def _sweep_folder(folder: Path, live: Set[str], cutoff: float) -> list[Path]:
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            sha256 = entry.name.split(".", 1)[0]
            ours = is_sha256(sha256) and sha256.startswith(folder.name)
            if ours and sha256 not in live and _older(entry, cutoff):
                removed += _unlink(Path(entry.path))
    if removed:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when it is empty now
    return removed


def _is_temp(entry: os.DirEntry[str]) -> bool:
    return entry.name.startswith(_TEMP_PREFIX) and entry.name.endswith(_TEMP_SUFFIX)


def _older(entry: os.DirEntry[str], cutoff: float) -> bool:
    """A regular file (never a link or a folder) last changed before cutoff."""
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_mtime < cutoff


def _unlink(path: Path) -> list[Path]:
    try:
        path.unlink()
    except OSError as exc:  # in use (Windows) or gone already: the next start tries again
        log.info("could not remove %s: %s", path, exc)
        return []
    return [path]
