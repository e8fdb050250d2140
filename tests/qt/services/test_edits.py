"""MessageEdits on the real starter model: an edit that fits is stored (Save in place, Save and
regenerate as a new version); one that cannot fit the context is refused with a sentence and
nothing is stored (issue 12, item 7)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from saved import on_disk
from small_session import LONG, SMALL_CTX, small_session

from desktop.services.chat_session import ChatSession, ChatState
from desktop.services.edits import MessageEdits


@pytest.fixture
def session(qtbot, tmp_path: Path, starter: Path) -> Iterator[ChatSession]:
    for s in small_session(qtbot, tmp_path, starter):
        with qtbot.waitSignal(s.messageFinished, timeout=60000):
            assert s.submit("Name a colour.")
        yield s


def test_save_replaces_the_text_in_place_and_keeps_the_reply(qtbot, session):
    s = session
    edits = MessageEdits(s)
    user, reply = s.active_path()
    with qtbot.waitSignal(edits.saved, timeout=5000) as saved:
        edits.request(user.id, "Name a fruit.", False)
    assert saved.args == [user.id]
    path = on_disk(s).active_path(s.conversation_id)
    assert [m.id for m in path] == [user.id, reply.id]  # the same messages, the reply kept
    assert path[0].content == "Name a fruit." and path[1].content == reply.content
    assert on_disk(s).siblings(user.id) == [path[0]]  # no new version
    assert s.state is ChatState.IDLE


def test_save_and_regenerate_makes_a_new_version_and_a_new_reply(qtbot, session):
    s = session
    edits = MessageEdits(s)
    user, reply = s.active_path()
    with qtbot.waitSignal(s.messageFinished, timeout=60000) as finished:
        edits.request(user.id, "Name an animal.", True)
    new_user, new_reply = s.active_path()
    assert finished.args[0] == new_reply.id and new_reply.id != reply.id
    assert new_user.id != user.id and new_user.content == "Name an animal."
    assert [m.id for m in on_disk(s).siblings(new_user.id)] == [user.id, new_user.id]
    assert on_disk(s).get_message(user.id).content == "Name a colour."  # the old one kept


def test_an_edit_that_cannot_fit_is_refused_with_a_sentence_and_nothing_is_stored(qtbot, session):
    s = session
    edits = MessageEdits(s)
    user, reply = s.active_path()
    for regenerate in (False, True):
        with qtbot.waitSignal(edits.refused, timeout=30000) as refused:
            edits.request(user.id, LONG, regenerate)
        message_id, sentence = refused.args
        assert message_id == user.id and not edits.pending()
        assert "too long to save" in sentence and f"{SMALL_CTX:,}-token context" in sentence
        assert s.state is ChatState.IDLE
    path = on_disk(s).active_path(s.conversation_id)
    assert [m.id for m in path] == [user.id, reply.id]
    assert path[0].content == "Name a colour."
    assert on_disk(s).siblings(user.id) == [path[0]]


def test_while_a_reply_is_written_an_edit_is_refused(qtbot, session):
    s = session
    edits = MessageEdits(s)
    user, reply = s.active_path()
    refused: list[tuple[int, str]] = []
    edits.refused.connect(lambda *args: refused.append(args))
    with qtbot.waitSignal(s.messageFinished, timeout=60000):
        s.regenerate(reply.id)
        assert s.state is ChatState.GENERATING
        edits.request(user.id, "Name a tree.", False)  # in the same turn: still writing
    assert refused and refused[0][0] == user.id and "being written" in refused[0][1]
    assert on_disk(s).get_message(user.id).content == "Name a colour."
