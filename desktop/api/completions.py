"""POST /v1/completions: OpenAI's legacy text completion, a raw prompt with no chat template.

It waits its turn in the same EngineQueue as chat completions (the app's ChatRun, with the
engine's raw completion in place of a chat reply) and keeps the server's policies: the body
limit, the 429, max_tokens against the context, the time limit, a client that goes away.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from fastapi import APIRouter, Request
from sse_starlette import EventSourceResponse
from starlette.responses import JSONResponse, Response

from desktop.api.app import POSITION_HEADER, ApiContext, read_json
from desktop.api.errors import ApiError, invalid, refused
from desktop.api.queue import EngineQueue
from desktop.api.request import ChatRequest, check_model, sampling, streaming
from desktop.api.run import ChatRun, RunEnd, Served, collect_reply, engine_error, text_of, usage_of
from desktop.core.errors import ContextOverflow, HearthError
from desktop.core.types import PRESETS
from desktop.engine.backend import Reply
from desktop.engine.formats import ContentDelta, Event
from desktop.engine.session import EngineSession

router = APIRouter()

DEFAULT_MAX_TOKENS = 16  # OpenAI's default for this endpoint (a chat's is the whole context)
FIELDS = frozenset(
    {
        "model", "prompt", "stream", "stream_options", "temperature", "top_p", "max_tokens",
        "stop", "seed", "n", "best_of", "logprobs", "echo", "suffix", "presence_penalty",
        "frequency_penalty", "logit_bias", "top_k", "min_p", "user",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CompletionRequest:
    prompt: str
    chat: ChatRequest  # the model, sampling and streaming, in the shape the queue's run takes


def parse_completion(body: Any, model_id: str) -> CompletionRequest:
    """The request, or ApiError(400) saying what is wrong or unsupported."""
    if not isinstance(body, dict):
        raise invalid("The request body must be a JSON object.")
    unknown = sorted(set(body) - FIELDS)
    if unknown:
        raise refused(unknown[0], f"Hearth does not support the field {unknown[0]!r}.")
    for name in ("n", "best_of"):
        if body.get(name) not in (None, 1):
            raise refused(name, f"Hearth writes one completion per request: use {name}=1.")
    if body.get("logprobs") is not None:
        raise refused("logprobs", "Hearth does not return log probabilities yet.")
    if body.get("echo"):
        raise refused("echo", "Hearth does not echo the prompt: leave echo out.")
    if body.get("suffix"):
        raise refused("suffix", "Hearth does not fill in the middle: leave suffix out.")
    if body.get("logit_bias"):
        raise refused("logit_bias", "Hearth does not support logit_bias yet.")
    model = check_model(body, model_id)
    stream, include_usage = streaming(body)
    base = replace(PRESETS["Balanced"], max_tokens=DEFAULT_MAX_TOKENS)
    chat = ChatRequest(model, (), sampling(body, base), stream, include_usage)
    return CompletionRequest(_prompt(body.get("prompt")), chat)


def _prompt(raw: Any) -> str:
    if isinstance(raw, list):
        if len(raw) != 1:
            raise refused("prompt", "Hearth completes one prompt per request: send one string.")
        raw = raw[0]
    if not isinstance(raw, str):
        raise invalid("The field 'prompt' must be a string (token lists are not taken).", "prompt")
    if not raw:
        raise invalid("The field 'prompt' must not be empty.", "prompt")
    return raw


class _CompletionRun(ChatRun):
    """The app's run (queue, time limit, the log) for a raw completion."""

    prefix = "cmpl"

    def __init__(
        self,
        queue: EngineQueue,
        request: CompletionRequest,
        served: Callable[[Served], None],
        time_limit_s: float,
    ) -> None:
        self._prompt = request.prompt  # before the job can run: the queue may start it at once
        super().__init__(queue, request.chat, served, time_limit_s=time_limit_s)

    def _start(self, session: EngineSession) -> Reply:
        return session.complete(self._prompt, self._request.sampling)

    def _events(self, reply: Reply) -> Iterator[Event]:
        return (ContentDelta(piece) for piece in reply)  # raw text: no reasoning, no calls


@router.post("/v1/completions", response_model=None)
async def completions(request: Request) -> Response:
    context: ApiContext = request.app.state.hearth
    body = await read_json(request, context.max_body)
    loaded = context.current_model()
    parsed = parse_completion(body, loaded)
    asked = parsed.chat.sampling.max_tokens
    limited = context.limit_tokens(body, asked)
    if limited != asked:
        chat = replace(parsed.chat, sampling=replace(parsed.chat.sampling, max_tokens=limited))
        parsed = replace(parsed, chat=chat)
    run = _CompletionRun(context.queue, parsed, context.served, context.time_limit_s)
    headers = {POSITION_HEADER: str(run.position)}
    if parsed.chat.stream:
        failed = await run.started(request)  # a failure at the start: the same status
        if failed is not None:
            return _error(failed).response()
        return EventSourceResponse(
            _stream(run, loaded, parsed.chat.include_usage),
            ping=15,
            headers=headers,
            send_timeout=context.time_limit_s,
        )
    response = await _complete(run, loaded, request)
    response.headers.update(headers)
    return response


def _error(e: HearthError) -> ApiError:
    """The app's error for e, naming the prompt where a chat's would name the messages."""
    error = engine_error(e)
    if isinstance(e, ContextOverflow):
        error.param = "prompt"
    return error


def _body(run: ChatRun, model_id: str, choices: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": run.id,
        "object": "text_completion",
        "created": run.created,
        "model": model_id,
        "choices": choices,
    }


def _choice(text: str, finish: str | None) -> dict[str, Any]:
    return {"text": text, "index": 0, "logprobs": None, "finish_reason": finish}


async def _complete(run: ChatRun, model_id: str, request: Request) -> Response:
    collected = await collect_reply(run, request)
    if isinstance(collected, HearthError):
        return _error(collected).response()
    events, end = collected
    text = text_of(events)
    body = _body(run, model_id, [_choice(text, run.finish(end.stats))])
    body["usage"] = usage_of(end.stats)
    return JSONResponse(body)


async def _stream(
    run: ChatRun, model_id: str, include_usage: bool
) -> AsyncIterator[dict[str, str]]:
    """text_completion chunks, then [DONE]; a client that goes away stops the reply."""

    def chunk(text: str, finish: str | None = None) -> dict[str, str]:
        body = _body(run, model_id, [_choice(text, finish)])
        if include_usage:
            body["usage"] = None
        return {"data": json.dumps(body)}

    finished = False
    try:
        while True:
            event = await run.events.get()
            if isinstance(event, HearthError):
                yield {"data": json.dumps(_error(event).body())}
            elif isinstance(event, RunEnd):
                yield chunk("", run.finish(event.stats))
                if include_usage:
                    usage = {**_body(run, model_id, []), "usage": usage_of(event.stats)}
                    yield {"data": json.dumps(usage)}
            else:
                if isinstance(event, ContentDelta):
                    yield chunk(event.text)
                continue
            finished = True
            yield {"data": "[DONE]"}
            return
    finally:
        run.close()
        if not finished:
            run.ticket.cancel()
