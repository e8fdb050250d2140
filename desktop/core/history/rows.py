"""The one INSERT of a conversation row and of a message row (new, chosen-id and imported
rows alike, with the message's attachments), with the message's JSON columns encoded by
codec.py, and the one UPDATE of a reply's reasoning and tool calls."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Final, cast

from desktop.core.documents.types import Source
from desktop.core.history.codec import (
    dumps,
    repro_to_dict,
    sources_json,
    stats_to_dict,
    tool_calls_json,
)
from desktop.core.history.owner import this_process
from desktop.core.history.records import Attachment, Repro
from desktop.core.types import GenerationStats, ToolCall

_CONVERSATION_SQL: Final = (
    "INSERT INTO conversations (id, title, system_prompt, created_at, updated_at,"
    " model_name, model_path, model_sha256, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_MESSAGE_SQL: Final = (
    "INSERT INTO messages (id, conversation_id, parent_id, active_rank, role, content,"
    " status, created_at, updated_at, stats_json, repro_json, writer, reasoning,"
    " tool_calls_json, reasoning_ms, tool_call_id, tool_name, elapsed_ms, is_error,"
    " sources_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_ATTACHMENT_SQL: Final = (
    "INSERT INTO message_attachments (message_id, ordinal, sha256, name, size, kind)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
# The columns a reply's end (or a save of it) sets beside its text: see reply_values.
REPLY_COLUMNS_SQL: Final = (
    "reasoning = coalesce(?, reasoning), tool_calls_json = CASE WHEN ? THEN ? ELSE"
    " tool_calls_json END, reasoning_ms = coalesce(?, reasoning_ms)"
)


def stats_json(stats: GenerationStats | None) -> str | None:
    """The stats_json column for stats."""
    return None if stats is None else dumps(stats_to_dict(stats))


def insert_conversation(
    conn: sqlite3.Connection,
    conversation_id: int | None,
    title: str,
    system_prompt: str,
    created_at: float,
    updated_at: float,
    model_name: str | None,
    model_path: str | None,
    model_sha256: str | None,
    imported_at: float | None = None,
) -> int:
    """Insert a conversation (id None: the next one); its id."""
    cursor = conn.execute(
        _CONVERSATION_SQL,
        (
            conversation_id,
            title,
            system_prompt,
            created_at,
            updated_at,
            model_name,
            model_path,
            model_sha256,
            imported_at,
        ),
    )
    return cast(int, cursor.lastrowid)


def insert_message(
    conn: sqlite3.Connection,
    message_id: int | None,
    conversation_id: int,
    parent_id: int | None,
    rank: int,
    role: str,
    content: str,
    status: str,
    created_at: float,
    updated_at: float,
    stats: GenerationStats | None = None,
    repro: Repro | None = None,
    *,
    reasoning: str = "",
    tool_calls: Sequence[ToolCall] = (),
    reasoning_ms: int | None = None,
    tool_call_id: str = "",
    name: str = "",
    elapsed_ms: int | None = None,
    is_error: bool = False,
    attachments: Sequence[Attachment] = (),
    sources: Sequence[Source] = (),
) -> int:
    """Insert a message (id None: the next one); its id. A 'streaming' reply is marked as
    this process's, so a later start knows whether its writer is still alive. An assistant
    reply may carry its reasoning, tool calls and thinking time; a tool result the call it
    answers (tool_call_id), the tool's name, how long it ran and whether it failed. A user
    message may carry its attachments, a reply the sources it drew on."""
    cursor = conn.execute(
        _MESSAGE_SQL,
        (
            message_id,
            conversation_id,
            parent_id,
            rank,
            role,
            content,
            status,
            created_at,
            updated_at,
            stats_json(stats),
            None if repro is None else dumps(repro_to_dict(repro)),
            this_process() if status == "streaming" else None,
            reasoning,
            tool_calls_json(tool_calls),
            reasoning_ms,
            tool_call_id or None,
            name or None,
            elapsed_ms,
            int(is_error),
            sources_json(sources),
        ),
    )
    new_id = cast(int, cursor.lastrowid)
    conn.executemany(
        _ATTACHMENT_SQL,
        [(new_id, i, a.sha256, a.name, a.size, a.kind) for i, a in enumerate(attachments)],
    )
    return new_id


def reply_values(
    reasoning: str | None, tool_calls: Sequence[ToolCall] | None, reasoning_ms: int | None
) -> tuple[object, ...]:
    """The values of REPLY_COLUMNS_SQL: None leaves a column as it is (a caller that does
    not know of reasoning or tools keeps what an earlier save stored)."""
    return (
        reasoning,
        tool_calls is not None,
        None if tool_calls is None else tool_calls_json(tool_calls),
        reasoning_ms,
    )
