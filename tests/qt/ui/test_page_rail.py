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
from PySide6.QtWidgets import QApplication, QDialog, QToolBar, QToolButton, QWidget

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
    assert rail == ["Chat", "Models", "Hardware", "Server", "Tools", "Settings"]
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


# --- Settings only as a page, the chat's own toolbar, the rail by keyboard ------------------


def test_ctrl_comma_shows_the_settings_page_inside_the_window(qtbot, app):
    w = app.window
    qtbot.keyClick(w, ",", Qt.KeyboardModifier.ControlModifier)
    page = app.settings_page
    assert page is not None and page.isVisible()
    assert w.pages.current_key() == "settings" and w.pages.button("settings").isChecked()
    assert page.window() is w and not page.isWindow()
    assert visible_windows() == [w]
    assert not any(isinstance(t, QDialog) for t in QApplication.topLevelWidgets())
    # The Models page's "Settings…" (a gated model needs a token) shows the same page.
    manager = open_models(qtbot, app)
    manager.settingsRequested.emit()
    assert w.pages.current_key() == "settings" and app.settings_page is page


def test_the_toolbar_is_the_chats_and_leaves_with_it(qtbot, app):
    w = app.window
    bar = w.findChild(QToolBar, "modelBar")
    assert bar is not None and bar.isVisible()
    # The rail has Models: the toolbar has no button for it (the Chat menu keeps it, Ctrl+M).
    assert w.models_action not in bar.actions()
    assert w.models_action.shortcut().toString() == "Ctrl+M"
    chat_items = [w.model_picker, *(bar.widgetForAction(a) for a in chat_actions(w, bar))]
    assert all(item is not None and item.isVisible() for item in chat_items)
    top = w.pages.rail.mapTo(w, w.pages.rail.rect().topLeft()).y()
    for key in ("models", "settings"):
        rail_click(qtbot, w.pages, key)
        assert not bar.isVisible()
        assert not any(item.isVisible() for item in chat_items)
        # The page starts where the toolbar was; the rail does not move under the pointer.
        assert w.pages.rail.mapTo(w, w.pages.rail.rect().topLeft()).y() == top
        rail_click(qtbot, w.pages, CHAT)
        assert bar.isVisible() and all(item.isVisible() for item in chat_items)


def chat_actions(w, bar: QToolBar) -> list:
    """The toolbar's chat-only actions: Conversations, Open model file, Parameters."""
    wanted = [w.responsive.sidebar_action, w.open_file_action, w.toggle_params]
    assert all(a in bar.actions() for a in wanted)
    return wanted


def test_the_panels_menu_toggles_bring_the_chat_back(qtbot, app):
    w = app.window
    open_models(qtbot, app)
    shown = w.toggle_params.isChecked()
    w.toggle_params.trigger()  # View > Parameters, from the Models page
    assert w.pages.current_key() == CHAT and w.toggle_params.isChecked() is not shown
    assert w.params.isVisible() is not shown


