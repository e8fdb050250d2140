"""Discover tables: the curated catalog, hub search hits and a repo's downloadable files."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from desktop.core.fit import Plan
from desktop.core.hub import ModelChoice, RepoSummary
from desktop.core.models.catalog import CatalogEntry
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.models import vision
from desktop.models.download_list import english_plural
from desktop.models.library_list import BAD, GOOD, WARN
from desktop.models.locale_format import size as format_size
from desktop.services.said import said

_Index = QModelIndex | QPersistentModelIndex

_FIT_COLORS = {"gpu": GOOD, "split": WARN, "cpu": GOOD, "wont_fit": BAD}
RECOMMENDED = QT_TRANSLATE_NOOP("search_list", "★ Recommended")  # shown through _shown


def _shown(text: str, disambiguation: str | None = None) -> str:
    """A text gathered with QT_TRANSLATE_NOOP under this module's context, translated."""
    return QCoreApplication.translate("search_list", text, disambiguation)


def fit_tips() -> dict[str, str]:
    """What each fit verdict means, in the window's language."""
    return {
        "gpu": QCoreApplication.translate(
            "search_list", "Fits in the GPU's memory: the fastest way to run it."
        ),
        "split": QCoreApplication.translate(
            "search_list",
            "Part on the GPU, the rest in RAM: it runs, more slowly than wholly on the GPU.",
        ),
        "cpu": QCoreApplication.translate(
            "search_list", "Fits in this computer's RAM and runs on the CPU."
        ),
        "wont_fit": QCoreApplication.translate(
            "search_list",
            "Too big for this computer's free memory: it would not load, or very slowly.",
        ),
    }


def fit_badge(plan: Plan) -> str:
    """The plan's badge ("Fits on GPU"...), declared in core, in the window's language."""
    return QCoreApplication.translate("fit", plan.badge)


class Role(enum.IntEnum):
    RepoId = Qt.ItemDataRole.UserRole + 1
    Item = Qt.ItemDataRole.UserRole + 2  # the row's dataclass (CatalogEntry, ...)
    Fit = Qt.ItemDataRole.UserRole + 3


def _fit_data(plan: Plan | None, role: int) -> object:
    if plan is None:
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return fit_badge(plan)
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(_FIT_COLORS[plan.verdict])
    if role == Qt.ItemDataRole.ToolTipRole:
        return f"{fit_tips()[plan.verdict]}\n{said(plan.note)}"
    if role == Role.Fit:
        return plan.verdict
    return None


class _Table(QAbstractTableModel):
    columns: tuple[str, ...] = ()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # The columns' English names are the code's keys; "" is a column with no title.
            name = self.columns[section]
            return _shown(name) if name else ""
        return None

    def _count(self) -> int:
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class CatalogRow:
    entry: CatalogEntry
    fit: Plan
    installed: bool = False


