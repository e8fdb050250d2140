"""Backend: what EngineSession needs from an engine (the local child process, a remote server)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from desktop.core.context import trimmed_sentence
from desktop.core.errors import EngineError
from desktop.core.types import (
    EngineDevice,
    GenerationStats,
    LoadParams,
    Message,
    ModelInfo,
    OutputFormat,
    SamplingParams,
    Thinking,
    ToolCall,
    ToolSpec,
)
from desktop.engine.formats import Event as ReplyEvent


class OutputFormatError(EngineError):
    """The wanted output format cannot be enforced (a JSON schema the engine cannot compile
    into a grammar): the request is at fault, not the engine."""


class CannotChat(EngineError):
    """The loaded model is an embedding model (ModelInfo.can_embed): it writes no text, so
    a chat or a completion on it is refused (the request is at fault, not the engine)."""


@dataclass(frozen=True, slots=True)
class BackendInfo:
    """What an engine says about itself once started."""

    system_info: str
    devices: tuple[EngineDevice, ...] = ()
    gpu_offload: bool = False
    name: str = ""  # "local engine", or the server's address

    @property
    def has_gpu(self) -> bool:
        """Whether a GPU (or integrated GPU) is among the devices the engine sees."""
        return any(d.kind in ("gpu", "igpu") for d in self.devices)


@dataclass(frozen=True, slots=True)
class Trimmed:
    """What the context policy left out of one reply."""

    dropped_messages: int  # the oldest turns after the system prompt, counted in messages
    prompt_tokens: int  # the prompt that was sent, in tokens
    n_ctx: int

    @property
    def sentence(self) -> str:
        """The notice for the person (the window and the command line show the same)."""
        return trimmed_sentence(self.n_ctx, self.dropped_messages)


@runtime_checkable
class Reply(Protocol):
    """One streaming reply. Iterate for the answer's text pieces, or events() for the thought,
    the answer and the tool calls apart (one or the other, not both); `stats` is set once it
    ends, and `reasoning` and `tool_calls` say what the reply thought and asked for.

    Errors (HearthError subclasses: ContextOverflow, TemplateError, EngineCrashed, ...) are
    raised from wait_prompt_started() or from the iteration.
    """

    def __iter__(self) -> Iterator[str]: ...

    def events(self) -> Iterator[ReplyEvent]:
        """ReasoningDelta, ContentDelta and ToolCall* events, in the order written."""
        ...

    @property
    def reasoning(self) -> str: ...

    @property
    def tool_calls(self) -> tuple[ToolCall, ...]: ...

    def wait_prompt_started(self) -> int:
        """Block until the prompt is being processed; return its length in tokens. After
        it returns, `trimmed` says what the context policy left out (None: nothing)."""
        ...

    @property
    def stats(self) -> GenerationStats | None: ...

    @property
    def trimmed(self) -> Trimmed | None: ...

    @property
    def text(self) -> str:
        """Everything received so far."""
        ...

    def stop(self) -> None:
        """Ask this reply to end (thread-safe, returns at once)."""
        ...


@runtime_checkable
class Backend(Protocol):
    """An engine EngineSession drives. Used from one thread at a time, except stop() and
    abort(), which any thread may call and which return at once."""

    def start(self) -> BackendInfo:
        """Start the engine if it is not running; say what it is."""
        ...

    def info(self) -> BackendInfo | None:
        """What start() said last (None before a start)."""
        ...

    @property
    def alive(self) -> bool:
        """Whether the engine runs (a remote one: whether it is thought reachable)."""
        ...

    @property
    def pid(self) -> int | None:
        """The engine's process id, for a hard kill at shutdown (None: no local process)."""
        ...

    def load(self, params: LoadParams) -> ModelInfo:
        """Load a model (replacing any loaded one). Raises HearthError subclasses."""
        ...

    def unload(self) -> None: ...

    def chat(
        self,
        messages: Sequence[Message],
        sampling: SamplingParams,
        reply_room: int = 0,
        continue_reply: bool = False,
        output_format: OutputFormat | None = None,
        tools: Sequence[ToolSpec] = (),
        tool_choice: str = "auto",
        thinking: Thinking | None = None,
        conversation: str = "",
    ) -> Reply:
        """Start a reply to the conversation.

        reply_room > 0: drop the oldest whole turns (a user message and the replies after
        it; never the system prompt, never the last message) until the prompt leaves
        reply_room tokens of the context free, and say so in Reply.trimmed. Raises
        ContextOverflow (from here or from the reply) when even the system prompt and the
        last message do not fit.

        continue_reply: the last message is an assistant reply that was cut short; the
        prompt ends with its text, left open, and the reply's text is what comes after it
        (trimming then keeps the user message before it as well).

        output_format: the reply must take this shape (JSON, or JSON valid against a
        schema); OutputFormatError when the engine cannot enforce it.

        tools: what the model may call, tool_choice "auto", "none" or "required" (the
        reply's tool_calls say what it asked for; the caller runs them). thinking: the
        template's thinking switch and reasoning effort (None: the template's defaults).

        conversation: the history's conversation id as text ("" none): the local engine
        saves and restores that conversation's state under it (remote backends ignore it)."""
        ...

    def count(self, messages: Sequence[Message]) -> int:
        """How many tokens the conversation takes once formatted for the loaded model."""
        ...

    def stop(self) -> None:
        """Ask the current reply to end (thread-safe, returns at once)."""
        ...

    def abort(self) -> None:
        """End everything now, e.g. a load (thread-safe, returns at once); the thread using
        the backend gets EngineCrashed from what it was waiting for."""
        ...

    def close(self) -> None:
        """Stop the engine and free what it holds; start() may be called again after."""
        ...


@runtime_checkable
class Completer(Protocol):
    """A backend that also continues raw text with no chat template (the local engine;
    EngineSession.complete says so in a sentence for one that does not)."""

    def complete(self, prompt: str, sampling: SamplingParams) -> Reply:
        """Start a continuation of prompt, tokenized as it is (no template, no trimming)."""
        ...


class Embeddings(list[list[float]]):
    """Vectors in the order of the texts, each of unit length; prompt_tokens: the tokens
    all the texts took (the API's usage)."""

    __slots__ = ("prompt_tokens",)

    def __init__(self, vectors: Sequence[Sequence[float]] = (), prompt_tokens: int = 0) -> None:
        super().__init__(list(v) for v in vectors)
        self.prompt_tokens = prompt_tokens


@runtime_checkable
class Embedder(Protocol):
    """A backend that also turns texts into vectors (the local engine, with a model whose
    ModelInfo.can_embed is set; EngineSession.embed says so in a sentence otherwise)."""

    def embed(self, texts: Sequence[str]) -> Embeddings:
        """One vector per text. Raises ContextOverflow for a text longer than the model's
        context (refused, never cut) and EngineError when the model is no embedder."""
        ...
