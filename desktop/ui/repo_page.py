"""A hub repo's page in the Discover tab: card, licence, gating, files with fit badges."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import fit
from desktop.core.fit import Budget
from desktop.core.hub import ModelChoice, RepoDetails
from desktop.core.models.catalog import CatalogEntry
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.models import locale_format, vision
from desktop.models.download_list import english_plural
from desktop.models.search_list import ChoiceRow, ChoicesModel
from desktop.services.said import said
from desktop.ui import icons, metrics
from desktop.ui.vision_tag import tag_column

# English sources (the tests compare with them); shown through translated().
GATED_TEXT = QT_TRANSLATE_NOOP(
    "repo_page",
    "This model is gated: accept its licence on its page on the hub (signed in to your "
    "Hugging Face account), then add a token of that account in Settings.",
)
# No "left": the list is on the right in a right-to-left language.
PICK_TEXT = QT_TRANSLATE_NOOP("repo_page", "Choose a model in the list to see its files.")
OFFLINE_FILES = QT_TRANSLATE_NOOP(
    "repo_page",
    "While Hearth is offline its files cannot be listed: they appear here, ready to "
    "download, once the hub is in reach.",
)
FIT_CONTEXT = 4096  # the context the badges are for: a sensible default for a chat


def translated(text: str) -> str:
    """One of this module's sentences (GATED_TEXT, PICK_TEXT, OFFLINE_FILES) as shown."""
    return QCoreApplication.translate("repo_page", text)


def list_table(model: object, name: str = "") -> QTableView:
    """A read-only table of rows, one selected at a time, its first column stretched;
    name is what a screen reader calls it."""
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between rows)
    header = view.horizontalHeader()
    if name:
        header.setAccessibleName(
            QCoreApplication.translate("repo_page", "Columns of {table}").format(table=name)
        )
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


