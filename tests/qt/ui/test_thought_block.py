"""A reply's thought in the transcript: collapsed "Thought for N s" above the answer, opened
by click or keyboard, and never rendered while closed however long it streams (the real
window over recorded Qwen3 output through the real parser, real SQLite)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from format_window import format_window
from PySide6.QtCore import Qt
from scripted_formats import FormatBackend, RawScenario, output

from desktop.bench.stream import format_results, realistic_markdown, run_stream_bench, tokenize
from desktop.core.history import ConversationStore
from desktop.core.types import Thinking, ToolCall
from desktop.models.chat_model import ChatModel, ChatRow
from desktop.services.chat_session import ChatSession
from desktop.services.conversations import open_read_store
from desktop.services.history import History
from desktop.ui.chat_view import ChatView
from desktop.ui.main_window import MainWindow
from desktop.ui.message_widget import MessageWidget

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[tuple[MainWindow, FormatBackend]]:
    with format_window(qtbot, tmp_path, 760) as opened:
        yield opened


def words(text: str) -> list[str]:
    return text.split()  # Markdown joins soft line breaks


def on_screen(qtbot, view: ChatView, row: int) -> MessageWidget:
    qtbot.waitUntil(lambda: view.message_widget(row) is not None, timeout=5000)
    widget = view.message_widget(row)
    assert widget is not None
    return widget


def test_a_thought_shows_collapsed_above_the_answer_and_opens_on_click_and_key(qtbot, window):
    w, backend = window
    recorded_output = output("Qwen-Qwen3-0.6B", "<think>")
    backend.script.append(RawScenario.of(recorded_output["text"]))
    backend.hold_after = 3  # mid-thought: '<think>', "\nI'm", '\nthink'
    view = w.chat_view
    assert w.session.submit("Hi")
    reply = on_screen(qtbot, view, 1)
    qtbot.waitUntil(lambda: reply.thought.isVisibleTo(reply), timeout=10000)
    assert reply.thought.toggle.text() == "Thinking…" and w.state_label.text() == "Thinking…"
    assert reply.status_text() == "" and view.thought_render(1) is None  # collapsed
    with qtbot.waitSignal(w.session.messageFinished, timeout=30000):
        backend.release.set()
    assert w.state_label.text() != "Thinking…"
    bar = reply.thought.toggle
    assert reply.thought.isVisibleTo(reply) and bar.text().startswith("Thought")
    assert bar.accessibleName() == bar.text() and "Show" in bar.accessibleDescription()
    assert words(view.rendered_plain_text(1)) == words(recorded_output["content"])
    assert reply.thought.geometry().bottom() < reply.body.geometry().top()  # above the answer
    assert view.thought_render(1) is None  # closed: not rendered at all
    closed_height = reply.height()

    qtbot.mouseClick(bar, LEFT)
    render = view.thought_render(1)
    assert render is not None and words(render.plain_text()) == words(recorded_output["reasoning"])
    assert reply.thought.body.isVisibleTo(reply) and reply.height() > closed_height
    assert "Hide" in bar.accessibleDescription()
    # The answer moved down under the open thought.
    assert reply.thought.geometry().bottom() < reply.body.geometry().top()

    bar.setFocus(Qt.FocusReason.TabFocusReason)
    assert bar.hasFocus()  # reachable by keyboard
    qtbot.keyClick(bar, Qt.Key.Key_Space)
    assert view.thought_render(1) is None and not view.thought_expanded(reply.row.message_id)
    qtbot.waitUntil(lambda: reply.height() == closed_height)


def test_a_long_thought_streaming_collapsed_renders_nothing_and_keeps_its_height(qtbot):
    model = ChatModel()
    view = ChatView(model)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    model.set_rows([ChatRow(1, "user", "Think hard"), ChatRow(2, "assistant", "", "streaming")])
    pieces = tokenize(realistic_markdown(random.Random(5), 12000))[:3000]
    model.append_reasoning(2, pieces[0], 0)
    reply = on_screen(qtbot, view, 1)
    height, renders = reply.height(), view.renderer.render_count
    for number, piece in enumerate(pieces[1:], 1):
        model.append_reasoning(2, piece, number * 10)
    assert view.renderer.render_count == renders  # not a block of the thought rendered
    assert reply.height() == height and not view.stream_work_pending()
    assert reply.thought.toggle.text() == f"Thinking… {(len(pieces) - 1) // 100} s"
    assert reply.status_text() == ""  # no "reading the conversation…" under a thought
    model.end_thought(2, 31_000)
    model.append_streaming_text("The answer.")
    assert reply.thought.toggle.text() == "Thought for 31 s"
    assert view.rendered_plain_text(1) == "The answer."


def test_a_stored_thought_and_its_tool_calls_show_when_the_chat_is_opened_again(
    qtbot, tmp_path: Path
):
    path = tmp_path / "hearth.sqlite3"
    store = ConversationStore(path)
    chat = store.create_conversation("Paris time", "")
    asked = store.add_message(chat.id, None, "user", "What time is it in Paris?")
    call = ToolCall("c1", "get_time", {"tz": "Europe/Paris"})
    answer = store.add_message(
        chat.id,
        asked.id,
        "assistant",
        "It is 14:05.",
        reasoning="The user wants the time: call get_time.",
        reasoning_ms=8200,
        tool_calls=(call,),
    )
    result = '{"time": "14:05"}'
    store.add_message(
        chat.id, answer.id, "tool", result, tool_call_id="c1", name="get_time", elapsed_ms=41
    )
    store.close()
    history = History(open_read_store(path))
    session = ChatSession(history, backend_factory=FormatBackend)
    w = MainWindow(session, history)
    qtbot.addWidget(w)
    w.resize(1000, 760)
    w.show()
    try:
        assert session.open_conversation(chat.id)
        reply = on_screen(qtbot, w.chat_view, 1)
        assert reply.thought.toggle.text() == "Thought for 8 s"
        assert reply.row is not None and reply.row.tools[0].name == "get_time"
        card = reply.cards[0]  # the call, with the result the tool message holds
        assert card.isVisibleTo(reply) and card.state_label.text() == "done in 41 ms"
        assert card.result.text() == result
        assert w.chat_view.rendered_plain_text(1) == "It is 14:05."
    finally:
        w.close()
        assert session.shutdown()
        assert history.close(5)
        history.store.close()


def test_the_thinking_switch_and_effort_show_only_for_a_model_that_reads_them(qtbot, window):
    w, backend = window
    controls = w.composer.thinking
    assert controls.isVisibleTo(w) and controls.switch.isVisibleTo(w)  # Qwen3: a switch
    assert not controls.effort.isVisibleTo(w)  # and no effort
    assert (
        controls.switch.accessibleName() and controls.switch.focusPolicy() != Qt.FocusPolicy.NoFocus
    )
    qtbot.mouseClick(controls.switch, LEFT)
    assert w.session.thinking == Thinking(False, "medium")
    backend.script.append(RawScenario.of("Hi there."))
    with qtbot.waitSignal(w.session.messageFinished, timeout=30000):
        assert w.session.submit("Hi")
    assert backend.options[-1]["thinking"] == Thinking(False, None)

    backend.extra = {"reply_format": "gpt_oss", "reasoning_effort": "1"}  # gpt-oss
    with qtbot.waitSignal(w.session.modelLoaded, timeout=10000):
        w.session.reload_model()
    assert controls.effort.isVisibleTo(w) and not controls.switch.isVisibleTo(w)
    controls.effort.setCurrentIndex(controls.effort.findData("high"))
    assert w.session.thinking == Thinking(False, "high")

    backend.extra = {}  # a model whose template reads neither
    with qtbot.waitSignal(w.session.modelLoaded, timeout=10000):
        w.session.reload_model()
    assert not controls.isVisibleTo(w)


def test_the_window_bench_measures_a_thought_streaming_collapsed(qapp):
    result = run_stream_bench(tokens=300, messages_above=20, window_tokens=200, thought=True)
    assert result["thought"] and result["chars"] > 0
    assert result["steady_renders"] == 0 and result["blocks"] == 0  # nothing rendered
    assert result["lateness_p99_ms"] >= 0
    assert "thought" in format_results([result])
