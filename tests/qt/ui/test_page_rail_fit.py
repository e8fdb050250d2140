"""The page rail fits its labels (any language, 200% text) and opens a page however its
entry is checked (a click, Space, or a screen reader's Toggle action)."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.page_rail import RAIL_WIDTH, PageHost

pytestmark = pytest.mark.qt_log_level_fail("WARNING")

LONG = "Ⓛⓞⓝⓖⓔⓡ Ⓗⓐⓡⓓⓦⓐⓡⓔ ⓢⓔⓣⓣⓘⓝⓖⓢ ⓟⓐⓖⓔ"  # a longer language's label, with spaces
WORD = "Hardwareeinstellungsübersicht"  # one long word: cannot wrap


def _host(qtbot: QtBot, labels: dict[str, str]) -> PageHost:
    chat = QLabel("chat")
    host = PageHost(chat, lambda: None)
    for key, label in labels.items():
        host.register(key, label, "mdi6.cog-outline", partial(QLabel, key))
    qtbot.addWidget(host)
    host.resize(900, 600)
    host.show()
    qtbot.waitExposed(host)
    return host


def _cut(host: PageHost) -> list[str]:
    return [
        f"{b.objectName()} wants {b.sizeHint().width()}, has {b.width()}"
        for b in host.rail_buttons()
        if b.sizeHint().width() > b.width()
    ]


def test_short_labels_keep_the_narrow_rail(qtbot: QtBot) -> None:
    host = _host(qtbot, {"models": "Models", "hardware": "Hardware"})
    assert host.rail.width() == RAIL_WIDTH or host.rail.width() < RAIL_WIDTH * 1.3
    assert _cut(host) == []
    assert host.button("hardware").text() == "Hardware"


def test_long_labels_wrap_or_widen_the_rail_and_none_is_cut(qtbot: QtBot) -> None:
    host = _host(qtbot, {"long": LONG, "word": WORD, "models": "Models"})
    assert _cut(host) == []
    long_button = host.button("long")
    assert "\n" in long_button.text()  # on two lines rather than a very wide rail
    assert long_button.text().replace("\n", " ") == LONG
    assert long_button.accessibleName() == LONG  # read as one label
    assert host.button("word").text() == WORD
    assert host.rail.width() >= host.button("word").sizeHint().width()
    widths = {b.width() for b in host.rail_buttons()}
    assert len(widths) == 1  # one column of equal entries


def test_a_doubled_font_widens_the_rail(qtbot: QtBot) -> None:
    host = _host(qtbot, {"models": "Models", "hardware": "Hardware"})
    before = host.rail.width()
    font = host.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    host.setFont(font)
    qtbot.waitUntil(lambda: host.rail.width() > before)
    assert _cut(host) == []


def test_toggling_an_entry_opens_its_page_as_a_click_does(qtbot: QtBot) -> None:
    host = _host(qtbot, {"models": "Models", "hardware": "Hardware"})
    shown: list[str] = []
    host.pageChanged.connect(shown.append)
    host.button("models").toggle()  # what AT-SPI's Toggle action does
    assert host.current_key() == "models"
    assert host.page("models") is not None
    button = host.button("hardware")
    iface = QAccessible.queryAccessibleInterface(button)
    assert iface is not None
    actions = iface.actionInterface()
    assert actions is not None
    toggle = QAccessibleActionInterface.toggleAction()
    assert toggle in actions.actionNames()
    actions.doAction(toggle)
    assert host.current_key() == "hardware"
    host.button("chat").click()  # a click shows the page once
    assert host.current_key() == "chat"
    assert shown == ["models", "hardware", "chat"]


def test_a_click_runs_the_pages_on_show_once(qtbot: QtBot) -> None:
    chat = QLabel("chat")
    host = PageHost(chat, lambda: None)
    visits: list[QWidget] = []
    host.register("models", "Models", "mdi6.cog-outline", QLabel, on_show=visits.append)
    qtbot.addWidget(host)
    button: QToolButton = host.button("models")
    button.click()
    assert len(visits) == 1 and host.current_key() == "models"
    button.click()  # the current page's entry again: its on_show again, as before
    assert len(visits) == 2
