"""The chat's Knowledge switch: on and off look different (the theme's accent when on), in
the light and dark themes and across a theme change, and its accessible description says
which it is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from desktop.ui.composer import KNOWLEDGE_OFF, KNOWLEDGE_ON, Composer
from desktop.ui.theme import apply_theme, current_theme, palette_for

Role = QPalette.ColorRole


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    palette, tips, theme = (
        QPalette(qapp.palette()),
        QPalette(QToolTip.palette()),
        current_theme(qapp),
    )
    yield qapp
    apply_theme(qapp, theme)
    qapp.setPalette(palette)
    QToolTip.setPalette(tips)


def _switch(qtbot: QtBot) -> Composer:
    composer = Composer()
    qtbot.addWidget(composer)
    composer.set_knowledge_available(True)
    composer.show()
    qtbot.waitExposed(composer)
    return composer


def _look(composer: Composer) -> QImage:
    return composer.knowledge.grab().toImage()


def _face(image: QImage) -> str:
    """The colour of the button's face, left of its icon and text."""
    return image.pixelColor(3, image.height() // 2).name()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_on_and_off_look_different_and_say_which(
    qtbot: QtBot, themed: QApplication, theme: str
) -> None:
    apply_theme(themed, theme)
    composer = _switch(qtbot)
    off = _look(composer)
    assert composer.knowledge.accessibleDescription() == KNOWLEDGE_OFF
    with qtbot.waitSignal(composer.knowledgeToggled) as toggled:
        composer.knowledge.click()
    assert toggled.args == [True]
    on = _look(composer)
    assert on != off
    accent = palette_for(theme == "dark").color(Role.Highlight).name()
    assert _face(on) == accent and _face(off) != accent
    assert composer.knowledge.accessibleDescription() == KNOWLEDGE_ON
    assert "On" in KNOWLEDGE_ON and "Off" in KNOWLEDGE_OFF
    composer.set_knowledge_available(False)  # no folder: switched off, and it says so
    assert composer.knowledge.accessibleDescription() == KNOWLEDGE_OFF


def test_the_accent_follows_a_theme_change(qtbot: QtBot, themed: QApplication) -> None:
    apply_theme(themed, "light")
    composer = _switch(qtbot)
    composer.knowledge.setChecked(True)
    light = palette_for(False).color(Role.Highlight).name()
    dark = palette_for(True).color(Role.Highlight).name()
    assert _face(_look(composer)) == light
    apply_theme(themed, "dark")  # the PaletteChange reaches the composer on the event loop
    qtbot.waitUntil(lambda: _face(_look(composer)) == dark)
