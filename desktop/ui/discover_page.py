"""The Discover tab: curated models first, hub search, and a repo's page with its files."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import fit
from desktop.core.catalog import CatalogEntry
from desktop.core.fit import Budget
from desktop.core.gguf_check import GGUFInfo
from desktop.core.hub import ModelChoice, RepoDetails, RepoSummary, Sort
from desktop.core.units import format_bytes
from desktop.models.search_list import (
    CatalogListModel,
    CatalogRow,
    ChoiceRow,
    ChoicesModel,
    HubResultsModel,
)
from desktop.services.hub_calls import HubCalls

SEARCH_DELAY_MS = 350  # typing pauses this long before the hub is asked
SORTS: tuple[tuple[str, Sort], ...] = (
    ("Most downloaded", "downloads"),
    ("Most liked", "likes"),
    ("Recently updated", "last_modified"),
)
GATED_TEXT = (
    "This model is gated: accept its licence on its page on the hub (signed in to your "
    "Hugging Face account), then add a token of that account in Settings."
)
PICK_TEXT = "Choose a model on the left to see its files."
FIT_CONTEXT = 4096  # the context the badges are for: a sensible default for a chat


def _table(model: object) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
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
        self.title = QLabel(PICK_TEXT)
        self.title.setObjectName("repoTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel()
        self.facts.setObjectName("repoFacts")
        self.open_page = QPushButton("Open on the hub")
        self.open_page.setToolTip("Opens the model's page in your browser")
        self.open_page.clicked.connect(self._open_page)
        self.status = QLabel()
        self.status.setObjectName("repoStatus")
        self.status.setWordWrap(True)
        self.gated = QFrame()
        self.gated.setObjectName("gatedNotice")
        self.gated.setFrameShape(QFrame.Shape.StyledPanel)
        self.gated_label = QLabel(GATED_TEXT)
        self.gated_label.setWordWrap(True)
        settings = QPushButton("Settings…")
        settings.clicked.connect(self.settingsRequested)
        gated_row = QHBoxLayout(self.gated)
        gated_row.addWidget(self.gated_label, 1)
        gated_row.addWidget(settings)
        self.card = QLabel()
        self.card.setObjectName("repoCard")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.PlainText)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card_scroll = QScrollArea()
        card_scroll.setWidget(self.card)
        card_scroll.setWidgetResizable(True)
        card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        card_scroll.setMaximumHeight(140)
        self.card_scroll = card_scroll
        self.choices = ChoicesModel()
        self.choice_view = _table(self.choices)
        self.choice_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.choice_view.doubleClicked.connect(lambda _: self._download())
        self.download = QPushButton("Download")
        self.download.setObjectName("downloadButton")
        self.download.setEnabled(False)
        self.download.clicked.connect(self._download)
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
        self._show_parts(details=False)

    def _show_parts(self, details: bool) -> None:
        for widget in (self.facts, self.open_page, self.card_scroll, self.choice_view):
            widget.setVisible(details)
        self.download.setVisible(details)
        self.gated.setVisible(False)

    def loading(self, repo_id: str) -> None:
        self.repo_id = repo_id
        self.title.setText(repo_id)
        self.status.setText("Loading the model's files…")
        self.note.clear()
        self.fit_note.clear()
        self.choices.set_rows([])
        self._show_parts(details=False)

    def failed(self, sentence: str) -> None:
        self.status.setText(sentence)

    def show_details(
        self, details: RepoDetails, budget: Budget, preferred: str | None = None
    ) -> None:
        self.repo_id = details.repo_id
        self.page_url = details.page_url
        self._show_parts(details=True)
        self.title.setText(details.repo_id)
        access = "gated" if details.gated else "open"
        self.facts.setText(f"Licence: {details.license} · Access: {access}")
        self.gated.setVisible(details.gated)
        self.card.setText(details.card_excerpt or "This model has no description.")
        sizes = [c.size for c in details.choices]
        plans = [
            fit.plan_for_size(size, FIT_CONTEXT, budget.ram_available, budget.gpus)
            for size in sizes
        ]
        best = fit.recommended(plans, sizes)
        rows = [
            ChoiceRow(c, plan, i == best)
            for i, (c, plan) in enumerate(zip(details.choices, plans, strict=True))
        ]
        self.choices.set_rows(rows)
        if not rows:
            self.status.setText("This repository has no GGUF model files Hearth can use.")
            return
        count = len(rows)
        self.status.setText(
            f"{count} model file{'s' if count != 1 else ''}, one per quantization: smaller "
            "files are faster and need less memory, larger ones answer better."
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

    def set_note(self, text: str) -> None:
        self.note.setText(text)

    def show_header_plan(self, name: str, plan: fit.Plan) -> None:
        """A plan from the file's own header replaces the size-based badge and is spelled
        out under the files."""
        row = self.choices.row_named(name)
        if row < 0:
            return
        self.choices.set_plan(row, plan)
        upto = (
            f" Up to {plan.max_context:,} tokens of context fit."
            if plan.max_context > plan.context
            else ""
        )
        self.fit_note.setText(f"From {name}'s header: {plan.note}{upto}")

    def _selection_changed(self, *_: QItemSelection) -> None:
        choice = self.selected_choice()
        if choice is not None and not choice.is_split and self.repo_id:
            self.headerWanted.emit(self.repo_id, choice.files[0].path)
        self.download.setEnabled(choice is not None)
        self.download.setText(
            f"Download {choice.name} ({format_bytes(choice.size)})" if choice else "Download"
        )

    def _download(self) -> None:
        choice = self.selected_choice()
        if choice is not None and self.repo_id:
            self.downloadRequested.emit(self.repo_id, choice)

    def _open_page(self) -> None:
        if self.page_url:
            QDesktopServices.openUrl(QUrl(self.page_url))


class DiscoverPage(QWidget):
    """Left: the catalog, or search hits once something is typed. Right: the repo page."""

    downloadRequested = Signal(str, object)  # repo id, ModelChoice
    settingsRequested = Signal()

    def __init__(
        self,
        hub: HubCalls,
        catalog: Sequence[CatalogEntry],
        memory: Callable[[], Budget] = fit.ram_budget,
        installed: Callable[[], set[tuple[str, str]]] = set,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self._catalog = list(catalog)
        self._memory = memory
        self._installed = installed
        self._preferred: str | None = None
        self._details: RepoDetails | None = None

        self.search = QLineEdit()
        self.search.setObjectName("hubSearch")
        self.search.setPlaceholderText("Search the hub for GGUF models (e.g. qwen, llama 3.2)…")
        self.search.setClearButtonEnabled(True)
        self.sort = QComboBox()
        self.sort.setObjectName("hubSort")
        for label, key in SORTS:
            self.sort.addItem(label, key)
        self.heading = QLabel()
        self.heading.setObjectName("discoverHeading")
        self.message = QLabel()
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.catalog_model = CatalogListModel()
        self.results_model = HubResultsModel()
        self.catalog_view = _table(self.catalog_model)
        self.results_view = _table(self.results_model)
        self.lists = QStackedWidget()
        self.lists.addWidget(self.catalog_view)
        self.lists.addWidget(self.results_view)
        self.repo = RepoPage()
        self.repo.downloadRequested.connect(self.downloadRequested)
        self.repo.settingsRequested.connect(self.settingsRequested)
        self.repo.headerWanted.connect(self.hub.header)

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.sort)
        left_column.addLayout(search_row)
        left_column.addWidget(self.heading)
        left_column.addWidget(self.message)
        left_column.addWidget(self.lists, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.repo)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self.run_search)
        self.sort.currentIndexChanged.connect(lambda _: self._sort_changed())
        self.catalog_view.selectionModel().currentRowChanged.connect(self._catalog_picked)
        self.results_view.selectionModel().currentRowChanged.connect(self._result_picked)
        hub.searchDone.connect(self._search_done)
        hub.searchFailed.connect(self._search_failed)
        hub.detailsDone.connect(self._details_done)
        hub.detailsFailed.connect(self._details_failed)
        hub.headerDone.connect(self._header_done)
        self.refresh_catalog()

    # --- catalog -----------------------------------------------------------------------

    def memory(self) -> Budget:
        """The memory the badges are for (free RAM, and the GPUs once probed)."""
        return self._memory()

    def refresh_fit(self, *_: object) -> None:
        """The memory changed (the GPUs were found): badges and the open repo page again."""
        self.refresh_catalog()
        if self._details is not None:
            self.repo.show_details(self._details, self.memory(), self.repo.selected_name())

    def refresh_catalog(self) -> None:
        budget = self.memory()
        installed = self._installed()
        self.catalog_model.set_rows(
            [
                CatalogRow(
                    e,
                    fit.plan_for_size(
                        e.approx_size, FIT_CONTEXT, budget.ram_available, budget.gpus
                    ),
                    (e.repo_id, e.filename) in installed,
                )
                for e in self._catalog
            ]
        )
        if not self.search.text().strip():
            self._show_catalog()

    def _show_catalog(self) -> None:
        self.lists.setCurrentWidget(self.catalog_view)
        self.heading.setText("Recommended models, small to large: a good place to start.")
        self.message.setVisible(False)

    # --- search ------------------------------------------------------------------------

    def current_sort(self) -> Sort:
        key: Sort = self.sort.currentData()
        return key

    def _typed(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self._show_catalog()

    def _sort_changed(self) -> None:
        if self.search.text().strip():
            self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        query = self.search.text().strip()
        if not query:
            self._show_catalog()
            return
        self.lists.setCurrentWidget(self.results_view)
        self.heading.setText(f"Searching the hub for “{query}”…")
        self.message.setVisible(False)
        self.hub.search(query, self.current_sort())

    def _is_current(self, query: str, sort: str) -> bool:
        return query == self.search.text().strip() and sort == self.current_sort()

    def _search_done(self, query: str, sort: str, hits: list[RepoSummary]) -> None:
        if not self._is_current(query, sort):
            return
        self.results_model.set_rows(hits)
        self.lists.setCurrentWidget(self.results_view)
        if hits:
            count = len(hits)
            self.heading.setText(f"{count} GGUF repositor{'ies' if count != 1 else 'y'}")
        else:
            self.heading.setText(f"Nothing on the hub matches “{query}”.")

    def _search_failed(self, query: str, sort: str, sentence: str) -> None:
        if not self._is_current(query, sort):
            return
        self.results_model.set_rows([])
        self.heading.setText("")
        self.message.setText(sentence)
        self.message.setVisible(True)

    # --- repo page ---------------------------------------------------------------------

    def _catalog_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.catalog_model.row_at(current.row())
        if row is not None:
            self.open_repo(row.entry.repo_id, preferred=row.entry.filename)

    def _result_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = self.results_model.row_at(current.row())
        if hit is not None:
            self.open_repo(hit.repo_id)

    def open_repo(self, repo_id: str, preferred: str | None = None) -> None:
        """Show repo_id's page (its files load in the background)."""
        self._preferred = preferred
        self.repo.loading(repo_id)
        self.hub.repo_details(repo_id)

    def _details_done(self, details: RepoDetails) -> None:
        if details.repo_id != self.repo.repo_id:
            return
        self._details = details
        self.repo.show_details(details, self.memory(), self._preferred)

    def _header_done(self, repo_id: str, filename: str, info: GGUFInfo) -> None:
        if repo_id != self.repo.repo_id:
            return
        budget = self.memory()
        plan = fit.plan_for_file(info, FIT_CONTEXT, budget.ram_available, budget.gpus)
        self.repo.show_header_plan(filename, plan)

    def _details_failed(self, repo_id: str, sentence: str) -> None:
        if repo_id == self.repo.repo_id:
            self.repo.failed(sentence)
