"""The Model group's load choices: KV cache types, speculative decoding and the draft model
reach the Reload request; through a real App, the real engine and the settings file, a
q8_0 cache is what the engine loads, what is remembered and what the next start uses."""

from __future__ import annotations

import json
from pathlib import Path

from a11y_walk import unnamed_controls
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.app import App
from desktop.core.paths import starter_model_path
from desktop.core.settings import load_settings, settings_path
from desktop.core.types import LoadParams
from desktop.ui.load_options import ReloadRequest
from desktop.ui.params_panel import ParamsPanel

LEFT = Qt.MouseButton.LeftButton


def _choose(box, word: str) -> None:
    index = box.findData(word)
    assert index >= 0, word
    box.setCurrentIndex(index)


def _panel(qtbot) -> ParamsPanel:
    panel = ParamsPanel()
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_choosing_q8_0_and_reloading_asks_for_it(qtbot):
    panel = _panel(qtbot)
    options = panel.load_options
    # The defaults: f16 caches, speculative decoding on Auto, no draft model.
    with qtbot.waitSignal(panel.reloadRequested) as blocker:
        qtbot.mouseClick(panel.reload, LEFT)
    asked = blocker.args[0]
    assert isinstance(asked, ReloadRequest)
    assert (asked.type_k, asked.type_v, asked.speculative, asked.draft_model) == (
        "f16",
        "f16",
        "auto",
        "",
    )
    assert [options.boxes["speculative"].itemText(i) for i in range(3)] == ["Auto", "On", "Off"]
    assert options.draft.currentText() == "None"

    _choose(options.boxes["type_k"], "q8_0")
    _choose(options.boxes["type_v"], "q4_0")
    _choose(options.boxes["speculative"], "off")
    with qtbot.waitSignal(panel.reloadRequested) as blocker:
        qtbot.mouseClick(panel.reload, LEFT)
    asked = blocker.args[0]
    assert (asked.type_k, asked.type_v, asked.speculative) == ("q8_0", "q4_0", "off")
    params = asked.applied_to(LoadParams("m.gguf", n_ctx=1024, mmproj="p.gguf"))
    assert (params.path, params.mmproj, params.type_k, params.type_v) == (
        "m.gguf",
        "p.gguf",
        "q8_0",
        "q4_0",
    )
    assert params.n_ctx == asked.n_ctx


def test_the_boxes_are_named_and_explained(qtbot):
    panel = _panel(qtbot)
    options = panel.load_options
    assert unnamed_controls(panel) == []
    assert options.boxes["type_k"].accessibleName() == "K cache type"
    assert options.boxes["type_v"].accessibleName() == "V cache type"
    assert options.boxes["speculative"].accessibleName() == "Speculative decoding"
    assert options.draft.accessibleName() == "Draft model"
    assert "flash attention" in options.boxes["type_v"].toolTip()
    assert options.boxes["type_k"].toolTip().endswith("Applied when the model is loaded again.")
    q4 = options.boxes["type_k"].findData("q4_0")
    assert "quarter" in options.boxes["type_k"].itemData(q4, Qt.ItemDataRole.ToolTipRole)
    # Each box's label names it for a screen reader and takes Alt+letter to it.
    labels = {label.buddy(): label.text() for label in panel.findChildren(QLabel)}
    for box in (*options.boxes.values(), options.draft):
        assert labels[box] == box.accessibleName()
        assert box.toolTip() and box.accessibleDescription() == box.toolTip()