class CatalogListModel(_Table):
    """The curated models, small to large, each with its fit for this computer."""

    columns = (
        QT_TRANSLATE_NOOP("search_list", "Model"),
        QT_TRANSLATE_NOOP("search_list", "Parameters"),
        QT_TRANSLATE_NOOP("search_list", "Size"),
        QT_TRANSLATE_NOOP("search_list", "Fit"),
        QT_TRANSLATE_NOOP("search_list", "Licence"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CatalogRow] = []

    def set_rows(self, rows: Sequence[CatalogRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CatalogRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _count(self) -> int:
        return len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        entry, column = row.entry, self.columns[index.column()]
        if column == "Fit":
            return _fit_data(row.fit, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "Model":
                if row.installed:
                    return QCoreApplication.translate("search_list", "{name}  ✓ installed").format(
                        name=entry.name
                    )
                return entry.name
            return {
                "Parameters": entry.parameters,
                "Size": QCoreApplication.translate("search_list", "≈ {size}").format(
                    size=format_size(entry.approx_size)
                ),
                "Licence": entry.license,
            }[column]
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "Size":
            return QCoreApplication.translate("search_list", "about {size}").format(
                size=format_size(entry.approx_size)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.description}\n{entry.repo_id} · {entry.filename}"
        if role == Role.RepoId:
            return entry.repo_id
        if role == Role.Item:
            return entry
        return None


class HubResultsModel(_Table):
    """Search hits in the hub's order for the chosen sort."""

    columns = (
        QT_TRANSLATE_NOOP("search_list", "Repository"),
        QT_TRANSLATE_NOOP("search_list", "Downloads"),
        QT_TRANSLATE_NOOP("search_list", "Likes"),
        QT_TRANSLATE_NOOP("search_list", "Updated"),
        QT_TRANSLATE_NOOP("search_list", "Access"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[RepoSummary] = []

    def set_rows(self, rows: Sequence[RepoSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RepoSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def repo_ids(self) -> list[str]:
        return [r.repo_id for r in self._rows]

    def _count(self) -> int:
        return len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        hit, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "Repository": hit.repo_id,
                "Downloads": QLocale().toString(hit.downloads),
                "Likes": QLocale().toString(hit.likes),
                "Updated": _day(hit.last_modified),
                "Access": QCoreApplication.translate("search_list", "Gated", "a model's access")
                if hit.gated
                else QCoreApplication.translate(
                    "search_list", "Open", "a model's access: anyone may download it"
                ),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("Downloads", "Likes"):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "Access" and hit.gated:
            return QCoreApplication.translate(
                "search_list",
                "Accept the licence on the hub and add your token in Settings to download.",
            )
        if role == Role.RepoId:
            return hit.repo_id
        if role == Role.Item:
            return hit
        return None


@dataclass(frozen=True, slots=True)
class ChoiceRow:
    choice: ModelChoice
    fit: Plan
    recommended: bool = False


class ChoicesModel(_Table):
    """A repo's models to download, one per quantization (split files count as one)."""

    columns = (
        QT_TRANSLATE_NOOP("search_list", "File"),
        QT_TRANSLATE_NOOP("search_list", "Quantization"),
        QT_TRANSLATE_NOOP("search_list", "Size"),
        QT_TRANSLATE_NOOP("search_list", "Fit"),
        "",
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ChoiceRow] = []

    def set_rows(self, rows: Sequence[ChoiceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ChoiceRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_plan(self, row: int, plan: Plan) -> None:
        """A better estimate for one row (from its header)."""
        self._rows[row] = dataclasses.replace(self._rows[row], fit=plan)
        column = self.columns.index("Fit")
        self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def recommended_row(self) -> int:
        return next((i for i, r in enumerate(self._rows) if r.recommended), -1)

    def row_named(self, name: str) -> int:
        """The row whose model is name (a file, or a split model's stem), else -1."""
        for i, r in enumerate(self._rows):
            if r.choice.name == name or any(f.path == name for f in r.choice.files):
                return i
        return -1

    def _count(self) -> int:
        return len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        choice = row.choice
        if column == "Fit":
            return _fit_data(row.fit, role)
        if column in ("File", "Size") and choice.vision:
            tagged = self._vision_data(choice, column, role)
            if tagged is not None:
                return tagged
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "File":
                if not choice.is_split:
                    return choice.name
                parts = len(choice.files)
                text = QCoreApplication.translate(
                    "search_list", "{name} (%Ln part(s))", None, parts
                )
                return english_plural(text, parts).format(name=choice.name)
            return {
                "Quantization": choice.quantization,
                "Size": format_size(vision.download_size(choice)),  # with its projector
                "": _shown(RECOMMENDED) if row.recommended else "",
            }[column]
        if role == Qt.ItemDataRole.FontRole and row.recommended:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == "" and row.recommended:
            return QCoreApplication.translate(
                "search_list", "The best quality that fits this computer's memory comfortably."
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "Size":
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.Item:
            return choice
        return None

    def _vision_data(self, choice: ModelChoice, column: str, role: int) -> object:
        """The Vision tag's sentence on the File cell, the projector's share on Size."""
        extra = vision.projector_bytes(choice)
        if column == "Size":
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "search_list", "{model} model + {projector} vision projector"
                ).format(model=format_size(choice.size), projector=format_size(extra))
            return None
        tip = vision.download_tip(extra)
        if role in (vision.VISION, Qt.ItemDataRole.ToolTipRole):
            return tip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return vision.accessible(choice.name, tip)
        return None


def _day(stamp: str) -> str:
    """The hub's ISO time stamp's day, as the language writes a date (the stamp if unreadable)."""
    day = QDate.fromString(stamp[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else stamp[:10]
