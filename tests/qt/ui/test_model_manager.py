"""The model manager, end to end: search a local hub, a repo page with fit badges, download,
the Library (verified), Use, import, other apps' models, delete or remove, offline with no
socket.

Real parts: the app's own App object offscreen, a HubServer on 127.0.0.1 serving real tiny
GGUF files, the real downloader into a temporary Hugging Face cache, the real library file,
the real engine for Use. Tests wait on signals, never on time.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import socket
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from hubserver import HubServer
from keyrings import MemoryKeyring
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.app import App
from desktop.core import fit
from desktop.core import hub as hub_module
from desktop.core.hub import HubClient
from desktop.core.models.library import LibraryModel
from desktop.core.secrets import TokenStore
from desktop.core.settings import Settings, save_settings
from desktop.models.search_list import RECOMMENDED
from desktop.services.hub_calls import WENT_OFFLINE, HubCalls
from desktop.ui import file_dialogs
from desktop.ui.discover_page import GATED_TEXT, DiscoverPage
from desktop.ui.model_manager import ModelManager

LEFT = Qt.MouseButton.LeftButton
TINY_REPO = "acme/Tiny-GGUF"
SPLIT_PART = b"GGUF" + b"\0" * 300_000  # only listed, never downloaded or loaded


# --- fixtures ---------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def no_unhandled_errors(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """App routes exceptions in slots and workers to the log (and a banner), where pytest-qt
    cannot see them: any error record from Hearth's code fails the test."""
    yield
    records = [r for when in ("setup", "call", "teardown") for r in caplog.get_records(when)]
    errors = [
        "".join(traceback.format_exception(*r.exc_info)) if r.exc_info else r.getMessage()
        for r in records
        if r.levelno >= logging.ERROR and r.name.startswith("desktop")
    ]
    assert errors == []


