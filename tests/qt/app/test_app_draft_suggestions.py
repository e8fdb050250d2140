"""The real App offers the library's draft models for the model it loads: a smaller file with
the same vocabulary appears in the parameters panel's draft choice; others do not."""

from __future__ import annotations

from pathlib import Path

from ggufgen import TinySpec, phi3_spec, write_tiny_model
from keyrings import MemoryKeyring
from pytestqt.qtbot import QtBot

from desktop.app import App
from desktop.core.secrets import TokenStore
from desktop.core.settings import Settings, save_settings


def test_a_loaded_model_gets_the_library_drafts_that_fit_it(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "models"
    folder.mkdir()
    model = write_tiny_model(
        folder / "big.gguf", TinySpec(n_embd=256, n_ff=1024, n_layers=4, name="big")
    )
    small = write_tiny_model(folder / "small.gguf", TinySpec(seed=7, name="small"))
    write_tiny_model(folder / "other.gguf", phi3_spec())  # another vocabulary
    save_settings(Settings(model_folders=(str(folder),)))
    app = App([], tokens=TokenStore(backend=MemoryKeyring()))
    qtbot.addWidget(app.window)
    app.start(load=False)
    listed = {str(model), str(small)}
    qtbot.waitUntil(lambda: listed <= {str(m.path) for m in app.library_jobs.models}, timeout=20000)
    box = app.window.params.load_options.draft
    with qtbot.waitSignal(app.drafts.found, timeout=60000):
        app.load_model(str(model))
    offered = [box.itemData(i) for i in range(box.count())]
    assert offered == ["", str(small)]  # "None", then the one that can draft
    app.window.close()
