"""The parameters panel: sampling boxes built from the declared fields (the seed's top value,
stop strings), the preset in effect ("(edited)"), the system prompt's source, GPU layers
(Auto or a slider) and the load values in effect; through a real App, the real engine and
the settings file: what is chosen reaches SamplingParams, LoadParams, ModelInfo and disk."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from desktop.app import App
from desktop.core.fields import SAMPLING_FIELDS, STOP
from desktop.core.settings import (
    ModelDefaults,
    Settings,
    load_settings,
    save_settings,
    settings_path,
)
from desktop.core.types import PRESETS, LoadParams, SamplingParams
from desktop.ui.params_panel import (
    ParamsPanel,
    describe_gpu_layers,
    field_tooltip,
    stops_to_text,
    text_to_stops,
)

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
    assert blocker.args[0].n_gpu_layers == 0
    qtbot.mouseClick(panel.gpu_auto, LEFT)
    with qtbot.waitSignal(panel.reloadRequested) as blocker:
        qtbot.mouseClick(panel.reload, LEFT)
    assert blocker.args[0].n_gpu_layers is None

    # A manual load is shown as manual; -1 (every layer) is the slider's far right.
    panel.set_load(4096, 2, -1, n_layers=12, auto=False)
    assert not panel.gpu_auto.isChecked()
    assert panel.gpu_layers.value() == 12
    assert panel.n_gpu_layers() == -1


def _start(qtbot, model: Path) -> App:
    app = App([])
    qtbot.addWidget(app.window)
    # Wider than the offscreen screen lets it open: the parameters beside the chat, not in
    # the drawer a narrow window has (see test_responsive.py).
    app.window.resize(1200, 780)
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


# --- sampling boxes from the declared fields ---------------------------------------------


def test_every_sampling_box_follows_its_field(qtbot):
    panel = ParamsPanel()
    qtbot.addWidget(panel)
    assert set(panel.spins) == {f.name for f in SAMPLING_FIELDS}
    assert set(panel.switches) == {f.name for f in SAMPLING_FIELDS if f.optional}
    for f in SAMPLING_FIELDS:
        box = panel.spins[f.name]
        assert (box.minimum(), box.maximum()) == (f.lowest, f.high), f.name
        assert box.singleStep() == f.step, f.name
        # The field's help and range (the window's translation, the locale's digits).
        assert box.toolTip() == field_tooltip(f)
        assert box.toolTip().startswith(f.tooltip().split(" Allowed:")[0])
        if f.optional:
            assert panel.switches[f.name].toolTip().startswith(field_tooltip(f))
    assert panel.stop.toolTip().startswith(STOP.tooltip())
    assert panel.sampling() == PRESETS["Balanced"]  # starts on Balanced, the defaults


def test_the_seed_box_reaches_two_to_the_32_minus_one(qtbot):
    """The panel's own seed range stopped at 2**31-1 (a QSpinBox) while the field allows
    2**32-1."""
    panel = ParamsPanel()
    qtbot.addWidget(panel)
    panel.show()
    top = 2**32 - 1
    panel.set_sampling(SamplingParams(seed=top))
    assert panel.sampling().seed == top
    qtbot.mouseClick(panel.switches["seed"], LEFT)  # off
    assert panel.sampling().seed is None
    panel.set_sampling(SamplingParams(seed=5))
    box = panel.spins["seed"]  # typed by the person
    box.setFocus()
    box.selectAll()
    with qtbot.waitSignal(panel.samplingChanged, timeout=2000) as changed:
        qtbot.keyClicks(box, str(top))
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert changed.args[0].seed == top
    box.selectAll()
    qtbot.keyClicks(box, str(top + 1))  # more than the field allows: not taken
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert panel.sampling().seed <= top


def test_stop_strings_typed_one_per_line_reach_sampling_params(qtbot):
    """The window dropped stop strings: the panel had no field and never set them."""
    panel = ParamsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.stop.setFocus()
    with qtbot.waitSignal(panel.samplingChanged, timeout=3000) as changed:
        qtbot.keyClicks(panel.stop, "\\nUser:")
        qtbot.keyClick(panel.stop, Qt.Key.Key_Return)
        qtbot.keyClicks(panel.stop, "END")
    assert changed.args[0].stop == ("\nUser:", "END")
    assert panel.sampling().stop == ("\nUser:", "END")
    assert panel.preset.currentText() == "Balanced (edited)"
    panel.set_sampling(SamplingParams(stop=("a\\b", "\t")))
    assert panel.stop.toPlainText() == "a\\\\b\n\\t"
    assert panel.sampling().stop == ("a\\b", "\t")


@given(st.lists(st.text(max_size=12), max_size=5).map(tuple))
def test_stop_strings_survive_the_field(stops):
    assert text_to_stops(stops_to_text(stops)) == tuple(s for s in stops if s)


def test_the_preset_shown_is_the_one_in_effect(qtbot):
    panel = ParamsPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.preset.currentText() == "Balanced"
    temperature = panel.spins["temperature"]
    with qtbot.waitSignal(panel.samplingChanged, timeout=1000) as changed:
        temperature.setValue(1.5)
    assert changed.args[0].temperature == 1.5
    assert panel.preset.currentText() == "Balanced (edited)"
    assert panel.preset_name() == "Balanced"
    temperature.setValue(PRESETS["Balanced"].temperature)  # back to the preset's value
    assert panel.preset.currentText() == "Balanced"
    assert panel.preset.count() == len(PRESETS)  # the "(edited)" entry is gone
    # Choosing a preset applies it; values equal to another preset show that one.
    with qtbot.waitSignal(panel.samplingChanged, timeout=1000) as changed:
        panel.preset.setCurrentIndex(panel.preset.findData("Creative"))
    assert changed.args[0] == PRESETS["Creative"]
    assert panel.preset_name() == "Creative"
    panel.set_sampling(PRESETS["Precise"], "Balanced")
    assert panel.preset.currentText() == "Precise"
    # Shown with the preset it came from (a restart, another model).
    panel.set_sampling(SamplingParams(temperature=0.3), "Creative")
    assert panel.preset.currentText() == "Creative (edited)"
    # A preset of the person's own.
    panel.add_preset("Mine", SamplingParams(temperature=0.3))
    assert panel.preset.currentText() == "Mine"


def test_threads_auto_is_asked_for_as_none(qtbot):
    panel = ParamsPanel()
    qtbot.addWidget(panel)
    panel.show_load_request(LoadParams("a.gguf", n_ctx=2048, n_threads=None, n_gpu_layers=3))
    assert panel.n_ctx.value() == 2048
    assert panel.n_threads.text() == "auto" and panel.threads() is None
    assert not panel.gpu_auto.isChecked() and panel.n_gpu_layers() == 3
    with qtbot.waitSignal(panel.reloadRequested) as blocker:
        qtbot.mouseClick(panel.reload, LEFT)
    asked = blocker.args[0]
    assert (asked.n_ctx, asked.n_threads, asked.n_gpu_layers) == (2048, None, 3)
    # After the load, auto still reads auto, with what the engine used in the tip.
    panel.set_load(2048, 4, 3, n_layers=30, auto=False, threads_auto=True)
    assert panel.threads() is None and "The engine uses 4." in panel.n_threads.toolTip()
    panel.show_load_request(LoadParams("a.gguf", n_ctx=1024, n_threads=2))
    assert (panel.n_ctx.value(), panel.threads(), panel.n_gpu_layers()) == (1024, 2, None)


def test_the_models_own_length_reads_as_words_and_is_asked_for_as_zero(qtbot):
    panel = ParamsPanel()
    qtbot.addWidget(panel)
    panel.show_load_request(LoadParams("a.gguf", n_ctx=0))
    assert panel.n_ctx.value() == 0 and panel.n_ctx.text() == "The model's own length"
    with qtbot.waitSignal(panel.reloadRequested) as blocker:
        qtbot.mouseClick(panel.reload, LEFT)
    assert blocker.args[0].n_ctx == 0
    panel.n_ctx.setValue(5)  # below the field's range: asked for as its lowest context
    with qtbot.waitSignal(panel.reloadRequested) as blocker:
        qtbot.mouseClick(panel.reload, LEFT)
    assert blocker.args[0].n_ctx == 16


# --- through the app: the bugs ------------------------------------------------------------


def _broken(tmp_path: Path) -> Path:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\xff" * 60)  # refused by the pre-check
    return broken


def test_a_failed_load_never_changes_settings_and_the_panel_shows_the_values_in_effect(
    qtbot, tmp_path
):
    """Bug 1: after a failed load the panel showed placeholders (Context 256, Threads 1);
    Reload loaded with them and saved them to settings.json."""
    broken = _broken(tmp_path)
    mine = ModelDefaults(n_ctx=2048, n_threads=2)
    save_settings(Settings(model_defaults={str(broken): mine}))
    app = App([])
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.controller.modelLoadFailed, timeout=60000):
        app.start(model=str(broken))
    params = app.window.params
    assert (params.n_ctx.value(), params.threads()) == (2048, 2)
    with qtbot.waitSignal(app.controller.modelLoadFailed, timeout=60000):
        qtbot.mouseClick(params.reload, LEFT)
    assert app.controller.load_params == LoadParams(str(broken), n_ctx=2048, n_threads=2)
    # A reload with other values that fails: the panel goes back to the values in effect.
    params.n_ctx.setValue(1024)
    with qtbot.waitSignal(app.controller.modelLoadFailed, timeout=60000):
        qtbot.mouseClick(params.reload, LEFT)
    assert app.controller.load_params.n_ctx == 1024
    assert params.n_ctx.value() == 2048
    _close(app)
    stored = load_settings()
    assert stored.model_defaults == {str(broken): mine}
    assert stored.last_model == "starter" and stored.recent_models == ()


def test_after_a_good_load_a_failed_one_shows_the_last_good_values(qtbot, tiny_model, tmp_path):
    app = _start(qtbot, tiny_model)
    params = app.window.params
    params.n_ctx.setValue(256)
    _reload(qtbot, app)
    assert load_settings().model_defaults[str(tiny_model)].n_ctx == 256
    broken = _broken(tmp_path)
    with qtbot.waitSignal(app.controller.modelLoadFailed, timeout=60000):
        app.load_model(str(broken))
    assert params.n_ctx.value() == 4096 and params.threads() is None  # the defaults
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
        app.load_model(str(tiny_model))
    assert params.n_ctx.value() == 256
    _close(app)
    assert str(broken) not in load_settings().model_defaults
    assert load_settings().last_model == str(tiny_model)


def test_the_preset_shown_matches_the_values_after_an_edit_a_restart_and_a_switch(
    qtbot, tiny_model, tiny_phi3
):
    """Bug 2: the preset name shown did not match the values after an edit, a restart or
    a model switch."""
    app = _start(qtbot, tiny_model)
    params = app.window.params
    assert params.preset.currentText() == "Balanced"
    params.preset.setCurrentIndex(params.preset.findData("Precise"))
    assert params.sampling() == PRESETS["Precise"] == app.controller.sampling
    _close(app)

    app = _start(qtbot, tiny_model)  # a restart
    params = app.window.params
    assert params.preset.currentText() == "Precise"
    assert params.sampling() == PRESETS["Precise"] == app.controller.sampling
    params.spins["temperature"].setValue(0.9)  # an edit
    assert params.preset.currentText() == "Precise (edited)"
    _close(app)

    app = _start(qtbot, tiny_model)
    params = app.window.params
    assert params.preset.currentText() == "Precise (edited)"
    assert params.sampling().temperature == 0.9 == app.controller.sampling.temperature
    app.window.add_model_choice(tiny_phi3.name, str(tiny_phi3))  # a model switch
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
        app.load_model(str(tiny_phi3))
    assert params.preset.currentText() == "Balanced"
    assert params.sampling() == PRESETS["Balanced"] == app.controller.sampling
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
        app.load_model(str(tiny_model))
    assert params.preset.currentText() == "Precise (edited)"
    _close(app)


def test_a_saved_preset_is_offered_after_a_restart_and_a_builtin_name_is_refused(
    qtbot, tiny_model, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    app = _start(qtbot, tiny_model)
    params = app.window.params
    params.spins["top_k"].setValue(7)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Balanced", True))
    qtbot.mouseClick(params.save_preset, LEFT)
    qtbot.waitUntil(app.window.banner.isVisible, timeout=5000)
    assert "built-in preset Balanced" in app.window.banner.label.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Seven", True))
    qtbot.mouseClick(params.save_preset, LEFT)
    assert params.preset.currentText() == "Seven"
    _close(app)
    assert load_settings().presets["Seven"].top_k == 7
    app = _start(qtbot, tiny_model)
    assert app.window.params.preset.currentText() == "Seven"
    _close(app)


def test_a_new_chat_starts_from_the_default_system_prompt(qtbot, tiny_model):
    """Bug 5: a new chat silently inherited the last chat's system prompt."""
    app = _start(qtbot, tiny_model)
    w, params = app.window, app.window.params
    app.controller.set_sampling(SamplingParams(temperature=0.0, max_tokens=4))
    assert "No system prompt" in params.prompt_source.text()
    page = app.open_settings_page()
    page.default_prompt.setPlainText("You are a pirate.")
    with qtbot.waitSignal(app.preferences.defaultSystemPromptChanged, timeout=5000):
        pass  # applied once typing pauses: no OK needed
    app.window.pages.show_chat()
    assert load_settings().default_system_prompt == "You are a pirate."
    assert params.system_prompt.toPlainText() == "You are a pirate."  # the open new chat
    assert "default system prompt" in params.prompt_source.text()

    params.system_prompt.setPlainText("Be brief.")  # this chat's own
    qtbot.waitUntil(lambda: app.controller.system_prompt == "Be brief.", timeout=3000)
    assert "own system prompt" in params.prompt_source.text()
    with qtbot.waitSignal(app.controller.messageFinished, timeout=60000):
        assert app.controller.submit("hello")
    w.new_chat()
    assert params.system_prompt.toPlainText() == "You are a pirate."
    assert app.controller.system_prompt == "You are a pirate."
    assert "default system prompt" in params.prompt_source.text()
    _close(app)


