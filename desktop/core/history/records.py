"""What the history holds, as frozen records: conversations, messages, search hits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

from desktop.core.documents.types import Source
from desktop.core.paths import data_dir
from desktop.core.types import GenerationStats, Message, SamplingParams, ToolCall

Role = Literal["system", "user", "assistant", "tool"]
Status = Literal["complete", "streaming", "stopped", "error", "interrupted"]
FinishStatus = Literal["complete", "stopped", "error"]

ROLES: Final = ("system", "user", "assistant", "tool")
STATUSES: Final = ("complete", "streaming", "stopped", "error", "interrupted")
FINISH_STATUSES: Final = ("complete", "stopped", "error")

FILE_NAME: Final = "hearth.sqlite3"
AttachmentKind = Literal["document", "image"]
ATTACHMENT_KINDS: Final = ("document", "image")


def default_path() -> Path:
    """Where the history lives unless told otherwise: data_dir() / 'hearth.sqlite3'."""
    return data_dir() / FILE_NAME


@dataclass(frozen=True, slots=True)
class Repro:
    """What reproduces an assistant reply: model, sampling, seed, chat template."""

    model_name: str = ""
    model_path: str = ""
    model_sha256: str | None = None
    sampling: SamplingParams | None = None
    seed: int | None = None
    chat_template_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file attached to a message: its stored copy's content hash (the copy lives in the
    attachment store, so the original may move), its name, size in bytes and kind."""

    sha256: str
    name: str
    size: int
    kind: AttachmentKind = "document"


@dataclass(frozen=True, slots=True)
class StoredConversation:
    """A conversation row; deleted_at is set while it sits in the trash (soft delete),
    imported_at when it was imported from an export file."""

    id: int
    title: str
    system_prompt: str
    created_at: float
    updated_at: float
    deleted_at: float | None = None
    model_name: str | None = None
    model_path: str | None = None
    model_sha256: str | None = None
    imported_at: float | None = None  # set when it came in from an export file


@dataclass(frozen=True, slots=True)
class StoredMessage:
    """One node of a conversation's message tree."""

    id: int
    conversation_id: int
    parent_id: int | None
    role: Role
    content: str
    status: Status
    created_at: float
    updated_at: float
    stats: GenerationStats | None = None
    repro: Repro | None = None
    # The active version among siblings is the one with the highest rank (then the newest).
    rank: int = 0
    deleted_at: float | None = None  # set while it sits in the trash (soft delete)
    # An assistant reply: its thought, kept apart from the answer (content), how long the
    # model thought, and the tool calls it asked for.
    reasoning: str = ""
    tool_calls: tuple[ToolCall, ...] = ()
    reasoning_ms: int | None = None
    # A tool result (role 'tool'): the call it answers, the tool's name, how long it ran,
    # and whether it failed (the content then says why).
    tool_call_id: str = ""
    name: str = ""
    elapsed_ms: int | None = None
    is_error: bool = False
    # A user message: the files attached to it. A reply: the passages it drew on.
    attachments: tuple[Attachment, ...] = ()
    sources: tuple[Source, ...] = ()

    def to_message(self) -> Message:
        """The turn as the engine takes it: role, text, reasoning, tool calls and, for a
        tool result, the call it answers."""
        return Message(
            self.role,
            self.content,
            reasoning=self.reasoning,
            tool_calls=self.tool_calls,
            tool_call_id=self.tool_call_id,
            name=self.name,
        )

    as_message = to_message


def engine_turns(
    system_prompt: str, path: list[StoredMessage], leave_out: int | None = None
) -> list[Message]:
    """What the engine is sent for a branch: the system prompt, then every turn that says
    something (text, a tool call, a tool's result or files sent alone; an empty turn is left
    out, as is the message leave_out, e.g. the reply being written)."""
    out = [Message("system", system_prompt)] if system_prompt else []
    out += [
        m.to_message()
        for m in path
        if m.id != leave_out and (m.content or m.tool_calls or m.role == "tool" or m.attachments)
    ]
    return out


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A search match; message_id is None when the conversation title matched."""

    conversation_id: int
    message_id: int | None
    title: str
    snippet: str  # matches wrapped in MARK_START ... MARK_END
