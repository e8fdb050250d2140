"""The settings dialog: the Hugging Face token (verify with whoami, save to the keychain,
remove, never logged), offline mode, parallel downloads and the default system prompt,
against a local hub."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from hubserver import HubServer
from keyring.backends import fail
from keyrings import MemoryKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from desktop.app import App
from desktop.core.hub import HubClient
from desktop.core.secrets import NO_KEYCHAIN, USERNAME, TokenStore
from desktop.core.settings import Settings, load_settings, settings_path
from desktop.services.hub_calls import HubCalls
from desktop.ui.settings_dialog import SettingsDialog

LEFT = Qt.MouseButton.LeftButton
TOKEN = "hf_SettingsDialogCanary0123456789abcdef"
OTHER = "hf_NotKnownToTheHub0123456789abcdefgh"


@pytest.fixture
def server(local_network_only, tmp_path, monkeypatch) -> Iterator[HubServer]:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf_cache"))
    with HubServer() as hub:
        hub.add_token(TOKEN, "alice")
        monkeypatch.setenv("HF_ENDPOINT", hub.url)
        yield hub


def make_dialog(qtbot, server: HubServer, backend, settings: Settings | None = None):
    calls = HubCalls(lambda: HubClient(endpoint=server.url))
    tokens = TokenStore(backend=backend)
    dialog = SettingsDialog(settings or Settings(), tokens, calls)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, tokens, calls


def verify(qtbot, dialog: SettingsDialog, signal) -> list:
    with qtbot.waitSignal(signal, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.verify_button, LEFT)
    return blocker.args


def test_token_verify_save_and_remove(qtbot, server, caplog):
    caplog.set_level(logging.DEBUG)
    backend = MemoryKeyring()
    dialog, tokens, calls = make_dialog(qtbot, server, backend)
    assert dialog.token.echoMode() == QLineEdit.EchoMode.Password
    assert "No token is saved" in dialog.token_state.text()
    assert not dialog.save_button.isEnabled() and not dialog.remove_button.isEnabled()

    qtbot.keyClicks(dialog.token, OTHER)
    args = verify(qtbot, dialog, calls.whoamiFailed)
    assert dialog.check_result.text() == args[0]
    assert "refused this token" in args[0]

    dialog.token.clear()
    qtbot.keyClicks(dialog.token, TOKEN)
    assert verify(qtbot, dialog, calls.whoamiDone) == ["alice"]
    assert dialog.check_result.text() == "This token belongs to alice."
    assert server.requests_to("/api/whoami-v2")[-1].authorization == f"Bearer {TOKEN}"

    with qtbot.waitSignal(dialog.tokenChanged, timeout=1000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert backend.store == {("Hearth", USERNAME): TOKEN}
    assert tokens.get() == TOKEN
    assert dialog.token.text() == ""  # never left on screen
    assert dialog.token_state.text() == "A token is saved in the system keychain."
    assert dialog.remove_button.isEnabled()
    # With nothing typed, Verify checks the saved token.
    assert verify(qtbot, dialog, calls.whoamiDone) == ["alice"]

    with qtbot.waitSignal(dialog.tokenChanged, timeout=1000):
        qtbot.mouseClick(dialog.remove_button, LEFT)
    assert backend.store == {}
    assert tokens.get() is None
    assert "No token is saved" in dialog.token_state.text()
    assert not dialog.remove_button.isEnabled()
    logged = "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert TOKEN not in logged and OTHER not in logged
    calls.shutdown()


def test_without_a_keychain_the_token_is_kept_only_for_the_session(qtbot, server):
    dialog, tokens, calls = make_dialog(qtbot, server, fail.Keyring())
    qtbot.keyClicks(dialog.token, TOKEN)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert tokens.get() == TOKEN and not tokens.persistent
    assert dialog.token_state.text() == NO_KEYCHAIN
    assert "only until Hearth closes" in dialog.token_state.text()
    calls.shutdown()


def test_verify_offline_says_so_without_a_request(qtbot, server):
    dialog, _, calls = make_dialog(qtbot, server, MemoryKeyring())
    calls.set_offline(True)
    qtbot.keyClicks(dialog.token, TOKEN)
    args = verify(qtbot, dialog, calls.whoamiFailed)
    assert "offline" in args[0] and dialog.check_result.text() == args[0]
    assert server.requests == []


def test_offline_and_downloads_fields(qtbot, server):
    dialog, _, _ = make_dialog(
        qtbot, server, MemoryKeyring(), Settings(theme="dark", max_downloads=3)
    )
    assert not dialog.offline.isChecked()
    assert dialog.max_downloads.value() == 3
    assert (dialog.max_downloads.minimum(), dialog.max_downloads.maximum()) == (1, 8)
    qtbot.mouseClick(dialog.offline, LEFT)
    dialog.max_downloads.setValue(5)
    chosen = dialog.values()
    assert (chosen.offline, chosen.max_downloads, chosen.theme) == (True, 5, "dark")


def test_the_default_system_prompt_field(qtbot, server):
    dialog, _, _ = make_dialog(
        qtbot, server, MemoryKeyring(), Settings(default_system_prompt="Be kind.")
    )
    assert dialog.default_prompt.toPlainText() == "Be kind."
    assert "new chat" in dialog.default_prompt.toolTip()
    dialog.default_prompt.setPlainText("  You are a pirate.\nSpeak like one.  ")
    assert dialog.values().default_system_prompt == "You are a pirate.\nSpeak like one."


def test_settings_from_the_main_window_apply_and_persist(qtbot, server):
    backend = MemoryKeyring()
    app = App([], tokens=TokenStore(backend=backend))
    qtbot.addWidget(app.window)
    app.start(load=False)
    try:
        assert app.window.settings_action.shortcut().toString() == "Ctrl+,"  # on Linux
        app.window.activateWindow()
        qtbot.waitUntil(app.window.isActiveWindow)
        qtbot.keyClick(app.window, ",", Qt.KeyboardModifier.ControlModifier)
        dialog = app.settings_dialog
        assert dialog is not None and dialog.isVisible()
        qtbot.keyClicks(dialog.token, TOKEN)
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert app.hub_client().token == TOKEN  # the next hub call sends the new token
        qtbot.mouseClick(dialog.offline, LEFT)
        dialog.max_downloads.setValue(4)
        with qtbot.waitSignal(app.hub.offlineChanged, timeout=1000):
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        assert app.hub.offline and app.downloads.offline
        assert app.downloads.max_parallel == 4
        stored = load_settings()
        assert (stored.offline, stored.max_downloads) == (True, 4)
        text = Path(settings_path()).read_text("utf-8")
        assert TOKEN not in text  # the token lives in the keychain only
        assert json.loads(text)["offline"] is True
        assert app.settings_dialog is None  # closed
        app.window.settings_action.trigger()
        again = app.settings_dialog
        assert again is not None and again.offline.isChecked()
        qtbot.mouseClick(again.remove_button, LEFT)
        assert backend.store == {} and app.hub_client().token is None
        qtbot.mouseClick(again.offline, LEFT)
        with qtbot.waitSignal(app.hub.offlineChanged, timeout=1000) as back:
            again.accept()
        assert back.args == [False, ""]
        assert not app.downloads.offline and not load_settings().offline
    finally:
        app.window.close()
