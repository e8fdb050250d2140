"""RemoteBackend: the Backend protocol over an OpenAI-compatible HTTP server (httpx, SSE).

Works with llama-server, llama_cpp.server, vLLM, Ollama's /v1, LM Studio and hosted providers.
Hearth measures the stats itself (time to first token, tokens/s) and takes token counts from
the server's usage chunk when it sends one. Such servers cannot count tokens for us, so
count() and the context policy use an estimate (count_is_estimate says so). Every error is
a RemoteError with a sentence: the module is one unit (parser, reply, backend) by design.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import math
import socket
import ssl
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from desktop.core.connections import Connection, check_offline, parse_remote_key
from desktop.core.errors import ContextOverflow, EngineError
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
from desktop.engine.backend import BackendInfo, Trimmed
from desktop.engine.formats import ChatFormat, ContentDelta, ReasoningDelta, ReplyParser, ReplyParts
from desktop.engine.formats import Event as ReplyEvent
from desktop.engine.images import VISION
from desktop.engine.remote_tools import ToolCallDeltas, openai_message

CONNECT_TIMEOUT_S = 10.0
PROPS_TIMEOUT_S = 3.0  # a server without /props answers 404 at once
READ_TIMEOUT_S = 120.0  # a long prompt on a slow server may take this before a first token

_FINISH = {
    "stop": StopReason.END_OF_TURN,
    "eos": StopReason.END_OF_TURN,
    "length": StopReason.MAX_TOKENS,
    "abort": StopReason.USER,
    "tool_calls": StopReason.END_OF_TURN,  # the calls are in Reply.tool_calls
}


class RemoteError(EngineError):
    """A remote server failed; kind is refused, tls, key, model, rate, server, timeout,
    truncated, malformed or http."""

    def __init__(self, user_message: str, kind: str, details: str = "") -> None:
        super().__init__(user_message, details)
        self.kind = kind


# --- SSE --------------------------------------------------------------------------------


@dataclass(slots=True)
class Delta:
    """One chat.completion.chunk, reduced to what Hearth uses."""

    content: str = ""
    reasoning: str = ""  # reasoning_content (vLLM, llama-server) or reasoning (Ollama)
    finish_reason: str | None = None
    usage: dict[str, Any] | None = None
    tool_calls: list[Any] = field(default_factory=list)


def parse_sse(lines: Iterable[str]) -> Iterator[Delta]:
    """The deltas of an OpenAI chat stream, given its lines. Ends at `data: [DONE]`; raises
    RemoteError when the stream ends without it (truncated) or a data field is not a chunk."""
    data: list[str] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if line:
            if line.startswith(":"):
                continue  # a comment (keep-alive)
            name, _, value = line.partition(":")
            if name == "data":
                data.append(value[1:] if value.startswith(" ") else value)
            continue
        if not data:
            continue
        payload, data = "\n".join(data), []
        if payload.strip() == "[DONE]":
            return
        yield _delta(payload)
    if data:  # a last event without its blank line
        payload = "\n".join(data)
        if payload.strip() == "[DONE]":
            return
        yield _delta(payload)
    raise RemoteError(
        "The server's reply stopped before it was complete (the stream ended without "
        "[DONE]): the connection may have dropped, or the server may have crashed.",
        "truncated",
    )


def _delta(payload: str) -> Delta:
    try:
        chunk = json.loads(payload)
    except json.JSONDecodeError as e:
        raise _malformed(f"not JSON: {payload[:200]!r}") from e
    if not isinstance(chunk, dict):
        raise _malformed(f"not an object: {payload[:200]!r}")
    if "error" in chunk:
        error = chunk["error"]
        message = error.get("message") if isinstance(error, dict) else str(error)
        raise RemoteError(f"The server ended the reply with an error: {message}", "server")
    delta = Delta(usage=chunk.get("usage") if isinstance(chunk.get("usage"), dict) else None)
    choices = chunk.get("choices")
    if not isinstance(choices, list):
        raise _malformed(f"no choices: {payload[:200]!r}")
    for choice in choices[:1]:
        if not isinstance(choice, dict):
            raise _malformed(f"a choice is not an object: {payload[:200]!r}")
        d = choice.get("delta") or {}
        delta.content = d.get("content") or ""
        delta.reasoning = d.get("reasoning_content") or d.get("reasoning") or ""
        delta.finish_reason = choice.get("finish_reason")
        calls = d.get("tool_calls")
        delta.tool_calls = calls if isinstance(calls, list) else []
    return delta


def _malformed(details: str) -> RemoteError:
    return RemoteError(
        "The server sent a reply Hearth cannot read (malformed server-sent events): it may "
        "not be an OpenAI-compatible server.",
        "malformed",
        details,
    )


# --- errors -----------------------------------------------------------------------------


def _transport_error(e: httpx.TransportError, url: str) -> RemoteError:
    if isinstance(e, httpx.TimeoutException):
        return RemoteError(
            f"The server at {url} did not answer in time: it may be overloaded or stuck.",
            "timeout",
            repr(e),
        )
    cause: BaseException | None = e
    while cause is not None:
        if isinstance(cause, ssl.SSLError):
            return RemoteError(
                f"A secure (TLS) connection to {url} failed: its certificate is not trusted "
                "or the server does not speak HTTPS on that port.",
                "tls",
                repr(cause),
            )
        cause = cause.__cause__ or cause.__context__
    if isinstance(e, httpx.ConnectError):
        return RemoteError(
            f"Cannot connect to {url}: the connection was refused or the host cannot be "
            "reached. Check that the server is running and the address is right.",
            "refused",
            repr(e),
        )
    return RemoteError(f"The connection to {url} failed: {e}.", "refused", repr(e))


def retry_after_s(value: str | None) -> int | None:
    """Retry-After in seconds (a number, or an HTTP date), None when absent or unreadable."""
    if not value:
        return None
    if value.strip().isdigit():
        return int(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0, math.ceil(when.timestamp() - time.time()))


def status_error(response: httpx.Response, url: str, model: str = "") -> RemoteError:
    """The sentence for an HTTP error status (the body's message goes in the details)."""
    status = response.status_code
    try:
        response.read()
        details = f"HTTP {status}: {response.text[:500]}"
    except httpx.HTTPError:
        details = f"HTTP {status}"
    if status in (401, 403):
        return RemoteError(
            f"The server at {url} refused the API key (HTTP {status}): check the "
            "connection's key (`hearth connections add` with --api-key-stdin replaces it).",
            "key",
            details,
        )
    if status == 404 and not model:  # the model list itself is not there
        return RemoteError(
            f"There is no OpenAI-compatible API at {url} (HTTP 404): check the address "
            "(it usually ends in /v1) and that the server there is the one you mean.",
            "http",
            details,
        )
    if status == 404:
        return RemoteError(
            f"The server at {url} does not know the model “{model}” (HTTP 404): "
            "`hearth connections test` lists its models.",
            "model",
            details,
        )
    if status == 429:
        wait = retry_after_s(response.headers.get("retry-after"))
        when = f"retry after {wait} s" if wait is not None else "retry in a moment"
        return RemoteError(
            f"The server at {url} is busy or over its rate limit (HTTP 429): {when}.",
            "rate",
            details,
        )
    if status >= 500:
        return RemoteError(
            f"The server at {url} failed (HTTP {status}): the problem is on the server's "
            "side; try again, or check its log.",
            "server",
            details,
        )
    return RemoteError(f"The server at {url} refused the request (HTTP {status}).", "http", details)


# --- the reply and the backend ----------------------------------------------------------


def estimate_tokens(messages: Sequence[Message]) -> int:
    """A generous token estimate (about 3 characters a token, plus each turn's markup)."""
    return sum(math.ceil(len(m.content) / 3) + 6 for m in messages) + 3


@dataclass(slots=True)
class _Usage:
    prompt: int | None = None
    completion: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class RemoteReply:
    """One streamed reply from the server (the Reply protocol). `reasoning` keeps the
    reasoning_content deltas apart from the text; a server that leaves `<think>` in the
    text (no reasoning parser of its own) has it split off here."""

    def __init__(
        self,
        backend: RemoteBackend,
        body: dict[str, Any],
        prompt_estimate: int,
        trimmed: Trimmed | None,
    ) -> None:
        self._backend = backend
        self._body = body
        self._prompt_estimate = prompt_estimate
        self._trimmed = trimmed
        self._response: httpx.Response | None = None
        self._stop = threading.Event()
        # Raw <think> tags in the text are parsed; reasoning_content deltas come ready.
        self._parts = ReplyParts(ReplyParser(ChatFormat("think", "think_tags")))
        self._calls = ToolCallDeltas()
        self._stats: GenerationStats | None = None
        self._t0 = 0.0
        self._ended = False

    @property
    def stats(self) -> GenerationStats | None:
        return self._stats

    @property
    def trimmed(self) -> Trimmed | None:
        return self._trimmed

    @property
    def text(self) -> str:
        return self._parts.text

    @property
    def reasoning(self) -> str:
        return self._parts.reasoning

    @property
    def tool_calls(self) -> tuple[ToolCall, ...]:
        return self._parts.tool_calls

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def stop(self) -> None:
        """End the reply now (any thread): a wait for the server's first byte or next
        chunk ends at once, because the backend shuts its sockets down."""
        self._stop.set()
        if not self._ended:
            self._backend._shut_sockets()

    def wait_prompt_started(self) -> int:
        """Send the request and wait for the server to accept it; the prompt's length is
        Hearth's estimate (the server only says it in its usage, at the end). A stop while
        waiting ends the wait: the reply then has no text."""
        if self._response is None and not self._ended:
            self._t0 = time.perf_counter()
            if self._stop.is_set():
                self._ended = True  # stopped before it was sent: nothing is sent
                self._finish(None, 0, None, _Usage())
                return self._prompt_estimate
            try:
                self._response = self._backend._open_stream(self._body)
            except RemoteError:
                if not self._stop.is_set():
                    raise
                self._ended = True  # the stop shut the socket: not an error
                self._finish(None, 0, None, _Usage())
        return self._prompt_estimate

    def __iter__(self) -> Iterator[str]:
        for event in self.events():
            if isinstance(event, ContentDelta):
                yield event.text

    def events(self) -> Iterator[ReplyEvent]:
        """The reply as events: thought, answer and tool calls, in the order received."""
        if self._ended:
            return
        self.wait_prompt_started()
        response = self._response
        if response is None:  # stopped before the server answered
            return
        url = self._backend.base_url
        first: float | None = None
        pieces = 0
        finish: str | None = None
        usage = _Usage()
        try:
            for delta in parse_sse(response.iter_lines()):
                if self._stop.is_set():
                    break
                if delta.usage:
                    usage = _Usage(
                        delta.usage.get("prompt_tokens"), delta.usage.get("completion_tokens")
                    )
                finish = delta.finish_reason or finish
                if delta.reasoning:
                    first = first or time.perf_counter()
                    yield from self._parts.add([ReasoningDelta(delta.reasoning)])
                if delta.content:
                    first = first or time.perf_counter()
                    pieces += 1
                    yield from self._parts.feed(delta.content)
                if delta.tool_calls:
                    first = first or time.perf_counter()
                    yield from self._parts.add(self._calls.feed(delta.tool_calls))
                if self._stop.is_set():
                    break
        except (httpx.TransportError, RemoteError) as e:
            # A stop shuts the socket down under the read: that ends the reply, no error.
            if not self._stop.is_set():
                if isinstance(e, RemoteError):
                    raise
                raise _transport_error(e, url) from e
        finally:
            response.close()  # Stop, an error, or the end: the stream is closed
            self._ended = True
        yield from self._parts.finish()
        yield from self._parts.add(self._calls.finish())
        self._finish(first, pieces, finish, usage)

    def _finish(self, first: float | None, pieces: int, finish: str | None, usage: _Usage) -> None:
        """The stats, measured by Hearth (the server's token counts when it sent them)."""
        end = time.perf_counter()
        first = first or end
        generated = usage.completion if usage.completion is not None else pieces
        decode_s = end - first
        reason = (
            StopReason.USER
            if self._stop.is_set()
            else _FINISH.get(finish or "", StopReason.UNKNOWN if finish else StopReason.END_OF_TURN)
        )
        prompt = usage.prompt if usage.prompt is not None else self._prompt_estimate
        ttft = first - self._t0
        self._stats = GenerationStats(
            prompt_tokens=prompt,
            generated_tokens=generated,
            ttft_ms=ttft * 1000,
            tokens_per_s=(generated - 1) / decode_s if decode_s > 0 and generated > 1 else 0.0,
            prompt_tokens_per_s=prompt / ttft if ttft > 0 else 0.0,
            total_ms=(end - self._t0) * 1000,
            stop_reason=reason,
            seed=int(self._body.get("seed") or 0),
            chat_format="remote",
        )


class RemoteBackend:
    """The Backend protocol for one connection. `load` takes the model id (or its
    remote://NAME/ID key, which the model's path keeps) in LoadParams.path; the context is
    the server's when it reports one, else params.n_ctx."""

    count_is_estimate = True

    def __init__(
        self,
        connection: Connection,
        api_key: str | None = None,
        offline: bool | Callable[[], bool] = False,
        connect_timeout_s: float = CONNECT_TIMEOUT_S,
        read_timeout_s: float = READ_TIMEOUT_S,
    ) -> None:
        """offline: a callable when offline mode may change while the backend lives."""
        self.connection = connection
        self.base_url = connection.base_url
        self._offline_of = offline if callable(offline) else (lambda: offline)
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        timeout = httpx.Timeout(read_timeout_s, connect=connect_timeout_s)
        self._http = httpx.Client(headers=headers, timeout=timeout)
        # Every socket this client opened (httpcore's trace hands them over), so that a stop
        # from another thread can shut them down: closing an httpx response from another
        # thread does not wake a read blocked on the server's first byte.
        self._sockets: weakref.WeakSet[socket.socket] = weakref.WeakSet()
        self._sockets_lock = threading.Lock()
        self._info: BackendInfo | None = None
        self._model: ModelInfo | None = None
        self._reply: RemoteReply | None = None

    @property
    def _offline(self) -> bool:
        return self._offline_of()

    # --- any thread
    def stop(self) -> None:
        reply = self._reply
        if reply is not None:
            reply.stop()

    def _shut_sockets(self) -> None:
        """Shut down every socket of this backend (a stop; the pool opens new ones later)."""
        with self._sockets_lock:
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    def _trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace extension: keep each socket it connects."""
        if event not in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if not isinstance(sock, socket.socket):
            return
        with self._sockets_lock:
            self._sockets.add(sock)
        reply = self._reply
        if reply is not None and reply.stopped and not reply._ended:
            _shut(sock)  # the stop came while this socket was connecting: it missed it

    def abort(self) -> None:
        self.stop()

    @property
    def alive(self) -> bool:
        return self._info is not None

    @property
    def pid(self) -> int | None:
        return None

    def info(self) -> BackendInfo | None:
        return self._info

    # --- the session's thread
    def start(self) -> BackendInfo:
        check_offline(self.connection, self._offline)
        self.models()  # reachable, and the key is accepted
        self._info = BackendInfo(
            system_info=f"OpenAI-compatible server at {self.base_url}",
            name=f"{self.connection.name} ({self.base_url})",
        )
        return self._info

    def models(self) -> list[dict[str, Any]]:
        """The server's /models entries (each has at least an "id")."""
        check_offline(self.connection, self._offline)
        try:
            response = self._http.get(f"{self.base_url}/models", extensions={"trace": self._trace})
        except httpx.TransportError as e:
            raise _transport_error(e, self.base_url) from e
        if response.status_code != 200:
            raise status_error(response, self.base_url)
        try:
            data = response.json()["data"]
            return [m for m in data if isinstance(m, dict) and isinstance(m.get("id"), str)]
        except (ValueError, KeyError, TypeError) as e:
            raise _malformed(f"/models: {response.text[:200]!r}") from e

    def load(self, params: LoadParams) -> ModelInfo:
        t0 = time.perf_counter()
        entries = {m["id"]: m for m in self.models()}
        # The model id, or a remote://NAME/ID key (the window's): the model keeps the key.
        parsed = parse_remote_key(params.path)
        model_id = parsed[1] if parsed is not None else params.path
        if model_id not in entries:
            known = ", ".join(sorted(entries)[:10]) or "none"
            raise RemoteError(
                f"The server at {self.base_url} has no model “{model_id}” (it has: {known}).",
                "model",
            )
        entry = entries[model_id]
        server_ctx = _context_of(entry) or self._props_context()
        self._model = ModelInfo(
            path=params.path,
            n_ctx=server_ctx or params.n_ctx,
            n_ctx_train=server_ctx or 0,
            n_vocab=0,
            n_layers=0,
            n_gpu_layers=0,
            n_threads=0,
            chat_format="remote",
            chat_template_sha256=None,
            load_s=time.perf_counter() - t0,
            flash_attn=False,
            # Whether it sees images is the server's to say: a chat with images is sent.
            extra={"connection": self.connection.name, "model_id": model_id, VISION: "server"},
        )
        return self._model

    def _props_context(self) -> int | None:
        """The context llama-server runs with (GET /props, beside /v1), None when the
        server has no such endpoint or does not say: then the load's n_ctx is used."""
        root = self.base_url.removesuffix("/v1")
        try:
            response = self._http.get(f"{root}/props", timeout=PROPS_TIMEOUT_S)
            props = response.json() if response.status_code == 200 else {}
        except (httpx.HTTPError, ValueError):
            return None
        settings = props.get("default_generation_settings") if isinstance(props, dict) else None
        for value in (
            settings.get("n_ctx") if isinstance(settings, dict) else None,
            props.get("n_ctx") if isinstance(props, dict) else None,
        ):
            if isinstance(value, int) and value > 0:
                return value
        return None

    def unload(self) -> None:
        self._model = None

    def count(self, messages: Sequence[Message]) -> int:
        """An estimate (count_is_estimate): OpenAI-compatible servers do not count for us."""
        return estimate_tokens(messages)

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
        conversation: str = "",  # a local engine's cache key: nothing to do here
    ) -> RemoteReply:
        if self._model is None:
            raise EngineError("No model is loaded: choose one first.")
        if continue_reply:
            raise EngineError(
                "A remote server cannot write on from a reply that was cut short: "
                "ask again instead."
            )
        sent, trimmed = list(messages), None
        if reply_room > 0:
            sent, trimmed = _trim(sent, self._model.n_ctx, reply_room)
        body: dict[str, Any] = {
            "model": self._model.extra["model_id"],
            "messages": [openai_message(m) for m in sent],
            "stream": True,
            "stream_options": {"include_usage": True},
            "temperature": sampling.temperature,
            "max_tokens": sampling.max_tokens,
        }
        if sampling.top_p is not None:
            body["top_p"] = sampling.top_p
        if sampling.seed is not None:
            body["seed"] = sampling.seed
        if sampling.stop:
            body["stop"] = list(sampling.stop)
        # OpenAI's own fields, sent only when set: some servers refuse what they lack.
        if sampling.presence_penalty:
            body["presence_penalty"] = sampling.presence_penalty
        if sampling.frequency_penalty:
            body["frequency_penalty"] = sampling.frequency_penalty
        if output_format is not None:
            body["response_format"] = output_format.response_format()
        if tools:
            body["tools"] = [t.openai() for t in tools]
            body["tool_choice"] = tool_choice
        if thinking is not None and thinking.enabled is not None:
            # llama-server and vLLM pass these to the template.
            body["chat_template_kwargs"] = {"enable_thinking": thinking.enabled}
        if thinking is not None and thinking.effort:
            body["reasoning_effort"] = thinking.effort
        self._reply = RemoteReply(self, body, estimate_tokens(sent), trimmed)
        return self._reply

    def close(self) -> None:
        self.stop()
        self._http.close()
        self._info = self._model = None

    def _open_stream(self, body: dict[str, Any]) -> httpx.Response:
        check_offline(self.connection, self._offline)
        request = self._http.build_request(
            "POST",
            f"{self.base_url}/chat/completions",
            json=body,
            extensions={"trace": self._trace},
        )
        try:
            response = self._http.send(request, stream=True)
        except httpx.TransportError as e:
            raise _transport_error(e, self.base_url) from e
        if response.status_code != 200:
            try:
                raise status_error(response, self.base_url, str(body.get("model", "")))
            finally:
                response.close()
        return response


