"""Item models for the sidebar: the conversation list (under date groups) and search results."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)

_Index = QModelIndex | QPersistentModelIndex


class Role(enum.IntEnum):
    ConversationId = Qt.ItemDataRole.UserRole + 1
    MessageId = Qt.ItemDataRole.UserRole + 2
    IsHeader = Qt.ItemDataRole.UserRole + 3  # a date group's header row ("Today")
    DateText = Qt.ItemDataRole.UserRole + 4  # when it was last updated, short ("14:32")
    Imported = Qt.ItemDataRole.UserRole + 5  # it came in from an export file
    Group = Qt.ItemDataRole.UserRole + 6  # the title of the date group it is in


@dataclass(frozen=True, slots=True)
class ConversationRow:
    conversation_id: int
    title: str
    subtitle: str = ""
    updated_at: float = 0.0  # seconds since the epoch: the group and date shown
    imported: bool = False


@dataclass(frozen=True, slots=True)
class SearchRow:
    conversation_id: int
    message_id: int | None
    title: str
    snippet_html: str  # escaped text with <b> around the matches


def date_group(updated_at: float, today: date) -> str:
    """The sidebar group of a conversation last updated at updated_at: Today, Yesterday,
    Previous 7 days, Previous 30 days, then one group per month ("November 2025")."""
    return _day_group(datetime.fromtimestamp(updated_at).date(), today)


def _day_group(day: date, today: date) -> str:
    days = (today - day).days
    if days <= 0:
        # A clock set back shows what it made as today's, not as future.
        return QCoreApplication.translate("conversation_list", "Today")
    if days == 1:
        return QCoreApplication.translate("conversation_list", "Yesterday")
    if days <= 7:
        return QCoreApplication.translate("conversation_list", "Previous 7 days")
    if days <= 30:
        return QCoreApplication.translate("conversation_list", "Previous 30 days")
    locale = QLocale()
    # The year in the language's digits, never grouped ("2,026").
    year = locale.toString(QDate(day.year, day.month, 1), "yyyy")
    # Chinese and Japanese write the month as a number ("12月"): their long names ("十二月")
    # read oddly in a heading; other languages spell it out.
    form = (
        QLocale.FormatType.ShortFormat
        if locale.language() in _NUMBERED_MONTHS
        else QLocale.FormatType.LongFormat
    )
    return QCoreApplication.translate("conversation_list", "{month} {year}").format(
        month=locale.standaloneMonthName(day.month, form), year=year
    )


_NUMBERED_MONTHS = frozenset({QLocale.Language.Chinese, QLocale.Language.Japanese})


def date_text(updated_at: float, today: date) -> str:
    """When, short, as the row shows it: the time today and yesterday, the weekday this
    week, the day and month this year, the full date before."""
    moment = datetime.fromtimestamp(updated_at)
    locale = QLocale()
    days = (today - moment.date()).days
    if days <= 1:
        time = QTime(moment.hour, moment.minute)
        return locale.toString(time, QLocale.FormatType.ShortFormat)
    if days <= 7:
        return locale.dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)
    day = QDate(moment.year, moment.month, moment.day)
    return locale.toString(day, "d MMM" if moment.year == today.year else "d MMM yyyy")


class ConversationListModel(QAbstractListModel):
    """Conversations, newest first, under date group headers (rows of their own, neither
    selectable nor editable), a page at a time as the list scrolls (Qt's fetchMore);
    renaming in place emits `renamed`."""

    renamed = Signal(int, str)  # conversation id, new title
    PAGE = 200

    def __init__(
        self,
        fetch: Callable[[int, int], list[ConversationRow]] | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self._rows: list[ConversationRow | str] = []  # a str is a group header
        self._fetch = fetch  # (offset, limit) -> rows
        self._today = today
        self._count = 0  # conversations loaded (headers not counted): the next offset
        self._more = False

    def set_rows(self, rows: list[ConversationRow]) -> None:
        self.beginResetModel()
        self._rows, self._count = self._grouped(rows, None), len(rows)
        self._more = False
        self.endResetModel()

    def reload(self) -> None:
        """The first page again (after a change); further pages load as the view scrolls."""
        assert self._fetch is not None
        rows = self._fetch(0, self.PAGE)
        self.beginResetModel()
        self._rows, self._count = self._grouped(rows, None), len(rows)
        self._more = len(rows) == self.PAGE
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._fetch is None:
            return
        rows = self._fetch(self._count, self.PAGE)
        self._more = len(rows) == self.PAGE
        if rows:
            last = next((r for r in reversed(self._rows) if isinstance(r, ConversationRow)), None)
            added = self._grouped(rows, last)
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(added) - 1)
            self._rows.extend(added)
            self._count += len(rows)
            self.endInsertRows()

    def _grouped(
        self, rows: list[ConversationRow], after: ConversationRow | None
    ) -> list[ConversationRow | str]:
        """rows with a header before each that starts a new date group."""
        today = self._today()
        group = None if after is None else date_group(after.updated_at, today)
        out: list[ConversationRow | str] = []
        by_day: dict[date, str] = {}  # a page often holds many chats of one day
        for row in rows:
            day = datetime.fromtimestamp(row.updated_at).date()
            title = by_day.get(day)
            if title is None:
                title = by_day[day] = _day_group(day, today)
            if title != group:
                out.append(title)
                group = title
            out.append(row)
        return out

    def conversation_count(self) -> int:
        """How many conversations are loaded (the header rows not counted)."""
        return self._count

    def row_of(self, conversation_id: int) -> int:
        for i, row in enumerate(self._rows):
            if isinstance(row, ConversationRow) and row.conversation_id == conversation_id:
                return i
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, str):
            if role in (Qt.ItemDataRole.DisplayRole, Role.Group):
                return row
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{row}:"
            return True if role == Role.IsHeader else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.title
        if role == Role.ConversationId:
            return row.conversation_id
        if role == Role.DateText:
            return date_text(row.updated_at, self._today())
        if role == Role.Imported:
            return row.imported
        if role == Role.IsHeader:
            return False
        if role == Role.Group:
            return date_group(row.updated_at, self._today())
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(line for line in (row.title, row.subtitle, self._when(row)) if line)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._when(row)  # a screen reader reads the title, then this
        return None

    def _when(self, row: ConversationRow) -> str:
        """When it last changed, and whether it came from a file (tooltip, screen reader)."""
        # QLocale as desktop.ui.locale_format does (models sit below ui: no import of it).
        when = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(row.updated_at)), QLocale.FormatType.LongFormat
        )
        said = self.tr("Last changed {when}").format(when=when)
        if row.imported:
            said += "\n" + self.tr("Imported from a file")
        return said

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self._rows[index.row()], str):
            return Qt.ItemFlag.NoItemFlags  # a header: the keyboard and clicks pass it by
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        title = " ".join(str(value).split())
        if not title or isinstance(row, str):
            return False
        self._rows[index.row()] = replace(row, title=title)
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
