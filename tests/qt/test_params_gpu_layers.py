"""GPU layers in the parameters panel: Auto (the fit decides) or a slider, through a real App,
the real engine and the settings file: what is chosen reaches LoadParams, ModelInfo and disk."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.app import App
from desktop.core.settings import load_settings, settings_path
from desktop.ui.params_panel import ParamsPanel, describe_gpu_layers

LEFT = Qt.MouseButton.LeftButton


def test_describe_gpu_layers():
    assert describe_gpu_layers(0, 30) == "0 (CPU only)"
    assert describe_gpu_layers(12, 30) == "12 of 30"
    assert describe_gpu_layers(30, 30) == "30 of 30"
    assert describe_gpu_layers(-1, 30) == "all 30"
    assert describe_gpu_layers(31, 30) == "all 30"  # the output layer too
    assert describe_gpu_layers(-1, 0) == "all"
    assert describe_gpu_layers(5, 0) == "5"


def test_panel_auto_by_default_and_manual_values(qtbot):
    panel = ParamsPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.gpu_auto.isChecked()
    assert not panel.gpu_layers.isEnabled()
    assert panel.n_gpu_layers() is None
    assert panel.gpu_layers_value.text() == "auto"

    # After a load the fit chose: the slider shows what the engine used, and says why.
    panel.set_load(4096, 2, 7, n_layers=30, auto=True, note="Fits split (estimate).")
    assert panel.gpu_layers.maximum() == 30
    assert panel.gpu_layers.value() == 7
    assert panel.gpu_layers_value.text() == "7 of 30"
    assert "Chosen by the fit" in panel.gpu_layers.toolTip()
    assert "Fits split (estimate)." in panel.gpu_layers.toolTip()
    assert panel.n_gpu_layers() is None

    qtbot.mouseClick(panel.gpu_auto, LEFT)
    assert not panel.gpu_auto.isChecked()
    assert panel.gpu_layers.isEnabled()
    assert panel.n_gpu_layers() == 7  # manual starts where the fit was
    qtbot.keyClick(panel.gpu_layers, Qt.Key.Key_End)
    assert panel.n_gpu_layers() == -1
    assert panel.gpu_layers_value.text() == "all 30"
    qtbot.keyClick(panel.gpu_layers, Qt.Key.Key_Home)
    assert panel.n_gpu_layers() == 0
    assert panel.gpu_layers_value.text() == "0 (CPU only)"

    with qtbot.waitSignal(panel.reloadRequested) as blocker:
        qtbot.mouseClick(panel.reload, LEFT)
    assert blocker.args[2] == 0
    qtbot.mouseClick(panel.gpu_auto, LEFT)
    with qtbot.waitSignal(panel.reloadRequested) as blocker:
        qtbot.mouseClick(panel.reload, LEFT)
    assert blocker.args[2] is None

    # A manual load is shown as manual; -1 (every layer) is the slider's far right.
    panel.set_load(4096, 2, -1, n_layers=12, auto=False)
    assert not panel.gpu_auto.isChecked()
    assert panel.gpu_layers.value() == 12
    assert panel.n_gpu_layers() == -1


def _start(qtbot, model: Path) -> App:
    app = App([])
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
        app.start(model=str(model))
    return app


def _reload(qtbot, app: App):
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000) as blocker:
        qtbot.mouseClick(app.window.params.reload, LEFT)
    return blocker.args[0]


def _close(app: App) -> None:
    app.window.close()
    assert not app.controller._thread.isRunning()


def test_gpu_layers_auto_and_manual_round_trip_through_the_app(qtbot, tiny_model):
    key = str(tiny_model)
    app = _start(qtbot, tiny_model)
    params = app.window.params
    # Auto by default: the engine was asked for None and the fit's choice is shown.
    assert app.controller.load_params is not None
    assert app.controller.load_params.n_gpu_layers is None
    info = app.controller.model
    assert info is not None and info.n_layers == 2
    assert params.gpu_auto.isChecked() and not params.gpu_layers.isEnabled()
    assert params.gpu_layers.maximum() == 2
    assert params.gpu_layers_value.text() == describe_gpu_layers(info.n_gpu_layers, 2)
    assert params.gpu_layers.toolTip().startswith("Chosen by the fit")

    # Manual: one layer reaches LoadParams, the engine's ModelInfo and the settings.
    qtbot.mouseClick(params.gpu_auto, LEFT)
    params.gpu_layers.setFocus()
    qtbot.keyClick(params.gpu_layers, Qt.Key.Key_Home)
    qtbot.keyClick(params.gpu_layers, Qt.Key.Key_Right)
    assert params.gpu_layers_value.text() == "1 of 2"
    info = _reload(qtbot, app)
    assert app.controller.load_params.n_gpu_layers == 1
    assert info.n_gpu_layers == 1
    assert app.settings.model_defaults[key].n_gpu_layers == 1
    assert not params.gpu_auto.isChecked() and params.gpu_layers.value() == 1

    # The far right is every layer: -1.
    qtbot.keyClick(params.gpu_layers, Qt.Key.Key_End)
    info = _reload(qtbot, app)
    assert app.controller.load_params.n_gpu_layers == -1
    assert info.n_gpu_layers == -1
    assert params.gpu_layers_value.text() == "all 2"
    qtbot.keyClick(params.gpu_layers, Qt.Key.Key_Left)
    _reload(qtbot, app)
    _close(app)
    stored = json.loads(settings_path().read_text("utf-8"))
    assert stored["model_defaults"][key]["n_gpu_layers"] == 1
    assert load_settings().model_defaults[key].n_gpu_layers == 1

    # The next start loads with the person's choice and shows it as manual.
    app = _start(qtbot, tiny_model)
    params = app.window.params
    assert app.controller.load_params.n_gpu_layers == 1
    assert app.controller.model.n_gpu_layers == 1
    assert not params.gpu_auto.isChecked()
    assert params.gpu_layers.isEnabled() and params.gpu_layers.value() == 1

    # Back to Auto: the engine is asked for None, and that is what is kept.
    qtbot.mouseClick(params.gpu_auto, LEFT)
    assert not params.gpu_layers.isEnabled()
    info = _reload(qtbot, app)
    assert app.controller.load_params.n_gpu_layers is None
    assert info.n_gpu_layers == 0  # this engine build is CPU-only: the fit puts none there
    assert params.gpu_auto.isChecked()
    assert params.gpu_layers_value.text() == "0 (CPU only)"
    _close(app)
    assert load_settings().model_defaults[key].n_gpu_layers is None
    assert (
        json.loads(settings_path().read_text("utf-8"))["model_defaults"][key]["n_gpu_layers"]
        is None
    )


def test_a_failed_gpu_load_is_told_in_the_banner_and_runs_on_the_cpu(
    qtbot, tiny_model, monkeypatch
):
    """The engine child dies while loading with GPU layers (HEARTH_FAULT_GPU_LOAD: there is no
    GPU here to fail for real); the load is retried on the CPU and the window says both."""
    monkeypatch.setenv("HEARTH_FAULT_GPU_LOAD", "1")
    app = _start(qtbot, tiny_model)  # auto: the fit puts nothing on this machine's "GPU"
    w, params = app.window, app.window.params
    assert w.banner.isHidden()
    qtbot.mouseClick(params.gpu_auto, LEFT)
    params.gpu_layers.setFocus()
    qtbot.keyClick(params.gpu_layers, Qt.Key.Key_End)
    with qtbot.waitSignal(app.controller.notice, timeout=60000) as notice:
        info = _reload(qtbot, app)
    sentence = notice.args[0]
    assert sentence.startswith("Loading on the GPU failed")
    assert "on the CPU instead" in sentence
    assert info.n_gpu_layers == 0
    assert w.banner.isVisible() and w.banner.label.text() == sentence
    assert w.notice.isHidden()
    assert params.gpu_layers_value.text() == "0 (CPU only)"
    # The banner stays when another chat opens; the person dismisses it.
    w.new_chat()
    assert w.banner.isVisible()
    qtbot.mouseClick(w.banner.close_button, LEFT)
    assert w.banner.isHidden()
    _close(app)


def test_the_context_field_never_offers_more_than_the_trained_context(qtbot, tiny_model):
    panel = ParamsPanel()
    qtbot.addWidget(panel)
    panel.set_load(4096, 2, 0, n_layers=30, n_ctx_train=8192)
    assert panel.n_ctx.maximum() == 8192 and panel.n_ctx.value() == 4096
    panel.n_ctx.setValue(100_000)
    assert panel.n_ctx.value() == 8192
    # Through the app: a model trained on 512 tokens offers at most 512.
    app = _start(qtbot, tiny_model)
    assert app.controller.model is not None and app.controller.model.n_ctx_train == 512
    assert app.window.params.n_ctx.maximum() == 512
    _close(app)
