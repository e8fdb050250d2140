"""App side of the engine: spawn the engine process, send requests, read events, stop, kill.

The engine runs in a spawned child so that llama.cpp's abort() on a bad file, an
out-of-memory kill or a GPU fault ends the child, not the app. Every wait here also watches
the child's sentinel, so a dead child becomes an EngineCrashed with its exit reason instead
of a hang. Stop sets a shared byte that the child reads between tokens and during prompt
processing; if the child has not finished within STOP_DEADLINE_S, it is killed and started
again (the model is reloaded before the next request).

The watchdog: while it works on a request the child sends a heartbeat every second or so
(engine.child says why a heartbeat thread); when nothing at all has come for WATCHDOG_S, the
child is taken for stopped (SIGSTOP, hung), killed, reaped, and the caller gets an
EngineStalled sentence. WATCHDOG_S is long enough for a machine swapping hard to get a
thread scheduled, short enough that a person is not left waiting on "Loading" for minutes.
The child's stdout and stderr go to a file in the log folder (engine-*.log, engine.child); a
crash's details carry its tail, and a file left empty is deleted once its child is reaped.

The module is longer than most: the process, its requests and the waits that watch it share
one state (the process, the active reply, the stop flag), which one class keeps in one place.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from multiprocessing.sharedctypes import Synchronized

from desktop.core.errors import (
    ContextOverflow,
    EngineCrashed,
    EngineError,
    EngineStalled,
    HearthError,
    TemplateError,
)
from desktop.core.sentence import Sentence
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.core.types import (
    GenerationStats,
    LoadParams,
    Message,
    ModelInfo,
    OutputFormat,
    SamplingParams,
    StopReason,
    Thinking,
    ToolCall,
    ToolSpec,
)
from desktop.engine import protocol as p
from desktop.engine.backend import (
    BackendInfo,
    CannotChat,
    Embeddings,
    OutputFormatError,
    Trimmed,
)
from desktop.engine.child import discard_if_empty, new_output_file, output_tail
from desktop.engine.formats import ContentDelta, ReplyParts, make_parser
from desktop.engine.formats import Event as ReplyEvent
from desktop.engine.images import ImageError

STOP_DEADLINE_S = 1.5
START_TIMEOUT_S = 120.0
SHUTDOWN_TIMEOUT_S = 3.0
WATCHDOG_S = 30.0
HEARTBEAT_S = 1.0  # at most; a short watchdog gets five heartbeats per period
WATCHDOG_ENV = "HEARTH_ENGINE_WATCHDOG_S"  # overrides WATCHDOG_S (tests of the command line)

NO_MODEL = QT_TRANSLATE_NOOP("core", "No model is loaded.")
NOT_RUNNING = QT_TRANSLATE_NOOP("core", "The engine is not running; start it again.")
NO_ANSWER = QT_TRANSLATE_NOOP("core", "The engine did not answer in time and was stopped.")
ENDED_ON_REQUEST = QT_TRANSLATE_NOOP("core", "The engine was ended on request.")
CRASHED = QT_TRANSLATE_NOOP(
    "core",
    "The engine stopped unexpectedly. What was written so far is kept; the engine starts "
    "again with the next request.",
)
CRASHED_HOW = QT_TRANSLATE_NOOP(
    "core",
    "The engine stopped unexpectedly: it {reason}. What was written so far is kept; the "
    "engine starts again with the next request.",
)

_SIGNAL_SENTENCES = {
    "SIGKILL": "was killed, by the system when memory ran out or by another program",
    "SIGABRT": "aborted inside llama.cpp",
    "SIGSEGV": "crashed (segmentation fault)",
    "SIGBUS": "crashed (bus error: the model file may have changed or a disk failed)",
    "SIGTERM": "was terminated",
}
_WINDOWS_CODES = {
    0xC0000005: "crashed (access violation)",
    0xC0000409: "aborted inside llama.cpp",
    0xC00000FD: "crashed (stack overflow)",
    3: "aborted inside llama.cpp",
}


def describe_exit(exitcode: int | None) -> str:
    """A short phrase for how a process ended, for error sentences."""
    if exitcode is None:
        return "still running"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"{_SIGNAL_SENTENCES.get(name, 'ended')} ({name})"
    if sys.platform == "win32" and (exitcode & 0xFFFFFFFF) in _WINDOWS_CODES:
        return f"{_WINDOWS_CODES[exitcode & 0xFFFFFFFF]} (exit code {exitcode & 0xFFFFFFFF:#x})"
    return f"exited with code {exitcode}"


class Generation:
    """One streaming reply: iterate for the answer's text pieces, or events() for the
    thought, the answer and the tool calls apart (the engine names the reply's format when
    the prompt starts, and the parser runs here, on the app's side); `stats` is set when it
    ends, `trimmed` (what the context policy left out, None for nothing) once the prompt has
    started."""

    def __init__(self, client: EngineClient, request_id: int) -> None:
        self._client = client
        self.request_id = request_id
        self.stats: GenerationStats | None = None
        self.prompt_tokens: int | None = None
        self.trimmed: Trimmed | None = None
        self.parts = ReplyParts()
        self._pieces = 0  # text messages received (what a stopped reply counts as tokens)
        self._finished = False

    @property
    def text(self) -> str:
        """The answer so far (the thought and tool calls are kept apart)."""
        return self.parts.text

    @property
    def reasoning(self) -> str:
        return self.parts.reasoning

    @property
    def tool_calls(self) -> tuple[ToolCall, ...]:
        return self.parts.tool_calls

    @property
    def finished(self) -> bool:
        return self._finished

    def __iter__(self) -> Iterator[str]:
        for event in self.events():
            if isinstance(event, ContentDelta):
                yield event.text

    def events(self) -> Iterator[ReplyEvent]:
        """The reply as events: thought, answer and tool calls, in the order written."""
        while not self._finished:
            event = self._next()
            if isinstance(event, p.Token):
                self._pieces += 1
                yield from self.parts.feed(event.text)
            else:
                self._take(event)
                if self._finished:
                    yield from self.parts.finish()

    def wait_prompt_started(self) -> int:
        """Block until the engine starts processing the prompt; return its token count."""
        while self.prompt_tokens is None and not self._finished:
            self._take(self._next())
        return self.prompt_tokens or 0

    def _take(self, event: p.Event | _KilledOnStop) -> None:
        """Note an event other than text."""
        if isinstance(event, p.Trimmed):
            self.trimmed = Trimmed(event.dropped_messages, event.prompt_tokens, event.n_ctx)
        elif isinstance(event, p.PromptStarted):
            self.prompt_tokens = event.prompt_tokens
            if event.reply_format is not None:
                self.parts.parser = make_parser(event.reply_format)
        elif isinstance(event, p.Done):
            self.stats, self._finished = event.stats, True
        elif isinstance(event, _KilledOnStop):
            self.stats, self._finished = self._stopped_stats(), True

    def _next(self) -> p.Event | _KilledOnStop:
        try:
            return self._client._next_event(self.request_id)
        except HearthError:
            self._finished = True  # a failed reply is over: nothing more will come for it
            raise

    def wait(self) -> GenerationStats:
        """Read to the end; return the stats."""
        for _ in self:
            pass
        assert self.stats is not None
        return self.stats

    def stop(self) -> None:
        self._client.stop()

    def _stopped_stats(self) -> GenerationStats:
        return GenerationStats(
            prompt_tokens=self.prompt_tokens or 0,
            generated_tokens=self._pieces,
            ttft_ms=0.0,
            tokens_per_s=0.0,
            prompt_tokens_per_s=0.0,
            total_ms=0.0,
            stop_reason=StopReason.USER,
            seed=0,
            chat_format="",
        )


class _KilledOnStop:
    """Internal event: the child missed the stop deadline and was killed."""


def _watchdog_default() -> float:
    try:
        value = float(os.environ.get(WATCHDOG_ENV, ""))
    except ValueError:
        return WATCHDOG_S
    return value if 0 < value < float("inf") else WATCHDOG_S


class EngineClient:
    """Owns one engine process. Use from one thread; stop() and abort() are safe from any.

    watchdog_s: how long the child may send nothing while it has a request before it is
    killed (default WATCHDOG_S, or the HEARTH_ENGINE_WATCHDOG_S environment variable).
    """

    def __init__(
        self, stop_deadline_s: float = STOP_DEADLINE_S, watchdog_s: float | None = None
    ) -> None:
        self._ctx = multiprocessing.get_context("spawn")
        self._stop_flag: Synchronized[int] = self._ctx.Value("b", 0, lock=False)
        self._stop_deadline_s = stop_deadline_s
        self.watchdog_s = watchdog_s if watchdog_s is not None else _watchdog_default()
        self._stop_requested_at: float | None = None
        self._stop_lock = threading.Lock()
        self._proc_lock = threading.Lock()  # kill() against abort() from another thread
        self._aborted = False  # abort() was called: do not start a new engine before kill()
        self._proc: BaseProcess | None = None
        self._conn: Connection | None = None
        self._output: str = os.devnull  # the child's stdout and stderr
        self._ids = itertools.count(1)
        self._active: Generation | None = None
        self.ready: p.Ready | None = None
        self.model: ModelInfo | None = None
        self._wanted: LoadParams | None = None  # reloaded after a restart
        self._kv_budget: int | None = None  # sent again to a restarted engine

    # --- process lifetime ------------------------------------------------------------

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.is_alive()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def start(self) -> p.Ready:
        """Spawn the engine process and wait until it reports ready."""
        if self.alive:
            assert self.ready is not None
            return self.ready
        from desktop.engine.child import main as child_main

        parent, child = self._ctx.Pipe(duplex=True)
        self._stop_flag.value = 0
        self._output = new_output_file()
        heartbeat_s = min(HEARTBEAT_S, self.watchdog_s / 5)
        proc = self._ctx.Process(
            target=child_main,
            args=(child, self._stop_flag, self._output, heartbeat_s),
            name="hearth-engine",
            daemon=True,
        )
        proc.start()
        child.close()
        with self._proc_lock:
            self._proc, self._conn = proc, parent
        self.model = None
        # The watchdog waits for the child's first heartbeat: until its main runs (Python
        # starting, the app's main module imported again) only START_TIMEOUT_S applies.
        event = self._read("starting", timeout=START_TIMEOUT_S, armed=False)
        if not isinstance(event, p.Ready):
            self.kill()
            raise EngineError(f"The engine did not start (it sent {type(event).__name__}).")
        self.ready = event
        if self._kv_budget is not None:
            self._send(p.KvBudget(self._kv_budget))
        return event

    def kill(self) -> None:
        """End the engine process at once and reap it."""
        with self._proc_lock:
            proc, conn = self._proc, self._conn
            self._proc, self._conn, self.model, self._active = None, None, None, None
            self._aborted = False  # whatever abort() ended is over now
        if proc is not None:
            if proc.is_alive():
                proc.kill()
            proc.join(SHUTDOWN_TIMEOUT_S)
            proc.close()
            discard_if_empty(self._output)
        if conn is not None:
            conn.close()

    def abort(self) -> None:
        """Kill the engine process now; safe from any thread, returns at once. The thread
        using this client gets EngineCrashed from what it was waiting for (or from its next
        request, instead of a fresh engine), and reaps it."""
        with self._proc_lock:
            self._aborted = True
            proc = self._proc
            if proc is not None:
                # After a reap the process knows its exit code and sends no signal (no
                # stray kill of a recycled pid); once closed it raises ValueError.
                with contextlib.suppress(ValueError, OSError):
                    proc.kill()

    def shutdown(self) -> None:
        """Ask the engine to exit; kill it if it does not within a few seconds."""
        proc, conn = self._proc, self._conn
        if proc is None or conn is None:
            return
        self.stop()
        try:
            if proc.is_alive():
                conn.send(p.Shutdown())
        except OSError:
            pass
        proc.join(SHUTDOWN_TIMEOUT_S)
        self.kill()

    def restart(self) -> p.Ready:
        self.kill()
        return self.start()

    def __enter__(self) -> EngineClient:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()

    # --- requests --------------------------------------------------------------------

    def load(self, params: LoadParams) -> ModelInfo:
        """Pre-check the file, then load it in the engine. Raises HearthError subclasses."""
        # Imported here: the gguf package pulls in NumPy, which the window does not need
        # to show itself (this runs on the inference thread).
        from desktop.core.gguf_check import check_gguf

        check_gguf(params.path)
        self._wanted = params
        return self._load(params)

    def _load(self, params: LoadParams) -> ModelInfo:
        self._prepare()
        self._send(p.Load(params))
        event = self._read("loading the model")
        if isinstance(event, p.Loaded):
            self.model = event.info
            return event.info
        if isinstance(event, p.Failed):
            raise _error_from(event)
        raise EngineError(f"The engine answered a load with {type(event).__name__}.")

    def unload(self) -> None:
        self._wanted = None
        if not self.alive or self.model is None:
            return
        self._prepare()
        self._send(p.Unload())
        self._read("unloading the model")
        self.model = None

    def chat(
        self,
        messages: Sequence[Message],
        sampling: SamplingParams,
        reply_room: int = 0,
        continue_reply: bool = False,
        output_format: OutputFormat | None = None,
        tools: Sequence[ToolSpec] = (),
        tool_choice: str = "auto",
        thinking: Thinking | None = None,
        conversation: str = "",
    ) -> Generation:
        """Start a reply to the conversation; iterate the result for text as it arrives.
        reply_room > 0: the engine trims the oldest turns to leave that many tokens free
        (Backend.chat says how), in the same request. continue_reply: write on from the
        last message, an assistant reply cut short (Backend.chat says how). output_format:
        the engine constrains the reply to it (OutputFormatError when it cannot).
        conversation: whose state this is (Backend.chat says how)."""
        sampling.validate()
        return self._start(
            lambda rid: p.Chat(
                rid,
                tuple(messages),
                sampling,
                reply_room,
                continue_reply,
                output_format,
                tuple(tools),
                tool_choice,
                thinking,
                conversation,
            )
        )

    def set_kv_budget(self, budget_bytes: int) -> None:
        """Bytes the engine's saved conversation states may take on disk (0: none saved);
        remembered and sent again to a restarted engine."""
        self._kv_budget = max(0, budget_bytes)
        if self.alive and self._conn is not None:
            self._send(p.KvBudget(self._kv_budget))

    def complete(self, prompt: str, sampling: SamplingParams) -> Generation:
        """Continue raw text with no chat template."""
        sampling.validate()
        return self._start(lambda rid: p.Complete(rid, prompt, sampling))

    def count_tokens(self, messages: Sequence[Message]) -> int:
        """How many tokens the conversation takes once formatted."""
        self._ensure_loaded()
        rid = next(self._ids)
        self._send(p.CountTokens(rid, tuple(messages)))
        event = self._next_event(rid, "counting tokens")
        if isinstance(event, p.TokenCount):
            return event.count
        raise EngineError(f"The engine answered a count with {type(event).__name__}.")

    def count(self, messages: Sequence[Message]) -> int:
        """Backend.count: count_tokens."""
        return self.count_tokens(messages)

    def embed(self, texts: Sequence[str]) -> Embeddings:
        """Embedder.embed: one unit vector per text, from a model loaded as an embedder."""
        self._ensure_loaded()
        rid = next(self._ids)
        self._send(p.Embed(rid, tuple(texts)))
        event = self._next_event(rid, "embedding texts")
        if isinstance(event, p.Embedded):
            return Embeddings(event.vectors, event.prompt_tokens)
        raise EngineError(f"The engine answered an embedding with {type(event).__name__}.")

    def info(self) -> BackendInfo | None:
        """What the engine said when it started (a p.Ready), None before."""
        return self.ready

    def close(self) -> None:
        """Backend.close: shutdown."""
        self.shutdown()

    def stop(self) -> None:
        """Ask the current reply to end; safe from any thread, returns at once."""
        with self._stop_lock:
            self._stop_flag.value = 1
            if self._stop_requested_at is None:
                self._stop_requested_at = time.monotonic()

    # --- internals -------------------------------------------------------------------

    def _start(self, make: Callable[[int], p.Request]) -> Generation:
        self._ensure_loaded()
        rid = next(self._ids)
        self._send(make(rid))
        self._active = Generation(self, rid)
        return self._active

    def _ensure_loaded(self) -> None:
        self._prepare()
        if self.model is None:
            if self._wanted is None:
                raise EngineError(NO_MODEL)
            self._load(self._wanted)

    def _prepare(self) -> None:
        """Finish any earlier reply, clear the stop flag, and make sure a child runs."""
        active, self._active = self._active, None
        if active is not None and not active.finished and self.alive:
            active.stop()
            with contextlib.suppress(HearthError):
                active.wait()
        with self._stop_lock:
            self._stop_flag.value = 0
            self._stop_requested_at = None
        if self._aborted:
            self.kill()
            raise EngineCrashed(ENDED_ON_REQUEST, "ended on request")
        if not self.alive:
            if self._proc is not None:
                self.kill()
            self.start()

    def _send(self, request: p.Request) -> None:
        assert self._conn is not None
        try:
            self._conn.send(request)
        except OSError as e:
            raise self._crashed() from e

    def _next_event(self, request_id: int, doing: str = "answering") -> p.Event | _KilledOnStop:
        """The next event for this request, skipping leftovers of earlier ones."""
        while True:
            event = self._read(doing, stop_aware=True)
            if isinstance(event, _KilledOnStop):
                return event
            rid = getattr(event, "request_id", request_id)
            if rid is not None and rid != request_id:
                continue
            if isinstance(event, p.Failed):
                raise _error_from(event)
            return event

    def _read(
        self,
        doing: str,
        timeout: float | None = None,
        stop_aware: bool = False,
        armed: bool = True,
    ) -> p.Event | _KilledOnStop:
        """The child's next event (heartbeats skipped); doing says what for, in sentences.
        The watchdog counts silence once armed (at once, or from the first message)."""
        proc, conn = self._proc, self._conn
        if proc is None or conn is None:
            raise EngineCrashed(NOT_RUNNING, "not started")
        end = None if timeout is None else time.monotonic() + timeout
        poll_s = min(0.25, self.watchdog_s / 4)
        silent_s = 0.0
        while True:
            wait_s = poll_s
            if end is not None:
                wait_s = min(wait_s, max(0.0, end - time.monotonic()))
            began = time.monotonic()
            ready = wait([conn, proc.sentinel], wait_s)
            if conn in ready:
                try:
                    event: p.Event = conn.recv()
                except (EOFError, OSError):
                    raise self._crashed() from None
                silent_s, armed = 0.0, True
                if isinstance(event, p.Heartbeat):
                    continue
                return event
            if proc.sentinel in ready:
                raise self._crashed()
            # Only time spent waiting here counts, each wait at most its own length: when
            # this process was suspended (Ctrl-Z, a debugger), the child was not the one
            # that stopped answering.
            silent_s += min(time.monotonic() - began, wait_s)
            if armed and silent_s >= self.watchdog_s:
                raise self._stalled(doing)
            if end is not None and time.monotonic() >= end:
                self.kill()
                raise EngineError(NO_ANSWER)
            asked = self._stop_requested_at
            if (
                stop_aware
                and asked is not None
                and time.monotonic() - asked > self._stop_deadline_s
            ):
                # The child did not see the flag (stuck in a long native call): kill it; the
                # model is reloaded before the next request.
                self.kill()
                return _KilledOnStop()

    def _crashed(self) -> EngineCrashed:
        proc = self._proc
        code = None
        if proc is not None:
            proc.join(SHUTDOWN_TIMEOUT_S)
            code = proc.exitcode
        reason = describe_exit(code)
        details = output_tail(self._output)
        self.kill()
        # "it still running" is no sentence: without an exit code, no reason is given.
        said = Sentence(CRASHED_HOW, reason=reason) if code is not None else CRASHED
        return EngineCrashed(
            said,
            exit_reason=reason,
            details=details,
        )

    def _stalled(self, doing: str) -> EngineStalled:
        """Kill and reap a child that stopped answering; the sentence says what to do."""
        self.kill()
        if doing == "loading the model":
            advice = (
                "Try loading it again; if it happens again, the computer may be short of "
                "memory: close other programs, or choose a smaller context or model."
            )
        else:
            advice = (
                "What was written so far is kept; the engine starts again with the next request."
            )
        quiet = f"{self.watchdog_s:g} s"
        return EngineStalled(
            f"The engine stopped responding for {quiet} while {doing} and was ended. {advice}",
            exit_reason=f"stopped responding for {quiet}",
            details=output_tail(self._output),
        )


def _error_from(event: p.Failed) -> HearthError:
    if event.kind == "context_overflow":
        return ContextOverflow(event.message, event.prompt_tokens, event.n_ctx)
    if event.kind == "template":
        return TemplateError(event.message, event.details)
    if event.kind == "output_format":
        return OutputFormatError(event.message, event.details)
    if event.kind == "cannot_chat":
        return CannotChat(event.message, event.details)
    if event.kind in ("image", "no_vision"):
        return ImageError(event.message, event.details)
    return EngineError(event.message, event.details)
