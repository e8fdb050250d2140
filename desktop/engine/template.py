"""Chat templates rendered in a Jinja sandbox with time, memory and output limits.

The template comes from the GGUF file, so it is untrusted code. llama-cpp-python renders it
in Jinja's ImmutableSandboxedEnvironment, which blocks code execution (CVE-2024-34359) but
not denial of service: `{{ 'a' * 10**9 }}` allocates a gigabyte, nested range() loops spin
for hours. We render the same way (same sandbox class, same variables as its
Jinja2ChatFormatter) and add: a size cap on the template, a cap on any size a template can
ask for (repetition, padding, format widths, ranges), a deadline checked on every line of the
compiled template, an output cap on every string a template joins (`+`, `~`, set blocks,
macro bodies, the prompt itself), and on Linux an RLIMIT_DATA ceiling while it renders.
"""

from __future__ import annotations

import datetime
import functools
import operator
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import Any

import jinja2.ext
from jinja2 import BaseLoader, TemplateError, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.sandbox import ImmutableSandboxedEnvironment
from llama_cpp.llama_chat_format import Jinja2ChatFormatter

from desktop.core.errors import TemplateError as HearthTemplateError
from desktop.core.types import Message

MAX_TEMPLATE_CHARS = 256 * 1024
MAX_OUTPUT_CHARS = 8 * 1024 * 1024
MAX_SIZE_ARGUMENT = 1 << 20  # the largest repeat count, width or range a template may ask for
RENDER_SECONDS = 2.0
RENDER_MEMORY_BYTES = 512 * 1024 * 1024

# What formats a prompt when the model brings no chat template: a plain transcript that a
# base model continues naturally, ending where the next "User:" would begin.
TRANSCRIPT_FORMAT = "plain transcript (the model has no chat template)"
TRANSCRIPT_STOPS = ("\nUser:", "\n\nUser")


class _Budget(Exception):
    """Raised inside rendering when a limit is hit."""


# A printf-style conversion's flags, width and precision, or a str.format replacement
# field's spec: where a format string asks for padding.
_FORMAT_SPECS = re.compile(r"%%|%(?:\([^)]*\))?([-#0 +*.\d]+)|\{[^{}]*?:([^{}]+)\}")


class _LimitedCodeGenerator(CodeGenerator):
    """Compiles `~` (a Concat node, not a binop) through LimitedSandbox.checked_concat."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:  # noqa: N802
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        else:
            join = "markup_join" if frame.eval_ctx.autoescape else "str_join"
        self.write(f"environment.checked_concat({join}, (")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class LimitedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox that refuses to build anything huge."""

    intercepted_binops = frozenset(["*", "**", "%", "+"])
    code_generator_class = _LimitedCodeGenerator

    def __init__(self) -> None:
        # The same extensions and tojson as llama-cpp-python's Jinja2ChatFormatter.
        super().__init__(
            loader=BaseLoader(),
            trim_blocks=True,
            lstrip_blocks=True,
            extensions=[Jinja2ChatFormatter.IgnoreGenerationTags, jinja2.ext.loopcontrols],
        )
        self.filters["tojson"] = Jinja2ChatFormatter.tojson
        # Filters (center, indent, wordwrap...) can allocate too: check their size arguments.
        for name, fn in list(self.filters.items()):
            self.filters[name] = _size_checked(fn)
        self.filters["format"] = _format_checked(self.filters["format"])

    @staticmethod
    def concat(pieces: Iterable[str]) -> str:
        """Join rendered text (the prompt, a set block, a macro body) within the output cap."""
        kept: list[str] = []
        size = 0
        for piece in pieces:
            size += len(piece)
            if size > MAX_OUTPUT_CHARS:
                raise _Budget("output larger than the output cap")
            kept.append(piece)
        return "".join(kept)

    def checked_concat(self, join: Callable[[Iterable[Any]], str], values: tuple[Any, ...]) -> str:
        """The `~` operator: Jinja's own join, once the result is known to fit the cap."""
        parts = [v if isinstance(v, str) else str(v) for v in values]
        if sum(map(len, parts)) > MAX_OUTPUT_CHARS:
            raise _Budget("a value larger than the output cap")
        return join(values)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is not None:
            _check_format(value.__self__)  # str.format / format_map: widths in the specs
        return wrapped

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "*":
            for seq, count in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(count, int)
                    and len(seq) * max(count, 0) > MAX_OUTPUT_CHARS
                ):
                    raise _Budget("a repetition larger than the output cap")
            return operator.mul(left, right)
        if operator_name == "**":
            if isinstance(right, int) and abs(right) > 64:
                raise _Budget("a power too large")
            return operator.pow(left, right)
        if operator_name == "%":
            if isinstance(left, str):
                _check_format(left)
                if "*" in left:  # widths taken from the arguments
                    _check_sizes(right if isinstance(right, tuple) else (right,), {})
            result = operator.mod(left, right)
            if isinstance(result, str) and len(result) > MAX_OUTPUT_CHARS:
                raise _Budget("a formatted string larger than the output cap")
            return result
        result = operator.add(left, right)
        if isinstance(result, str | list | tuple) and len(result) > MAX_OUTPUT_CHARS:
            raise _Budget("a value larger than the output cap")
        return result

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        _check_sizes(args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)


