"""Settings file: round-trip, atomic writes, migrations, corrupt files, presets, recents,
the sampling codec derived from the declared fields, the default system prompt."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from desktop.core import paths
from desktop.core import settings as settings_mod
from desktop.core.settings import (
    MAX_RECENT_MODELS,
    SETTINGS_VERSION,
    ModelDefaults,
    Settings,
    SettingsError,
    all_presets,
    load_settings,
    remember_model,
    sampling_for,
    save_settings,
    settings_path,
    with_model_defaults,
    with_preset,
    without_preset,
)
from desktop.core.types import PRESETS, SamplingParams


def _full_settings() -> Settings:
    custom = SamplingParams(
        temperature=0.3, top_p=None, seed=1234, stop=("</s>", "\nUser:"), max_tokens=200
    )
    return Settings(
        theme="dark",
        last_conversation_id=42,
        window_geometry="AdnQywADAAA=",
        window_state="AAAA/wAAAAD9",
        splitter_state="AAAA/wAAAAEAAAAC",
        recent_models=("/models/b.gguf", "/models/a.gguf"),
        last_model="/models/b.gguf",
        model_defaults={
            "sha256:abc": ModelDefaults(
                n_ctx=8192, n_threads=6, n_gpu_layers=-1, sampling=custom, system_prompt="Be brief."
            ),
            "starter": ModelDefaults(preset="Precise"),
        },
        presets={"Mine": custom, "Loose": SamplingParams(temperature=1.4, stop=())},
        offline=True,
        max_downloads=4,
    )


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "settings.json") == Settings()


def test_default_path_is_under_config_dir() -> None:
    save_settings(Settings(theme="light"))
    assert settings_path() == paths.config_dir() / "settings.json"
    assert settings_path().is_file()
    assert load_settings().theme == "light"


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = _full_settings()
    save_settings(original, path)
    loaded = load_settings(path)
    assert loaded == original
    stored = loaded.model_defaults["sha256:abc"].sampling
    assert stored is not None
    assert stored.stop == ("</s>", "\nUser:")
    assert isinstance(stored.stop, tuple)
    assert stored.top_p is None
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == SETTINGS_VERSION
    assert data["presets"]["Mine"]["stop"] == ["</s>", "\nUser:"]


def test_save_leaves_no_temp_file_and_replaces(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(theme="dark"), path)
    save_settings(Settings(theme="light"), path)
    assert _files(tmp_path) == ["settings.json"]
    assert load_settings(path).theme == "light"


def test_save_fsyncs_before_replace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync")
        real_fsync(fd)

    def replace(src: Any, dst: Any) -> None:
        events.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(settings_mod.os, "fsync", fsync)
    monkeypatch.setattr(settings_mod.os, "replace", replace)
    save_settings(Settings(), path)
    assert events[:2] == ["fsync", "replace"]


def test_failed_replace_keeps_original(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(theme="dark"), path)
    before = path.read_bytes()

    def broken_replace(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_mod.os, "replace", broken_replace)
    with pytest.raises(SettingsError, match="could not save its settings") as info:
        save_settings(Settings(theme="light"), path)
    assert "No space left on device" in info.value.user_message
    assert path.read_bytes() == before
    assert _files(tmp_path) == ["settings.json"]


def test_failed_write_midway_keeps_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(theme="dark"), path)
    before = path.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(settings_mod.os, "fsync", broken_fsync)
    with pytest.raises(SettingsError):
        save_settings(Settings(theme="light"), path)
    assert path.read_bytes() == before
    assert _files(tmp_path) == ["settings.json"]


def test_failed_serialization_keeps_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(theme="dark"), path)
    before = path.read_bytes()

    def broken_dumps(*args: Any, **kwargs: Any) -> str:
        raise TypeError("Object of type bytes is not JSON serializable")

    monkeypatch.setattr(settings_mod.json, "dumps", broken_dumps)
    with pytest.raises(TypeError):
        save_settings(Settings(theme="light"), path)
    assert path.read_bytes() == before
    assert _files(tmp_path) == ["settings.json"]


def test_migrates_v0_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    v0 = {
        "dark_mode": True,
        "geometry": "AdnQywADAAA=",
        "recent_files": ["/m/new.gguf", "/m/old.gguf", "/m/new.gguf"],
        "last_model": "/m/new.gguf",
    }
    path.write_text(json.dumps(v0), encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.theme == "dark"
    assert loaded.window_geometry == "AdnQywADAAA="
    assert loaded.recent_models == ("/m/new.gguf", "/m/old.gguf")
    assert loaded.last_model == "/m/new.gguf"
    assert loaded.extra == {}
    # Loading does not write; the next save writes the current version.
    assert json.loads(path.read_text(encoding="utf-8")) == v0
    save_settings(loaded, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == SETTINGS_VERSION
    assert "dark_mode" not in data
    assert "geometry" not in data


@pytest.mark.parametrize(("dark_mode", "theme"), [(False, "light"), (None, "system")])
def test_v0_theme(tmp_path: Path, dark_mode: bool | None, theme: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"dark_mode": dark_mode}), encoding="utf-8")
    assert load_settings(path).theme == theme


def test_failed_migration_leaves_file_and_uses_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"dark_mode": True, "recent_files": ["/m/a.gguf"]}), "utf-8")
    before = path.read_bytes()

    def broken(data: dict[str, Any]) -> dict[str, Any]:
        data["theme"] = "dark"  # a half-done change must not leak anywhere
        raise KeyError("boom")

    monkeypatch.setitem(settings_mod.MIGRATIONS, 0, broken)
    with caplog.at_level(logging.WARNING, logger="desktop.core.settings"):
        loaded = load_settings(path)
    assert loaded == Settings()
    assert path.read_bytes() == before
    assert (tmp_path / "settings.json.unmigrated-v0").read_bytes() == before
    assert any("Could not migrate" in r.getMessage() for r in caplog.records)


def test_missing_migration_step_uses_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 0, "theme": "dark"}), "utf-8")
    monkeypatch.delitem(settings_mod.MIGRATIONS, 0)
    assert load_settings(path) == Settings()
    assert path.is_file()


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"",
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b'"just a string"',
        b'{"version": "one"}',
        b'{"version": -3}',
        b'{"version": true}',
    ],
)
def test_corrupt_file_is_moved_aside(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="desktop.core.settings"):
        assert load_settings(path) == Settings()
    names = _files(tmp_path)
    assert len(names) == 1
    assert names[0].startswith("settings.json.broken-")
    assert (tmp_path / names[0]).read_bytes() == content
    assert any("corrupt" in r.getMessage() for r in caplog.records)
    # The next save starts a fresh file next to the kept one.
    save_settings(Settings(theme="dark"), path)
    assert load_settings(path).theme == "dark"


def test_second_corrupt_file_does_not_overwrite_first(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"first")
    load_settings(path)
    path.write_bytes(b"second")
    load_settings(path)
    kept = sorted((tmp_path / name).read_bytes() for name in _files(tmp_path))
    assert kept == [b"first", b"second"]


def test_bad_fields_fall_back_one_by_one(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "settings.json"
    data = {
        "version": SETTINGS_VERSION,
        "theme": "purple",
        "last_conversation_id": True,
        "window_geometry": 12,
        "recent_models": ["/m/a.gguf", 3],
        "last_model": "/m/a.gguf",
        "model_defaults": {
            "k": {"n_ctx": -5, "n_gpu_layers": 10, "sampling": {"temperature": 99}},
            "bad": "not an object",
        },
        "presets": {
            "Good": {"temperature": 0.5, "stop": ["x"], "future_knob": 1},
            "Broken": {"top_p": 7},
            "Balanced": {"temperature": 0.1},
        },
    }
    path.write_text(json.dumps(data), "utf-8")
    with caplog.at_level(logging.WARNING, logger="desktop.core.settings"):
        loaded = load_settings(path)
    assert path.is_file()  # only unparseable files are moved aside
    assert loaded.theme == "system"
    assert loaded.last_conversation_id is None
    assert loaded.window_geometry is None
    assert loaded.recent_models == ()
    assert loaded.last_model == "/m/a.gguf"
    # One bad sampling value is its default; the rest of the sampling is kept.
    assert loaded.model_defaults == {"k": ModelDefaults(n_gpu_layers=10, sampling=SamplingParams())}
    assert loaded.presets == {
        "Good": SamplingParams(temperature=0.5, stop=("x",)),
        "Broken": SamplingParams(),
    }
    assert len(caplog.records) >= 7


def test_offline_and_max_downloads_defaults_and_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert (Settings().offline, Settings().max_downloads) == (False, 2)
    save_settings(Settings(offline=True, max_downloads=5), path)
    data = json.loads(path.read_text("utf-8"))
    assert data["offline"] is True
    assert data["max_downloads"] == 5
    loaded = load_settings(path)
    assert (loaded.offline, loaded.max_downloads) == (True, 5)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"offline": "yes", "max_downloads": 0}, (False, 2)),
        ({"offline": 1, "max_downloads": 99}, (False, 2)),
        ({"offline": None, "max_downloads": True}, (False, 2)),
        ({"offline": True, "max_downloads": 8}, (True, 8)),
        ({"offline": False, "max_downloads": 1}, (False, 1)),
    ],
)
def test_offline_and_max_downloads_are_validated(
    tmp_path: Path, raw: dict[str, Any], expected: tuple[bool, int]
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": SETTINGS_VERSION, "theme": "dark", **raw}), "utf-8")
    loaded = load_settings(path)
    assert (loaded.offline, loaded.max_downloads) == expected
    assert loaded.theme == "dark"  # a bad field never costs the good ones


def test_newer_file_keeps_unknown_keys_and_version(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    future = {
        "version": SETTINGS_VERSION + 3,
        "theme": "light",
        "telemetry_opt_in": False,
        "plugins": {"a": [1, 2, {"b": None}]},
    }
    path.write_text(json.dumps(future), "utf-8")
    loaded = load_settings(path)
    assert loaded.theme == "light"
    assert loaded.extra == {"telemetry_opt_in": False, "plugins": {"a": [1, 2, {"b": None}]}}
    save_settings(dataclasses.replace(loaded, theme="dark"), path)
    data = json.loads(path.read_text("utf-8"))
    assert data["version"] == SETTINGS_VERSION + 3
    assert data["theme"] == "dark"
    assert data["plugins"] == {"a": [1, 2, {"b": None}]}
    assert data["telemetry_opt_in"] is False


def test_settings_copies_mappings() -> None:
    presets = {"Mine": SamplingParams()}
    settings = Settings(presets=presets)
    presets["Other"] = SamplingParams()
    assert list(settings.presets) == ["Mine"]


# --- presets ----------------------------------------------------------------------------


def test_all_presets_builtins_first_then_user() -> None:
    mine = SamplingParams(temperature=0.9)
    merged = all_presets(Settings(presets={"Mine": mine}))
    assert list(merged) == [*PRESETS, "Mine"]
    assert merged["Mine"] == mine
    assert merged["Seed tutorial"] == PRESETS["Seed tutorial"]


def test_with_preset_adds_and_replaces() -> None:
    settings = with_preset(Settings(), "  Mine ", SamplingParams(temperature=0.9))
    settings = with_preset(settings, "Mine", SamplingParams(temperature=0.4))
    assert settings.presets == {"Mine": SamplingParams(temperature=0.4)}


def test_edited_copy_of_builtin_is_saved_under_new_name() -> None:
    copy = dataclasses.replace(PRESETS["Creative"], temperature=1.3)
    settings = with_preset(Settings(), "Creative (mine)", copy)
    merged = all_presets(settings)
    assert merged["Creative"] == PRESETS["Creative"]
    assert merged["Creative (mine)"].temperature == 1.3


@pytest.mark.parametrize("name", ["Balanced", "balanced", " Seed tutorial ", "PRECISE"])
def test_builtin_names_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match=r"built-in preset .* cannot be changed; save") as info:
        with_preset(Settings(), name, SamplingParams(temperature=0.1))
    assert str(info.value).endswith(".")
    assert PRESETS["Balanced"] == SamplingParams()
    with pytest.raises(ValueError, match="cannot be deleted"):
        without_preset(Settings(), name)


def test_bad_preset_names_and_values_are_refused() -> None:
    with pytest.raises(ValueError, match="needs a name"):
        with_preset(Settings(), "   ", SamplingParams())
    with pytest.raises(ValueError, match="at most"):
        with_preset(Settings(), "x" * 200, SamplingParams())
    with pytest.raises(ValueError, match="temperature"):
        with_preset(Settings(), "Hot", SamplingParams(temperature=9.0))


def test_without_preset() -> None:
    settings = with_preset(Settings(), "Mine", SamplingParams())
    assert without_preset(settings, "Mine").presets == {}
    assert without_preset(settings, "Unknown") == settings


def test_model_defaults_and_sampling_for() -> None:
    settings = Settings()
    assert sampling_for(settings, "k") == PRESETS["Balanced"]
    settings = with_model_defaults(settings, "k", ModelDefaults(preset="Precise", n_ctx=2048))
    assert sampling_for(settings, "k") == PRESETS["Precise"]
    settings = with_model_defaults(settings, "k", ModelDefaults(preset="Gone"))
    assert sampling_for(settings, "k") == PRESETS["Balanced"]
    explicit = SamplingParams(temperature=0.0, seed=7)
    settings = with_model_defaults(settings, "k", ModelDefaults(sampling=explicit))
    assert sampling_for(settings, "k") == explicit
    load = ModelDefaults(n_ctx=2048, n_threads=3, n_gpu_layers=12).load_params("/m/a.gguf")
    assert (load.path, load.n_ctx, load.n_threads, load.n_gpu_layers) == (
        "/m/a.gguf",
        2048,
        3,
        12,
    )


# --- recent models ----------------------------------------------------------------------


def test_remember_model_order_and_dedupe(tmp_path: Path) -> None:
    a, b = str(tmp_path / "a.gguf"), str(tmp_path / "b.gguf")
    settings = remember_model(Settings(), a)
    settings = remember_model(settings, b)
    assert settings.recent_models == (b, a)
    settings = remember_model(settings, tmp_path / "x" / ".." / "a.gguf")
    assert settings.recent_models == (a, b)
    assert settings.last_model == a


def test_remember_model_caps_the_list(tmp_path: Path) -> None:
    settings = Settings()
    for i in range(MAX_RECENT_MODELS + 5):
        settings = remember_model(settings, tmp_path / f"m{i}.gguf")
    assert len(settings.recent_models) == MAX_RECENT_MODELS
    assert settings.recent_models[0] == str(tmp_path / f"m{MAX_RECENT_MODELS + 4}.gguf")
    assert settings.recent_models[-1] == str(tmp_path / "m5.gguf")


def test_remember_starter_is_not_a_recent_file(tmp_path: Path) -> None:
    settings = remember_model(Settings(), tmp_path / "a.gguf")
    settings = remember_model(settings, "starter")
    assert settings.last_model == "starter"
    assert settings.recent_models == (str(tmp_path / "a.gguf"),)


def test_relative_path_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = remember_model(Settings(), "m.gguf")
    assert settings.recent_models == (str(tmp_path / "m.gguf"),)


# --- properties -------------------------------------------------------------------------

sampling_params = st.builds(
    SamplingParams,
    temperature=st.floats(0.0, 5.0),
    top_p=st.none() | st.floats(0.0, 1.0, exclude_min=True),
    top_k=st.integers(0, 10**6),
    min_p=st.floats(0.0, 1.0),
    repeat_penalty=st.floats(0.0, 5.0, exclude_min=True),
    repeat_last_n=st.integers(-1, 10**6),
    seed=st.none() | st.integers(0, 2**32 - 1),
    max_tokens=st.integers(1, 10**6),
    stop=st.lists(st.text(max_size=20), max_size=5).map(tuple),
)


@given(params=sampling_params)
def test_sampling_params_round_trip(
    params: SamplingParams, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.getbasetemp() / "hypothesis-settings.json"
    settings = with_preset(Settings(), "Generated", params)
    settings = with_model_defaults(settings, "k", ModelDefaults(sampling=params))
    save_settings(settings, path)
    loaded = load_settings(path)
    assert loaded.presets["Generated"] == params
    assert loaded.model_defaults["k"].sampling == params
    assert loaded == settings


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=10,
)


@hypothesis_settings(max_examples=50)
@given(
    data=st.dictionaries(
        st.sampled_from(
            ["version", "theme", "recent_models", "presets", "model_defaults", "last_model"]
        )
        | st.text(),
        json_values,
    )
)
def test_any_json_object_loads_without_crashing(
    data: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.getbasetemp() / "hypothesis-any" / "settings.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(data), "utf-8")
    loaded = load_settings(path)
    assert isinstance(loaded, Settings)
    for leftover in path.parent.iterdir():
        leftover.unlink()


# --- GPU layers: None is auto ---------------------------------------------------------------


def test_gpu_layers_default_to_auto() -> None:
    assert ModelDefaults().n_gpu_layers is None
    assert ModelDefaults().load_params("/m/a.gguf").n_gpu_layers is None


@pytest.mark.parametrize("layers", [None, -1, 0, 1, 33])
def test_gpu_layers_round_trip(tmp_path: Path, layers: int | None) -> None:
    path = tmp_path / "settings.json"
    settings = with_model_defaults(Settings(), "k", ModelDefaults(n_gpu_layers=layers))
    save_settings(settings, path)
    assert json.loads(path.read_text("utf-8"))["model_defaults"]["k"]["n_gpu_layers"] == layers
    loaded = load_settings(path)
    assert loaded.model_defaults["k"].n_gpu_layers == layers
    assert loaded.model_defaults["k"].load_params("/m/a.gguf").n_gpu_layers == layers


@pytest.mark.parametrize("bad", [-2, "auto", 1.5, True, [3]])
def test_bad_gpu_layers_fall_back_to_auto(
    tmp_path: Path, bad: object, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    data = {"version": SETTINGS_VERSION, "model_defaults": {"k": {"n_gpu_layers": bad}}}
    path.write_text(json.dumps(data), "utf-8")
    with caplog.at_level(logging.WARNING, logger="desktop.core.settings"):
        loaded = load_settings(path)
    assert loaded.model_defaults == {"k": ModelDefaults(n_gpu_layers=None)}
    assert any("n_gpu_layers" in r.getMessage() for r in caplog.records)


def test_v1_file_keeps_manual_gpu_layers_and_turns_its_default_zero_into_auto(
    tmp_path: Path,
) -> None:
    """v1 stored 0 (its default) with any model's defaults, e.g. after a temperature change:
    that 0 becomes auto. A number the person set by hand stays their choice."""
    path = tmp_path / "settings.json"
    v1 = {
        "version": 1,
        "theme": "dark",
        "model_defaults": {
            "manual": {"n_ctx": 2048, "n_gpu_layers": 20},
            "all": {"n_gpu_layers": -1},
            "untouched": {"n_gpu_layers": 0, "sampling": {"temperature": 0.2}},
            "old junk": "not an object",
        },
    }
    path.write_text(json.dumps(v1), "utf-8")
    loaded = load_settings(path)
    assert loaded.theme == "dark"
    stored = loaded.model_defaults
    assert stored["manual"] == ModelDefaults(n_ctx=2048, n_gpu_layers=20)
    assert stored["all"].n_gpu_layers == -1
    assert stored["untouched"].n_gpu_layers is None
    assert stored["untouched"].sampling == SamplingParams(temperature=0.2)
    assert "old junk" not in stored
    assert json.loads(path.read_text("utf-8")) == v1  # loading never writes
    save_settings(loaded, path)
    data = json.loads(path.read_text("utf-8"))
    assert data["version"] == SETTINGS_VERSION == 2
    assert data["model_defaults"]["manual"]["n_gpu_layers"] == 20
    assert data["model_defaults"]["untouched"]["n_gpu_layers"] is None
    assert load_settings(path) == loaded


def test_v0_file_migrates_through_v1_to_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"dark_mode": False, "recent_files": ["/m/a.gguf"]}), "utf-8")
    loaded = load_settings(path)
    assert (loaded.theme, loaded.recent_models) == ("light", ("/m/a.gguf",))
    assert loaded.file_version == SETTINGS_VERSION


# --- sampling read by its declared fields; the default system prompt --------------------


def test_each_bad_sampling_value_is_its_default_and_the_others_are_kept(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    raw = {
        "temperature": 99,  # out of range
        "top_p": None,  # allowed: off
        "top_k": 7,
        "min_p": "low",  # not a number
        "repeat_last_n": -1,  # a special value
        "seed": 2**32,  # out of range
        "max_tokens": 2.5,  # not a whole number
        "stop": ["\nUser:", 3],  # not all text
        "from_a_newer_hearth": 1,
    }
    data = {"version": SETTINGS_VERSION, "model_defaults": {"k": {"sampling": raw}}}
    path.write_text(json.dumps(data), "utf-8")
    with caplog.at_level(logging.WARNING, logger="desktop.core.settings"):
        loaded = load_settings(path)
    assert loaded.model_defaults["k"].sampling == SamplingParams(
        top_p=None, top_k=7, repeat_last_n=-1
    )
    ignored = {r.getMessage().split(" ignored")[0].rsplit(".", 1)[-1] for r in caplog.records}
    assert ignored == {"temperature", "min_p", "seed", "max_tokens", "stop"}


def test_the_sampling_written_has_every_declared_field_once(tmp_path: Path) -> None:
    from desktop.core.fields import SAMPLING_ALL

    path = tmp_path / "settings.json"
    save_settings(with_preset(Settings(), "Mine", SamplingParams(stop=("a",))), path)
    written = json.loads(path.read_text("utf-8"))["presets"]["Mine"]
    assert list(written) == [f.name for f in SAMPLING_ALL]
    assert written["stop"] == ["a"]
    assert {f.name for f in dataclasses.fields(SamplingParams)} == set(written)


def test_the_default_system_prompt_round_trips_and_older_files_lack_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    assert Settings().default_system_prompt == ""
    save_settings(Settings(default_system_prompt="You are a pirate.\nArr."), path)
    assert json.loads(path.read_text("utf-8"))["default_system_prompt"] == (
        "You are a pirate.\nArr."
    )
    assert load_settings(path).default_system_prompt == "You are a pirate.\nArr."
    # A file of this version written before the field existed: the default, no warning.
    path.write_text(json.dumps({"version": SETTINGS_VERSION, "theme": "dark"}), "utf-8")
    with caplog.at_level(logging.WARNING, logger="desktop.core.settings"):
        loaded = load_settings(path)
    assert (loaded.default_system_prompt, loaded.theme) == ("", "dark")
    assert caplog.records == []
    # A bad value: the default, with a warning, and the other fields kept.
    path.write_text(
        json.dumps({"version": SETTINGS_VERSION, "theme": "dark", "default_system_prompt": 7}),
        "utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="desktop.core.settings"):
        loaded = load_settings(path)
    assert (loaded.default_system_prompt, loaded.theme) == ("", "dark")
    assert any("default_system_prompt" in r.getMessage() for r in caplog.records)
    # From a v1 file through the migrations: still the default.
    path.write_text(json.dumps({"version": 1, "theme": "light"}), "utf-8")
    assert load_settings(path).default_system_prompt == ""


def test_chat_settings_and_preset_prompts_round_trip_and_read_leniently(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    chosen = settings_mod.with_model_folders(
        with_preset(Settings(), "Pirate", SamplingParams(temperature=0.3), " Arr. "),
        (str(tmp_path / "a"), str(tmp_path / "a") + "/", ""),
    )
    chosen = dataclasses.replace(chosen, font_size=14, send_key="ctrl+enter")
    save_settings(chosen, path)
    raw = json.loads(path.read_text("utf-8"))
    assert raw["presets"]["Pirate"]["system_prompt"] == "Arr."  # stored with the preset
    assert raw["model_folders"] == [str(tmp_path / "a")]
    assert load_settings(path) == chosen
    # Bad values fall back to their defaults, one by one; the rest is kept.
    raw.update(font_size=3, send_key="shift", model_folders="~/models")
    raw["presets"]["Pirate"]["system_prompt"] = 7
    path.write_text(json.dumps(raw), "utf-8")
    loaded = load_settings(path)
    assert (loaded.font_size, loaded.send_key, loaded.model_folders) == (None, "enter", ())
    assert loaded.presets["Pirate"] == SamplingParams(temperature=0.3)
    assert loaded.preset_prompts == {}
    assert loaded.file_version == settings_mod.SETTINGS_VERSION == 2  # no bump needed


def test_an_unreadable_file_gives_the_defaults_and_stays_where_it_is(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A folder where the file should be (as a read that fails for permissions): logged,
    the defaults used, nothing moved aside (it is not corrupt)."""
    path = tmp_path / "settings.json"
    path.mkdir()
    with caplog.at_level(logging.WARNING, logger="desktop.core.settings"):
        assert load_settings(path) == Settings()
    assert path.is_dir() and _files(tmp_path) == ["settings.json"]
    assert any("Could not read settings file" in r.getMessage() for r in caplog.records)


def test_a_file_without_a_version_is_read_as_version_0_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"dark_mode": True}), "utf-8")
    assert load_settings(path).theme == "dark"
    assert _files(tmp_path) == ["settings.json"]
