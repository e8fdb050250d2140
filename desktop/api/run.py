"""One request's reply on the engine queue (ChatRun), and the helpers every endpoint shares
to hear it: its events, its end, its errors in OpenAI's shape, a client that goes away."""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from desktop.api.errors import ApiError
from desktop.api.queue import EngineQueue, QueueFull, Ticket
from desktop.api.request import ChatRequest
from desktop.core.errors import ContextOverflow, HearthError
from desktop.core.types import GenerationStats, StopReason
from desktop.engine.backend import CannotChat, OutputFormatError, Reply
from desktop.engine.formats import ContentDelta, Event
from desktop.engine.images import ImageError
from desktop.engine.session import EngineSession

HEADERS_WITHIN_S = 10.0  # a waiting stream gets its headers by then, started or not
FINISH = {StopReason.MAX_TOKENS: "length", StopReason.CONTEXT_FULL: "length"}
TIME_LIMIT = "time_limit"  # Served.stop_reason of a reply the time limit ended


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
        self.events: asyncio.Queue[Event | RunEnd | HearthError] = asyncio.Queue()
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
        return session.chat(
            r.messages, r.sampling, output_format=r.output_format, tools=r.tools,
            tool_choice=r.tool_choice, thinking=r.thinking,
        )  # fmt: skip

    def _events(self, reply: Reply) -> Iterator[Event]:
        """The reply's reasoning, answer and tool calls (a raw completion's: its text)."""
        return reply.events()

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
            for event in self._events(reply):
                self._emit(event)
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

    def _emit(self, event: Event | RunEnd | HearthError) -> None:
        self._call(self._put, event)

    def _put(self, event: Event | RunEnd | HearthError) -> None:
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
    if isinstance(e, ImageError):  # not an image, or a model that cannot see: the request's
        return ApiError(400, e.user_message, param="messages")
    return ApiError(500, e.user_message, "server_error")


async def watch_disconnect(request: Request, ticket: Ticket) -> None:
    """Cancel ticket as soon as the client goes away. The body is read by now, so the next
    ASGI message is the disconnect: it arrives the moment the connection closes (no polling)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass
    ticket.cancel()


async def collect_reply(run: ChatRun, request: Request) -> tuple[list[Event], RunEnd] | HearthError:
    """A reply not streamed: all its events and its end, or the error it failed with. A client
    that goes away meanwhile cancels it (its request leaves the line or its reply stops)."""
    pieces: list[Event] = []
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
    return pieces, end


def text_of(events: Sequence[Event]) -> str:
    """The answer's text (reasoning and tool calls left out)."""
    return "".join(e.text for e in events if isinstance(e, ContentDelta))
