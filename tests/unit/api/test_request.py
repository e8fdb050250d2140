"""Mapping an OpenAI chat request onto Hearth's messages and sampling, and the refusals."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.api.errors import ApiError
from desktop.api.request import parse_chat
from desktop.core.types import PRESETS, Message

MODEL = "SmolLM2-135M-Instruct.Q4_1"


def body(**fields: Any) -> dict[str, Any]:
    return {"model": MODEL, "messages": [{"role": "user", "content": "hi"}], **fields}


def refusal(request: Any) -> ApiError:
    with pytest.raises(ApiError) as caught:
        parse_chat(request, MODEL)
    return caught.value


def test_defaults_are_the_balanced_preset():
    request = parse_chat(body(), MODEL)
    assert request.messages == (Message("user", "hi"),)
    assert request.sampling == PRESETS["Balanced"]
    assert not request.stream and not request.include_usage


def test_openai_fields_are_mapped():
    request = parse_chat(
        body(
            temperature=0,
            top_p=0.5,
            max_completion_tokens=12,
            max_tokens=99,  # the newer field wins
            stop="END",
            seed=2**32 + 7,
            stream=True,
            stream_options={"include_usage": True},
            user="someone",
        ),
        MODEL,
    )
    s = request.sampling
    assert (s.temperature, s.top_p, s.max_tokens, s.stop, s.seed) == (0.0, 0.5, 12, ("END",), 7)
    assert request.stream and request.include_usage


def test_roles_and_text_parts():
    request = parse_chat(
        body(
            messages=[
                {"role": "developer", "content": "be brief"},
                {
                    "role": "user",
                    "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}],
                },
                {"role": "assistant", "content": None},
            ],
            stop=["x", "y"],
            top_p=1,
        ),
        MODEL,
    )
    assert request.messages == (
        Message("system", "be brief"),
        Message("user", "ab"),
        Message("assistant", ""),
    )
    assert request.sampling.stop == ("x", "y")
    assert request.sampling.top_p is None  # 1 is "off"


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"n": 2}, "n"),
        ({"logprobs": True}, "logprobs"),
        ({"tools": [{"type": "function", "function": {"name": "f"}}]}, "tools"),
        ({"tool_choice": "auto"}, "tool_choice"),
        ({"response_format": {"type": "json_object"}}, "response_format"),
        ({"presence_penalty": 0.5}, "presence_penalty"),
        ({"frequency_penalty": -1}, "frequency_penalty"),
        ({"logit_bias": {"1": 5}}, "logit_bias"),
        ({"best_of": 3}, "best_of"),
    ],
)
def test_unsupported_fields_are_refused_with_a_sentence(fields, param):
    error = refusal(body(**fields))
    assert error.status == 400 and error.param == param
    assert error.body()["error"]["message"].endswith(".")
    assert error.body()["error"]["type"] == "invalid_request_error"


def test_neutral_values_of_unsupported_fields_pass():
    request = parse_chat(
        body(
            n=1,
            presence_penalty=0,
            frequency_penalty=0.0,
            tools=[],
            response_format={"type": "text"},
        ),
        MODEL,
    )
    assert request.messages


@pytest.mark.parametrize(
    "request_body",
    [
        [],
        {"messages": [{"role": "user", "content": "hi"}]},
        body(messages=[]),
        body(messages=[{"role": "tool", "content": "x"}]),
        body(messages=[{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}]),
        body(temperature=3),
        body(temperature="hot"),
        body(top_p=0),
        body(max_tokens=0),
        body(max_tokens=True),
        body(stop=["a", "b", "c", "d", "e"]),
        body(stop=[""]),
        body(stream="yes"),
    ],
)
def test_malformed_requests_are_400(request_body):
    assert refusal(request_body).status == 400


def test_an_unknown_model_is_not_found():
    error = refusal(body(model="gpt-4o"))
    assert error.status == 404 and error.code == "model_not_found"
    assert MODEL in error.message
