"""A chat completion request's JSON, checked and mapped onto Hearth's messages and sampling.

Every OpenAI field is either mapped, ignored because it changes nothing here (user,
metadata, store), or refused with a 400 and a sentence: never silently dropped. top_k and
min_p are extensions llama-server and vLLM accept too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from desktop.api.errors import ApiError, refused
from desktop.core.fields import SAMPLING
from desktop.core.types import PRESETS, Message, OutputFormat, SamplingParams

# Fields that change nothing for a local engine (bookkeeping on OpenAI's side).
IGNORED = frozenset({"user", "metadata", "store", "service_tier", "parallel_tool_calls"})
MAPPED = frozenset(
    {
        "model", "messages", "stream", "stream_options", "temperature", "top_p", "max_tokens",
        "max_completion_tokens", "stop", "seed", "n", "logprobs", "top_logprobs",
        "presence_penalty", "frequency_penalty", "logit_bias", "tools", "tool_choice",
        "functions", "function_call", "response_format", "top_k", "min_p",
    }
)  # fmt: skip
# Sampling fields beyond OpenAI's first ones, each checked against its declared range.
EXTENSIONS = ("presence_penalty", "frequency_penalty", "top_k", "min_p")
SCHEMA_TYPES = frozenset({"object", "array", "string", "number", "integer", "boolean", "null"})
NAMED_SCHEMAS = frozenset({"properties", "$defs", "definitions", "patternProperties"})
MAX_SCHEMA_DEPTH = 32
# Counts the grammar spells out one by one: a huge one is a hostile schema (no reply is that
# long), and would cost the engine memory to build before llama.cpp refused it.
COUNTS = ("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties")
MAX_COUNT = 100_000  # a schema nested deeper is a hostile one, not a real reply's shape
ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant"}
MAX_STOPS = 4  # OpenAI's own limit


@dataclass(frozen=True, slots=True)
class ChatRequest:
    model: str
    messages: tuple[Message, ...]
    sampling: SamplingParams
    stream: bool
    include_usage: bool
    output_format: OutputFormat | None = None


def invalid(message: str, param: str | None = None) -> ApiError:
    return ApiError(400, message, param=param)


def parse_chat(body: Any, model_id: str) -> ChatRequest:
    """The request, or ApiError(400) saying what is wrong or unsupported."""
    if not isinstance(body, dict):
        raise invalid("The request body must be a JSON object.")
    _refuse_unsupported(body)
    unknown = sorted(set(body) - MAPPED - IGNORED)
    if unknown:
        raise refused(unknown[0], f"Hearth does not support the field {unknown[0]!r}.")
    model = check_model(body, model_id)
    stream, include_usage = streaming(body)
    messages = _messages(body.get("messages"))
    output_format = _output_format(body.get("response_format"))
    return ChatRequest(model, messages, sampling(body), stream, include_usage, output_format)


def check_model(body: dict[str, Any], model_id: str) -> str:
    """The request's model, which must be the one served (404 otherwise)."""
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise invalid("The field 'model' is required: use the id from GET /v1/models.", "model")
    if model != model_id:
        raise ApiError(
            404,
            f"The model {model!r} is not loaded: this server serves {model_id!r}.",
            param="model",
            code="model_not_found",
        )
    return model


def streaming(body: dict[str, Any]) -> tuple[bool, bool]:
    """stream, and stream_options.include_usage."""
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise invalid("The field 'stream' must be true or false.", "stream")
    options = body.get("stream_options") or {}
    if not isinstance(options, dict):
        raise invalid("The field 'stream_options' must be an object.", "stream_options")
    return stream, options.get("include_usage", False) is True


def _refuse_unsupported(body: dict[str, Any]) -> None:
    n = body.get("n")
    if n is not None and n != 1:
        raise refused("n", "Hearth writes one choice per request: use n=1 (or leave it out).")
    if body.get("logprobs") or body.get("top_logprobs"):
        raise refused("logprobs", "Hearth does not return log probabilities yet.")
    for name in ("tools", "tool_choice", "functions", "function_call"):
        if body.get(name) not in (None, [], "none"):
            raise refused(name, "Hearth does not support tool calls yet.")
    if body.get("logit_bias"):
        raise refused("logit_bias", "Hearth does not support logit_bias yet.")


def _messages(raw: Any) -> tuple[Message, ...]:
    if not isinstance(raw, list) or not raw:
        raise invalid("The field 'messages' must be a non-empty list.", "messages")
    out: list[Message] = []
    for i, item in enumerate(raw):
        param = f"messages[{i}]"
        if not isinstance(item, dict):
            raise invalid(f"{param} must be an object with a role and content.", param)
        role = ROLES.get(item.get("role"))  # type: ignore[arg-type]
        if role is None:
            raise invalid(
                f"{param} has the role {item.get('role')!r}: Hearth takes system, developer, "
                "user and assistant messages.",
                f"{param}.role",
            )
        if item.get("tool_calls"):
            raise refused(f"{param}.tool_calls", "Hearth does not support tool calls yet.")
        out.append(Message(role, _content(item.get("content"), f"{param}.content")))
    return tuple(out)


