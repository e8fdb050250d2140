"""Preferences: the only writer of settings.json. What a model starts with, what is
remembered and when (a load only once it worked), presets, theme, the Settings dialog's
choices, and a disk that refuses the file (a sentence, never a crash)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import desktop
from desktop.core import paths
from desktop.core.settings import ModelDefaults, Settings, load_settings, save_settings
from desktop.core.types import PRESETS, LoadParams, ModelInfo, SamplingParams
from desktop.services.preferences import Preferences


def info(path: str, n_gpu_layers: int = 0) -> ModelInfo:
    """What the engine reports for a load (only the fields Preferences reads matter)."""
    return ModelInfo(
        path=path, n_ctx=512, n_ctx_train=512, n_vocab=10, n_layers=2,
        n_gpu_layers=n_gpu_layers, n_threads=2, chat_format="chatml",
        chat_template_sha256=None, load_s=0.1, flash_attn=True,
    )  # fmt: skip


@pytest.fixture
def file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def on_disk(file: Path) -> Settings:
    return load_settings(file)


def test_choosing_a_model_saves_nothing_and_gives_its_values(qtbot, file, tmp_path):
    model = tmp_path / "m.gguf"
    model.write_bytes(b"")
    mine = SamplingParams(temperature=0.3)
    save_settings(
        Settings(
            model_defaults={
                str(model): ModelDefaults(n_ctx=2048, n_threads=3, preset="Precise", sampling=mine),
                "starter": ModelDefaults(preset="Gone"),
            }
        ),
        file,
    )
    before = file.read_bytes()
    prefs = Preferences(file)
    chosen = prefs.choose_model(str(model))
    assert chosen.load == LoadParams(str(model), n_ctx=2048, n_threads=3)
    assert (chosen.sampling, chosen.preset) == (mine, "Precise")
    # A preset that no longer exists: Balanced. A model never seen: the defaults.
    starter = prefs.choose_model("starter")
    assert (starter.sampling, starter.preset) == (PRESETS["Balanced"], "Balanced")
    assert starter.load.path == str(paths.starter_model_path())
    other = prefs.choose_model(str(tmp_path / "other.gguf"))
    assert other.load == LoadParams(str(tmp_path / "other.gguf"))
    assert (other.sampling, other.preset) == (PRESETS["Balanced"], "Balanced")
    assert file.read_bytes() == before


def test_a_load_is_remembered_only_once_it_worked(qtbot, file, tmp_path):
    model = str(tmp_path / "m.gguf")
    prefs = Preferences(file)
    prefs.choose_model(model)
    assert not file.exists()  # asking is not remembering
    asked = LoadParams(model, n_ctx=1024, n_threads=None, n_gpu_layers=1)
    # A load that ended after another was asked for (another file): not this one.
    prefs.model_loaded(model, asked, info(str(tmp_path / "older.gguf"), 1))
    assert not file.exists()
    with qtbot.waitSignal(prefs.saved, timeout=1000):
        prefs.model_loaded(model, asked, info(model, 1))
    stored = on_disk(file)
    assert stored.model_defaults[model] == ModelDefaults(n_ctx=1024, n_gpu_layers=1)
    assert (stored.last_model, stored.recent_models) == (model, (model,))
    # The starter is the last model, never a recent file.
    prefs.remember_load("starter", 4096, None, None)
    assert on_disk(file).last_model == "starter"
    assert on_disk(file).recent_models == (model,)


def test_after_a_fall_back_to_the_cpu_the_gpu_layers_stay_as_they_were(qtbot, file, tmp_path):
    model = str(tmp_path / "m.gguf")
    prefs = Preferences(file)
    prefs.remember_load(model, 4096, None, None)
    prefs.model_loaded(model, LoadParams(model, n_ctx=2048, n_gpu_layers=-1), info(model, 0))
    assert on_disk(file).model_defaults[model] == ModelDefaults(n_ctx=2048, n_gpu_layers=None)


def test_sampling_edits_are_written_together_after_a_pause(qtbot, file):
    prefs = Preferences(file)
    writes: list[None] = []
    prefs.saved.connect(lambda: writes.append(None))
    prefs.remember_sampling("starter", SamplingParams(temperature=0.5), "Balanced")
    prefs.remember_sampling("starter", SamplingParams(temperature=0.6), "Balanced")
    assert not file.exists() and writes == []
    assert prefs.sampling_for("starter") == (SamplingParams(temperature=0.6), "Balanced")
    with qtbot.waitSignal(prefs.saved, timeout=5000):
        pass
    assert len(writes) == 1
    assert on_disk(file).model_defaults["starter"].sampling == SamplingParams(temperature=0.6)
    assert prefs.flush() and len(writes) == 1  # nothing new: nothing written
    prefs.remember_sampling("starter", SamplingParams(temperature=0.6), "Balanced")
    assert not prefs._save_timer.isActive()  # the same values: not a change
    # flush() writes one still waiting at once (the window closing).
    prefs.remember_sampling("starter", SamplingParams(temperature=0.9), "Creative")
    assert prefs.flush()
    assert on_disk(file).model_defaults["starter"].sampling == SamplingParams(temperature=0.9)
    assert on_disk(file).model_defaults["starter"].preset == "Creative"
    assert Preferences(file).sampling_for("starter") == (
        SamplingParams(temperature=0.9),
        "Creative",
    )


def test_presets_a_builtin_name_is_refused_with_a_sentence(qtbot, file):
    prefs = Preferences(file)
    mine = SamplingParams(temperature=0.4, stop=("\nUser:",))
    with qtbot.waitSignal(prefs.refused, timeout=1000) as refused:
        prefs.save_preset(" balanced ", mine)
    assert "built-in preset Balanced" in refused.args[0]
    assert not file.exists()
    with qtbot.waitSignal(prefs.presetSaved, timeout=1000) as saved:
        prefs.save_preset(" Mine ", mine)
    assert saved.args == ["Mine", mine]
    assert on_disk(file).presets == {"Mine": mine}
    assert dict(Preferences(file).user_presets()) == {"Mine": mine}
    prefs.remember_sampling("starter", SamplingParams(), "Mine")
    assert prefs.sampling_for("starter")[1] == "Mine"


def test_theme_conversation_and_layout(qtbot, file):
    prefs = Preferences(file)
    with qtbot.waitSignal(prefs.themeChanged, timeout=1000) as theme:
        prefs.set_theme("dark")
    assert theme.args == ["dark"] and on_disk(file).theme == "dark"
    prefs.set_theme("purple")
    assert prefs.theme == "dark"
    prefs.remember_conversation(-1)  # a new chat, not stored yet
    prefs.remember_conversation(None)
    assert on_disk(file).last_conversation_id is None
    prefs.remember_conversation(12, [])  # as conversationOpened passes it
    assert on_disk(file).last_conversation_id == 12  # at once: a crash still reopens it
    prefs.save_layout("Z2VvbQ==", "c3BsaXQ=")
    assert Preferences(file).layout() == ("Z2VvbQ==", "c3BsaXQ=")


def test_the_settings_dialogs_choices(qtbot, file):
    prefs = Preferences(file)
    prompts: list[str] = []
    prefs.defaultSystemPromptChanged.connect(prompts.append)
    with qtbot.waitSignal(prefs.networkChosen, timeout=1000) as network:
        prefs.apply(True, 5, "  You are a pirate.  ")
    assert network.args == [True, 5]
    assert prompts == ["You are a pirate."]
    stored = on_disk(file)
    assert (stored.offline, stored.max_downloads) == (True, 5)
    assert stored.default_system_prompt == "You are a pirate."
    # OK again with the same choices: the network is told again (it may have gone
    # offline on its own), the prompt did not change.
    with qtbot.waitSignal(prefs.networkChosen, timeout=1000):
        prefs.apply(True, 99, "You are a pirate.")
    assert prompts == ["You are a pirate."]
    assert prefs.max_downloads == 8


def test_the_model_to_start(qtbot, file, tmp_path):
    model = tmp_path / "m.gguf"
    prefs = Preferences(file)
    assert prefs.model_to_start() == "starter"
    prefs.remember_load(str(model), 4096, None, None)
    assert prefs.model_to_start() == "starter"  # its file is gone
    model.write_bytes(b"")
    assert prefs.model_to_start() == str(model)
    assert prefs.recent_models() == [str(model)]
    assert prefs.model_to_start("starter") == "starter"


def test_a_disk_that_refuses_the_file_is_told_once_and_nothing_crashes(qtbot, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    prefs = Preferences(blocker / "config" / "settings.json")
    failures: list[str] = []
    prefs.saveFailed.connect(failures.append)
    prefs.set_theme("dark")
    prefs.set_theme("light")
    assert prefs.theme == "light"  # kept for this session
    assert len(failures) == 1
    assert "could not save its settings" in failures[0]
    assert "apply until Hearth closes" in failures[0]
    assert not prefs.flush()
    assert len(failures) == 1  # not said again while it keeps failing
    blocker.unlink()  # the disk takes it again
    assert prefs.flush()
    assert load_settings(blocker / "config" / "settings.json").theme == "light"
    target = blocker / "config" / "settings.json"
    target.unlink()
    target.mkdir()  # a folder where the file goes: the write fails again
    prefs.set_theme("dark")
    assert len(failures) == 2  # a new failure after a save that worked is said again


def test_preferences_is_the_only_writer_of_settings():
    """Everything else reads; only services/preferences.py calls save_settings."""
    root = Path(desktop.__file__).parent
    writers = sorted(
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if re.search(r"\bsave_settings\(", path.read_text("utf-8")) and path.name != "settings.py"
    )
    assert writers == ["services/preferences.py"]


def test_in_the_window_a_failed_save_is_a_banner_and_the_change_applies(
    qtbot, tmp_path, monkeypatch
):
    from desktop.app import App
    from desktop.ui.theme import apply_theme

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("HEARTH_CONFIG_DIR", str(blocker / "config"))
    app = App([])
    qtbot.addWidget(app.window)
    app.start(load=False)
    try:
        dark = next(a for a in app.window.theme_group.actions() if a.data() == "dark")
        dark.trigger()
        qtbot.waitUntil(app.window.banner.isVisible, timeout=5000)
        assert "could not save its settings" in app.window.banner.label.text()
        assert app.settings.theme == "dark" and dark.isChecked()
    finally:
        app.window.close()
        apply_theme(app.qt, "system")  # the next tests start from the default palette


# --- issue 12 item 14: presets renamed, deleted, with a system prompt; chat settings -------


def test_presets_rename_delete_and_system_prompt_persist_across_a_reload(qtbot, file):
    prefs = Preferences(file)
    mine = SamplingParams(temperature=0.3)
    prefs.save_preset("Pirate", mine, "  Speak like a pirate.  ")
    prefs.save_preset("Plain", SamplingParams(temperature=0.5))
    prefs.remember_sampling("starter", mine, "Pirate")
    prefs.flush()
    assert Preferences(file).preset_system_prompt("Pirate") == "Speak like a pirate."
    with qtbot.waitSignal(prefs.presetRenamed, timeout=1000) as renamed:
        assert prefs.rename_preset("Pirate", " Captain ")
    assert renamed.args == ["Pirate", "Captain"]
    again = Preferences(file)
    assert list(again.user_presets()) == ["Captain", "Plain"]
    assert again.user_presets()["Captain"] == mine
    assert again.preset_system_prompt("Captain") == "Speak like a pirate."
    assert again.preset_system_prompt("Plain") == ""
    assert again.sampling_for("starter") == (mine, "Captain")  # the model followed the name
    # Refused, each with a sentence: a built-in, a name already taken.
    refusals: list[str] = []
    prefs.refused.connect(refusals.append)
    assert not prefs.rename_preset("Balanced", "Mine")
    assert not prefs.rename_preset("Captain", "plain".title())
    assert not prefs.delete_preset("Precise")
    assert refusals == [
        "The built-in preset Balanced comes with Hearth and cannot be renamed.",
        "A preset named Plain already exists; choose another name.",
        "The built-in preset Precise comes with Hearth and cannot be deleted.",
    ]
    with qtbot.waitSignal(prefs.presetDeleted, timeout=1000) as deleted:
        assert prefs.delete_preset("Captain")
    assert deleted.args == ["Captain"]
    reloaded = Preferences(file)
    assert list(reloaded.user_presets()) == ["Plain"]
    assert reloaded.preset_system_prompt("Captain") == ""
    assert "Captain" not in json.loads(file.read_text("utf-8"))["presets"]
    assert reloaded.sampling_for("starter") == (mine, "Balanced")  # its values stay


def test_chat_settings_apply_at_once_and_persist(qtbot, file, tmp_path):
    prefs = Preferences(file)
    assert (prefs.font_size, prefs.send_key, prefs.model_folders) == (None, "enter", ())
    with qtbot.waitSignal(prefs.fontSizeChanged, timeout=1000) as font:
        prefs.set_font_size(99)
    assert font.args == [40]  # clamped
    with qtbot.waitSignal(prefs.sendKeyChanged, timeout=1000):
        prefs.set_send_key("ctrl+enter")
    prefs.set_send_key("alt+enter")  # not a send key: ignored
    folder = tmp_path / "gguf"
    with qtbot.waitSignal(prefs.modelFoldersChanged, timeout=1000) as folders:
        prefs.add_model_folder(str(folder))
    assert folders.args == [(str(folder),)]
    prefs.add_model_folder(str(folder) + "/")  # the same folder once
    with qtbot.waitSignal(prefs.defaultSystemPromptChanged, timeout=1000):
        prefs.set_default_system_prompt(" Be brief. ")
    with qtbot.waitSignal(prefs.networkChosen, timeout=1000) as network:
        prefs.set_offline(True)
    assert network.args == [True, 2]
    prefs.set_max_downloads(3)
    again = Preferences(file)
    assert (again.font_size, again.send_key, again.model_folders) == (
        40,
        "ctrl+enter",
        (str(folder),),
    )
    assert (again.default_system_prompt, again.offline, again.max_downloads) == (
        "Be brief.",
        True,
        3,
    )
    again.remove_model_folder(str(folder))
    again.set_font_size(None)
    assert (Preferences(file).model_folders, Preferences(file).font_size) == ((), None)
