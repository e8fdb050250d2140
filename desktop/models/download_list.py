"""DownloadListModel: the download queue as a list model, one row per DownloadItem.

Also english_plural: a plural text's English when no translation is installed."""

from __future__ import annotations

import enum

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)

from desktop.core.plurals import english
from desktop.models import locale_format
from desktop.services.download_queue import DownloadItem, DownloadManager

_Index = QModelIndex | QPersistentModelIndex


def phase_label(phase: str) -> str:
    """A download's phase as the row says it ("" for a phase with no word of its own)."""
    labels = {
        "connecting": QCoreApplication.translate("download_list", "Connecting"),
        "waiting": QCoreApplication.translate("download_list", "Waiting"),
        "retrying": QCoreApplication.translate("download_list", "Retrying"),
        "verifying": QCoreApplication.translate("download_list", "Checking"),
    }
    return labels.get(phase, "")


def state_label(state: str) -> str:
    """A download's state as the row says it."""
    labels = {
        "queued": QCoreApplication.translate("download_list", "Queued"),
        "running": QCoreApplication.translate("download_list", "Downloading"),
        "stalled": QCoreApplication.translate("download_list", "Stalled"),
        "paused": QCoreApplication.translate("download_list", "Paused"),
        "failed": QCoreApplication.translate("download_list", "Failed"),
        "done": QCoreApplication.translate("download_list", "Installed"),
    }
    return labels.get(state, state)


class Role(enum.IntEnum):
    Key = Qt.ItemDataRole.UserRole + 1
    Item = Qt.ItemDataRole.UserRole + 2  # the DownloadItem
    State = Qt.ItemDataRole.UserRole + 3  # "queued", "running", ...
    StateLabel = Qt.ItemDataRole.UserRole + 4  # "Downloading", "Stalled", ...
    Percent = Qt.ItemDataRole.UserRole + 5  # 0..100, or -1 when the size is unknown
    Sizes = Qt.ItemDataRole.UserRole + 6  # "1.2 GB of 4.0 GB"
    Speed = Qt.ItemDataRole.UserRole + 7  # "3.4 MB/s", or "" unless data is arriving
    Eta = Qt.ItemDataRole.UserRole + 8  # "2 min left", or ""
    Sentence = Qt.ItemDataRole.UserRole + 9  # the error, else the note


class DownloadListModel(QAbstractListModel):
    """Mirrors a DownloadManager. The manager's signals arrive on the GUI thread, so the
    rows only ever change there; a progress change repaints its own row only."""

    def __init__(self, manager: DownloadManager) -> None:
        super().__init__()
        self._manager = manager
        self._keys: list[str] = manager.keys()
        self._items: dict[str, DownloadItem] = {k: manager.item(k) for k in self._keys}
        manager.added.connect(self._on_added)
        manager.removed.connect(self._on_removed)
        manager.changed.connect(self._on_changed)

    def row_of(self, key: str) -> int:
        try:
            return self._keys.index(key)
        except ValueError:
            return -1

    def item_at(self, row: int) -> DownloadItem:
        return self._items[self._keys[row]]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        item = self._items[self._keys[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # The name alone says nothing of how far it is: the state and sizes too.
            return ", ".join(
                part for part in (item.name, _state_text(item), sizes_text(item)) if part
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.repo_id}: {', '.join(item.files)}"
        if role == Role.Key:
            return item.key
        if role == Role.Item:
            return item
        if role == Role.State:
            return item.state
        if role == Role.StateLabel:
            return _state_text(item)
        if role == Role.Percent:
            return percent(item)
        if role == Role.Sizes:
            return sizes_text(item)
        if role == Role.Speed:
            return speed_text(item)
        if role == Role.Eta:
            return eta_text(item)
        if role == Role.Sentence:
            return item.error or item.note
        return None

    @Slot(str)
    def _on_added(self, key: str) -> None:
        if key in self._items:
            return
        row = len(self._keys)
        self.beginInsertRows(QModelIndex(), row, row)
        self._keys.append(key)
        self._items[key] = self._manager.item(key)
        self.endInsertRows()

    @Slot(str)
    def _on_removed(self, key: str) -> None:
        row = self.row_of(key)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._keys[row]
        del self._items[key]
        self.endRemoveRows()

    @Slot(str)
    def _on_changed(self, key: str) -> None:
        row = self.row_of(key)
        if row < 0:
            return
        self._items[key] = self._manager.item(key)
        index = self.index(row)
        self.dataChanged.emit(index, index)


def _state_text(item: DownloadItem) -> str:
    return phase_label(item.phase) or state_label(item.state)


def percent(item: DownloadItem) -> int:
    fraction = item.fraction
    if item.state == "done":
        return 100
    return -1 if fraction is None else int(fraction * 100)


def sizes_text(item: DownloadItem) -> str:
    if item.state == "done":
        return locale_format.size(item.total)
    if item.total <= 0:
        return locale_format.size(item.done) if item.done else ""
    return QCoreApplication.translate("download_list", "{done} of {total}").format(
        done=locale_format.size(item.done), total=locale_format.size(item.total)
    )


def speed_text(item: DownloadItem) -> str:
    # Only a download that is moving has a speed: a stalled one shows "Stalled" instead
    # of the last speed frozen in place.
    if item.state != "running" or item.speed <= 0:
        return ""
    return QCoreApplication.translate("download_list", "{size}/s", "a download speed").format(
        size=locale_format.size(int(item.speed))
    )


def eta_text(item: DownloadItem) -> str:
    if item.state != "running" or item.eta is None:
        return ""
    return QCoreApplication.translate("download_list", "{duration} left").format(
        duration=locale_format.duration(item.eta)
    )


def english_plural(text: str, n: int) -> str:
    """A plural text as English needs it when no translation was found: Qt then returns the
    source with only %n replaced, so "model(s)" becomes "model" or "models" and "(one|many)"
    its first or second word ("(matches|match)"). Call it before .format, so values are never
    touched; a translation has its own plural forms and none of these marks."""
    return english(text, n)
