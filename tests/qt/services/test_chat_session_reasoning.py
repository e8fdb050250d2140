"""ChatSession with a model that thinks and calls tools: real recorded model outputs (Qwen3)
through the real reply parser (tests/scripted_formats.py), the real history on SQLite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from saved import on_disk
from scripted_backend import recorded
from scripted_formats import FormatBackend, RawScenario, output

from desktop.core.history import ConversationStore
from desktop.core.types import LoadParams, SamplingParams, Thinking
from desktop.services.chat_session import ChatSession, ChatState
from desktop.services.history import History

GREEDY = SamplingParams(temperature=0.0, max_tokens=12, repeat_penalty=1.0)
QWEN3 = "Qwen-Qwen3-0.6B"


@pytest.fixture
def thinking(qtbot, tmp_path) -> Iterator[tuple[ChatSession, FormatBackend]]:
    backend = FormatBackend()
    store = ConversationStore(tmp_path / "hearth.sqlite3")
    history = History(store)
    session = ChatSession(history, backend_factory=lambda: backend)
    session.set_sampling(GREEDY)
    with qtbot.waitSignal(session.modelLoaded, timeout=10000):
        session.load_model(LoadParams("qwen3.gguf", n_ctx=recorded()["model"]["n_ctx"]))
    assert session.state is ChatState.IDLE
    yield session, backend
    backend.release.set()
    assert session.shutdown()
    assert history.close(5)
    store.close()


def record(session: ChatSession, *names: str) -> list[tuple[str, tuple]]:
    seen: list[tuple[str, tuple]] = []
    for name in names:
        getattr(session, name).connect(lambda *args, n=name: seen.append((n, args)))
    return seen


def reply(qtbot, session: ChatSession, backend: FormatBackend, text: str) -> int:
    backend.script.append(RawScenario.of(text))
    with qtbot.waitSignal(session.messageFinished, timeout=30000) as blocker:
        assert session.submit("What time is it?")
    assert blocker.args[1] == "complete"
    return int(blocker.args[0])


def test_the_thought_streams_apart_from_the_answer_and_is_kept_with_its_duration(qtbot, thinking):
    session, backend = thinking
    recorded_output = output(QWEN3, "<think>")
    seen = record(session, "reasoningAppended", "thoughtEnded", "streamAppended")
    reply_id = reply(qtbot, session, backend, recorded_output["text"])
    thought = "".join(args[1] for name, args in seen if name == "reasoningAppended")
    answer = "".join(args[1] for name, args in seen if name == "streamAppended")
    assert thought.strip() == recorded_output["reasoning"]
    assert answer.strip() == recorded_output["content"]
    assert "<think>" not in answer and "</think>" not in answer
    # All the thought, then its end (once), then the answer.
    names = [name for name, _ in seen]
    assert names.count("thoughtEnded") == 1
    ended = names.index("thoughtEnded")
    assert set(names[:ended]) == {"reasoningAppended"}
    assert set(names[ended + 1 :]) == {"streamAppended"}
    ms = seen[ended][1][1]
    assert seen[ended][1][0] == reply_id and ms >= 0
    stored = session.tree.get(reply_id)
    assert stored.reasoning.strip() == recorded_output["reasoning"]
    assert stored.content.strip() == recorded_output["content"]
    assert stored.reasoning_ms == ms
    # On disk apart from the answer (what a restart reads back).
    on_file = on_disk(session).active_path(session.conversation_id)[-1]
    assert (on_file.content, on_file.reasoning) == (stored.content, stored.reasoning)
    assert on_file.reasoning_ms == ms
    # Shown again (another conversation and back): the thought comes with the message.
    conversation = session.conversation_id
    session.new_conversation()
    switched = record(session, "conversationSwitched")
    assert session.open_conversation(conversation)
    shown = switched[0][1][1][-1]
    assert shown.message.reasoning == stored.reasoning and not shown.thinking


def test_the_thinking_switch_reaches_the_engine_only_for_a_template_that_reads_it(qtbot, thinking):
    session, backend = thinking
    assert session.thinking_support() == (True, False)  # Qwen3: enable_thinking, no effort
    session.set_thinking(Thinking(False, "high"))
    reply(qtbot, session, backend, "Hello!")
    assert backend.options[-1]["thinking"] == Thinking(False, None)  # effort: not read
    backend.extra = {}  # a model whose template reads neither
    with qtbot.waitSignal(session.modelLoaded, timeout=10000):
        session.reload_model()
    assert session.thinking_support() == (False, False)
    reply(qtbot, session, backend, "Hello again!")
    assert "thinking" not in backend.options[-1]


def test_tool_calls_become_cards_and_an_approval_is_asked_and_answered(qtbot, thinking):
    session, backend = thinking
    calls = output(QWEN3, "Tokyo")
    cards_seen = record(session, "toolCardsChanged", "streamAppended")
    reply_id = reply(qtbot, session, backend, calls["text"])
    assert not any("<tool_call>" in args[1] for n, args in cards_seen if n == "streamAppended")
    cards = session.tool_cards(reply_id)
    assert [(c.name, c.state) for c in cards] == [("get_time", "called"), ("get_time", "called")]
    assert '"Europe/Paris"' in cards[0].arguments and "Asia/Tokyo" in cards[1].arguments
    assert [c.id for c in session.tree.get(reply_id).tool_calls] == [c.call_id for c in cards]
    on_file = on_disk(session).active_path(session.conversation_id)[-1]
    assert [(c.name, c.arguments) for c in on_file.tool_calls] == [
        ("get_time", {"tz": "Europe/Paris"}),
        ("get_time", {"tz": "Asia/Tokyo", "note": "a } and </tool_call"}),
    ]
    first, second = cards
    answers = record(session, "approvalAnswered")
    with qtbot.waitSignal(session.approvalRequested) as asked:
        session.ask_approval(reply_id, first.call_id, "time")
    assert asked.args[1].state == "asking" and asked.args[1].server == "time"
    session.answer_approval(reply_id, first.call_id, "always")
    session.tool_finished(reply_id, first.call_id, '{"time": "14:05"}', 41)
    # Always allowed: the same tool is not asked about again in this session.
    session.ask_approval(reply_id, second.call_id, "time")
    session.tool_finished(reply_id, second.call_id, "", 12, "Unknown time zone")
    assert answers == [
        ("approvalAnswered", (first.call_id, "always")),
        ("approvalAnswered", (second.call_id, "always")),
    ]
    done, failed = session.tool_cards(reply_id)
    assert (done.state, done.result, done.elapsed_ms) == ("done", '{"time": "14:05"}', 41)
    assert (failed.state, failed.error) == ("error", "Unknown time zone")