@pytest.fixture
def hf_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private Hugging Face cache: no test reads or writes ~/.cache."""
    cache = tmp_path / "hf_cache"
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    return cache


@pytest.fixture
def server(
    local_network_only, hf_cache, monkeypatch, tiny_model, tiny_phi3, tiny_no_template
) -> Iterator[HubServer]:
    with HubServer() as hub:
        hub.add_repo(
            TINY_REPO,
            {
                "tiny-Q4_K_M.gguf": tiny_model,
                "tiny-Q8_0.gguf": tiny_phi3,
                "tiny-F16-00001-of-00002.gguf": SPLIT_PART,
                "tiny-F16-00002-of-00002.gguf": SPLIT_PART + b"2",
            },
            card="# Tiny\n\nA tiny test model that answers in gibberish.",
            downloads=100,
            likes=5,
        )
        hub.add_repo(
            "acme/Other-tiny-GGUF",
            {"other-Q4_0.gguf": tiny_no_template},
            downloads=10,
            likes=50,
            last_modified="2025-06-01T00:00:00.000Z",
        )
        hub.add_repo("corp/Gated-tiny-GGUF", {"gated-Q4_K_M.gguf": tiny_model}, gated=True)
        hub.add_repo("acme/tiny-safetensors", {"model.safetensors": b"\0" * 64})
        monkeypatch.setenv("HF_ENDPOINT", hub.url)
        yield hub


def make_app(qtbot, model: Path | None = None) -> App:
    app = App([], tokens=TokenStore(backend=MemoryKeyring()))
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.library_jobs.listed, timeout=20000):
        if model is None:
            app.start(load=False)
        else:
            with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
                app.start(model=str(model))
    return app


@pytest.fixture
def app(qtbot, server) -> Iterator[App]:
    a = make_app(qtbot)
    yield a
    a.window.close()


def open_manager(qtbot, app: App) -> ModelManager:
    """As the person does: Ctrl+M in the main window."""
    app.window.activateWindow()
    qtbot.keyClick(app.window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert app.manager is not None
    qtbot.waitUntil(app.manager.isVisible)
    return app.manager


def search(qtbot, page: DiscoverPage, text: str) -> None:
    page.search.clear()
    with qtbot.waitSignal(page.hub.searchDone, timeout=20000):
        qtbot.keyClicks(page.search, text)  # the debounce timer fires the search


def click_row(qtbot, view, row: int) -> None:
    index = view.model().index(row, 0)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())


def open_result(qtbot, page: DiscoverPage, repo_id: str) -> None:
    row = page.results_model.repo_ids().index(repo_id)
    with qtbot.waitSignal(page.hub.detailsDone, timeout=20000):
        click_row(qtbot, page.results_view, row)


def library_row(app: App, file_name: str) -> LibraryModel | None:
    return next((m for m in app.library_jobs.models if m.file_name == file_name), None)


def wait_listed(qtbot, app: App, check) -> None:
    qtbot.waitUntil(lambda: check(app.library_jobs.models), timeout=20000)


# --- discover ---------------------------------------------------------------------------


def test_manager_opens_from_menu_and_shortcut_with_the_catalog_first(qtbot, app):
    manager = open_manager(qtbot, app)
    assert [manager.tabs.tabText(i) for i in range(3)] == ["Discover", "Downloads", "Library"]
    assert manager.tabs.currentWidget() is manager.discover
    page = manager.discover
    assert page.lists.currentWidget() is page.catalog_view
    assert page.catalog_model.rowCount() >= 10
    repos = [page.catalog_model.row_at(i).entry.repo_id for i in range(10)]
    assert "microsoft/Phi-3-mini-4k-instruct-gguf" in repos
    budget = page.memory()
    for i in range(page.catalog_model.rowCount()):
        row = page.catalog_model.row_at(i)
        badge = page.catalog_model.data(page.catalog_model.index(i, 3))
        expected = fit.plan_for_size(row.entry.approx_size, 4096, budget.ram_available, budget.gpus)
        assert badge == expected.badge
    app.window.pages.show_chat()  # a page of the main window, not a window of its own
    assert not manager.isVisible() and not manager.isWindow()
    app.window.models_action.trigger()  # the Chat menu's Models… (Ctrl+M)
    assert manager.isVisible() and manager.window() is app.window
    assert app.window.models_action.shortcut().toString() == "Ctrl+M"


def test_search_shows_hits_from_the_server_and_sorts(qtbot, app, server):
    page = open_manager(qtbot, app).discover
    search(qtbot, page, "tiny")
    assert page.lists.currentWidget() is page.results_view
    # GGUF repos only, most downloaded first.
    assert page.results_model.repo_ids() == [
        TINY_REPO,
        "acme/Other-tiny-GGUF",
        "corp/Gated-tiny-GGUF",
    ]
    gated_row = page.results_model.repo_ids().index("corp/Gated-tiny-GGUF")
    assert page.results_model.data(page.results_model.index(gated_row, 4)) == "Gated"
    with qtbot.waitSignal(page.hub.searchDone, timeout=20000):
        page.sort.setCurrentIndex(page.sort.findData("likes"))
    assert page.results_model.repo_ids()[0] == "acme/Other-tiny-GGUF"
    sorts = [r.query.get("sort") for r in server.requests_to("/api/models")]
    assert ["downloads"] in sorts and ["likes"] in sorts
    search(qtbot, page, "nothing-like-this")
    assert page.results_model.rowCount() == 0
    assert "Nothing on the hub matches" in page.heading.text()
    qtbot.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.search, Qt.Key.Key_Delete)
    assert page.lists.currentWidget() is page.catalog_view  # an empty box: the catalog again


def test_a_result_for_an_older_query_is_dropped(qtbot, server):
    calls = HubCalls(lambda: HubClient(endpoint=server.url))
    seen: list[str] = []
    calls.searchDone.connect(lambda query, sort, hits: seen.append(query))
    calls.search("acme")
    calls.search("tiny")
    qtbot.waitUntil(lambda: not calls.busy, timeout=20000)
    # Both requests reached the hub; only the latest one's hits came back.
    assert len(server.requests_to("/api/models")) == 2
    assert seen == ["tiny"]
    calls.shutdown()


def test_a_hub_that_never_answers_ends_searching_with_a_sentence(qtbot, app, server, monkeypatch):
    """T11: the hub accepts the connection and never answers: "Searching…" ends, at the
    read timeout, with a sentence on the Discover page."""
    monkeypatch.setattr(hub_module, "READ_TIMEOUT", 1.0)
    server.faults.hang = "silent"
    page = open_manager(qtbot, app).discover
    with qtbot.waitSignal(app.hub.searchFailed, timeout=30000) as failed:
        qtbot.keyClicks(page.search, "tiny")
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert failed.args == ["tiny", "downloads", "The hub stopped answering."]
    assert "Searching" not in page.heading.text()
    assert page.message.isVisible() and page.message.text() == "The hub stopped answering."
    assert not app.hub.offline  # the hub answered the connection: not an unreachable one


def test_calls_stuck_on_a_silent_hub_hold_up_no_other_call(qtbot, server, monkeypatch):
    """Three calls stuck in a read (for an hour) leave the next call free to run at once."""
    monkeypatch.setattr(hub_module, "READ_TIMEOUT", 3600.0)
    with HubServer() as silent:
        silent.faults.hang = "silent"
        endpoint = [silent.url]
        calls = HubCalls(lambda: HubClient(endpoint=endpoint[0]))
        for query in ("a", "b", "c"):
            calls.search(query)
        qtbot.waitUntil(lambda: len(silent.requests) == 3, timeout=20000)
        endpoint[0] = server.url  # the network is fine again
        with qtbot.waitSignal(calls.searchDone, timeout=20000) as done:
            calls.search("tiny")
        assert done.args[0] == "tiny" and done.args[2]
        # Let the stuck calls end here, rather than retry later against a closed port.
        silent.faults.hang = None
        silent.answer_hung()
        qtbot.waitUntil(lambda: not calls.busy, timeout=20000)
        calls.shutdown()


def page_with_memory(qtbot, server, budget: fit.Budget) -> DiscoverPage:
    client = HubClient(endpoint=server.url)
    page = DiscoverPage(HubCalls(lambda: client), [], memory=lambda: budget)
    qtbot.addWidget(page)
    page.show()
    return page


def badges_of(page: DiscoverPage) -> list[str]:
    model = page.repo.choices
    return [model.data(model.index(i, 3)) for i in range(model.rowCount())]


def test_repo_page_groups_files_with_fit_badges_and_the_recommended_choice(qtbot, server):
    sizes = {
        name: f.size for name, f in server.repos[TINY_REPO].files.items() if name.endswith(".gguf")
    }
    q4, q8 = sizes["tiny-Q4_K_M.gguf"], sizes["tiny-Q8_0.gguf"]
    split = sizes["tiny-F16-00001-of-00002.gguf"] + sizes["tiny-F16-00002-of-00002.gguf"]
    page = page_with_memory(qtbot, server, fit.Budget(48 << 30))
    with qtbot.waitSignal(page.hub.detailsDone, timeout=20000):
        page.open_repo(TINY_REPO)
    repo, choices = page.repo, page.repo.choices
    assert choices.rowCount() == 3  # the split model's two parts count as one
    rows = [choices.row_at(i) for i in range(3)]
    assert {r.choice.quantization for r in rows} == {"Q4_K_M", "Q8_0", "F16"}
    split_row = next(r for r in rows if r.choice.is_split)
    assert split_row.choice.size == split
    assert choices.data(choices.index(rows.index(split_row), 0)).endswith("(2 parts)")
    # No GPU and plenty of RAM: each fits on the CPU, and the largest is recommended.
    assert badges_of(page) == ["Fits on CPU"] * 3
    best = max(range(3), key=lambda i: rows[i].choice.size)
    assert rows[best].choice.size == max(q4, q8, split)
    assert choices.data(choices.index(best, 4)) == RECOMMENDED
    assert [choices.data(choices.index(i, 4)) for i in range(3)].count(RECOMMENDED) == 1
    assert repo.selected_choice() == rows[best].choice  # preselected
    assert "apache-2.0" in repo.facts.text()
    assert "tiny test model" in repo.card.text()
    assert repo.gated.isHidden()
    assert repo.download.isEnabled()

    # A GPU with room: the badges say so.
    gpu = fit.Device("CUDA0", "gpu", 24 << 30, 23 << 30)
    with_gpu = page_with_memory(qtbot, server, fit.Budget(48 << 30, (gpu,)))
    with qtbot.waitSignal(with_gpu.hub.detailsDone, timeout=20000):
        with_gpu.open_repo(TINY_REPO)
    assert badges_of(with_gpu) == ["Fits on GPU"] * 3

    # Too little free memory: nothing fits and nothing is recommended.
    tiny_ram = page_with_memory(qtbot, server, fit.Budget(64 << 20))
    with qtbot.waitSignal(tiny_ram.hub.detailsDone, timeout=20000):
        tiny_ram.open_repo(TINY_REPO)
    assert badges_of(tiny_ram) == ["Won't fit"] * 3
    model = tiny_ram.repo.choices
    assert RECOMMENDED not in [model.data(model.index(i, 4)) for i in range(3)]


def test_the_selected_files_header_is_read_with_a_range_for_a_precise_fit(qtbot, server):
    page = page_with_memory(qtbot, server, fit.Budget(48 << 30))
    with qtbot.waitSignal(page.hub.detailsDone, timeout=20000):
        page.open_repo(TINY_REPO, preferred="tiny-Q8_0.gguf")
    with qtbot.waitSignal(page.hub.headerDone, timeout=20000) as got:
        assert page.repo.select_choice("tiny-Q4_K_M.gguf")
    repo_id, filename, info = got.args
    assert (repo_id, filename, info.architecture) == (TINY_REPO, "tiny-Q4_K_M.gguf", "llama")
    ranges = [r.range for r in server.requests_to("/lfs/", "GET")]
    assert "bytes=0-8388607" in ranges  # only the start of the file, never all of it
    text = page.repo.fit_note.text()
    assert text.startswith("From tiny-Q4_K_M.gguf's header: Fits in RAM with a 4,096-token")
    assert "(estimate)" in text
    row = page.repo.choices.row_named("tiny-Q4_K_M.gguf")
    assert page.repo.choices.row_at(row).fit.note in text


def test_gated_repo_says_what_to_do(qtbot, app):
    manager = open_manager(qtbot, app)
    page = manager.discover
    search(qtbot, page, "gated")
    open_result(qtbot, page, "corp/Gated-tiny-GGUF")
    assert page.repo.gated.isVisible()
    assert page.repo.gated_label.text() == GATED_TEXT
    assert "token" in GATED_TEXT and "Settings" in GATED_TEXT and "licence" in GATED_TEXT
    # Downloading anyway (no token) ends in the downloader's sentence, shown on the page.
    with qtbot.waitSignal(app.downloads.failed, timeout=30000) as failed:
        qtbot.mouseClick(page.repo.download, LEFT)
    sentence = failed.args[1]
    assert "gated" in sentence and "licence" in sentence
    assert page.repo.note.text() == sentence
    settings_button = next(
        b for b in page.repo.gated.findChildren(type(page.repo.download)) if "Settings" in b.text()
    )
    qtbot.mouseClick(settings_button, LEFT)  # the Settings page, where the token goes
    assert app.window.pages.current_key() == "settings"
    assert app.settings_page is not None and app.settings_page.isVisible()
    assert app.settings_page.window() is app.window


# --- download, library, use -------------------------------------------------------------


def test_download_from_the_repo_page_then_use_it_in_the_main_window(qtbot, app, hf_cache):
    manager = open_manager(qtbot, app)
    page = manager.discover
    search(qtbot, page, "tiny")
    open_result(qtbot, page, TINY_REPO)
    assert page.repo.select_choice("tiny-Q4_K_M.gguf")
    with qtbot.waitSignal(app.downloads.installed, timeout=60000) as installed:
        qtbot.mouseClick(page.repo.download, LEFT)
        assert "downloading" in page.repo.note.text()
    path = Path(installed.args[1])
    assert path.is_file() and hf_cache in path.parents
    wait_listed(qtbot, app, lambda models: any(m.path == path for m in models))
    assert "downloaded and verified" in page.repo.note.text()

    manager.show_tab("library")
    library = manager.library_page
    assert library.select_path(path)
    row = library.model.row_of(path)
    assert library.model.checked_text(row) == "Verified"
    model = library.selected()
    assert model is not None and model.source == "hub" and model.repo_id == TINY_REPO
    assert model.architecture == "llama" and model.file_name == "tiny-Q4_K_M.gguf"
    picker = app.window.model_picker
    assert picker.findData(str(path)) >= 0  # the main window's picker lists it too

    with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000) as loaded:
        qtbot.mouseClick(library.use_button, LEFT)
    assert Path(loaded.args[0].path) == path
    assert picker.currentData() == str(path)
    assert app.window.model_label.text() == picker.currentText()  # one name everywhere
    assert "tiny-Q4_K_M.gguf" in app.window.model_label.toolTip()
    # Library.mark_used: the row says when it was last used.
    wait_listed(qtbot, app, lambda models: library_row(app, "tiny-Q4_K_M.gguf").last_used)
    app.library_jobs.refresh()
    qtbot.waitUntil(
        lambda: library.model.data(library.model.index(library.model.row_of(path), 8)) != "Never",
        timeout=20000,
    )


def test_import_a_local_file_in_place(qtbot, app, tiny_phi3, tmp_path, monkeypatch):
    manager = open_manager(qtbot, app)
    manager.show_tab("library")
    library = manager.library_page
    own = tmp_path / "mine" / "my-model.Q8_0.gguf"
    own.parent.mkdir()
    shutil.copyfile(tiny_phi3, own)
    bad = tmp_path / "mine" / "not-a-model.gguf"
    bad.write_bytes(b"this is not a GGUF file at all" * 10)
    monkeypatch.setattr(file_dialogs, "open_files", lambda *a, **k: [str(own), str(bad)])
    progress: list[tuple[int, int]] = []
    app.library_jobs.hashProgress.connect(
        # The starter is hashed too (once a session): only this file's progress counts.
        lambda path, done, total: progress.append((done, total)) if str(path) == str(own) else None
    )
    with qtbot.waitSignals(
        [app.library_jobs.importFailed, app.library_jobs.verified], timeout=30000
    ):
        qtbot.mouseClick(library.import_button, LEFT)
    qtbot.waitUntil(lambda: library.model.row_of(own) >= 0, timeout=20000)
    row = library.model.row_of(own)
    model = library.model.model_at(row)
    assert model.source == "imported" and model.path == own  # used in place, never copied
    qtbot.waitUntil(lambda: library.model.checked_text(row) == "Verified", timeout=20000)
    assert progress and progress[-1][0] == progress[-1][1] == own.stat().st_size
    assert library.banner.isVisible() and "not-a-model.gguf" in library.banner.label.text()
    assert library.model.row_of(bad) < 0
    assert sorted(p.name for p in own.parent.iterdir()) == [
        "my-model.Q8_0.gguf",
        "not-a-model.gguf",
    ]
    # Show in folder opens the file's folder in the person's file manager.
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    assert library.select_path(own)
    qtbot.mouseClick(library.folder_button, LEFT)
    assert opened == [str(own.parent)]


def test_models_from_other_apps_are_offered_and_added_in_place(
    qtbot, app, tiny_model, tiny_no_template, tmp_path, monkeypatch
):
    home = tmp_path / "home"
    lm = home / ".lmstudio" / "models" / "lmstudio-community" / "Tiny-GGUF" / "tiny-Q4_0.gguf"
    cpp = home / ".cache" / "llama.cpp" / "tiny-base-Q8_0.gguf"
    for target, source in ((lm, tiny_model), (cpp, tiny_no_template)):
        target.parent.mkdir(parents=True)
        shutil.copyfile(source, target)
    (home / ".lmstudio" / "models" / "notes.gguf").write_bytes(b"not a gguf")
    monkeypatch.setenv("HOME", str(home))
    for var in ("LLAMA_CACHE", "OLLAMA_MODELS", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        monkeypatch.delenv(var, raising=False)
    manager = open_manager(qtbot, app)
    manager.show_tab("library")
    library = manager.library_page
    with qtbot.waitSignal(app.library_jobs.found, timeout=20000) as found:
        qtbot.mouseClick(library.find_button, LEFT)
    assert sorted(f.path for f in found.args[0]) == sorted([lm, cpp])
    dialog = library.found_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.list.count() == 2
    apps = sorted(dialog.list.item(i).text().split("  ·  ")[1] for i in range(2))
    assert apps == ["LM Studio", "llama.cpp"]
    # Untick the llama.cpp one: only the LM Studio file is added.
    for i in range(2):
        item = dialog.list.item(i)
        if "llama.cpp" in item.text():
            item.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.checked_paths() == [lm]
    with qtbot.waitSignal(app.library_jobs.imported, timeout=20000):
        qtbot.mouseClick(dialog.add_button, LEFT)
    wait_listed(qtbot, app, lambda models: any(m.path == lm for m in models))
    assert not any(m.path == cpp for m in app.library_jobs.models)
    assert library_row(app, "tiny-Q4_0.gguf").source == "imported"
    assert lm.is_file() and sorted(lm.parent.iterdir()) == [lm]  # in place: nothing copied
    # Asking again offers only what is not in the library yet.
    with qtbot.waitSignal(app.library_jobs.found, timeout=20000) as again:
        qtbot.mouseClick(library.find_button, LEFT)
    assert [f.path for f in again.args[0]] == [cpp]


def confirm_remove(qtbot, library, accept: bool = True) -> str:
    """Click the row's Delete… / Remove from library… button and answer the box; its text."""
    qtbot.mouseClick(library.delete_button, LEFT)
    box = library.confirm_box
    assert box is not None and box.isVisible()
    text = box.text()
    button = QMessageBox.StandardButton.Yes if accept else QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(box.button(button), LEFT)
    return text


