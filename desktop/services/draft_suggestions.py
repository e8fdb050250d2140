"""DraftSuggestions: the library's draft models for the loaded model, found off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QObject, Signal

from desktop.core.models.draft_match import draft_candidates
from desktop.services.background import Background


class DraftSuggestions(QObject):
    """suggest() returns at once; `found` follows with the files that can draft for the model.

    Reading the headers of a whole library takes a moment on a slow disk, so it runs on a
    worker; when models are loaded in quick succession only the last one's answer is sent.
    """

    found = Signal(object)  # list[tuple[str, str]]: (label, path), smallest first

    def __init__(
        self,
        candidates: Callable[[str, Iterable[str]], list[str]] = draft_candidates,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._candidates = candidates
        self._jobs = Background(max_workers=1, name="hearth-drafts", parent=self)
        self._latest = 0

    def suggest(self, model_path: str, library: Sequence[tuple[str, str]]) -> None:
        """Look among library (label, path) for drafts of the model at model_path."""
        labels = {path: label for label, path in library}
        find = self._candidates
        job = 0

        def done(paths: list[str]) -> None:
            if job == self._latest:  # a later model's suggestions are on their way
                self.found.emit([(labels[p], p) for p in paths if p in labels])

        job = self._latest = self._jobs.submit(lambda: find(model_path, list(labels)), done)

    def shutdown(self) -> None:
        """Stop delivering; a search under way ends on its own (it only reads headers)."""
        self._jobs.shutdown(wait=True)
