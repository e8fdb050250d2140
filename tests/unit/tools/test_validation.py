"""Tool arguments checked against the tool's JSON schema: None when valid, else one short
sentence naming where and what (it goes back to the model)."""

from __future__ import annotations

import pytest

from desktop.core.types import ToolSpec
from desktop.tools.validation import MAX_CHARS, argument_problem, reply_problem

TOOL = ToolSpec(
    "book",
    "Book seats.",
    {
        "type": "object",
        "properties": {
            "city": {"type": "string"},
            "seats": {"type": "array", "items": {"type": "integer", "minimum": 1}},
        },
        "required": ["city"],
        "additionalProperties": False,
    },
)


def test_valid_arguments_pass():
    assert argument_problem(TOOL, {"city": "Paris", "seats": [1, 2]}, "") is None
    assert argument_problem(ToolSpec("now"), {}, "") is None  # the default: any object


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({}, "Invalid arguments for book at arguments: 'city' is a required property."),
        ({"city": 5}, "Invalid arguments for book at arguments.city: 5 is not of type 'string'."),
        (
            {"city": "Paris", "seats": [1, 0]},
            "Invalid arguments for book at arguments.seats[1]: 0 is less than the minimum of 1.",
        ),
    ],
)
def test_invalid_arguments_get_a_sentence_with_the_path(arguments, expected):
    problem = argument_problem(TOOL, arguments, "")
    assert problem == expected.removesuffix(".") + ". Fix them and call it again."


def test_arguments_that_were_not_json_get_the_parsers_reason():
    problem = argument_problem(TOOL, None, "Expecting ',' delimiter: line 1 column 9.")
    assert problem == (
        "The arguments for book could not be read: Expecting ',' delimiter: line 1 column 9. "
        "Send a JSON object."
    )


def test_a_huge_value_is_cut_to_a_short_sentence():
    problem = argument_problem(TOOL, {"city": ["x" * 10_000]}, "")
    assert problem is not None and len(problem) <= MAX_CHARS
    assert problem.startswith("Invalid arguments for book at arguments.city:")


def test_an_invalid_schema_is_refused_with_a_sentence():
    broken = ToolSpec("bad", "", {"type": "object", "properties": {"a": {"type": "strnig"}}})
    problem = argument_problem(broken, {"a": 1}, "")
    assert problem is not None
    assert problem.startswith("The tool bad cannot be called: its arguments schema is invalid (")
    unresolved = ToolSpec("gone", "", {"properties": {"a": {"$ref": "#/$defs/missing"}}})
    problem = argument_problem(unresolved, {"a": 1}, "")
    assert problem is not None and problem.startswith("The tool gone cannot be called:")


def test_a_reply_is_checked_against_its_schema():
    schema = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
    assert reply_problem(schema, '{"n": 3}') is None
    assert reply_problem(schema, '{"n": "3"}') == (
        "The reply does not match the JSON schema at reply.n: '3' is not of type 'integer'."
    )
    cut = reply_problem(schema, '{"n": ')  # the token limit ended it
    assert cut is not None and cut.startswith("The reply is not complete JSON (Expecting value")
