"""response_format and the penalties through the API: the official openai SDK against a real
ApiServer on the starter; and a RemoteBackend passing a format on to that server (Hearth as
the remote of Hearth). One engine and one server for the module."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

from desktop.api.serve import ApiServer, model_id_for
from desktop.core.connections import Connection
from desktop.core.types import LoadParams, Message, OutputFormat, SamplingParams
from desktop.engine.remote import RemoteBackend
from desktop.engine.session import EngineSession

pytestmark = pytest.mark.integration

WAIT_S = 60.0  # every network call has this limit
ASK = [{"role": "user", "content": "Name a large city and its population, as JSON."}]
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "population": {"type": "integer"}},
    "required": ["city", "population"],
    "additionalProperties": False,
}
JSON_SCHEMA = {"type": "json_schema", "json_schema": {"name": "city", "schema": SCHEMA}}


@pytest.fixture(scope="module")
def served(starter: Path) -> Iterator[tuple[ApiServer, openai.OpenAI, str]]:
    session = EngineSession()
    server: ApiServer | None = None
    try:
        session.load(LoadParams(str(starter), n_ctx=2048))
        server = ApiServer(session, model_id_for(str(starter)), port=0)
        server.start()
        client = openai.OpenAI(base_url=server.url, api_key="unused", timeout=WAIT_S, max_retries=0)
        yield server, client, model_id_for(str(starter))
        client.close()
    finally:
        if server is not None:
            server.stop()
        session.close()


def check_city(text: str) -> None:
    """text is JSON valid against SCHEMA (checked by hand: jsonschema is not installed)."""
    data = json.loads(text)
    assert isinstance(data, dict) and set(data) == {"city", "population"}, text
    assert isinstance(data["city"], str) and isinstance(data["population"], int), text
    assert not isinstance(data["population"], bool)


def test_json_schema_not_streamed(served):
    _, client, model = served
    reply = client.chat.completions.create(
        model=model, messages=ASK, temperature=0.8, seed=3, max_tokens=60,
        response_format=JSON_SCHEMA,
    )  # fmt: skip
    choice = reply.choices[0]
    check_city(choice.message.content or "")
    assert choice.finish_reason == "stop"


def test_json_schema_streamed(served):
    _, client, model = served
    stream = client.chat.completions.create(
        model=model, messages=ASK, temperature=0.8, seed=4, max_tokens=60,
        response_format=JSON_SCHEMA, stream=True,
    )  # fmt: skip
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    check_city(text)
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_json_object(served):
    _, client, model = served
    reply = client.chat.completions.create(
        model=model, messages=ASK, temperature=0, max_tokens=60,
        response_format={"type": "json_object"},
    )  # fmt: skip
    assert reply.choices[0].finish_reason == "stop"
    assert isinstance(json.loads(reply.choices[0].message.content or ""), dict)


@pytest.mark.parametrize("stream", [False, True])
def test_a_schema_the_engine_cannot_compile_is_400_with_a_sentence(served, stream):
    # request.py takes the schema (a $ref is valid JSON Schema); only the engine's grammar
    # refuses it, at the start of the reply: a stream gets the same 400, before any chunk.
    _, client, model = served
    schema = {"type": "object", "properties": {"a": {"$ref": "#/$defs/missing"}}}
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(
            model=model, messages=ASK, max_tokens=8, stream=stream,
            response_format={"type": "json_schema", "json_schema": {"name": "x", "schema": schema}},
        )  # fmt: skip
    error = caught.value.body
    assert isinstance(error, dict) and error["param"] == "response_format"
    assert error["message"].startswith("The JSON schema cannot be turned into a grammar")


def test_penalties_and_extensions_reach_the_sampler(served):
    _, client, model = served
    counting = [{"role": "user", "content": "Count from 1 to 20, one number per line."}]

    def greedy(**extra: Any) -> str:
        reply = client.chat.completions.create(
            model=model, messages=counting, temperature=0, max_tokens=24, **extra
        )
        return reply.choices[0].message.content or ""

    plain = greedy()
    # Greedy, so only the penalties can change the text: every token already seen costs
    # 1 + 2 per time it appeared.
    assert greedy(frequency_penalty=2.0, presence_penalty=1.0) != plain
    assert greedy(extra_body={"top_k": 1, "min_p": 0.0}) == plain  # greedy either way


def test_a_remote_backend_sends_the_format_on(served):
    server, _, model = served
    remote = RemoteBackend(Connection("self", server.url))
    try:
        remote.start()
        remote.load(LoadParams(model))
        sampling = SamplingParams(temperature=0.8, seed=5, max_tokens=60)
        ask = [Message("user", ASK[0]["content"])]
        reply = remote.chat(ask, sampling, output_format=OutputFormat("json_schema", SCHEMA))
        check_city("".join(reply))
        assert reply.stats is not None and reply.stats.stop_reason.value == "end_of_turn"
    finally:
        remote.close()
