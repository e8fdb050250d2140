"""IdSource: the ids of new conversations and messages, known before they are written.

The window shows a new message at once while the history writer may still be waiting for
the disk, so its id cannot come from SQLite's AUTOINCREMENT. One process writes the file
(the single-instance lock says so), so a counter that starts after every id ever used
(sqlite_sequence) never repeats one. Thread-safe: the window and the writer (imports)
both take ids.
"""

from __future__ import annotations

import itertools
import threading


class IdSource:
    """Two counters, one per table."""

    def __init__(self, next_conversation: int, next_message: int) -> None:
        self._lock = threading.Lock()
        self._conversations = itertools.count(next_conversation)
        self._messages = itertools.count(next_message)

    def conversation(self) -> int:
        with self._lock:
            return next(self._conversations)

    def message(self) -> int:
        with self._lock:
            return next(self._messages)
