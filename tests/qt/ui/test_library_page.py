"""One name for a model everywhere (the Library, the model picker, the status bar), the
loaded model marked in the Library, and "Open model file…" in the toolbar.

Real parts: the app's own App object offscreen, a model in a private Hugging Face cache laid
out as huggingface_hub leaves it, an imported file, the real engine loading both.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyrings import MemoryKeyring

from desktop.app import App
from desktop.core.models import names
from desktop.core.secrets import TokenStore
from desktop.models.library_list import LOADED_BADGE, Role
from desktop.ui import file_dialogs
from desktop.ui.library_page import LibraryPage

REPO = "acme/Tiny-GGUF"


def add_hub_file(cache: Path, repo_id: str, filename: str, source: Path) -> Path:
    """A file in the HF cache as huggingface_hub lays it out; returns the snapshot path."""
    repo = cache / ("models--" + repo_id.replace("/", "--"))
    data = source.read_bytes()
    blob = repo / "blobs" / hashlib.sha256(data).hexdigest()
    blob.parent.mkdir(parents=True)
    blob.write_bytes(data)
    commit = "c" * 40
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    snapshot = repo / "snapshots" / commit / filename
    snapshot.parent.mkdir(parents=True)
    snapshot.symlink_to(os.path.relpath(blob, snapshot.parent))
    return snapshot


@pytest.fixture
def hub_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tiny_model: Path) -> Path:
    cache = tmp_path / "hf_cache"
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    return add_hub_file(cache, REPO, "tiny-Q4_K_M.gguf", tiny_model)


@pytest.fixture
def app(qtbot, hub_model) -> Iterator[App]:
    a = App([], tokens=TokenStore(backend=MemoryKeyring()))
    qtbot.addWidget(a.window)
    with qtbot.waitSignal(a.library_jobs.listed, timeout=20000):
        a.start(load=False)
    yield a
    a.window.close()


def names_in_library(page: LibraryPage, path: Path) -> tuple[str, str, bool]:
    """The row's name, what its Name cell shows, and whether it is marked loaded."""
    index = page.model.index(page.model.row_of(path), 0)
    return index.data(Role.Name), index.data(), index.data(Role.Loaded)


def use(qtbot, app: App, path: Path) -> None:
    # Loaded, then listed again (the library notes when it was used).
    with (
        qtbot.waitSignal(app.library_jobs.listed, timeout=60000),
        qtbot.waitSignal(app.controller.modelLoaded, timeout=60000),
    ):
        app.use_model(str(path))


def test_a_model_has_one_name_everywhere_and_the_library_marks_the_loaded_one(
    qtbot, app, hub_model, tiny_phi3
):
    picker, status = app.window.model_picker, app.window.model_label
    listed = next(m for m in app.library_jobs.models if m.path == hub_model)
    name = names.library_display_name(listed)
    assert name.startswith("Tiny · ")  # the repo's model name and the file's quantization
    assert picker.itemText(picker.findData(str(hub_model))) == name

    use(qtbot, app, hub_model)
    assert picker.currentText() == name
    assert status.text() == name
    page = app.open_models("library").library_page
    assert names_in_library(page, hub_model) == (name, f"{name}   {LOADED_BADGE}", True)
    starter = page.model.row_of(next(m.path for m in page.model.models() if m.source == "starter"))
    starter_index = page.model.index(starter, 0)
    assert starter_index.data() == starter_index.data(Role.Name) == picker.itemText(0)
    assert starter_index.data(Role.Loaded) is False

    # Another model, opened from disk: the mark moves, and the three names agree again.
    with qtbot.waitSignal(app.library_jobs.listed, timeout=20000):
        page.import_paths([tiny_phi3])
    use(qtbot, app, tiny_phi3)
    other, shown, loaded = names_in_library(page, tiny_phi3)
    assert other == "tiny-phi3" == picker.currentText() == status.text()
    assert (shown, loaded) == (f"{other}   {LOADED_BADGE}", True)
    assert names_in_library(page, hub_model) == (name, name, False)
    assert page.model.loaded_row() == page.model.row_of(tiny_phi3)


def test_the_toolbar_opens_a_model_file_by_that_name(qtbot, app, tiny_model, monkeypatch):
    action = app.window.open_file_action
    assert action.text() == "Open model file…"
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(tiny_model))
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
        action.trigger()
    picker = app.window.model_picker
    assert picker.currentData() == str(tiny_model)
    assert picker.currentText() == app.window.model_label.text() == "tiny"
    assert app.window.model_label.toolTip().startswith(str(tiny_model))
