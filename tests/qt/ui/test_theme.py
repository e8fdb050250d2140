"""Themes: Hearth's own light and dark palettes apply, and the transcript and code follow."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import App
from desktop.models.chat_model import ChatModel, ChatRow
from desktop.ui.chat_style import bubble_color, marker_color
from desktop.ui.chat_view import ChatView
from desktop.ui.markdown import BlockKind, CodeTheme
from desktop.ui.theme import apply_theme, current_theme, is_dark, palette_for

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

Role = QPalette.ColorRole
CODE = "def greet(name: str) -> str:\n    # say hello\n    return f'hello {name}'"
ANSWER = f"Here you go:\n\n```python\n{CODE}\n```\n\nSee [the docs](https://example.org)."


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The application, its palette, tooltip palette and theme put back after the test."""
    palette, tips, theme = (
        QPalette(qapp.palette()),
        QPalette(QToolTip.palette()),
        current_theme(qapp),
    )
    yield qapp
    apply_theme(qapp, theme)
    qapp.setPalette(palette)
    QToolTip.setPalette(tips)
    assert not is_dark(qapp.palette())


@pytest.fixture
def view(qtbot: QtBot, themed: QApplication) -> ChatView:
    model = ChatModel()
    view = ChatView(model)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    model.set_rows(
        [
            ChatRow(1, "user", "Write a greeting function"),
            ChatRow(2, "assistant", ANSWER, status="stopped", stats="12 tokens"),
        ]
    )
    return view


def _switch(qtbot: QtBot, app: QApplication, theme: str, widget: QWidget) -> None:
    """Apply theme and wait until widget has the new palette (Qt sends it on the next turn)."""
    apply_theme(app, theme)
    qtbot.waitUntil(lambda: widget.palette() == app.palette())


def _lightness(palette: QPalette, role: QPalette.ColorRole) -> float:
    return palette.color(role).lightnessF()


def _assert_dark(palette: QPalette) -> None:
    assert _lightness(palette, Role.Window) < 0.3
    assert _lightness(palette, Role.Base) < 0.3
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        assert _lightness(palette, role) > 0.7, role


def _assert_light(palette: QPalette) -> None:
    assert _lightness(palette, Role.Window) > 0.7
    assert _lightness(palette, Role.Base) > 0.7
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        assert _lightness(palette, role) < 0.3, role


def _pixel(view: ChatView, row: int, point: QPoint) -> QColor:
    """The colour the transcript shows at point of row's widget (a real paint)."""
    widget = view.message_widget(row)
    assert widget is not None
    return widget.grab().toImage().pixelColor(point)


def _code_colours(view: ChatView, row: int) -> set[str]:
    render = view.message_render(row)
    code = next(b for b in render.blocks if b.block.kind is BlockKind.CODE)
    colours: set[str] = set()
    block = code.doc.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            colours.add(iterator.fragment().charFormat().foreground().color().name())
            iterator += 1
        block = block.next()
    return colours


def _code_background_point(view: ChatView, row: int) -> QPoint:
    """A point inside the code block's frame, below its header, left of the code."""
    widget = view.message_widget(row)
    assert widget is not None
    render = view.message_render(row)
    header = render.code_header_rect(0).toAlignedRect()
    body = widget.body.geometry()
    return QPoint(body.x() + 3, body.y() + header.bottom() + 3)


def _bubble_point(view: ChatView, row: int) -> QPoint:
    """A point inside the user's bubble, in its padding left of the text."""
    widget = view.message_widget(row)
    assert widget is not None
    body = widget.body.geometry()
    return QPoint(body.x() - 4, body.center().y())


def test_dark_applies_a_dark_palette_without_a_platform_theme(themed: QApplication) -> None:
    apply_theme(themed, "dark")
    _assert_dark(themed.palette())
    _assert_dark(QToolTip.palette())
    assert themed.style().name().lower() == "fusion"
    assert current_theme(themed) == "dark"
    apply_theme(themed, "light")
    _assert_light(themed.palette())
    _assert_light(QToolTip.palette())


def test_every_group_of_the_palettes_is_readable() -> None:
    for dark in (False, True):
        palette = palette_for(dark)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            text = palette.color(group, Role.Text).lightnessF()
            base = palette.color(group, Role.Base).lightnessF()
            assert abs(text - base) > 0.6
        disabled = palette.color(QPalette.ColorGroup.Disabled, Role.Text)
        assert disabled != palette.color(QPalette.ColorGroup.Active, Role.Text)


