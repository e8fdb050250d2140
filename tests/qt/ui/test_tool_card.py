"""Tool calls in the transcript: a card per call as the model writes it (recorded Qwen3 output
through the real parser), an approval card answered by keyboard, then the call's result and
time (the real window, real SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from format_window import format_window
from PySide6.QtCore import Qt
from scripted_formats import FormatBackend, RawScenario, output

from desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[tuple[MainWindow, FormatBackend]]:
    with format_window(qtbot, tmp_path, 900) as opened:
        yield opened


def test_calls_show_as_cards_and_an_approval_is_answered_from_the_keyboard(qtbot, window):
    w, backend = window
    session, view = w.session, w.chat_view
    backend.script.append(RawScenario.of(output("Qwen-Qwen3-0.6B", "Tokyo")["text"]))
    with qtbot.waitSignal(session.messageFinished, timeout=30000) as finished:
        assert session.submit("Time in Paris and Tokyo?")
    reply_id = finished.args[0]
    qtbot.waitUntil(lambda: view.message_widget(1) is not None, timeout=5000)
    reply = view.message_widget(1)
    cards = [c for c in reply.cards if c.isVisibleTo(reply)]
    assert [c.title.text() for c in cards] == ["get_time", "get_time"]
    assert [c.state_label.text() for c in cards] == ["not run", "not run"]
    assert "Europe/Paris" in cards[0].arguments.text()
    assert "<tool_call>" not in view.rendered_plain_text(1)
    assert cards[0].geometry().top() > reply.body.geometry().top()  # under the answer
    assert reply.thought.isVisibleTo(reply)  # it thought first

    first = session.tool_cards(reply_id)[0]
    session.ask_approval(reply_id, first.call_id, "time")
    card = reply.cards[0]
    qtbot.waitUntil(lambda: card.state_label.text() == "asks to run")
    assert card.title.text() == "get_time · time"
    names = [b.accessibleName() for b in card.buttons.values() if b.isVisibleTo(reply)]
    assert names == ["Allow once", "Always allow this tool", "Deny"]
    assert card.geometry().bottom() < reply.cards[1].geometry().top()  # the next moved down
    always = card.buttons["always"]
    always.setFocus(Qt.FocusReason.TabFocusReason)
    assert always.hasFocus()
    with qtbot.waitSignal(session.approvalAnswered) as answered:
        qtbot.keyClick(always, Qt.Key.Key_Space)
    assert answered.args == [first.call_id, "always"]
    qtbot.waitUntil(lambda: card.state_label.text() == "running…")
    assert not any(b.isVisibleTo(reply) for b in card.buttons.values())

    session.tool_finished(reply_id, first.call_id, '{"time": "14:05"}', 41)
    qtbot.waitUntil(lambda: card.state_label.text() == "done in 41 ms")
    assert card.result.text() == '{"time": "14:05"}'
    second = session.tool_cards(reply_id)[1]
    session.ask_approval(reply_id, second.call_id, "time")  # always allowed: not asked
    session.tool_finished(reply_id, second.call_id, "", 12, "Unknown time zone")
    qtbot.waitUntil(lambda: reply.cards[1].state_label.text() == "failed in 12 ms")
    assert reply.cards[1].result.text() == "Unknown time zone"
