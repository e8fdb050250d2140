"""The list model of one conversation's active path: one row per message, streaming-aware.

It follows a ChatSession's granular events (follow()): a send inserts rows, a stream changes
the last row's text, a new version or a branch switch changes the rows from where it
happened, a delete removes rows; only opening another conversation resets the model.

A little over 400 lines: a row now carries a reply's thought and tool cards as well as its
text, and each part streams through the same row and role bookkeeping, which splitting would
duplicate.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
)

from desktop.core.documents.types import Source
from desktop.core.history import Attachment
from desktop.core.types import GenerationStats
from desktop.services.chat_session import ChatSession, Shown
from desktop.services.tool_cards import ToolCard

STATUSES = frozenset({"complete", "streaming", "stopped", "error", "interrupted"})

_ModelIndex = QModelIndex | QPersistentModelIndex


class Role(enum.IntEnum):
    """Item data roles of ChatModel."""

    MessageId = Qt.ItemDataRole.UserRole + 1
    Role_ = Qt.ItemDataRole.UserRole + 2  # the message's role: 'user', 'assistant', 'system'
    Text = Qt.ItemDataRole.UserRole + 3
    Status = Qt.ItemDataRole.UserRole + 4
    SiblingIndex = Qt.ItemDataRole.UserRole + 5
    SiblingCount = Qt.ItemDataRole.UserRole + 6
    Stats = Qt.ItemDataRole.UserRole + 7
    IsStreaming = Qt.ItemDataRole.UserRole + 8
    Reasoning = Qt.ItemDataRole.UserRole + 9  # the reply's thought, kept apart from its text
    Thought = Qt.ItemDataRole.UserRole + 10  # (thinking now, how long it thought in ms)
    ToolCalls = Qt.ItemDataRole.UserRole + 11  # tuple[ToolCard, ...]


_ROLE_NAMES = {
    Role.MessageId: b"messageId",
    Role.Role_: b"role",
    Role.Text: b"text",
    Role.Status: b"status",
    Role.SiblingIndex: b"siblingIndex",
    Role.SiblingCount: b"siblingCount",
    Role.Stats: b"stats",
    Role.IsStreaming: b"isStreaming",
    Role.Reasoning: b"reasoning",
    Role.Thought: b"thought",
    Role.ToolCalls: b"toolCalls",
}


@dataclass(frozen=True, slots=True)
class ChatRow:
    """One message as the transcript shows it.

    sibling_index is 0-based among the versions of this message (regenerations and
    edits); sibling_count is how many there are (1 when there is no branch).
    status is one of STATUSES. reasoning is the reply's thought (shown apart, collapsed);
    thinking says it is being thought now, thought_ms how long it took (so far, while
    thinking; None when not known). tools are the reply's tool calls as cards.
    """

    message_id: int
    role: str
    text: str
    status: str = "complete"
    sibling_index: int = 0
    sibling_count: int = 1
    stats: str = ""
    reasoning: str = ""
    thinking: bool = False
    thought_ms: int | None = None
    tools: tuple[ToolCard, ...] = ()
    attachments: tuple[Attachment, ...] = ()  # a user message's files
    sources: tuple[Source, ...] = ()  # the passages a reply drew on

    @property
    def is_streaming(self) -> bool:
        return self.status == "streaming"

    @property
    def has_thought(self) -> bool:
        """Whether the row shows a thought block (an assistant's reasoning, or thinking)."""
        return self.role == "assistant" and (self.thinking or bool(self.reasoning))


def format_stats(stats: GenerationStats) -> str:
    """The short line shown under an assistant message, in the window's language (its
    numbers written as QLocale writes them: models may not import ui's locale_format)."""
    locale = QLocale()
    # No plural count (n): the text has no %n, and with one Qt would miss its translation.
    line = QCoreApplication.translate(
        "chat_model", "{tokens} tokens · {rate} tok/s · first token {ttft} ms"
    )
    if stats.draft_tokens:  # speculative decoding: how many drafted tokens were kept
        line = QCoreApplication.translate(
            "chat_model",
            "{tokens} tokens · {rate} tok/s · drafts {kept}% kept · first token {ttft} ms",
        )
    return line.format(
        tokens=locale.toString(int(stats.generated_tokens)),
        rate=locale.toString(float(stats.tokens_per_s), "f", 1),
        kept=locale.toString(round(100 * stats.accepted_tokens / max(stats.draft_tokens, 1))),
        ttft=locale.toString(round(stats.ttft_ms)),
    )


def row_from(shown: Shown) -> ChatRow:
    """The row showing a message of a ChatSession."""
    m = shown.message
    return ChatRow(
        message_id=m.id,
        role=m.role,
        text=m.content,
        status=m.status,
        sibling_index=shown.sibling_index,
        sibling_count=shown.sibling_count,
        stats=format_stats(m.stats) if m.stats is not None else "",
        reasoning=m.reasoning,
        thinking=shown.thinking,
        thought_ms=m.reasoning_ms,
        tools=shown.tools,
        attachments=m.attachments,
        sources=m.sources,
    )


class ChatModel(QAbstractListModel):
    """Rows of the active path; the streaming reply is always the last row.

    Streaming updates change only the last row and announce only the Text role, so a view
    re-renders one message, never the conversation.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ChatRow] = []

    def follow(self, session: ChatSession) -> None:
        """Show the session's conversation: each of its events becomes the matching row
        change (inserted, changed or removed rows); a reset only for another conversation."""
        session.conversationSwitched.connect(self._on_switched)
        session.messageAdded.connect(self._on_added)
        session.messageChanged.connect(self._on_changed)
        session.branchSwitched.connect(self._on_branch)
        session.messagesRemoved.connect(self.remove_rows)
        session.streamAppended.connect(self.append_text)
        session.messageFinished.connect(self._on_finished)
        session.reasoningAppended.connect(self.append_reasoning)
        session.thoughtEnded.connect(self.end_thought)
        session.toolCardsChanged.connect(self.set_tools)

    # -- session events -----------------------------------------------------------------

    def _on_switched(self, _conversation_id: int, shown: list[Shown]) -> None:
        self.set_rows(row_from(s) for s in shown)

    def _on_added(self, shown: Shown) -> None:
        self.append_row(row_from(shown))

    def _on_changed(self, row: int, shown: Shown) -> None:
        if 0 <= row < len(self._rows):
            self.replace_row(row, row_from(shown))

    def _on_branch(self, row: int, shown: list[Shown]) -> None:
        self.replace_from(row, [row_from(s) for s in shown])

    def _on_finished(self, message_id: int, status: str, stats: GenerationStats | None) -> None:
        self.finish(message_id, status, format_stats(stats) if stats is not None else "")

    # -- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: _ModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0 or index.parent().isValid():
            return None
        row_number = index.row()
        if not 0 <= row_number < len(self._rows):
            return None
        row = self._rows[row_number]
        # DisplayRole deliberately returns nothing: streaming announces only Text.
        if role == Role.MessageId:
            return row.message_id
        if role == Role.Role_:
            return row.role
        if role == Role.Text:
            return row.text
        if role == Role.Status:
            return row.status
        if role == Role.SiblingIndex:
            return row.sibling_index
        if role == Role.SiblingCount:
            return row.sibling_count
        if role == Role.Stats:
            return row.stats
        if role == Role.IsStreaming:
            return row.is_streaming
        if role == Role.Reasoning:
            return row.reasoning
        if role == Role.Thought:
            return (row.thinking, row.thought_ms)
        if role == Role.ToolCalls:
            return row.tools
        return None

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def roleNames(self) -> dict[int, QByteArray]:
        return {int(role): QByteArray(name) for role, name in _ROLE_NAMES.items()}

    # -- typed access -------------------------------------------------------------------

    def chat_row(self, row: int) -> ChatRow:
        """The row's data (raises IndexError when out of range)."""
        if not 0 <= row < len(self._rows):
            raise IndexError(row)
        return self._rows[row]

    def rows(self) -> tuple[ChatRow, ...]:
        return tuple(self._rows)

    def row_of(self, message_id: int) -> int | None:
        """The row showing message_id, or None."""
        for number, row in enumerate(self._rows):
            if row.message_id == message_id:
                return number
        return None

    def is_streaming(self) -> bool:
        return bool(self._rows) and self._rows[-1].is_streaming

    # -- changes (GUI thread only) ------------------------------------------------------

    def set_rows(self, rows: Iterable[ChatRow]) -> None:
        """Replace every row (another conversation or another branch)."""
        self._check_thread()
        new_rows = list(rows)
        for row in new_rows:
            _check_row(row)
        self.beginResetModel()
        self._rows = new_rows
        self.endResetModel()

    def append_row(self, row: ChatRow) -> None:
        self._check_thread()
        _check_row(row)
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(row)
        self.endInsertRows()

    def update_streaming_text(self, text: str) -> None:
        """Set the whole text of the streaming (last) row."""
        self._check_thread()
        last = self._streaming_row()
        self._rows[-1] = replace(self._rows[-1], text=text)
        self._text_changed(last)

    def append_streaming_text(self, piece: str) -> None:
        """Add a piece (one token or a coalesced burst) to the streaming row."""
        self._check_thread()
        if not piece:
            return
        last = self._streaming_row()
        current = self._rows[-1]
        self._rows[-1] = replace(current, text=current.text + piece)
        self._text_changed(last)

    def finish_streaming(self, status: str, stats: str = "") -> None:
        """End the streaming row with status 'complete', 'stopped', 'error' or 'interrupted'."""
        self._check_thread()
        if status not in STATUSES or status == "streaming":
            raise ValueError(f"a finished message cannot have status {status!r}")
        last = self._streaming_row()
        self._rows[-1] = replace(self._rows[-1], status=status, stats=stats)
        index = self.index(last, 0)
        self.dataChanged.emit(index, index, [Role.Status, Role.Stats, Role.IsStreaming])

    def replace_row(self, row_number: int, row: ChatRow) -> None:
        """Change one row in place (a new sibling count, an edited text, a status)."""
        self._check_thread()
        _check_row(row)
        old = self.chat_row(row_number)
        self._rows[row_number] = row
        changed = [
            role
            for role, attr in (
                (Role.MessageId, "message_id"),
                (Role.Role_, "role"),
                (Role.Text, "text"),
                (Role.Status, "status"),
                (Role.SiblingIndex, "sibling_index"),
                (Role.SiblingCount, "sibling_count"),
                (Role.Stats, "stats"),
                (Role.Reasoning, "reasoning"),
                (Role.ToolCalls, "tools"),
            )
            if getattr(old, attr) != getattr(row, attr)
        ]
        if (old.thinking, old.thought_ms) != (row.thinking, row.thought_ms):
            changed.append(Role.Thought)
        if old.is_streaming != row.is_streaming:
            changed.append(Role.IsStreaming)
        if changed:
            index = self.index(row_number, 0)
            self.dataChanged.emit(index, index, changed)

    def replace_from(self, row: int, rows: Sequence[ChatRow]) -> None:
        """The rows from `row` down become `rows` (another version of a message and what
        follows it). Rows that stay are changed in place (only their changed roles are
        announced), surplus rows removed, new ones inserted: nothing above `row` moves."""
        self._check_thread()
        if not 0 <= row <= len(self._rows):
            raise IndexError(row)
        for new in rows:
            _check_row(new)
        # Removed first, so a streaming row that takes a place is the last row at once.
        self.remove_rows_from(row + len(rows))
        for offset, new in enumerate(rows[: len(self._rows) - row]):
            self.replace_row(row + offset, new)
        extra = list(rows[len(self._rows) - row :])
        if extra:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(extra) - 1)
            self._rows.extend(extra)
            self.endInsertRows()

    def remove_rows(self, first: int, count: int) -> None:
        """Drop count rows from first (a deleted message and the replies under it)."""
        self._check_thread()
        if first < 0 or count < 0 or first + count > len(self._rows):
            raise IndexError(first)
        if count:
            self.beginRemoveRows(QModelIndex(), first, first + count - 1)
            del self._rows[first : first + count]
            self.endRemoveRows()

    def append_text(self, message_id: int, piece: str) -> None:
        """Add a piece to message_id's row if it is the streaming row shown (a reply of a
        conversation no longer shown is ignored)."""
        if self._rows and self._rows[-1].message_id == message_id and self.is_streaming():
            self.append_streaming_text(piece)

    def append_reasoning(self, message_id: int, piece: str, thought_ms: int) -> None:
        """Add a piece of thought to message_id's streaming row (thought_ms: how long it has
        thought so far). Only the Reasoning role is announced once the row shows a thought
        block, so a collapsed block costs the view a label, never a layout."""
        if not (self._rows and self._rows[-1].message_id == message_id and self.is_streaming()):
            return
        self._check_thread()
        current = self._rows[-1]
        self._rows[-1] = replace(
            current, reasoning=current.reasoning + piece, thinking=True, thought_ms=thought_ms
        )
        roles = [Role.Reasoning] if current.thinking else [Role.Reasoning, Role.Thought]
        index = self.index(len(self._rows) - 1, 0)
        self.dataChanged.emit(index, index, roles)

    def end_thought(self, message_id: int, thought_ms: int) -> None:
        """message_id's thought ended after thought_ms (its answer or its end began)."""
        row = self.row_of(message_id)
        if row is None:
            return
        self._check_thread()
        current = self._rows[row]
        self._rows[row] = replace(current, thinking=False, thought_ms=thought_ms)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Role.Thought])

    def set_tools(self, message_id: int, tools: tuple[ToolCard, ...]) -> None:
        """message_id's tool calls, shown as cards (a call formed, ran, was approved...)."""
        row = self.row_of(message_id)
        if row is None or self._rows[row].tools == tools:
            return
        self._check_thread()
        self._rows[row] = replace(self._rows[row], tools=tools)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Role.ToolCalls])

    def finish(self, message_id: int, status: str, stats: str = "") -> None:
        """End message_id's streaming row (if shown) with its status and stats line."""
        if self._rows and self._rows[-1].message_id == message_id and self.is_streaming():
            self.finish_streaming(status, stats)

    def remove_rows_from(self, row: int) -> None:
        """Drop row and every row after it (before a regeneration or an edit)."""
        self._check_thread()
        if row < 0:
            raise IndexError(row)
        if row >= len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, len(self._rows) - 1)
        del self._rows[row:]
        self.endRemoveRows()

    # -- helpers ------------------------------------------------------------------------

    def _streaming_row(self) -> int:
        if not self._rows or not self._rows[-1].is_streaming:
            raise RuntimeError("there is no streaming message to update")
        return len(self._rows) - 1

    def _text_changed(self, row: int) -> None:
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Role.Text])

    def _check_thread(self) -> None:
        # Views read rows synchronously from the model's signals: a change from another
        # thread would race with painting. Workers send immutable payloads instead.
        if QThread.currentThread() is not self.thread():
            raise RuntimeError("ChatModel is changed only on the thread it lives in")


def _check_row(row: ChatRow) -> None:
    if row.status not in STATUSES:
        raise ValueError(f"unknown message status {row.status!r}")
    if row.sibling_count < 1 or not 0 <= row.sibling_index < row.sibling_count:
        raise ValueError(
            f"sibling {row.sibling_index} of {row.sibling_count} is not a valid position"
        )


def rows_from(messages: Sequence[tuple[int, str, str]]) -> list[ChatRow]:
    """Complete rows from (message_id, role, text) triples, for tests and tools."""
    return [ChatRow(message_id=m, role=r, text=t) for m, r, t in messages]
