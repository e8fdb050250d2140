"""Built-in preset names show in the window's language (issue 16): the params panel's preset
box and the preset menu translate them, the key stays English, and a person's own preset
shows as typed.

Real parts: Qt's lrelease compiles a tiny French catalog; the real panel and menu."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QDoubleSpinBox
from pytestqt.qtbot import QtBot
from tiny_translator import installed

from desktop.core.types import PRESETS, SamplingParams
from desktop.ui.params_panel import ParamsPanel
from desktop.ui.preset_menu import PresetMenu, preset_label

FRENCH = {"Balanced": "Équilibré", "Precise": "Précis", "Creative": "Créatif"}


@pytest.fixture
def french(tmp_path: Path) -> Iterator[QTranslator]:
    with installed(tmp_path, "fr", {"presets": FRENCH}) as translator:
        yield translator


def test_the_builtin_names_are_the_english_keys() -> None:
    assert list(PRESETS)[:3] == ["Balanced", "Precise", "Creative"]
    assert preset_label("Balanced") == "Balanced"  # no translator: the English


def test_the_preset_box_shows_builtins_translated_and_keeps_english_keys(
    qtbot: QtBot, french: QTranslator
) -> None:
    panel = ParamsPanel()
    qtbot.addWidget(panel)
    panel.add_preset("Mon réglage", SamplingParams(temperature=0.5))
    box = panel.preset
    texts = {box.itemData(i): box.itemText(i) for i in range(box.count())}
    assert texts["Balanced"] == "Équilibré"
    assert texts["Precise"] == "Précis"
    assert texts["Mon réglage"] == "Mon réglage"
    box.setCurrentIndex(box.findData("Precise"))
    assert panel.preset_name() == "Precise"  # the key: what is stored
    assert box.currentText() == "Précis"
    spin = panel.spins["temperature"]
    assert isinstance(spin, QDoubleSpinBox)
    spin.setValue(spin.value() + 0.3)
    qtbot.waitUntil(lambda: box.currentData() is None)
    assert box.currentText().startswith("Précis")  # "Précis (edited)": the name translated


def test_the_preset_menu_names_a_builtin_translated(qtbot: QtBot, french: QTranslator) -> None:
    current = ["Balanced"]
    menu = PresetMenu(lambda: current[0])
    qtbot.addWidget(menu)
    menu.update_actions()
    assert "Équilibré" in menu.rename_action.text()
    assert "Balanced" not in menu.delete_action.text()
    current[0] = "Balanced mine"
    menu.update_actions()
    assert "Balanced mine" in menu.delete_action.text()
