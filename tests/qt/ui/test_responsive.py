"""The window small and large, offscreen: usable at 480x480 (the parameters become a drawer,
the conversations fold away), back in the splitter when wide, and never bigger than its
screen (real SQLite, the real writer, a scripted engine)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QToolBar,
)
from scripted_backend import ScriptedBackend

from desktop.core.history import ConversationStore
from desktop.services.chat_session import ChatSession
from desktop.services.conversations import open_read_store
from desktop.services.history import History
from desktop.ui import icons, responsive
from desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "hearth.sqlite3"
    ConversationStore(path).close()
    backend = ScriptedBackend()
    history = History(open_read_store(path))
    session = ChatSession(history, backend_factory=lambda: backend)
    w = MainWindow(session, history)
    qtbot.addWidget(w)
    icons.load()  # as the app does once the window shows: the toolbar's buttons are icons
    yield w
    backend.release.set()
    w.close()
    assert session.shutdown()
    assert history.close(5)
    history.store.close()


def available() -> QRect:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def show_at(qtbot, w: MainWindow, width: int, height: int) -> None:
    w.show()
    qtbot.waitExposed(w)
    w.resize(width, height)
    qtbot.waitUntil(lambda: w.width() == width and w.height() == height)


def test_nothing_forces_the_window_bigger_than_480x480(qtbot, window):
    show_at(qtbot, window, 480, 480)
    hint = window.minimumSizeHint()
    assert hint.width() <= 480 and hint.height() <= 480
    assert window.minimumWidth() <= 480 and window.minimumHeight() <= 480
    assert window.size().width() == 480 and window.size().height() == 480
    # Every toolbar button is on the bar, none behind its overflow arrow.
    bar = window.findChild(QToolBar, "modelBar")
    for action in (window.toggle_params, window.responsive.sidebar_action):
        button = bar.widgetForAction(action)
        assert button is not None and button.isVisible()
        assert bar.rect().contains(button.geometry())
    # Nothing inside is cut off by a minimum larger than its place.
    assert window.params.minimumSizeHint().width() <= 320
    assert window.params.minimumSizeHint().height() <= 240


def test_the_parameters_are_a_drawer_when_narrow_and_back_in_the_splitter_when_wide(qtbot, window):
    show_at(qtbot, window, 1000, 560)
    params, splitter = window.params, window.splitter
    assert splitter.indexOf(params) >= 0 and params.isVisible()
    assert window.toggle_params.isChecked()

    window.resize(600, 480)
    qtbot.waitUntil(lambda: splitter.indexOf(params) < 0)
    drawer = window.responsive.drawer
    assert not drawer.isVisible() and not window.toggle_params.isChecked()
    # The toolbar's Parameters button opens it over the chat, inside the window.
    window.toggle_params.trigger()
    qtbot.waitUntil(drawer.isVisible)
    assert params.isVisible() and drawer.isAncestorOf(params)
    assert window.rect().contains(drawer.geometry())
    assert drawer.width() <= window.width()
    # Esc closes it (the focus was taken into it); the button shows it closed.
    focused = window.focusWidget()
    assert drawer.isAncestorOf(focused) and focused is not drawer.close_button
    stops: list[bool] = []
    window.stop_action.triggered.connect(lambda: stops.append(True))
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not drawer.isVisible())
    assert stops == []  # Esc closed the drawer; it did not also stop a reply
    assert not window.toggle_params.isChecked()
    # The same button opens and closes it.
    window.toggle_params.trigger()
    qtbot.waitUntil(drawer.isVisible)
    window.toggle_params.trigger()
    qtbot.waitUntil(lambda: not drawer.isVisible())

    window.resize(1100, 560)
    qtbot.waitUntil(lambda: splitter.indexOf(params) >= 0)
    assert params.isVisible() and window.toggle_params.isChecked()
    assert not drawer.isVisible()
    assert splitter.sizes()[splitter.indexOf(params)] >= 200
    # Back in the window's Tab order: after Send, the panel comes before the sidebar again.
    after = window.composer.button.nextInFocusChain()
    while not (params.isAncestorOf(after) or after is window.sidebar.new_button):
        after = after.nextInFocusChain()
    assert params.isAncestorOf(after)


def test_the_conversations_fold_away_when_very_narrow_and_a_button_shows_them(qtbot, window):
    show_at(qtbot, window, 1000, 560)
    sidebar = window.sidebar
    toggle = window.responsive.sidebar_action
    assert sidebar.isVisible() and toggle.isChecked()
    view = next(
        a.menu() for a in window.menuBar().actions() if window.toggle_params in a.menu().actions()
    )
    assert toggle in view.actions()
    window.resize(480, 480)
    qtbot.waitUntil(lambda: not sidebar.isVisible())
    assert not toggle.isChecked()
    toggle.trigger()
    qtbot.waitUntil(sidebar.isVisible)
    # The chat keeps room to be read beside it.
    assert window.splitter.sizes()[window.splitter.indexOf(sidebar)] <= 480 // 2
    window.resize(1000, 560)
    qtbot.waitUntil(lambda: sidebar.isVisible() and toggle.isChecked())


def test_the_window_is_never_placed_bigger_than_its_screen(qtbot, window):
    room = available()
    window.show()
    qtbot.waitExposed(window)
    assert room.width() >= window.frameGeometry().width()
    assert room.height() >= window.frameGeometry().height()
    assert room.contains(window.geometry())


def test_a_restored_geometry_bigger_than_the_screen_is_clamped(qtbot, window):
    room = available()
    # A layout saved on a far larger screen (restoreGeometry alone keeps its size).
    window.setGeometry(QRect(room.x() - 500, room.y() - 400, 3800, 2400))
    big = window.saveGeometry()
    window.setGeometry(QRect(room.x(), room.y(), 400, 400))
    window.restore_layout(bytes(big.toBase64().data()).decode(), None)
    window.show()
    qtbot.waitExposed(window)
    assert room.contains(window.geometry())
    assert window.width() <= room.width() and window.height() <= room.height()


def test_fit_to_screen_clamps_any_rectangle():
    room = QRect(0, 0, 800, 600)
    assert responsive.fit_rect(QRect(-100, -50, 3000, 2000), room) == room
    assert responsive.fit_rect(QRect(700, 500, 300, 200), room) == QRect(500, 400, 300, 200)
    inside = QRect(10, 20, 300, 200)
    assert responsive.fit_rect(inside, room) == inside


def test_restoring_a_narrow_layout_keeps_every_panel_in_place(qtbot, window):
    """A layout saved while the parameters were a drawer restores without losing them."""
    show_at(qtbot, window, 600, 480)
    qtbot.waitUntil(lambda: window.splitter.indexOf(window.params) < 0)
    geometry, state = window.save_layout()
    window.resize(1100, 600)
    qtbot.waitUntil(lambda: window.splitter.indexOf(window.params) >= 0)
    window.restore_layout(None, state)
    assert window.params.isVisible()
    assert window.splitter.sizes()[window.splitter.indexOf(window.params)] > 0
    assert QByteArray.fromBase64(geometry.encode())


LONG_PRESET = "My careful technical documentation preset"


def settle() -> None:
    """Deliver the layout requests a change posted (a few rounds: one layout asks another)."""
    for _ in range(4):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def outside_the_viewport(params) -> list[str]:
    """The parameters' fields and buttons cut off at the scroll area's left or right edge."""
    viewport = params.scroll_area.viewport()
    content = params.scroll_area.widget()
    targets = [*content.findChildren(QAbstractSpinBox), *content.findChildren(QAbstractButton)]
    cut = []
    for target in targets:
        if not target.isVisibleTo(params):
            continue
        left = target.mapTo(viewport, QPoint(0, 0)).x()
        if left < 0 or left + target.width() > viewport.width():
            cut.append(target.objectName() or target.text() or type(target).__name__)
    return cut


@pytest.mark.parametrize("width", [1000, 1400, 480])
def test_the_parameters_never_scroll_sideways(qtbot, window, width):
    """Issue 12.5: the panel in the splitter (1000, 1400) and in the drawer (480) is as wide
    as its content: no sideways scroll bar, every spin box and the preset's ⋯ button whole."""
    show_at(qtbot, window, width, 900 if width > 1000 else 700)
    params = window.params
    if width < responsive.DRAWER_BELOW:
        window.toggle_params.trigger()
        qtbot.waitUntil(window.responsive.drawer.isVisible)
    qtbot.waitUntil(params.isVisible)
    # A person's own preset with a long name, and a system font larger than Qt's default
    # (11-12 pt is common on Linux desktops): both widen what the panel holds.
    params.add_preset(LONG_PRESET, params.sampling())
    params.spins["temperature"].setValue(0.55)
    qtbot.waitUntil(lambda: params.preset.currentText() == LONG_PRESET + " (edited)")
    font = params.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    params.setFont(font)
    settle()
    assert not params.scroll_area.horizontalScrollBar().isVisible()
    assert params.preset_menu.isVisibleTo(params)
    assert outside_the_viewport(params) == []


