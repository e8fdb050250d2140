"""Mapping an OpenAI chat request onto Hearth's messages and sampling, and the refusals."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.api.errors import ApiError
from desktop.api.request import parse_chat
from desktop.core.types import PRESETS, Message, OutputFormat

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
        ({"functions": [{"name": "f"}]}, "functions"),
        ({"function_call": "auto"}, "function_call"),
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


def test_penalties_and_the_top_k_min_p_extensions_are_mapped():
    s = parse_chat(
        body(presence_penalty=0.5, frequency_penalty=-1, top_k=7, min_p=0), MODEL
    ).sampling
    assert (s.presence_penalty, s.frequency_penalty, s.top_k, s.min_p) == (0.5, -1.0, 7, 0.0)


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"presence_penalty": 2.5}, "presence_penalty"),
        ({"frequency_penalty": "much"}, "frequency_penalty"),
        ({"top_k": 1.5}, "top_k"),
        ({"min_p": 2}, "min_p"),
    ],
)
def test_extension_fields_out_of_range_are_400(fields, param):
    error = refusal(body(**fields))
    assert error.status == 400 and error.param == param
    assert error.message.startswith(f"The field {param!r} must")


SCHEMA = {"type": "object", "properties": {"type": {"type": "string"}}, "required": ["type"]}


def test_response_format_maps_to_an_output_format():
    assert parse_chat(body(response_format={"type": "text"}), MODEL).output_format is None
    plain = parse_chat(body(response_format={"type": "json_object"}), MODEL)
    assert plain.output_format == OutputFormat("json_object")
    spec = {"name": "thing", "schema": SCHEMA, "strict": True}
    shaped = parse_chat(body(response_format={"type": "json_schema", "json_schema": spec}), MODEL)
    assert shaped.output_format == OutputFormat("json_schema", SCHEMA, "thing")
    assert shaped.output_format.response_format() == {
        "type": "json_schema",
        "json_schema": {"name": "thing", "schema": SCHEMA, "strict": True},
    }


@pytest.mark.parametrize(
    "response_format",
    [
        "json",
        {"type": "xml"},
        {"type": "json_schema"},
        {"type": "json_schema", "json_schema": {"name": "x"}},
        {"type": "json_schema", "json_schema": {"name": "", "schema": SCHEMA}},
        {"type": "json_schema", "json_schema": {"schema": {"type": "text"}}},
        {"type": "json_schema", "json_schema": {"schema": {"properties": []}}},
        {"type": "json_schema", "json_schema": {"schema": {"required": "a"}}},
        {"type": "json_schema", "json_schema": {"schema": {"$ref": "https://x/s.json"}}},
        {"type": "json_schema", "json_schema": {"schema": {"type": "string", "minLength": 10**8}}},
    ],
)
def test_a_bad_response_format_is_400_with_a_sentence(response_format):
    error = refusal(body(response_format=response_format))
    assert error.status == 400 and (error.param or "").startswith("response_format")
    assert error.message.endswith(".")