def _check_sizes(args: Sequence[Any], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and value > MAX_SIZE_ARGUMENT:
            raise _Budget(f"a call with a size argument of {value}")


def _check_format(fmt: str) -> None:
    """Refuse a format string that asks for a width or precision above the size cap."""
    for match in _FORMAT_SPECS.finditer(fmt):
        for number in re.findall(r"\d+", match.group(1) or match.group(2) or ""):
            if len(number) > 9 or int(number) > MAX_SIZE_ARGUMENT:
                raise _Budget(f"a format width of {number[:12]}")


def _format_checked(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The `format` filter is `value % args`: check its widths as the `%` operator does."""

    @functools.wraps(fn)
    def wrapper(value: Any, *args: Any, **kwargs: Any) -> Any:
        _check_format(str(value))
        return fn(value, *args, **kwargs)

    return wrapper


def _size_checked(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)  # keeps Jinja's pass_context/pass_environment markers
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _check_sizes(args, kwargs)
        result = fn(*args, **kwargs)
        if isinstance(result, str | list | tuple) and len(result) > MAX_OUTPUT_CHARS:
            raise _Budget("a filter result larger than the output cap")
        return result

    return wrapper


def _raise_exception(message: str) -> None:
    raise TemplateError(message)


def _strftime_now(fmt: str) -> str:
    return datetime.datetime.now().strftime(fmt)


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Abort the rendering thread's template code once `seconds` have passed."""
    end = time.monotonic() + seconds

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        if time.monotonic() > end:
            raise _Budget(f"rendering took longer than {seconds:g} s")
        return local

    def global_(frame: FrameType, event: str, arg: Any) -> Any:
        if time.monotonic() > end:
            raise _Budget(f"rendering took longer than {seconds:g} s")
        # Trace lines only in compiled templates; library frames just get the call check.
        return local if frame.f_code.co_filename == "<template>" else None

    previous = sys.gettrace()
    sys.settrace(global_)
    try:
        yield
    finally:
        sys.settrace(previous)


@contextmanager
def _memory_ceiling(extra_bytes: int) -> Iterator[None]:
    """On Linux, cap the heap at its current size plus extra_bytes while rendering."""
    try:
        import resource

        with open("/proc/self/status") as status:
            vm_data = next(
                int(line.split()[1]) * 1024 for line in status if line.startswith("VmData:")
            )
        soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
        ceiling = vm_data + extra_bytes
        if hard != resource.RLIM_INFINITY:
            ceiling = min(ceiling, hard)
        resource.setrlimit(resource.RLIMIT_DATA, (ceiling, hard))
    except (ImportError, OSError, StopIteration, ValueError):
        yield  # not Linux: the size caps above still hold
        return
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))


