"""POST /v1/chat/completions: a reply's reasoning, answer and tool calls in OpenAI's shapes.

Reasoning travels as `reasoning_content` (llama-server's, vLLM's and DeepSeek's name). Tool
calls stream as llama-server sends them: the call's id and name when it starts, then its
arguments as JSON; the parsed arguments are sent whole when the call ends (the raw text the
model writes may hold back closing braces or spacing), so the argument strings of a call's
chunks always join into the JSON the non-streamed reply has.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from sse_starlette import EventSourceResponse
from starlette.responses import JSONResponse, Response

from desktop.api.app import POSITION_HEADER, ApiContext, read_json
from desktop.api.errors import ApiError
from desktop.api.images import Uploads
from desktop.api.request import ChatRequest, parse_chat
from desktop.api.run import ChatRun, RunEnd, Served, collect_reply, engine_error, usage_of
from desktop.core.errors import HearthError
from desktop.core.types import ToolCall
from desktop.engine.backend import OutputFormatError
from desktop.engine.formats import (
    ContentDelta,
    Event,
    ReasoningDelta,
    ToolCallArgsDelta,
    ToolCallEnd,
    ToolCallStart,
)
from desktop.engine.images import has_images, no_vision, sees_images

router = APIRouter()


@dataclass(frozen=True, slots=True)
class ReplyParts:
    """A whole reply, its events gathered."""

    content: str
    reasoning: str
    tool_calls: tuple[ToolCall, ...]


def gather(events: Iterable[Event]) -> ReplyParts:
    content: list[str] = []
    reasoning: list[str] = []
    calls: list[ToolCall] = []
    for e in events:
        if isinstance(e, ContentDelta):
            content.append(e.text)
        elif isinstance(e, ReasoningDelta):
            reasoning.append(e.text)
        elif isinstance(e, ToolCallEnd) and e.name:
            calls.append(_tool_call(e))
        elif isinstance(e, ToolCallEnd):  # no tool name: what the model wrote is text
            content.append(e.raw)
    return ReplyParts("".join(content), "".join(reasoning), tuple(calls))


def _tool_call(e: ToolCallEnd) -> ToolCall:
    return ToolCall(e.id, e.name, e.arguments, e.raw, e.error)


def message(parts: ReplyParts) -> dict[str, Any]:
    """The non-streamed choice's message. content is null when the reply is only calls, as
    OpenAI's is; reasoning_content and tool_calls are left out when there are none."""
    out: dict[str, Any] = {
        "role": "assistant",
        "content": None if parts.tool_calls and not parts.content else parts.content,
    }
    if parts.reasoning:
        out["reasoning_content"] = parts.reasoning
    if parts.tool_calls:
        out["tool_calls"] = [call.openai() for call in parts.tool_calls]
    return out


def finish_reason(finish: str, called: bool) -> str:
    """ "tool_calls" for a reply that asked for calls and ended on its own."""
    return "tool_calls" if called and finish == "stop" else finish


class DeltaShaper:
    """A reply's events as chat.completion.chunk deltas, one event at a time, as gather()
    and message() shape them whole: a call with no tool name (cut off before it, or not a
    call object) is the model's text, and the calls are numbered without it."""

    def __init__(self) -> None:
        self._index: dict[int, int] = {}  # the parser's index of a call -> the API's

    @property
    def called(self) -> bool:
        """Whether the reply asked for a tool call."""
        return bool(self._index)

    def delta(self, event: Event) -> dict[str, Any] | None:
        """The delta for event, or None when it adds nothing a client reads."""
        if isinstance(event, ContentDelta):
            return {"content": event.text} if event.text else None
        if isinstance(event, ReasoningDelta):
            return {"reasoning_content": event.text} if event.text else None
        if isinstance(event, ToolCallArgsDelta) or not event.name:
            if isinstance(event, ToolCallEnd) and event.raw:
                return {"content": event.raw}
            # Raw argument text as it forms: the parsed arguments come with the end.
            return None
        if isinstance(event, ToolCallStart):
            index = self._index.setdefault(event.index, len(self._index))
            return _calls(_head(index, event.id, event.name, ""))
        arguments = _tool_call(event).openai()["function"]["arguments"]
        if event.index not in self._index:  # an end without a start: the whole call at once
            index = self._index.setdefault(event.index, len(self._index))
            return _calls(_head(index, event.id, event.name, arguments))
        return _calls({"index": self._index[event.index], "function": {"arguments": arguments}})