def test_a_narrow_status_bar_stays_on_one_line(qtbot, window):
    show_at(qtbot, window, 1000, 560)
    name = "Starter: SmolLM2 135M Instruct, a very long model name indeed"
    window.model_label.setText(name)
    window.speed_label.setText("83.9 tok/s · first token 151 ms")
    window._on_context(63, 4096)
    meter = window.context_meter
    assert window.speed_label.isVisible() and meter.text() == "context 63 / 4096"

    window.resize(480, 480)
    qtbot.waitUntil(lambda: not window.speed_label.isVisible())
    status = window.statusBar()
    qtbot.waitUntil(lambda: meter.geometry().right() <= status.width())
    # The name elides (it keeps its whole text) rather than pushing the rest off the bar.
    label = window.model_label
    assert label.text() == name
    assert label.width() < label.fontMetrics().horizontalAdvance(name)
    assert label.geometry().right() < meter.geometry().left()
    # The meter keeps one line: the short count, wide enough for it; the word in its tooltip.
    assert meter.text() == "63 / 4096" and "context" in meter.toolTip()
    assert meter.width() >= meter.fontMetrics().horizontalAdvance(meter.text())
    assert meter.height() <= meter.fontMetrics().height() * 2
    # Wide again: all of it back.
    window.resize(1000, 560)
    qtbot.waitUntil(window.speed_label.isVisible)
    assert meter.text() == "context 63 / 4096"


