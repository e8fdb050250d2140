"""InferenceWorker: supervises the engine process from its own QThread."""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.core.context import trim_to_context
from desktop.core.errors import EngineCrashed, HearthError
from desktop.core.types import LoadParams, Message, ModelInfo, SamplingParams
from desktop.engine.client import EngineClient

log = logging.getLogger(__name__)

MIN_REPLY_ROOM = 64  # tokens always left free for the reply when trimming


@dataclass(frozen=True, slots=True)
class GenerateRequest:
    """One reply to produce: crosses from the GUI thread to the worker."""

    request_id: int
    messages: tuple[Message, ...]
    sampling: SamplingParams


@dataclass(frozen=True, slots=True)
class Trimmed:
    """What the context policy left out of a request."""

    request_id: int
    dropped_messages: int
    prompt_tokens: int
    n_ctx: int


class InferenceWorker(QObject):
    """Owns the EngineClient on a worker thread. Every request ends in a signal.

    Requests arrive as queued slot calls; `stop()` is called directly from the GUI thread
    because a queued stop would wait behind the generation it is meant to stop.
    """

    engineStarted = Signal(str)  # llama.cpp system info
    loadStarted = Signal(str)  # path
    loaded = Signal(object)  # ModelInfo
    loadFailed = Signal(str, str)  # sentence, details
    unloaded = Signal()
    trimmed = Signal(object)  # Trimmed
    promptStarted = Signal(int, int)  # request id, prompt tokens
    tokens = Signal(int, str)  # request id, text
    finished = Signal(int, object)  # request id, GenerationStats
    failed = Signal(int, str, str)  # request id, sentence, details
    crashed = Signal(int, str)  # request id (0 when idle), sentence
    shutDown = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._client: EngineClient | None = None
        self._stopped_request = 0
        self.model: ModelInfo | None = None

    # --- called directly from any thread -------------------------------------------

    def stop(self, request_id: int = 0) -> None:
        """Ask a reply to end (thread-safe, returns at once). With its request id, a stop
        that arrives before the worker has started that request still applies to it."""
        self._stopped_request = request_id
        client = self._client
        if client is not None:
            client.stop()

    # --- queued slots (run on the worker thread) -------------------------------------

    @Slot(object)
    def load(self, params: LoadParams) -> None:
        self.loadStarted.emit(params.path)
        try:
            client = self._ensure_client()
            self.model = client.load(params)
        except HearthError as e:
            self.model = None
            self.loadFailed.emit(e.user_message, e.details)
            return
        except Exception as e:  # every path ends in a signal: the UI must never hang
            self.loadFailed.emit(f"The model could not be loaded: {e}", traceback.format_exc())
            return
        self.loaded.emit(self.model)

    @Slot()
    def unload(self) -> None:
        if self._client is not None:
            try:
                self._client.unload()
            except HearthError as e:
                log.warning("unload failed: %s", e)
        self.model = None
        self.unloaded.emit()

    @Slot(object)
    def generate(self, request: GenerateRequest) -> None:
        rid = request.request_id
        try:
            client = self._ensure_client()
            if self.model is None:
                self.failed.emit(rid, "No model is loaded: choose one first.", "")
                return
            messages = self._fit(client, request)
            generation = client.chat(messages, request.sampling)
            if self._stopped_request == rid:
                # Stop was pressed before the engine had this request (starting it cleared
                # the flag): apply it now.
                client.stop()
            prompt_tokens = generation.wait_prompt_started()
            self.promptStarted.emit(rid, prompt_tokens)
            for piece in generation:
                self.tokens.emit(rid, piece)
            stats = generation.stats
            assert stats is not None
            self.finished.emit(rid, stats)
        except EngineCrashed as e:
            self.model = None
            self.crashed.emit(rid, e.user_message)
        except HearthError as e:
            self.failed.emit(rid, e.user_message, e.details)
        except Exception as e:
            log.exception("generation failed")
            self.failed.emit(
                rid, f"Something went wrong while answering: {e}", traceback.format_exc()
            )

    @Slot()
    def shutdown(self) -> None:
        """Stop, reap the engine process, and end this worker's thread."""
        client, self._client = self._client, None
        if client is not None:
            client.shutdown()
        self.model = None
        self.shutDown.emit()
        thread = self.thread()
        if thread is not QThread.currentThread():
            return
        thread.quit()

    # --- internals -------------------------------------------------------------------

    def _ensure_client(self) -> EngineClient:
        if self._client is None:
            self._client = EngineClient()
        if not self._client.alive:
            ready = self._client.start()
            self.engineStarted.emit(ready.system_info)
        return self._client

    def _fit(self, client: EngineClient, request: GenerateRequest) -> list[Message]:
        assert self.model is not None
        n_ctx = self.model.n_ctx
        room = max(MIN_REPLY_ROOM, min(request.sampling.max_tokens, n_ctx // 4))
        kept, dropped = trim_to_context(list(request.messages), client.count_tokens, n_ctx, room)
        if dropped:
            tokens = client.count_tokens(kept)
            self.trimmed.emit(Trimmed(request.request_id, dropped, tokens, n_ctx))
        return kept
