"""EngineSession: the one owner of an engine and its policies (no Qt; window, CLI, server).

Policies kept here, so that every front end gets the same: a GPU load that fails is retried
once on the CPU (with a notice for the person), each load teaches the fit's calibration how
far its estimate was, a reply's prompt is trimmed to the context (by the backend, in the
same request), and a model lost with a crashed engine is loaded again before the next reply.
The fit plan itself stays in the engine (it needs the devices' free memory at load time).
A load may also switch engines (the local process, a remote server): a route names the
backend a model key needs, and the old backend is closed (its process reaped) on the switch.
A little over 400 lines: every policy above and its reply wrapper share one state.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.core import fit, paths
from desktop.core.connections import ConnectionStore, parse_remote_key
from desktop.core.context import reply_room
from desktop.core.errors import EngineCrashed, EngineError, HearthError, ModelFileError
from desktop.core.sentence import Sentence
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.core.types import (
    GenerationStats,
    LoadParams,
    Message,
    ModelInfo,
    OutputFormat,
    SamplingParams,
    Thinking,
    ToolCall,
    ToolSpec,
)
from desktop.engine.backend import (
    Backend,
    BackendInfo,
    Completer,
    Embedder,
    Embeddings,
    Reply,
    Trimmed,
)
from desktop.engine.formats import ContentDelta
from desktop.engine.formats import Event as ReplyEvent
from desktop.engine.images import ImageError, has_images, no_vision, sees_images

log = logging.getLogger(__name__)

CANCELLED = QT_TRANSLATE_NOOP("core", "Loading was cancelled.")
CPU_FALLBACK = QT_TRANSLATE_NOOP(
    "core",
    "Loading on the GPU failed: {why}. Hearth runs the model on the CPU instead, with a "
    "{n_ctx:,}-token context.",
)
LOCAL = "local"  # the key of the session's own backend (the local engine by default)

# A model key ('starter', a path, remote://NAME/ID) -> the key of the backend it needs and a
# factory for it; None: the session's own backend.
Route = Callable[[str], tuple[str, Callable[[], Backend]] | None]


def local_backend(watchdog_s: float | None = None) -> Callable[[], Backend]:
    """A factory for the local engine process (EngineClient)."""

    def make() -> Backend:
        from desktop.engine.client import EngineClient

        return EngineClient(watchdog_s=watchdog_s)

    return make


def remote_route(store: Callable[[], ConnectionStore], offline: Callable[[], bool]) -> Route:
    """The route to connections' servers: a remote://NAME/ID key uses NAME's server (its
    address and key read from store() at each load, on the session's thread); offline is
    asked at each request, so turning offline mode on blocks a loaded remote model."""

    def route(key: str) -> tuple[str, Callable[[], Backend]] | None:
        parsed = parse_remote_key(key)
        if parsed is None:
            return None
        connections = store()
        connection = connections.get(parsed[0])
        api_key = connections.api_key(connection.name)
        # Another address or key for the same name is another backend.
        keyed = hashlib.sha256((api_key or "").encode()).hexdigest()[:12]

        def make() -> Backend:
            from desktop.engine.remote import RemoteBackend  # httpx: only when used

            return RemoteBackend(connection, api_key, offline=offline)

        return f"remote:{connection.name}:{connection.base_url}:{keyed}", make

    return route


def cpu_fallback_sentence(gpu_error: HearthError, n_ctx: int) -> str:
    """The notice after a failed GPU load was retried on the CPU."""
    # A crash's own sentence speaks of a reply ("what was written so far is kept"): a load
    # only needs how the engine ended.
    if isinstance(gpu_error, EngineCrashed):
        why = f"the engine {gpu_error.exit_reason}"
    else:
        why = gpu_error.user_message.rstrip(".")
    return Sentence(CPU_FALLBACK, why=why, n_ctx=n_ctx)


class EngineSession:
    """Owns one Backend and the policies around it. Used from one thread at a time; stop()
    and cancel_load() may be called from any thread and return at once.

    backend_factory: makes the backend on first use (default: the local engine process).
    notice: receives sentences for the person (a load moved to the CPU).
    started: called with what the engine said each time it (re)starts.
    route: which backend a model key needs (None: always backend_factory's).
    """

    def __init__(
        self,
        backend_factory: Callable[[], Backend] | None = None,
        notice: Callable[[str], None] | None = None,
        calibration_file: Path | None = None,
        started: Callable[[BackendInfo], None] | None = None,
        route: Route | None = None,
    ) -> None:
        self._own_factory = self._factory = backend_factory or local_backend()
        self._backend_key = LOCAL
        self.route = route
        self._notice = notice or (lambda _sentence: None)
        self._started = started or (lambda _info: None)
        self._calibration_file = calibration_file
        self._backend: Backend | None = None
        self._kv_budget: int | None = None  # given to each local engine the session makes
        self.model: ModelInfo | None = None
        self.load_params: LoadParams | None = None  # what was asked last
        self._reload: LoadParams | None = None  # what loaded (after a fallback): for reloads
        self._lock = threading.Lock()  # _loading and _cancelled, across threads
        self._loading = False
        self._cancelled = False

    # --- any thread --------------------------------------------------------------------

    @property
    def backend(self) -> Backend | None:
        return self._backend

    @property
    def pid(self) -> int | None:
        """The engine process's id (for a hard kill at shutdown), None when there is none."""
        backend = self._backend
        return backend.pid if backend is not None else None

    def stop(self) -> None:
        """Ask the reply under way to end (thread-safe, returns at once)."""
        backend = self._backend
        if backend is not None:
            backend.stop()

    def cancel_load(self) -> None:
        """End the load in progress at once (thread-safe, returns at once): the engine is
        ended and load() raises EngineError(CANCELLED). With no load under way it does
        nothing. The next load starts a fresh engine."""
        with self._lock:
            if not self._loading:
                return
            self._cancelled = True
            backend = self._backend
        if backend is not None:
            backend.abort()

    # --- the session's thread ----------------------------------------------------------

    @property
    def backend_key(self) -> str:
        """Which backend the session drives: LOCAL, or the route's key of a remote one."""
        return self._backend_key

    def use_backend(self, factory: Callable[[], Backend] | None, key: str = LOCAL) -> None:
        """Drive another backend from now on (None: the session's own). The old one is
        closed (a local engine process is reaped); the new one starts when first needed.
        Using the same key again changes nothing."""
        if key == self._backend_key:
            return
        self.close()
        self._reload = None
        self._factory = factory or self._own_factory
        self._backend_key = key

    def start(self) -> BackendInfo:
        """Start the engine if it is not running; say what it is."""
        backend = self._ensure_started()[0]
        return backend.info() or backend.start()

    def load(self, params: LoadParams) -> ModelInfo:
        """Load a model; a failed GPU load is retried once on the CPU (with a notice).
        Raises HearthError subclasses; EngineError(CANCELLED) after cancel_load()."""
        with self._lock:
            self._loading, self._cancelled = True, False
        self.load_params = params
        try:
            self._switch_for(params.path)
        except HearthError:
            with self._lock:
                self._loading = False
            raise
        self.model = self._reload = None
        failure: HearthError | None = None
        info: ModelInfo | None = None
        try:
            info, loaded = self._load(params)
        except HearthError as e:
            failure = e
        finally:
            with self._lock:
                self._loading = False
                cancelled = self._cancelled
        if cancelled:
            # The engine was killed, or the load finished just before the cancel did: either
            # way the person asked for no model, so none is left running.
            if self._backend is not None:
                self._backend.close()
            raise EngineError(CANCELLED, failure.details if failure else "")
        if failure is not None:
            raise failure
        assert info is not None
        self.model, self._reload = info, loaded
        self._calibrate(info)
        return info

    def unload(self) -> None:
        self.model = self._reload = None
        if self._backend is not None:
            try:
                self._backend.unload()
            except HearthError as e:
                log.warning("unload failed: %s", e)

    def chat(
        self,
        messages: Sequence[Message],
        sampling: SamplingParams,
        continue_reply: bool = False,
        output_format: OutputFormat | None = None,
        tools: Sequence[ToolSpec] = (),
        tool_choice: str = "auto",
        thinking: Thinking | None = None,
        conversation: str = "",
    ) -> Reply:
        """Start a reply, its prompt trimmed to the context (Reply.trimmed says what was
        left out). A model lost with a crashed engine is loaded again first.
        continue_reply: write on from the last message, an assistant reply cut short.
        output_format: the reply must take this shape; tools, tool_choice and thinking:
        what the model may call and how it thinks (Backend.chat says how). conversation:
        the history's conversation id, under which the local engine saves its state."""
        backend, restarted = self._ensure_started()
        if restarted:
            self.model = None  # a fresh engine holds no model
        if self.model is None:
            if self._reload is None:
                raise EngineError("No model is loaded: choose one first.")
            self.model = backend.load(self._reload)
        if has_images(messages) and not sees_images(self.model):
            raise ImageError(no_vision(Path(self.model.path).name))
        room = reply_room(sampling.max_tokens, self.model.n_ctx)
        # Only when asked: backends written before output formats take no such keyword.
        shaped: dict[str, Any] = {"output_format": output_format} if output_format else {}
        if tools:
            shaped.update(tools=tuple(tools), tool_choice=tool_choice)
        if thinking is not None:
            shaped["thinking"] = thinking
        if conversation:
            shaped["conversation"] = conversation
        try:
            return _SessionReply(
                self, backend.chat(messages, sampling, room, continue_reply, **shaped)
            )
        except EngineCrashed:
            self.model = None
            raise

    def complete(self, prompt: str, sampling: SamplingParams) -> Reply:
        """Start a continuation of raw text (no chat template, no trimming): the API's
        /v1/completions. EngineError with a sentence for a backend that cannot."""
        backend, restarted = self._ensure_started()
        if not isinstance(backend, Completer):
            raise EngineError(
                "This engine does not continue raw text: use chat completions instead."
            )
        if restarted:
            self.model = None
        if self.model is None:
            if self._reload is None:
                raise EngineError("No model is loaded: choose one first.")
            self.model = backend.load(self._reload)
        try:
            return _SessionReply(self, backend.complete(prompt, sampling))
        except EngineCrashed:
            self.model = None
            raise

    def count(self, messages: Sequence[Message]) -> int:
        """The conversation's length in tokens for the loaded model."""
        if self.model is None:
            raise EngineError("No model is loaded: choose one first.")
        return self._ensure_started()[0].count(messages)

    def embed(self, texts: Sequence[str]) -> Embeddings:
        """One unit vector per text, from a model loaded as an embedder (ModelInfo.can_embed).
        EngineError with a sentence for any other model, ContextOverflow for a text longer
        than the model's context. A model lost with a crashed engine is loaded again first."""
        backend, restarted = self._ensure_started()
        if restarted:
            self.model = None
        if self.model is None:
            if self._reload is None:
                raise EngineError("No model is loaded: choose one first.")
            self.model = backend.load(self._reload)
        if not isinstance(backend, Embedder) or not self.model.can_embed:
            raise EngineError(
                f"{Path(self.model.path).name} is not an embedding model: it cannot embed "
                "texts. Load one (such as all-MiniLM-L6-v2) to embed."
            )
        try:
            return backend.embed(texts)
        except EngineCrashed:
            self.model = None
            raise

    def close(self) -> None:
        """Stop the engine and reap it; the session can start a new one later."""
        backend, self._backend = self._backend, None
        self.model = None
        if backend is not None:
            backend.close()

    # --- internals -----------------------------------------------------------------------

    def _switch_for(self, key: str) -> None:
        """Use the backend the model key needs (the route says which)."""
        routed = self.route(key) if self.route is not None else None
        if routed is None:
            self.use_backend(None)
        else:
            self.use_backend(routed[1], routed[0])

    def _ensure_started(self) -> tuple[Backend, bool]:
        """The backend, started; and whether it was (re)started just now."""
        if self._backend is None:
            self._backend = self._factory()
            if self._kv_budget is not None:
                self.set_kv_budget(self._kv_budget)
        backend = self._backend
        if backend.alive:
            return backend, False
        info = backend.start()
        self._started(info)
        return backend, True

    def set_kv_budget(self, budget_bytes: int) -> None:
        """Bytes the local engine's saved conversation states may take on disk (0: none
        saved); kept for the engines the session starts later. Remote backends: nothing."""
        self._kv_budget = budget_bytes
        setter = getattr(self._backend, "set_kv_budget", None)
        if callable(setter):
            setter(budget_bytes)

    def _crashed(self) -> None:
        self.model = None  # _reload stays: the next chat loads it again

    def _load(self, params: LoadParams) -> tuple[ModelInfo, LoadParams]:
        backend = self._ensure_started()[0]
        if self._cancelled:  # cancelled while the engine started: do not begin
            raise EngineError(CANCELLED)
        try:
            return backend.load(params), params
        except HearthError as e:
            # A file refused before it reached the engine fails on the CPU just the same.
            refused = isinstance(e, ModelFileError)
            if refused or self._cancelled or not self._may_use_gpu(backend, params):
                raise
            return self._load_on_cpu(params, e)

    @staticmethod
    def _may_use_gpu(backend: Backend, params: LoadParams) -> bool:
        """Whether this load may have put layers on a GPU (and a CPU retry could help)."""
        if params.n_gpu_layers == 0:
            return False
        if params.n_gpu_layers is not None:
            return True  # asked for by the person: the engine tried
        info = backend.info()
        return info is not None and info.has_gpu

    def _load_on_cpu(
        self, params: LoadParams, gpu_error: HearthError
    ) -> tuple[ModelInfo, LoadParams]:
        """Retry a failed GPU load once on the CPU, with a context that fits in RAM."""
        import psutil

        from desktop.core.gguf_check import check_gguf

        context = params.n_ctx
        try:
            plan = fit.plan_for_file(
                check_gguf(params.path),
                params.n_ctx,
                psutil.virtual_memory().available,
                (),
                0,
                projector=params.mmproj,
                type_k=params.type_k,
                type_v=params.type_v,
            )
            if plan.verdict == "wont_fit" and plan.max_context >= fit.CONTEXT_STEP:
                context = plan.max_context
        except HearthError:
            pass  # the engine's own check says what is wrong with the file
        backend = self._ensure_started()[0]  # a crashed engine starts again here
        on_cpu = replace(params, n_gpu_layers=0, n_ctx=context)
        info = backend.load(on_cpu)
        self._notice(cpu_fallback_sentence(gpu_error, info.n_ctx))
        return info, on_cpu

    def _calibrate(self, info: ModelInfo) -> None:
        """Remember how far the fit's estimate was from what llama.cpp allocated."""
        arch = info.extra.get("architecture")
        if not arch or not info.allocated_bytes or not info.estimated_bytes:
            return
        file = self._calibration_file or paths.fit_calibration_file()
        try:
            ratio = fit.Calibration(file).record(arch, info.estimated_bytes, info.allocated_bytes)
        except OSError as e:
            log.warning("could not keep the fit's calibration: %s", e)
            return
        log.info("memory estimate for %s: real/estimate = %.3f", arch, ratio)


class _SessionReply:
    """A backend's reply that tells the session when the engine crashed under it."""

    def __init__(self, session: EngineSession, reply: Reply) -> None:
        self._session = session
        self._reply = reply

    def __iter__(self) -> Iterator[str]:
        try:
            yield from self._reply
        except EngineCrashed:
            self._session._crashed()
            raise

    def events(self) -> Iterator[ReplyEvent]:
        try:
            if hasattr(self._reply, "events"):
                yield from self._reply.events()
            else:  # a backend with no reply formats: its text is all answer
                yield from (ContentDelta(text) for text in self._reply)
        except EngineCrashed:
            self._session._crashed()
            raise

    @property
    def reasoning(self) -> str:
        return getattr(self._reply, "reasoning", "")

    @property
    def tool_calls(self) -> tuple[ToolCall, ...]:
        return getattr(self._reply, "tool_calls", ())

    def wait_prompt_started(self) -> int:
        try:
            return self._reply.wait_prompt_started()
        except EngineCrashed:
            self._session._crashed()
            raise

    @property
    def stats(self) -> GenerationStats | None:
        return self._reply.stats

    @property
    def trimmed(self) -> Trimmed | None:
        return self._reply.trimmed

    @property
    def text(self) -> str:
        return self._reply.text

    def stop(self) -> None:
        self._reply.stop()
