"""The one INSERT of a conversation row and of a message row (new, chosen-id and imported
rows alike), with the message's JSON columns encoded by codec.py."""

from __future__ import annotations

import sqlite3
from typing import Final, cast

from desktop.core.history.codec import dumps, repro_to_dict, stats_to_dict
from desktop.core.history.owner import this_process
from desktop.core.history.records import Repro
from desktop.core.types import GenerationStats

_CONVERSATION_SQL: Final = (
    "INSERT INTO conversations (id, title, system_prompt, created_at, updated_at,"
    " model_name, model_path, model_sha256, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_MESSAGE_SQL: Final = (
    "INSERT INTO messages (id, conversation_id, parent_id, active_rank, role, content,"
    " status, created_at, updated_at, stats_json, repro_json, writer)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
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
) -> int:
    """Insert a message (id None: the next one); its id. A 'streaming' reply is marked as
    this process's, so a later start knows whether its writer is still alive."""
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
        ),
    )
    return cast(int, cursor.lastrowid)
