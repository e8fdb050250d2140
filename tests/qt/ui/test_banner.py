"""The banner at any width: its sentence wraps over the full width, never a word per line
(the buttons go below the text when they would squeeze it), and its buttons do their job."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from desktop.ui.banner import Banner

SENTENCE = (
    "The model stopped unexpectedly (the engine process ended). Your conversation is "
    "kept; load the model again to go on."
)


def lines_of(label: QLabel) -> list[str]:
    """The label's text broken into lines the way a word-wrapped QLabel draws it."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    width = label.contentsRect().width()
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines


@pytest.mark.parametrize("width", [260, 320, 420, 480, 900])
def test_a_narrow_banner_never_wraps_a_word_per_line(qtbot, width):
    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_message(SENTENCE, "Reload model", lambda: None)
    banner.resize(width, banner.heightForWidth(width))
    qtbot.waitExposed(banner)
    qtbot.waitUntil(lambda: banner.label.contentsRect().width() > 0)
    lines = lines_of(banner.label)
    assert "".join(lines).replace(" ", "") == SENTENCE.replace(" ", "")
    # Every line but the last holds several words: the text has the width to wrap in.
    assert all(len(line.split()) >= 3 for line in lines[:-1]), lines
    assert banner.label.contentsRect().width() >= min(width - 40, 200)
    # The label is tall enough for its lines (nothing cut off below).
    assert banner.label.height() >= len(lines) * banner.label.fontMetrics().lineSpacing()
    # The buttons stay whole and inside the banner.
    for button in (banner.action, banner.close_button):
        assert button.isVisible()
        assert banner.rect().contains(button.geometry())
        assert button.width() >= button.minimumSizeHint().width()
    assert banner.minimumSizeHint().width() <= 260


def test_buttons_go_below_the_text_when_narrow_and_beside_it_when_wide(qtbot):
    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_message(SENTENCE, "Reload model", lambda: None)
    banner.resize(320, 200)
    qtbot.waitExposed(banner)
    qtbot.waitUntil(lambda: banner.action.geometry().top() > banner.label.geometry().bottom())
    assert banner.buttons_below
    banner.resize(1000, 80)
    qtbot.waitUntil(lambda: banner.action.geometry().left() > banner.label.geometry().right())
    assert not banner.buttons_below


def test_the_action_runs_its_callback_and_hides_the_banner(qtbot):
    banner = Banner()
    qtbot.addWidget(banner)
    ran: list[bool] = []
    banner.show_message("Conversation deleted.", "Undo", lambda: ran.append(True), scope="chat")
    assert banner.isVisibleTo(None) or not banner.isHidden()
    banner.action.click()
    assert ran == [True] and banner.isHidden()
    banner.show_message("Saved elsewhere.", scope="chat")
    assert not banner.isHidden() and banner.action.isHidden()
    banner.clear("model")
    assert not banner.isHidden()
    banner.clear("chat")
    assert banner.isHidden()
