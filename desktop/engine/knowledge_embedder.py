"""The knowledge folders' embedder: an embedding GGUF in an engine child of its own (no Qt).

The window's KnowledgeService and `hearth knowledge` share it. Its EngineSession is not the
chat's, so indexing never waits for a reply and a reply never waits for indexing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Protocol

from desktop.core.errors import ContextOverflow, EngineCrashed, EngineError
from desktop.core.sentence import Sentence
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.core.types import LoadParams, ModelInfo
from desktop.engine.backend import Backend
from desktop.engine.session import EngineSession, local_backend

log = logging.getLogger(__name__)

NO_EMBEDDER = QT_TRANSLATE_NOOP(
    "core", "No embedding model is set: search uses words only. Pick one in Settings → Knowledge."
)
EMBEDDER_STOPPED = QT_TRANSLATE_NOOP(
    "core",
    "The embedding model stopped ({name}: the engine {reason}), so search uses words only. "
    "Pick another embedder in Settings → Knowledge, or restart Hearth to try again.",
)
_SHORTEN_TRIES = 4  # a passage longer than the model's context is cut this often at most


class EmbedderStopped(EngineError):
    """The embedding model's engine child died twice in a row on the same work (a file
    llama.cpp cannot run here): the embedder gives up until it is made again, rather than
    starting a child that dies on every passage and every search."""


def stopped_sentence(name: str, reason: str) -> str:
    """The knowledge state's sentence for an embedder whose engine child died."""
    if reason in ("", "still running"):
        reason = "stopped answering"
    return Sentence(EMBEDDER_STOPPED, name=name, reason=reason)


class _Listed(Protocol):
    """What the library lists of a model (core.models.library_listing.LibraryModel)."""

    path: Path
    name: str
    file_name: str


def find_embedder(key: str, models: Iterable[_Listed] = ()) -> Path:
    """The file the setting names: a .gguf path, or a library model's file name or name.
    EngineError with a sentence when it is not on this computer."""
    path = Path(key).expanduser()
    if path.is_file():
        return path
    for model in models:
        if key in (model.file_name, model.name, str(model.path)) and model.path.is_file():
            return model.path
    raise EngineError(
        f"The embedding model {Path(key).name} is not on this computer, so search uses words "
        "only. Download it in Models, or pick another in Settings → Knowledge."
    )


class KnowledgeEmbedder:
    """Texts to unit vectors with one embedding model, loaded on first use. Thread-safe:
    calls from the indexer's thread and from a search take turns; close() from any thread
    ends a call under way (it then raises) and the engine child with it."""

    def __init__(self, path: Path, backend_factory: Callable[[], Backend] | None = None) -> None:
        self.path = path
        self._session = EngineSession(backend_factory or local_backend())
        self._lock = threading.Lock()
        self._info: ModelInfo | None = None
        self._closed = False
        self.stopped: EmbedderStopped | None = None  # set once its engine child died twice

    @property
    def model_id(self) -> str:
        """What the index stores its vectors under: another file means other vectors."""
        return self.path.name

    def load(self) -> ModelInfo:
        """Start the engine child and load the model (once). EngineError with a sentence
        for a file that is no embedder or does not load."""
        with self._lock:
            return self._load()

    def _load(self) -> ModelInfo:
        if self._closed:
            raise EngineError("The embedding model was closed.")
        if self.stopped is not None:
            raise self.stopped
        if self._info is None:
            # n_ctx 0: the model's own length (the engine caps an encoder's at what it was
            # trained for); the CPU only, so the chat's model keeps the GPU to itself.
            try:
                info = self._session.load(LoadParams(str(self.path), n_ctx=0, n_gpu_layers=0))
            except EngineCrashed as e:
                if self._closed:
                    raise
                raise self._stop(e) from e
            if not info.can_embed:
                self._session.close()
                raise EngineError(
                    f"{self.path.name} is a chat model, not an embedding model: pick an "
                    "embedder (such as all-MiniLM-L6-v2) in Settings → Knowledge."
                )
            self._info = info
        return self._info

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """One unit vector per text. A passage longer than the model's context gets the
        vector of its beginning (a chunk's vector only finds it; its whole text stays in
        the index for words and for the prompt)."""
        with self._lock:
            self._load()
            try:
                return self._embed_all(texts)
            except EngineCrashed:
                if self._closed:
                    raise
            # The session starts a new child and loads the model again: once, for a child
            # killed from outside; a second death on the same texts is the file (or this
            # llama.cpp build), and every later call would die the same way.
            try:
                return self._embed_all(texts)
            except EngineCrashed as e:
                if self._closed:
                    raise
                raise self._stop(e) from e

    def _stop(self, crash: EngineCrashed) -> EmbedderStopped:
        """Give up on this embedder after its child died: every later call raises the same
        sentence (the crash's own speaks of a reply; this one of search)."""
        self.stopped = EmbedderStopped(
            stopped_sentence(self.path.name, crash.exit_reason), crash.details
        )
        self._session.close()
        return self.stopped

    def _embed_all(self, texts: Sequence[str]) -> list[list[float]]:
        try:
            return [list(v) for v in self._session.embed(list(texts))]
        except ContextOverflow:
            return [self._embed_one(text) for text in texts]

    def _embed_one(self, text: str) -> list[float]:
        for _ in range(_SHORTEN_TRIES):
            try:
                return list(self._session.embed([text])[0])
            except ContextOverflow as e:
                # Characters per token vary: keep a share a little under what fits, retry.
                keep = int(len(text) * 0.9 * e.n_ctx / max(e.prompt_tokens, 1))
                text = text[: max(1, keep)]
        raise EngineError("A passage is too long for the embedding model.")

    def close(self) -> None:
        """End the engine child (a call under way raises); the embedder cannot be used after."""
        self._closed = True
        backend = self._session.backend
        if backend is not None:
            backend.abort()  # returns at once; a call waiting on the child ends now
        with self._lock:
            self._session.close()