class ChatTemplate:
    """A model's chat template, compiled once in the sandbox and rendered with limits."""

    def __init__(self, source: str, bos_token: str, eos_token: str) -> None:
        if len(source) > MAX_TEMPLATE_CHARS:
            raise HearthTemplateError(
                f"This model's chat template is {len(source):,} characters long, more than "
                "Hearth runs; use a model with a standard template."
            )
        self.bos_token = bos_token
        self.eos_token = eos_token
        env = LimitedSandbox()
        try:
            with _memory_ceiling(RENDER_MEMORY_BYTES), _deadline(RENDER_SECONDS):
                self._template = env.from_string(source)
        except (TemplateError, _Budget, RecursionError, MemoryError) as e:
            raise HearthTemplateError(
                "This model's chat template is broken and cannot be used.", details=str(e)
            ) from e
        self.source = source
        # Whether the template reads the thinking switch (Qwen3, QwQ, R1 distills, SmolLM3...).
        self.reads_enable_thinking = "enable_thinking" in source

    def render(
        self,
        messages: Sequence[Message],
        add_generation_prompt: bool = True,
        *,
        tools: Sequence[dict[str, Any]] | None = None,
        enable_thinking: bool | None = None,
        reasoning_effort: str | None = None,
    ) -> str:
        """Render the conversation into the model's prompt text, within the limits.

        `tools` (OpenAI-shaped) is passed only when non-empty: some templates test `tools is
        not none` and then fail on an empty list, or the reverse. `enable_thinking` is passed
        when given and the template reads it; None leaves it undefined, as before.
        `reasoning_effort` ("low"/"medium"/"high", gpt-oss) is passed when given.
        """
        variables: dict[str, Any] = {
            "messages": [template_message(m) for m in messages],
            "bos_token": self.bos_token,
            "eos_token": self.eos_token,
            "add_generation_prompt": add_generation_prompt,
            "raise_exception": _raise_exception,
            "strftime_now": _strftime_now,
        }
        if tools:
            variables["tools"] = list(tools)
        if enable_thinking is not None and self.reads_enable_thinking:
            variables["enable_thinking"] = enable_thinking
        if reasoning_effort is not None:
            variables["reasoning_effort"] = reasoning_effort
        try:
            with _memory_ceiling(RENDER_MEMORY_BYTES), _deadline(RENDER_SECONDS):
                out = self._template.render(**variables)
        except _Budget as e:
            raise HearthTemplateError(
                f"This model's chat template broke Hearth's safety limits ({e}); "
                "it was stopped. Use another model or a standard template.",
                details=str(e),
            ) from None
        except MemoryError:
            raise HearthTemplateError(
                "This model's chat template tried to use too much memory and was stopped.",
            ) from None
        except RecursionError:
            raise HearthTemplateError("This model's chat template recursed too deeply.") from None
        except TemplateError as e:
            raise HearthTemplateError(
                f"This model's chat template refused the conversation: {e}", details=repr(e)
            ) from e
        if len(out) > MAX_OUTPUT_CHARS:
            raise HearthTemplateError("This model's chat template produced an oversized prompt.")
        return out

    def generation_prompt(self, enable_thinking: bool | None = None) -> str:
        """What add_generation_prompt adds to a one-message chat (llama.cpp's
        common_chat_template_generation_prompt): the render with it minus the common prefix of
        the render without it. "" when the template refuses the probe."""
        probe = [Message("user", "Hi")]
        try:
            with_prompt = self.render(probe, True, enable_thinking=enable_thinking)
            without = self.render(probe, False, enable_thinking=enable_thinking)
        except HearthTemplateError:
            return ""
        common = 0
        for a, b in zip(with_prompt, without, strict=False):
            if a != b:
                break
            common += 1
        return with_prompt[common:]


def template_message(m: Message) -> dict[str, Any]:
    """A message as chat templates read it (the names llama.cpp and Transformers pass): a
    plain turn is role and content only, so prompts without tools are unchanged."""
    out: dict[str, Any] = {"role": m.role, "content": m.content}
    if m.reasoning:
        # Qwen3, GLM and DeepSeek read reasoning_content; gpt-oss reads thinking. Each template
        # decides which past thoughts to keep, as the model was trained.
        out["reasoning_content"] = out["thinking"] = m.reasoning
    if m.tool_calls:
        out["tool_calls"] = [
            {
                "id": c.id,
                "type": "function",
                # A dict: Llama 3.1, Hermes and gpt-oss render `arguments | tojson`.
                "function": {
                    "name": c.name,
                    "arguments": c.arguments if c.arguments is not None else c.raw,
                },
            }
            for c in m.tool_calls
        ]
    if m.role == "tool":
        out["tool_call_id"] = m.tool_call_id
        out["name"] = m.name
    return out


def render_transcript(messages: Sequence[Message]) -> str:
    """The fallback format for models with no chat template."""
    names = {"system": "", "user": "User: ", "assistant": "Assistant: "}
    parts = []
    for m in messages:
        prefix = names.get(m.role, f"{m.role.capitalize()}: ")
        parts.append(f"{prefix}{m.content.strip()}")
    return "\n\n".join(parts) + "\n\nAssistant:"


Renderer = Callable[[Sequence[Message]], str]
