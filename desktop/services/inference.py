"""InferenceWorker: the Qt face of EngineSession, on its own QThread (signals in, signals out).

A few lines over 400: its sentences reach the window translated (said(), Trimmed)."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from desktop.core.errors import EngineCrashed, HearthError
from desktop.core.types import (
    GenerationStats,
    LoadParams,
    Message,
    ModelInfo,
    OutputFormat,
    SamplingParams,
    StopReason,
    Thinking,
)
from desktop.engine.backend import Backend, BackendInfo, Reply
from desktop.engine.formats import (
    ContentDelta,
    ReasoningDelta,
    ToolCallArgsDelta,
    ToolCallEnd,
    ToolCallStart,
)
from desktop.engine.gate import API, EngineGate
from desktop.engine.session import CANCELLED, EngineSession, local_backend
from desktop.services.said import said

if TYPE_CHECKING:
    from desktop.services.tool_turn import ToolTurn

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class GenerateRequest:
    """One reply to produce: crosses from the GUI thread to the worker. continue_reply: the
    last message is a reply cut short, to be written on from its text (Backend.chat).
    thinking: the chat's thinking switch and effort (None: the template's default).
    output_format: the JSON (schema) the reply must follow, checked when it ends (checked);
    not enforced on a Continue: llama.cpp's grammar starts at the reply's first token."""

    request_id: int
    messages: tuple[Message, ...]
    sampling: SamplingParams
    continue_reply: bool = False
    thinking: Thinking | None = None
    output_format: OutputFormat | None = None
    # With tools (services.tool_turn): the tool loop runs the turn, rounds and approvals.
    tools: ToolTurn | None = None
    # The history's conversation id as text ("": none): the engine saves and restores its
    # state under it, so a reopened conversation's reply starts at once.
    conversation: str = ""


@dataclass(frozen=True, slots=True)
class Trimmed:
    """What the context policy left out of a request (engine.backend.Trimmed, with the
    request it belongs to)."""

    request_id: int
    dropped_messages: int
    prompt_tokens: int
    n_ctx: int

    @property
    def sentence(self) -> str:
        """The notice for the person: core's trimmed_sentence (the command line prints it),
        in the window's language; the same English when no translation is installed."""
        dropped = self.dropped_messages  # a plain name: lupdate skips the call otherwise
        return QCoreApplication.translate(
            "Trimmed",
            "The conversation is longer than the model's context ({n_ctx} tokens): the "
            "oldest %n messages were left out of this reply. The system prompt was kept.",
            None,
            dropped,
        ).format(n_ctx=f"{self.n_ctx:,}")