def test_system_follows_the_platform_scheme_and_is_light_when_none_is_reported(
    themed: QApplication,
) -> None:
    apply_theme(themed, "system")
    reported = themed.styleHints().colorScheme()
    assert is_dark(themed.palette()) == (reported == Qt.ColorScheme.Dark)
    # The desktop switches to dark, then back: 'system' follows both times.
    themed.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    _assert_dark(themed.palette())
    themed.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    _assert_light(themed.palette())
    # An explicit choice is kept when the desktop switches.
    apply_theme(themed, "light")
    themed.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    _assert_light(themed.palette())


def test_the_transcript_and_its_code_follow_the_theme_at_runtime(
    qtbot: QtBot, view: ChatView, themed: QApplication
) -> None:
    _switch(qtbot, themed, "light", view)
    light_code = _code_colours(view, 1)
    light_background = _pixel(view, 1, _code_background_point(view, 1))
    assert light_background.name() == CodeTheme.named(False).background.name()

    _switch(qtbot, themed, "dark", view)
    assert view.renderer.theme == CodeTheme.named(True)
    _assert_dark(view.palette())
    qtbot.waitUntil(lambda: view.message_widget(1) is not None)
    user = view.message_widget(0)
    assert user is not None
    assert bubble_color(user.palette()).lightnessF() < 0.3
    assert _pixel(view, 0, _bubble_point(view, 0)).name() == bubble_color(user.palette()).name()
    dark_background = CodeTheme.named(True).background.name()
    assert _pixel(view, 1, _code_background_point(view, 1)).name() == dark_background
    dark_code = _code_colours(view, 1)
    assert dark_code != light_code
    assert all(QColor(name).lightnessF() > 0.45 for name in dark_code)  # readable on dark
    reply = view.message_widget(1)
    assert reply is not None
    assert reply.marker_label.text() == "stopped"
    marker = reply.marker_label.palette().color(Role.WindowText)
    assert marker == marker_color("stopped", view.palette())
    stats = reply.stats_label.palette().color(Role.WindowText)
    assert stats == view.palette().color(Role.PlaceholderText)
    assert view.viewport().palette().color(Role.Base) == themed.palette().color(Role.Base)

    _switch(qtbot, themed, "light", view)
    assert view.renderer.theme == CodeTheme.named(False)
    assert _code_colours(view, 1) == light_code
    assert _pixel(view, 1, _code_background_point(view, 1)) == light_background
    user = view.message_widget(0)
    assert user is not None
    assert bubble_color(user.palette()).lightnessF() > 0.7


def test_links_in_replies_take_the_themes_link_colour(
    qtbot: QtBot, view: ChatView, themed: QApplication
) -> None:
    for dark in (True, False):
        _switch(qtbot, themed, "dark" if dark else "light", view)
        render = view.message_render(1)
        prose = render.blocks[-1].doc
        colours: set[str] = set()
        block = prose.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                char_format = iterator.fragment().charFormat()
                if char_format.isAnchor():
                    colours.add(char_format.foreground().color().name())
                iterator += 1
            block = block.next()
        assert colours == {palette_for(dark).color(Role.Link).name()}


@pytest.fixture
def app(qtbot: QtBot, tiny_model: Path, themed: QApplication) -> Iterator[App]:
    a = App([])
    qtbot.addWidget(a.window)
    with qtbot.waitSignal(a.controller.modelLoaded, timeout=60000):
        a.start(model=str(tiny_model))
    yield a
    a.window.close()


def _choose(app: App, theme: str) -> None:
    action = next(a for a in app.window.theme_group.actions() if a.data() == theme)
    action.trigger()


def test_the_view_theme_menu_recolours_the_window(
    qtbot: QtBot, app: App, themed: QApplication
) -> None:
    w = app.window
    w.chat_model.set_rows([ChatRow(1, "user", "code please"), ChatRow(2, "assistant", ANSWER)])
    _assert_light(themed.palette())  # 'system' with no platform scheme: light

    _choose(app, "dark")
    qtbot.waitUntil(lambda: is_dark(w.chat_view.palette()))
    assert app.preferences.theme == "dark"
    _assert_dark(themed.palette())
    _assert_dark(w.palette())
    _assert_dark(w.chat_view.palette())
    _assert_dark(w.composer.edit.palette())
    assert w.chat_view.renderer.theme == CodeTheme.named(True)
    checked = w.theme_group.checkedAction()
    assert checked is not None and checked.data() == "dark"

    _choose(app, "light")
    qtbot.waitUntil(lambda: not is_dark(w.chat_view.palette()))
    assert app.preferences.theme == "light"
    _assert_light(themed.palette())
    _assert_light(w.chat_view.palette())
    assert w.chat_view.renderer.theme == CodeTheme.named(False)
