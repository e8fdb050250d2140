"""on_disk(): the window's history store once every write queued so far is on disk."""

from __future__ import annotations

from typing import Any


def on_disk(owner: Any) -> Any:
    """Waits on the history writer (a condition, not a sleep), then returns the read store
    of an App, a ChatSession or a History: what the file holds now."""
    history = getattr(owner, "history", owner)
    assert history.wait_saved(10), "history writes still pending"
    return history.store
