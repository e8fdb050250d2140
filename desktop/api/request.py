"""A chat completion request's JSON, checked and mapped onto Hearth's messages and sampling.

Every OpenAI field is either mapped, ignored because it changes nothing here (user,
metadata, store), or refused with a 400 and a sentence: never silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from desktop.api.errors import ApiError, refused
from desktop.core.types import PRESETS, Message, SamplingParams

# Fields that change nothing for a local engine (bookkeeping on OpenAI's side).
IGNORED = frozenset({"user", "metadata", "store", "service_tier", "parallel_tool_calls"})
MAPPED = frozenset(
    {
        "model", "messages", "stream", "stream_options", "temperature", "top_p", "max_tokens",
        "max_completion_tokens", "stop", "seed", "n", "logprobs", "top_logprobs",
        "presence_penalty", "frequency_penalty", "logit_bias", "tools", "tool_choice",
        "functions", "function_call", "response_format",
    }
)  # fmt: skip
ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant"}
MAX_STOPS = 4  # OpenAI's own limit


@dataclass(frozen=True, slots=True)
class ChatRequest:
    model: str
    messages: tuple[Message, ...]
    sampling: SamplingParams
    stream: bool
    include_usage: bool


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
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise invalid("The field 'stream' must be true or false.", "stream")
    options = body.get("stream_options") or {}
    if not isinstance(options, dict):
        raise invalid("The field 'stream_options' must be an object.", "stream_options")
    include_usage = options.get("include_usage", False) is True
    messages = _messages(body.get("messages"))
    return ChatRequest(model, messages, _sampling(body), stream, include_usage)


def _refuse_unsupported(body: dict[str, Any]) -> None:
    n = body.get("n")
    if n is not None and n != 1:
        raise refused("n", "Hearth writes one choice per request: use n=1 (or leave it out).")
    if body.get("logprobs") or body.get("top_logprobs"):
        raise refused("logprobs", "Hearth does not return log probabilities yet.")
    for name in ("tools", "tool_choice", "functions", "function_call"):
        if body.get(name) not in (None, [], "none"):
            raise refused(name, "Hearth does not support tool calls yet.")
    response_format = body.get("response_format")
    if response_format not in (None, {"type": "text"}):
        raise refused(
            "response_format",
            'Hearth does not support response_format yet (only {"type": "text"}).',
        )
    for name in ("presence_penalty", "frequency_penalty"):
        if body.get(name) not in (None, 0, 0.0):
            raise refused(name, f"Hearth does not support {name} yet: leave it at 0.")
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


def _sampling(body: dict[str, Any]) -> SamplingParams:
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
    params = replace(PRESETS["Balanced"], **values)
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
