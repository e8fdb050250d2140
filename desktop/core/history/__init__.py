"""The chat history: SQLite store, its schema, codecs, search, export and import, errors."""

from desktop.core.history.errors import HistoryError, HistoryImportError, HistoryNotFound
from desktop.core.history.records import (
    FINISH_STATUSES,
    ROLES,
    STATUSES,
    Attachment,
    FinishStatus,
    Repro,
    Role,
    SearchHit,
    Status,
    StoredConversation,
    StoredMessage,
    default_path,
    engine_turns,
)
from desktop.core.history.schema import MARK_END, MARK_START, SCHEMA_VERSION, fts_query
from desktop.core.history.store import ConversationStore
from desktop.core.history.transfer import EXPORT_FORMAT, EXPORT_VERSION, write_atomic

__all__ = [
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "FINISH_STATUSES",
    "MARK_END",
    "MARK_START",
    "ROLES",
    "SCHEMA_VERSION",
    "STATUSES",
    "Attachment",
    "ConversationStore",
    "FinishStatus",
    "HistoryError",
    "HistoryImportError",
    "HistoryNotFound",
    "Repro",
    "Role",
    "SearchHit",
    "Status",
    "StoredConversation",
    "StoredMessage",
    "default_path",
    "engine_turns",
    "fts_query",
    "write_atomic",
]
