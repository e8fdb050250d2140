"""The settings page: the Hugging Face token (verify with whoami, save to the keychain,
remove, never logged), and every other setting applied at once through Preferences: the
default system prompt, the send key, the text size (Ctrl+= too), the theme, model folders
listed by the Library, offline mode, downloads at once, and where data lives."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hubserver import HubServer
from keyring.backends import fail
from keyrings import MemoryKeyring
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit

from desktop.app import App
from desktop.core import paths
from desktop.core.history import default_path
from desktop.core.hub import HubClient
from desktop.core.secrets import NO_KEYCHAIN, USERNAME, TokenStore
from desktop.core.settings import load_settings, settings_path
from desktop.services.hub_calls import HubCalls
from desktop.services.preferences import Preferences
from desktop.ui import file_dialogs
from desktop.ui.settings_page import SYSTEM_FONT, SettingsPage
from desktop.ui.theme import apply_theme

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
TOKEN = "hf_SettingsDialogCanary0123456789abcdef"
OTHER = "hf_NotKnownToTheHub0123456789abcdefgh"


@pytest.fixture
def server(local_network_only, tmp_path, monkeypatch) -> Iterator[HubServer]:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf_cache"))
    with HubServer() as hub:
        hub.add_token(TOKEN, "alice")
        monkeypatch.setenv("HF_ENDPOINT", hub.url)
        yield hub


def make_page(qtbot, server: HubServer, backend, prefs: Preferences | None = None):
    calls = HubCalls(lambda: HubClient(endpoint=server.url))
    tokens = TokenStore(backend=backend)
    page = SettingsPage(prefs or Preferences(), tokens, calls)
    qtbot.addWidget(page)
    page.show()
    return page, tokens, calls


def click(qtbot, page: SettingsPage, widget) -> None:
    """Scroll the widget into view, then click near its left end (a check box's label)."""
    page.scroll_area.ensureWidgetVisible(widget)
    qtbot.mouseClick(widget, LEFT, pos=QPoint(12, widget.height() // 2))


def verify(qtbot, page: SettingsPage, signal) -> list:
    with qtbot.waitSignal(signal, timeout=20000) as blocker:
        qtbot.mouseClick(page.token_box.verify_button, LEFT)
    return blocker.args


def test_token_verify_save_and_remove(qtbot, server, caplog):
    caplog.set_level(logging.DEBUG)
    backend = MemoryKeyring()
    page, tokens, calls = make_page(qtbot, server, backend)
    box = page.token_box
    assert box.token.echoMode() == QLineEdit.EchoMode.Password
    assert "No token is saved" in box.token_state.text()
    assert not box.save_button.isEnabled() and not box.remove_button.isEnabled()

    qtbot.keyClicks(box.token, OTHER)
    args = verify(qtbot, page, calls.whoamiFailed)
    assert box.check_result.text() == args[0]
    assert "refused this token" in args[0]

    box.token.clear()
    qtbot.keyClicks(box.token, TOKEN)
    assert verify(qtbot, page, calls.whoamiDone) == ["alice"]
    assert box.check_result.text() == "This token belongs to alice."
    assert server.requests_to("/api/whoami-v2")[-1].authorization == f"Bearer {TOKEN}"

    with qtbot.waitSignal(page.tokenChanged, timeout=1000):
        qtbot.mouseClick(box.save_button, LEFT)
    assert backend.store == {("Hearth", USERNAME): TOKEN}
    assert tokens.get() == TOKEN
    assert box.token.text() == ""  # never left on screen
    assert box.token_state.text() == "A token is saved in the system keychain."
    assert verify(qtbot, page, calls.whoamiDone) == ["alice"]  # nothing typed: the saved one

    with qtbot.waitSignal(page.tokenChanged, timeout=1000):
        qtbot.mouseClick(box.remove_button, LEFT)
    assert backend.store == {} and tokens.get() is None
    assert "No token is saved" in box.token_state.text()
    logged = "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert TOKEN not in logged and OTHER not in logged
    calls.shutdown()


def test_without_a_keychain_the_token_is_kept_only_for_the_session(qtbot, server):
    page, tokens, calls = make_page(qtbot, server, fail.Keyring())
    qtbot.keyClicks(page.token_box.token, TOKEN)
    click(qtbot, page, page.token_box.save_button)
    assert tokens.get() == TOKEN and not tokens.persistent
    assert page.token_box.token_state.text() == NO_KEYCHAIN
    calls.shutdown()


def test_verify_offline_says_so_without_a_request(qtbot, server):
    page, _, calls = make_page(qtbot, server, MemoryKeyring())
    calls.set_offline(True)
    qtbot.keyClicks(page.token_box.token, TOKEN)
    args = verify(qtbot, page, calls.whoamiFailed)
    assert "offline" in args[0] and page.token_box.check_result.text() == args[0]
    assert server.requests == []


def test_every_setting_applies_at_once_and_persists(qtbot, server):
    prefs = Preferences()
    page, _, _ = make_page(qtbot, server, MemoryKeyring(), prefs)
    headings = [w.text() for w in page.findChildren(QLabel, "settingsHeading")]
    assert headings == [
        "Chat",
        "Appearance",
        "Model folders",
        "Network and downloads",
        "Conversation cache",
        "Where your data lives",
    ]
    assert (page.font_size.value(), page.font_size.text()) == (SYSTEM_FONT, "System size")
    with qtbot.waitSignal(prefs.networkChosen, timeout=1000) as network:
        click(qtbot, page, page.offline)
    assert network.args == [True, 2]
    page.max_downloads.setValue(5)
    page.send_key.setCurrentIndex(page.send_key.findData("ctrl+enter"))
    page.font_size.setValue(15)
    page.theme.setCurrentIndex(page.theme.findData("dark"))
    try:
        with qtbot.waitSignal(prefs.defaultSystemPromptChanged, timeout=5000) as prompt:
            qtbot.keyClicks(page.default_prompt, "  Be brief. ")
        assert prompt.args == ["Be brief."]  # saved once typing paused
        stored = load_settings()
        assert (stored.offline, stored.max_downloads, stored.send_key) == (True, 5, "ctrl+enter")
        assert (stored.font_size, stored.theme) == (15, "dark")
        assert stored.default_system_prompt == "Be brief."
        # A change made elsewhere (View > Theme, Ctrl+-) shows on the page.
        prefs.set_theme("light")
        prefs.set_font_size(None)
        assert page.theme.currentData() == "light"
        assert page.font_size.value() == SYSTEM_FONT
        assert load_settings().font_size is None
    finally:
        apply_theme(QApplication.instance(), "system")


def test_open_folder_buttons_show_where_the_data_lives(qtbot, server, monkeypatch):
    prefs = Preferences()
    page, _, _ = make_page(qtbot, server, MemoryKeyring(), prefs)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    wanted = {
        "Conversations": default_path().parent,
        "Settings": settings_path().parent,
        "Logs": paths.log_dir(),
        "Downloaded models": paths.hf_cache_dir(),
    }
    assert page.data_folders == wanted
    for label, folder in wanted.items():
        button = page.open_buttons[label]
        assert button.text() == "Open folder" and str(folder) in button.toolTip()
        click(qtbot, page, button)
        assert opened[-1] == QUrl.fromLocalFile(str(folder))
        assert folder.is_dir()  # made when missing, so the file manager opens it
    assert len(opened) == 4


def app_with_settings(qtbot) -> App:
    app = App([], tokens=TokenStore(backend=MemoryKeyring()))
    qtbot.addWidget(app.window)
    app.start(load=False)
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    return app


def test_settings_from_the_main_window_apply_at_once(qtbot, server):
    app = app_with_settings(qtbot)
    try:
        assert app.window.settings_action.shortcut().toString() == "Ctrl+,"  # on Linux
        qtbot.keyClick(app.window, ",", CTRL)
        page = app.settings_page
        assert page is not None and page.isVisible()
        # A page of the main window, not a window (nor a dialog) of its own.
        assert app.window.pages.current_key() == "settings"
        assert page.window() is app.window and not page.isWindow()
        assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [app.window]
        assert not any(isinstance(w, QDialog) for w in QApplication.topLevelWidgets())
        qtbot.keyClicks(page.token_box.token, TOKEN)
        click(qtbot, page, page.token_box.save_button)
        assert app.hub_client().token == TOKEN  # the next hub call sends the new token
        with qtbot.waitSignal(app.hub.offlineChanged, timeout=1000):
            click(qtbot, page, page.offline)  # no OK needed
        page.max_downloads.setValue(4)
        assert app.hub.offline and app.downloads.offline
        assert app.downloads.max_parallel == 4
        text = Path(settings_path()).read_text("utf-8")
        assert TOKEN not in text  # the token lives in the keychain only
        assert json.loads(text)["offline"] is True
        qtbot.keyClick(page.max_downloads, Qt.Key.Key_Escape)  # back to the chat
        assert app.window.pages.current_key() == "chat" and not page.isVisible()
        app.window.settings_action.trigger()
        again = app.settings_page
        assert again is page and again.isVisible() and again.offline.isChecked()
        with qtbot.waitSignal(app.hub.offlineChanged, timeout=1000) as back:
            click(qtbot, again, again.offline)
        assert back.args == [False, ""]
        assert not app.downloads.offline and not load_settings().offline
    finally:
        app.window.close()


def test_ctrl_equals_enlarges_the_chat_text_and_is_remembered(qtbot):
    app = app_with_settings(qtbot)
    w = app.window
    try:
        before = w.chat_view.font().pointSize()
        assert app.preferences.font_size is None
        qtbot.keyClick(w, "=", CTRL)
        qtbot.keyClick(w, "=", CTRL)
        assert w.chat_view.font().pointSize() == before + 2  # the transcript
        assert w.composer.edit.font().pointSize() == before + 2  # and the message box
        assert load_settings().font_size == before + 2
        qtbot.keyClick(w, "-", CTRL)
        assert load_settings().font_size == before + 1
        assert [a.shortcut().toString() for a in w.zoom_actions] == ["Ctrl+=", "Ctrl+-", "Ctrl+0"]
    finally:
        w.close()
    again = app_with_settings(qtbot)
    try:
        assert again.window.chat_view.font().pointSize() == before + 1  # after a restart
        qtbot.keyClick(again.window, "0", CTRL)
        assert again.window.chat_view.font().pointSize() == before
        assert load_settings().font_size is None
    finally:
        again.window.close()


def test_ctrl_enter_mode_enter_breaks_the_line(qtbot):
    app = app_with_settings(qtbot)
    w = app.window
    try:
        page = app.open_settings_page()
        page.send_key.setCurrentIndex(page.send_key.findData("ctrl+enter"))
        app.window.pages.show_chat()
        assert "Ctrl+Enter sends" in w.composer.edit.placeholderText()
        sent: list[str] = []  # what the box sends (no model is loaded: the session waits)
        w.composer.edit.submitted.connect(lambda: sent.append(w.composer.edit.toPlainText()))
        w.composer.edit.setFocus()
        qtbot.keyClicks(w.composer.edit, "one")
        qtbot.keyClick(w.composer.edit, Qt.Key.Key_Return)
        qtbot.keyClicks(w.composer.edit, "two")
        assert w.composer.edit.toPlainText() == "one\ntwo" and sent == []
        qtbot.keyClick(w.composer.edit, Qt.Key.Key_Return, CTRL)
        assert sent == ["one\ntwo"]
        assert load_settings().send_key == "ctrl+enter"
    finally:
        w.close()


def test_a_model_folder_added_in_settings_is_listed_by_the_library(
    qtbot, tiny_model, tmp_path, monkeypatch
):
    folder = tmp_path / "my models"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(tiny_model, folder / "sub" / "Folder-Tiny-Q8_0.gguf")
    app = app_with_settings(qtbot)
    try:
        page = app.open_settings_page()
        monkeypatch.setattr(file_dialogs, "directory", lambda *a, **k: str(folder))
        # The listing that takes the folder in (not the start-up's, which may come after).
        with qtbot.waitSignal(
            app.library_jobs.listed,
            timeout=30000,
            check_params_cb=lambda models: any(m.source == "folder" for m in models),
        ) as listed:
            click(qtbot, page, page.add_folder)
        found = [m for m in listed.args[0] if m.source == "folder"]
        assert [m.path for m in found] == [folder / "sub" / "Folder-Tiny-Q8_0.gguf"]
        assert page.folders.item(0).text() == str(folder)
        assert load_settings().model_folders == (str(folder),)
        app.open_models("library")
        assert app.manager is not None
        table = app.manager.library_page.model
        shown = [table.data(table.index(r, 0)) for r in range(table.rowCount())]
        assert any("Folder-Tiny" in str(name) for name in shown)
        assert app.open_settings_page() is page  # the same page, as it was left
        page.folders.setCurrentRow(0)
        with qtbot.waitSignal(app.library_jobs.listed, timeout=30000) as again:
            click(qtbot, page, page.remove_folder)
        assert [m for m in again.args[0] if m.source == "folder"] == []
    finally:
        app.window.close()
