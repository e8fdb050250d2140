"""How model paths are compared: the library's key for a file, a case-folded form where the
OS ignores case, and whether one path is inside another."""

from __future__ import annotations

import os
from pathlib import Path


def path_key(path: Path | str) -> str:
    """The absolute path with ``~`` expanded and symlinks kept (a snapshot link is the
    model, not its blob): the library's state file key."""
    return os.path.abspath(os.path.expanduser(os.fspath(path)))


def same(path: str) -> str:
    """A form of a path fit for comparing (case-insensitive where the OS is)."""
    return os.path.normcase(path)


def within(child: str, parent: str) -> bool:
    """Whether child is parent or inside it (both absolute)."""
    child, parent = same(child), same(parent)
    try:
        return os.path.commonpath([child, parent]) == parent
    except ValueError:  # different drives on Windows
        return False
