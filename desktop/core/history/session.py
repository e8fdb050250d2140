"""The temporary history of a session whose data folder cannot be used, and its cleanup.

When the data folder is read-only, full or unusable, Hearth still chats, with a history
in a private temporary folder that is deleted when the window closes. A session that
crashed leaves its folder behind: the next session deletes every such folder whose owner
process is gone (its identity is written inside), never another running Hearth's.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from pathlib import Path

from desktop.core.history.owner import this_process, writer_alive

log = logging.getLogger(__name__)

PREFIX = "hearth-session-"
_OWNER = "owner"


def make_session_folder() -> Path:
    """A new private folder (0700) for this session's temporary history."""
    folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    (folder / _OWNER).write_text(this_process(), encoding="utf-8")
    return folder


def remove_session_folder(folder: Path) -> None:
    """Delete a session folder made by make_session_folder (at close)."""
    if folder.name.startswith(PREFIX):
        shutil.rmtree(folder, ignore_errors=True)


def sweep_session_folders(base: Path | None = None) -> list[Path]:
    """Delete the session folders left by Hearths that are gone; the ones removed."""
    removed: list[Path] = []
    root = Path(base or tempfile.gettempdir())
    with contextlib.suppress(OSError):
        for folder in root.glob(PREFIX + "*"):
            try:
                if not folder.is_dir() or folder.is_symlink() or not _mine(folder):
                    continue
                owner = (folder / _OWNER).read_text(encoding="utf-8").strip()
            except OSError:
                owner = ""  # an owner file never written: a session killed as it started
            if not writer_alive(owner):
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
    if removed:
        log.info("removed %d temporary history folder(s) of sessions that ended", len(removed))
    return removed


def _mine(folder: Path) -> bool:
    """Only this user's folders are touched (Windows' temporary folder is per user)."""
    return not hasattr(os, "getuid") or folder.stat().st_uid == os.getuid()
