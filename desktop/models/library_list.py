"""The library table: installed, imported and starter models with their facts and checks."""

from __future__ import annotations

import datetime
import enum
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.models.library import LibraryModel
from desktop.core.units import format_bytes

_Index = QModelIndex | QPersistentModelIndex

GOOD = QColor("#2e8b57")
WARN = QColor("#c77c02")
BAD = QColor("#c0392b")


class Role(enum.IntEnum):
    Path = Qt.ItemDataRole.UserRole + 1  # str: the file the engine opens
    Model = Qt.ItemDataRole.UserRole + 2  # the LibraryModel


COLUMNS = (
    "Name",
    "File",
    "Size",
    "Quantization",
    "Architecture",
    "Parameters",
    "Context",
    "Checked",
    "Last used",
)
_CHECKED = COLUMNS.index("Checked")
_SOURCES = {"hub": "Downloaded from the hub", "imported": "Used in place", "starter": "Built in"}


def human_count(n: int | None) -> str:
    """A parameter count as people write it: 135M, 1.2B, 8B."""
    if n is None:
        return "—"
    for unit, scale in (("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if n >= scale:
            value = n / scale
            text = f"{value:.1f}" if value < 10 else f"{value:.0f}"
            return text.removesuffix(".0") + unit
    return str(n)


def human_time(stamp: float | None) -> str:
    if stamp is None:
        return "Never"
    when = datetime.datetime.fromtimestamp(stamp)
    if when.date() == datetime.date.today():
        return f"Today {when:%H:%M}"
    return f"{when:%Y-%m-%d}"


class LibraryListModel(QAbstractTableModel):
    """One row per model; hashing progress shown in the Checked column while it runs."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[LibraryModel] = []
        self._progress: dict[Path, tuple[int, int]] = {}

    def set_models(self, models: list[LibraryModel]) -> None:
        self.beginResetModel()
        self._rows = list(models)
        self.endResetModel()

    def models(self) -> list[LibraryModel]:
        return list(self._rows)

    def row_of(self, path: Path | str) -> int:
        target = Path(path)
        return next((i for i, m in enumerate(self._rows) if m.path == target), -1)

    def model_at(self, row: int) -> LibraryModel | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_progress(self, path: Path | str, done: int, total: int) -> None:
        self._progress[Path(path)] = (done, total)
        self._changed(Path(path))

    def clear_progress(self, path: Path | str) -> None:
        if self._progress.pop(Path(path), None) is not None:
            self._changed(Path(path))

    def checked_text(self, row: int) -> str:
        return str(self.data(self.index(row, _CHECKED)))

    def _changed(self, path: Path) -> None:
        row = self.row_of(path)
        if row >= 0:
            index = self.index(row, _CHECKED)
            self.dataChanged.emit(index, index)

    # --- Qt ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(m, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(m, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "Checked":
            if m.error:
                return QBrush(BAD)
            if m.path in self._progress:
                return None
            color = {"verified": GOOD, "mismatch": BAD}.get(m.verification)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("Size", "Parameters"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.Path:
            return str(m.path)
        if role == Role.Model:
            return m
        return None

    def _text(self, m: LibraryModel, column: str) -> str:
        if column == "Name":
            return m.name
        if column == "File":
            return m.file_name
        if column == "Size":
            return format_bytes(m.size)
        if column == "Quantization":
            return m.quantization
        if column == "Architecture":
            return m.architecture or "—"
        if column == "Parameters":
            return human_count(m.parameters)
        if column == "Context":
            return f"{m.context_length:,}" if m.context_length else "—"
        if column == "Checked":
            if m.error:
                return "Unusable"
            if m.path in self._progress:
                done, total = self._progress[m.path]
                return f"Checking… {100 * done // max(total, 1)}%"
            return {"verified": "Verified", "mismatch": "Mismatch"}.get(
                m.verification, "Not verified"
            )
        return human_time(m.last_used)

    def _tooltip(self, m: LibraryModel, column: str) -> str:
        if column == "Checked":
            if m.error:
                return m.error
            return {
                "verified": f"The file's sha256 matches: {m.sha256}",
                "mismatch": "The file's sha256 does not match what it should be: it changed "
                "or is damaged. Delete it and download it again.",
            }.get(m.verification, "Not checked yet: Verify hashes the file.")
        if column in ("Name", "File"):
            origin = _SOURCES.get(m.source, m.source)
            repo = f" ({m.repo_id})" if m.repo_id else ""
            return f"{m.path}\n{origin}{repo}"
        return ""
