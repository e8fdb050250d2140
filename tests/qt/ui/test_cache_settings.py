"""Settings → Conversation cache: the disk budget (GB, saved through Preferences), the space
the engine's saved states take (counted off the GUI thread when the page is shown) and Clear
cache (the files go, the figure follows); every control named for a screen reader."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from a11y_walk import unnamed_controls
from keyrings import MemoryKeyring
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from desktop.core import kv_files, paths
from desktop.core.hub import HubClient
from desktop.core.secrets import TokenStore
from desktop.core.settings import load_settings
from desktop.models.locale_format import size
from desktop.services.hub_calls import HubCalls
from desktop.services.preferences import Preferences
from desktop.ui.settings_page import SettingsPage

LEFT = Qt.MouseButton.LeftButton
GB = 1000**3


def saved_state(n_bytes: int, conversation: str = "7") -> Path:
    """A state file where the engine keeps them: <kv>/<16 hex>/c<id>-<16 hex>.hkv."""
    folder = paths.kv_cache_dir() / secrets.token_hex(8)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / kv_files.file_name(conversation, secrets.token_hex(8))
    path.write_bytes(b"k" * n_bytes)
    return path


@pytest.fixture
def page(qtbot) -> SettingsPage:
    # No hub call is made here: the client is never built.
    calls = HubCalls(lambda: HubClient(endpoint="http://127.0.0.1:9"), offline=True)
    made = SettingsPage(Preferences(), TokenStore(backend=MemoryKeyring()), calls)
    qtbot.addWidget(made)
    made.resize(900, 700)
    return made


def show(qtbot, page: SettingsPage) -> int:
    """Show the page; the bytes the count it starts puts on screen."""
    with qtbot.waitSignal(page.cache.usageShown, timeout=10000) as shown:
        page.show()
    return int(shown.args[0])


def test_the_row_shows_the_space_in_use_and_clear_empties_it(qtbot, page: SettingsPage) -> None:
    files = [saved_state(1500), saved_state(2000, "8"), saved_state(1000, "")]
    assert paths.kv_cache_dir().is_relative_to(paths.cache_dir())  # this test's own folder
    cache = page.cache
    assert show(qtbot, page) == 4500
    assert cache.in_use.text() == size(4500)

    page.scroll_area.ensureWidgetVisible(cache.clear_button)
    button = cache.clear_button
    with (
        qtbot.waitSignal(cache.usageShown, timeout=10000) as shown,
        qtbot.waitSignal(cache.cleared, timeout=10000) as cleared,
    ):
        qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))
        assert not button.isEnabled() and cache.in_use.text() == "Clearing…"
    assert cleared.args == [3]
    assert shown.args == [0]
    assert not any(f.exists() for f in files)
    assert cache.in_use.text() == size(0)
    assert cache.clear_button.isEnabled()

    # States saved while the page was away show when it is shown again.
    saved_state(2500)
    page.hide()
    assert show(qtbot, page) == 2500


def test_the_budget_box_is_in_gb_and_goes_to_preferences(qtbot, page: SettingsPage) -> None:
    show(qtbot, page)
    prefs, box = page.preferences, page.cache.budget
    assert prefs.kv_budget == kv_files.DEFAULT_BUDGET_BYTES
    assert box.value() == pytest.approx(2.0)  # the default, 2 GB
    assert box.suffix().strip() == "GB"

    page.scroll_area.ensureWidgetVisible(box)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(prefs.kvBudgetChanged) as changed:
        qtbot.keyClicks(box, "5")
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert changed.args == [5 * GB]
    assert load_settings().kv_cache_budget == 5 * GB  # saved in the settings file

    with qtbot.waitSignal(prefs.kvBudgetChanged) as changed:
        qtbot.keyClick(box, Qt.Key.Key_Up)  # one step
    assert changed.args == [round(5.5 * GB)]

    # Zero is "Off"; a change made elsewhere shows here without being written back.
    with qtbot.waitSignal(prefs.kvBudgetChanged):
        box.setValue(0)
    assert prefs.kv_budget == 0 and box.text() == "Off"
    prefs.set_kv_budget(12 * GB)
    assert box.value() == pytest.approx(12.0)
    assert prefs.kv_budget == 12 * GB


def test_every_control_of_the_row_is_named(qtbot, page: SettingsPage) -> None:
    show(qtbot, page)
    cache: QWidget = page.cache
    assert unnamed_controls(cache) == []
    assert page.cache.budget.accessibleName() and page.cache.budget.accessibleDescription()
    assert page.cache.clear_button.accessibleDescription()
