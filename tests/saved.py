"""on_disk(): the window's history store once every write queued so far is on disk."""

from __future__ import annotations

from typing import Any


def on_disk(owner: Any) -> Any:
    """Waits on the history writer (a condition, not a sleep), then returns the read store
    of an App or a ChatController: what the file holds now."""
    controller = getattr(owner, "controller", owner)
    assert controller.conversations.wait_saved(10), "history writes still pending"
    return controller.store
