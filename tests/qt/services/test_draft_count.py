"""The composer's token meter and the refusal of a message that cannot fit, on the real
starter model (issue 12, item 10: such a message was stored with an empty "error" reply)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from saved import on_disk
from small_session import LONG, SMALL_CTX, small_session

from desktop.core.types import SamplingParams
from desktop.services.chat_session import ChatSession, ChatState, DraftCount


@pytest.fixture
def session(qtbot, tmp_path: Path, starter: Path) -> Iterator[ChatSession]:
    yield from small_session(qtbot, tmp_path, starter)


def counted(qtbot, s: ChatSession, action) -> DraftCount:
    """The first engine-counted (not estimated) meter after action."""
    with qtbot.waitSignal(
        s.draftCounted, timeout=30000, check_params_cb=lambda c: not c.estimated
    ) as blocker:
        action()
    count = blocker.args[0]
    assert isinstance(count, DraftCount)
    return count


def test_the_draft_is_counted_once_typing_stops_and_follows_the_text(qtbot, session):
    s = session
    short = counted(qtbot, s, lambda: s.set_draft("Hello there"))
    assert 0 < short.tokens < 40 and short.fits and not short.over
    assert short.n_ctx == SMALL_CTX and short.limit == SMALL_CTX - 64
    assert short.room_left == short.limit - short.tokens
    longer = counted(qtbot, s, lambda: s.set_draft("Hello there, " + "how are you " * 10))
    assert longer.tokens > short.tokens + 20 and longer.fits
    too_long = counted(qtbot, s, lambda: s.set_draft(LONG))
    assert too_long.tokens > too_long.limit and not too_long.fits and too_long.over


def test_a_message_longer_than_the_context_is_refused_and_nothing_is_stored(qtbot, session):
    s = session
    refused: list[str] = []
    s.draftRefused.connect(refused.append)
    # Sent at once, before any count: held while counted, then refused.
    with qtbot.waitSignal(s.draftRefused, timeout=30000):
        assert not s.submit(LONG)
    assert "too long to send" in refused[0] and f"{SMALL_CTX:,}-token context" in refused[0]
    # Sent again, its count known: refused at once.
    assert not s.submit(LONG)
    assert len(refused) == 2 and refused[1] == refused[0]
    assert s.state is ChatState.IDLE and s.conversation_id is None
    assert on_disk(s).count_conversations() == 0


def test_a_long_message_that_fits_is_held_while_counted_then_sent(qtbot, session):
    s = session
    text = "Tell me about foxes and dogs. " * 5  # over the bytes bound, under the limit
    with qtbot.waitSignal(s.draftSent, timeout=30000) as sent:
        assert not s.submit(text)  # held: its tokens are counted first
    assert sent.args == [text.strip()]
    assert s.state is ChatState.GENERATING
    with qtbot.waitSignal(s.messageFinished, timeout=60000):
        pass
    path = on_disk(s).active_path(s.conversation_id)
    assert [m.role for m in path] == ["user", "assistant"]
    assert path[0].content == text.strip()


def test_while_a_reply_streams_the_meter_shows_an_estimate(qtbot, session):
    s = session
    s.set_sampling(SamplingParams(temperature=0.0, max_tokens=40, repeat_penalty=1.0))
    with qtbot.waitSignal(s.messageFinished, timeout=60000):
        assert s.submit("Hi")
        with qtbot.waitSignal(s.draftCounted, timeout=5000) as meter:
            s.set_draft("and another thing")
        assert meter.args[0].estimated and s.state in (ChatState.GENERATING, ChatState.STOPPING)
    # Once the reply ends, the engine counts again (the branch now holds the reply).
    after = counted(qtbot, s, lambda: None)
    assert not after.estimated and after.tokens > 0
