"""The API server on 127.0.0.1 with the starter model, driven by the official openai SDK
(and httpx or raw sockets where a client must misbehave). One engine for the module; the
policies with other settings run on a second server over it, sharing its gate."""

from __future__ import annotations

import contextlib
import json
import queue
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from desktop.api.app import NO_MODEL, POSITION_HEADER, TIME_LIMIT, Served
from desktop.api.serve import ApiServer, model_id_for
from desktop.core.types import LoadParams
from desktop.engine.session import EngineSession

pytestmark = pytest.mark.integration

WAIT_S = 60.0  # every network call and wait has this limit
QUESTION = [{"role": "user", "content": "What is the capital of France?"}]
COUNTING = [{"role": "user", "content": "Count from 1 to 1000, one number per line."}]


class Api:
    def __init__(self, server: ApiServer, model: str, records: queue.Queue[Served]) -> None:
        self.server = server
        self.model = model
        self.records = records
        self.ended: dict[str, float] = {}  # perf_counter() when each request's record came
        self.client = openai.OpenAI(
            base_url=server.url, api_key="unused", timeout=WAIT_S, max_retries=0
        )

    def fresh_records(self) -> None:
        """Forget the records of earlier tests (once nothing runs, none is still to come)."""
        assert self.server.queue.wait_idle(WAIT_S)
        while not self.records.empty():
            self.records.get_nowait()

    def record(self, request_id: str) -> Served:
        """The log line of request_id, once its reply ended (other requests' are skipped)."""
        while True:
            record = self.records.get(timeout=WAIT_S)
            if record.id == request_id:
                return record


@pytest.fixture(scope="module")
def api(starter: Path) -> Iterator[Api]:
    session = EngineSession()
    records: queue.Queue[Served] = queue.Queue()
    server: ApiServer | None = None
    try:
        session.load(LoadParams(str(starter), n_ctx=2048))
        api: Api

        def served(record: Served) -> None:
            api.ended[record.id] = time.perf_counter()
            records.put(record)

        server = ApiServer(session, model_id_for(str(starter)), port=0, on_served=served)
        server.start()
        api = Api(server, model_id_for(str(starter)), records)
        yield api
        api.client.close()
    finally:
        if server is not None:
            server.stop()
        session.close()


def test_models_lists_the_loaded_model(api):
    models = api.client.models.list().data
    assert [m.id for m in models] == ["SmolLM2-135M-Instruct.Q4_1"]
    assert api.client.models.retrieve(api.model).id == api.model


def test_chat_not_streamed(api):
    reply = api.client.chat.completions.create(
        model=api.model, messages=QUESTION, temperature=0, max_tokens=64
    )
    choice = reply.choices[0]
    assert "Paris" in (choice.message.content or "")
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    assert reply.object == "chat.completion" and reply.id.startswith("chatcmpl-")
    assert reply.usage is not None and reply.usage.prompt_tokens > 0
    assert 0 < reply.usage.completion_tokens < 64
    record = api.record(reply.id)
    assert record.completion_tokens == reply.usage.completion_tokens
    assert record.stop_reason == "end_of_turn" and not record.disconnected


