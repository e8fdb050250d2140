"""Frozen dataclasses that cross threads and processes: messages, parameters, stats."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from desktop.core.fields import (
    LOAD_CHOICES,
    LOAD_FIELDS,
    SAMPLING_ALL,
    SAMPLING_NUMBERS,
    ChoiceField,
    Field,
    TextsField,
)
from desktop.core.translatable import QT_TRANSLATE_NOOP

_P = TypeVar("_P", "SamplingParams", "LoadParams")


@dataclass(frozen=True, slots=True)
class ToolCall:
    """One call a reply asks for. arguments is None when the model's text was not a JSON
    object (raw keeps that text and error says why): the call goes back as an error."""

    id: str
    name: str
    arguments: dict[str, Any] | None
    raw: str = ""
    error: str = ""

    def openai(self) -> dict[str, Any]:
        """OpenAI's shape (arguments as a JSON string), as the API returns it."""
        args = self.raw if self.arguments is None else json.dumps(self.arguments)
        return {
            "id": self.id,
            "type": "function",
            "function": {"name": self.name, "arguments": args},
        }


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """A tool a model may call: a name, what it does, and its arguments' JSON schema."""

    name: str
    description: str = ""
    parameters: dict[str, Any] = field(default_factory=lambda: {"type": "object", "properties": {}})

    def openai(self) -> dict[str, Any]:
        """OpenAI's tools entry, the shape chat templates read."""
        return {
            "type": "function",
            "function": {
                "name": self.name,
                "description": self.description,
                "parameters": self.parameters,
            },
        }


@dataclass(frozen=True, slots=True)
class Thinking:
    """The per-chat reasoning switch: enabled None leaves the template's default; effort is
    "low", "medium" or "high" (gpt-oss), None for the default."""

    enabled: bool | None = None
    effort: str | None = None


@dataclass(frozen=True, slots=True)
class Message:
    """One chat turn: role is 'system', 'user', 'assistant' or 'tool'.

    An assistant turn may carry its reasoning (kept apart from content) and the tool calls it
    asked for; a tool turn answers the call tool_call_id of the tool `name`. A user turn may
    carry images for a model with a vision projector.
    """

    role: str
    content: str
    reasoning: str = ""
    tool_calls: tuple[ToolCall, ...] = ()
    tool_call_id: str = ""
    name: str = ""
    # Image files (paths) a user turn shows a vision model, in order, before its text.
    images: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SamplingParams:
    """How the next token is chosen; None or a neutral value switches a stage off."""

    temperature: float = 0.7
    top_p: float | None = 0.95
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    repeat_last_n: int = 64  # the penalty window in tokens; 0 switches it off, -1 = context
    seed: int | None = None  # None: the engine picks one and reports it
    max_tokens: int = 1024
    stop: tuple[str, ...] = ()
    # OpenAI's penalties (the API's fields; fields.API_SAMPLING_FIELDS says why not the panel's).
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0

    def validate(self) -> None:
        """Raise ValueError with a sentence when a value is out of its declared range."""
        _validate(self, SAMPLING_ALL)

    def clamped(self) -> SamplingParams:
        """Every value brought into its declared range (the engine's own check)."""
        return _clamped(self, SAMPLING_NUMBERS)


@dataclass(frozen=True, slots=True)
class OutputFormat:
    """The shape a reply must take, enforced by the engine while it samples (a grammar).

    kind "json_object": any JSON object; "json_schema": JSON valid against schema (a JSON
    Schema as a dict). Portable: the local engine compiles it to llama.cpp's grammar, a
    remote one sends it on as OpenAI's response_format. name: the schema's name (OpenAI's
    json_schema.name), kept for remote servers that require one.
    """

    kind: str
    schema: dict[str, Any] | None = None
    name: str = "output"

    def __post_init__(self) -> None:
        if self.kind not in ("json_object", "json_schema"):
            raise ValueError(f"unknown output format {self.kind!r}")
        if self.kind == "json_schema" and not isinstance(self.schema, dict):
            raise ValueError("a json_schema output format needs a schema (a JSON object)")

    def __hash__(self) -> int:  # the schema is a dict: hashed by its canonical JSON
        return hash((self.kind, json.dumps(self.schema, sort_keys=True), self.name))

    def response_format(self) -> dict[str, Any]:
        """OpenAI's response_format for it (what a remote server is sent)."""
        if self.kind == "json_object":
            return {"type": "json_object"}
        return {
            "type": "json_schema",
            "json_schema": {"name": self.name, "schema": self.schema, "strict": True},
        }


