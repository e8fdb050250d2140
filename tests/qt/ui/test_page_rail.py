"""Models, Hardware and Settings are pages of the main window (issue 12.4): the rail switches
pages, each page is built once on its first visit and keeps its state, Esc or Back returns to
the chat with the focus in the composer, and nothing opens a window of its own.

Real parts: the app's own App object offscreen (offline by setting: the hub is never
contacted), the shipped catalog, the real hardware probes. Waits on signals, never on time.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from keyrings import MemoryKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from desktop.app import App
from desktop.core.secrets import TokenStore
from desktop.core.settings import Settings, save_settings
from desktop.ui.hardware_page import HardwarePage
from desktop.ui.model_manager import ModelManager
from desktop.ui.page_rail import CHAT, PageHost

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def app(qtbot) -> Iterator[App]:
    save_settings(Settings(offline=True))  # Discover filters the catalog locally
    a = App([], tokens=TokenStore(backend=MemoryKeyring()))
    qtbot.addWidget(a.window)
    with qtbot.waitSignal(a.library_jobs.listed, timeout=20000):
        a.start(load=False)
    a.window.resize(1200, 800)
    a.window.activateWindow()
    qtbot.waitExposed(a.window)
    qtbot.waitUntil(a.window.composer.edit.hasFocus, timeout=5000)
    yield a
    a.window.close()


def rail_click(qtbot, pages: PageHost, key: str) -> None:
    qtbot.mouseClick(pages.button(key), LEFT)


def open_models(qtbot, app: App) -> ModelManager:
    rail_click(qtbot, app.window.pages, "models")
    assert isinstance(app.manager, ModelManager)
    return app.manager


def open_hardware(qtbot, app: App) -> HardwarePage:
    """The Hardware page from the rail; waits for its probes (no thread is left running)."""
    jobs = app.hardware
    with qtbot.waitSignals([jobs.machineFound, jobs.engineFound], timeout=60000):
        rail_click(qtbot, app.window.pages, "hardware")
    page = app.hardware_page
    assert page is not None
    qtbot.waitUntil(page.refresh_button.isEnabled, timeout=5000)
    return page


def visible_windows() -> list[object]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_the_rail_lists_the_pages_and_builds_none_before_a_visit(app):
    pages = app.window.pages
    rail = [b.text() for b in pages.rail.findChildren(QToolButton)]
    assert rail == ["Chat", "Models", "Hardware", "Settings"]
    assert pages.current_key() == CHAT and pages.button(CHAT).isChecked()
    assert pages.stack.count() == 1  # the chat only: the others are built when visited
    assert app.manager is None and app.hardware_page is None and app.settings_page is None
    assert pages.page("models") is None
    # The rail is on the window's left edge, inside the window.
    assert pages.rail.window() is app.window
    assert pages.rail.mapTo(app.window, pages.rail.rect().topLeft()).x() == 0


def test_pages_are_built_once_and_keep_their_state(qtbot, app):
    pages = app.window.pages
    manager = open_models(qtbot, app)
    assert pages.current_key() == "models" and pages.button("models").isChecked()
    assert manager.isVisible() and not app.window.chat_view.isVisible()
    assert manager.tabs.currentWidget() is manager.discover
    qtbot.waitUntil(manager.discover.search.hasFocus, timeout=5000)  # ready to type
    qtbot.keyClicks(manager.discover.search, "llama")  # offline: filters as one types
    shown = manager.discover.catalog_model.rowCount()
    assert 0 < shown < len(app.catalog)
    heading = manager.discover.heading.text()

    rail_click(qtbot, pages, CHAT)
    assert pages.current_key() == CHAT and app.window.chat_view.parentWidget().isVisible()
    assert not manager.isVisible()
    page = open_hardware(qtbot, app)
    assert pages.current_key() == "hardware" and page.isVisible()
    assert page.gpus.text()  # filled in by the probes
    count = pages.stack.count()

    again = open_models(qtbot, app)
    assert again is manager  # the same page, not a new one
    assert manager.discover.search.text() == "llama"
    assert manager.discover.catalog_model.rowCount() == shown
    assert manager.discover.heading.text() == heading
    manager.show_tab("library")
    rail_click(qtbot, pages, "hardware")
    assert app.hardware_page is page
    app.window.models_action.trigger()  # the menu's Models… (Ctrl+M) shows the same page
    assert app.manager is manager and manager.tabs.currentWidget() is manager.library_page
    assert pages.stack.count() == count  # nothing was built twice


def test_esc_returns_to_the_chat_with_the_focus_in_the_composer(qtbot, app):
    w = app.window
    pages = w.pages
    assert w.stop_action.isEnabled() and not pages.back_action.isEnabled()  # Esc is Stop
    qtbot.keyClick(w, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    manager = app.manager
    assert manager is not None and pages.current_key() == "models"
    assert not w.stop_action.isEnabled() and pages.back_action.isEnabled()  # Esc is Back
    search = manager.discover.search
    qtbot.waitUntil(search.hasFocus, timeout=5000)
    qtbot.keyClicks(search, "phi")
    qtbot.keyClick(search, Qt.Key.Key_Escape)  # a field with text: Esc clears it first
    assert search.text() == "" and pages.current_key() == "models"
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert pages.current_key() == CHAT
    qtbot.waitUntil(w.composer.edit.hasFocus, timeout=5000)
    assert w.stop_action.isEnabled() and not pages.back_action.isEnabled()

    # From a page with no text field in focus, Esc goes straight back.
    qtbot.keyClick(w, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    manager.show_tab("downloads")
    manager.focus_page()
    qtbot.waitUntil(manager.tabs.tabBar().hasFocus, timeout=5000)
    qtbot.keyClick(manager.tabs.tabBar(), Qt.Key.Key_Escape)
    assert pages.current_key() == CHAT
    qtbot.waitUntil(w.composer.edit.hasFocus, timeout=5000)


def test_back_returns_to_the_chat_from_every_page(qtbot, app):
    pages = app.window.pages
    for key, open_page in (("models", open_models), ("hardware", open_hardware)):
        page = open_page(qtbot, app)
        frame = pages.frame(key)
        assert frame is not None and frame.page is page
        assert frame.back_button.isVisible() and frame.back_button.text() == "Back to chat"
        assert frame.title.text() == pages.button(key).text()
        qtbot.mouseClick(frame.back_button, LEFT)
        assert pages.current_key() == CHAT and pages.button(CHAT).isChecked()
        qtbot.waitUntil(app.window.composer.edit.hasFocus, timeout=5000)


def test_nothing_opens_a_window_of_its_own(qtbot, app):
    assert visible_windows() == [app.window]
    manager = open_models(qtbot, app)
    hardware = open_hardware(qtbot, app)
    for page in (manager, hardware):
        assert not page.isWindow() and page.window() is app.window
    assert visible_windows() == [app.window]
    # The Welcome's "better model" shows the Models page in the window, at Discover.
    rail_click(qtbot, app.window.pages, CHAT)
    app.window.new_chat()
    qtbot.mouseClick(app.window.welcome.better_button, LEFT)
    assert app.window.pages.current_key() == "models"
    assert visible_windows() == [app.window]
    # A page's geometry is inside the window's: nothing is placed off-screen.
    frame = app.window.pages.frame("models")
    assert frame is not None
    top_left = frame.mapTo(app.window, frame.rect().topLeft())
    assert app.window.rect().contains(top_left)
    assert app.window.rect().contains(top_left + frame.rect().bottomRight())


def test_use_in_the_library_returns_to_the_chat(qtbot, app):
    manager = open_models(qtbot, app)
    manager.show_tab("library")
    pages = app.window.pages
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
        manager.useRequested.emit("starter")
    assert pages.current_key() == CHAT
    assert manager is pages.page("models")  # kept for the next visit


def test_settings_is_a_page_that_keeps_what_was_typed(qtbot, app):
    pages = app.window.pages
    assert app.settings_page is None  # built on the first visit
    rail_click(qtbot, pages, "settings")
    page = app.settings_page
    assert page is not None and pages.page("settings") is page
    assert pages.current_key() == "settings" and pages.button("settings").isChecked()
    assert page.isVisible() and not page.isWindow() and visible_windows() == [app.window]
    page.default_prompt.setPlainText("Be brief.")
    rail_click(qtbot, pages, CHAT)  # leaving the page saves what was typed
    assert app.preferences.default_system_prompt == "Be brief."
    rail_click(qtbot, pages, "settings")
    assert app.settings_page is page and page.default_prompt.toPlainText() == "Be brief."
    page.default_prompt.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(page.default_prompt.hasFocus, timeout=5000)
    qtbot.keyClick(page.default_prompt, Qt.Key.Key_Escape)  # not a one-line field: Back
    assert pages.current_key() == CHAT
    qtbot.waitUntil(app.window.composer.edit.hasFocus, timeout=5000)


def test_chat_shortcuts_from_a_page_show_the_chat_first(qtbot, app):
    w = app.window
    pages = w.pages
    open_models(qtbot, app)
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Search
    assert pages.current_key() == CHAT
    qtbot.waitUntil(w.sidebar.search.hasFocus, timeout=5000)  # where Search puts it
    open_models(qtbot, app)
    w.new_action.trigger()  # as from the Chat menu
    assert pages.current_key() == CHAT
    qtbot.waitUntil(w.composer.edit.hasFocus, timeout=5000)
