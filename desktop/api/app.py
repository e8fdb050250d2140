"""The FastAPI app: /v1/models and /v1/chat/completions over an EngineQueue, OpenAI's shapes.

The server's policies live here: the body limit (413), the queue's bound (429 with
Retry-After), max_tokens against the context, a time limit per reply, a client that goes
away (its request leaves the line, or its reply stops), CORS only for the listed origins, and
503 while no model is loaded. Endpoint modules reach them through `app.state.hearth` (ApiContext).
Longer than 400 lines: these policies and the run they govern (ChatRun, shared by every endpoint
module) stay in one place rather than being copied per endpoint.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from fastapi import FastAPI, Request
from sse_starlette import EventSourceResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse, Response

from desktop.api.errors import ApiError, error_body
from desktop.api.guard import Guard
from desktop.api.queue import EngineQueue, QueueFull, Ticket
from desktop.api.request import ChatRequest, invalid, parse_chat
from desktop.core.errors import ContextOverflow, HearthError
from desktop.core.types import GenerationStats, StopReason
from desktop.engine.backend import CannotChat, OutputFormatError, Reply
from desktop.engine.session import EngineSession

log = logging.getLogger(__name__)

# Over 400 lines: the chat endpoint and the run, stream and policies every endpoint module
# shares (completions, embeddings import them) stay in one place.

MAX_BODY = 4 * 1024 * 1024  # bytes: a long conversation fits, a hostile upload does not
TIME_LIMIT_S = 600.0  # one reply's longest run once it holds the engine
HEADERS_WITHIN_S = 10.0  # a waiting stream gets its headers by then, started or not
FINISH = {StopReason.MAX_TOKENS: "length", StopReason.CONTEXT_FULL: "length"}
TIME_LIMIT = "time_limit"  # Served.stop_reason of a reply the time limit ended
POSITION_HEADER = "X-Hearth-Queue-Position"
NO_MODEL = "No model is loaded in Hearth; load one in the window."

ModelId = str | Callable[[], str | None]


@dataclass(frozen=True, slots=True)
class Served:
    """One finished request, for the server's log (and the tests)."""

    id: str
    stream: bool
    prompt_tokens: int
    completion_tokens: int
    tokens_per_s: float
    # StopReason's value; "error"; TIME_LIMIT; "stopped_by_user" also for a request that
    # left the line before its turn (its client went away: disconnected is true).
    stop_reason: str
    disconnected: bool  # the client went away before the reply ended
    queue_position: int  # its place in the line when it arrived (1: next; 0: ran at once)


@dataclass(slots=True)
class RunEnd:
    stats: GenerationStats | None


@dataclass(frozen=True, slots=True)
class ApiContext:
    """What endpoint modules share (app.state.hearth)."""

    queue: EngineQueue
    model_id: Callable[[], str | None]
    served: Callable[[Served], None]
    max_body: int
    max_tokens: int | None  # the server's cap on a reply (None: the loaded context)
    time_limit_s: float

    def current_model(self) -> str:
        """The loaded model's id, or ApiError(503) while none is loaded."""
        model = self.model_id()
        if model is None:
            raise ApiError(503, NO_MODEL, "server_error", code="model_not_loaded")
        return model

    def limit_tokens(self, body: dict[str, Any], requested: int) -> int:
        """The reply's max_tokens under the server's cap. Like vLLM, a request for more
        than the whole context is a 400 (it can never be honoured); like llama-server with
        --n-predict, one above the server's own cap (but within the context) is lowered
        to the cap. A default (no max_tokens sent) is only lowered, never refused."""
        model = self.queue.session.model
        n_ctx = model.n_ctx if model is not None else None
        asked = next((n for n in ("max_completion_tokens", "max_tokens") if n in body), None)
        if asked is not None and n_ctx is not None and requested > n_ctx:
            raise ApiError(
                400,
                f"The field {asked!r} asks for {requested:,} tokens, more than the model's "
                f"whole context of {n_ctx:,} tokens.",
                param=asked,
                code="context_length_exceeded",
            )
        caps = [c for c in (self.max_tokens, n_ctx) if c is not None]
        return min([requested, *caps])


