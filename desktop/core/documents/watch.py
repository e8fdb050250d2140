"""Watch knowledge folders (watchdog) and report which changed, a burst of events as one call.

A save in an editor is several events (a temporary file, a rename, a modify); a folder copied
in is thousands. Each event restarts a short timer, and only when the folder has been quiet
that long does on_change get the set of folders touched. Events of hidden entries (editors'
swap files, .git) are ignored, as the indexer ignores them. watchdog is imported only here.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DEBOUNCE_SECONDS = 1.0


class FolderWatch:
    """Call on_change(folders) from a timer thread after changes under folders settle.
    Folders that cannot be watched (gone, an inotify limit) are listed in `failed`."""

    def __init__(
        self,
        folders: Iterable[Path | str],
        on_change: Callable[[set[Path]], None],
        *,
        debounce: float = DEBOUNCE_SECONDS,
    ) -> None:
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer

        self._on_change = on_change
        self._debounce = debounce
        self._lock = threading.Lock()
        self._changed: set[Path] = set()
        self._timer: threading.Timer | None = None
        self._stopped = False
        self.failed: dict[Path, str] = {}
        watch = self

        class _Handler(FileSystemEventHandler):
            def __init__(self, folder: Path) -> None:
                self.folder = folder

            def on_any_event(self, event: Any) -> None:
                if event.event_type in ("opened", "closed_no_write"):
                    return  # reads change nothing
                watch._note(self.folder, event)

        self._observer = Observer()
        self._observer.daemon = True
        self._observer.start()  # first: schedule() on a running observer raises its errors
        for folder in map(Path, folders):
            try:
                self._observer.schedule(_Handler(folder), str(folder), recursive=True)
            except OSError as error:  # missing, or the system's watch limit is reached
                self.failed[folder] = error.strerror or str(error)

    def _note(self, folder: Path, event: Any) -> None:
        paths = [event.src_path, getattr(event, "dest_path", "")]
        if all(_hidden(folder, os.fsdecode(p)) for p in paths if p):
            return
        with self._lock:
            if self._stopped:
                return
            self._changed.add(folder)
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self._debounce, self._fire)
            self._timer.daemon = True
            self._timer.start()

    def _fire(self) -> None:
        with self._lock:
            changed, self._changed = self._changed, set()
            if self._stopped or not changed:
                return
        try:
            self._on_change(changed)
        except Exception:
            log.exception("a folder change handler failed")

    def stop(self) -> None:
        """Stop watching; no on_change after this returns. Joins the watchdog thread."""
        with self._lock:
            self._stopped = True
            timer = self._timer  # kept after it fired: stop waits for a call under way
        if timer is not None:
            timer.cancel()
            if timer is not threading.current_thread():
                timer.join()
        self._observer.stop()
        self._observer.join()


def _hidden(folder: Path, path: str) -> bool:
    try:
        parts = Path(path).relative_to(folder).parts
    except ValueError:
        return False
    return any(p.startswith(".") for p in parts)