def add_other_tools_file(cache: Path, repo_id: str, filename: str, data: bytes) -> Path:
    """A file another tool put in the shared HF cache (huggingface_hub's layout)."""
    repo = cache / ("models--" + repo_id.replace("/", "--"))
    commit = "a" * 40
    blob = repo / "blobs" / hashlib.sha256(data).hexdigest()
    link = repo / "snapshots" / commit / filename
    blob.parent.mkdir(parents=True)
    link.parent.mkdir(parents=True)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    blob.write_bytes(data)
    link.symlink_to(os.path.relpath(blob, link.parent))
    return link


def test_remove_an_imported_file_keeps_it_on_disk(qtbot, app, tiny_phi3, tmp_path):
    manager = open_manager(qtbot, app)
    manager.show_tab("library")
    library = manager.library_page
    own = tmp_path / "mine" / "my-model.Q8_0.gguf"
    own.parent.mkdir()
    shutil.copyfile(tiny_phi3, own)
    data = own.read_bytes()
    with qtbot.waitSignal(
        app.library_jobs.verified, timeout=30000, check_params_cb=lambda p, _: p == str(own)
    ):
        library.import_paths([own])
    wait_listed(qtbot, app, lambda ms: own in {m.path for m in ms})

    assert library.select_path(own)
    label = library.delete_button.text()
    # The line as the removal is told (connected after the page's own slot, so it runs right
    # after it): a later job, such as the starter's check finishing, may replace the line.
    told: list[str] = []
    app.library_jobs.forgotten.connect(lambda _path: told.append(library.activity.text()))
    with qtbot.waitSignal(app.library_jobs.forgotten, timeout=20000):
        text = confirm_remove(qtbot, library)
    wait_listed(qtbot, app, lambda ms: own not in {m.path for m in ms})
    assert library.model.row_of(own) < 0
    assert own.is_file(), "removing an imported model must not delete the person's file"
    assert own.read_bytes() == data
    assert label == "Remove from library…"
    assert f"The file stays on disk at {own}" in text
    assert "is deleted" not in text
    assert len(told) == 1 and "stays" in told[0]


