"""The Models pages for everyone: every control named for a screen reader, the library's
actions by keyboard, sizes in the window's language, and the Vision tag mirrored right to left.

Real parts: the real LibraryPage on a real Library and LibraryJobs (a tiny GGUF imported in
place), the real DiscoverPage and RepoPage with the shipped catalog (HubCalls offline: the hub
is never contacted), the real DownloadsPage on a DownloadManager that is offline.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from a11y_walk import unnamed_controls
from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop.core import fit
from desktop.core.hub import HubClient, HubFile, RepoDetails, group_files
from desktop.core.models.catalog import load_catalog
from desktop.core.models.library import Library
from desktop.models.library_list import COLUMNS
from desktop.services.download_queue import DownloadManager
from desktop.services.hub_calls import HubCalls
from desktop.services.library_jobs import LibraryJobs
from desktop.ui.discover_page import DiscoverPage
from desktop.ui.downloads_page import DownloadsPage
from desktop.ui.library_page import LibraryPage
from desktop.ui.repo_page import RepoPage
from desktop.ui.vision_tag import VisionTagDelegate

BUDGET = fit.Budget(ram_available=8 * 2**30, gpus=())
SIZE = COLUMNS.index("Size")


@pytest.fixture
def jobs(tmp_path: Path, tiny_model: Path, qtbot) -> Iterator[LibraryJobs]:
    """A library with the tiny model imported in place (listed, its hash checked)."""
    library = Library(tmp_path / "library.json", tmp_path / "hf_cache", starter=None)
    j = LibraryJobs(library, discover=list)
    with qtbot.waitSignal(j.verified, timeout=20000):
        j.import_files([tiny_model])
    yield j
    j.shutdown()


@pytest.fixture
def library_page(qtbot, jobs: LibraryJobs) -> LibraryPage:
    page = LibraryPage(jobs)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.view.selectRow(0)
    return page


@pytest.fixture
def locale_de() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


def test_the_library_names_every_control_and_works_from_the_keyboard(qtbot, library_page):
    page = library_page
    assert unnamed_controls(page) == []
    assert page.view.accessibleName() == "Models in the library"

    # Enter on the table uses the selected model; Delete asks before it removes it.
    page.view.setFocus()
    index = page.model.index(0, 0)
    page.view.setCurrentIndex(index)
    with qtbot.waitSignal(page.useRequested, timeout=2000) as used:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert used.args == [page.model.data(index, 0x0100 + 1)]  # Role.Path: the file's path
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    box = page.confirm_box
    assert box is not None and box.isVisible()
    assert "Remove" in box.text()  # imported in place: removed from the list, kept on disk
    box.reject()


def test_a_size_in_the_library_follows_the_locale(qtbot, library_page, jobs, locale_de):
    page = library_page
    listed = jobs.models[0]
    page.model.set_models([dataclasses.replace(listed, size=98_400_000)])
    assert page.model.index(0, SIZE).data() == "98,4 MB"  # German: a decimal comma
    page._listed([dataclasses.replace(listed, size=98_400_000)])
    assert "98,4 MB" in page.summary.text()
    assert page.summary.text().startswith("1 model ·")  # English plural with no translator


def test_the_library_size_in_english_is_the_cli_s(qtbot, library_page, jobs):
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        page = library_page
        page.model.set_models([dataclasses.replace(jobs.models[0], size=98_400_000)])
        assert page.model.index(0, SIZE).data() == "98.4 MB"
    finally:
        QLocale.setDefault(before)


def finish(qtbot, page: DiscoverPage) -> None:
    qtbot.waitUntil(lambda: not page.hub.busy, timeout=20000)
    page.hub.shutdown()


def vision_details(gated: bool = False) -> RepoDetails:
    files = [
        HubFile("m-Q4_K_M.gguf", 4_000_000_000, None),
        HubFile("m-Q8_0.gguf", 7_000_000_000, None),
        HubFile("mmproj-m-f16.gguf", 600_000_000, None),
    ]
    return RepoDetails("acme/M-GGUF", "mit", gated, group_files(files))


def test_discover_and_a_repo_page_name_every_control(qtbot, local_network_only):
    calls = HubCalls(lambda: HubClient(endpoint="http://127.0.0.1:9"), offline=True)
    page = DiscoverPage(calls, load_catalog(), memory=lambda: BUDGET)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    try:
        assert unnamed_controls(page) == []
        assert page.search.accessibleName() == "Search the hub"
        assert page.catalog_view.accessibleName() == "Recommended models"
        page.repo.show_details(vision_details(gated=True), BUDGET)
        assert page.repo.choice_view.isVisible() and page.repo.gated.isVisible()
        assert unnamed_controls(page) == []
        # The Vision tag painted by the delegate is in the row's accessible text too.
        first = page.repo.choices.index(0, 0)
        assert "Vision" in first.data(Qt.ItemDataRole.AccessibleTextRole)
    finally:
        finish(qtbot, page)


def test_the_downloads_page_names_each_row_s_buttons(qtbot, tmp_path, local_network_only):
    library = Library(tmp_path / "library.json", tmp_path / "hf_cache", starter=None)
    manager = DownloadManager(
        lambda: HubClient(endpoint="http://127.0.0.1:9"),
        library,
        tmp_path / "hf_cache",
        tmp_path / "downloads_state",
    )
    manager.set_offline(True)  # queued, never started: the row and its buttons stay put
    page = DownloadsPage(manager)
    qtbot.addWidget(page)
    page.resize(700, 400)
    page.show()
    try:
        assert unnamed_controls(page) == []
        choice = vision_details().choices[0]
        key = manager.enqueue("acme/M-GGUF", choice)
        row = page.row(key)
        qtbot.waitUntil(row.isVisible)
        assert unnamed_controls(page) == []
        assert row.pause_button.accessibleName() == f"Pause {choice.name}"
        assert row.cancel_button.accessibleName() == f"Cancel {choice.name}"
    finally:
        manager.shutdown()


# --- the Vision tag right to left ------------------------------------------------------------


class _Spy(QStyledItemDelegate):
    """Records the rect the cell's text is painted in (VisionTagDelegate's super().paint)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.text_rect = QRect(option.rect)
        super().paint(painter, option, index)


