"""The API server on 127.0.0.1 with the starter model, driven by the official openai SDK
(and httpx where a client must misbehave). One engine and one server for the module."""

from __future__ import annotations

import json
import queue
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest

from desktop.api.app import MAX_BODY, Served
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
        self.client = openai.OpenAI(
            base_url=server.url, api_key="unused", timeout=WAIT_S, max_retries=0
        )

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
        server = ApiServer(session, model_id_for(str(starter)), port=0, on_served=records.put)
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
        {"tools": [{"type": "function", "function": {"name": "f", "parameters": {}}}]},
        {"response_format": {"type": "json_object"}},
        {"presence_penalty": 1.0},
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


def test_malformed_json_is_400(api):
    response = httpx.post(
        f"{api.server.url}/chat/completions",
        content=b'{"model": "x", "messages": [',
        headers={"Content-Type": "application/json"},
        timeout=WAIT_S,
    )
    assert response.status_code == 400
    assert set(response.json()["error"]) == {"message", "type", "param", "code"}


def test_a_body_too_large_is_413(api):
    big = b" " * (MAX_BODY + 1)
    declared = httpx.post(f"{api.server.url}/chat/completions", content=big, timeout=WAIT_S)
    assert declared.status_code == 413
    # Without a Content-Length (chunked), the limit is counted as the body arrives.
    chunked = httpx.post(
        f"{api.server.url}/chat/completions",
        content=iter([big[: MAX_BODY // 2], big[MAX_BODY // 2 :]]),
        timeout=WAIT_S,
    )
    assert chunked.status_code == 413
    assert chunked.json()["error"]["message"].startswith("The request body is larger")


def test_an_unknown_path_is_404_in_openai_shape(api):
    response = httpx.get(f"{api.server.url}/nothing", timeout=WAIT_S)
    assert response.status_code == 404 and "error" in response.json()


def test_a_wrong_host_header_is_refused(api):
    # What a page on attacker.example reaches after re-pointing its name at 127.0.0.1.
    response = httpx.get(
        f"{api.server.url}/models", headers={"Host": "attacker.example"}, timeout=WAIT_S
    )
    assert response.status_code == 421
    assert response.json()["error"]["code"] == "host_not_allowed"
    local = httpx.get(
        f"{api.server.url}/models", headers={"Host": f"localhost:{api.server.port}"}, timeout=WAIT_S
    )
    assert local.status_code == 200


def test_a_client_that_goes_away_stops_its_reply(api):
    body = {
        "model": api.model,
        "messages": COUNTING,
        "max_tokens": 1500,
        "stream": True,
        "temperature": 0,
    }
    request_id = ""
    with (
        httpx.Client(timeout=WAIT_S) as client,
        client.stream("POST", f"{api.server.url}/chat/completions", json=body) as response,
    ):
        assert response.status_code == 200
        for line in response.iter_lines():
            if line.startswith("data: {"):
                chunk = json.loads(line.removeprefix("data: "))
                request_id = chunk["id"]
                if chunk["choices"][0]["delta"].get("content"):
                    break  # leave with the reply under way: closes the connection
    record = api.record(request_id)
    assert record.disconnected and record.stop_reason == "stopped_by_user"
    assert record.completion_tokens < 1500
    assert api.server.queue.wait_idle(WAIT_S)
    after = api.client.chat.completions.create(model=api.model, messages=QUESTION, max_tokens=4)
    assert after.choices[0].message.content


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


def test_a_non_loopback_bind_without_a_key_is_refused():
    with pytest.raises(ValueError, match="set an API key"):
        ApiServer(EngineSession(), "m", host="0.0.0.0", port=0)
