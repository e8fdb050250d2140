"""Every sampling and load field's range and help, declared once: checks, options, clamps,
the parameters panel's boxes and the settings and history codecs all derive from it."""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from desktop.core.translatable import QT_TRANSLATE_NOOP

CTX_MAX = 1 << 24  # tokens: above any model's trained context (Llama 4 Scout: 10M)
LOGICAL_CPUS = os.cpu_count() or 1

Number = int | float


@dataclass(frozen=True, slots=True)
class Field:
    """One numeric field: its range, the values outside it that mean something, its help.

    `special` values (-1 = the whole context, 0 = the model's own length) are allowed besides
    [low, high]; `low_open` excludes low itself; `optional` allows None; `neutral` is what
    the engine uses for a value it cannot clamp to a bound (NaN, or at an open low bound);
    `off` is the value that means the same as None (a command line has no "none").
    `step` and `decimals` say how a box edits it (decimals only for floats). The default
    value is the dataclass's own, never repeated here.
    """

    name: str  # the dataclass attribute
    label: str  # how a sentence names it
    option: str  # the command line's option
    kind: type[int] | type[float]
    low: Number
    high: Number
    help: str
    low_open: bool = False
    special: Mapping[int, str] = field(default_factory=dict)
    optional: bool = False
    neutral: Number | None = None
    off: Number | None = None
    step: Number = 1
    decimals: int = 2

    @property
    def title(self) -> str:
        """How a form labels it: "Top-p", "Repeat window"."""
        return self.label[:1].upper() + self.label[1:]

    @property
    def lowest(self) -> Number:
        """The lowest value a box offers: a special value, low, or one step above an open low."""
        low = self.low + 10**-self.decimals if self.low_open and self.kind is float else self.low
        return min([low, *self.special]) if self.special else low

    def tooltip(self) -> str:
        """The help as sentences, with the allowed values."""
        return f"{self.help[:1].upper()}{self.help[1:]}. Allowed: {self.range_text()}."

    def decode(self, value: object) -> Number | None:
        """A stored value of the right type (ints as floats for a float field), or ValueError
        naming the field. The range is not checked here: see problem()."""
        if value is None and self.optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{self.name} is not a number: {value!r}")
        if self.kind is int:
            if not isinstance(value, int):
                raise ValueError(f"{self.name} is not a whole number: {value!r}")
            return value
        return float(value)

    def encode(self, value: Number | None) -> Number | None:
        """The value as JSON holds it."""
        return value

    def range_text(self) -> str:
        """The allowed values in words: "between 0 and 5", "above 0 and at most 1"."""
        low, high = _num(self.low), _num(self.high)
        text = f"above {low} and at most {high}" if self.low_open else f"between {low} and {high}"
        if self.special:
            named = ", ".join(f"{v} ({meaning})" for v, meaning in self.special.items())
            text = f"{named}, or {text}"
        return text

    def problem(self, value: object) -> str | None:
        """Why value is not allowed (a sentence without its full stop), or None."""
        if value is None:
            return None if self.optional else f"{self.label} needs a value"
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"{self.label} must be a number"
        if self.kind is int and not isinstance(value, int):
            return f"{self.label} must be a whole number"
        if self.kind is int and value in self.special:
            return None
        finite = isinstance(value, int) or math.isfinite(value)  # a huge int has no float
        above = self.low < value if self.low_open else self.low <= value
        ok = finite and above and value <= self.high
        return None if ok else f"{self.label} must be {self.range_text()}"

    def parse(self, text: str) -> Number:
        """A command-line value, checked: raises ValueError with a sentence."""
        try:
            value: Number = int(text) if self.kind is int else float(text)
        except ValueError:
            kind = "a whole number" if self.kind is int else "a number"
            raise ValueError(f"{text!r} is not {kind}") from None
        problem = self.problem(value)
        if problem is not None:
            raise ValueError(f"{text} is not allowed: {problem}")
        return value

    def clamp(self, value: Number | None) -> Number | None:
        """The nearest allowed value (the engine's defence against a caller that did not check)."""
        if value is None:
            return None if self.optional else self.neutral
        if self.kind is int:
            if isinstance(value, float):
                value = int(value) if math.isfinite(value) else self.low
            if value in self.special:
                return value
        elif not math.isfinite(value) or (self.low_open and value <= self.low):
            return self.neutral if self.neutral is not None else self.high
        return self.kind(min(max(value, self.low), self.high))


@dataclass(frozen=True, slots=True)
class TextsField:
    """A field holding a tuple of strings (stop strings), with its option and help."""

    name: str
    label: str
    option: str
    help: str

    @property
    def title(self) -> str:
        return self.label[:1].upper() + self.label[1:]

    def tooltip(self) -> str:
        return f"{self.help[:1].upper()}{self.help[1:]}."

    def problem(self, value: object) -> str | None:
        """Why value is not allowed (a sentence without its full stop), or None."""
        if not isinstance(value, tuple) or not all(isinstance(item, str) for item in value):
            return f"{self.label} must be a list of text"
        return None

    def decode(self, value: object) -> tuple[str, ...]:
        """A stored JSON list of strings as a tuple, or ValueError naming the field."""
        if not isinstance(value, list | tuple) or not all(isinstance(s, str) for s in value):
            raise ValueError(f"{self.name} is not a list of text: {value!r}")
        return tuple(value)

    def encode(self, value: tuple[str, ...]) -> list[str]:
        return list(value)


