"""The saved conversation-state (KV cache) folder: its size, clearing, forgetting a
conversation and least-recently-used eviction; file operations only, no llama imports."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Collection, Iterator
from pathlib import Path

# Layout: <folder>/<key16hex>/<name>.hkv, name = c<conversation>-<16hex> or a-<16hex>.
SUFFIX = ".hkv"
DEFAULT_BUDGET_BYTES = 2_000_000_000  # 2 GB, as the window counts sizes (decimal)


def file_name(conversation: str, digest16: str) -> str:
    """The file name for a conversation's state (conversation "" = none) and a 16-hex digest."""
    return f"c{conversation}-{digest16}{SUFFIX}" if conversation else f"a-{digest16}{SUFFIX}"


def conversation_of(path: Path) -> str:
    """The conversation a state file belongs to ("" when none or not a state file name)."""
    name = path.name
    if not name.endswith(SUFFIX) or not name.startswith("c"):
        return ""
    stem = name[1 : -len(SUFFIX)]
    conversation, sep, _digest = stem.rpartition("-")
    return conversation if sep else ""


def state_files(folder: Path) -> Iterator[Path]:
    """Every *.hkv file one level below folder (the key folders); nothing when it is missing."""
    try:
        keys = list(os.scandir(folder))
    except OSError:
        return
    for key in keys:
        try:
            if not key.is_dir(follow_symlinks=False):
                continue
            entries = list(os.scandir(key.path))
        except OSError:
            continue
        for entry in entries:
            if entry.name.endswith(SUFFIX):
                yield Path(entry.path)


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:  # deleted by another process meanwhile
        return None


def _unlink(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return False
    return True


def usage(folder: Path) -> int:
    """Bytes of the state files under folder (0 when it does not exist)."""
    total = 0
    for path in state_files(folder):
        info = _stat(path)
        if info is not None:
            total += info.st_size
    return total


def clear(folder: Path) -> int:
    """Remove every state file under folder (and the key folders left empty); the count removed."""
    removed = sum(1 for path in list(state_files(folder)) if _unlink(path))
    _prune_empty(folder)
    return removed


def forget(folder: Path, conversation: str) -> int:
    """Remove the conversation's state files in every key folder; the count removed."""
    if not conversation:
        return 0
    targets = [p for p in state_files(folder) if conversation_of(p) == conversation]
    return sum(1 for path in targets if _unlink(path))


def evict(folder: Path, budget: int, keep: Collection[Path] = ()) -> int:
    """Remove the least recently used state files (oldest mtime first; a restore touches a
    file) until the folder's usage is <= budget; files in keep stay. The count removed."""
    kept = {os.path.abspath(p) for p in keep}
    files: list[tuple[int, str, Path, int]] = []
    total = 0
    for path in state_files(folder):
        info = _stat(path)
        if info is None:
            continue
        total += info.st_size
        if os.path.abspath(path) not in kept:
            files.append((info.st_mtime_ns, path.name, path, info.st_size))
    if total <= budget:
        return 0
    files.sort()
    removed = 0
    for _mtime, _name, path, size in files:
        if total <= budget:
            break
        if _unlink(path):
            removed += 1
        total -= size  # gone either way (another process may have removed it)
    _prune_empty(folder)
    return removed


def touch(path: Path) -> None:
    """Mark a state file as just used (its mtime orders eviction); a missing file is fine."""
    with contextlib.suppress(OSError):
        os.utime(path)


def _prune_empty(folder: Path) -> None:
    try:
        keys = list(os.scandir(folder))
    except OSError:
        return
    for key in keys:
        with contextlib.suppress(OSError):
            if key.is_dir(follow_symlinks=False):
                os.rmdir(key.path)  # fails (suppressed) unless empty
