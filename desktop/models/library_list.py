"""The library table: installed, imported and starter models with their facts and checks,
each under the name it goes by everywhere, the loaded one marked."""

from __future__ import annotations

import datetime
import enum
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.fit import projector_size
from desktop.core.models.library import LibraryModel
from desktop.core.models.names import library_display_name
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.models import vision
from desktop.models.locale_format import size as format_size

_Index = QModelIndex | QPersistentModelIndex

GOOD = QColor("#2e8b57")
WARN = QColor("#c77c02")
BAD = QColor("#c0392b")


class Role(enum.IntEnum):
    Path = Qt.ItemDataRole.UserRole + 1  # str: the file the engine opens
    Model = Qt.ItemDataRole.UserRole + 2  # the LibraryModel
    Name = Qt.ItemDataRole.UserRole + 3  # str: the name on screen, with no badge
    Loaded = Qt.ItemDataRole.UserRole + 4  # bool: the model the chat uses now


# The columns' English names: the code's keys, shown through headerData's translation.
COLUMNS = (
    QT_TRANSLATE_NOOP("LibraryListModel", "Name"),
    QT_TRANSLATE_NOOP("LibraryListModel", "File"),
    QT_TRANSLATE_NOOP("LibraryListModel", "Size"),
    QT_TRANSLATE_NOOP("LibraryListModel", "Quantization"),
    QT_TRANSLATE_NOOP("LibraryListModel", "Architecture"),
    QT_TRANSLATE_NOOP("LibraryListModel", "Parameters"),
    QT_TRANSLATE_NOOP("LibraryListModel", "Context"),
    QT_TRANSLATE_NOOP("LibraryListModel", "Checked"),
    QT_TRANSLATE_NOOP("LibraryListModel", "Last used"),
)
_CHECKED = COLUMNS.index("Checked")
LOADED_BADGE = QT_TRANSLATE_NOOP("LibraryListModel", "● Loaded")


def _shown(text: str, disambiguation: str | None = None) -> str:
    """A text gathered with QT_TRANSLATE_NOOP under this module's context, translated."""
    return QCoreApplication.translate("LibraryListModel", text, disambiguation)


def _sources() -> dict[str, str]:
    return {
        "hub": QCoreApplication.translate("library_list", "Downloaded from the hub"),
        "imported": QCoreApplication.translate("library_list", "Used in place"),
        "folder": QCoreApplication.translate("library_list", "In one of your model folders"),
        "starter": QCoreApplication.translate("library_list", "Built in"),
    }


def human_count(n: int | None) -> str:
    """A parameter count as people write it: 135M, 1.2B, 8B (in the window's digits)."""
    if n is None:
        return "—"
    for unit, scale in (
        (QCoreApplication.translate("library_list", "{n}B", "billions of parameters"), 1e9),
        (QCoreApplication.translate("library_list", "{n}M", "millions of parameters"), 1e6),
        (QCoreApplication.translate("library_list", "{n}K", "thousands of parameters"), 1e3),
    ):
        if n >= scale:
            value = n / scale
            decimals = 1 if value < 10 and round(value, 1) != round(value) else 0
            return unit.format(n=QLocale().toString(round(value, decimals), "f", decimals))
    return QLocale().toString(n)


def human_time(stamp: float | None) -> str:
    """When a model was last used: "Today 14:05", else the date, as the language writes them."""
    if stamp is None:
        return QCoreApplication.translate("library_list", "Never", "a model was never used")
    when = datetime.datetime.fromtimestamp(stamp)
    moment = QDateTime.fromSecsSinceEpoch(int(stamp))
    if when.date() == datetime.date.today():
        time = QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
        return QCoreApplication.translate("library_list", "Today {time}").format(time=time)
    return QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat)


