"""ChatSession.continue_reply: a stopped reply is written on in the same message (the real
engine on the starter model, the real store)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Slot
from saved import on_disk

from desktop.core.history import ConversationStore
from desktop.core.types import LoadParams, SamplingParams, StopReason
from desktop.models.chat_model import ChatModel
from desktop.services.chat_session import ChatSession, ChatState
from desktop.services.continuation import combined_stats
from desktop.services.history import History

GREEDY = SamplingParams(temperature=0.0, max_tokens=120, repeat_penalty=1.0)
PROMPT = "Name the three primary colors."  # ~50 tokens, then end of turn


@pytest.fixture
def session(qtbot, tmp_path: Path, starter: Path) -> Iterator[ChatSession]:
    store = ConversationStore(tmp_path / "hearth.sqlite3")
    history = History(store)
    c = ChatSession(history)
    c.set_sampling(GREEDY)
    with qtbot.waitSignal(c.modelLoaded, timeout=60000):
        c.load_model(LoadParams(str(starter), n_ctx=2048))
    yield c
    assert c.shutdown()
    assert history.close(5)
    store.close()


class StopOnFirstPiece(QObject):
    """Presses Stop as soon as the reply shows its first text."""

    def __init__(self, c: ChatSession) -> None:
        super().__init__()
        self.c = c
        self.armed = True
        c.streamAppended.connect(self.on_piece)

    @Slot(int, str)
    def on_piece(self, _message_id: int, _text: str) -> None:
        if self.armed:
            self.armed = False
            self.c.stop()


def finish(qtbot, c: ChatSession, action) -> tuple:
    with qtbot.waitSignal(c.messageFinished, timeout=120000) as blocker:
        action()
    return tuple(blocker.args)


def stopped_reply(qtbot, c: ChatSession) -> tuple:
    stopper = StopOnFirstPiece(c)  # kept: its slot lives as long as it does
    reply_id, status, stats = finish(qtbot, c, lambda: c.submit(PROMPT))
    assert not stopper.armed
    assert status == "stopped" and stats.stop_reason is StopReason.USER
    return reply_id, stats


def test_continue_writes_on_in_the_same_message_with_summed_stats(qtbot, session):
    c = session
    reply_id, before = stopped_reply(qtbot, c)
    partial = on_disk(c).get_message(reply_id).content
    assert partial and before.generated_tokens < 120

    events: list[tuple] = []
    c.messageAdded.connect(lambda shown: events.append(("added", shown.message.id)))
    c.messageChanged.connect(
        lambda row, shown: events.append(("changed", row, shown.message.id, shown.message.status))
    )
    streamed: list[tuple[int, str]] = []
    c.streamAppended.connect(lambda mid, text: streamed.append((mid, text)))

    assert c.state is ChatState.IDLE
    result: list[bool] = []
    finished_id, status, stats = finish(qtbot, c, lambda: result.append(c.continue_reply(reply_id)))
    assert result == [True]
    # The same message, no new version: its row turns back to streaming, then ends.
    assert finished_id == reply_id and status == "complete"
    assert ("changed", 1, reply_id, "streaming") in events
    assert not [e for e in events if e[0] == "added"]
    assert {mid for mid, _ in streamed} == {reply_id}
    stored = on_disk(c).get_message(reply_id)
    assert stored.status == "complete"
    assert stored.content == partial + "".join(text for _, text in streamed)
    assert c.tree is not None and len(c.tree.siblings(reply_id)) == 1
    # One reply's stats: the tokens of both parts, the first part's prompt and first token.
    assert stats.stop_reason is StopReason.END_OF_TURN
    assert stats.generated_tokens > before.generated_tokens
    assert stats.prompt_tokens == before.prompt_tokens and stats.ttft_ms == before.ttft_ms
    assert stored.stats == stats
    assert c.active_path()[-1].stats == stats

    # Greedy: the continued reply is the reply a fresh, uninterrupted run writes.
    _, _, fresh = finish(qtbot, c, lambda: c.regenerate(reply_id))
    whole = c.active_path()[-1]
    assert whole.id != reply_id and whole.content == stored.content
    assert fresh.generated_tokens == stats.generated_tokens


def test_only_the_last_reply_cut_short_may_be_continued(qtbot, session):
    c = session
    reply_id, _ = stopped_reply(qtbot, c)
    assert c.continue_reply(reply_id + 999) is False
    # A later turn was written after it as it stands: it is no longer the end of the branch.
    c.set_sampling(replace(GREEDY, max_tokens=8))
    later_id, status, _ = finish(qtbot, c, lambda: c.submit("Thanks."))
    assert status == "complete"
    assert c.continue_reply(reply_id) is False
    assert c.continue_reply(later_id) is False  # complete: nothing to continue
    assert c.state is ChatState.IDLE


def test_a_continue_can_be_stopped_and_continued_again(qtbot, session):
    c = session
    reply_id, first = stopped_reply(qtbot, c)
    stopper = StopOnFirstPiece(c)
    again_id, status, second = finish(qtbot, c, lambda: c.continue_reply(reply_id))
    assert not stopper.armed
    assert again_id == reply_id and status == "stopped"
    assert second.generated_tokens > first.generated_tokens
    stored = on_disk(c).get_message(reply_id)
    assert stored.status == "stopped" and stored.stats == second
    _, status, third = finish(qtbot, c, lambda: c.continue_reply(reply_id))
    assert status == "complete" and third.generated_tokens > second.generated_tokens


def test_combined_stats_sum_tokens_and_time_and_keep_the_first_prompt():
    first = replace(
        _stats(),
        generated_tokens=11,
        tokens_per_s=10.0,
        total_ms=1500.0,
        stop_reason=StopReason.USER,
        seed=7,
    )
    second = replace(_stats(), prompt_tokens=60, generated_tokens=21, tokens_per_s=40.0, seed=9)
    both = combined_stats(first, second)
    assert both is not None
    assert both.generated_tokens == 32 and both.prompt_tokens == first.prompt_tokens
    assert both.total_ms == first.total_ms + second.total_ms
    assert both.tokens_per_s == pytest.approx(30 / (1.0 + 0.5))  # 10 + 20 tokens over 1.5 s
    assert both.stop_reason is StopReason.END_OF_TURN and both.seed == 7
    assert combined_stats(None, second) == second and combined_stats(first, None) == first


def _stats():
    from desktop.core.types import GenerationStats

    return GenerationStats(
        prompt_tokens=30,
        generated_tokens=1,
        ttft_ms=100.0,
        tokens_per_s=0.0,
        prompt_tokens_per_s=300.0,
        total_ms=100.0,
        stop_reason=StopReason.END_OF_TURN,
        seed=1,
        chat_format="the model's own chat template",
    )


def test_closing_while_a_continue_is_written_keeps_the_tokens_it_wrote(qtbot, session):
    # A continued reply ended by the app closing has no stats of its own: it kept only its
    # earlier ones, so what it wrote since was left out of every later total.
    c = session
    reply_id, before = stopped_reply(qtbot, c)
    partial = on_disk(c).get_message(reply_id).content
    with qtbot.waitSignal(c.streamAppended, timeout=60000):
        assert c.continue_reply(reply_id)
    with qtbot.waitSignal(c.messageFinished, timeout=5000) as finished:
        c.end_reply_for_close()
    finished_id, status, stats = finished.args
    assert finished_id == reply_id and status == "stopped"
    assert stats.stop_reason is StopReason.USER
    assert stats.generated_tokens > before.generated_tokens
    assert stats.prompt_tokens == before.prompt_tokens
    stored = on_disk(c).get_message(reply_id)
    assert stored.stats == stats and len(stored.content) > len(partial)
    # Continued again (as after the next start): the total counts all three parts.
    _, status, total = finish(qtbot, c, lambda: c.continue_reply(reply_id))
    assert status == "complete" and total.generated_tokens > stats.generated_tokens


def test_a_stop_string_across_the_join_ends_the_reply_where_it_begins(qtbot, session):
    # The engine checks only what it writes: a stop string begun in the earlier text and
    # ended by the continuation went through, and the reply ran on past it.
    c = session
    rows = ChatModel()
    rows.follow(c)
    _, _, _ = finish(qtbot, c, lambda: c.submit(PROMPT))
    whole = c.active_path()[-1].content  # greedy: what a Continue of any cut of it writes
    stopper = StopOnFirstPiece(c)
    reply_id, status, _ = finish(qtbot, c, lambda: c.regenerate(c.active_path()[-1].id))
    assert not stopper.armed and status == "stopped"
    partial = on_disk(c).get_message(reply_id).content
    assert partial and whole.startswith(partial) and len(whole) > len(partial) + 2
    k = min(2, len(partial))
    stop = partial[-k:] + whole[len(partial) : len(partial) + 2]
    c.set_sampling(replace(GREEDY, stop=(stop,)))
    streamed: list[str] = []
    c.streamAppended.connect(lambda _mid, text: streamed.append(text))
    changed: list[str] = []
    c.messageChanged.connect(lambda _row, shown: changed.append(shown.message.content))
    finished_id, status, stats = finish(qtbot, c, lambda: c.continue_reply(reply_id))
    assert finished_id == reply_id and status == "complete"
    assert stats.stop_reason is StopReason.STOP_STRING
    assert streamed == []  # nothing of the stop was shown
    assert changed[-1] == partial[:-k]  # the view shows the reply cut where the stop begins
    stored = on_disk(c).get_message(reply_id)
    assert stored.content == partial[:-k] and stored.status == "complete"
    assert c.active_path()[-1].content == partial[:-k]
    shown = rows.rows()[-1]
    assert shown.text == partial[:-k] and shown.status == "complete" and not shown.is_streaming