def _content(content: Any, param: str) -> str:
    """A string, or a list of text parts joined (images and audio are refused)."""
    if isinstance(content, str):
        return content
    if content is None:
        return ""
    if isinstance(content, list):
        texts = []
        for part in content:
            if not isinstance(part, dict) or part.get("type") != "text":
                raise refused(param, "Hearth takes text content only (no images or audio).")
            text = part.get("text")
            if not isinstance(text, str):
                raise invalid(f"{param} has a text part without text.", param)
            texts.append(text)
        return "".join(texts)
    raise invalid(f"{param} must be a string or a list of text parts.", param)


def _number(body: dict[str, Any], name: str, kind: type) -> Any:
    value = body.get(name)
    if value is None:
        return None
    # bool is an int in Python; JSON's true is not a number.
    ok = isinstance(value, int | float) if kind is float else isinstance(value, int)
    if not ok or isinstance(value, bool):
        raise invalid(f"The field {name!r} must be a number.", name)
    return kind(value)


def sampling(body: dict[str, Any], base: SamplingParams = PRESETS["Balanced"]) -> SamplingParams:
    """The sampling fields of a chat or completion request over base."""
    values: dict[str, Any] = {}
    temperature = _number(body, "temperature", float)
    if temperature is not None:
        if not 0.0 <= temperature <= 2.0:
            raise invalid("The field 'temperature' must be between 0 and 2.", "temperature")
        values["temperature"] = temperature
    top_p = _number(body, "top_p", float)
    if top_p is not None:
        if not 0.0 < top_p <= 1.0:
            raise invalid("The field 'top_p' must be more than 0 and at most 1.", "top_p")
        values["top_p"] = None if top_p == 1.0 else top_p
    max_tokens = _number(body, "max_completion_tokens", int)
    name = "max_completion_tokens"
    if max_tokens is None:
        max_tokens, name = _number(body, "max_tokens", int), "max_tokens"
    if max_tokens is not None:
        if max_tokens < 1:
            raise invalid(f"The field {name!r} must be at least 1.", name)
        values["max_tokens"] = max_tokens
    seed = _number(body, "seed", int)
    if seed is not None:
        # llama.cpp's seed is 32 bits: a larger one is folded in, not refused.
        values["seed"] = seed % 2**32
    values["stop"] = _stops(body.get("stop"))
    for name in EXTENSIONS:
        field = SAMPLING[name]
        value = _number(body, name, field.kind)
        if value is not None:
            if field.problem(value) is not None:
                raise invalid(f"The field {name!r} must be {field.range_text()}.", name)
            values[name] = value
    params = replace(base, **values)
    try:
        params.validate()
    except ValueError as e:
        raise invalid(f"{e}.") from None
    return params


def _stops(stop: Any) -> tuple[str, ...]:
    if stop is None:
        return ()
    stops = [stop] if isinstance(stop, str) else stop
    if not isinstance(stops, list) or not all(isinstance(s, str) and s for s in stops):
        raise invalid("The field 'stop' must be a string or a list of strings.", "stop")
    if len(stops) > MAX_STOPS:
        raise invalid(f"The field 'stop' takes at most {MAX_STOPS} strings.", "stop")
    return tuple(stops)


def _output_format(raw: Any) -> OutputFormat | None:
    """response_format as an OutputFormat (None: plain text)."""
    param = "response_format"
    if raw is None:
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("type"), str):
        raise invalid("The field 'response_format' must be an object with a type.", param)
    kind = raw["type"]
    if kind == "text":
        return None
    if kind == "json_object":
        return OutputFormat("json_object")
    if kind != "json_schema":
        raise invalid(
            f"The response_format type {kind!r} is unknown: Hearth takes text, json_object "
            "and json_schema.",
            f"{param}.type",
        )
    spec = raw.get("json_schema")
    if not isinstance(spec, dict):
        raise invalid(
            "A json_schema response_format needs the field 'json_schema': an object with a "
            "name and a schema.",
            f"{param}.json_schema",
        )
    name = spec.get("name", "output")
    if not isinstance(name, str) or not name:
        raise invalid("The json_schema's name must be a non-empty string.", f"{param}.name")
    schema = spec.get("schema")
    if not isinstance(schema, dict):
        raise invalid(
            "The json_schema needs a 'schema': a JSON Schema object such as "
            '{"type": "object", "properties": {...}}.',
            f"{param}.json_schema.schema",
        )
    _check_schema(schema, "schema", 0)
    # strict is honoured whatever it says: the grammar admits only what the schema allows.
    return OutputFormat("json_schema", schema, name)


def _check_schema(node: Any, where: str, depth: int) -> None:
    """The mistakes a client makes most, named before the request waits in line; the engine
    refuses the rest when it compiles the grammar."""
    param = "response_format.json_schema.schema"
    if depth > MAX_SCHEMA_DEPTH:
        raise invalid(f"The JSON schema nests deeper than {MAX_SCHEMA_DEPTH} levels.", param)
    if isinstance(node, list):
        for i, item in enumerate(node):
            _check_schema(item, f"{where}[{i}]", depth + 1)
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
                _check_schema(schema, f"{where}.{key}.{name}", depth + 1)
        elif key not in ("enum", "const", "default", "examples", "required"):
            _check_schema(value, f"{where}.{key}", depth + 1)