def download(qtbot, app: App, manager: ModelManager, name: str) -> Path:
    """As the person does: Discover, the repo, the file, Download; the installed path."""
    manager.show_tab("discover")
    page = manager.discover
    search(qtbot, page, "tiny")
    open_result(qtbot, page, TINY_REPO)
    assert page.repo.select_choice(name)
    with qtbot.waitSignal(app.downloads.installed, timeout=60000) as installed:
        qtbot.mouseClick(page.repo.download, LEFT)
    manager.show_tab("library")
    return Path(installed.args[1])


def test_delete_removes_hearths_download_and_only_hides_another_tools_file(
    qtbot, app, hf_cache, tiny_phi3
):
    # Another tool downloaded one file of the repo into the shared cache.
    theirs = add_other_tools_file(hf_cache, TINY_REPO, "tiny-Q8_0.gguf", tiny_phi3.read_bytes())
    blob = theirs.resolve()
    app.library_jobs.refresh()
    wait_listed(qtbot, app, lambda ms: theirs in {m.path for m in ms})
    manager = open_manager(qtbot, app)
    manager.show_tab("library")
    library = manager.library_page

    # Not Hearth's download: removed from the list, never from the disk.
    assert library.select_path(theirs)
    assert library.delete_button.text() == "Remove from library…"
    text = confirm_remove(qtbot, library)
    wait_listed(qtbot, app, lambda ms: theirs not in {m.path for m in ms})
    assert theirs.is_symlink() and blob.read_bytes() == tiny_phi3.read_bytes()
    assert f"The file stays on disk at {theirs}" in text
    assert "is deleted" not in text
    # Asked for again with Hearth's downloader: it is in the cache already, so it is listed
    # again at once, and it is still not Hearth's download.
    assert download(qtbot, app, manager, "tiny-Q8_0.gguf") == theirs
    wait_listed(qtbot, app, lambda ms: theirs in {m.path for m in ms})
    assert library.select_path(theirs)
    assert library.delete_button.text() == "Remove from library…"

    # Hearth's own download: deleted from the disk.
    ours = download(qtbot, app, manager, "tiny-Q4_K_M.gguf")
    wait_listed(qtbot, app, lambda ms: ours in {m.path for m in ms})
    assert library.select_path(ours)
    assert library.delete_button.text() == "Delete…"
    with qtbot.waitSignal(app.library_jobs.deleted, timeout=20000):
        text = confirm_remove(qtbot, library)
    assert "deleted from the Hugging Face cache" in text
    assert not ours.exists()
    wait_listed(qtbot, app, lambda ms: ours not in {m.path for m in ms})
    assert theirs.is_symlink() and blob.read_bytes() == tiny_phi3.read_bytes()