def _head(index: int, call_id: str, name: str, arguments: str) -> dict[str, Any]:
    function = {"name": name, "arguments": arguments}
    return {"index": index, "id": call_id, "type": "function", "function": function}


def _calls(call: dict[str, Any]) -> dict[str, Any]:
    return {"tool_calls": [call]}


def chat_error(request: ChatRequest, e: HearthError) -> ApiError:
    """The app's error for e; a grammar the engine cannot build for the tools names them."""
    error = engine_error(e)
    if isinstance(e, OutputFormatError) and request.tools and request.output_format is None:
        error.param = "tools"
    return error


@router.post("/v1/chat/completions", response_model=None)
async def chat(request: Request) -> Response:
    context: ApiContext = request.app.state.hearth
    body = await read_json(request, context.max_body)
    loaded = context.current_model()
    uploads = Uploads()  # the request's images, removed once its run has ended

    def served(record: Served) -> None:
        uploads.remove()
        context.served(record)

    try:
        parsed = parse_chat(body, loaded, uploads)
        if has_images(parsed.messages):
            _check_vision(context)
        sampling = parsed.sampling
        limited = context.limit_tokens(body, sampling.max_tokens)
        if limited != sampling.max_tokens:
            parsed = replace(parsed, sampling=replace(sampling, max_tokens=limited))
        run = ChatRun(context.queue, parsed, served, time_limit_s=context.time_limit_s)
    except BaseException:
        uploads.remove()
        raise
    headers = {POSITION_HEADER: str(run.position)}
    if parsed.stream:
        failed = await run.started(request)
        if failed is not None:
            return chat_error(parsed, failed).response()
        # send_timeout: a client that stops reading is dropped once a send waits this long.
        return EventSourceResponse(
            _stream(run, loaded, parsed),
            ping=15,
            headers=headers,
            send_timeout=context.time_limit_s,
        )
    response = await _complete(run, loaded, request, parsed)
    response.headers.update(headers)
    return response


def _check_vision(context: ApiContext) -> None:
    """400 with the engine's sentence when the loaded model cannot see images, before the
    request waits in line (the engine refuses too, for a model changed meanwhile)."""
    model = context.queue.session.model
    if model is not None and not sees_images(model):
        sentence = no_vision(Path(model.path).name)
        raise ApiError(400, sentence, param="messages", code="model_cannot_see")


def _body(run: ChatRun, model_id: str, kind: str) -> dict[str, Any]:
    return {"id": run.id, "object": kind, "created": run.created, "model": model_id}


async def _complete(run: ChatRun, model_id: str, request: Request, parsed: ChatRequest) -> Response:
    collected = await collect_reply(run, request)
    if isinstance(collected, HearthError):
        return chat_error(parsed, collected).response()
    events, end = collected
    parts = gather(events)
    choice = {
        "index": 0,
        "message": message(parts),
        "logprobs": None,
        "finish_reason": finish_reason(run.finish(end.stats), bool(parts.tool_calls)),
    }
    body = _body(run, model_id, "chat.completion")
    return JSONResponse({**body, "choices": [choice], "usage": usage_of(end.stats)})


async def _stream(
    run: ChatRun, model_id: str, request: ChatRequest
) -> AsyncIterator[dict[str, str]]:
    """chat.completion.chunk events, then [DONE]. A client that goes away cancels this
    generator (sse-starlette watches for the disconnect): the finally stops the reply."""

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, str]:
        body = _body(run, model_id, "chat.completion.chunk")
        body["choices"] = [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]
        if request.include_usage:
            body["usage"] = None
        return {"data": json.dumps(body)}

    shaper = DeltaShaper()
    finished = False
    try:
        yield chunk({"role": "assistant", "content": ""})
        while True:
            event = await run.events.get()
            if isinstance(event, HearthError):
                # Headers are gone: the error travels as an event, as OpenAI's does.
                yield {"data": json.dumps(chat_error(request, event).body())}
            elif isinstance(event, RunEnd):
                yield chunk({}, finish_reason(run.finish(event.stats), shaper.called))
                if request.include_usage:
                    usage = {**_body(run, model_id, "chat.completion.chunk"), "choices": []}
                    yield {"data": json.dumps({**usage, "usage": usage_of(event.stats)})}
            else:
                delta = shaper.delta(event)
                if delta is not None:
                    yield chunk(delta)
                continue
            finished = True
            yield {"data": "[DONE]"}
            return
    finally:
        run.close()
        if not finished:
            run.ticket.cancel()
