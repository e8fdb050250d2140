"""Export and import: the JSON document of whole trees, its validation before an import, the
import itself (all or nothing), and writing an export file (Markdown: markdown.py).

A little over 400 lines: a message's reasoning and tool-call fields are validated here field
by field with the rest of the document, so an import refuses a bad one with a sentence."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from desktop.core.atomic import write_text_atomic
from desktop.core.documents.types import Source
from desktop.core.history import rows
from desktop.core.history.codec import (
    attachment_to_dict,
    attachments_from_list,
    conversation_from_row,
    is_int,
    is_number,
    message_from_row,
    optional_str,
    repro_from_dict,
    repro_to_dict,
    sources_from_list,
    sources_to_list,
    stats_from_dict,
    stats_to_dict,
    tool_calls_from_list,
    tool_calls_to_list,
)
from desktop.core.history.errors import HistoryImportError, os_error
from desktop.core.history.ids import IdSource
from desktop.core.history.records import (
    ROLES,
    STATUSES,
    Attachment,
    Repro,
    Role,
    Status,
    StoredConversation,
)
from desktop.core.history.schema import CONVERSATION_COLUMNS, MESSAGE_COLUMNS
from desktop.core.types import GenerationStats, ToolCall


def read_document(path: Path) -> object:
    """An export file's JSON; HistoryImportError with a sentence when it is not JSON at all
    (unreadable, not UTF-8, broken, or nested deeper than any export is)."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise HistoryImportError(
            f"Hearth could not read {Path(path).name}: {e.strerror or e}.", repr(e)
        ) from e
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise HistoryImportError(f"{Path(path).name} is not a Hearth export: {e}.", repr(e)) from e
    except RecursionError as e:
        raise HistoryImportError(
            f"{Path(path).name} is not a Hearth export: it is nested far deeper than an "
            "export ever is.",
            repr(e),
        ) from e


EXPORT_FORMAT: Final = "hearth-history"
# 2: tool results (role 'tool'), and a reply's reasoning, tool calls and thinking time.
# 3: what was attached to a message (name, size, kind, the stored copy's sha256; the file
# itself stays in the data folder) and the sources a reply drew on.
# Version 1 and 2 documents (without them) still import.
EXPORT_VERSION: Final = 3


def write_atomic(path: Path, text: str) -> None:
    """Write an export atomically (see desktop.core.atomic); HistoryError on failure."""
    path = Path(path)
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise os_error(exc, path) from exc


# ---------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------


def document(conversations: list[dict[str, Any]], exported_at: float) -> dict[str, Any]:
    """The export document holding conversations (entries from export_conversation)."""
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": exported_at,
        "conversations": conversations,
    }


def live_conversations(conn: sqlite3.Connection) -> list[StoredConversation]:
    """Every conversation not in the trash, oldest first."""
    query = (
        f"SELECT {CONVERSATION_COLUMNS} FROM conversations c"
        " WHERE c.deleted_at IS NULL ORDER BY c.id"
    )
    return [conversation_from_row(row) for row in conn.execute(query).fetchall()]


def export_conversation(
    conn: sqlite3.Connection, conversation: StoredConversation
) -> dict[str, Any]:
    """One conversation with its whole tree (branches, stats, repro) as a document entry."""
    found = conn.execute(
        f"SELECT {MESSAGE_COLUMNS} FROM messages m"
        " WHERE m.conversation_id = ? AND m.deleted_at IS NULL ORDER BY m.id",
        (conversation.id,),
    ).fetchall()
    # The active child of each sibling group: highest rank, then newest.
    best: dict[int | None, tuple[int, int]] = {}
    for row in found:
        key = (row[10], row[0])
        if row[2] not in best or key > best[row[2]]:
            best[row[2]] = key
    active = {key[1] for key in best.values()}
    messages = []
    for row in found:
        message = message_from_row(row)
        messages.append(
            {
                "id": message.id,
                "parent": message.parent_id,
                "role": message.role,
                "content": message.content,
                "status": message.status,
                "active": message.id in active,
                "created_at": message.created_at,
                "updated_at": message.updated_at,
                "stats": None if message.stats is None else stats_to_dict(message.stats),
                "repro": None if message.repro is None else repro_to_dict(message.repro),
                "reasoning": message.reasoning,
                "reasoning_ms": message.reasoning_ms,
                "tool_calls": tool_calls_to_list(message.tool_calls),
                "tool_call_id": message.tool_call_id,
                "name": message.name,
                "elapsed_ms": message.elapsed_ms,
                "is_error": message.is_error,
                "attachments": [attachment_to_dict(a) for a in message.attachments],
                "sources": sources_to_list(message.sources),
            }
        )
    return {
        "title": conversation.title,
        "system_prompt": conversation.system_prompt,
        "created_at": conversation.created_at,
        "updated_at": conversation.updated_at,
        "model_name": conversation.model_name,
        "model_path": conversation.model_path,
        "model_sha256": conversation.model_sha256,
        "messages": messages,
    }


