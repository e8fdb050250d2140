"""Item models for the sidebar: the conversation list and search results."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

_Index = QModelIndex | QPersistentModelIndex


class Role(enum.IntEnum):
    ConversationId = Qt.ItemDataRole.UserRole + 1
    MessageId = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class ConversationRow:
    conversation_id: int
    title: str
    subtitle: str = ""


@dataclass(frozen=True, slots=True)
class SearchRow:
    conversation_id: int
    message_id: int | None
    title: str
    snippet_html: str  # escaped text with <b> around the matches


class ConversationListModel(QAbstractListModel):
    """Conversations, newest first, a page at a time as the list scrolls (Qt's fetchMore);
    renaming in place emits `renamed`."""

    renamed = Signal(int, str)  # conversation id, new title
    PAGE = 200

    def __init__(self, fetch: Callable[[int, int], list[ConversationRow]] | None = None) -> None:
        super().__init__()
        self._rows: list[ConversationRow] = []
        self._fetch = fetch  # (offset, limit) -> rows
        self._more = False

    def set_rows(self, rows: list[ConversationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._more = False
        self.endResetModel()

    def reload(self) -> None:
        """The first page again (after a change); further pages load as the view scrolls."""
        assert self._fetch is not None
        rows = self._fetch(0, self.PAGE)
        self.beginResetModel()
        self._rows = rows
        self._more = len(rows) == self.PAGE
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._fetch is None:
            return
        rows = self._fetch(len(self._rows), self.PAGE)
        self._more = len(rows) == self.PAGE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def row_of(self, conversation_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.conversation_id == conversation_id:
                return i
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.subtitle or row.title
        if role == Role.ConversationId:
            return row.conversation_id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        title = " ".join(str(value).split())
        if not title:
            return False
        row = self._rows[index.row()]
        self._rows[index.row()] = ConversationRow(row.conversation_id, title, row.subtitle)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.renamed.emit(row.conversation_id, title)
        return True


class SearchResultsModel(QAbstractListModel):
    """Search hits: the conversation title and a highlighted snippet."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[SearchRow] = []

    def set_rows(self, rows: list[SearchRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"<b>{_escape(row.title)}</b><br>{row.snippet_html}"
        if role == Role.ConversationId:
            return row.conversation_id
        if role == Role.MessageId:
            return row.message_id
        return None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def highlight(snippet: str, start: str = "\x02", end: str = "\x03") -> str:
    """Escape a search snippet and turn its match markers into bold."""
    return _escape(snippet).replace(start, "<b>").replace(end, "</b>")
