"""InferenceWorker: supervises the engine process from its own QThread."""

from __future__ import annotations

import logging
import threading
import traceback
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.core import fit, paths
from desktop.core.context import trim_to_context
from desktop.core.errors import EngineCrashed, EngineError, HearthError
from desktop.core.gguf_check import check_gguf
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

    Requests arrive as queued slot calls; `stop()` and `cancel_load()` are called directly
    from the GUI thread because a queued call would wait behind the work it is meant to end.
    watchdog_s: how long the engine may go silent before it is ended (EngineClient's default
    when None).
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
    notice = Signal(str)  # e.g. a GPU load failed and the model runs on the CPU
    shutDown = Signal()

    def __init__(self, watchdog_s: float | None = None) -> None:
        super().__init__()
        self._client: EngineClient | None = None
        self._watchdog_s = watchdog_s
        self._stopped_request = 0
        self.model: ModelInfo | None = None
        self._load_lock = threading.Lock()  # _loading and _load_cancelled, across threads
        self._loading = False
        self._load_cancelled = False

    # --- called directly from any thread -------------------------------------------

    def stop(self, request_id: int = 0) -> None:
        """Ask a reply to end (thread-safe, returns at once). With its request id, a stop
        that arrives before the worker has started that request still applies to it."""
        self._stopped_request = request_id
        client = self._client
        if client is not None:
            client.stop()

    def cancel_load(self) -> None:
        """End the load in progress at once (thread-safe, returns at once): the engine
        process is killed, and the load ends with loadFailed("Loading was cancelled.", ...).

        It applies to the load that loadStarted announced, until loaded or loadFailed; with
        no load in progress it does nothing. The next load starts a fresh engine."""
        with self._load_lock:
            if not self._loading:
                return
            self._load_cancelled = True
            client = self._client
        if client is not None:
            client.abort()

    # --- queued slots (run on the worker thread) -------------------------------------

    @Slot(object)
    def load(self, params: LoadParams) -> None:
        with self._load_lock:
            self._loading, self._load_cancelled = True, False
        self.loadStarted.emit(params.path)
        failure: tuple[str, str] | None = None
        try:
            self.model = self._load(params)
        except HearthError as e:
            failure = (e.user_message, e.details)
        except Exception as e:  # every path ends in a signal: the UI must never hang
            failure = (f"The model could not be loaded: {e}", traceback.format_exc())
        with self._load_lock:
            self._loading = False
            cancelled = self._load_cancelled
        if cancelled:
            # The engine was killed, or the load finished just before the cancel did: either
            # way the person asked for no model, so none is left running.
            if self._client is not None:
                self._client.kill()
            failure = ("Loading was cancelled.", failure[1] if failure else "")
        if failure is not None:
            self.model = None
            self.loadFailed.emit(*failure)
            return
        assert self.model is not None
        self._calibrate(self.model)
        self.loaded.emit(self.model)

    def _load(self, params: LoadParams) -> ModelInfo:
        client = self._ensure_client()
        if self._load_cancelled:  # cancelled while the engine started: do not begin
            raise EngineError("Loading was cancelled.")
        try:
            return client.load(params)
        except HearthError as e:
            self.model = None
            if self._load_cancelled or not self._may_use_gpu(client, params):
                raise
            return self._load_on_cpu(params, e)

    @staticmethod
    def _may_use_gpu(client: EngineClient, params: LoadParams) -> bool:
        """Whether this load may have put layers on a GPU (and a CPU retry could help)."""
        if params.n_gpu_layers == 0:
            return False
        if params.n_gpu_layers is not None:
            return True  # asked for by the person: the engine tried
        ready = client.ready
        return ready is not None and any(d.kind in ("gpu", "igpu") for d in ready.devices)

    def _load_on_cpu(self, params: LoadParams, gpu_error: HearthError) -> ModelInfo:
        """Retry a failed GPU load once on the CPU, with a context that fits in RAM."""
        import psutil

        context = params.n_ctx
        try:
            plan = fit.plan_for_file(
                check_gguf(params.path), params.n_ctx, psutil.virtual_memory().available, (), 0
            )
            if plan.verdict == "wont_fit" and plan.max_context >= fit.CONTEXT_STEP:
                context = plan.max_context
        except HearthError:
            pass  # the engine's own check says what is wrong with the file
        client = self._ensure_client()  # a crashed engine starts again here
        info = client.load(replace(params, n_gpu_layers=0, n_ctx=context))
        self.notice.emit(
            f"Loading on the GPU failed: {gpu_error.user_message.rstrip('.')}. Hearth runs "
            f"the model on the CPU instead, with a {info.n_ctx:,}-token context."
        )
        return info

    @staticmethod
    def _calibrate(info: ModelInfo) -> None:
        """Remember how far the fit's estimate was from what llama.cpp allocated."""
        arch = info.extra.get("architecture")
        if not arch or not info.allocated_bytes or not info.estimated_bytes:
            return
        try:
            ratio = fit.Calibration(paths.fit_calibration_file()).record(
                arch, info.estimated_bytes, info.allocated_bytes
            )
        except OSError as e:
            log.warning("could not keep the fit's calibration: %s", e)
            return
        log.info("memory estimate for %s: real/estimate = %.3f", arch, ratio)

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
            log.warning("engine ended during a reply: %s\n%s", e.user_message, e.details)
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
            self._client = EngineClient(watchdog_s=self._watchdog_s)
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