# The names are the presets' keys (stored, and the CLI's --preset) and stay English; the window
# shows them translated (desktop.ui.preset_menu.preset_label), so they are marked.
PRESETS: dict[str, SamplingParams] = {
    QT_TRANSLATE_NOOP("presets", "Balanced"): SamplingParams(),
    QT_TRANSLATE_NOOP("presets", "Precise"): SamplingParams(
        temperature=0.2, top_p=0.9, top_k=20, min_p=0.1, repeat_penalty=1.05
    ),
    QT_TRANSLATE_NOOP("presets", "Creative"): SamplingParams(
        temperature=1.1, top_p=0.98, top_k=100, min_p=0.02
    ),
    # The seed tutorial's console app: temperature 1.0, no top-p, repeat penalty 1.2 over
    # the last 64 tokens, 100 tokens.
    QT_TRANSLATE_NOOP("presets", "Seed tutorial"): SamplingParams(
        temperature=1.0,
        top_p=None,
        top_k=40,
        min_p=0.0,
        repeat_penalty=1.2,
        repeat_last_n=64,
        max_tokens=100,
    ),
}


@dataclass(frozen=True, slots=True)
class LoadParams:
    """How a model is loaded. n_ctx 0 means the model's own length, capped by the engine."""

    path: str
    n_ctx: int = 4096
    n_threads: int | None = None  # None: the number of physical cores
    # None: auto (the fit decides from free GPU memory); 0: CPU only; -1: every layer.
    n_gpu_layers: int | None = None
    seed: int | None = None
    flash_attn: bool = True
    use_mmap: bool = True
    n_batch: int = 512
    # A vision projector (mmproj GGUF) loaded beside the model; "": none (text only).
    mmproj: str = ""
    # The KV cache's element types (fields.LOAD_CHOICES): q8_0, q4_0 buy context per byte.
    type_k: str = "f16"
    type_v: str = "f16"
    # Speculative decoding: "auto" drafts only where it measured faster on this machine.
    speculative: str = "auto"
    # A small model with the same vocabulary that drafts tokens; "": none (prompt lookup only).
    draft_model: str = ""

    def validate(self) -> None:
        """Raise ValueError with a sentence when a value is out of its declared range."""
        _validate(self, (*LOAD_FIELDS, *LOAD_CHOICES))

    def clamped(self) -> LoadParams:
        """Every value brought into its declared range (the engine's own check); an unknown
        choice becomes its default."""
        return _clamped(self, (*LOAD_FIELDS, *LOAD_CHOICES))


def _validate(params: object, fields: tuple[Field | TextsField | ChoiceField, ...]) -> None:
    for f in fields:
        problem = f.problem(getattr(params, f.name))
        if problem is not None:
            raise ValueError(problem)


def _clamped(params: _P, fields: tuple[Field | ChoiceField, ...]) -> _P:
    changes: dict[str, Any] = {f.name: f.clamp(getattr(params, f.name)) for f in fields}
    return replace(params, **changes)


class StopReason(enum.StrEnum):
    """Why a reply ended."""

    END_OF_TURN = "end_of_turn"
    MAX_TOKENS = "max_tokens"
    STOP_STRING = "stop_string"
    CONTEXT_FULL = "context_full"
    USER = "stopped_by_user"
    ERROR = "error"
    UNKNOWN = "unknown"  # stored by a newer Hearth with a reason this version does not know


@dataclass(frozen=True, slots=True)
class GenerationStats:
    """What one reply cost and why it ended."""

    prompt_tokens: int
    generated_tokens: int
    ttft_ms: float
    tokens_per_s: float
    prompt_tokens_per_s: float
    total_ms: float
    stop_reason: StopReason
    seed: int
    chat_format: str
    cached_tokens: int = 0  # prompt tokens reused from the previous request's context
    # Of cached_tokens, those restored from a saved conversation state (memory or disk).
    restored_tokens: int = 0
    # Speculative decoding: tokens proposed by a drafter, and how many of them were kept.
    draft_tokens: int = 0
    accepted_tokens: int = 0


@dataclass(frozen=True, slots=True)
class EngineDevice:
    """A device the engine build can run on, as ggml's registry reports it."""

    name: str  # "CPU", "CUDA0", "Metal", "Vulkan0"
    description: str
    kind: str  # "cpu", "gpu", "igpu", "accel"
    total: int  # bytes of memory (0 when the backend does not say)
    free: int


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """A loaded model as the engine reports it."""

    path: str
    n_ctx: int
    n_ctx_train: int
    n_vocab: int
    n_layers: int
    n_gpu_layers: int
    n_threads: int
    chat_format: str  # what formats the prompt: the model's template, or which fallback
    chat_template_sha256: str | None
    load_s: float
    flash_attn: bool
    extra: dict[str, str] = field(default_factory=dict)
    # What llama.cpp allocated (its log's buffer sizes) and what the fit had estimated.
    allocated_bytes: int = 0
    estimated_bytes: int = 0
    fit_note: str = ""
    # An embedding model (BERT and the like), loaded in llama.cpp's embedding mode: it
    # turns texts into vectors (Backend embed) and cannot chat.
    can_embed: bool = False
    # The KV cache's element types in use (LoadParams.type_k, type_v), and what context each
    # type would buy on this machine (fit.Plan.kv_note; "" unknown).
    type_k: str = "f16"
    type_v: str = "f16"
    kv_note: str = ""
