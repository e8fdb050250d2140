"""JSON codecs for what a message stored beside its text: stats, what reproduces it, the tool
calls it asked for, the passages it drew on (sources) and the files attached to it."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeGuard, TypeVar, cast

from desktop.core import fields
from desktop.core.documents.types import Source
from desktop.core.history.records import (
    ATTACHMENT_KINDS,
    Attachment,
    AttachmentKind,
    Repro,
    Role,
    Status,
    StoredConversation,
    StoredMessage,
)
from desktop.core.types import GenerationStats, SamplingParams, StopReason, ToolCall

log = logging.getLogger(__name__)
_T = TypeVar("_T")

# ---------------------------------------------------------------------------------------
# JSON encoding of stats and repro
# ---------------------------------------------------------------------------------------


def stats_to_dict(stats: GenerationStats) -> dict[str, Any]:
    data = dataclasses.asdict(stats)
    data["stop_reason"] = stats.stop_reason.value
    return data


def is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def stats_from_dict(data: object, lenient: bool = False) -> GenerationStats:
    """Stats from JSON; ValueError when a field is missing or of the wrong type. lenient:
    a stop reason this version does not know (a newer Hearth's) reads as UNKNOWN."""
    if not isinstance(data, dict):
        raise ValueError("stats is not an object")
    values: dict[str, Any] = {}
    for item in dataclasses.fields(GenerationStats):
        name = item.name
        if name not in data:
            if name == "cached_tokens":
                continue
            raise ValueError(f"stats has no {name}")
        value = data[name]
        if name == "stop_reason":
            known = value in {reason.value for reason in StopReason}
            value = StopReason(value) if known or not lenient else StopReason.UNKNOWN
        elif name == "chat_format":
            if not isinstance(value, str):
                raise ValueError("stats.chat_format is not text")
        elif name in ("prompt_tokens", "generated_tokens", "seed", "cached_tokens"):
            if not is_int(value):
                raise ValueError(f"stats.{name} is not an integer")
        elif not is_number(value):
            raise ValueError(f"stats.{name} is not a number")
        values[name] = value
    return GenerationStats(**values)


def sampling_from_dict(data: object) -> SamplingParams:
    """Strict, derived from the declared fields: a value of the wrong type raises ValueError;
    a field missing (written before it existed) keeps its default. Ranges are not checked:
    a newer Hearth may widen one, and the engine clamps what it is given."""
    if not isinstance(data, dict):
        raise ValueError("sampling is not an object")
    try:
        return SamplingParams(**fields.decode(data, fields.SAMPLING_ALL))
    except ValueError as exc:
        raise ValueError(f"sampling.{exc}") from None


def sampling_to_dict(params: SamplingParams) -> dict[str, Any]:
    return fields.encode(params, fields.SAMPLING_ALL)


def repro_to_dict(repro: Repro) -> dict[str, Any]:
    return {
        "model_name": repro.model_name,
        "model_path": repro.model_path,
        "model_sha256": repro.model_sha256,
        "sampling": sampling_to_dict(repro.sampling) if repro.sampling else None,
        "seed": repro.seed,
        "chat_template_sha256": repro.chat_template_sha256,
    }


def optional_str(data: Mapping[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{where}.{key} is not text")
    return value


def repro_from_dict(data: object) -> Repro:
    if not isinstance(data, dict):
        raise ValueError("repro is not an object")
    seed = data.get("seed")
    if seed is not None and not is_int(seed):
        raise ValueError("repro.seed is not an integer")
    sampling = data.get("sampling")
    return Repro(
        model_name=optional_str(data, "model_name", "repro") or "",
        model_path=optional_str(data, "model_path", "repro") or "",
        model_sha256=optional_str(data, "model_sha256", "repro"),
        sampling=None if sampling is None else sampling_from_dict(sampling),
        seed=seed,
        chat_template_sha256=optional_str(data, "chat_template_sha256", "repro"),
    )


def tool_call_to_dict(call: ToolCall) -> dict[str, Any]:
    return {
        "id": call.id,
        "name": call.name,
        "arguments": call.arguments,
        "raw": call.raw,
        "error": call.error,
    }


def tool_call_from_dict(data: object) -> ToolCall:
    """A tool call from JSON; ValueError when a field is of the wrong type (raw and error
    may be missing)."""
    if not isinstance(data, dict):
        raise ValueError("a tool call is not an object")
    arguments = data.get("arguments")
    if arguments is not None and not isinstance(arguments, dict):
        raise ValueError("tool_call.arguments is not an object")
    for key in ("id", "name"):
        if not isinstance(data.get(key), str):
            raise ValueError(f"tool_call.{key} is not text")
    return ToolCall(
        id=data["id"],
        name=data["name"],
        arguments=arguments,
        raw=optional_str(data, "raw", "tool_call") or "",
        error=optional_str(data, "error", "tool_call") or "",
    )


def tool_calls_to_list(calls: Sequence[ToolCall]) -> list[dict[str, Any]]:
    return [tool_call_to_dict(call) for call in calls]


def tool_calls_from_list(data: object) -> tuple[ToolCall, ...]:
    if not isinstance(data, list):
        raise ValueError("tool_calls is not a list")
    return tuple(tool_call_from_dict(item) for item in data)


def tool_calls_json(calls: Sequence[ToolCall]) -> str | None:
    """The tool_calls_json column: NULL when the reply asked for none."""
    return json.dumps(tool_calls_to_list(calls), ensure_ascii=False) if calls else None


def source_to_dict(source: Source) -> dict[str, Any]:
    return {
        "name": source.name,
        "locator": source.locator,
        "text": source.text,
        "path": source.path,
        "sha256": source.sha256,
        "score": source.score,
    }


def source_from_dict(data: object) -> Source:
    """A source from JSON; ValueError when a field is of the wrong type (all but name and
    text may be missing)."""
    if not isinstance(data, dict):
        raise ValueError("a source is not an object")
    for key in ("name", "text"):
        if not isinstance(data.get(key), str):
            raise ValueError(f"source.{key} is not text")
    score = data.get("score", 0.0)
    if not is_number(score):
        raise ValueError("source.score is not a number")
    return Source(
        name=data["name"],
        locator=optional_str(data, "locator", "source") or "",
        text=data["text"],
        path=optional_str(data, "path", "source") or "",
        sha256=optional_str(data, "sha256", "source") or "",
        score=float(score),
    )


def sources_to_list(sources: Sequence[Source]) -> list[dict[str, Any]]:
    return [source_to_dict(source) for source in sources]


def sources_from_list(data: object) -> tuple[Source, ...]:
    if not isinstance(data, list):
        raise ValueError("sources is not a list")
    return tuple(source_from_dict(item) for item in data)


def sources_json(sources: Sequence[Source]) -> str | None:
    """The sources_json column: NULL when the reply drew on no passage."""
    return json.dumps(sources_to_list(sources), ensure_ascii=False) if sources else None


def attachment_to_dict(attachment: Attachment) -> dict[str, Any]:
    return {
        "sha256": attachment.sha256,
        "name": attachment.name,
        "size": attachment.size,
        "kind": attachment.kind,
    }


def attachment_from_dict(data: object) -> Attachment:
    """An attachment from JSON; ValueError when a field is missing or of the wrong type."""
    if not isinstance(data, dict):
        raise ValueError("an attachment is not an object")
    for key in ("sha256", "name"):
        if not isinstance(data.get(key), str):
            raise ValueError(f"attachment.{key} is not text")
    size, kind = data.get("size"), data.get("kind", "document")
    if not is_int(size) or size < 0:
        raise ValueError("attachment.size is not a number of bytes")
    if kind not in ATTACHMENT_KINDS:
        raise ValueError(f"attachment.kind {kind!r} is not document or image")
    return Attachment(data["sha256"], data["name"], size, cast(AttachmentKind, kind))


def attachments_from_list(data: object) -> tuple[Attachment, ...]:
    if not isinstance(data, list):
        raise ValueError("attachments is not a list")
    return tuple(attachment_from_dict(item) for item in data)


def attachments_from_rows(data: object) -> tuple[Attachment, ...]:
    """The attachments column of schema.MESSAGE_COLUMNS: [ordinal, sha256, name, size,
    kind] arrays, put in their order here (SQL's aggregate keeps none)."""
    if not isinstance(data, list):
        raise ValueError("attachments is not a list")
    items = sorted(data, key=lambda item: item[0] if isinstance(item, list) and item else 0)
    return tuple(
        attachment_from_dict(dict(zip(("sha256", "name", "size", "kind"), item[1:], strict=True)))
        for item in items
    )


def dumps(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def message_from_row(row: Sequence[Any]) -> StoredMessage:
    """A messages row (schema.MESSAGE_COLUMNS) as a record. Read leniently: stats or repro
    this version cannot read (damaged, or written by a newer Hearth) are left out and
    logged, so one odd value never keeps a conversation from opening."""
    return StoredMessage(
        id=row[0],
        conversation_id=row[1],
        parent_id=row[2],
        role=cast(Role, row[3]),
        content=row[4],
        status=cast(Status, row[5]),
        created_at=row[6],
        updated_at=row[7],
        stats=_lenient(row[0], "stats", row[8], lambda d: stats_from_dict(d, lenient=True)),
        repro=_lenient(row[0], "repro", row[9], repro_from_dict),
        rank=row[10] if len(row) > 10 and is_int(row[10]) else 0,
        deleted_at=row[11] if len(row) > 11 else None,
        reasoning=row[12] if len(row) > 12 and isinstance(row[12], str) else "",
        tool_calls=(
            _lenient(row[0], "tool calls", row[13], tool_calls_from_list) or ()
            if len(row) > 13
            else ()
        ),
        reasoning_ms=row[14] if len(row) > 14 and is_int(row[14]) else None,
        tool_call_id=row[15] if len(row) > 15 and isinstance(row[15], str) else "",
        name=row[16] if len(row) > 16 and isinstance(row[16], str) else "",
        elapsed_ms=row[17] if len(row) > 17 and is_int(row[17]) else None,
        is_error=bool(row[18]) if len(row) > 18 else False,
        sources=(_lenient(row[0], "sources", row[19], sources_from_list) or ())
        if len(row) > 19
        else (),
        attachments=(_lenient(row[0], "attachments", row[20], attachments_from_rows) or ())
        if len(row) > 20
        else (),
    )


def _lenient(message_id: int, what: str, text: object, decode: Callable[[object], _T]) -> _T | None:
    if text is None:
        return None
    try:
        return decode(json.loads(str(text)))
    except (ValueError, TypeError, KeyError, RecursionError) as exc:
        log.warning(
            "message %s: %s left out, this version cannot read it (%s)", message_id, what, exc
        )
        return None


def conversation_from_row(row: Sequence[Any]) -> StoredConversation:
    return StoredConversation(*row)