def test_remove_refuses_the_loaded_model_and_the_starter(qtbot, server, tiny_model, tmp_path):
    app = make_app(qtbot, tiny_model)  # the engine has tiny_model open
    try:
        loaded = tmp_path / "loaded.gguf"
        shutil.copyfile(tiny_model, loaded)
        with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
            app.load_model(str(loaded))
        manager = open_manager(qtbot, app)
        manager.show_tab("library")
        library = manager.library_page
        library.import_paths([loaded])
        wait_listed(qtbot, app, lambda ms: loaded in {m.path for m in ms})

        assert library.select_path(loaded)
        confirm_remove(qtbot, library, accept=False)  # Cancel: nothing happens
        with qtbot.waitSignal(app.library_jobs.forgetFailed, timeout=20000) as refused:
            confirm_remove(qtbot, library)
        assert loaded.is_file()
        assert library.banner.isVisible()
        assert library.banner.label.text() == refused.args[1]
        assert "in use" in refused.args[1]  # a sentence, from LibraryError
        assert library.model.row_of(loaded) >= 0
        starter = next(m for m in app.library_jobs.models if m.source == "starter")
        assert library.select_path(starter.path)
        assert not library.delete_button.isEnabled()  # the built-in model stays
    finally:
        app.window.close()


# --- offline ----------------------------------------------------------------------------


