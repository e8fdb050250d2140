"""Keyboard focus (issue 12.2): Tab leaves every text field (Ctrl+Tab types a tab), the Tab
order reads like the window, and after an action focus lands on the composer, not on a
button that vanished or moved. A real window, the real engine on a tiny model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyrings import MemoryKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import App
from desktop.core.hub import HubClient
from desktop.core.secrets import TokenStore
from desktop.core.types import SamplingParams
from desktop.services.hub_calls import HubCalls
from desktop.services.preferences import Preferences
from desktop.ui.params_panel import ParamsPanel
from desktop.ui.settings_page import SettingsPage

GREEDY = SamplingParams(temperature=0.0, max_tokens=12, repeat_penalty=1.0)
SAMPLED = SamplingParams(
    temperature=1.0, top_p=None, top_k=0, min_p=0.0, repeat_penalty=1.0, seed=7, max_tokens=12
)


def focus_on(qtbot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=5000)


@pytest.fixture
def panel(qtbot) -> ParamsPanel:
    p = ParamsPanel()
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.mark.parametrize("field", ["system_prompt", "stop"])
def test_tab_leaves_the_text_field_and_ctrl_tab_types_a_tab(qtbot, panel, field):
    edit = getattr(panel, field)
    focus_on(qtbot, edit)
    qtbot.keyClicks(edit, "be brief")
    qtbot.keyClick(edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == "be brief\t"
    assert edit.hasFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not edit.hasFocus(), timeout=5000)
    assert edit.toPlainText() == "be brief\t"  # Tab moved on, and typed nothing
    assert QApplication.focusWidget() is not None
    assert panel.isAncestorOf(QApplication.focusWidget())  # to the next field, not out of reach
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(edit.hasFocus, timeout=5000)


@pytest.fixture
def app(qtbot, tiny_model: Path) -> Iterator[App]:
    a = App([])
    qtbot.addWidget(a.window)
    with qtbot.waitSignal(a.controller.modelLoaded, timeout=60000):
        a.start(model=str(tiny_model))
    a.window.resize(1200, 780)  # wide: the parameters beside the chat, not in a drawer
    a.window.params.set_sampling(GREEDY)
    a.controller.sampling = a.window.params.sampling()
    qtbot.waitExposed(a.window)
    yield a
    a.window.close()


def tab_walk(qtbot, start: QWidget, presses: int) -> list[QWidget]:
    """The widgets Tab visits from start, in order."""
    focus_on(qtbot, start)
    seen: list[QWidget] = [start]
    for _ in range(presses):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda c=current: QApplication.focusWidget() is not c, timeout=5000)
        now = QApplication.focusWidget()
        assert now is not None
        seen.append(now)
    return seen


def test_tab_order_reads_like_the_window(qtbot, app):
    w = app.window
    send_and_wait(qtbot, app, "hello")  # a transcript (not the welcome) in the middle
    walk = tab_walk(qtbot, w.model_picker, 60)
    wanted = [
        w.model_picker,
        w.sidebar.new_button,
        w.sidebar.search,
        w.sidebar.list,
        w.composer.edit,
        w.composer.button,
        w.params.preset,
        w.params.stop,
        w.params.system_prompt,
        w.params.reload,
    ]
    positions = [walk.index(x) for x in wanted]  # each is visited
    assert positions == sorted(positions), [type(x).__name__ for x in walk]
    # The transcript's messages (their buttons) come between the sidebar and the composer.
    between = walk[positions[3] + 1 : positions[4]]
    assert between and all(w.chat_view.isAncestorOf(x) or x is w.chat_view for x in between)


def send_and_wait(qtbot, app: App, text: str) -> None:
    edit = app.window.composer.edit
    focus_on(qtbot, edit)
    qtbot.keyClicks(edit, text)
    with qtbot.waitSignal(app.controller.messageFinished, timeout=60000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_after_regenerate_and_send_focus_is_on_the_composer(qtbot, app):
    w = app.window
    send_and_wait(qtbot, app, "tell me a story")
    assert w.composer.edit.hasFocus()
    app.window.params.set_sampling(SAMPLED)
    app.controller.sampling = app.window.params.sampling()
    view = w.chat_view
    qtbot.waitUntil(lambda: view.message_widget(1) is not None, timeout=5000)
    reply = view.message_widget(1)
    assert reply is not None
    focus_on(qtbot, reply.regenerate_button)
    with qtbot.waitSignal(app.controller.messageFinished, timeout=60000):
        qtbot.keyClick(reply.regenerate_button, Qt.Key.Key_Space)
    qtbot.waitUntil(w.composer.edit.hasFocus, timeout=5000)
    # Send clicked with the mouse: focus goes back to where the next message is typed.
    qtbot.keyClicks(w.composer.edit, "and another")
    with qtbot.waitSignal(app.controller.messageFinished, timeout=60000):
        qtbot.mouseClick(w.composer.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(w.composer.edit.hasFocus, timeout=5000)


def test_tab_leaves_the_settings_default_prompt_in_reading_order(qtbot, tmp_path):
    page = SettingsPage(
        Preferences(tmp_path / "settings.json"),
        TokenStore(backend=MemoryKeyring()),
        HubCalls(lambda: HubClient()),
    )
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    walk = tab_walk(qtbot, page.default_prompt, 14)
    wanted = [
        page.default_prompt,
        page.send_key,
        page.font_size,
        page.theme,
        page.offline,
        page.max_downloads,
        page.token_box.token,
    ]
    positions = [walk.index(x) for x in wanted]
    assert positions == sorted(positions)
    assert walk[1] is page.send_key  # Tab left the prompt
    assert "\t" not in page.default_prompt.toPlainText()
