"""POST /v1/embeddings on 127.0.0.1 with a real embedder (all-MiniLM-L6-v2 as GGUF), driven
by the official openai SDK (float and base64) and httpx for the refusals; `hearth serve
--model` on the embedder; and a chat model's server refusing to embed."""

from __future__ import annotations

import queue
import selectors
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest
from embedder_gguf import DIMENSIONS, cosine, embedder_for, reference

from desktop.api.app import Served
from desktop.api.serve import ApiServer, model_id_for
from desktop.core.types import LoadParams
from desktop.engine.session import EngineSession

pytestmark = pytest.mark.integration

WAIT_S = 60.0  # every network call and wait has this limit


@pytest.fixture(scope="module")
def embedder(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return embedder_for(request.config, tmp_path_factory)


class Api:
    def __init__(self, server: ApiServer, model: str, records: queue.Queue[Served]) -> None:
        self.server = server
        self.model = model
        self.records = records
        self.client = openai.OpenAI(
            base_url=server.url, api_key="unused", timeout=WAIT_S, max_retries=0
        )
        self.http = httpx.Client(base_url=server.url, timeout=WAIT_S)

    def post(self, **body: object) -> httpx.Response:
        return self.http.post("/embeddings", json={"model": self.model, **body})


@pytest.fixture(scope="module")
def api(embedder: Path) -> Iterator[Api]:
    session = EngineSession()
    records: queue.Queue[Served] = queue.Queue()
    server: ApiServer | None = None
    try:
        session.load(LoadParams(str(embedder), n_ctx=512))
        model = model_id_for(str(embedder))
        server = ApiServer(session, model, port=0, on_served=records.put)
        server.start()
        api = Api(server, model, records)
        yield api
        api.client.close()
        api.http.close()
    finally:
        if server is not None:
            server.stop()
        session.close()


def test_sdk_float_and_base64(api):
    texts, expected = reference()
    floats = api.client.embeddings.create(model=api.model, input=texts, encoding_format="float")
    # Without encoding_format the SDK asks for base64 and decodes it itself.
    decoded = api.client.embeddings.create(model=api.model, input=texts)
    assert floats.model == api.model and floats.object == "list"
    assert [d.index for d in floats.data] == [0, 1, 2]
    for a, b, want in zip(floats.data, decoded.data, expected, strict=True):
        assert len(a.embedding) == len(b.embedding) == DIMENSIONS
        assert cosine(a.embedding, b.embedding) > 0.999999
        assert cosine(a.embedding, want) >= 0.99
    cat, kitten, crash = (d.embedding for d in floats.data)
    assert cosine(cat, kitten) > cosine(cat, crash)
    assert floats.usage.prompt_tokens == floats.usage.total_tokens == 24
    record = api.records.get(timeout=WAIT_S)
    assert record.prompt_tokens == 24 and record.stop_reason == "embedded"


def test_one_string_and_the_models_own_dimensions(api):
    reply = api.post(input="a cat sits on the mat", dimensions=DIMENSIONS)
    assert reply.status_code == 200
    assert len(reply.json()["data"]) == 1
    assert len(reply.json()["data"][0]["embedding"]) == DIMENSIONS


@pytest.mark.parametrize(
    ("body", "param", "words"),
    [
        ({"input": [101, 1037, 102]}, "input", "not token arrays"),
        ({"input": [[101, 102]]}, "input", "not token arrays"),
        ({"input": []}, "input", "non-empty list"),
        ({"input": "x", "dimensions": 256}, "dimensions", "384 dimensions"),
        ({"input": "x", "encoding_format": "int8"}, "encoding_format", "'float' or 'base64'"),
        ({"input": "x", "truncate": True}, "truncate", "does not support"),
        ({"input": ["ok", "word " * 600]}, "input", "Input 2 of 2 is 602 tokens long"),
    ],
)
def test_refusals_are_400_with_a_sentence(api, body, param, words):
    reply = api.post(**body)
    assert reply.status_code == 400
    error = reply.json()["error"]
    assert error["param"] == param and words in error["message"]


@pytest.mark.parametrize("stream", [False, True])
def test_a_chat_on_the_embedder_is_400_with_a_sentence(api, stream):
    # Only the engine knows the model cannot chat: streamed or not, the same 400.
    reply = api.http.post(
        "/chat/completions",
        json={
            "model": api.model,
            "messages": [{"role": "user", "content": "Hi"}],
            "stream": stream,
        },
    )
    assert reply.status_code == 400, reply.text
    error = reply.json()["error"]
    assert error["code"] == "model_cannot_chat" and error["type"] == "invalid_request_error"
    assert error["message"] == f"{api.model}.gguf is an embedding model: it cannot chat."
    # Earlier tests' embeddings may still be in the log before this request's record.
    records = iter(lambda: api.records.get(timeout=WAIT_S), None)
    assert next(r for r in records if r.stop_reason != "embedded").stop_reason == "error"


def test_a_chat_model_server_refuses_embeddings(starter):
    session = EngineSession()
    server: ApiServer | None = None
    try:
        session.load(LoadParams(str(starter), n_ctx=512))
        server = ApiServer(session, model_id_for(str(starter)), port=0)
        server.start()
        client = openai.OpenAI(base_url=server.url, api_key="x", timeout=WAIT_S, max_retries=0)
        with client, pytest.raises(openai.BadRequestError) as refused:
            client.embeddings.create(model=model_id_for(str(starter)), input="hello")
        assert "cannot embed" in refused.value.message
        assert refused.value.code == "model_cannot_embed"
    finally:
        if server is not None:
            server.stop()
        session.close()


def test_hearth_serve_an_embedder(embedder):
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "serve", "--model", str(embedder), "--port", "0"],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = _line_with(proc, "serving ")
        url = line.split(" on ", 1)[1].split(";", 1)[0]
        with openai.OpenAI(base_url=url, api_key="x", timeout=WAIT_S, max_retries=0) as c:
            model = c.models.list().data[0].id
            assert model == model_id_for(str(embedder))
            reply = c.embeddings.create(model=model, input=["a kitten is sitting on a rug"])
            assert len(reply.data[0].embedding) == DIMENSIONS
            with pytest.raises(openai.APIStatusError) as refused:
                c.chat.completions.create(
                    model=model, messages=[{"role": "user", "content": "Hi"}], max_tokens=4
                )
            assert f"{embedder.name} is an embedding model: it cannot chat." in str(
                refused.value.message
            )
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=WAIT_S) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=WAIT_S)
        if proc.stderr is not None:
            proc.stderr.close()


def _line_with(proc: subprocess.Popen[str], text: str) -> str:
    """The first stderr line containing text (each wait is limited)."""
    assert proc.stderr is not None
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stderr, selectors.EVENT_READ)
        while True:
            assert selector.select(WAIT_S), f"no {text!r} on stderr in time"
            line = proc.stderr.readline()
            assert line, f"hearth serve ended before saying {text!r}"
            if text in line:
                return line.strip()