class InternetConnects:
    """Records every socket.connect to an IP address while armed (an audit hook, which
    sees connections made by any library, huggingface_hub and httpx included)."""

    _armed: InternetConnects | None = None
    _installed = False

    def __init__(self) -> None:
        self.seen: list[object] = []

    @classmethod
    def _hook(cls, event: str, args: tuple[object, ...]) -> None:
        if event == "socket.connect" and cls._armed is not None:
            address = args[1]
            if isinstance(address, tuple):  # (host, port[, ...]): IPv4 or IPv6, not AF_UNIX
                cls._armed.seen.append(address)

    def __enter__(self) -> InternetConnects:
        if not InternetConnects._installed:
            sys.addaudithook(InternetConnects._hook)  # cannot be removed: armed per test
            InternetConnects._installed = True
        InternetConnects._armed = self
        return self

    def __exit__(self, *exc: object) -> None:
        InternetConnects._armed = None


def test_the_audit_hook_sees_a_connection(server):
    with InternetConnects() as connects, socket.create_connection(("127.0.0.1", server.port)):
        pass
    assert connects.seen and connects.seen[0][1] == server.port


def test_offline_mode_opens_no_socket(qtbot, server, tiny_model):
    save_settings(Settings(offline=True))
    with InternetConnects() as connects:
        app = make_app(qtbot)
        try:
            manager = open_manager(qtbot, app)
            assert manager.banner.isVisible()
            assert "offline" in manager.banner.label.text()
            page = manager.discover
            assert page.catalog_model.rowCount() > 0  # the catalog is local
            with qtbot.waitSignal(app.hub.searchFailed, timeout=5000) as failed:
                qtbot.keyClicks(page.search, "tiny")
                qtbot.keyClick(page.search, Qt.Key.Key_Return)
            assert "offline" in failed.args[2]
            # Said once: the banner (with its Settings…), not again under the search.
            assert manager.banner.label.text() == failed.args[2]
            assert page.message.isHidden()
            shown = [w for w in manager.findChildren(QLabel) if w.isVisible()]
            assert [w for w in shown if failed.args[2] in w.text()] == [manager.banner.label]
            with qtbot.waitSignal(app.hub.detailsFailed, timeout=5000):
                click_row(qtbot, page.catalog_view, 0)
            assert "offline" in page.repo.status.text()
            manager.show_tab("downloads")
            manager.show_tab("library")
            assert manager.library_page.model.rowCount() >= 1  # the starter at least
            # Chat keeps working: a local model loads.
            with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
                app.load_model(str(tiny_model))
            with qtbot.waitSignal(app.library_jobs.listed, timeout=20000):
                app.library_jobs.refresh()
        finally:
            app.window.close()
    assert connects.seen == []
    assert server.requests == []
    assert app.downloads.offline


