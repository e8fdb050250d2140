"""Requests and events between the app process and the engine process (small, frozen)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.types import (
    EngineDevice,
    GenerationStats,
    LoadParams,
    Message,
    ModelInfo,
    OutputFormat,
    SamplingParams,
    Thinking,
    ToolSpec,
)
from desktop.engine.backend import BackendInfo
from desktop.engine.formats import ChatFormat

# --- requests: app -> engine -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Load:
    params: LoadParams


@dataclass(frozen=True, slots=True)
class Chat:
    """reply_room > 0: the engine drops the oldest turns so the prompt leaves that many
    tokens free (core.context's policy, with the model's own tokenizer).
    continue_reply: the last message is an assistant reply cut short; the prompt ends with
    its text (no end of turn after it) and the model writes on from there.
    output_format: the reply is constrained to it (a grammar the engine builds and caches).
    tools: what the model may call (given to the template, or to a grammar when the template
    has no tool format); tool_choice "auto", "none" or "required".
    thinking: the template's thinking switch and reasoning effort (None: its defaults).
    conversation: whose state this is (the history's conversation id as text; "": none), so
    the engine can save and restore it and forget it when the conversation is deleted."""

    request_id: int
    messages: tuple[Message, ...]
    sampling: SamplingParams
    reply_room: int = 0
    continue_reply: bool = False
    output_format: OutputFormat | None = None
    tools: tuple[ToolSpec, ...] = ()
    tool_choice: str = "auto"
    thinking: Thinking | None = None
    conversation: str = ""


@dataclass(frozen=True, slots=True)
class Complete:
    """Raw text completion, no chat template (benchmarks and base models)."""

    request_id: int
    prompt: str
    sampling: SamplingParams


@dataclass(frozen=True, slots=True)
class CountTokens:
    request_id: int
    messages: tuple[Message, ...]


@dataclass(frozen=True, slots=True)
class Embed:
    """Texts to vectors, on a model loaded as an embedder (ModelInfo.can_embed)."""

    request_id: int
    texts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Unload:
    pass


@dataclass(frozen=True, slots=True)
class KvBudget:
    """Bytes the saved conversation states may take on disk (0: none saved); no answer."""

    budget_bytes: int


@dataclass(frozen=True, slots=True)
class Shutdown:
    pass


Request = Load | Chat | Complete | CountTokens | Embed | Unload | KvBudget | Shutdown

# --- events: engine -> app -------------------------------------------------------------


@dataclass(frozen=True, slots=True, init=False)
class Ready(BackendInfo):
    """The local engine has started: a BackendInfo, plus what only a local engine knows."""

    pid: int = 0
    llama_cpp_version: str = ""
    backends: tuple[str, ...] = ()

    # Its own __init__ keeps the order Ready always had (pid first), which callers use.
    def __init__(
        self,
        pid: int,
        system_info: str,
        gpu_offload: bool,
        llama_cpp_version: str,
        devices: tuple[EngineDevice, ...] = (),
        backends: tuple[str, ...] = (),
    ) -> None:
        BackendInfo.__init__(self, system_info, devices, gpu_offload, "local engine")
        object.__setattr__(self, "pid", pid)  # frozen: the way dataclasses set fields
        object.__setattr__(self, "llama_cpp_version", llama_cpp_version)
        object.__setattr__(self, "backends", backends)


@dataclass(frozen=True, slots=True)
class Loaded:
    info: ModelInfo


@dataclass(frozen=True, slots=True)
class Unloaded:
    pass


@dataclass(frozen=True, slots=True)
class Trimmed:
    """The context policy left the oldest messages out (sent before PromptStarted)."""

    request_id: int
    dropped_messages: int
    prompt_tokens: int
    n_ctx: int


@dataclass(frozen=True, slots=True)
class PromptStarted:
    """The prompt is formatted and tokenized; prompt processing begins. reply_format: how
    the reply marks thinking and tool calls, for the app's parser (None: plain text)."""

    request_id: int
    prompt_tokens: int
    reply_format: ChatFormat | None = None


@dataclass(frozen=True, slots=True)
class Token:
    request_id: int
    text: str


@dataclass(frozen=True, slots=True)
class Done:
    request_id: int
    stats: GenerationStats


@dataclass(frozen=True, slots=True)
class TokenCount:
    request_id: int
    count: int


@dataclass(frozen=True, slots=True)
class Embedded:
    """The vectors of an Embed, in its order (unit length), and the tokens they took."""

    request_id: int
    vectors: tuple[tuple[float, ...], ...]
    prompt_tokens: int


@dataclass(frozen=True, slots=True)
class Failed:
    """A request failed; kind names the HearthError subclass to raise in the app."""

    request_id: int | None
    kind: str
    message: str
    details: str = ""
    prompt_tokens: int = 0
    n_ctx: int = 0


@dataclass(frozen=True, slots=True)
class Heartbeat:
    """The engine is alive and working on a request (sent while busy, so silence means stuck)."""


Event = (
    Ready
    | Loaded
    | Unloaded
    | Trimmed
    | PromptStarted
    | Token
    | Done
    | TokenCount
    | Embedded
    | Failed
    | Heartbeat
)