@dataclass(frozen=True, slots=True)
class ChoiceField:
    """A field holding one of a few words (a KV cache type), its option, help and labels."""

    name: str
    label: str
    option: str
    choices: tuple[str, ...]  # the first is the default
    help: str

    @property
    def title(self) -> str:
        return self.label[:1].upper() + self.label[1:]

    @property
    def default(self) -> str:
        return self.choices[0]

    def tooltip(self) -> str:
        return f"{self.help[:1].upper()}{self.help[1:]}. Allowed: {', '.join(self.choices)}."

    def problem(self, value: object) -> str | None:
        """Why value is not allowed (a sentence without its full stop), or None."""
        if value not in self.choices:
            return f"{self.label} must be one of {', '.join(self.choices)}"
        return None

    def clamp(self, value: object) -> str:
        """value when allowed, else the default (the engine's own check)."""
        return value if isinstance(value, str) and value in self.choices else self.default

    def decode(self, value: object) -> str:
        if not isinstance(value, str):
            raise ValueError(f"{self.name} is not text: {value!r}")
        return value

    def encode(self, value: str) -> str:
        return value


def _num(value: Number) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


_SEED = Field(
    "seed", QT_TRANSLATE_NOOP("fields", "seed"), "--seed", int, 0, 2**32 - 1,
    QT_TRANSLATE_NOOP(
        "fields",
        "the same seed and parameters give the same reply; without one, each reply gets a new "
        "random seed (recorded with the reply)",
    ), optional=True, neutral=0,
)  # fmt: skip

STOP = TextsField(
    "stop", QT_TRANSLATE_NOOP("fields", "stop strings"), "--stop",
    QT_TRANSLATE_NOOP(
        "fields",
        "the reply ends where one of these strings would appear (the string itself is not shown)",
    ),
)  # fmt: skip

# Labels, help and special values are marked for the window's translations (core stays English;
# the parameters panel translates them under the "fields" context when it shows them).
SAMPLING_FIELDS: tuple[Field, ...] = (
    Field(
        "temperature", QT_TRANSLATE_NOOP("fields", "temperature"), "--temperature", float,
        0.0, 5.0,
        QT_TRANSLATE_NOOP(
            "fields", "how adventurous each choice is: 0 always picks the most likely token"
        ), neutral=0.0, step=0.05,
    ),
    Field(
        "top_p", QT_TRANSLATE_NOOP("fields", "top-p"), "--top-p", float, 0.0, 1.0,
        QT_TRANSLATE_NOOP(
            "fields",
            "nucleus sampling: only the likeliest tokens making up this share; 1 switches it off",
        ), low_open=True, optional=True, neutral=1.0, off=1.0, step=0.01,
    ),
    Field(
        "top_k", QT_TRANSLATE_NOOP("fields", "top-k"), "--top-k", int, 0, 1 << 20,
        QT_TRANSLATE_NOOP(
            "fields", "only the K likeliest tokens are considered; 0 switches it off"
        ), neutral=0,
    ),
    Field(
        "min_p", QT_TRANSLATE_NOOP("fields", "min-p"), "--min-p", float, 0.0, 1.0,
        QT_TRANSLATE_NOOP(
            "fields",
            "drop tokens less likely than this share of the top token's; 0 switches it off",
        ), neutral=0.0, step=0.01,
    ),
    Field(
        "repeat_penalty", QT_TRANSLATE_NOOP("fields", "repeat penalty"), "--repeat-penalty",
        float, 0.0, 5.0,
        QT_TRANSLATE_NOOP(
            "fields", "makes recent tokens less likely, against loops; 1 switches it off"
        ), low_open=True, neutral=1.0, step=0.05,
    ),
    Field(
        "repeat_last_n", QT_TRANSLATE_NOOP("fields", "repeat window"), "--repeat-last-n", int,
        1, CTX_MAX,
        QT_TRANSLATE_NOOP("fields", "how many recent tokens the repeat penalty looks back over"),
        special={
            -1: QT_TRANSLATE_NOOP("fields", "the whole context"),
            0: QT_TRANSLATE_NOOP("fields", "off"),
        }, neutral=0,
    ),
    _SEED,
    Field(
        "max_tokens", QT_TRANSLATE_NOOP("fields", "max tokens"), "--max-tokens", int, 1, CTX_MAX,
        QT_TRANSLATE_NOOP("fields", "the longest reply, in tokens"), neutral=1,
    ),
)  # fmt: skip