class RepoPage(QWidget):
    """One repo: card excerpt, licence, gating, its models with fit badges, Download."""

    downloadRequested = Signal(str, object)  # repo id, ModelChoice
    settingsRequested = Signal()
    headerWanted = Signal(str, str)  # repo id, file: read its header for a precise fit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo_id = ""
        self.page_url = ""
        self.title = QLabel(translated(PICK_TEXT))
        self.title.setObjectName("repoTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setFont(metrics.scaled(self.title.font(), metrics.HEADING, bold=True))
        self.facts = QLabel()
        self.facts.setObjectName("repoFacts")
        self.open_page = QPushButton(self.tr("Open on the hub"))
        self.open_page.setToolTip(self.tr("Opens the model's page in your browser"))
        self.open_page.setAccessibleDescription(self.open_page.toolTip())
        self.open_page.clicked.connect(self._open_page)
        icons.attach(self.open_page, "mdi6.open-in-new")
        self.status = QLabel()
        self.status.setObjectName("repoStatus")
        self.status.setWordWrap(True)
        self.gated = QFrame()
        self.gated.setObjectName("gatedNotice")
        self.gated.setFrameShape(QFrame.Shape.StyledPanel)
        self.gated_label = QLabel(translated(GATED_TEXT))
        self.gated_label.setWordWrap(True)
        settings = QPushButton(self.tr("Settings…"))
        settings.setAccessibleDescription(self.tr("Add a Hugging Face token in Settings"))
        settings.clicked.connect(self.settingsRequested)
        icons.attach(settings, "mdi6.cog-outline")
        gated_row = QHBoxLayout(self.gated)
        gated_row.addWidget(self.gated_label, 1)
        gated_row.addWidget(settings)
        self.card = QLabel()
        self.card.setObjectName("repoCard")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.PlainText)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card_scroll = QScrollArea()
        card_scroll.setWidget(self.card)
        card_scroll.setWidgetResizable(True)
        card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        card_scroll.setMaximumHeight(140)
        self.card_scroll = card_scroll
        self.choices = ChoicesModel()
        self.choice_view = list_table(self.choices, self.tr("Model files to download"))
        self.choice_view.setAccessibleDescription(
            self.tr("One file per quantization; Enter downloads the selected one.")
        )
        tag_column(self.choice_view)  # "Vision" after the names of models that read images
        self.choice_view.selectionModel().selectionChanged.connect(self._selection_changed)
        # activated: a double click, and Enter from the keyboard.
        self.choice_view.activated.connect(lambda _: self._download())
        self.download = QPushButton(self.tr("Download"))
        self.download.setObjectName("downloadButton")
        self.download.setEnabled(False)
        self.download.clicked.connect(self._download)
        icons.attach(self.download, "mdi6.download")
        self.note = QLabel()
        self.note.setObjectName("downloadNote")
        self.note.setWordWrap(True)
        self.fit_note = QLabel()
        self.fit_note.setObjectName("fitNote")
        self.fit_note.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.open_page)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.download)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.facts)
        column.addWidget(self.gated)
        column.addWidget(self.card_scroll)
        column.addWidget(self.status)
        column.addWidget(self.choice_view, 1)
        column.addWidget(self.fit_note)
        column.addLayout(bottom)
        self._column = column
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self._show_parts(details=False)

    def _show_parts(self, details: bool) -> None:
        for widget in (self.facts, self.open_page, self.card_scroll, self.choice_view):
            widget.setVisible(details)
        # With no file list the status line takes the room, so the rest stays at the top.
        self._column.setStretch(self._column.indexOf(self.status), 0 if details else 1)
        self.download.setVisible(details)
        self.gated.setVisible(False)

    def loading(self, repo_id: str) -> None:
        self.repo_id = repo_id
        self.title.setText(repo_id)
        self.status.setText(self.tr("Loading the model's files…"))
        self.note.clear()
        self.fit_note.clear()
        self.choices.set_rows([])
        self._show_parts(details=False)

    def failed(self, sentence: str) -> None:
        self.status.setText(sentence)

    def show_entry(self, entry: CatalogEntry, sentence: str) -> None:
        """A catalog model whose files cannot be listed: what the catalog says of it, and
        why its files are missing (sentence; OFFLINE_FILES when Hearth is offline, as the
        Discover list already says why)."""
        self.title.setText(entry.name)
        self.facts.setText(
            self.tr("{repo} · {parameters} parameters · ≈ {size} · Licence: {licence}").format(
                repo=entry.repo_id,
                parameters=entry.parameters,
                size=locale_format.size(entry.approx_size),
                licence=entry.license,
            )
        )
        self.facts.setVisible(True)
        self.card.setText(entry.description)
        self.card_scroll.setVisible(True)
        self.status.setText(sentence)

    def show_details(
        self, details: RepoDetails, budget: Budget, preferred: str | None = None
    ) -> None:
        self.repo_id = details.repo_id
        self.page_url = details.page_url
        self._show_parts(details=True)
        self.title.setText(details.repo_id)
        if details.gated:
            facts = self.tr("Licence: {licence} · Access: gated")
        else:
            facts = self.tr("Licence: {licence} · Access: open")
        self.facts.setText(facts.format(licence=details.license))
        self.gated.setVisible(details.gated)
        self.card.setText(details.card_excerpt or self.tr("This model has no description."))
        sizes = [vision.download_size(c) for c in details.choices]
        plans = [  # a vision model's projector loads beside it: the fit counts it
            fit.plan_for_size(
                c.size, FIT_CONTEXT, budget.ram_available, budget.gpus, vision.projector_bytes(c)
            )
            for c in details.choices
        ]
        best = fit.recommended(plans, sizes)
        rows = [
            ChoiceRow(c, plan, i == best)
            for i, (c, plan) in enumerate(zip(details.choices, plans, strict=True))
        ]
        self.choices.set_rows(rows)
        if not rows:
            self.status.setText(self.tr("This repository has no GGUF model files Hearth can use."))
            return
        count = len(rows)
        self.status.setText(
            english_plural(
                QCoreApplication.translate(
                    "RepoPage",
                    "%Ln model file(s), one per quantization: smaller files are faster and "
                    "need less memory, larger ones answer better.",
                    None,
                    count,
                ),
                count,
            )
        )
        row = self.choices.row_named(preferred) if preferred else -1
        if row < 0:
            row = best if best is not None else 0
        self.choice_view.selectRow(row)

    def selected_choice(self) -> ModelChoice | None:
        rows = self.choice_view.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.choices.row_at(rows[0].row())
        return row.choice if row is not None else None

    def selected_name(self) -> str | None:
        choice = self.selected_choice()
        return choice.name if choice is not None else None

    def select_choice(self, name: str) -> bool:
        row = self.choices.row_named(name)
        if row >= 0:
            self.choice_view.selectRow(row)
        return row >= 0

    def projector_size(self, name: str) -> int:
        """The size of the vision projector that comes with the model name (0: none)."""
        row = self.choices.row_at(self.choices.row_named(name))
        return vision.projector_bytes(row.choice) if row is not None else 0

    def set_note(self, text: str) -> None:
        self.note.setText(text)

    def show_header_plan(self, name: str, plan: fit.Plan) -> None:
        """A plan from the file's own header replaces the size-based badge and is spelled
        out under the files."""
        row = self.choices.row_named(name)
        if row < 0:
            return
        self.choices.set_plan(row, plan)
        if plan.max_context > plan.context:
            text = self.tr("From {name}'s header: {note} Up to {tokens} tokens of context fit.")
        else:
            text = self.tr("From {name}'s header: {note}")
        tokens = locale_format.number(plan.max_context)
        self.fit_note.setText(text.format(name=name, note=said(plan.note), tokens=tokens))

    def _selection_changed(self, *_: QItemSelection) -> None:
        choice = self.selected_choice()
        if choice is not None and not choice.is_split and self.repo_id:
            self.headerWanted.emit(self.repo_id, choice.files[0].path)
        self.download.setEnabled(choice is not None)
        self.download.setText(
            self.tr("Download {name} ({size})").format(
                name=choice.name, size=locale_format.size(vision.download_size(choice))
            )
            if choice
            else self.tr("Download")
        )

    def _download(self) -> None:
        choice = self.selected_choice()
        if choice is not None and self.repo_id:
            self.downloadRequested.emit(self.repo_id, choice)

    def _open_page(self) -> None:
        if self.page_url:
            QDesktopServices.openUrl(QUrl(self.page_url))
