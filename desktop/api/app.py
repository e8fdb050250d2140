"""The FastAPI app: /v1/models and /v1/chat/completions over an EngineQueue, OpenAI's shapes."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from sse_starlette import EventSourceResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from desktop.api.errors import ApiError, error_body
from desktop.api.guard import Guard
from desktop.api.queue import EngineQueue, Ticket
from desktop.api.request import ChatRequest, invalid, parse_chat
from desktop.core.errors import ContextOverflow, HearthError
from desktop.core.types import GenerationStats, StopReason
from desktop.engine.session import EngineSession

log = logging.getLogger(__name__)

MAX_BODY = 4 * 1024 * 1024  # bytes: a long conversation fits, a hostile upload does not
FINISH = {StopReason.MAX_TOKENS: "length", StopReason.CONTEXT_FULL: "length"}


@dataclass(frozen=True, slots=True)
class Served:
    """One finished request, for the server's log (and the tests)."""

    id: str
    stream: bool
    prompt_tokens: int
    completion_tokens: int
    tokens_per_s: float
    stop_reason: str  # StopReason's value, or "error"
    disconnected: bool  # the client went away before the reply ended
    queue_position: int  # its place in the line when it arrived (1: next)


@dataclass(slots=True)
class _End:
    stats: GenerationStats | None


def create_app(
    queue: EngineQueue,
    model_id: str,
    api_key: str | None = None,
    allowed_hosts: frozenset[str] = frozenset(),
    max_body: int = MAX_BODY,
    on_served: Callable[[Served], None] | None = None,
) -> FastAPI:
    """The API over queue's session. on_served is called on the queue's thread as each
    reply ends. allowed_hosts: the Host names accepted besides loopback
    (empty set: loopback only; "*": any). api_key: required as a Bearer token when set."""
    app = FastAPI(title="Hearth", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(Guard, api_key=api_key, allowed_hosts=allowed_hosts)
    served = on_served or (lambda _record: None)

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
        return {"object": "list", "data": [_model(model_id)]}

    @app.get("/v1/models/{name:path}")
    async def model(name: str) -> dict[str, Any]:
        if name != model_id:
            raise ApiError(404, f"The model {name!r} is not loaded.", "not_found_error")
        return _model(model_id)

    @app.post("/v1/chat/completions", response_model=None)
    async def chat(request: Request) -> Response:
        chat_request = parse_chat(await _json(request, max_body), model_id)
        run = _Run(queue, chat_request, served)
        if chat_request.stream:
            return EventSourceResponse(_stream(run, model_id, chat_request), ping=15)
        return await _complete(run, model_id)

    return app


def _model(model_id: str) -> dict[str, Any]:
    return {"id": model_id, "object": "model", "created": 0, "owned_by": "hearth"}


async def _json(request: Request, max_body: int) -> Any:
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
    return ApiError(413, f"The request body is larger than {max_body:,} bytes.")


class _Run:
    """One request's reply, run on the queue's thread, its pieces handed to the event loop."""

    def __init__(
        self, queue: EngineQueue, request: ChatRequest, served: Callable[[Served], None]
    ) -> None:
        self.id = f"chatcmpl-{uuid.uuid4().hex}"
        self.created = int(time.time())
        self._loop = asyncio.get_running_loop()
        self.events: asyncio.Queue[str | _End | HearthError] = asyncio.Queue()
        self._request = request
        self._served = served
        self.ticket: Ticket = queue.submit(self._job)
        self.position = queue.position(self.ticket)

    def _job(self, session: EngineSession, ticket: Ticket) -> None:
        stats: GenerationStats | None = None
        gone = False
        try:
            reply = session.chat(self._request.messages, self._request.sampling)
            if ticket.attach(reply):
                reply.wait_prompt_started()
            for piece in reply:
                self._emit(piece)
            stats, gone = reply.stats, ticket.cancelled  # before the client hears the end
            self._emit(_End(stats))
        except HearthError as e:
            gone = ticket.cancelled
            self._emit(e)
        usage = _usage(stats)
        self._served(
            Served(
                self.id,
                self._request.stream,
                usage["prompt_tokens"],
                usage["completion_tokens"],
                stats.tokens_per_s if stats else 0.0,
                stats.stop_reason.value if stats else "error",
                gone,
                self.position,
            )
        )

    def _emit(self, event: str | _End | HearthError) -> None:
        # RuntimeError: the event loop ended (the server stopped): nobody listens.
        with contextlib.suppress(RuntimeError):
            self._loop.call_soon_threadsafe(self.events.put_nowait, event)


def _finish(stats: GenerationStats | None) -> str:
    return FINISH.get(stats.stop_reason, "stop") if stats is not None else "stop"


def _usage(stats: GenerationStats | None) -> dict[str, int]:
    prompt = stats.prompt_tokens if stats else 0
    completion = stats.generated_tokens if stats else 0
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _engine_error(e: HearthError) -> ApiError:
    if isinstance(e, ContextOverflow):
        return ApiError(400, e.user_message, param="messages", code="context_length_exceeded")
    return ApiError(500, e.user_message, "server_error")


async def _complete(run: _Run, model_id: str) -> Response:
    pieces: list[str] = []
    finished = False
    try:
        while True:
            event = await run.events.get()
            if isinstance(event, str):
                pieces.append(event)
                continue
            finished = True
            if isinstance(event, HearthError):
                return _engine_error(event).response()
            break
    finally:
        if not finished:  # the request's task was cancelled: the client went away
            run.ticket.cancel()
    message = {"role": "assistant", "content": "".join(pieces)}
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
                    "finish_reason": _finish(event.stats),
                }
            ],
            "usage": _usage(event.stats),
        }
    )


async def _stream(run: _Run, model_id: str, request: ChatRequest) -> AsyncIterator[dict[str, str]]:
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
                yield {"data": json.dumps(_engine_error(event).body())}
            else:
                yield chunk({}, _finish(event.stats))
                if request.include_usage:
                    usage = {
                        "id": run.id,
                        "object": "chat.completion.chunk",
                        "created": run.created,
                        "model": model_id,
                        "choices": [],
                        "usage": _usage(event.stats),
                    }
                    yield {"data": json.dumps(usage)}
            finished = True
            yield {"data": "[DONE]"}
            return
    finally:
        if not finished:
            run.ticket.cancel()