def test_chat_streamed_with_a_usage_chunk(api):
    stream = api.client.chat.completions.create(
        model=api.model,
        messages=QUESTION,
        temperature=0,
        max_tokens=64,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "Paris" in text
    assert chunks[-2].choices[0].finish_reason == "stop"
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens > 0
    assert all(c.usage is None for c in chunks[:-1])
    assert {c.id for c in chunks} == {chunks[0].id}
    # The same reply as without streaming (temperature 0).
    whole = api.client.chat.completions.create(
        model=api.model, messages=QUESTION, temperature=0, max_tokens=64
    )
    assert whole.choices[0].message.content == text


def test_stream_without_usage_ends_with_finish(api):
    stream = api.client.chat.completions.create(
        model=api.model, messages=QUESTION, max_tokens=3, stream=True
    )
    chunks = list(stream)
    assert chunks[-1].choices[0].finish_reason == "length"
    assert all(c.usage is None for c in chunks)


def test_max_tokens_and_stop_are_honoured(api):
    base = api.client.chat.completions.create(
        model=api.model, messages=COUNTING, temperature=0, max_completion_tokens=12
    )
    assert base.choices[0].finish_reason == "length"
    assert base.usage is not None and base.usage.completion_tokens == 12
    text = base.choices[0].message.content or ""
    word = text.split()[3]  # the reply is the same at temperature 0: stop at its fourth word
    stopped = api.client.chat.completions.create(
        model=api.model, messages=COUNTING, temperature=0, max_tokens=12, stop=[word, "zzz"]
    )
    assert stopped.choices[0].finish_reason == "stop"
    assert stopped.choices[0].message.content == text[: text.index(word)]


def test_same_seed_same_text(api):
    def reply(seed: int) -> str:
        r = api.client.chat.completions.create(
            model=api.model,
            messages=[{"role": "user", "content": "Write a haiku about ice hockey"}],
            temperature=1.0,
            max_tokens=40,
            seed=seed,
        )
        return r.choices[0].message.content or ""

    first = reply(2024)
    assert first and reply(2024) == first
    assert any(reply(seed) != first for seed in (1, 2, 3))


@pytest.mark.parametrize(
    "fields",
    [
        {"n": 2},
        {"functions": [{"name": "f", "parameters": {}}]},  # OpenAI's old form of tools
        {"logit_bias": {"1": 5}},
    ],
)
def test_unsupported_fields_are_400(api, fields):
    with pytest.raises(openai.BadRequestError) as caught:
        api.client.chat.completions.create(model=api.model, messages=QUESTION, **fields)
    error = caught.value.body
    assert isinstance(error, dict) and error["message"].endswith(".")
    assert error["param"] == next(iter(fields))


def test_an_unknown_model_is_refused(api):
    with pytest.raises(openai.NotFoundError) as caught:
        api.client.chat.completions.create(model="gpt-4o", messages=QUESTION)
    assert caught.value.code == "model_not_found"


def test_an_unknown_path_is_404_in_openai_shape(api):
    response = httpx.get(f"{api.server.url}/nothing", timeout=WAIT_S)
    assert response.status_code == 404 and "error" in response.json()


def test_a_key_is_needed_when_set():
    server = ApiServer(EngineSession(), "m", port=0, api_key="sekret")
    server.start()
    try:
        with openai.OpenAI(base_url=server.url, api_key="wrong", timeout=WAIT_S) as client:
            with pytest.raises(openai.AuthenticationError) as caught:
                client.models.list()
            assert caught.value.code == "invalid_api_key"
        bare = httpx.get(f"{server.url}/models", timeout=WAIT_S)
        assert bare.status_code == 401 and bare.headers["www-authenticate"] == "Bearer"
        with openai.OpenAI(base_url=server.url, api_key="sekret", timeout=WAIT_S) as client:
            assert [m.id for m in client.models.list().data] == ["m"]
    finally:
        server.stop()


@contextlib.contextmanager
def other_server(api: Api, **settings: Any) -> Iterator[ApiServer]:
    """A second server over the module's engine, sharing its gate (so never both at once)."""
    settings.setdefault("model_id", api.model)
    server = ApiServer(
        api.server.queue.session,
        port=0,
        gate=api.server.queue.gate,
        on_served=api.records.put,
        **settings,
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


def chat_body(api: Api, **fields: Any) -> dict[str, Any]:
    return {"model": api.model, "messages": QUESTION, "max_tokens": 2, **fields}


def raw_post(server: ApiServer, body: dict[str, Any]) -> socket.socket:
    """A client on a bare socket: it sends the request and never reads; close() leaves."""
    data = json.dumps(body).encode()
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=WAIT_S)
    head = (
        f"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n"
    )
    sock.sendall(head.encode() + data)
    return sock


def test_a_full_queue_answers_429_with_retry_after(api):
    with (
        other_server(api, max_waiting=1) as server,
        httpx.Client(base_url=server.url, timeout=WAIT_S) as client,
        contextlib.ExitStack() as window,
    ):
        window.enter_context(server.queue.gate.hold(front=True))  # the window holds the engine
        # A stream's headers go out when its prompt starts (a failure at the start is then
        # a plain 400), so the waiting streams are sent on bare sockets, read at the end.
        with raw_post(server, chat_body(api, stream=True)) as first:
            assert server.queue.wait_until(lambda running, _waiting: running is not None, WAIT_S)
            with raw_post(server, chat_body(api, stream=True)) as second:
                assert server.queue.wait_until(lambda _running, waiting: waiting == 1, WAIT_S)
                status = server.status()
                assert status.running is not None and status.waiting == 1
                full = client.post("/chat/completions", json=chat_body(api))
                assert full.status_code == 429
                assert int(full.headers["retry-after"]) >= 1
                error = full.json()["error"]
                assert error["code"] == "rate_limit_exceeded" and error["message"].endswith(".")
                window.close()  # the window's reply ended: both requests run
                # Behind the window: first in line, or already taken and waiting at the gate;
                # the window and the first request were ahead of the second.
                assert_position_and_done(first, ("1", "2"))
                assert_position_and_done(second, ("2",))
        assert server.queue.wait_idle(WAIT_S)


def assert_position_and_done(sock: socket.socket, positions: tuple[str, ...]) -> None:
    """Read a raw_post stream to its [DONE]: 200, its queue position one of positions."""
    data = b""
    while b"data: [DONE]" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"the stream ended before [DONE]: {data!r}"
        data += chunk
    head = data.split(b"\r\n\r\n", 1)[0].decode().lower().split("\r\n")
    assert head[0].startswith("http/1.1 200")
    assert any(line in head for line in (f"{POSITION_HEADER.lower()}: {p}" for p in positions))


def test_the_time_limit_ends_a_long_reply(api):
    with other_server(api, time_limit_s=0.3) as server:
        with openai.OpenAI(base_url=server.url, api_key="-", timeout=WAIT_S) as client:
            reply = client.chat.completions.create(
                model=api.model, messages=COUNTING, temperature=0, max_tokens=1500
            )
        assert reply.choices[0].finish_reason == "length"
        record = api.record(reply.id)
        assert record.stop_reason == TIME_LIMIT and not record.disconnected
        assert record.completion_tokens < 1500  # 0 when a busy machine was still reading the prompt


def test_max_tokens_is_capped_by_the_server_and_the_context(api):
    # More than the whole 2048-token context: refused, as vLLM does.
    with pytest.raises(openai.BadRequestError) as caught:
        api.client.chat.completions.create(model=api.model, messages=QUESTION, max_tokens=5000)
    assert caught.value.code == "context_length_exceeded"
    assert isinstance(caught.value.body, dict) and caught.value.body["param"] == "max_tokens"
    # Above the server's own cap: lowered to it, as llama-server's --n-predict does.
    with (
        other_server(api, max_tokens=3) as server,
        openai.OpenAI(base_url=server.url, api_key="-", timeout=WAIT_S) as client,
    ):
        for asked in ({"max_tokens": 100}, {}):
            reply = client.chat.completions.create(
                model=api.model, messages=COUNTING, temperature=0, **asked
            )
            assert reply.choices[0].finish_reason == "length"
            assert reply.usage is not None and reply.usage.completion_tokens == 3


def test_no_model_loaded_is_503_and_the_id_follows_the_window(api):
    loaded: list[str | None] = [None]
    with (
        other_server(api, model_id=lambda: loaded[0]) as server,
        openai.OpenAI(base_url=server.url, api_key="-", timeout=WAIT_S, max_retries=0) as client,
    ):
        assert client.models.list().data == []
        with pytest.raises(openai.InternalServerError) as caught:
            client.chat.completions.create(model=api.model, messages=QUESTION)
        assert caught.value.status_code == 503
        assert isinstance(caught.value.body, dict) and caught.value.body["message"] == NO_MODEL
        loaded[0] = api.model  # the window loaded a model
        assert [m.id for m in client.models.list().data] == [api.model]
        reply = client.chat.completions.create(model=api.model, messages=QUESTION, max_tokens=2)
        assert reply.choices[0].message.content is not None


def test_cors_is_off_unless_the_origin_is_listed(api):
    def preflight(server: ApiServer, origin: str) -> httpx.Response:
        return httpx.options(
            f"{server.url}/chat/completions",
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type",
            },
            timeout=WAIT_S,
        )

    listed, other = "http://app.example", "http://evil.example"
    assert "access-control-allow-origin" not in preflight(api.server, listed).headers
    with other_server(api, cors_origins=[listed]) as server:
        allowed = preflight(server, listed)
        assert allowed.status_code == 200
        assert allowed.headers["access-control-allow-origin"] == listed
        assert "access-control-allow-origin" not in preflight(server, other).headers
        simple = httpx.get(f"{server.url}/models", headers={"Origin": listed}, timeout=WAIT_S)
        assert simple.headers["access-control-allow-origin"] == listed


