"""Settings → Knowledge with the real KnowledgeService: a temporary folder of Markdown files
indexed on the worker (BM25 without an embedder, and the window says why), picked up again
when a file is added (the watch), paused and resumed, removed; and a real embedder chosen,
which turns search by meaning on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from embedder_gguf import embedder_for
from english_plurals import english
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.documents.index import KnowledgeIndex
from desktop.core.settings import load_settings
from desktop.engine.knowledge_embedder import NO_EMBEDDER
from desktop.services.knowledge import IDLE, LOADING, PAUSED, KnowledgeService
from desktop.services.preferences import Preferences
from desktop.ui import file_dialogs
from desktop.ui.knowledge_settings import NONE_LABEL, KnowledgeSettings

LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 20_000
FILES = {
    "falcon.md": "# Falcon\n\nThe launch of project Falcon is on the ninth of March.\n",
    "garden.md": "# Garden\n\nTomatoes need sun and water every morning.\n",
    "budget.md": "# Budget\n\nThe budget is forty thousand euros for the year.\n",
}


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(tmp_path / "settings.json")


@pytest.fixture
def service(prefs: Preferences, tmp_path: Path) -> Iterator[KnowledgeService]:
    knowledge = KnowledgeService(prefs, index_path=tmp_path / "knowledge.sqlite3")
    yield knowledge
    knowledge.shutdown()


@pytest.fixture
def plurals(tmp_path: Path) -> Iterator[None]:
    """English's plural forms, as the window loads them (hearth_en.qm)."""
    sources = [
        "Indexed %n changed file(s).",
        "Indexing {done} of %n file(s) — {current}",
        "Paused at {done} of %n file(s) — {current}",
    ]
    with english(tmp_path, [("KnowledgeSettings", source) for source in sources]):
        yield


def files_shown(widget: KnowledgeSettings) -> str:
    item = widget.folders.topLevelItem(0)
    return item.text(1) if item is not None else ""


