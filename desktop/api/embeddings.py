"""POST /v1/embeddings in OpenAI's shape, run through the EngineQueue like every request.

input is a string or a list of strings (token arrays are refused: clients send text);
encoding_format "float" or "base64" (little-endian float32, what the openai SDK asks for by
default); dimensions only when it is the model's own (Hearth does not shorten vectors). An
input longer than the model's context is refused whole, as OpenAI does, never cut.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import struct
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import JSONResponse, Response

from desktop.api.app import ApiContext, read_json
from desktop.api.errors import ApiError, invalid, refused
from desktop.api.queue import QueueFull, Ticket
from desktop.api.request import check_model
from desktop.api.run import Served, queue_full
from desktop.core.errors import ContextOverflow, HearthError
from desktop.engine.backend import Embeddings
from desktop.engine.session import EngineSession

MAX_INPUTS = 2048  # OpenAI's own limit per request
IGNORED = frozenset({"user"})
MAPPED = frozenset({"model", "input", "encoding_format", "dimensions"})
_WAIT_S = 0.25  # how often a waiting request looks whether the queue dropped it
CANNOT_EMBED = (
    "The loaded model cannot embed: serve an embedding model (such as all-MiniLM-L6-v2) "
    "for /v1/embeddings."
)

router = APIRouter()


@dataclass(frozen=True, slots=True)
class EmbeddingRequest:
    texts: tuple[str, ...]
    base64: bool
    dimensions: int | None


def parse_embeddings(body: Any, model_id: str) -> EmbeddingRequest:
    """The request, or ApiError(400) saying what is wrong or unsupported."""
    if not isinstance(body, dict):
        raise invalid("The request body must be a JSON object.")
    unknown = sorted(set(body) - MAPPED - IGNORED)
    if unknown:
        raise refused(unknown[0], f"Hearth does not support the field {unknown[0]!r}.")
    check_model(body, model_id)
    texts = _texts(body.get("input"))
    encoding = body.get("encoding_format", "float")
    if encoding not in ("float", "base64"):
        raise invalid("encoding_format must be 'float' or 'base64'.", "encoding_format")
    dimensions = body.get("dimensions")
    if dimensions is not None and (
        isinstance(dimensions, bool) or not isinstance(dimensions, int) or dimensions < 1
    ):
        raise invalid("dimensions must be a positive integer.", "dimensions")
    return EmbeddingRequest(texts, encoding == "base64", dimensions)


def _texts(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not value:
        raise invalid("input must be a string or a non-empty list of strings.", "input")
    if all(isinstance(v, str) for v in value):
        if len(value) > MAX_INPUTS:
            raise invalid(f"input may hold at most {MAX_INPUTS:,} texts.", "input")
        return tuple(value)
    if all(isinstance(v, int | list) for v in value):
        raise refused("input", "Hearth embeds text, not token arrays: send the text instead.")
    raise invalid("input must be a string or a list of strings.", "input")


@router.post("/v1/embeddings", response_model=None)
async def embeddings(request: Request) -> Response:
    context: ApiContext = request.app.state.hearth
    body = await read_json(request, context.max_body)
    loaded = context.current_model()
    parsed = parse_embeddings(body, loaded)
    vectors = await _run(context, parsed.texts)
    dim = len(vectors[0])
    if parsed.dimensions is not None and parsed.dimensions != dim:
        raise invalid(
            f"This model's embeddings have {dim} dimensions; Hearth does not shorten them "
            f"to {parsed.dimensions}. Leave dimensions out or ask for {dim}.",
            "dimensions",
        )
    data = [
        {"object": "embedding", "index": i, "embedding": _encoded(v, parsed.base64)}
        for i, v in enumerate(vectors)
    ]
    usage = {"prompt_tokens": vectors.prompt_tokens, "total_tokens": vectors.prompt_tokens}
    return JSONResponse({"object": "list", "data": data, "model": loaded, "usage": usage})


def _encoded(vector: Sequence[float], as_base64: bool) -> list[float] | str:
    if not as_base64:
        return list(vector)
    return base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode("ascii")


async def _run(context: ApiContext, texts: tuple[str, ...]) -> Embeddings:
    """Embed on the queue's thread, in turn with the other requests."""
    loop = asyncio.get_running_loop()
    result: asyncio.Future[Embeddings | ApiError | HearthError] = loop.create_future()
    request_id = f"embd-{uuid.uuid4().hex}"
    where = [0]  # its place in line when it arrived, set once submitted (the job may run first)

    def settle(value: Embeddings | ApiError | HearthError) -> None:
        if not result.done():
            result.set_result(value)

    def hand_over(value: Embeddings | ApiError | HearthError) -> None:
        # RuntimeError: the event loop ended (the server stopped): nobody listens.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(settle, value)

    def job(session: EngineSession, ticket: Ticket) -> None:
        value: Embeddings | ApiError | HearthError
        model = session.model
        if model is not None and not model.can_embed:
            value = ApiError(400, CANNOT_EMBED, param="model", code="model_cannot_embed")
        else:
            try:
                value = session.embed(texts)
            except HearthError as e:
                value = e
        hand_over(value)
        tokens = value.prompt_tokens if isinstance(value, Embeddings) else 0
        reason = "embedded" if isinstance(value, Embeddings) else "error"
        context.served(
            Served(request_id, False, tokens, 0, 0.0, reason, ticket.cancelled, where[0])
        )

    def dropped(_ticket: Ticket) -> None:
        hand_over(ApiError(503, "The request left the line before its turn.", "server_error"))

    try:
        ticket = context.queue.submit(job, request_id, dropped)
    except QueueFull as e:
        raise queue_full(e.retry_after_s) from None
    where[0] = context.queue.position(ticket)
    try:
        # A ticket the queue took but never ran (the server stopping, a job that failed
        # on a bug) gets no answer: the wait looks at the ticket now and then, so that it
        # does not last for ever.
        while not result.done():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(result), _WAIT_S)
            if ticket.done.is_set() and not result.done():
                await asyncio.sleep(0)  # the job's answer, handed over just before
                settle(ApiError(503, "Hearth ended this request unanswered.", "server_error"))
    finally:
        if not result.done():
            ticket.cancel()  # the client went away: leave the line
    value = result.result()
    if isinstance(value, Embeddings):
        return value
    if isinstance(value, ApiError):
        raise value
    if isinstance(value, ContextOverflow):
        raise ApiError(400, value.user_message, param="input", code="context_length_exceeded")
    raise ApiError(500, value.user_message, "server_error")