@pytest.mark.parametrize("stream", [False, True])
def test_a_waiting_request_whose_client_leaves_is_removed_at_once(api, stream):
    queue_ = api.server.queue
    api.fresh_records()
    with contextlib.ExitStack() as window:
        window.enter_context(queue_.gate.hold(front=True))
        first = raw_post(api.server, chat_body(api))
        assert queue_.wait_until(lambda running, _waiting: running is not None, WAIT_S)
        second = raw_post(api.server, chat_body(api, stream=stream))
        assert queue_.wait_until(lambda _running, waiting: waiting == 1, WAIT_S)
        second.close()
        # Out of the line while the window still holds the engine: not only flagged.
        assert queue_.wait_until(lambda _running, waiting: waiting == 0, WAIT_S)
        left = api.records.get(timeout=WAIT_S)
        assert left.disconnected and left.completion_tokens == 0 and left.stream == stream
        assert left.queue_position == 2  # behind the window and the first request
    ran = api.records.get(timeout=WAIT_S)
    assert not ran.disconnected and ran.completion_tokens > 0
    first.close()
    assert queue_.wait_idle(WAIT_S)


def test_a_client_that_leaves_a_reply_not_streamed_stops_it(api, request):
    api.fresh_records()
    sock = raw_post(api.server, chat_body(api, messages=COUNTING, max_tokens=1500))
    assert api.server.queue.wait_until(lambda running, _waiting: running is not None, WAIT_S)
    left = time.perf_counter()
    sock.close()
    record = api.records.get(timeout=WAIT_S)
    assert record.disconnected and record.stop_reason == "stopped_by_user"
    assert record.completion_tokens < 1500
    assert api.server.queue.wait_idle(WAIT_S)  # the engine is free for the next request
    # The figure for the report (the assertion is on the record, not on wall time).
    stopped_ms = (api.ended[record.id] - left) * 1000
    request.node.user_properties.append(("disconnect_to_stop_ms", stopped_ms))