def test_a_folder_is_indexed_watched_paused_and_removed(
    plurals: None,
    qtbot: QtBot,
    service: KnowledgeService,
    prefs: Preferences,
    notes: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    widget = KnowledgeSettings(service)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.embedder.currentText() == NONE_LABEL
    service.start()
    assert service.vectors == (False, NO_EMBEDDER)  # offline first launch: words only
    assert widget.vectors_line.text().startswith("No embedding model is set: search uses words")

    monkeypatch.setattr(file_dialogs, "directory", lambda *a, **k: str(notes))
    with qtbot.waitSignal(service.state_changed, timeout=WAIT_MS):  # indexing begins
        qtbot.mouseClick(widget.add_button, LEFT)
    assert load_settings(prefs.path).knowledge_folders == (str(notes),)
    qtbot.waitUntil(lambda: service.state == IDLE and files_shown(widget) == "3", timeout=WAIT_MS)
    row = widget.folders.topLevelItem(0)
    assert [row.text(c) for c in range(4)] == [str(notes), "3", "3", "0"]
    assert widget.progress_line.text() == "Indexed 3 changed files."
    [found] = service.search("When is the launch of Falcon?", k=1)
    assert (found.name, found.locator) == ("falcon.md", "Falcon")
    assert found.path == str(notes / "falcon.md")

    # A file added to the folder is found by the watch and indexed on its own.
    (notes / "travel.md").write_text("# Travel\n\nThe train to Lyon leaves at nine.\n")
    qtbot.waitUntil(lambda: files_shown(widget) == "4", timeout=WAIT_MS)
    assert service.search("train Lyon")[0].name == "travel.md"

    # Pause holds the next run until Resume; nothing is lost.
    qtbot.mouseClick(widget.pause_button, LEFT)
    assert service.paused and widget.pause_button.text() == "Resume"
    (notes / "late.md").write_text("# Late\n\nA note written while paused.\n")
    qtbot.mouseClick(widget.reindex_button, LEFT)
    qtbot.waitUntil(lambda: service.state == PAUSED, timeout=WAIT_MS)
    assert widget.progress_line.text().startswith("Paused")
    assert files_shown(widget) == "4"  # held before the first file
    with qtbot.waitSignal(service.state_changed, timeout=WAIT_MS, check_params_cb=_idle):
        qtbot.mouseClick(widget.pause_button, LEFT)
    qtbot.waitUntil(lambda: files_shown(widget) == "5", timeout=WAIT_MS)

    widget.folders.setCurrentItem(widget.folders.topLevelItem(0))
    with qtbot.waitSignal(service.folders_changed, timeout=WAIT_MS):
        qtbot.mouseClick(widget.remove_button, LEFT)
    assert widget.folders.topLevelItemCount() == 0
    assert load_settings(prefs.path).knowledge_folders == ()
    qtbot.waitUntil(lambda: service.search("Falcon launch") == [], timeout=WAIT_MS)
    assert all((notes / name).is_file() for name in FILES)  # the files stay


def test_folders_added_and_removed_by_the_command_line_are_taken_in_at_start(
    qtbot: QtBot, prefs: Preferences, notes: Path, tmp_path: Path
) -> None:
    other, added = tmp_path / "other", tmp_path / "added"
    other.mkdir()
    added.mkdir()
    (added / "cli.md").write_text("# CLI\n\nAdded from the command line.\n")
    prefs.set_knowledge_folders([str(notes), str(other)])
    index = KnowledgeIndex(tmp_path / "knowledge.sqlite3")  # as `hearth knowledge` leaves it
    index.add_folder(notes)
    index.add_folder(added)  # by `hearth knowledge add`; other: removed by `rm`
    index.close()
    service = KnowledgeService(prefs, index_path=tmp_path / "knowledge.sqlite3", watch=False)
    try:
        with qtbot.waitSignal(prefs.knowledgeFoldersChanged, timeout=WAIT_MS):
            service.start()
        assert prefs.knowledge_folders == (str(notes), str(added))
        qtbot.waitUntil(lambda: [f.files for f in service.folders()] == [3, 1], timeout=WAIT_MS)
        assert service.search("command line")[0].name == "cli.md"
    finally:
        service.shutdown()


def _idle(state: str) -> bool:
    return state == IDLE


def _loaded(on: bool, why: str) -> bool:
    return why != LOADING


@pytest.fixture(scope="module")
def embedder(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return embedder_for(request.config, tmp_path_factory)


def test_choosing_an_embedder_turns_search_by_meaning_on(
    qtbot: QtBot, service: KnowledgeService, prefs: Preferences, notes: Path, embedder: Path
) -> None:
    prefs.set_knowledge_folders([str(notes)])
    widget = KnowledgeSettings(service)
    qtbot.addWidget(widget)
    service.start()
    qtbot.waitUntil(lambda: files_shown(widget) == "3", timeout=WAIT_MS)
    question = "How should I look after my vegetable plants?"  # no word of garden.md
    assert service.search(question) == []
    assert service.embed(["x"]) is None

    with qtbot.waitSignal(service.vectors_changed, timeout=60_000, check_params_cb=_loaded) as on:
        service.set_embedding_model(str(embedder))
        assert widget.vectors_line.text() == LOADING  # until the engine child has it
    assert on.args == [True, ""]
    assert widget.vectors_line.text() == "Search uses words and meaning."
    assert load_settings(prefs.path).embedding_model == str(embedder)
    widget.show_embedders()
    assert widget.embedder.currentData() == str(embedder)
    # The passages indexed without vectors are embedded in the background.
    qtbot.waitUntil(lambda: bool(service.search(question)), timeout=60_000)
    assert service.search(question, k=1)[0].name == "garden.md"

    # Words only again: the sentence says why.
    with qtbot.waitSignal(service.vectors_changed, timeout=WAIT_MS) as off:
        widget.embedder.setCurrentIndex(0)
        widget.embedder.activated.emit(0)
    assert off.args == [False, NO_EMBEDDER]
    assert service.embed(["x"]) is None
