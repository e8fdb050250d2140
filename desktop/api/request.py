"""A chat completion request's JSON, checked and mapped onto Hearth's messages and sampling.

Every OpenAI field is either mapped, ignored because it changes nothing here (user,
metadata, store), or refused with a 400 and a sentence: never silently dropped. top_k and
min_p are extensions llama-server and vLLM accept too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from desktop.api.errors import ApiError, invalid, refused
from desktop.api.images import Uploads
from desktop.api.schema import check_schema
from desktop.api.tool_calls import message_fields, named_results, parse_thinking, parse_tools
from desktop.core.fields import SAMPLING
from desktop.core.types import PRESETS, Message, OutputFormat, SamplingParams, Thinking, ToolSpec

# Fields that change nothing for a local engine (bookkeeping on OpenAI's side).
# parallel_tool_calls: a reply's calls are all returned, however many the model wrote.
IGNORED = frozenset({"user", "metadata", "store", "service_tier", "parallel_tool_calls"})
MAPPED = frozenset(
    {
        "model", "messages", "stream", "stream_options", "temperature", "top_p", "max_tokens",
        "max_completion_tokens", "stop", "seed", "n", "logprobs", "top_logprobs",
        "presence_penalty", "frequency_penalty", "logit_bias", "tools", "tool_choice",
        "functions", "function_call", "response_format", "top_k", "min_p",
        "chat_template_kwargs", "reasoning_effort",
    }
)  # fmt: skip
# Sampling fields beyond OpenAI's first ones, each checked against its declared range.
EXTENSIONS = ("presence_penalty", "frequency_penalty", "top_k", "min_p")
# OpenAI's developer role is the system prompt; a tool message answers an assistant's call.
ROLES = {
    "system": "system",
    "developer": "system",
    "user": "user",
    "assistant": "assistant",
    "tool": "tool",
}
MAX_STOPS = 4  # OpenAI's own limit


@dataclass(frozen=True, slots=True)
class ChatRequest:
    model: str
    messages: tuple[Message, ...]
    sampling: SamplingParams
    stream: bool
    include_usage: bool
    output_format: OutputFormat | None = None
    tools: tuple[ToolSpec, ...] = ()
    tool_choice: str = "auto"  # "auto", "none" or "required"
    thinking: Thinking | None = None  # None: the template's default


def parse_chat(body: Any, model_id: str, uploads: Uploads | None = None) -> ChatRequest:
    """The request, or ApiError(400) saying what is wrong or unsupported. uploads: where a
    user turn's images (image_url parts) are written; None refuses them."""
    if not isinstance(body, dict):
        raise invalid("The request body must be a JSON object.")
    _refuse_unsupported(body)
    unknown = sorted(set(body) - MAPPED - IGNORED)
    if unknown:
        raise refused(unknown[0], f"Hearth does not support the field {unknown[0]!r}.")
    model = check_model(body, model_id)
    stream, include_usage = streaming(body)
    messages = _messages(body.get("messages"), uploads)
    output_format = _output_format(body.get("response_format"))
    tools, tool_choice = parse_tools(body)
    return ChatRequest(
        model, messages, sampling(body), stream, include_usage, output_format, tools,
        tool_choice, parse_thinking(body),
    )  # fmt: skip


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
    if body.get("logit_bias"):
        raise refused("logit_bias", "Hearth does not support logit_bias yet.")


def _messages(raw: Any, uploads: Uploads | None) -> tuple[Message, ...]:
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
                "user, assistant and tool messages.",
                f"{param}.role",
            )
        content, images = _content(item.get("content"), f"{param}.content", role, uploads)
        message = message_fields(item, role, param, content)
        out.append(replace(message, images=images) if images else message)
    return tuple(named_results(out))


def _content(
    content: Any, param: str, role: str, uploads: Uploads | None
) -> tuple[str, tuple[str, ...]]:
    """A string, or a list of parts: the text parts joined, and a user turn's images (the
    files uploads wrote them to). Audio, and images elsewhere, are refused."""
    if isinstance(content, str):
        return content, ()
    if content is None:
        return "", ()
    if isinstance(content, list):
        texts: list[str] = []
        images: list[str] = []
        for i, part in enumerate(content):
            kind = part.get("type") if isinstance(part, dict) else None
            if kind == "image_url" and role == "user" and uploads is not None:
                assert isinstance(part, dict)
                images.append(uploads.add(part, f"{param}[{i}].image_url"))
                continue
            if kind == "image_url":
                raise refused(param, _USER_IMAGES if role != "user" else _NO_IMAGES)
            if kind != "text":
                raise refused(param, _NOT_TEXT)
            text = part.get("text")
            if not isinstance(text, str):
                raise invalid(f"{param} has a text part without text.", param)
            texts.append(text)
        return "".join(texts), tuple(images)
    raise invalid(f"{param} must be a string or a list of text and image parts.", param)


_NOT_TEXT = "Hearth takes text and image_url parts only (no audio or files)."
_USER_IMAGES = "Hearth takes images in user messages only."
_NO_IMAGES = "This request takes text content only."


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
    check_schema(schema, f"{param}.json_schema.schema")
    # strict is honoured whatever it says: the grammar admits only what the schema allows.
    return OutputFormat("json_schema", schema, name)
