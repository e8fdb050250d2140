"""Searching the history (desktop.core.history.search) through the store, on real SQLite."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.history import MARK_END, MARK_START, fts_query

from .chats import reply

# -- search --------------------------------------------------------------------------


@pytest.fixture
def searchable(store):
    conv = store.create_conversation("Trip to Zürich")
    q = store.add_message(conv.id, None, "user", "Where should I eat in Zürich?")
    reply(store, conv.id, q.id, "Try the fondue near the lake; the old town is lovely.")
    other = store.create_conversation("Python questions")
    q2 = store.add_message(other.id, None, "user", "How do I sort a list in Python?")
    reply(store, other.id, q2.id, 'Use sorted(items) or items.sort(); "key=" picks the field.')
    return store


def test_search_matches_prefixes_and_marks_them(searchable):
    hits = searchable.search("fond")
    assert len(hits) == 1
    assert hits[0].title == "Trip to Zürich"
    assert hits[0].message_id is not None
    assert f"{MARK_START}fondue{MARK_END}" in hits[0].snippet


def test_search_needs_every_word(searchable):
    assert len(searchable.search("sort python")) == 1  # the question, not the title
    assert len(searchable.search("sort lake")) == 0


def test_search_ignores_accents(searchable):
    assert {hit.message_id is None for hit in searchable.search("zurich")} == {True, False}


def test_search_returns_title_hits_first(searchable):
    hits = searchable.search("python")
    assert hits[0].message_id is None
    assert hits[0].snippet == f"{MARK_START}Python{MARK_END} questions"
    assert all(hit.message_id is not None for hit in hits[1:])
    assert len(hits) == 2
    assert searchable.search("python", limit=1) == hits[:1]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        '""',
        'sorted(items"',
        "AND",
        "OR NOT",
        "NEAR(a b)",
        "*",
        "^start",
        "title:python",
        "-x",
        "+",
        "{a b}",
        "a AND OR b",
        "\x00",
        "\x02lake\x03",
        "🔥",
        "key=",
        "'; DROP TABLE messages; --",
        "x" * 10_000,
        " ".join(["word"] * 200),
    ],
)
def test_search_never_raises_on_odd_input(searchable, query):
    assert isinstance(searchable.search(query), list)


def test_search_treats_operators_and_quotes_as_words(searchable):
    assert len(searchable.search('"key="')) == 1
    assert len(searchable.search("sorted(items")) == 1
    assert searchable.search("") == []
    assert searchable.search("   ?! ") == []
    assert fts_query('say "hi" now') == '"say"* """hi"""* "now"*'


@given(query=st.text())
@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_search_never_raises_on_any_text(searchable, query):
    for hit in searchable.search(query):
        assert hit.conversation_id > 0


def test_search_follows_renames_edits_and_deletes(searchable):
    conv = searchable.list_conversations()[1]  # the Zürich trip
    searchable.rename_conversation(conv.id, "Holiday plans")
    assert [hit.message_id for hit in searchable.search("trip")] == []
    assert searchable.search("holiday")[0].message_id is None

    path = searchable.active_path(conv.id)
    edited = searchable.edit_message(path[0].id, "Where should I ski?")
    assert [hit.message_id for hit in searchable.search("ski")] == [edited.id]
    # the old version is kept (a branch), so it is still found
    assert [hit.message_id for hit in searchable.search("eat")] == [path[0].id]

    searchable.delete_message(path[0].id)
    assert searchable.search("eat") == []
    assert searchable.search("fondue") == []  # its reply went with it
    assert searchable.integrity_check()


def test_search_excludes_deleted_conversations(searchable):
    conv = searchable.list_conversations()[0]  # Python questions
    searchable.delete_conversation(conv.id)
    assert searchable.search("python") == []
    searchable.restore_conversation(conv.id)
    assert len(searchable.search("python")) == 2
