"""DraftCounter (services.draft) on its own: the meter's figures, whether a message may be
sent, and its signals relayed by the session that owns it (the real starter model)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from saved import on_disk
from small_session import LONG, small_session

from desktop.services.chat_session import ChatSession
from desktop.services.draft import DraftCount, DraftCounter, refused_sentence


@pytest.fixture
def session(qtbot, tmp_path: Path, starter: Path) -> Iterator[ChatSession]:
    yield from small_session(qtbot, tmp_path, starter)


def test_a_count_says_the_room_left_and_whether_it_is_over():
    fits = DraftCount(tokens=100, limit=192, n_ctx=256)
    assert fits.room_left == 92 and not fits.over
    assert DraftCount(tokens=200, limit=192, n_ctx=256).over  # older turns will be left out
    refused = DraftCount(tokens=10, limit=192, n_ctx=256, fits=False)
    assert refused.over and refused.room_left == 182


def test_the_refusal_says_the_figures_and_what_to_do():
    sentence = refused_sentence(4321, 3072, 4096)
    assert "4,321 tokens" in sentence and "4,096-token context holds 3,072" in sentence
    assert "Shorten it" in sentence


def test_the_session_owns_one_counter_and_relays_its_meter(qtbot, session):
    s = session
    assert isinstance(s.drafts, DraftCounter) and s.drafts.parent() is s
    relayed: list[DraftCount] = []
    s.draftCounted.connect(relayed.append)
    with qtbot.waitSignal(
        s.drafts.counted, timeout=30000, check_params_cb=lambda c: not c.estimated
    ) as own:
        s.set_draft("Hello there")
    count = own.args[0]
    assert count in relayed and 0 < count.tokens < 40 and count.limit == s.prompt_limit()


def test_may_send_holds_an_unknown_fit_and_refuses_what_cannot_fit(qtbot, session):
    s = session
    assert s.drafts.may_send("Hello") is True  # under the bytes bound: known to fit
    with qtbot.waitSignal(s.drafts.refused, timeout=30000) as refused:
        assert s.drafts.may_send(LONG.strip()) is False  # held while counted
    assert "too long to send" in refused.args[0]
    with qtbot.waitSignal(s.drafts.refused, timeout=1000) as again:
        assert s.drafts.may_send(LONG.strip()) is False  # now known: refused at once
    assert again.args == refused.args
    # The counter decides; only the session stores and answers a message.
    assert s.conversation_id is None and on_disk(s).count_conversations() == 0