def test_draft_candidates_keep_the_choice_while_it_is_offered(qtbot):
    panel = _panel(qtbot)
    draft = panel.load_options.draft
    panel.set_draft_candidates([("SmolLM2 135M", "/m/smol.gguf"), ("Tiny", "/m/tiny.gguf")])
    assert [draft.itemText(i) for i in range(draft.count())] == ["None", "SmolLM2 135M", "Tiny"]
    _choose(draft, "/m/tiny.gguf")
    with qtbot.waitSignal(panel.reloadRequested) as blocker:
        qtbot.mouseClick(panel.reload, LEFT)
    assert blocker.args[0].draft_model == "/m/tiny.gguf"
    # A new list that still offers it keeps it; one that does not falls back to None.
    panel.set_draft_candidates([("Tiny", "/m/tiny.gguf")])
    assert panel.load_options.draft_model() == "/m/tiny.gguf"
    panel.set_draft_candidates([("SmolLM2 135M", "/m/smol.gguf")])
    assert panel.load_options.draft_model() == "" and draft.currentText() == "None"
    # The draft a load uses is shown (by its file name) even before it is suggested.
    panel.show_load_request(LoadParams("a.gguf", draft_model="/elsewhere/mine.gguf"))
    assert draft.currentText() == "mine.gguf"
    panel.set_draft_candidates([("Tiny", "/m/tiny.gguf")])
    assert panel.load_options.draft_model() == "/elsewhere/mine.gguf"


def test_a_load_request_shows_its_choices(qtbot):
    panel = _panel(qtbot)
    panel.show_load_request(LoadParams("a.gguf", type_k="q4_0", type_v="q8_0", speculative="on"))
    assert panel.load_options.choice("type_k") == "q4_0"
    assert panel.load_options.choice("type_v") == "q8_0"
    assert panel.load_options.boxes["speculative"].currentText() == "On"
    request = panel.reload_request()
    assert (request.type_k, request.type_v, request.speculative) == ("q4_0", "q8_0", "on")


def test_the_group_is_not_cut_at_the_default_width(qtbot):
    panel = _panel(qtbot)
    panel.resize(panel.minimumSizeHint().width(), 900)
    qtbot.waitUntil(lambda: panel.scroll_area.widget().width() > 0)
    content = panel.scroll_area.widget()
    right = content.width()
    for box in (*panel.load_options.boxes.values(), panel.load_options.draft, panel.reload):
        edge = box.mapTo(content, box.rect().topRight()).x()
        assert edge <= right, f"{box.objectName()} ends at {edge}, the content at {right}"


# --- through the app: the engine and the settings ----------------------------------------


def _start(qtbot) -> App:
    app = App([])
    qtbot.addWidget(app.window)
    app.window.resize(1200, 780)  # the parameters beside the chat (see test_params_panel)
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
        app.start(model="starter")
    return app


def _close(app: App) -> None:
    app.window.close()
    assert not app.controller._thread.isRunning()


def test_a_q8_0_cache_is_loaded_remembered_and_used_at_the_next_start(qtbot):
    app = _start(qtbot)
    params = app.window.params
    options = params.load_options
    assert app.controller.model.type_k == "f16"
    # The fit's sentence on what each type buys is shown under the types.
    assert not options.kv_note.isHidden(), options.kv_note.text()
    assert "cache type" in options.kv_note.text()
    _choose(options.boxes["type_k"], "q8_0")
    _choose(options.boxes["type_v"], "q8_0")
    _choose(options.boxes["speculative"], "off")
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000) as blocker:
        qtbot.mouseClick(params.reload, LEFT)
    info = blocker.args[0]
    assert (info.type_k, info.type_v) == ("q8_0", "q8_0")
    asked = app.controller.load_params
    assert (asked.type_k, asked.type_v, asked.speculative) == ("q8_0", "q8_0", "off")
    _close(app)
    stored = json.loads(settings_path().read_text("utf-8"))["model_defaults"]["starter"]
    assert (stored["type_k"], stored["type_v"], stored["speculative"]) == ("q8_0", "q8_0", "off")
    assert stored["draft_model"] == ""

    app = _start(qtbot)
    assert (app.controller.model.type_k, app.controller.model.type_v) == ("q8_0", "q8_0")
    options = app.window.params.load_options
    assert (options.choice("type_k"), options.choice("type_v")) == ("q8_0", "q8_0")
    assert options.choice("speculative") == "off"
    _close(app)
    assert load_settings().model_defaults["starter"].type_v == "q8_0"
    assert Path(starter_model_path()).is_file()
