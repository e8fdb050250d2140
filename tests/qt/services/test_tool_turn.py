"""MCP tools in the window's chat, end to end: the real App offscreen, the real starter model
(which calls a tool through the grammar path when it must) and the real mcp-server-time. The
approval card is answered with its buttons; the call runs, its card shows the time it took,
the model answers; history holds assistant(call) -> tool -> assistant(answer), read back the
same. Deny and Stop end the call without running it."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from saved import on_disk

from desktop.app import App
from desktop.core.types import OutputFormat, SamplingParams
from desktop.services.chat_session import ChatSession
from desktop.tools.mcp_config import config_path
from desktop.ui.tool_card import ToolCardWidget

pytestmark = [pytest.mark.integration, pytest.mark.qt_log_ignore("This plugin does not support")]

TIME = str(Path(sys.executable).parent / "mcp-server-time")
WAIT_MS = 180000  # two replies of the starter on 2 shared cores
# Greedy, no penalty, a fixed seed: the same call and answer every run (as the CLI's test).
GREEDY = SamplingParams(temperature=0.0, repeat_penalty=1.0, seed=7, max_tokens=120)


@pytest.fixture
def app(qtbot, starter: Path) -> Iterator[App]:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    server = {"command": TIME, "args": ["--local-timezone", "UTC"]}
    path.write_text(json.dumps({"mcpServers": {"time": server}}), encoding="utf-8")
    a = App([])
    qtbot.addWidget(a.window)
    with qtbot.waitSignal(a.controller.modelLoaded, timeout=WAIT_MS):
        a.start(model=str(starter))
    qtbot.waitUntil(lambda: a.mcp.loaded, timeout=WAIT_MS)
    a.controller.set_sampling(GREEDY)
    yield a
    a.window.close()  # closes the MCP hub (its servers stop) and the engine
    assert not a.controller._thread.isRunning()


def ask(qtbot, a: App, text: str) -> ToolCardWidget:
    """Send text from the composer; the approval card that appears."""
    edit = a.window.composer.edit
    qtbot.keyClicks(edit, text)
    with qtbot.waitSignal(a.controller.approvalRequested, timeout=WAIT_MS) as asked:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    message_id, card = asked.args
    assert card.name == "get_current_time" and card.server == "time"
    assert card.state == "asking"
    view = a.window.chat_view

    def card_widget() -> ToolCardWidget | None:
        for row in range(a.window.chat_model.rowCount()):
            widget = view.message_widget(row)
            shown = widget.row if widget is not None else None
            if widget is not None and shown is not None and shown.message_id == message_id:
                return widget.cards[0] if widget.cards else None
        return None

    qtbot.waitUntil(lambda: card_widget() is not None, timeout=5000)
    widget = card_widget()
    assert widget is not None and widget.buttons["once"].isVisible()
    return widget


def turn(session: ChatSession) -> list[tuple[str, str]]:
    return [(m.role, m.name) for m in session.active_path()]


def test_an_approved_call_runs_and_the_model_answers_with_it(qtbot, app):
    a, c = app, app.controller
    button = a.window.composer.tools
    assert not button.isHidden() and button.accessibleName() == "Tools for this chat"
    assert button.server_actions["time"].isChecked()  # a chat uses the servers switched on
    button.required.trigger()  # the starter calls a tool only when it must
    assert a.chat_tools.tool_choice == "required"

    card = ask(qtbot, a, "What is the current time?")
    with qtbot.waitSignal(c.messageFinished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(card.buttons["once"], Qt.MouseButton.LeftButton)
    answer_id, status, _stats = finished.args
    assert status == "complete"

    store = on_disk(a)
    path = store.active_path(c.conversation_id)
    assert [m.role for m in path] == ["user", "assistant", "tool", "assistant"]
    _user, called, result, answer = path
    assert [call.name for call in called.tool_calls] == ["get_current_time"]
    assert called.status == "complete"
    assert result.tool_call_id == called.tool_calls[0].id and result.name == "get_current_time"
    assert not result.is_error and result.elapsed_ms is not None
    asked_for = called.tool_calls[0].arguments
    assert asked_for is not None and json.loads(result.content)["timezone"] == asked_for["timezone"]
    assert answer.id == answer_id and answer.content.strip() and not answer.tool_calls
    # The window: the call's card says it ran and how long it took; the tool row is not shown.
    (shown,) = c.tool_cards(called.id)
    assert shown.state == "done" and shown.elapsed_ms == result.elapsed_ms
    assert card.state_label.text().endswith(f"done in {result.elapsed_ms:,} ms")
    assert turn(c) == [("user", ""), ("assistant", ""), ("assistant", "")]

    # Read back (another chat, then this one): the same transcript and cards.
    conversation = c.conversation_id
    c.new_conversation()
    with qtbot.waitSignal(c.conversationSwitched) as switched:
        assert c.open_conversation(conversation)
    rows = switched.args[1]
    assert [s.message.id for s in rows] == [path[0].id, called.id, answer.id]
    (again,) = rows[1].tools
    assert again.state == "done" and json.loads(again.result) == json.loads(result.content)
    assert again.elapsed_ms == result.elapsed_ms


def test_deny_tells_the_model_and_stop_ends_the_wait(qtbot, app):
    a, c = app, app.controller
    a.window.composer.tools.required.trigger()

    card = ask(qtbot, a, "What is the current time?")
    with qtbot.waitSignal(c.messageFinished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(a.window.composer.button, Qt.MouseButton.LeftButton)  # Stop
    assert finished.args[1] == "stopped"
    path = on_disk(a).active_path(c.conversation_id)
    assert [m.role for m in path] == ["user", "assistant", "tool"]  # nothing ran after Stop
    assert path[-1].is_error and "denied" in path[-1].content
    assert card.card is not None and card.card.state == "denied"

    # A JSON schema is not applied to a turn with tools: the chat says so.
    c.set_output_format(OutputFormat("json_object"))
    notices: list[str] = []
    c.notice.connect(notices.append)
    card = ask(qtbot, a, "What is the current time now?")
    assert any("JSON schema is not applied while tools are on" in n for n in notices)
    with qtbot.waitSignal(c.messageFinished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(card.buttons["deny"], Qt.MouseButton.LeftButton)
    assert finished.args[1] == "complete"
    path = on_disk(a).active_path(c.conversation_id)
    assert [m.role for m in path][-3:] == ["assistant", "tool", "assistant"]
    denied = path[-2]
    assert denied.is_error and json.loads(denied.content) == {
        "error": "The user denied this tool call."
    }
    assert card.card is not None and card.card.state == "denied"
    assert path[-1].content.strip()  # the model heard the denial and answered