def test_parameters_from_another_page_focus_the_drawer(qtbot, window):
    pages = window.pages
    pages.register("other", "Other", "mdi6.cog-outline", lambda: QLineEdit("a field"))
    pages.bring_chat_for([window.toggle_params])  # as the app does
    show_at(qtbot, window, 700, 480)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    pages.show_page("other")
    assert pages.current_key() == "other"
    window.toggle_params.trigger()  # View > Parameters
    drawer = window.responsive.drawer
    qtbot.waitUntil(lambda: pages.current_key() == "chat" and drawer.isVisible())
    focused = QApplication.focusWidget()
    assert focused is not None and drawer.isAncestorOf(focused)
    assert focused is not drawer.close_button
    # Closed, the chat's composer takes the keyboard back.
    drawer.close_drawer()
    assert window.composer.edit.hasFocus()


def test_the_panel_toggles_have_free_shortcuts_named_in_their_tooltips(qtbot, window):
    sidebar, params = window.responsive.sidebar_action, window.toggle_params
    keys = {a: a.shortcut().toString() for a in (sidebar, params)}
    assert keys[sidebar] == "Ctrl+B" and keys[params] == "Ctrl+Shift+P"
    for action, key in keys.items():
        assert key in action.toolTip()
    others = [
        k.toString() for a in window.findChildren(QAction) if a not in keys for k in a.shortcuts()
    ]
    assert others and not set(keys.values()) & set(others)
    show_at(qtbot, window, 1000, 560)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.sidebar.isVisible()
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.sidebar.isVisible())
    assert not sidebar.isChecked()
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    assert window.params.isVisible()
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_P, shift_ctrl)
    qtbot.waitUntil(lambda: not window.params.isVisible())