def test_the_offline_sentence_is_said_once_on_every_search(qtbot, local_network_only):
    save_settings(Settings(offline=True))
    app = make_app(qtbot)
    try:
        manager = open_manager(qtbot, app)
        page = manager.discover
        sentence = app.hub.offline_reason

        def saying() -> list[QLabel]:
            shown = [w for w in manager.findChildren(QLabel) if w.isVisible()]
            return [w for w in shown if sentence in w.text()]

        assert saying() == [manager.banner.label]
        qtbot.keyClicks(page.search, "no-such-model")  # offline: filters as one types
        assert page.heading.text() == "No recommended model matches “no-such-model”."
        assert saying() == [manager.banner.label]
        page.search.clear()
        qtbot.keyClicks(page.search, "llama")
        assert page.catalog_model.rowCount() > 0 and saying() == [manager.banner.label]
        # Dismissed, the banner no longer says it: Discover's own line does, once.
        qtbot.mouseClick(manager.banner.close_button, LEFT)
        page.search.clear()
        qtbot.keyClicks(page.search, "llama")
        assert saying() == [page.message]
    finally:
        app.window.close()


def test_an_unreachable_hub_turns_offline_for_the_session_with_retry(
    qtbot, local_network_only, hf_cache, monkeypatch
):
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now: connections are refused
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}")
    app = make_app(qtbot)
    listener = socket.socket()
    try:
        manager = open_manager(qtbot, app)
        assert manager.banner.isHidden()
        page = manager.discover
        with qtbot.waitSignal(app.hub.offlineChanged, timeout=20000) as went:
            qtbot.keyClicks(page.search, "tiny")
            qtbot.keyClick(page.search, Qt.Key.Key_Return)
        assert went.args == [True, WENT_OFFLINE]
        assert app.hub.offline and app.downloads.offline
        assert manager.banner.isVisible() and manager.banner.label.text() == WENT_OFFLINE
        assert manager.banner.action.text() == "Retry"
        qtbot.waitUntil(lambda: page.message.text() == WENT_OFFLINE, timeout=20000)
        assert page.message.isHidden()  # the banner says it, with Retry: said once
        assert not app.settings.offline  # a state of this session, not a setting

        # Retry while still unreachable: stays offline.
        with qtbot.waitSignal(app.hub.offlineChanged, timeout=20000) as still:
            qtbot.mouseClick(manager.banner.action, LEFT)
        assert still.args[0] is True and manager.banner.isVisible()
        # The network is back: Retry turns Hearth online again.
        listener.bind(("127.0.0.1", port))
        listener.listen()
        with qtbot.waitSignal(app.hub.offlineChanged, timeout=20000) as back:
            qtbot.mouseClick(manager.banner.action, LEFT)
        assert back.args == [False, ""]
        assert not app.hub.offline and not app.downloads.offline
        assert manager.banner.isHidden()
    finally:
        app.window.close()
        listener.close()