def _shut(sock: socket.socket) -> None:
    """Shut a socket down (wakes a read blocked on it in another thread, unlike close)."""
    with contextlib.suppress(OSError):  # already closed, or never connected
        sock.shutdown(socket.SHUT_RDWR)


def _context_of(entry: dict[str, Any]) -> int | None:
    """The context size a /models entry reports (vLLM, llama-server, LM Studio), if any."""
    raw_meta = entry.get("meta")
    meta: dict[str, Any] = raw_meta if isinstance(raw_meta, dict) else {}
    for value in (
        entry.get("max_model_len"),
        entry.get("context_length"),
        entry.get("max_context_length"),
        meta.get("n_ctx"),
        meta.get("n_ctx_train"),
    ):
        if isinstance(value, int) and value > 0:
            return value
    return None


def _trim(messages: list[Message], n_ctx: int, room: int) -> tuple[list[Message], Trimmed | None]:
    """Drop the oldest whole turns (by Hearth's estimate) until the prompt leaves room."""
    budget = n_ctx - room
    head = messages[:1] if messages and messages[0].role == "system" else []
    rest = messages[len(head) :]
    dropped = 0
    while estimate_tokens(head + rest) > budget and len(rest) > 1:
        nxt = next((i for i in range(1, len(rest)) if rest[i].role == "user"), len(rest) - 1)
        dropped += nxt
        rest = rest[nxt:]
    sent = head + rest
    estimate = estimate_tokens(sent)
    if estimate > budget:
        raise ContextOverflow(
            f"By Hearth's estimate this message ({estimate:,} tokens) does not fit in the "
            f"model's {n_ctx:,}-token context with room for a reply: shorten it.",
            estimate,
            n_ctx,
        )
    return sent, Trimmed(dropped, estimate, n_ctx) if dropped else None
