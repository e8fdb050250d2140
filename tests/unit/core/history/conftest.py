"""Fixtures of the history tests: a store on a real SQLite file with a clock that moves."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.history import ConversationStore

from .chats import Clock


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "hearth.sqlite3"


@pytest.fixture
def store(db, clock):
    with ConversationStore(db, clock=clock) as opened:
        yield opened
