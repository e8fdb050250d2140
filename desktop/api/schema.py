"""A request's JSON schema (response_format's, a tool's parameters) checked for the mistakes
a client makes most, before the request waits in line; the engine refuses the rest when it
compiles the grammar."""

from __future__ import annotations

from typing import Any

from desktop.api.errors import invalid

SCHEMA_TYPES = frozenset({"object", "array", "string", "number", "integer", "boolean", "null"})
NAMED_SCHEMAS = frozenset({"properties", "$defs", "definitions", "patternProperties"})
MAX_SCHEMA_DEPTH = 32  # a schema nested deeper is a hostile one, not a real reply's shape
# Counts the grammar spells out one by one: a huge one is a hostile schema (no reply is that
# long), and would cost the engine memory to build before llama.cpp refused it.
COUNTS = ("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties")
MAX_COUNT = 100_000


def check_schema(schema: Any, param: str) -> None:
    """ApiError(400) naming param when schema has a mistake the engine would trip on."""
    _check(schema, "schema", 0, param)


def _check(node: Any, where: str, depth: int, param: str) -> None:
    if depth > MAX_SCHEMA_DEPTH:
        raise invalid(f"The JSON schema nests deeper than {MAX_SCHEMA_DEPTH} levels.", param)
    if isinstance(node, list):
        for i, item in enumerate(node):
            _check(item, f"{where}[{i}]", depth + 1, param)
        return
    if not isinstance(node, dict):
        return
    kinds = node.get("type")
    for kind in kinds if isinstance(kinds, list) else [kinds]:
        if kind is not None and (not isinstance(kind, str) or kind not in SCHEMA_TYPES):
            raise invalid(
                f"The JSON schema has the type {kind!r} at {where}: JSON Schema's types are "
                f"{', '.join(sorted(SCHEMA_TYPES))}.",
                param,
            )
    properties = node.get("properties")
    if properties is not None and not isinstance(properties, dict):
        raise invalid(f"The JSON schema's properties at {where} must be an object.", param)
    required = node.get("required")
    if required is not None and not (
        isinstance(required, list) and all(isinstance(r, str) for r in required)
    ):
        raise invalid(f"The JSON schema's required at {where} must be a list of names.", param)
    for key in COUNTS:
        count = node.get(key)
        if count is not None and not (
            isinstance(count, int) and not isinstance(count, bool) and 0 <= count <= MAX_COUNT
        ):
            raise invalid(
                f"The JSON schema's {key} at {where} must be a whole number from 0 to "
                f"{MAX_COUNT:,}.",
                param,
            )
    ref = node.get("$ref")
    if ref is not None and not (isinstance(ref, str) and ref.startswith("#")):
        raise invalid(
            f"The JSON schema's $ref at {where} points outside the schema: only local "
            "references (#/$defs/...) are followed.",
            param,
        )
    for key, value in node.items():
        if key in NAMED_SCHEMAS and isinstance(value, dict):
            # A map from names to schemas: a property may well be called "type".
            for name, schema in value.items():
                _check(schema, f"{where}.{key}.{name}", depth + 1, param)
        elif key not in ("enum", "const", "default", "examples", "required"):
            _check(value, f"{where}.{key}", depth + 1, param)
