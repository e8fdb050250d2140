"""The conversation cache's disk budget: declared once in core.settings (default, range, a bad
value in the file falls back), written only by Preferences (clamped, saved, kvBudgetChanged)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from desktop.core import kv_files
from desktop.core.settings import (
    KV_BUDGET_RANGE,
    Settings,
    load_settings,
    save_settings,
    settings_from_dict,
)
from desktop.services.preferences import Preferences

GB = 1000**3


@pytest.fixture
def file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def test_the_default_is_the_engines_and_it_round_trips(file: Path) -> None:
    assert Settings().kv_cache_budget == kv_files.DEFAULT_BUDGET_BYTES == 2_000_000_000
    assert load_settings(file).kv_cache_budget == kv_files.DEFAULT_BUDGET_BYTES  # no file
    for budget in (0, 7 * GB, KV_BUDGET_RANGE[1]):
        save_settings(Settings(kv_cache_budget=budget), file)
        assert json.loads(file.read_text())["kv_cache_budget"] == budget
        assert load_settings(file).kv_cache_budget == budget


@pytest.mark.parametrize("bad", [-1, KV_BUDGET_RANGE[1] + 1, "2 GB", 1.5, True, None])
def test_a_bad_value_in_the_file_is_the_default_and_the_rest_is_kept(
    bad: object, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    settings = settings_from_dict({"kv_cache_budget": bad, "theme": "dark"})
    assert settings.kv_cache_budget == kv_files.DEFAULT_BUDGET_BYTES
    assert settings.theme == "dark"
    assert "kv_cache_budget ignored" in caplog.text


def test_an_older_file_without_it_gets_the_default_and_keeps_its_settings(file: Path) -> None:
    file.parent.mkdir(parents=True)
    file.write_text(json.dumps({"version": 2, "theme": "light", "max_downloads": 3}))
    settings = load_settings(file)
    assert settings.kv_cache_budget == kv_files.DEFAULT_BUDGET_BYTES
    assert (settings.theme, settings.max_downloads) == ("light", 3)


def test_preferences_sets_it_clamped_saves_it_and_says_so(qtbot, file: Path) -> None:
    prefs = Preferences(file)
    assert prefs.kv_budget == kv_files.DEFAULT_BUDGET_BYTES
    with qtbot.waitSignal(prefs.kvBudgetChanged) as changed:
        prefs.set_kv_budget(5 * GB)
    assert changed.args == [5 * GB]
    assert prefs.kv_budget == 5 * GB
    assert load_settings(file).kv_cache_budget == 5 * GB  # saved at once
    assert Preferences(file).kv_budget == 5 * GB  # the next start has it

    with qtbot.waitSignal(prefs.kvBudgetChanged) as changed:
        prefs.set_kv_budget(10**15)  # past the range: its top
    assert changed.args == [KV_BUDGET_RANGE[1]]
    with qtbot.waitSignal(prefs.kvBudgetChanged) as changed:
        prefs.set_kv_budget(-5)  # below: off
    assert changed.args == [0]
    assert load_settings(file).kv_cache_budget == 0

    with qtbot.assertNotEmitted(prefs.kvBudgetChanged):
        prefs.set_kv_budget(0)  # the same value: nothing to say
