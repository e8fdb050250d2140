"""The Models page: Discover, Downloads, Library, Connections, and one offline banner."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.core import fit
from desktop.core.fit import Budget
from desktop.core.hub import ModelChoice
from desktop.core.models.catalog import CatalogEntry
from desktop.services.download_queue import DownloadManager
from desktop.services.hub_calls import OFFLINE_SETTING, STILL_OFFLINE, WENT_OFFLINE, HubCalls
from desktop.services.hub_calls import said as hub_said
from desktop.services.library_jobs import LibraryJobs
from desktop.ui.banner import Banner
from desktop.ui.discover_page import DiscoverPage
from desktop.ui.downloads_page import DownloadsPage
from desktop.ui.library_page import LibraryPage

if TYPE_CHECKING:
    from desktop.services.connection_jobs import ConnectionJobs
    from desktop.ui.connections_page import ConnectionsPage

OFFLINE_SENTENCES = (OFFLINE_SETTING, WENT_OFFLINE, STILL_OFFLINE)


class ModelManager(QWidget):
    """A page beside the chat (desktop.ui.page_rail), built on the first visit and kept:
    downloads and hashing go on, and the tabs keep their state, while the chat is shown."""

    useRequested = Signal(str)  # 'starter', a model path or a remote://NAME/ID key
    settingsRequested = Signal()

    def __init__(
        self,
        hub: HubCalls,
        downloads: DownloadManager,
        library: LibraryJobs,
        catalog: Sequence[CatalogEntry],
        in_use: Callable[[], Collection[Path]] = tuple,
        memory: Callable[[], Budget] = fit.ram_budget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Models"))
        self.hub = hub
        self.downloads = downloads
        self.library = library
        self._noted_key = ""  # the download the repo page's note is about
        self.connections: ConnectionsPage | None = None

        self.banner = Banner()
        self.banner.setObjectName("offlineBanner")
        self.discover = DiscoverPage(hub, catalog, memory, self._installed)
        self.downloads_page = DownloadsPage(downloads)
        self.library_page = LibraryPage(library, in_use)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Models"))
        self.tabs.addTab(self.discover, self.tr("Discover"))
        self.tabs.addTab(self.downloads_page, self.tr("Downloads"))
        self.tabs.addTab(self.library_page, self.tr("Library"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

        self.discover.downloadRequested.connect(self.download)
        self.discover.settingsRequested.connect(self.settingsRequested)
        self.library_page.useRequested.connect(self.useRequested)
        hub.offlineChanged.connect(lambda offline, why: self.show_offline(offline, why))
        downloads.added.connect(lambda _: self._count_downloads())
        downloads.removed.connect(lambda _: self._count_downloads())
        downloads.changed.connect(lambda _: self._count_downloads())
        downloads.installed.connect(self._installed_one)
        downloads.failed.connect(self._download_failed)
        library.listed.connect(lambda _: self.discover.refresh_catalog())
        # Connected after the Discover page's own slots, so these run once it has spoken.
        hub.searchFailed.connect(lambda *_: self._say_once())
        hub.searchDone.connect(lambda *_: self._say_once())
        self.show_offline(hub.offline, hub.offline_reason)
        self._count_downloads()

    # --- public ------------------------------------------------------------------------

    def add_connections(self, jobs: ConnectionJobs) -> ConnectionsPage:
        """The Connections tab (remote servers), after the Library."""
        from desktop.ui.connections_page import ConnectionsPage

        self.connections = ConnectionsPage(jobs)
        self.connections.useRequested.connect(self.useRequested)
        self.tabs.addTab(self.connections, self.tr("Connections"))
        return self.connections

    def show_tab(self, name: str) -> None:
        pages: dict[str, QWidget] = {"discover": self.discover, "downloads": self.downloads_page}
        if self.connections is not None:
            pages["connections"] = self.connections
        self.tabs.setCurrentWidget(pages.get(name, self.library_page))

    def focus_page(self) -> None:
        """The focus on a visit: Discover's search field, else the tab bar."""
        if self.tabs.currentWidget() is self.discover:
            self.discover.search.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)

    def show_offline(self, offline: bool, why: str) -> None:
        if not offline:
            self.banner.hide()
        elif why == OFFLINE_SETTING:
            self.banner.show_message(why, self.tr("Settings…"), self.settingsRequested.emit)
        else:
            self.banner.show_message(why, self.tr("Retry"), self.hub.retry)
        self._say_once()

    def download(self, repo_id: str, choice: ModelChoice) -> None:
        """Queue a model; the repo page says where it went."""
        key = self.downloads.enqueue(repo_id, choice)
        self._noted_key = key
        item = self.downloads.item(key)
        if item.state == "done":
            text = self.tr("{name} is already downloaded: it is in the Library.")
        elif self.downloads.offline:
            text = self.tr("{name} is queued; it starts when Hearth is back online.")
        else:
            text = self.tr("{name} is downloading: see the Downloads tab.")
        self.discover.repo.set_note(text.format(name=choice.name))

    # --- reactions ---------------------------------------------------------------------

    def _installed(self) -> set[tuple[str, str]]:
        """(repo id, file name) of the hub models in the library: the catalog marks them."""
        return {
            (m.repo_id, m.file_name)
            for m in self.library.models
            if m.repo_id is not None and m.source == "hub"
        }

    def _say_once(self) -> None:
        """The banner (with its Retry or Settings…) says why the hub is out of reach on every
        tab; Discover's line under its search would only say the same sentence again."""
        message = self.discover.message
        # The hub's sentences arrive in the window's language (hub_calls.said).
        known = {self.banner.label.text(), *(hub_said(s) for s in OFFLINE_SENTENCES)}
        if not self.banner.isHidden() and not message.isHidden() and message.text() in known:
            message.hide()

    def _count_downloads(self) -> None:
        busy = ("queued", "running", "stalled")
        active = sum(1 for i in self.downloads.items() if i.state in busy)
        index = self.tabs.indexOf(self.downloads_page)
        self.tabs.setTabText(
            index,
            QCoreApplication.translate("ModelManager", "Downloads (%Ln)", None, active)
            if active
            else self.tr("Downloads"),
        )

    def _installed_one(self, key: str, path: str) -> None:
        if key == self._noted_key:
            name = Path(path).name
            self.discover.repo.set_note(
                self.tr("{name} is downloaded and verified: it is in the Library.").format(
                    name=name
                )
            )

    def _download_failed(self, key: str, sentence: str) -> None:
        if key == self._noted_key:
            self.discover.repo.set_note(sentence)