def test_the_starter_is_checked_against_its_wheel_record_once(qtbot, app):
    from desktop.core import paths

    manager = open_manager(qtbot, app)
    manager.show_tab("library")
    library = manager.library_page
    starter = paths.starter_model_path()
    qtbot.waitUntil(lambda: library.model.row_of(starter) >= 0, timeout=20000)
    row = library.model.row_of(starter)
    assert library.model.model_at(row).name == paths.STARTER_LABEL
    qtbot.waitUntil(lambda: library.model.checked_text(row) == "Verified", timeout=20000)


def test_closing_the_window_mid_download_pauses_cleanly_every_time(
    qtbot, server, tiny_model, starter
):
    """T7: the window closes while a download streams and a model is loaded: every worker
    thread ends, the engine child is reaped, the partial is kept and resumes next time."""
    import threading

    from processes import process_gone

    from desktop.core.models.partials import partial_downloads
    from desktop.core.paths import downloads_state_dir, hf_cache_dir
    from desktop.services.download_queue import THREAD_PREFIX

    server.add_repo("acme/Big-GGUF", {"big-Q4_1.gguf": starter})
    server.faults.stall_timeout = 60.0
    choice = HubClient(endpoint=server.url).repo_details("acme/Big-GGUF").choices[0]
    done_before = 0
    for _ in range(5):
        server.rearm_stall()
        server.faults.stall_after = 2 << 20
        app = make_app(qtbot, model=tiny_model)
        key = app.downloads.enqueue("acme/Big-GGUF", choice)
        assert server.stalled.wait(20)
        child = app.controller.worker.engine_pid()
        assert child is not None
        app.window.close()
        assert not app.controller._thread.isRunning()
        assert [t.name for t in threading.enumerate() if t.name.startswith(THREAD_PREFIX)] == []
        assert process_gone(child)
        assert app.downloads.item(key).state == "paused"
        (partial,) = partial_downloads(downloads_state_dir(), hf_cache_dir())
        assert partial.done >= done_before, "a close lost downloaded bytes"
        done_before = partial.done
        server.release()
    app = make_app(qtbot)
    app.downloads.resume(key)
    with qtbot.waitSignal(app.downloads.installed, timeout=60000):
        pass
    assert partial_downloads(downloads_state_dir(), hf_cache_dir()) == []
    app.window.close()


def test_badges_take_in_the_gpus_once_the_probes_answer(qtbot, app):
    from desktop.core.hardware import Gpu, Machine

    manager = open_manager(qtbot, app)
    page = manager.discover
    assert page.memory().gpus == ()  # this machine: no GPU
    before = {page.catalog_model.data(page.catalog_model.index(i, 3)) for i in range(10)}
    assert "Fits on GPU" not in before
    big = Gpu("nvidia", "RTX 6000 Ada", 48 << 30, 47 << 30, False, "nvidia-smi")
    machine = Machine("cpu", 8, 16, 64 << 30, 60 << 30, (big,), ())
    app.hardware.machine = machine  # as the probes' thread leaves it
    app.hardware.machineFound.emit(machine)
    after = [page.catalog_model.data(page.catalog_model.index(i, 3)) for i in range(10)]
    assert after == ["Fits on GPU"] * 10
