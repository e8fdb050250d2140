"""A tool call's arguments checked against the tool's JSON schema before anything runs: None
when valid, else one sentence the model can act on (it goes back to the model as the result)."""

from __future__ import annotations

import json
from collections import OrderedDict
from typing import Any

from desktop.core.types import ToolSpec

MAX_CHARS = 300  # of a sentence: it goes into the model's context, the instance can be long
VALUE_CHARS = 80  # of a value quoted in jsonschema's message
KEPT = 64  # validators kept, by schema: a chat calls the same few tools again and again

_validators: OrderedDict[str, Any] = OrderedDict()


class _BadSchema(Exception):
    """The tool's own schema is not a valid JSON schema (the tool is broken, not the call)."""


def _validator(schema: dict[str, Any]) -> Any:
    # jsonschema costs ~40 ms to import: only when a call is checked, never at start-up.
    import jsonschema
    from jsonschema.exceptions import SchemaError

    key = json.dumps(schema, sort_keys=True, default=str)
    cached = _validators.get(key)
    if cached is not None:
        _validators.move_to_end(key)
        return cached
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    try:
        cls.check_schema(schema)
    except SchemaError as e:
        raise _BadSchema(_short(e.message)) from None
    # No format checker: "format" stays an annotation, as most servers mean it.
    validator = cls(schema)
    _validators[key] = validator
    if len(_validators) > KEPT:
        _validators.popitem(last=False)
    return validator


def _short(text: str, limit: int = MAX_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _where(path: Any) -> str:
    """A JSON path to the offending value, as a model reads it ("arguments.items[2].id")."""
    out = "arguments"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


class _Broken(Exception):
    """The schema cannot check anything: str() says why."""


def _first_error(schema: dict[str, Any], instance: Any) -> Any:
    """jsonschema's most relevant error for instance (None: valid); _Broken for a bad schema."""
    try:
        validator = _validator(schema)
        from jsonschema.exceptions import best_match

        return best_match(validator.iter_errors(instance))
    except _BadSchema as e:
        raise _Broken(f"is invalid ({e})") from None
    except Exception as e:
        # A $ref that does not resolve, a pattern Python's re refuses: raised while validating.
        raise _Broken(f"failed ({' '.join(str(e).split()) or type(e).__name__})") from None


def _message(found: Any) -> str:
    message = str(found.message)
    if len(message) > 2 * VALUE_CHARS:  # "{...huge instance...} is not of type 'string'"
        message = message[:VALUE_CHARS] + " ... " + message[-VALUE_CHARS:]
    return message.rstrip(".")


def argument_problem(
    tool: ToolSpec, arguments: dict[str, Any] | None, error: str = ""
) -> str | None:
    """Why the call cannot run as asked (a sentence ending with a period), or None when the
    arguments are valid. error: what the parser said when the model's text was not JSON."""
    if arguments is None or error:
        reason = _short(error.rstrip("."), 200) if error else "they are not a JSON object"
        return f"The arguments for {tool.name} could not be read: {reason}. Send a JSON object."
    schema = tool.parameters if isinstance(tool.parameters, dict) else {}
    try:
        found = _first_error(schema, arguments)
    except _Broken as e:
        return _short(f"The tool {tool.name} cannot be called: its arguments schema {e}.")
    if found is None:
        return None
    return _short(
        f"Invalid arguments for {tool.name} at {_where(found.absolute_path)}: "
        f"{_message(found)}. Fix them and call it again."
    )


def reply_problem(schema: dict[str, Any], text: str) -> str | None:
    """Why a reply asked to follow schema does not (a sentence), or None when it does: the
    grammar shapes it, but a reply cut short by its token limit is not whole JSON."""
    try:
        value = json.loads(text)
    except ValueError as e:
        return f"The reply is not complete JSON ({e.args[0] if e.args else e})."
    try:
        found = _first_error(schema, value)
    except _Broken as e:
        return _short(f"The reply could not be checked: the JSON schema {e}.")
    if found is None:
        return None
    where = _where(found.absolute_path).replace("arguments", "reply", 1)
    return _short(f"The reply does not match the JSON schema at {where}: {_message(found)}.")