def test_the_rail_is_one_tab_stop_and_the_arrows_move_along_it(qtbot, app):
    w = app.window
    pages = w.pages
    buttons = pages.rail_buttons()
    assert [b.text() for b in buttons] == [
        "Chat",
        "Models",
        "Hardware",
        "Server",
        "Tools",
        "Settings",
    ]
    # Every entry says its shortcut; each shortcut shows its page.
    shortcuts = [
        "(Ctrl+1)",
        "(Ctrl+2, Ctrl+M)",
        "(Ctrl+3)",
        "(Ctrl+4)",
        "(Ctrl+6)",
        "(Ctrl+5, Ctrl+,)",
    ]
    for button, keys in zip(buttons, shortcuts, strict=True):
        assert button.toolTip().startswith(f"{button.text()} {keys}\n")
    # Tab from the composer goes round the window and stops on the rail once: on the entry
    # of the page shown.
    stops = tab_round(qtbot, w.composer.edit)
    assert [b for b in stops if b in buttons] == [pages.button(CHAT)]
    rail = pages.button(CHAT)
    rail.setFocus(Qt.FocusReason.TabFocusReason)  # where that round went through
    qtbot.waitUntil(rail.hasFocus, timeout=5000)

    qtbot.keyClick(rail, Qt.Key.Key_Down)  # moves the focus, shows nothing yet
    assert pages.button("models").hasFocus() and pages.current_key() == CHAT
    qtbot.keyClick(pages.button("models"), Qt.Key.Key_Up)
    assert rail.hasFocus()
    qtbot.keyClick(rail, Qt.Key.Key_Up)  # round to the bottom
    assert pages.button("settings").hasFocus()
    qtbot.keyClick(pages.button("settings"), Qt.Key.Key_Home)
    assert rail.hasFocus()
    qtbot.keyClick(rail, Qt.Key.Key_End)
    assert pages.button("settings").hasFocus()
    qtbot.keyClick(pages.button("settings"), Qt.Key.Key_Up)
    qtbot.keyClick(pages.button("tools"), Qt.Key.Key_Up)
    qtbot.keyClick(pages.button("server"), Qt.Key.Key_Up)
    qtbot.keyClick(pages.button("hardware"), Qt.Key.Key_Up)
    models = pages.button("models")
    assert models.hasFocus()
    # The entry the arrows left is where Tab comes back to.
    assert [b for b in buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus] == [models]
    qtbot.keyClick(models, Qt.Key.Key_Return)  # Enter shows it, the focus goes into it
    assert pages.current_key() == "models" and models.isChecked()
    manager = app.manager
    assert manager is not None
    qtbot.waitUntil(manager.discover.search.hasFocus, timeout=5000)
    # Shift+Tab from the page's first field reaches the rail on the shown page's entry.
    back = manager.discover.search
    for _ in range(10):
        qtbot.keyClick(back, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda b=back: QApplication.focusWidget() is not b, timeout=5000)
        back = QApplication.focusWidget()
        if back in buttons:
            break
    assert back is models
    qtbot.keyClick(models, Qt.Key.Key_Up)
    qtbot.keyClick(rail, Qt.Key.Key_Space)  # Space too
    assert pages.current_key() == CHAT
    qtbot.waitUntil(w.composer.edit.hasFocus, timeout=5000)
    # The number shortcuts from anywhere.
    qtbot.keyClick(w.composer.edit, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert pages.current_key() == "settings"
    qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert pages.current_key() == CHAT


def tab_round(qtbot, start: QWidget) -> list[QWidget]:
    """The widgets Tab visits from start until it comes back to start."""
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(start.hasFocus, timeout=5000)
    seen: list[QWidget] = []
    for _ in range(200):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda c=current: QApplication.focusWidget() is not c, timeout=5000)
        now = QApplication.focusWidget()
        assert now is not None
        if now is start:
            return seen
        seen.append(now)
    raise AssertionError("Tab never came back to where it started")


def test_esc_in_a_number_box_goes_back_and_keeps_the_number(qtbot, app):
    page = app.open_settings_page()
    box = page.max_downloads
    box.setValue(3)
    page.scroll_area.ensureWidgetVisible(box)
    box.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(box.hasFocus, timeout=5000)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert app.window.pages.current_key() == CHAT
    assert box.value() == 3 and box.text() == "3" and app.preferences.max_downloads == 3


def test_no_page_makes_a_480_pixel_window_wider(qtbot, app):
    w = app.window
    w.resize(480, 480)
    qtbot.waitUntil(lambda: w.width() == 480)
    for key in ("models", "hardware", "settings"):
        if key == "hardware":
            open_hardware(qtbot, app)  # waits for its probes
        else:
            rail_click(qtbot, w.pages, key)
        frame = w.pages.frame(key)
        assert frame is not None
        assert w.minimumSizeHint().width() <= 480, key
        assert w.minimumSize().width() <= 480, key
        assert w.width() == 480, key
    # The Models page's own tabs fit without scrolling sideways at this size.
    models = w.pages.frame("models")
    assert models is not None
    assert not models.scroll_area.horizontalScrollBar().isVisible()