# ---------------------------------------------------------------------------------------
# Import
# ---------------------------------------------------------------------------------------


def import_conversations(
    conn: sqlite3.Connection,
    conversations: list[ImportConversation],
    ids: IdSource | None,
    imported_at: float | None = None,
) -> list[int]:
    """Add validated conversations (validate_document) as new ones, in the caller's
    transaction; their new ids, in order. Replies that were still 'streaming' come back
    'interrupted'; with ids, the new rows take theirs from it; imported_at marks them."""
    return [_import_conversation(conn, entry, ids, imported_at) for entry in conversations]


def duplicate_conversation(
    conn: sqlite3.Connection,
    conversation: StoredConversation,
    title: str,
    now: float,
    ids: IdSource | None,
) -> int:
    """A copy of a conversation's whole tree named title, created and updated now (so it
    lists first), in the caller's transaction; its id. It goes through the export entry
    and the import, so a copy holds exactly what an export and an import would."""
    (entry,) = validate_document(document([export_conversation(conn, conversation)], now))
    copy = replace(entry, title=title, created_at=now, updated_at=now)
    return _import_conversation(conn, copy, ids, None)


# ---------------------------------------------------------------------------------------
# Import validation
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportMessage:
    key: int
    parent: int | None
    role: Role
    content: str
    status: Status
    active: bool
    created_at: float
    updated_at: float
    stats: GenerationStats | None
    repro: Repro | None
    reasoning: str = ""
    tool_calls: tuple[ToolCall, ...] = ()
    reasoning_ms: int | None = None
    tool_call_id: str = ""
    name: str = ""
    elapsed_ms: int | None = None
    is_error: bool = False
    attachments: tuple[Attachment, ...] = ()
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportConversation:
    title: str
    system_prompt: str
    created_at: float
    updated_at: float
    model_name: str | None
    model_path: str | None
    model_sha256: str | None
    messages: list[ImportMessage]


def _refuse(sentence: str, details: str = "") -> HistoryImportError:
    return HistoryImportError(sentence, details)


def validate_document(data: object) -> list[ImportConversation]:
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise _refuse("This file is not a Hearth history export.")
    version = data.get("version")
    if not is_int(version) or version < 1:
        raise _refuse("This Hearth export is damaged: its format version is missing.")
    if version > EXPORT_VERSION:
        raise _refuse(
            "This export was made by a newer version of Hearth; update Hearth to import it.",
            f"format version {version} > {EXPORT_VERSION}",
        )
    conversations = data.get("conversations")
    if not isinstance(conversations, list):
        raise _refuse("This Hearth export is damaged: it has no list of conversations.")
    result = []
    for number, entry in enumerate(conversations, start=1):
        try:
            result.append(_validate_conversation(entry))
        except (ValueError, TypeError, KeyError) as exc:
            raise _refuse(
                f"This Hearth export is damaged: conversation {number} is not valid ({exc}).",
                repr(exc),
            ) from exc
    return result


def _number(data: Mapping[str, Any], key: str, where: str) -> float:
    value = data.get(key)
    if not is_number(value) or not math.isfinite(value):
        raise ValueError(f"{where}.{key} is not a number")
    return float(value)