class _Recording(VisionTagDelegate, _Spy):
    def _paint_tag(
        self, painter: QPainter, option: QStyleOptionViewItem, area: QRect, compact: bool
    ) -> None:
        self.tag_rect = QRect(area)
        self.cell = QRect(option.rect)
        super()._paint_tag(painter, option, area, compact)


def paint_cell(qtbot, direction: Qt.LayoutDirection) -> _Recording:
    page = RepoPage()
    qtbot.addWidget(page)
    page.setLayoutDirection(direction)
    page.resize(900, 400)
    page.show()
    page.show_details(vision_details(), BUDGET)
    view = page.choice_view
    delegate = _Recording(view)
    view.setItemDelegateForColumn(0, delegate)
    qtbot.waitExposed(page)
    view.viewport().grab(view.visualRect(page.choices.index(0, 0)))  # paints the cell
    return delegate


def test_the_vision_tag_follows_the_text_right_to_left(qtbot):
    ltr = paint_cell(qtbot, Qt.LayoutDirection.LeftToRight)
    rtl = paint_cell(qtbot, Qt.LayoutDirection.RightToLeft)
    # The table mirrors too: the name column is on the right, as wide as left to right.
    assert ltr.cell.width() == rtl.cell.width() and rtl.cell.left() > ltr.cell.left()
    # Left to right: the text from the cell's left edge, the tag after it.
    cell = ltr.cell
    assert ltr.text_rect.left() == cell.left() and ltr.text_rect.right() < cell.right()
    assert ltr.tag_rect.left() > cell.left()
    # Right to left: the text from the right edge, the tag mirrored to the text's left.
    cell = rtl.cell
    assert rtl.text_rect.right() == cell.right() and rtl.text_rect.left() > cell.left()
    assert rtl.tag_rect.right() < cell.right()
    assert rtl.tag_rect.left() - cell.left() == ltr.cell.right() - ltr.tag_rect.right()
    assert rtl.tag_rect.width() == ltr.tag_rect.width()
