"""The composer: its token meter, why a message was not sent, and Tab (no keyboard trap)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from saved import on_disk

from desktop.app import App
from desktop.core.types import LoadParams
from desktop.models.locale_format import number
from desktop.services.chat_session import DraftCount
from desktop.ui.composer import WARNING, Composer

SMALL_CTX = 256
LONG = "The quick brown fox jumps over the lazy dog. " * 40  # about 400 tokens


def shown(qtbot) -> tuple[QWidget, Composer, QLineEdit]:
    """A composer between two other fields, in a shown, active window."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    before, composer, after = QLineEdit(), Composer(), QLineEdit()
    for w in (before, composer, after):
        layout.addWidget(w)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    composer.edit.setFocus()
    qtbot.waitUntil(composer.edit.hasFocus)
    return window, composer, after


def colour(composer: Composer) -> object:
    return composer.count_label.palette().color(QPalette.ColorRole.WindowText)


def test_the_meter_shows_tokens_against_what_the_context_holds(qtbot):
    composer = Composer()
    qtbot.addWidget(composer)
    assert composer.count_label.isHidden()  # no model, no count
    composer.show_count(DraftCount(tokens=123, limit=3072, n_ctx=4096))
    assert composer.count_label.text() == f"123 / {number(3072)} tokens"
    assert not composer.count_label.isHidden()
    assert f"{number(2949)} tokens left" in composer.count_label.toolTip()
    assert f"{number(1024)} are kept for the reply" in composer.count_label.toolTip()
    assert colour(composer) != WARNING and composer.count_label.property("over") is False


def test_the_meter_warns_when_over_and_says_when_it_is_a_guess(qtbot):
    composer = Composer()
    qtbot.addWidget(composer)
    composer.show_count(DraftCount(tokens=5000, limit=3072, n_ctx=4096, estimated=True))
    assert composer.count_label.text() == f"≈ {number(5000)} / {number(3072)} tokens"
    assert colour(composer) == WARNING and composer.count_label.property("over") is True
    assert "oldest messages will be left out" in composer.count_label.toolTip()
    composer.show_count(DraftCount(tokens=5000, limit=3072, n_ctx=4096, fits=False))
    assert "too long to send" in composer.count_label.toolTip()
    composer.show_count(DraftCount(tokens=10, limit=3072, n_ctx=4096))
    assert colour(composer) != WARNING  # back to the theme's colour


def test_a_refusal_shows_above_the_text_until_it_is_edited(qtbot):
    window, composer, _ = shown(qtbot)
    drafts: list[str] = []
    composer.draftChanged.connect(drafts.append)
    qtbot.keyClicks(composer.edit, "a very long message")
    assert drafts[-1] == "a very long message"
    composer.show_refusal("This message is too long to send.")
    assert composer.refusal.isVisibleTo(window)
    assert composer.refusal.text() == "This message is too long to send."
    assert composer.edit.toPlainText() == "a very long message"  # kept
    qtbot.keyClicks(composer.edit, "!")
    assert not composer.refusal.isVisibleTo(window)


def test_tab_moves_the_focus_on_and_ctrl_tab_types_a_tab(qtbot):
    window, composer, _ = shown(qtbot)  # (the window is kept alive while it is used)
    qtbot.keyClicks(composer.edit, "a")
    qtbot.keyClick(composer.edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert composer.edit.toPlainText() == "a\t"
    assert composer.edit.hasFocus()
    qtbot.keyClick(composer.edit, Qt.Key.Key_Tab)
    assert composer.edit.toPlainText() == "a\t"  # no tab typed: the focus moved on
    assert not composer.edit.hasFocus()
    assert QApplication.focusWidget() is composer.button
    assert window.isVisible()


def test_the_window_keeps_a_refused_message_in_the_composer(qtbot, starter: Path):
    """Issue 12, item 10, in the real window on the starter model with a small context."""
    app = App([])
    qtbot.addWidget(app.window)
    try:
        with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
            app.start(model=str(starter))
        c, composer = app.controller, app.window.composer
        with qtbot.waitSignal(c.modelLoaded, timeout=60000):
            c.load_model(LoadParams(str(starter), n_ctx=SMALL_CTX))
        with qtbot.waitSignal(
            c.draftCounted, timeout=30000, check_params_cb=lambda n: not n.estimated
        ):
            composer.edit.setPlainText(LONG)
        assert composer.count_label.isVisibleTo(app.window)
        assert composer.count_label.property("over") is True
        with qtbot.waitSignal(c.draftRefused, timeout=5000):
            qtbot.keyClick(composer.edit, Qt.Key.Key_Return)
        assert composer.edit.toPlainText() == LONG
        assert composer.refusal.isVisibleTo(app.window)
        assert "too long to send" in composer.refusal.text()
        assert c.conversation_id is None and on_disk(c).count_conversations() == 0
        qtbot.keyClicks(composer.edit, "!")  # editing hides the sentence
        assert not composer.refusal.isVisibleTo(app.window)
    finally:
        app.window.close()
    assert not c._thread.isRunning()


def test_the_send_key_setting_decides_what_enter_does(qtbot):
    _window, composer, _ = shown(qtbot)  # the window is kept: it owns the composer
    sent: list[str] = []
    composer.sendRequested.connect(sent.append)
    composer.set_send_key("ctrl+enter")
    assert "Ctrl+Enter sends, Enter for a new line" in composer.edit.placeholderText()
    assert composer.button.toolTip() == "Send (Ctrl+Enter)"
    qtbot.keyClicks(composer.edit, "a")
    qtbot.keyClick(composer.edit, Qt.Key.Key_Return)
    qtbot.keyClick(composer.edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(composer.edit, "b")
    assert composer.edit.toPlainText() == "a\n\nb" and sent == []
    qtbot.keyClick(composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sent == ["a\n\nb"]
    composer.set_send_key("enter")
    assert "Enter sends, Shift+Enter for a new line" in composer.edit.placeholderText()
    qtbot.keyClick(composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert sent == ["a\n\nb"]
    qtbot.keyClick(composer.edit, Qt.Key.Key_Return)
    assert sent == ["a\n\nb", "a\n\nb\n"]
