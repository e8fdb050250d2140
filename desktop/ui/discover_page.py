"""The Discover tab: curated models first, hub search, and a repo's page with its files.

When the hub cannot answer (offline mode, an unreachable hub, a failed search) a search
filters the curated catalog here instead, and the page says once why: a search never ends
on an empty list while catalog entries match.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import fit
from desktop.core.fit import Budget
from desktop.core.gguf_check import GGUFInfo
from desktop.core.hub import RepoDetails, RepoSummary, Sort
from desktop.core.models.catalog import CatalogEntry, search_catalog
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.models.download_list import english_plural as _plural
from desktop.models.search_list import CatalogListModel, CatalogRow, HubResultsModel
from desktop.services.hub_calls import HubCalls

# The repo page (the right half) is in repo_page; the names the tests import are re-exported.
from desktop.ui import icons
from desktop.ui.repo_page import (
    FIT_CONTEXT,
    GATED_TEXT,
    OFFLINE_FILES,
    PICK_TEXT,
    RepoPage,
    list_table,
    translated,
)

__all__ = [
    "FIT_CONTEXT",
    "GATED_TEXT",
    "PICK_TEXT",
    "SEARCH_DELAY_MS",
    "SORTS",
    "DiscoverPage",
    "RepoPage",
]

SEARCH_DELAY_MS = 350  # typing pauses this long before the hub is asked
LIST_SHARE = (3, 2)  # the list's and the repo page's shares of the page's width
SORTS: tuple[tuple[str, Sort], ...] = (  # English labels: shown through translate
    (QT_TRANSLATE_NOOP("DiscoverPage", "Most downloaded"), "downloads"),
    (QT_TRANSLATE_NOOP("DiscoverPage", "Most liked"), "likes"),
    (QT_TRANSLATE_NOOP("DiscoverPage", "Recently updated"), "last_modified"),
)


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
        self._catalog_rows: list[CatalogRow] = []
        self._catalog_query = ""  # the words the catalog list is filtered by ('' = all)
        self._memory = memory
        self._installed = installed
        self._preferred: str | None = None
        self._entry: CatalogEntry | None = None  # the catalog entry whose page is open
        self._details: RepoDetails | None = None

        self.search = QLineEdit()
        self.search.setObjectName("hubSearch")
        self.search.setPlaceholderText(
            self.tr("Search the hub for GGUF models (e.g. qwen, llama 3.2)…")
        )
        self.search.setAccessibleName(self.tr("Search the hub"))
        self.search.setAccessibleDescription(
            self.tr("Finds GGUF models on the hub; with no words, the recommended models.")
        )
        self.search.setClearButtonEnabled(True)
        self.search_action = QAction(self.tr("Search the hub"), self.search)
        icons.attach(self.search_action, "mdi6.magnify")
        self.search.addAction(self.search_action, QLineEdit.ActionPosition.LeadingPosition)
        self.sort = QComboBox()
        self.sort.setObjectName("hubSort")
        self.sort.setAccessibleName(self.tr("Sort the search results by"))
        for label, key in SORTS:
            self.sort.addItem(self.tr(label), key)
        self.heading = QLabel()
        self.heading.setObjectName("discoverHeading")
        self.heading.setWordWrap(True)  # a narrow window wraps it rather than widening
        self.message = QLabel()
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.catalog_model = CatalogListModel()
        self.results_model = HubResultsModel()
        self.catalog_view = list_table(self.catalog_model, self.tr("Recommended models"))
        self.results_view = list_table(self.results_model, self.tr("Models found on the hub"))
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
        # The list gets the larger share: its names are cut short sooner than the details.
        self.splitter.setStretchFactor(0, LIST_SHARE[0])
        self.splitter.setStretchFactor(1, LIST_SHARE[1])
        self.splitter.setSizes([100 * LIST_SHARE[0], 100 * LIST_SHARE[1]])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self.run_search)
        self.search_action.triggered.connect(self.run_search)
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
        self._catalog_rows = [
            CatalogRow(
                e,
                fit.plan_for_size(e.approx_size, FIT_CONTEXT, budget.ram_available, budget.gpus),
                (e.repo_id, e.filename) in installed,
            )
            for e in self._catalog
        ]
        self._filter_catalog(self._catalog_query)
        if not self.search.text().strip():
            self._show_catalog()

    def _filter_catalog(self, query: str) -> int:
        """Show the catalog entries matching query (all for ''); how many there are."""
        self._catalog_query = query
        matching = {id(e) for e in search_catalog(self._catalog, query)}
        rows = [r for r in self._catalog_rows if id(r.entry) in matching]
        self.catalog_model.set_rows(rows)
        return len(rows)

    def _show_catalog(self) -> None:
        if self._catalog_query:
            self._filter_catalog("")
        self.lists.setCurrentWidget(self.catalog_view)
        self.heading.setText(self.tr("Recommended models, small to large: a good place to start."))
        self.message.setVisible(False)

    def _show_catalog_matches(self, query: str, sentence: str = "") -> int:
        """The catalog entries matching query in place of hub hits, and sentence (if any)
        under the heading; how many match (nothing changes when none do)."""
        count = self._filter_catalog(query)
        if count:
            self.results_model.set_rows([])
            self.lists.setCurrentWidget(self.catalog_view)
            self.message.setText(sentence)
            self.message.setVisible(bool(sentence))
        return count

    # --- search ------------------------------------------------------------------------

    def current_sort(self) -> Sort:
        key: Sort = self.sort.currentData()
        return key

    def _typed(self, text: str) -> None:
        if text.strip() and self.hub.offline:
            self.run_search()  # no hub to spare: the catalog filters as one types
        elif text.strip():
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
        self.heading.setText(self.tr("Searching the hub for “{query}”…").format(query=query))
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
            found = len(hits)  # a plain name: lupdate skips a call with len(...) in it
            self.heading.setText(
                _plural(
                    QCoreApplication.translate(
                        "DiscoverPage", "%Ln GGUF repositor(y|ies)", None, found
                    ),
                    found,
                )
            )
        elif count := self._show_catalog_matches(query):
            self.heading.setText(
                _plural(
                    QCoreApplication.translate(
                        "DiscoverPage",
                        "Nothing on the hub matches “{query}”; %Ln recommended model(s) "
                        "(matches|match).",
                        None,
                        count,
                    ),
                    count,
                ).format(query=query)
            )
        else:
            self.heading.setText(
                self.tr("Nothing on the hub matches “{query}”.").format(query=query)
            )

    def _search_failed(self, query: str, sort: str, sentence: str) -> None:
        if not self._is_current(query, sort):
            return
        # The sentence (offline, unreachable, a failure) is said once, in the message line;
        # the heading only counts what the catalog offers instead.
        if count := self._show_catalog_matches(query, sentence):
            self.heading.setText(
                _plural(
                    QCoreApplication.translate(
                        "DiscoverPage",
                        "%Ln recommended model(s) (matches|match) “{query}”.",
                        None,
                        count,
                    ),
                    count,
                ).format(query=query)
            )
        else:
            self.results_model.set_rows([])
            self.lists.setCurrentWidget(self.results_view)
            self.heading.setText(
                self.tr("No recommended model matches “{query}”.").format(query=query)
            )
            self.message.setText(sentence)
            self.message.setVisible(True)

    # --- repo page ---------------------------------------------------------------------

    def _catalog_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.catalog_model.row_at(current.row())
        if row is not None:
            self.open_repo(row.entry.repo_id, preferred=row.entry.filename, entry=row.entry)

    def _result_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = self.results_model.row_at(current.row())
        if hit is not None:
            self.open_repo(hit.repo_id)

    def open_repo(
        self, repo_id: str, preferred: str | None = None, entry: CatalogEntry | None = None
    ) -> None:
        """Show repo_id's page (its files load in the background); entry is the catalog's
        word on it, shown if the files cannot be listed."""
        self._preferred = preferred
        self._entry = entry
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
        # A vision model's projector (not downloaded yet: its size from the hub) counts too.
        shape = replace(fit.shape_of(info), projector_bytes=self.repo.projector_size(filename))
        plan = fit.plan_for_shape(shape, FIT_CONTEXT, budget.ram_available, budget.gpus)
        self.repo.show_header_plan(filename, plan)

    def _details_failed(self, repo_id: str, sentence: str) -> None:
        if repo_id != self.repo.repo_id:
            return
        if self._entry is not None and self._entry.repo_id == repo_id:
            # What the catalog knows of it; the offline sentence is not said twice.
            why = translated(OFFLINE_FILES) if self.hub.offline else sentence
            self.repo.show_entry(self._entry, why)
        else:
            self.repo.failed(sentence)