LOAD_FIELDS: tuple[Field, ...] = (
    Field(
        "n_ctx", QT_TRANSLATE_NOOP("fields", "context"), "--ctx", int, 16, CTX_MAX,
        QT_TRANSLATE_NOOP(
            "fields", "context length in tokens, at most the model's trained context"
        ),
        special={0: QT_TRANSLATE_NOOP("fields", "the model's own length")}, neutral=0,
    ),
    Field(
        "n_threads", QT_TRANSLATE_NOOP("fields", "threads"), "--threads", int, 1, LOGICAL_CPUS,
        QT_TRANSLATE_NOOP("fields", "CPU threads (default: one per physical core)"),
        optional=True, neutral=1,
    ),
    Field(
        "n_gpu_layers", QT_TRANSLATE_NOOP("fields", "GPU layers"), "--gpu-layers", int, 0, 1024,
        "layers on the GPU: 'auto' (the default: the memory fit decides), 0 for CPU only, "
        "-1 for all, or a number",
        special={-1: QT_TRANSLATE_NOOP("fields", "every layer")}, optional=True, neutral=0,
    ),
    replace(_SEED, help="the seed llama.cpp's context starts with"),
    Field(
        "n_batch", "batch size", "--batch", int, 1, 16384,
        "prompt tokens decoded per llama_decode call", neutral=512,
    ),
)  # fmt: skip

_KV_TYPES = ("f16", "q8_0", "q4_0")
# Load options that are words, not numbers: declared once for the CLI, the panel, the checks.
LOAD_CHOICES: tuple[ChoiceField, ...] = (
    ChoiceField(
        "type_k", QT_TRANSLATE_NOOP("fields", "K cache type"), "--cache-type-k", _KV_TYPES,
        QT_TRANSLATE_NOOP(
            "fields", "how the attention keys are stored: q8_0 and q4_0 hold more context "
            "in the same memory, at a small cost in quality",
        ),
    ),
    ChoiceField(
        "type_v", QT_TRANSLATE_NOOP("fields", "V cache type"), "--cache-type-v", _KV_TYPES,
        QT_TRANSLATE_NOOP(
            "fields", "how the attention values are stored: q8_0 and q4_0 hold more context "
            "in the same memory (they need flash attention)",
        ),
    ),
    ChoiceField(
        "speculative", QT_TRANSLATE_NOOP("fields", "speculative decoding"), "--speculative",
        ("auto", "on", "off"),
        QT_TRANSLATE_NOOP(
            "fields", "guess several tokens ahead and check them in one step: the same reply, "
            "faster when the text repeats; auto uses it where it measured faster here",
        ),
    ),
)  # fmt: skip
CHOICES: dict[str, ChoiceField] = {f.name: f for f in LOAD_CHOICES}

# OpenAI's penalties, for the API (and the codecs, so a recorded reply keeps them). Not in
# SAMPLING_FIELDS, which the parameters panel and `hearth chat` derive their rows from: the
# panel already has eight boxes and a repeat penalty that does the same job for a person;
# two more would crowd it for a knob that API clients, not people, set.
API_SAMPLING_FIELDS: tuple[Field, ...] = (
    Field(
        "presence_penalty", "presence penalty", "--presence-penalty", float, -2.0, 2.0,
        "makes every token already in the reply less likely by this much (negative: more "
        "likely), once; 0 switches it off", neutral=0.0, step=0.1,
    ),
    Field(
        "frequency_penalty", "frequency penalty", "--frequency-penalty", float, -2.0, 2.0,
        "makes a token less likely by this much for each time it already appears (negative: "
        "more likely); 0 switches it off", neutral=0.0, step=0.1,
    ),
)  # fmt: skip

# Every numeric SamplingParams field: what the checks and the engine's clamps cover.
SAMPLING_NUMBERS: tuple[Field, ...] = (*SAMPLING_FIELDS, *API_SAMPLING_FIELDS)
SAMPLING: dict[str, Field] = {f.name: f for f in SAMPLING_NUMBERS}
# Every SamplingParams field, numbers then texts: what the codecs read and write.
SAMPLING_ALL: tuple[Field | TextsField, ...] = (*SAMPLING_NUMBERS, STOP)
LOAD: dict[str, Field] = {f.name: f for f in LOAD_FIELDS}


AnyField = Field | TextsField


def encode(params: object, fields: Sequence[AnyField]) -> dict[str, Any]:
    """The fields of params as a JSON-ready dict (the one encoding for every codec)."""
    return {f.name: f.encode(getattr(params, f.name)) for f in fields}


def decode(data: Mapping[str, object], fields: Sequence[AnyField]) -> dict[str, Any]:
    """Strict: the fields present in data, each of its type, else ValueError. A missing one
    is left out (the dataclass's default): data written before the field existed."""
    return {f.name: f.decode(data[f.name]) for f in fields if f.name in data}


def decode_lenient(
    data: Mapping[str, object], fields: Sequence[AnyField], warn: Callable[[str, str], None]
) -> dict[str, Any]:
    """Lenient: a field of the wrong type or out of its range is left out (its default) and
    warn(name, why) is called; the others are kept."""
    out: dict[str, Any] = {}
    for f in fields:
        if f.name not in data:
            continue
        try:
            value = f.decode(data[f.name])
        except ValueError as exc:
            warn(f.name, str(exc))
            continue
        problem = f.problem(value)
        if problem is not None:
            warn(f.name, problem)
            continue
        out[f.name] = value
    return out
