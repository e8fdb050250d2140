"""POST /v1/completions (a raw prompt, no chat template) with the official openai SDK against
a real ApiServer on the starter. One engine and one server for the module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

from desktop.api.serve import ApiServer, model_id_for
from desktop.core.types import LoadParams
from desktop.engine.session import EngineSession

pytestmark = pytest.mark.integration

WAIT_S = 60.0  # every network call has this limit
PROMPT = "The capital of France is"


@pytest.fixture(scope="module")
def api(starter: Path) -> Iterator[tuple[openai.OpenAI, str]]:
    session = EngineSession()
    server: ApiServer | None = None
    try:
        session.load(LoadParams(str(starter), n_ctx=2048))
        server = ApiServer(session, model_id_for(str(starter)), port=0)
        server.start()
        client = openai.OpenAI(base_url=server.url, api_key="unused", timeout=WAIT_S, max_retries=0)
        yield client, model_id_for(str(starter))
        client.close()
    finally:
        if server is not None:
            server.stop()
        session.close()


def test_a_raw_prompt_streamed_and_not(api):
    client, model = api
    reply = client.completions.create(model=model, prompt=[PROMPT], max_tokens=6, temperature=0)
    assert reply.object == "text_completion" and reply.id.startswith("cmpl-")
    choice = reply.choices[0]
    assert choice.text and choice.finish_reason == "length"
    assert reply.usage is not None and reply.usage.completion_tokens == 6
    # The text as it is: the chat template (and SmolLM2's default system prompt) would make
    # the prompt several times longer.
    assert 0 < reply.usage.prompt_tokens < 10

    stream = client.completions.create(
        model=model, prompt=PROMPT, max_tokens=6, temperature=0, stream=True,
        stream_options={"include_usage": True},
    )  # fmt: skip
    chunks = list(stream)
    assert {c.object for c in chunks} == {"text_completion"}
    assert "".join(c.choices[0].text for c in chunks if c.choices) == choice.text  # greedy
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "length"
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 6


def test_a_stop_string_ends_it_with_stop(api):
    client, model = api
    reply = client.completions.create(
        model=model, prompt="1, 2, 3, 4,", max_tokens=12, temperature=0, stop=[","], seed=1
    )
    assert reply.choices[0].finish_reason == "stop" and "," not in reply.choices[0].text


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"echo": True}, "echo"),
        ({"suffix": "}"}, "suffix"),
        ({"n": 2}, "n"),
        ({"best_of": 3}, "best_of"),
        ({"logprobs": 1}, "logprobs"),
        ({"prompt": ["a", "b"]}, "prompt"),
        ({"prompt": [1, 2]}, "prompt"),
        ({"prompt": ""}, "prompt"),
    ],
)
def test_unsupported_fields_are_400_with_a_sentence(api, fields: dict[str, Any], param: str):
    client, model = api
    request: dict[str, Any] = {"model": model, "prompt": PROMPT, "max_tokens": 4, **fields}
    with pytest.raises(openai.BadRequestError) as caught:
        client.completions.create(**request)
    error = caught.value.body
    assert isinstance(error, dict) and error["param"] == param
    assert error["message"].endswith(".")
