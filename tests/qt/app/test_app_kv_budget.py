"""The conversation cache's budget in the real App: the saved setting reaches the engine
session at start, and each change in Settings follows, always on the inference thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from keyrings import MemoryKeyring
from pytestqt.qtbot import QtBot

from desktop.app import App
from desktop.core.secrets import TokenStore
from desktop.core.settings import Settings, save_settings
from desktop.engine.session import EngineSession

GB = 1000**3


def test_the_budget_reaches_the_engine_at_start_and_on_each_change(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_settings(Settings(kv_cache_budget=3 * GB))
    calls: list[tuple[int, bool]] = []  # budget, on the GUI thread
    real = EngineSession.set_kv_budget

    def recorded(self: EngineSession, budget_bytes: int) -> None:
        calls.append((budget_bytes, threading.current_thread() is threading.main_thread()))
        real(self, budget_bytes)

    monkeypatch.setattr(EngineSession, "set_kv_budget", recorded)
    app = App([], tokens=TokenStore(backend=MemoryKeyring()))
    qtbot.addWidget(app.window)
    app.start(load=False)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=10000)
    assert calls == [(3 * GB, False)]  # the saved value, on the worker's thread

    page = app.open_settings_page()
    box = page.cache.budget
    box.setValue(0)  # Off, as the person sets it in Settings
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=10000)
    assert calls[-1] == (0, False)
    assert app.preferences.kv_budget == 0
    app.window.close()
