"""The FastAPI app: /v1/models, the endpoint modules' routers, and the policies they share.

The server's policies live here: the body limit (413), the queue's bound (429 with
Retry-After), max_tokens against the context, a time limit per reply, a client that goes
away (its request leaves the line, or its reply stops), CORS only for the listed origins, and
503 while no model is loaded. Endpoint modules (chat, completions, embeddings) reach them
through `app.state.hearth` (ApiContext) and run their replies as a run.ChatRun.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse, Response

from desktop.api.errors import ApiError, error_body, invalid
from desktop.api.guard import Guard
from desktop.api.queue import EngineQueue

# Re-exported: the window's server service, the benchmark and the tests know them from here.
from desktop.api.run import TIME_LIMIT as TIME_LIMIT
from desktop.api.run import Served as Served

log = logging.getLogger(__name__)

MAX_BODY = 4 * 1024 * 1024  # bytes: a long conversation fits, a hostile upload does not
TIME_LIMIT_S = 600.0  # one reply's longest run once it holds the engine
POSITION_HEADER = "X-Hearth-Queue-Position"
NO_MODEL = "No model is loaded in Hearth; load one in the window."

ModelId = str | Callable[[], str | None]


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

    from desktop.api import chat, completions, embeddings  # they import this module

    app.include_router(chat.router)
    app.include_router(completions.router)
    app.include_router(embeddings.router)
    return app


def _model(model_id: str) -> dict[str, Any]:
    return {"id": model_id, "object": "model", "created": 0, "owned_by": "hearth"}


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