def _text(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise ValueError(f"{where}.{key} is not text")
    return value


def _optional_text(data: Mapping[str, Any], key: str, where: str) -> str:
    """A text field a version 1 export does not have ('' when missing)."""
    return optional_str(data, key, where) or ""


def _milliseconds(data: Mapping[str, Any], key: str, where: str) -> int | None:
    value = data.get(key)
    if value is not None and (not is_int(value) or value < 0):
        raise ValueError(f"{where}.{key} is not a number of milliseconds")
    return value


def _validate_conversation(entry: object) -> ImportConversation:
    if not isinstance(entry, dict):
        raise ValueError("it is not an object")
    raw_messages = entry.get("messages")
    if not isinstance(raw_messages, list):
        raise ValueError("it has no list of messages")
    messages: list[ImportMessage] = []
    keys: set[int] = set()
    for raw in raw_messages:
        if not isinstance(raw, dict):
            raise ValueError("a message is not an object")
        key, parent = raw.get("id"), raw.get("parent")
        if not is_int(key) or key in keys:
            raise ValueError(f"message id {key!r} is missing or repeated")
        if parent is not None and not is_int(parent):
            raise ValueError(f"message {key} has a bad parent {parent!r}")
        keys.add(key)
        where = f"message {key}"
        role, status = raw.get("role"), raw.get("status")
        if role not in ROLES:
            raise ValueError(f"{where} has an unknown role {role!r}")
        if status not in STATUSES:
            raise ValueError(f"{where} has an unknown status {status!r}")
        active = raw.get("active", False)
        if not isinstance(active, bool):
            raise ValueError(f"{where}.active is not true or false")
        stats, repro = raw.get("stats"), raw.get("repro")
        is_error = raw.get("is_error", False)
        if not isinstance(is_error, bool):
            raise ValueError(f"{where}.is_error is not true or false")
        messages.append(
            ImportMessage(
                key=key,
                parent=parent,
                role=role,
                content=_text(raw, "content", where),
                status=status,
                active=active,
                created_at=_number(raw, "created_at", where),
                updated_at=_number(raw, "updated_at", where),
                stats=None if stats is None else stats_from_dict(stats),
                repro=None if repro is None else repro_from_dict(repro),
                reasoning=_optional_text(raw, "reasoning", where),
                tool_calls=tool_calls_from_list(raw.get("tool_calls") or []),
                reasoning_ms=_milliseconds(raw, "reasoning_ms", where),
                tool_call_id=_optional_text(raw, "tool_call_id", where),
                name=_optional_text(raw, "name", where),
                elapsed_ms=_milliseconds(raw, "elapsed_ms", where),
                is_error=is_error,
                attachments=attachments_from_list(raw.get("attachments") or []),
                sources=sources_from_list(raw.get("sources") or []),
            )
        )
    return ImportConversation(
        title=_text(entry, "title", "conversation"),
        system_prompt=_text(entry, "system_prompt", "conversation"),
        created_at=_number(entry, "created_at", "conversation"),
        updated_at=_number(entry, "updated_at", "conversation"),
        model_name=optional_str(entry, "model_name", "conversation"),
        model_path=optional_str(entry, "model_path", "conversation"),
        model_sha256=optional_str(entry, "model_sha256", "conversation"),
        messages=_parents_first(messages),
    )


def _parents_first(messages: list[ImportMessage]) -> list[ImportMessage]:
    """The messages with every parent before its children (document order when it
    already is); ValueError for a missing parent, a cycle or two active siblings."""
    by_key = {message.key: message for message in messages}
    active_groups: set[int | None] = set()
    for message in messages:
        if message.parent is not None and message.parent not in by_key:
            raise ValueError(f"message {message.key} replies to a missing message")
        if message.active:
            if message.parent in active_groups:
                raise ValueError(f"two replies to message {message.parent} are both active")
            active_groups.add(message.parent)
    seen: set[int] = set()
    in_order = True
    for message in messages:
        if message.parent is not None and message.parent not in seen:
            in_order = False
            break
        seen.add(message.key)
    if in_order:
        return messages
    depth: dict[int, int] = {}
    for message in messages:
        chain: list[int] = []
        current: int | None = message.key
        while current is not None and current not in depth:
            if current in chain:
                raise ValueError(f"message {current} is its own ancestor")
            chain.append(current)
            current = by_key[current].parent
        base = -1 if current is None else depth[current]
        for offset, key in enumerate(reversed(chain), start=1):
            depth[key] = base + offset
    return sorted(messages, key=lambda message: depth[message.key])


def _import_conversation(
    conn: sqlite3.Connection,
    entry: ImportConversation,
    ids: IdSource | None,
    imported_at: float | None,
) -> int:
    conversation_id = rows.insert_conversation(
        conn,
        None if ids is None else ids.conversation(),
        entry.title,
        entry.system_prompt,
        entry.created_at,
        entry.updated_at,
        entry.model_name,
        entry.model_path,
        entry.model_sha256,
        imported_at,
    )
    new_ids: dict[int, int] = {}
    for message in entry.messages:
        new_ids[message.key] = rows.insert_message(
            conn,
            None if ids is None else ids.message(),
            conversation_id,
            None if message.parent is None else new_ids[message.parent],
            2 if message.active else 1,
            message.role,
            message.content,
            "interrupted" if message.status == "streaming" else message.status,
            message.created_at,
            message.updated_at,
            message.stats,
            message.repro,
            reasoning=message.reasoning,
            tool_calls=message.tool_calls,
            reasoning_ms=message.reasoning_ms,
            tool_call_id=message.tool_call_id,
            name=message.name,
            elapsed_ms=message.elapsed_ms,
            is_error=message.is_error,
            attachments=message.attachments,
            sources=message.sources,
        )
    return conversation_id