# --- small windows ---------------------------------------------------------------------------


def _edit_field_width(combo) -> int:
    """How wide the combo box's text is drawn (its frame and arrow left out)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


def test_the_preset_shows_its_whole_name_in_a_narrow_panel(qtbot):
    """The name "Balanced (edited)" fits its box even in the narrowest panel, and nothing inside
    forces the panel big (it scrolls instead)."""
    panel = ParamsPanel()
    qtbot.addWidget(panel)
    hint = panel.minimumSizeHint()
    assert hint.width() <= 320 and hint.height() <= 240
    panel.resize(max(hint.width(), 280), 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.spins["temperature"].setValue(0.55)
    assert panel.preset.currentText() == "Balanced (edited)"
    shown = panel.preset.fontMetrics().horizontalAdvance("Balanced (edited)")
    qtbot.waitUntil(lambda: _edit_field_width(panel.preset) >= shown)
    assert panel.preset.visibleRegion().boundingRect().width() == panel.preset.width()
    # A long name of the person's own is elided, in full in the tooltip.
    long_name = "My very long preset for writing careful technical documentation"
    panel.add_preset(long_name, panel.sampling())
    assert panel.preset.currentText() == long_name
    assert panel.preset.toolTip().startswith(long_name)
    assert panel.minimumSizeHint().width() <= 320


def test_presets_are_renamed_deleted_and_may_set_the_system_prompt(qtbot, tiny_model, monkeypatch):
    """Issue 12.14: the preset menu saves a preset with the system prompt, renames and
    deletes the person's own presets (not the built-ins, which say why)."""
    from PySide6.QtWidgets import QInputDialog

    from desktop.services.preferences import Preferences
    from desktop.ui.preset_menu import BUILTIN_NOTE

    app = _start(qtbot, tiny_model)
    params = app.window.params
    menu = params.preset_menu
    menu.update_actions()  # Balanced, a built-in
    assert not menu.rename_action.isEnabled() and not menu.delete_action.isEnabled()
    assert menu.note_action.isVisible() and menu.note_action.text() == BUILTIN_NOTE
    params.system_prompt.setPlainText("Answer like a pirate.")
    params.spins["top_k"].setValue(9)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Pirate", True))
    menu.save_with_prompt_action.trigger()
    assert params.preset.currentText() == "Pirate"
    assert Preferences().preset_system_prompt("Pirate") == "Answer like a pirate."
    menu.update_actions()
    assert menu.rename_action.isEnabled() and menu.rename_action.text() == "Rename “Pirate”…"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Captain", True))
    menu.rename_action.trigger()
    assert params.preset.currentText() == "Captain"
    reloaded = Preferences()
    assert list(reloaded.user_presets()) == ["Captain"]
    assert reloaded.preset_system_prompt("Captain") == "Answer like a pirate."
    # Choosing the preset again sets its system prompt (and the chat takes it).
    params.preset.setCurrentIndex(params.preset.findData("Balanced"))
    params.system_prompt.setPlainText("")
    with qtbot.waitSignal(params.systemPromptChanged, timeout=1000) as prompt:
        params.preset.setCurrentIndex(params.preset.findData("Captain"))
    assert prompt.args == ["Answer like a pirate."]
    assert params.system_prompt.toPlainText() == "Answer like a pirate."
    assert params.sampling().top_k == 9
    menu.delete_action.trigger()
    assert params.preset.findData("Captain") == -1
    assert dict(Preferences().user_presets()) == {}
    # A built-in asked to go (another caller than the menu) is refused with a sentence.
    params.presetDeleteRequested.emit("Precise")
    qtbot.waitUntil(app.window.banner.isVisible, timeout=5000)
    assert "built-in preset Precise" in app.window.banner.label.text()
    assert "cannot be deleted" in app.window.banner.label.text()
    assert params.preset.findData("Precise") != -1
    _close(app)


