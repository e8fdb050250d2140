"""Icons everywhere (issue 12.16): every toolbar button and menu action of the window, the
sidebar, the composer and the model pages carries a Material Design icon that draws."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMenu,
    QScrollBar,
    QTabBar,
    QToolBar,
    QWidget,
    QWidgetAction,
)

from desktop.app import App
from desktop.core.history import ConversationStore, default_path
from desktop.models.conversation_list import Role
from desktop.services.chat_session import ChatState
from desktop.ui import icons
from desktop.ui.banner import Banner
from desktop.ui.discover_page import DiscoverPage
from desktop.ui.downloads_page import DownloadRow
from desktop.ui.library_page import LibraryPage
from desktop.ui.repo_page import RepoPage


@pytest.fixture
def app(qtbot) -> Iterator[App]:
    """The real window with one stored conversation and no model loaded."""
    default_path().parent.mkdir(parents=True, exist_ok=True)
    with ConversationStore(default_path()) as store:
        conversation = store.create_conversation("A chat")
        store.add_message(conversation.id, None, "user", "hello")
    a = App([])
    qtbot.addWidget(a.window)
    a.start(load=False)
    yield a
    a.window.close()


def menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_actions(sub)


def window_actions(app: App) -> list[QAction]:
    """Every menu action (submenus included) and every toolbar action of the window."""
    found: list[QAction] = []
    for top in app.window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            found.extend(menu_actions(menu))
    for bar in app.window.findChildren(QToolBar):
        for action in bar.actions():
            if action.isSeparator() or bar.widgetForAction(action) is None:
                continue
            if isinstance(action, QWidgetAction):
                continue  # a widget placed on the bar (a button is checked as a button)
            found.append(action)
    return found


def buttons(root: QWidget) -> list[QAbstractButton]:
    """The buttons a person clicks on root (not the parts of line edits, spin boxes, combo
    boxes, scroll bars, tab bars, the standard dialog buttons, nor a banner's: its button
    says what the message offers, which changes with each message)."""
    inner = (QLineEdit, QAbstractSpinBox, QComboBox, QScrollBar, QTabBar, QDialogButtonBox, Banner)
    return [
        b
        for b in root.findChildren(QAbstractButton)
        if not isinstance(b.parent(), inner) and not b.objectName().startswith("qt_")
    ]


def unnamed(targets: Iterable[QAction | QAbstractButton]) -> list[str]:
    """The targets without an icon name attached (by their text)."""
    return [
        t.text() or t.objectName() or type(t).__name__
        for t in targets
        if not str(t.property("hearthIcon") or "").startswith("mdi6.")
    ]


def test_every_menu_and_toolbar_action_of_the_window_has_an_icon(app):
    actions = window_actions(app)
    texts = {a.text() for a in actions}
    assert {"Open model file…", "Models…", "Parameters", "New chat", "Settings…"} <= texts
    assert {"Quit", "Dark", "Hardware…", "About Hearth", "Open logs folder"} <= texts
    assert unnamed(actions) == []
    # The toolbar's own button (Cancel while a model loads) too.
    assert unnamed([app.window.cancel_load_button]) == []
    icons.load()
    assert [a.text() for a in actions if a.icon().isNull()] == []


def test_sidebar_and_composer_buttons_have_icons(app):
    w = app.window
    assert unnamed(buttons(w.sidebar)) == []
    assert unnamed(buttons(w.composer)) == []
    assert w.composer.button.property("hearthIcon") == "mdi6.send"
    w.composer.set_generating(True)
    assert w.composer.button.property("hearthIcon") == "mdi6.stop"
    w.composer.set_generating(False)
    assert w.composer.button.property("hearthIcon") == "mdi6.send"
    assert app.controller.state is ChatState.NO_MODEL


def test_the_conversation_menu_has_icons(qtbot, app):
    w = app.window
    w.refresh_conversations()
    model = w.conversations
    indexes = [model.index(r, 0) for r in range(model.rowCount())]
    rows = [i for i in indexes if isinstance(i.data(Role.ConversationId), int)]
    assert len(rows) == 1
    menu = w.sidebar.menu_for(rows[0])
    assert menu is not None
    texts = [a.text() for a in menu_actions(menu)]
    assert {"Rename", "Export", "Duplicate", "Delete"} <= set(texts)
    assert unnamed(menu_actions(menu)) == []
    menu.deleteLater()


def test_model_pages_buttons_have_icons(qtbot, app):
    library = LibraryPage(app.library_jobs)
    discover = DiscoverPage(app.hub, app.catalog)
    repo = RepoPage()
    row = DownloadRow(app.downloads, "some/repo:file.gguf")
    for page in (library, discover, repo, row):
        qtbot.addWidget(page)
        assert unnamed(buttons(page)) == [], type(page).__name__
    assert discover.search_action.property("hearthIcon") == "mdi6.magnify"
    icons.load()
    for page in (library, discover, repo, row):
        assert [b.text() for b in buttons(page) if b.icon().isNull()] == []
