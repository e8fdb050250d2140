"""LibraryJobs marks a model used when it loads, and the Library shows it (the starter too,
which loads at every start), through a real App and the real engine."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.app import App
from desktop.models.library_list import COLUMNS, Role

LAST_USED = COLUMNS.index("Last used")


def last_used_shown(app: App, source: str) -> str:
    """The Library page's "Last used" cell for the model from source."""
    assert app.manager is not None
    table = app.manager.library_page.model
    for row in range(table.rowCount()):
        model = table.data(table.index(row, 0), Role.Model)
        if model.source == source:
            return str(table.data(table.index(row, LAST_USED), Qt.ItemDataRole.DisplayRole))
    return ""


def test_the_starter_shows_when_it_was_last_used(qtbot, starter):
    """Bug 3: the Library showed the starter as "Last used: Never" though it loads at every
    start (the mark was skipped while the first listing was still on its way)."""
    app = App([])
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
        app.start()  # the starter, as a first start does
    app.open_models("library")
    try:
        qtbot.waitUntil(lambda: last_used_shown(app, "starter").startswith("Today"), timeout=10000)
        starter_row = next(m for m in app.library_jobs.models if m.source == "starter")
        assert starter_row.last_used is not None
    finally:
        app.window.close()


def test_an_imported_model_is_marked_and_a_file_from_disk_is_not(qtbot, tiny_model, tmp_path):
    imported = tmp_path / "imported.gguf"
    shutil.copy(tiny_model, imported)
    app = App([])
    qtbot.addWidget(app.window)
    app.start(load=False)
    app.open_models("library")
    with qtbot.waitSignal(app.library_jobs.imported, timeout=10000):
        app.library_jobs.import_files([imported])
    assert last_used_shown(app, "imported") in ("Never", "")
    with (
        qtbot.waitSignal(app.library_jobs.listed, timeout=60000),
        qtbot.waitSignal(app.controller.modelLoaded, timeout=60000),
    ):
        app.load_model(str(imported))
    qtbot.waitUntil(lambda: last_used_shown(app, "imported").startswith("Today"), timeout=10000)
    # A file opened from disk (not in the library) loads without joining the library.
    with (
        qtbot.waitSignal(app.library_jobs.listed, timeout=60000),
        qtbot.waitSignal(app.controller.modelLoaded, timeout=60000),
    ):
        app.load_model(str(tiny_model))
    assert [m.path for m in app.library_jobs.models if m.source == "imported"] == [imported]
    assert Path(tiny_model) not in [m.path for m in app.library_jobs.models]
    app.window.close()


def test_set_folders_lists_the_models_in_them(qtbot, tiny_model, tmp_path):
    folder = tmp_path / "shelf"
    folder.mkdir()
    shutil.copy(tiny_model, folder / "Shelf-Q8_0.gguf")
    app = App([])
    qtbot.addWidget(app.window)
    app.start(load=False)
    try:

        def rows() -> list:
            return [(m.path, m.source) for m in app.library_jobs.models if m.source != "starter"]

        app.library_jobs.set_folders([str(folder)])
        qtbot.waitUntil(lambda: rows() == [(folder / "Shelf-Q8_0.gguf", "folder")], timeout=30000)
        # Preferences tells the jobs: a folder chosen in Settings is listed at the next start.
        app.preferences.set_model_folders([str(folder)])
    finally:
        app.window.close()
    again = App([])
    qtbot.addWidget(again.window)
    try:
        with qtbot.waitSignal(again.library_jobs.listed, timeout=30000) as listed:
            again.start(load=False)  # the first listing already has it
        assert [m.source for m in listed.args[0] if m.source == "folder"] == ["folder"]
    finally:
        again.window.close()