class LibraryListModel(QAbstractTableModel):
    """One row per model; hashing progress shown in the Checked column while it runs."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[LibraryModel] = []
        self._progress: dict[Path, tuple[int, int]] = {}
        self._loaded: Path | None = None
        self._loaded_at = -1  # its row, found when either changes (not on every paint)
        self._eyes: dict[Path, str] = {}  # a vision model's tag sentence (read once a listing)

    def set_models(self, models: list[LibraryModel]) -> None:
        self.beginResetModel()
        self._rows = list(models)
        self._eyes = {
            m.path: vision.load_tip(projector_size(str(m.projector)))
            for m in self._rows
            if m.projector is not None
        }
        self._loaded_at = self._find(self._loaded)
        self.endResetModel()

    def set_loaded(self, path: Path | str | None) -> None:
        """Mark the model the chat uses now (None: no model is loaded)."""
        before = self._loaded_at
        self._loaded = Path(path) if path is not None else None
        self._loaded_at = self._find(self._loaded)
        for row in {before, self._loaded_at} - {-1}:
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def loaded_row(self) -> int:
        """The loaded model's row, or -1 (none loaded, or a file not in the library)."""
        return self._loaded_at

    def _find(self, path: Path | None) -> int:
        if path is None:
            return -1
        exact = next((i for i, m in enumerate(self._rows) if m.path == path), -1)
        if exact >= 0:
            return exact
        # The same file by another path (a symlink, a relative spelling): rarely needed.
        return next((i for i, m in enumerate(self._rows) if _same_file(m.path, path)), -1)

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
            return _shown(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        column = COLUMNS[index.column()]
        loaded = index.row() == self._loaded_at
        eyes = self._eyes.get(m.path) if column == "Name" else None
        if role == vision.VISION:
            return eyes
        if role == Qt.ItemDataRole.AccessibleTextRole and eyes:
            return vision.accessible(str(self.data(index)), eyes)
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._text(m, column)
            if column == "Name" and loaded:
                return QCoreApplication.translate("LibraryListModel", "{name}   {badge}").format(
                    name=text, badge=_shown(LOADED_BADGE)
                )
            return text
        if role == Qt.ItemDataRole.FontRole and column == "Name" and loaded:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == "Name" and loaded:
            return QBrush(GOOD)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(m, column, loaded)
            return f"{tip}\n{eyes}" if eyes else tip
        if role == Qt.ItemDataRole.ForegroundRole and column == "Checked":
            if m.error:
                return QBrush(BAD)
            if m.path in self._progress:
                return None
            color = {"verified": GOOD, "mismatch": BAD}.get(m.verification)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("Size", "Parameters"):
            # Figures line up at the end of the reading direction (the left in Persian).
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.Path:
            return str(m.path)
        if role == Role.Model:
            return m
        if role == Role.Name:
            return library_display_name(m)
        if role == Role.Loaded:
            return loaded
        return None

    def _text(self, m: LibraryModel, column: str) -> str:
        if column == "Name":
            return library_display_name(m)
        if column == "File":
            return m.file_name
        if column == "Size":
            return format_size(m.size)
        if column == "Quantization":
            return m.quantization
        if column == "Architecture":
            return m.architecture or "—"
        if column == "Parameters":
            return human_count(m.parameters)
        if column == "Context":
            return QLocale().toString(m.context_length) if m.context_length else "—"
        if column == "Checked":
            if m.error:
                return QCoreApplication.translate("LibraryListModel", "Unusable")
            if m.path in self._progress:
                done, total = self._progress[m.path]
                percent = QLocale().toString(100 * done // max(total, 1))
                return QCoreApplication.translate(
                    "LibraryListModel", "Checking… {percent}%"
                ).format(percent=percent)
            return {
                "verified": QCoreApplication.translate("LibraryListModel", "Verified"),
                "mismatch": QCoreApplication.translate("LibraryListModel", "Mismatch"),
            }.get(m.verification, QCoreApplication.translate("LibraryListModel", "Not verified"))
        return human_time(m.last_used)

    def _tooltip(self, m: LibraryModel, column: str, loaded: bool) -> str:
        if column == "Checked":
            if m.error:
                return m.error
            if m.verification == "verified":
                return QCoreApplication.translate(
                    "LibraryListModel", "The file's sha256 matches: {sha256}"
                ).format(sha256=m.sha256)
            if m.verification == "mismatch":
                return QCoreApplication.translate(
                    "LibraryListModel",
                    "The file's sha256 does not match what it should be: it changed "
                    "or is damaged. Delete it and download it again.",
                )
            return QCoreApplication.translate(
                "LibraryListModel", "Not checked yet: Verify hashes the file."
            )
        if column in ("Name", "File"):
            origin = _sources().get(m.source, m.source)
            if m.repo_id:
                origin = QCoreApplication.translate("LibraryListModel", "{origin} ({repo})").format(
                    origin=origin, repo=m.repo_id
                )
            lines = [str(m.path), origin]
            if loaded:
                lines.append(
                    QCoreApplication.translate(
                        "LibraryListModel", "Loaded: the chat uses this model now."
                    )
                )
            return "\n".join(lines)
        return ""


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
