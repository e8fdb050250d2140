"""The window's shell speaks to screen readers and the keyboard (issue 16): the rail, the
toolbar, the sidebar, the banner, the welcome and the status bar name every control; the
theme menu offers high contrast; a banner is announced; the layout mirrors right to left.

Real parts: the app's own App object offscreen (offline by setting), real history on disk.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from a11y_walk import unnamed_controls
from keyrings import MemoryKeyring
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import App
from desktop.core.secrets import TokenStore
from desktop.core.settings import THEMES, Settings, save_settings
from desktop.models.conversation_list import ConversationRow
from desktop.ui import banner as banner_module
from desktop.ui.about_dialog import AboutDialog, ShortcutsDialog
from desktop.ui.main_window import MainWindow


@pytest.fixture
def app(qtbot) -> Iterator[App]:
    save_settings(Settings(offline=True))
    a = App([], tokens=TokenStore(backend=MemoryKeyring()))
    qtbot.addWidget(a.window)
    with qtbot.waitSignal(a.library_jobs.listed, timeout=20000):
        a.start(load=False)
    a.window.resize(1200, 800)
    qtbot.waitExposed(a.window)
    yield a
    a.window.close()


def shell_parts(w: MainWindow) -> list[QWidget]:
    """The parts of the window this slice owns (the composer and panels are walked by
    their own tests)."""
    return [w.pages.rail, w.toolbar, w.sidebar, w.banner, w.notice, w.welcome, w.statusBar()]


def test_every_shell_control_has_a_name(qtbot, app):
    w = app.window
    w.conversations.set_rows([ConversationRow(1, "A chat", updated_at=1_700_000_000.0)])
    w.banner.show_message("Conversation deleted.", "Undo", lambda: None)
    w.cancel_load_action.setVisible(True)  # shown while a model loads
    qtbot.waitUntil(w.banner.isVisible)
    found = [name for part in shell_parts(w) for name in unnamed_controls(part)]
    assert found == []
    assert w.sidebar.list.accessibleName() == "Conversations"
    assert w.banner.close_button.accessibleName() == "Dismiss message"
    assert all(b.accessibleName() for b in w.pages.rail_buttons())
    assert all(b.accessibleDescription() for b in w.pages.rail_buttons())
    # A page's header (its Back button) is named too.
    w.pages.show_page("settings")
    frame = w.pages.frame("settings")
    assert frame is not None
    assert frame.back_button.accessibleName() == "Back to chat"


def test_the_help_dialogs_name_their_controls(qtbot, app):
    about = AboutDialog(None, app.window)
    shortcuts = ShortcutsDialog([("New chat", "Ctrl+N")], app.window)
    for dialog in (about, shortcuts):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert unnamed_controls(dialog) == []


def test_the_theme_menu_offers_high_contrast(qtbot, app):
    w = app.window
    keys = [str(a.data()) for a in w.theme_group.actions()]
    assert "contrast" in keys and set(keys) <= set(THEMES)
    contrast = next(a for a in w.theme_group.actions() if a.data() == "contrast")
    assert contrast.text() == "High contrast"
    assert contrast in w.theme_menu.actions()
    with qtbot.waitSignal(w.themeChosen) as chosen:
        contrast.trigger()
    assert chosen.args == ["contrast"]
    w.set_theme("contrast")
    assert contrast.isChecked()


def test_a_banner_is_announced_urgently(qtbot, app, monkeypatch):
    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        banner_module, "announce", lambda _src, text, *, urgent=False: said.append((text, urgent))
    )
    app.window.banner.show_message("The model could not load.", scope="model")
    assert said == [("The model could not load.", True)]


def test_the_shell_mirrors_right_to_left(qtbot, app):
    w = app.window
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        qtbot.waitUntil(lambda: w.isRightToLeft())
        rail = w.pages.rail
        qtbot.waitUntil(lambda: rail.mapTo(w, QPoint(0, 0)).x() > w.width() // 2)
        sidebar_x = w.sidebar.mapTo(w, QPoint(0, 0)).x()
        assert sidebar_x > w.chat_view.mapTo(w, QPoint(0, 0)).x()  # the sidebar on the right
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.waitUntil(lambda: not w.isRightToLeft())