def test_the_panel_at_its_least_width_never_scrolls_sideways(qtbot):
    """At its minimum width, with a long preset name of the person's own and a large system
    font, every field and button lies inside the scroll area's viewport and no sideways scroll
    bar shows: the preset's name is elided instead, whole in its tooltip."""
    from PySide6.QtCore import QCoreApplication, QPoint
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox

    panel = ParamsPanel()
    qtbot.addWidget(panel)
    long_name = "My careful technical documentation preset"
    panel.add_preset(long_name, panel.sampling())
    font = panel.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    panel.setFont(font)
    panel.show()
    qtbot.waitExposed(panel)
    for _ in range(4):  # the layout requests the font change posted
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
    panel.resize(panel.minimumSizeHint().width(), 500)
    qtbot.waitUntil(lambda: panel.width() == panel.minimumSizeHint().width())
    area = panel.scroll_area
    qtbot.waitUntil(lambda: area.widget().width() <= area.viewport().width())
    assert not area.horizontalScrollBar().isVisible()
    content = area.widget()
    parts = [*content.findChildren(QAbstractSpinBox), *content.findChildren(QAbstractButton)]
    assert panel.preset_menu in parts and panel.save_preset in parts
    for part in parts:
        left = part.mapTo(area.viewport(), QPoint(0, 0)).x()
        assert left >= 0 and left + part.width() <= area.viewport().width(), part.objectName()
    assert panel.preset.currentText() == long_name
    assert panel.preset.width() < panel.preset.sizeHint().width()  # elided, not cut off
    assert panel.preset.toolTip().startswith(long_name)
    assert panel.save_preset.accessibleName() and panel.save_preset.toolTip()
