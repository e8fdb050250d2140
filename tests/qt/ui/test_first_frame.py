"""after_first_frame: work that must not delay the window's first frame runs after it (the
icon font, ~120 ms, was loaded by a zero-timer that fired before the window was exposed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.app import App
from desktop.ui import icons
from desktop.ui.first_frame import after_first_frame


class FirstPaint(QObject):
    """Notes, at the window's first paint, whether the icon font was loaded already."""

    def __init__(self, widget: QObject) -> None:
        super().__init__()
        self.icons_loaded: bool | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Paint and self.icons_loaded is None:
            self.icons_loaded = icons.loaded()
        return False


@pytest.fixture
def icons_not_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a fresh process: the font not loaded yet (other tests load it)."""
    monkeypatch.setattr(icons, "_factory", None)


def test_the_app_loads_the_icon_font_after_the_first_frame(
    qtbot: QtBot, icons_not_loaded: None
) -> None:
    app = App([])
    qtbot.addWidget(app.window)
    first = FirstPaint(app.window)
    app.start(load=False)
    qtbot.waitUntil(icons.loaded, timeout=10000)
    assert first.icons_loaded is False  # the window painted before the font was loaded
    assert not app.window.composer.button.icon().isNull()  # and the icons came after
    app.window.close()


def test_callbacks_run_once_after_the_first_paint(qtbot: QtBot) -> None:
    label = QLabel("hello")
    qtbot.addWidget(label)
    calls: list[str] = []
    painted = FirstPaint(label)
    after_first_frame(label, lambda: calls.append("first"))
    after_first_frame(label, lambda: calls.append("second"))
    QApplication.processEvents()  # not shown, not painted: nothing runs
    assert calls == []
    label.show()
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=5000)
    assert painted.icons_loaded is not None  # it was painted
    # The newest first (Qt asks the newest event filter first), each once.
    assert calls == ["second", "first"]
    label.repaint()  # a second paint, at once
    QApplication.processEvents()  # where a timer it had started would run
    assert calls == ["second", "first"]