def create_app(
    queue: EngineQueue,
    model_id: ModelId,
    api_key: str | None = None,
    allowed_hosts: frozenset[str] = frozenset(),
    max_body: int = MAX_BODY,
    on_served: Callable[[Served], None] | None = None,
    *,
    max_waiting: int | None = None,
    max_tokens: int | None = None,
    time_limit_s: float = TIME_LIMIT_S,
    cors_origins: Sequence[str] = (),
) -> FastAPI:
    """The API over queue's session. on_served is called as each request ends (on the
    queue's thread, or on the server's when a request leaves the line). allowed_hosts: the
    Host names accepted besides loopback (empty set: loopback only; "*": any). api_key:
    required as a Bearer token when set. model_id: the served model's id, or a function
    giving the one loaded now (None: none loaded, requests get 503). max_waiting: the
    queue's bound (None: keep the queue's). cors_origins: the browser origins allowed (none:
    CORS stays off, no Access-Control-* header is ever sent)."""
    for origin in cors_origins:
        if origin != "*" and not origin.startswith(("http://", "https://")):
            raise ValueError(
                f"{origin} is not a web origin: write it as http://host:port or https://host"
            )
    if max_waiting is not None:
        queue.max_waiting = max_waiting
    current = model_id if callable(model_id) else (lambda: model_id)
    context = ApiContext(
        queue, current, on_served or (lambda _record: None), max_body, max_tokens, time_limit_s
    )
    app = FastAPI(title="Hearth", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.hearth = context
    app.add_middleware(Guard, api_key=api_key, allowed_hosts=allowed_hosts)
    if cors_origins:
        # Added last, so it runs first: a browser's preflight carries no key to check.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type"],
            expose_headers=[POSITION_HEADER, "Retry-After"],
        )

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> Response:
        return exc.response()

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> Response:
        kind = "not_found_error" if exc.status_code == 404 else "invalid_request_error"
        return JSONResponse(error_body(str(exc.detail), kind), status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def _bug(_request: Request, exc: Exception) -> Response:
        log.exception("API request failed", exc_info=exc)
        return JSONResponse(error_body("Hearth failed on this request.", "server_error"), 500)

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        loaded = current()
        return {"object": "list", "data": [_model(loaded)] if loaded is not None else []}

    @app.get("/v1/models/{name:path}")
    async def model(name: str) -> dict[str, Any]:
        loaded = context.current_model()
        if name != loaded:
            raise ApiError(404, f"The model {name!r} is not loaded.", "not_found_error")
        return _model(loaded)

    @app.post("/v1/chat/completions", response_model=None)
    async def chat(request: Request) -> Response:
        body = await read_json(request, max_body)
        loaded = context.current_model()
        chat_request = parse_chat(body, loaded)
        sampling = chat_request.sampling
        limited = context.limit_tokens(body, sampling.max_tokens)
        if limited != sampling.max_tokens:
            chat_request = _with_max_tokens(chat_request, limited)
        run = ChatRun(queue, chat_request, context.served, time_limit_s=time_limit_s)
        headers = {POSITION_HEADER: str(run.position)}
        if chat_request.stream:
            failed = await run.started(request)
            if failed is not None:
                return engine_error(failed).response()
            # send_timeout: a client that stops reading is dropped once a send waits this long.
            return EventSourceResponse(
                _stream(run, loaded, chat_request),
                ping=15,
                headers=headers,
                send_timeout=time_limit_s,
            )
        response = await _complete(run, loaded, request)
        response.headers.update(headers)
        return response

    from desktop.api import completions, embeddings  # import this module: once it is loaded

    app.include_router(completions.router)
    app.include_router(embeddings.router)
    return app


def _model(model_id: str) -> dict[str, Any]:
    return {"id": model_id, "object": "model", "created": 0, "owned_by": "hearth"}


def _with_max_tokens(request: ChatRequest, max_tokens: int) -> ChatRequest:
    return replace(request, sampling=replace(request.sampling, max_tokens=max_tokens))


async def read_json(request: Request, max_body: int) -> Any:
    """The body as JSON: 413 past max_body bytes (counted as it arrives), 400 if malformed."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_body:
        raise _too_large(max_body)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_body:
            raise _too_large(max_body)
        chunks.append(chunk)
    try:
        return json.loads(b"".join(chunks))
    except (ValueError, UnicodeDecodeError) as e:
        raise invalid(f"The request body is not valid JSON ({e}).") from None


def _too_large(max_body: int) -> ApiError:
    # Connection: close, so uvicorn drops the connection instead of reading (and discarding)
    # the rest of a huge body to keep it alive.
    return ApiError(
        413,
        f"The request body is larger than {max_body:,} bytes.",
        headers={"Connection": "close"},
    )


def queue_full(retry_after_s: int) -> ApiError:
    """429 in OpenAI's shape, with Retry-After (seconds)."""
    return ApiError(
        429,
        f"Hearth's queue is full: retry after {retry_after_s} s.",
        "rate_limit_error",
        code="rate_limit_exceeded",
        headers={"Retry-After": str(retry_after_s)},
    )


class ChatRun:
    """One request's reply, run on the queue's thread, its pieces handed to the event loop.

    Raises ApiError(429) when the queue is full. time_limit_s: once the reply runs, it is
    stopped after this long (finish_reason "length", Served.stop_reason TIME_LIMIT)."""

    def __init__(
        self,
        queue: EngineQueue,
        request: ChatRequest,
        served: Callable[[Served], None],
        *,
        time_limit_s: float | None = None,
    ) -> None:
        self.id = f"{self.prefix}-{uuid.uuid4().hex}"
        self.created = int(time.time())
        self._loop = asyncio.get_running_loop()
        self.events: asyncio.Queue[str | RunEnd | HearthError] = asyncio.Queue()
        self._request = request
        self._served = served
        self._time_limit_s = time_limit_s
        self._timer: asyncio.TimerHandle | None = None
        self._closed = False
        self.timed_out = False
        self.position = 0
        self._began = asyncio.Event()  # the prompt started, or the run ended or failed
        self._failure: HearthError | None = None  # how it failed before the prompt started
        try:
            self.ticket: Ticket = queue.submit(self._job, self.id, self._dropped)
        except QueueFull as e:
            raise queue_full(e.retry_after_s) from None
        self.position = queue.position(self.ticket)

    prefix = "chatcmpl"  # of the id; endpoint modules' runs (completions) have their own

    def _start(self, session: EngineSession) -> Reply:
        """Start the reply (completions.py's run starts a raw completion instead)."""
        r = self._request
        return session.chat(r.messages, r.sampling, output_format=r.output_format)

    def close(self) -> None:
        """The client heard the end (or left): no timer outlives the request."""
        self._closed = True
        if self._timer is not None:
            self._timer.cancel()

    async def started(self, request: Request) -> HearthError | None:
        """Wait (watching for the client to go away) until the engine has started the
        prompt (at most HEADERS_WITHIN_S), or the request failed or left the line. A failure
        found at the start (a schema the engine refuses, a model that cannot chat) is
        returned for the response, so a stream gets the same status as a reply not streamed.
        The first chunk still goes out as soon as the prompt starts."""
        watcher = asyncio.create_task(watch_disconnect(request, self.ticket))
        began = False
        try:
            # A request deep in the line gets its headers (and pings) after a while rather
            # than none for minutes: a client's read timeout would drop it. A failure found
            # later travels as an error event in the stream, as OpenAI's does.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._began.wait(), HEADERS_WITHIN_S)
            began = True
        finally:
            watcher.cancel()
            if not began:  # the request's task was cancelled: the client went away
                self.ticket.cancel()
        if self._failure is not None:
            self.close()
        return self._failure

    def _job(self, session: EngineSession, ticket: Ticket) -> None:
        stats: GenerationStats | None = None
        gone = False
        try:
            reply = self._start(session)
            if ticket.attach(reply):
                self._call(self._arm_timer)
                reply.wait_prompt_started()
            self._call(self._began.set)
            for piece in reply:
                self._emit(piece)
            stats, gone = reply.stats, ticket.cancelled  # before the client hears the end
            self._emit(RunEnd(stats))
        except HearthError as e:
            gone = ticket.cancelled
            self._emit(e)
        usage = usage_of(stats)
        reason = stats.stop_reason.value if stats else "error"
        self._served(
            Served(
                self.id,
                self._request.stream,
                usage["prompt_tokens"],
                usage["completion_tokens"],
                stats.tokens_per_s if stats else 0.0,
                TIME_LIMIT if self._cut_by_time(stats) and not gone else reason,
                gone,
                self.position,
            )
        )

    def _dropped(self, _ticket: Ticket) -> None:
        """The client went away while the request waited: it never ran."""
        self._emit(RunEnd(None))
        reason = StopReason.USER.value
        self._served(Served(self.id, self._request.stream, 0, 0, 0.0, reason, True, self.position))

    def _arm_timer(self) -> None:
        if self._time_limit_s is not None and not self._closed:
            self._timer = self._loop.call_later(self._time_limit_s, self._time_up)

    def _cut_by_time(self, stats: GenerationStats | None) -> bool:
        # The limit stopped it (not a reply that ended on its own as the timer fired).
        return self.timed_out and stats is not None and stats.stop_reason is StopReason.USER

    def _time_up(self) -> None:
        self.timed_out = True
        self.ticket.stop()

    def _emit(self, event: str | RunEnd | HearthError) -> None:
        self._call(self._put, event)

    def _put(self, event: str | RunEnd | HearthError) -> None:
        if isinstance(event, HearthError) and not self._began.is_set():
            self._failure = event
        self.events.put_nowait(event)
        self._began.set()

    def _call(self, function: Callable[..., None], *args: Any) -> None:
        # RuntimeError: the event loop ended (the server stopped): nobody listens.
        with contextlib.suppress(RuntimeError):
            self._loop.call_soon_threadsafe(function, *args)

    def finish(self, stats: GenerationStats | None) -> str:
        """The finish_reason: the time limit reads as "length", as max_tokens does."""
        if self._cut_by_time(stats):
            return "length"
        return FINISH.get(stats.stop_reason, "stop") if stats is not None else "stop"


def usage_of(stats: GenerationStats | None) -> dict[str, int]:
    prompt = stats.prompt_tokens if stats else 0
    completion = stats.generated_tokens if stats else 0
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def engine_error(e: HearthError) -> ApiError:
    if isinstance(e, ContextOverflow):
        return ApiError(400, e.user_message, param="messages", code="context_length_exceeded")
    if isinstance(e, OutputFormatError):  # a schema the engine cannot compile: the request's
        return ApiError(400, e.user_message, param="response_format")
    if isinstance(e, CannotChat):  # an embedding model: the request is at fault
        return ApiError(400, e.user_message, code="model_cannot_chat")
    return ApiError(500, e.user_message, "server_error")


async def watch_disconnect(request: Request, ticket: Ticket) -> None:
    """Cancel ticket as soon as the client goes away. The body is read by now, so the next
    ASGI message is the disconnect: it arrives the moment the connection closes (no polling)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass
    ticket.cancel()


async def collect_reply(run: ChatRun, request: Request) -> tuple[str, RunEnd] | HearthError:
    """A reply not streamed: its whole text and end, or the error it failed with. A client
    that goes away meanwhile cancels it (its request leaves the line or its reply stops)."""
    pieces: list[str] = []
    end: RunEnd | None = None
    watcher = asyncio.create_task(watch_disconnect(request, run.ticket))
    try:
        while end is None:
            event = await run.events.get()
            if isinstance(event, HearthError):
                end = RunEnd(None)
                return event
            if isinstance(event, RunEnd):
                end = event
            else:
                pieces.append(event)
    finally:
        watcher.cancel()
        run.close()
        if end is None:  # the request's task was cancelled: the client went away
            run.ticket.cancel()
    return "".join(pieces), end


async def _complete(run: ChatRun, model_id: str, request: Request) -> Response:
    collected = await collect_reply(run, request)
    if isinstance(collected, HearthError):
        return engine_error(collected).response()
    text, end = collected
    message = {"role": "assistant", "content": text}
    return JSONResponse(
        {
            "id": run.id,
            "object": "chat.completion",
            "created": run.created,
            "model": model_id,
            "choices": [
                {
                    "index": 0,
                    "message": message,
                    "logprobs": None,
                    "finish_reason": run.finish(end.stats),
                }
            ],
            "usage": usage_of(end.stats),
        }
    )


async def _stream(
    run: ChatRun, model_id: str, request: ChatRequest
) -> AsyncIterator[dict[str, str]]:
    """chat.completion.chunk events, then [DONE]. A client that goes away cancels this
    generator (sse-starlette watches for the disconnect): the finally stops the reply."""

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, str]:
        body: dict[str, Any] = {
            "id": run.id,
            "object": "chat.completion.chunk",
            "created": run.created,
            "model": model_id,
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
        }
        if request.include_usage:
            body["usage"] = None
        return {"data": json.dumps(body)}

    finished = False
    try:
        yield chunk({"role": "assistant", "content": ""})
        while True:
            event = await run.events.get()
            if isinstance(event, str):
                yield chunk({"content": event})
                continue
            if isinstance(event, HearthError):
                # Headers are gone: the error travels as an event, as OpenAI's does.
                yield {"data": json.dumps(engine_error(event).body())}
            else:
                yield chunk({}, run.finish(event.stats))
                if request.include_usage:
                    usage = {
                        "id": run.id,
                        "object": "chat.completion.chunk",
                        "created": run.created,
                        "model": model_id,
                        "choices": [],
                        "usage": usage_of(event.stats),
                    }
                    yield {"data": json.dumps(usage)}
            finished = True
            yield {"data": "[DONE]"}
            return
    finally:
        run.close()
        if not finished:
            run.ticket.cancel()
