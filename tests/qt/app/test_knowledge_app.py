"""Knowledge in the real App: the service is made only after the first frame, an embedding
model in a model folder is offered in Settings → Knowledge and not in the chat's picker,
and closing the window ends the knowledge worker."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from embedder_gguf import embedder_for
from pytestqt.qtbot import QtBot

from desktop.app import App
from desktop.core.settings import Settings, save_settings


@pytest.fixture(scope="module")
def embedder(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return embedder_for(request.config, tmp_path_factory)


def test_embedders_go_to_knowledge_not_to_the_chat_picker(
    qtbot: QtBot, tmp_path: Path, embedder: Path, tiny_model: Path
) -> None:
    models = tmp_path / "models"
    models.mkdir()
    shutil.copy(embedder, models / "all-MiniLM-L6-v2-f16.gguf")
    shutil.copy(tiny_model, models / "tiny-chat.gguf")
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "plan.md").write_text("# Plan\n\nThe launch is in March.\n", encoding="utf-8")
    save_settings(
        dataclasses.replace(
            Settings(), model_folders=(str(models),), knowledge_folders=(str(notes),)
        )
    )
    app = App([])
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.library_jobs.listed, timeout=30_000):
        app.start(load=False)
        assert app._knowledge is None  # nothing of it before the first frame
    picker = app.window.model_picker
    assert picker.findData(str(models / "tiny-chat.gguf")) >= 0
    assert picker.findData(str(models / "all-MiniLM-L6-v2-f16.gguf")) < 0
    qtbot.waitUntil(lambda: app._knowledge is not None, timeout=30_000)
    knowledge = app.knowledge
    qtbot.waitUntil(lambda: [f.files for f in knowledge.folders()] == [1], timeout=30_000)

    page = app.open_settings_page()
    assert page.knowledge is not None
    combo = page.knowledge.embedder
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == ["", str(models / "all-MiniLM-L6-v2-f16.gguf")]
    assert page.knowledge.folders.topLevelItem(0).text(0) == str(notes)

    app.window.close()
    assert knowledge._thread is None  # the worker ended with the window