class InferenceWorker(QObject):
    """Runs an EngineSession on a worker thread. Every request ends in a signal.

    Requests arrive as queued slot calls; `stop()` and `cancel_load()` are called directly
    from the GUI thread because a queued call would wait behind the work it is meant to end.
    watchdog_s: how long the local engine may go silent before it is ended (EngineClient's
    default when None). backend_factory: the engine to drive (default: the local engine
    process; tests pass a scripted Backend).

    gate: held around every use of the session, as the window's (front) turn, so that an
    API server sharing the session (ApiServer(..., gate=worker.gate)) lets the window go
    ahead of the requests waiting; waitingForApi(True) says the window waits for a request
    under way, waitingForApi(False) that its turn came.
    """

    engineStarted = Signal(str)  # llama.cpp system info
    loadStarted = Signal(str)  # path
    loaded = Signal(object)  # ModelInfo
    loadFailed = Signal(str, str)  # sentence, details
    unloaded = Signal()
    trimmed = Signal(object)  # Trimmed
    promptStarted = Signal(int, int)  # request id, prompt tokens
    tokens = Signal(int, str)  # request id, text (the answer's)
    reasoning = Signal(int, str)  # request id, text of the reply's thought
    toolEvent = Signal(int, object)  # request id, ToolCallStart | ToolCallArgsDelta | ToolCallEnd
    # A send with tools (services.tool_turn): the loop's own events (ToolStarted,
    # ToolFinished, LoopNotice), a new round after the tools answered (the last round's
    # GenerationStats | None), and a call waiting for the person's approval.
    loopEvent = Signal(int, object)  # request id, event
    roundStarted = Signal(int, object)  # request id, GenerationStats | None
    approvalNeeded = Signal(int, object, str)  # request id, ToolCall, server
    finished = Signal(int, object)  # request id, GenerationStats
    # request id, why the reply does not follow its output format (before finished)
    checked = Signal(int, str)
    failed = Signal(int, str, str)  # request id, sentence, details
    counted = Signal(int, int)  # request id, tokens (-1: could not count, e.g. no model)
    crashed = Signal(int, str)  # request id (0 when idle), sentence
    notice = Signal(str)  # e.g. a GPU load failed and the model runs on the CPU
    waitingForApi = Signal(bool)  # True: the window waits for an API reply; False: its turn
    shutDown = Signal()

    def __init__(
        self,
        watchdog_s: float | None = None,
        backend_factory: Callable[[], Backend] | None = None,
    ) -> None:
        super().__init__()
        self._session = EngineSession(
            backend_factory or local_backend(watchdog_s),
            notice=lambda sentence: self.notice.emit(said(sentence)),
            started=self._on_started,
        )
        self._stopped_request = 0
        self.gate = EngineGate()
        self._reply: Reply | None = None  # the window's reply under way (Stop ends only it)
        self._load_cancelled = False  # cancel_load() while the load waits for its turn
        self._tools: ToolTurn | None = None  # the window's send with tools under way

    @property
    def session(self) -> EngineSession:
        return self._session

    @property
    def model(self) -> ModelInfo | None:
        """The model loaded now (None when none is, or the engine crashed)."""
        return self._session.model

    # --- called directly from any thread -------------------------------------------

    def engine_pid(self) -> int | None:
        """The engine process's id, for a hard kill when the worker is stuck at shutdown."""
        return self._session.pid

    def stop(self, request_id: int = 0) -> None:
        """Ask a reply to end (thread-safe, returns at once). With its request id, a stop
        that arrives before the worker has started that request still applies to it."""
        self._stopped_request = request_id
        tools = self._tools
        if tools is not None:
            tools.stop()
        reply = self._reply
        if reply is not None:
            reply.stop()
        elif self.gate.state().holder != API:
            # The window's reply is being started (or none runs): the session's stop reaches
            # it. Never while an API request holds the engine: that reply is not the window's.
            self._session.stop()

    def cancel_load(self) -> None:
        """End the load in progress at once (thread-safe, returns at once): the engine
        process is killed, and the load ends with loadFailed("Loading was cancelled.", ...).

        It applies to the load that loadStarted announced, until loaded or loadFailed; with
        no load in progress it does nothing. The next load starts a fresh engine."""
        self._load_cancelled = True
        self._session.cancel_load()

    # --- queued slots (run on the worker thread) -------------------------------------

    @contextmanager
    def _turn(self, cancelled: Callable[[], bool] | None = None) -> Iterator[bool]:
        """Hold the engine for the window (ahead of waiting API requests); False when
        cancelled() turned true while waiting (the session must then not be touched)."""
        waited = False

        def waiting(_holder: str) -> None:
            nonlocal waited
            waited = True
            self.waitingForApi.emit(True)

        with self.gate.hold(front=True, waiting=waiting, cancelled=cancelled) as got:
            if waited:
                self.waitingForApi.emit(False)
            yield got

    @Slot(object)
    def load(self, params: LoadParams) -> None:
        self.loadStarted.emit(params.path)
        self._load_cancelled = False
        with self._turn(lambda: self._load_cancelled) as got:
            if not got:
                self.loadFailed.emit(said(CANCELLED), "cancelled while an API request ran")
                return
            self._load(params)

    def _load(self, params: LoadParams) -> None:
        try:
            info = self._session.load(params)
        except HearthError as e:
            self.loadFailed.emit(said(e), e.details)
            return
        except Exception as e:  # every path ends in a signal: the UI must never hang
            sentence = self.tr("The model could not be loaded: {error}").format(error=e)
            self.loadFailed.emit(sentence, traceback.format_exc())
            return
        self.loaded.emit(info)

    @Slot()
    def unload(self) -> None:
        with self._turn():
            self._session.unload()
        self.unloaded.emit()

    @Slot(object)
    def generate(self, request: GenerateRequest) -> None:
        rid = request.request_id
        with self._turn(lambda: self._stopped_request == rid) as got:
            if not got:  # stopped while an API reply ran: it ends as stopped, empty
                self.finished.emit(rid, _stopped_before_start())
                return
            try:
                if request.tools is not None:
                    self._generate_with_tools(request, request.tools)
                else:
                    self._generate(request)
            finally:
                self._reply = self._tools = None

    def answer_approval(self, call_id: str, decision: str) -> None:
        """The person's answer to an approval card (thread-safe): the waiting call goes on."""
        tools = self._tools
        if tools is not None:
            tools.answer(call_id, decision)

    def _generate_with_tools(self, request: GenerateRequest, tools: ToolTurn) -> None:
        """The turn through the tool loop: reply events as for one reply, then the loop's."""
        rid = request.request_id
        self._tools = tools
        if self._stopped_request == rid:
            tools.stop()
        tools.ask = lambda call, server: self.approvalNeeded.emit(rid, call, server)

        def on_event(event: object) -> None:
            if isinstance(event, ContentDelta):
                self.tokens.emit(rid, event.text)
            elif isinstance(event, ReasoningDelta):
                self.reasoning.emit(rid, event.text)
            elif isinstance(event, ToolCallStart | ToolCallArgsDelta | ToolCallEnd):
                self.toolEvent.emit(rid, event)
            else:
                self.loopEvent.emit(rid, event)

        with self._failures_told(rid):
            problems = getattr(tools.source, "problems", [])
            tools.source.specs()  # a server that cannot start is left out, with its sentence
            for sentence in problems:
                self.notice.emit(said(sentence))
            if request.output_format is not None:
                # The loop's rounds call tools or answer freely: a grammar for the answer
                # alone would refuse every call, so the schema waits for a chat without tools.
                self.notice.emit(
                    self.tr(
                        "The JSON schema is not applied while tools are on for this chat: "
                        "switch the tools off in the Tools menu to get a reply in that shape."
                    )
                )
            result = tools.run(
                self._session,
                request.messages,
                request.sampling,
                request.thinking,
                on_event,
                lambda stats: self.roundStarted.emit(rid, stats),
                conversation=request.conversation,
            )
            stats = result.stats or _stopped_before_start()
            if tools.stopped:
                stats = replace(stats, stop_reason=StopReason.USER)
            self.finished.emit(rid, stats)

    def _generate(self, request: GenerateRequest) -> None:
        rid = request.request_id
        with self._failures_told(rid):
            reply = self._session.chat(
                request.messages,
                request.sampling,
                request.continue_reply,
                thinking=request.thinking,
                output_format=None if request.continue_reply else request.output_format,
                conversation=request.conversation,
            )
            self._reply = reply
            if self._stopped_request == rid:
                # Stop was pressed before the engine had this request (starting it cleared
                # the flag): apply it now.
                reply.stop()
            prompt_tokens = reply.wait_prompt_started()
            cut = reply.trimmed
            if cut is not None:
                self.trimmed.emit(Trimmed(rid, cut.dropped_messages, cut.prompt_tokens, cut.n_ctx))
            self.promptStarted.emit(rid, prompt_tokens)
            self._stream(rid, reply)
            stats = reply.stats
            assert stats is not None
            problem = _format_problem(request, reply.text, stats)
            if problem:
                self.checked.emit(rid, problem)
            self.finished.emit(rid, stats)

    @contextmanager
    def _failures_told(self, rid: int) -> Iterator[None]:
        """A reply (or a turn with tools) that fails ends in the signal the chat shows."""
        try:
            yield
        except EngineCrashed as e:
            log.warning("engine ended during a reply: %s\n%s", e.user_message, e.details)
            self.crashed.emit(rid, said(e))
        except HearthError as e:
            self.failed.emit(rid, said(e), e.details)
        except Exception as e:
            log.exception("generation failed")
            sentence = self.tr("Something went wrong while answering: {error}").format(error=e)
            self.failed.emit(rid, sentence, traceback.format_exc())

    def _stream(self, rid: int, reply: Reply) -> None:
        """The reply's events as signals by kind (ChatSession coalesces them); an engine
        without events gives its text only."""
        events = getattr(reply, "events", None)
        if events is None:
            for piece in reply:
                self.tokens.emit(rid, piece)
            return
        for event in events():
            if isinstance(event, ContentDelta):
                self.tokens.emit(rid, event.text)
            elif isinstance(event, ReasoningDelta):
                self.reasoning.emit(rid, event.text)
            else:
                self.toolEvent.emit(rid, event)

    @Slot(object)
    def set_kv_budget(self, n_bytes: int) -> None:
        """The disk the engine's saved conversation states may take (0: none are saved),
        set on this thread, which owns the session; an API request under way ends first."""
        with self.gate.hold(front=True) as got:
            if got:
                self._session.set_kv_budget(int(n_bytes))

    @Slot(int, object)
    def count(self, request_id: int, messages: tuple[Message, ...]) -> None:
        """Count a conversation's tokens for the loaded model (the composer's meter). While
        an API request holds the engine the count is not waited for (-1: the meter keeps its
        estimate): a send queued behind it would otherwise let the next request in first."""
        tokens = -1
        try:
            with self.gate.hold(front=True, cancelled=lambda: True) as got:
                if got:
                    tokens = self._session.count(messages)
        except HearthError as e:
            log.info("could not count a draft: %s", e.user_message)
            tokens = -1
        except Exception:  # a count is advice: it must never take the worker down
            log.exception("counting failed")
            tokens = -1
        self.counted.emit(request_id, tokens)

    @Slot()
    def shutdown(self) -> None:
        """Stop, reap the engine process, and end this worker's thread."""
        self._session.close()
        self.shutDown.emit()
        thread = self.thread()
        if thread is not QThread.currentThread():
            return
        thread.quit()

    # --- internals -------------------------------------------------------------------

    def _on_started(self, info: BackendInfo) -> None:
        self.engineStarted.emit(info.system_info)


def _format_problem(request: GenerateRequest, text: str, stats: GenerationStats) -> str:
    """Why a finished reply does not follow its output format ("" when it does, has none,
    or was stopped by the person). Here on the worker: jsonschema's first import takes
    ~50 ms, which the GUI thread must not wait for."""
    wanted = request.output_format
    if wanted is None or stats.stop_reason is StopReason.USER:
        return ""
    from desktop.tools.validation import reply_problem

    if request.continue_reply and request.messages:  # the whole reply: its start and the rest
        text = request.messages[-1].content + text
    schema = wanted.schema if wanted.schema is not None else {"type": "object"}
    return reply_problem(schema, text) or ""


def _stopped_before_start() -> GenerationStats:
    """The stats of a reply stopped before it had the engine: nothing was read or written."""
    return GenerationStats(0, 0, 0.0, 0.0, 0.0, 0.0, StopReason.USER, -1, "")
