"""Built-in preset names show in the window's language (issue 16): the params panel's preset
box and the preset menu translate them, the key stays English, and a person's own preset
shows as typed.

Real parts: Qt's lrelease compiles a tiny French catalog; the real panel and menu."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDoubleSpinBox
from pytestqt.qtbot import QtBot

from desktop.core.types import PRESETS, SamplingParams
from desktop.ui.params_panel import ParamsPanel
from desktop.ui.preset_menu import PresetMenu, preset_label

FRENCH = {"Balanced": "Équilibré", "Precise": "Précis", "Creative": "Créatif"}


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    assert Path(found).exists(), "pyside6-lrelease comes with PySide6"
    return found


@pytest.fixture
def french(tmp_path: Path) -> Iterator[QTranslator]:
    body = "".join(
        f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation></message>"
        for s, t in FRENCH.items()
    )
    ts = tmp_path / "presets_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        f"<context><name>presets</name>{body}</context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "presets_fr.qm"
    subprocess.run([_lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


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
