"""Deleting a conversation through the History service removes the engine's saved states of
that conversation (its *.hkv files in every key folder), off the GUI thread, and no other's."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import kv_files, paths
from desktop.services.conversations import open_read_store
from desktop.services.history import History


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    h = History(open_read_store(tmp_path / "hearth.sqlite3"))
    yield h
    assert h.close(5)
    h.store.close()


def saved_state(key: str, conversation: str) -> Path:
    """A state file as the engine lays them out: <kv>/<16 hex>/c<id>-<16 hex>.hkv."""
    folder = paths.kv_cache_dir() / key
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / kv_files.file_name(conversation, secrets.token_hex(8))
    path.write_bytes(b"state" * 100)
    return path


def test_deleting_a_conversation_removes_its_saved_states_only(qtbot, history: History) -> None:
    c = history.conversations
    gone, kept = c.create("gone", ""), c.create("kept", "")
    # Two models (two key folders) for the deleted one; an id that is a prefix of the other's
    # (1 and 12, say) must not match; an anonymous state (an API request's) stays too.
    model_a, model_b = secrets.token_hex(8), secrets.token_hex(8)
    mine = [saved_state(model_a, str(gone.id)), saved_state(model_b, str(gone.id))]
    others = [
        saved_state(model_a, str(kept.id)),
        saved_state(model_b, f"{gone.id}{kept.id}"),
        saved_state(model_a, ""),
    ]
    assert paths.kv_cache_dir().is_relative_to(paths.cache_dir())  # the test's own folder

    with qtbot.waitSignal(history.statesForgotten, timeout=10000) as forgotten:
        history.delete_conversation(gone.id)
    assert forgotten.args == [gone.id, 2]
    assert [p.exists() for p in mine] == [False, False]
    assert all(p.exists() for p in others)
    assert gone.id not in [conv.id for conv in history.list_conversations()]

    # The other conversation's own state goes with it; the longer id's and the anonymous stay.
    with qtbot.waitSignal(history.statesForgotten, timeout=10000) as forgotten:
        history.delete_conversation(kept.id)
    assert forgotten.args == [kept.id, 1]
    assert [p.exists() for p in others] == [False, True, True]
