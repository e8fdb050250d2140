"""The chat history store on a real SQLite file: trees, streaming, search, export, errors."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.errors import HearthError
from desktop.core.history import (
    MARK_END,
    MARK_START,
    SCHEMA_VERSION,
    ConversationStore,
    HistoryError,
    HistoryImportError,
    HistoryNotFound,
    Repro,
    StoredMessage,
    default_path,
    fts_query,
    write_atomic,
)
from desktop.core.history import schema as history
from desktop.core.types import GenerationStats, Message, SamplingParams, StopReason


class Clock:
    """A clock that moves a millisecond per reading, and jumps when told."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        self.now += 0.001
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


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


STATS = GenerationStats(
    prompt_tokens=12,
    generated_tokens=34,
    ttft_ms=56.5,
    tokens_per_s=78.25,
    prompt_tokens_per_s=900.0,
    total_ms=1234.5,
    stop_reason=StopReason.END_OF_TURN,
    seed=42,
    chat_format="chatml",
    cached_tokens=3,
)
REPRO = Repro(
    model_name="SmolLM2-135M-Instruct",
    model_path="/models/smollm2.gguf",
    model_sha256="ab" * 32,
    sampling=SamplingParams(temperature=0.3, top_p=None, seed=7, stop=("</s>", "\n\n")),
    seed=7,
    chat_template_sha256="cd" * 32,
)


def contents(messages) -> list[str]:
    return [message.content for message in messages]


def reply(store, conversation_id, parent_id, text, status="complete", stats=None, repro=None):
    message_id = store.begin_reply(conversation_id, parent_id, repro=repro)
    return store.finish_reply(message_id, text, status, stats)


# -- opening -------------------------------------------------------------------------


def test_default_path_is_in_the_data_dir():
    assert default_path() == Path(os.environ["HEARTH_DATA_DIR"]) / "hearth.sqlite3"


def test_open_sets_wal_full_sync_foreign_keys_and_schema_version(store, db):
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == history.BUSY_TIMEOUT_MS
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    assert not db.with_name("hearth.sqlite3.bak-v0").exists()  # a new file needs no backup
    assert store.integrity_check()


def test_the_store_creates_its_folder(tmp_path):
    path = tmp_path / "a" / "b" / "hearth.sqlite3"
    with ConversationStore(path) as opened:
        opened.create_conversation("x")
    assert path.is_file()


def test_the_store_refuses_other_threads(store):
    errors: list[BaseException] = []

    def use() -> None:
        try:
            store.list_conversations()
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=use)
    thread.start()
    thread.join()
    assert len(errors) == 1
    assert isinstance(errors[0], sqlite3.ProgrammingError)


# -- the message tree ----------------------------------------------------------------


def test_replies_branch_and_the_newest_is_active(store):
    conv = store.create_conversation("Tree")
    question = store.add_message(conv.id, None, "user", "question")
    first = reply(store, conv.id, question.id, "first answer")
    second = reply(store, conv.id, question.id, "second answer")

    assert contents(store.active_path(conv.id)) == ["question", "second answer"]
    assert [m.id for m in store.siblings(first.id)] == [first.id, second.id]
    assert [m.id for m in store.siblings(second.id)] == [first.id, second.id]
    assert [m.id for m in store.children(question.id)] == [first.id, second.id]
    assert store.active_path(conv.id)[0].to_message() == Message("user", "question")

    store.switch_branch(first.id)
    assert contents(store.active_path(conv.id)) == ["question", "first answer"]


def test_switching_back_continues_down_the_branch_own_active_descendants(store):
    conv = store.create_conversation()
    question = store.add_message(conv.id, None, "user", "q")
    a1 = reply(store, conv.id, question.id, "a1")
    follow = store.add_message(conv.id, a1.id, "user", "follow-up")
    deep_1 = reply(store, conv.id, follow.id, "deep 1")
    reply(store, conv.id, follow.id, "deep 2")
    store.switch_branch(deep_1.id)
    a2 = reply(store, conv.id, question.id, "a2")
    assert contents(store.active_path(conv.id)) == ["q", "a2"]

    store.switch_branch(a1.id)
    assert contents(store.active_path(conv.id)) == ["q", "a1", "follow-up", "deep 1"]
    store.switch_branch(a2.id)
    assert contents(store.active_path(conv.id)) == ["q", "a2"]


def test_switching_to_a_message_deep_in_an_old_branch_puts_it_on_the_path(store):
    conv = store.create_conversation()
    q = store.add_message(conv.id, None, "user", "q")
    old = reply(store, conv.id, q.id, "old")
    old_follow = store.add_message(conv.id, old.id, "user", "old follow-up")
    reply(store, conv.id, q.id, "new")
    assert contents(store.active_path(conv.id)) == ["q", "new"]

    store.switch_branch(old_follow.id)
    assert contents(store.active_path(conv.id)) == ["q", "old", "old follow-up"]


def test_edit_makes_a_new_active_version_and_keeps_the_old_one_with_its_replies(store):
    conv = store.create_conversation()
    q = store.add_message(conv.id, None, "user", "original question")
    a = reply(store, conv.id, q.id, "answer to original", stats=STATS, repro=REPRO)

    edited = store.edit_message(q.id, "edited question")
    assert edited.id != q.id
    assert edited.parent_id is None
    assert edited.role == "user"
    assert edited.status == "complete"
    assert contents(store.active_path(conv.id)) == ["edited question"]
    assert contents(store.siblings(q.id)) == ["original question", "edited question"]
    assert store.get_message(q.id).content == "original question"

    store.switch_branch(q.id)
    assert contents(store.active_path(conv.id)) == ["original question", "answer to original"]

    edited_answer = store.edit_message(a.id, "hand-written answer")
    assert edited_answer.parent_id == q.id
    assert edited_answer.role == "assistant"
    assert edited_answer.stats is None
    assert edited_answer.repro is None
    assert store.get_message(a.id).stats == STATS  # the old version keeps its stats


def test_delete_removes_the_subtree_and_the_previously_active_sibling_takes_over(store):
    conv = store.create_conversation()
    q = store.add_message(conv.id, None, "user", "q")
    a = reply(store, conv.id, q.id, "a")
    b = reply(store, conv.id, q.id, "b")
    c = reply(store, conv.id, q.id, "c")
    under_b = store.add_message(conv.id, b.id, "user", "under b")
    under_under_b = reply(store, conv.id, under_b.id, "under under b")
    store.switch_branch(a.id)
    store.switch_branch(b.id)  # order of activity: c, a, b

    assert store.delete_message(b.id) == 3
    for gone in (b.id, under_b.id, under_under_b.id):
        with pytest.raises(HistoryNotFound):
            store.get_message(gone)
    assert contents(store.active_path(conv.id)) == ["q", "a"]  # not c: a was active last
    assert contents(store.siblings(a.id)) == ["a", "c"]

    assert store.delete_message(c.id) == 1  # an inactive sibling: the path is unchanged
    assert contents(store.active_path(conv.id)) == ["q", "a"]
    assert store.delete_message(q.id) == 2
    assert store.active_path(conv.id) == []
    assert store.integrity_check()


def test_edit_of_the_first_message_makes_sibling_roots(store):
    conv = store.create_conversation()
    q = store.add_message(conv.id, None, "user", "v1")
    v2 = store.edit_message(q.id, "v2")
    assert [m.id for m in store.siblings(v2.id)] == [q.id, v2.id]
    store.delete_message(v2.id)
    assert contents(store.active_path(conv.id)) == ["v1"]


def test_bad_references_are_refused(store):
    one = store.create_conversation()
    other = store.create_conversation()
    q = store.add_message(one.id, None, "user", "q")
    with pytest.raises(ValueError, match="belongs to conversation"):
        store.add_message(other.id, q.id, "user", "wrong tree")
    with pytest.raises(HistoryNotFound, match="This conversation no longer exists"):
        store.add_message(999, None, "user", "x")
    with pytest.raises(HistoryNotFound, match="This message no longer exists"):
        store.add_message(one.id, 999, "user", "x")
    with pytest.raises(ValueError, match="role"):
        store.add_message(one.id, None, "robot", "x")  # type: ignore[arg-type]
    with pytest.raises(HistoryNotFound):
        store.switch_branch(999)
    with pytest.raises(HistoryNotFound):
        store.delete_message(999)
    assert contents(store.active_path(one.id)) == ["q"]
    assert store.active_path(other.id) == []


# -- conversations -------------------------------------------------------------------


def test_conversations_page_newest_first_by_update(store, clock):
    made = [store.create_conversation(f"c{i}") for i in range(25)]
    store.add_message(made[3].id, None, "user", "bump")  # c3 becomes the newest
    store.rename_conversation(made[7].id, "renamed")  # then c7
    expected = [made[7].id, made[3].id] + [
        c.id for c in reversed(made) if c.id not in (made[3].id, made[7].id)
    ]
    pages = [store.list_conversations(limit=10, offset=offset) for offset in (0, 10, 20)]
    assert [len(page) for page in pages] == [10, 10, 5]
    assert [c.id for page in pages for c in page] == expected
    assert pages[0][0].title == "renamed"
    assert store.list_conversations(limit=10, offset=30) == []
    assert store.count_conversations() == 25


def test_conversation_fields_and_updates(store):
    conv = store.create_conversation(
        "Title", "Be brief.", model_name="m", model_path="/m.gguf", model_sha256="ff" * 32
    )
    assert (conv.title, conv.system_prompt, conv.model_name, conv.model_sha256) == (
        "Title",
        "Be brief.",
        "m",
        "ff" * 32,
    )
    assert conv.deleted_at is None
    assert conv.created_at == pytest.approx(conv.updated_at)
    store.set_system_prompt(conv.id, "Be verbose.")
    store.set_conversation_model(conv.id, None, None, None)
    again = store.get_conversation(conv.id)
    assert again.system_prompt == "Be verbose."
    assert again.model_name is None
    assert again.updated_at > conv.updated_at
    with pytest.raises(HistoryNotFound):
        store.rename_conversation(999, "x")


def test_soft_delete_restore_and_purge(store, clock):
    keep = store.create_conversation("keep")
    gone = store.create_conversation("zebra talk")
    q = store.add_message(gone.id, None, "user", "zebra stripes")
    store.delete_conversation(gone.id)

    assert [c.id for c in store.list_conversations()] == [keep.id]
    assert store.count_conversations() == 1
    assert store.get_conversation(gone.id).deleted_at is not None
    assert store.search("zebra") == []

    store.restore_conversation(gone.id)
    assert [c.id for c in store.list_conversations()] == [gone.id, keep.id]
    assert len(store.search("zebra")) == 2

    store.delete_conversation(gone.id)
    clock.advance(10)
    assert store.purge_deleted(older_than_s=30) == 0
    assert store.get_conversation(gone.id).title == "zebra talk"
    clock.advance(30)
    assert store.purge_deleted(older_than_s=30) == 1
    with pytest.raises(HistoryNotFound):
        store.get_conversation(gone.id)
    with pytest.raises(HistoryNotFound):
        store.get_message(q.id)
    with pytest.raises(HistoryNotFound):
        store.restore_conversation(gone.id)
    assert [c.id for c in store.list_conversations()] == [keep.id]
    assert store.integrity_check()


# -- streaming -----------------------------------------------------------------------


def test_streaming_reply_lifecycle(store):
    conv = store.create_conversation()
    q = store.add_message(conv.id, None, "user", "tell me")
    reply_id = store.begin_reply(conv.id, q.id, repro=REPRO)
    row = store.get_message(reply_id)
    assert (row.role, row.status, row.content, row.repro) == ("assistant", "streaming", "", REPRO)
    assert contents(store.active_path(conv.id)) == ["tell me", ""]

    store.flush_reply(reply_id, "Once upon")
    store.flush_reply(reply_id, "Once upon a time")
    assert store.get_message(reply_id).content == "Once upon a time"
    assert store.search("upon") == []  # half-written text is not indexed

    done = store.finish_reply(reply_id, "Once upon a time, the end.", "complete", STATS)
    assert (done.status, done.content, done.stats, done.repro) == (
        "complete",
        "Once upon a time, the end.",
        STATS,
        REPRO,
    )
    assert [hit.message_id for hit in store.search("upon")] == [reply_id]
    with pytest.raises(HistoryNotFound, match="no longer being written"):
        store.flush_reply(reply_id, "late")
    with pytest.raises(HistoryNotFound):
        store.finish_reply(reply_id, "late", "complete")
    assert store.get_message(reply_id).content == "Once upon a time, the end."


@pytest.mark.parametrize("status", ["stopped", "error"])
def test_a_reply_can_end_stopped_or_in_error(store, status):
    conv = store.create_conversation()
    q = store.add_message(conv.id, None, "user", "q")
    message_id = store.begin_reply(conv.id, q.id)
    assert store.finish_reply(message_id, "part", status).status == status


def test_finish_refuses_other_statuses(store):
    conv = store.create_conversation()
    message_id = store.begin_reply(conv.id, None)
    with pytest.raises(ValueError, match="status"):
        store.finish_reply(message_id, "x", "interrupted")  # type: ignore[arg-type]
    assert store.get_message(message_id).status == "streaming"


def _writer_gone(db, message_id):
    """What a crash leaves: the row's writer is a process that no longer runs (the real
    thing, a killed second process, is tests/integration/test_history_crash.py)."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE messages SET writer = '999999999:0.00' WHERE id = ?", (message_id,))
    conn.close()


def test_a_reply_left_streaming_is_interrupted_on_reopen_with_its_text(db):
    with ConversationStore(db) as first:
        conv = first.create_conversation()
        q = first.add_message(conv.id, None, "user", "q")
        message_id = first.begin_reply(conv.id, q.id)
        first.flush_reply(message_id, "héllo wörld ✓ 🔥 half")
        assert first.recovered == 0
    _writer_gone(db, message_id)
    with ConversationStore(db) as second:
        assert second.recovered == 1
        message = second.get_message(message_id)
        assert message.status == "interrupted"
        assert message.content == "héllo wörld ✓ 🔥 half"
        assert [hit.message_id for hit in second.search("half")] == [message_id]
        assert second.recover() == 0
        assert second.integrity_check()
    with ConversationStore(db) as third:
        assert third.recovered == 0


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


# -- export and import ---------------------------------------------------------------


def test_export_markdown_is_the_active_path_with_headings(store):
    conv = store.create_conversation("Haiku", "You are a poet.")
    q = store.add_message(conv.id, None, "user", "Write a haiku.")
    reply(store, conv.id, q.id, "old draft")
    reply(store, conv.id, q.id, "Ice on the pond\ncrack")
    q2 = store.add_message(conv.id, store.active_path(conv.id)[-1].id, "user", "Again")
    message_id = store.begin_reply(conv.id, q2.id)
    store.finish_reply(message_id, "Snow", "stopped")
    assert store.export_markdown(conv.id) == (
        "# Haiku\n\n"
        "## System prompt\n\nYou are a poet.\n\n"
        "## User\n\nWrite a haiku.\n\n"
        "## Assistant\n\nIce on the pond\ncrack\n\n"
        "## User\n\nAgain\n\n"
        "## Assistant (stopped)\n\nSnow\n"
    )


def test_export_markdown_of_an_untitled_empty_conversation(store):
    conv = store.create_conversation()
    assert store.export_markdown(conv.id) == "# Untitled conversation\n"


def canonical(document: dict) -> list[dict]:
    """The conversations of an export with message ids replaced by their position."""
    result = []
    for conversation in document["conversations"]:
        position = {m["id"]: i for i, m in enumerate(conversation["messages"])}
        messages = [
            {**m, "id": position[m["id"]], "parent": position.get(m["parent"])}
            for m in conversation["messages"]
        ]
        result.append({**conversation, "messages": messages})
    return result


def build_branchy(store):
    conv = store.create_conversation("Branchy ✓", "sys", model_name="m", model_sha256="ee" * 32)
    q = store.add_message(conv.id, None, "user", "héllo 🔥")
    a1 = reply(store, conv.id, q.id, "one", stats=STATS, repro=REPRO)
    reply(store, conv.id, q.id, "two", "stopped", repro=Repro(model_name="x"))
    follow = store.add_message(conv.id, a1.id, "user", "more")
    reply(store, conv.id, follow.id, "err", "error")
    store.edit_message(q.id, "edited root")
    store.switch_branch(follow.id)
    return conv


def test_export_json_import_json_round_trip(store):
    conv = build_branchy(store)
    exported = store.export_json(conv.id)
    assert exported["format"] == "hearth-history"
    assert exported["version"] == 1
    as_file = json.loads(json.dumps(exported))  # what a file gives back

    (new_id,) = store.import_json(as_file)
    assert new_id != conv.id
    again = store.export_json(new_id)
    assert canonical(again) == canonical(exported)
    assert contents(store.active_path(new_id)) == contents(store.active_path(conv.id))
    first = store.active_path(new_id)[1]
    assert first.stats == STATS
    assert first.repro == REPRO


def test_export_all_and_import_all(store):
    build_branchy(store)
    build_branchy(store)
    trashed = store.create_conversation("trashed")
    store.delete_conversation(trashed.id)
    everything = store.export_all_json()
    assert [c["title"] for c in everything["conversations"]] == ["Branchy ✓", "Branchy ✓"]
    ids = store.import_json(everything)
    assert len(ids) == 2
    assert store.count_conversations() == 4
    assert canonical(store.export_all_json())[2:] == canonical(everything)


def test_import_takes_children_before_parents_and_streaming_as_interrupted(store):
    document = {
        "format": "hearth-history",
        "version": 1,
        "conversations": [
            {
                "title": "hand-made",
                "system_prompt": "",
                "created_at": 1.0,
                "updated_at": 2.0,
                "messages": [
                    {
                        "id": 20,
                        "parent": 10,
                        "role": "assistant",
                        "content": "half",
                        "status": "streaming",
                        "created_at": 1.5,
                        "updated_at": 1.5,
                    },
                    {
                        "id": 10,
                        "parent": None,
                        "role": "user",
                        "content": "q",
                        "status": "complete",
                        "created_at": 1.0,
                        "updated_at": 1.0,
                    },
                ],
            }
        ],
    }
    (conv_id,) = store.import_json(document)
    path = store.active_path(conv_id)
    assert [(m.role, m.content, m.status) for m in path] == [
        ("user", "q", "complete"),
        ("assistant", "half", "interrupted"),
    ]
    assert store.get_conversation(conv_id).updated_at == 2.0


def _document(**message_changes) -> dict:
    message = {
        "id": 1,
        "parent": None,
        "role": "user",
        "content": "q",
        "status": "complete",
        "created_at": 1.0,
        "updated_at": 1.0,
        **message_changes,
    }
    return {
        "format": "hearth-history",
        "version": 1,
        "conversations": [
            {
                "title": "t",
                "system_prompt": "",
                "created_at": 1.0,
                "updated_at": 1.0,
                "messages": [message],
            }
        ],
    }


@pytest.mark.parametrize(
    ("document", "sentence"),
    [
        ([], "This file is not a Hearth history export."),
        ({"format": "other"}, "This file is not a Hearth history export."),
        ({**_document(), "version": 99}, "newer version of Hearth"),
        ({**_document(), "version": "1"}, "format version is missing"),
        ({**_document(), "conversations": {}}, "no list of conversations"),
        (_document(role="robot"), "unknown role"),
        (_document(status="done"), "unknown status"),
        (_document(parent=7), "replies to a missing message"),
        (_document(parent=1), "is its own ancestor"),
        (_document(content=None), "content is not text"),
        (_document(created_at="yesterday"), "created_at is not a number"),
        (_document(stats={"prompt_tokens": 1}), "stats has no"),
        (_document(repro={"seed": "x"}), "repro.seed is not an integer"),
        (_document(repro={"sampling": {"top_k": 1.5}}), "sampling.top_k is not an integer"),
    ],
)
def test_import_refuses_a_bad_document_with_a_sentence(store, document, sentence):
    with pytest.raises(HistoryImportError, match=sentence.replace(".", r"\.")) as caught:
        store.import_json(document)
    assert isinstance(caught.value, HearthError)
    assert caught.value.user_message.endswith(".")
    assert store.count_conversations() == 0


def test_import_refuses_two_active_siblings_and_imports_nothing(store):
    good = _document()["conversations"][0]
    bad = _document()["conversations"][0]
    bad = {
        **bad,
        "messages": [
            {**bad["messages"][0], "id": 1, "active": True},
            {**bad["messages"][0], "id": 2, "active": True},
        ],
    }
    document = {"format": "hearth-history", "version": 1, "conversations": [good, bad]}
    with pytest.raises(HistoryImportError, match="conversation 2 is not valid"):
        store.import_json(document)
    assert store.count_conversations() == 0


texts = st.text(max_size=40)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(0, 50), st.sampled_from(["user", "system"]), texts),
        st.tuples(
            st.just("reply"),
            st.integers(0, 50),
            st.sampled_from(["complete", "stopped", "error", None]),
            texts,
        ),
        st.tuples(st.just("edit"), st.integers(0, 50), texts),
        st.tuples(st.just("switch"), st.integers(0, 50)),
        st.tuples(st.just("delete"), st.integers(0, 50)),
    ),
    max_size=25,
)


@given(ops=operations, stats=st.booleans())
@settings(max_examples=60, deadline=None)
def test_random_trees_round_trip_through_json(tmp_path_factory, ops, stats):
    with ConversationStore(tmp_path_factory.mktemp("rt") / "h.sqlite3") as store:
        conv = store.create_conversation("random")
        ids: list[int] = []

        def pick(index: int) -> int | None:
            return ids[index % len(ids)] if ids and index < 45 else None

        for op in ops:
            if op[0] == "add":
                ids.append(store.add_message(conv.id, pick(op[1]), op[2], op[3]).id)
            elif op[0] == "reply":
                message_id = store.begin_reply(conv.id, pick(op[1]), repro=REPRO)
                store.flush_reply(message_id, op[3][:3])
                if op[2] is not None:
                    store.finish_reply(message_id, op[3], op[2], STATS if stats else None)
                ids.append(message_id)
            elif ids and op[0] == "edit":
                ids.append(store.edit_message(ids[op[1] % len(ids)], op[2]).id)
            elif ids and op[0] == "switch":
                store.switch_branch(ids[op[1] % len(ids)])
            elif ids and op[0] == "delete":
                store.delete_message(ids[op[1] % len(ids)])
                alive = {
                    m["id"] for m in store.export_json(conv.id)["conversations"][0]["messages"]
                }
                ids = [i for i in ids if i in alive]

        exported = store.export_json(conv.id)
        (new_id,) = store.import_json(json.loads(json.dumps(exported)))
        expected = canonical(exported)
        for message in expected[0]["messages"]:
            if message["status"] == "streaming":
                message["status"] = "interrupted"
        assert canonical(store.export_json(new_id)) == expected
        old_path = [(m.role, m.content) for m in store.active_path(conv.id)]
        assert [(m.role, m.content) for m in store.active_path(new_id)] == old_path
        assert store.integrity_check()


# -- errors --------------------------------------------------------------------------


def test_disk_full_becomes_a_sentence_and_nothing_half_written(store):
    conv = store.create_conversation("full")
    q = store.add_message(conv.id, None, "user", "before")
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(HistoryError) as caught:
        store.add_message(conv.id, q.id, "user", "x" * 200_000)
    assert str(caught.value) == "Hearth could not save to its history: the disk is full."
    assert isinstance(caught.value, HearthError)
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    assert "full" in caught.value.details

    store._conn.execute("PRAGMA max_page_count = 1073741823")
    assert contents(store.active_path(conv.id)) == ["before"]
    store.add_message(conv.id, q.id, "user", "after")
    assert contents(store.active_path(conv.id)) == ["before", "after"]
    assert store.integrity_check()


def test_disk_full_during_a_flush_keeps_the_last_flushed_text(store):
    conv = store.create_conversation()
    message_id = store.begin_reply(conv.id, None)
    store.flush_reply(message_id, "kept")
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(HistoryError, match="the disk is full"):
        store.flush_reply(message_id, "kept" + "y" * 200_000)
    assert store.get_message(message_id).content == "kept"


def test_read_only_becomes_a_sentence(store):
    conv = store.create_conversation()
    store._conn.execute("PRAGMA query_only = ON")
    with pytest.raises(HistoryError) as caught:
        store.add_message(conv.id, None, "user", "x")
    assert str(caught.value) == "Hearth could not save to its history: the folder is read-only."
    with pytest.raises(HistoryError, match="read-only"):
        store.rename_conversation(conv.id, "y")
    assert store.get_conversation(conv.id).title == ""  # reads still work


def test_a_file_that_is_not_a_database_is_reported_damaged(db):
    db.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(HistoryError, match="the history file is damaged"):
        ConversationStore(db)


def test_a_newer_schema_is_refused_and_left_alone(db):
    ConversationStore(db).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(HistoryError, match="newer version of Hearth"):
        ConversationStore(db)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 99
    conn.close()


# -- migrations ----------------------------------------------------------------------


def _add_pinned(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")
    conn.execute("UPDATE conversations SET pinned = 1 WHERE title = 'pin me'")


def test_a_new_migration_backs_up_then_upgrades(db, monkeypatch):
    with ConversationStore(db) as v1:
        conv = v1.create_conversation("pin me")
        v1.add_message(conv.id, None, "user", "kept across the upgrade")
    monkeypatch.setattr(history, "MIGRATIONS", [*history.MIGRATIONS, _add_pinned])

    with ConversationStore(db) as v2:
        assert v2._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        assert v2._conn.execute("SELECT pinned FROM conversations").fetchone()[0] == 1
        assert contents(v2.active_path(conv.id)) == ["kept across the upgrade"]
        assert v2.integrity_check()

    backup = db.with_name(f"hearth.sqlite3.bak-v{SCHEMA_VERSION}")
    assert backup.is_file()
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT content FROM messages").fetchall() == [
            ("kept across the upgrade",)
        ]
        columns = [row[1] for row in conn.execute("PRAGMA table_info(conversations)")]
        assert "pinned" not in columns
    finally:
        conn.close()
    assert not backup.with_name(backup.name + ".tmp").exists()


def test_a_failing_migration_changes_nothing(db, monkeypatch):
    with ConversationStore(db) as v1:
        v1.create_conversation("pin me")

    def broken(conn: sqlite3.Connection) -> None:
        _add_pinned(conn)
        conn.execute("DELETE FROM messages")
        raise sqlite3.OperationalError("simulated failure half-way")

    monkeypatch.setattr(history, "MIGRATIONS", [*history.MIGRATIONS, broken])
    with pytest.raises(HistoryError, match="could not upgrade its history") as caught:
        ConversationStore(db)
    assert "your chats were not changed" in str(caught.value)
    monkeypatch.undo()

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = [row[1] for row in conn.execute("PRAGMA table_info(conversations)")]
        assert "pinned" not in columns
    finally:
        conn.close()
    assert db.with_name(f"hearth.sqlite3.bak-v{SCHEMA_VERSION}").is_file()
    with ConversationStore(db) as again:
        assert [c.title for c in again.list_conversations()] == ["pin me"]


def test_a_hand_made_version_0_file_is_backed_up_and_upgraded(db):
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('from before')")
    conn.commit()
    conn.close()
    with ConversationStore(db) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        store.create_conversation("works")
    backup = sqlite3.connect(db.with_name("hearth.sqlite3.bak-v0"))
    try:
        assert backup.execute("SELECT text FROM notes").fetchall() == [("from before",)]
    finally:
        backup.close()


# -- atomic files --------------------------------------------------------------------


def test_write_atomic_replaces_the_whole_file(tmp_path):
    target = tmp_path / "export.md"
    target.write_text("old content that is longer than the new one")
    write_atomic(target, "héllo ✓ 🔥\n")
    assert target.read_bytes() == "héllo ✓ 🔥\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.md"]


def test_write_atomic_failure_is_a_sentence(tmp_path):
    with pytest.raises(HistoryError, match=r"Hearth could not write export\.md"):
        write_atomic(tmp_path / "missing" / "export.md", "x")


def test_write_atomic_removes_its_temp_file_when_replace_fails(tmp_path):
    target = tmp_path / "a-folder"
    target.mkdir()
    (target / "inside").write_text("so replace cannot remove it")
    with pytest.raises(HistoryError):
        write_atomic(target, "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder"]


# -- health --------------------------------------------------------------------------


def test_integrity_check_sees_a_search_index_out_of_step(store):
    conv = store.create_conversation()
    store.add_message(conv.id, None, "user", "real text")
    assert store.integrity_check()
    store._conn.execute("INSERT INTO messages_fts(rowid, content) VALUES (999, 'ghost')")
    assert not store.integrity_check()


# -- scale ---------------------------------------------------------------------------

N_CONVERSATIONS = 10_000
PER_CONVERSATION = 10


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """10,000 conversations with 100,000 messages, written with executemany."""
    path = tmp_path_factory.mktemp("big") / "hearth.sqlite3"
    ConversationStore(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO conversations (id, title, system_prompt, created_at, updated_at)"
        " VALUES (?, ?, '', ?, ?)",
        # updated_at is scrambled so the newest-first order differs from id order
        (
            (c, f"conversation {c}", float(c), float((c * 7919) % N_CONVERSATIONS))
            for c in range(1, N_CONVERSATIONS + 1)
        ),
    )
    conn.executemany(
        "INSERT INTO messages (id, conversation_id, parent_id, active_rank, role, content,"
        " status, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, 'complete', ?, ?)",
        (
            (
                (c - 1) * PER_CONVERSATION + k + 1,
                c,
                None if k == 0 else (c - 1) * PER_CONVERSATION + k,
                "user" if k % 2 == 0 else "assistant",
                f"message {k} of conversation {c}: common words and token{c}x{k}",
                float(c),
                float(c),
            )
            for c in range(1, N_CONVERSATIONS + 1)
            for k in range(PER_CONVERSATION)
        ),
    )
    conn.execute("COMMIT")
    conn.close()
    with ConversationStore(path) as store:
        yield store


def _plan(conn, sql, params):
    return " | ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_scale_pages_of_conversations(big):
    expected = sorted(
        range(1, N_CONVERSATIONS + 1),
        key=lambda c: ((c * 7919) % N_CONVERSATIONS, c),
        reverse=True,
    )
    assert big.count_conversations() == N_CONVERSATIONS
    for offset in (0, 50, 5_000, 9_990):
        page = big.list_conversations(limit=50, offset=offset)
        assert [c.id for c in page] == expected[offset : offset + 50]
    plan = _plan(big._conn, history.LIST_SQL, (50, 0))
    assert "idx_conversations_live" in plan
    assert "TEMP B-TREE" not in plan


def test_scale_search_pages(big):
    hits = big.search("token4242x7")
    assert [(h.conversation_id, h.message_id) for h in hits] == [(4242, 4241 * 10 + 8)]
    assert f"{MARK_START}token4242x7{MARK_END}" in hits[0].snippet

    page = big.search("common words", limit=20)
    assert [h.message_id for h in page] == list(range(100_000, 99_980, -1))
    title_page = big.search("conversation 99", limit=5)
    assert all(h.message_id is None for h in title_page)
    assert len(title_page) == 5

    for sql in (history.SEARCH_MESSAGES_SQL, history.SEARCH_TITLES_SQL):
        plan = _plan(big._conn, sql, ("<", ">", "…", 12, '"common"*', 20))
        assert "VIRTUAL TABLE" in plan
        assert "TEMP B-TREE" not in plan


def test_scale_paths_branches_and_recovery_use_indexes(big):
    path = big.active_path(777)
    assert [m.id for m in path] == list(range(7761, 7771))
    assert [m.role for m in path[:2]] == ["user", "assistant"]
    plan = _plan(big._conn, history.ACTIVE_PATH_SQL, (777,))
    assert "SCAN m" not in plan
    assert "SCAN r" not in plan
    assert "SCAN k" not in plan
    assert "idx_messages_streaming" in _plan(big._conn, history.RECOVER_SQL, (0.0, None))

    big.delete_conversation(9999)
    assert big.search("token9999x1") == []
    assert 9999 not in [c.id for c in big.list_conversations(limit=N_CONVERSATIONS)]
    big.restore_conversation(9999)

    new = big.add_message(777, path[-1].id, "user", "a fresh question")
    assert big.list_conversations(limit=1)[0].id == 777
    assert big.active_path(777)[-1].id == new.id


def test_stored_dataclasses_are_frozen():
    message_fields = {f.name for f in dataclasses.fields(StoredMessage)}
    assert {"parent_id", "status", "stats", "repro"} <= message_fields
    with pytest.raises(dataclasses.FrozenInstanceError):
        Repro().seed = 1  # type: ignore[misc]


def test_branch_positions_match_siblings_in_one_query(tmp_path):
    with ConversationStore(tmp_path / "positions.sqlite3") as store:
        conversation = store.create_conversation("branches")
        user = store.add_message(conversation.id, None, "user", "hi")
        first = store.add_message(conversation.id, user.id, "assistant", "one")
        second = store.add_message(conversation.id, user.id, "assistant", "two")
        store.edit_message(user.id, "hello")  # a second root: the edit is active
        store.switch_branch(user.id)
        store.switch_branch(second.id)
        path = store.active_path(conversation.id)
        assert [m.id for m in path] == [user.id, second.id]
        positions = store.branch_positions(path)
        for m in path:
            ids = [s.id for s in store.siblings(m.id)]
            assert positions[m.id] == (ids.index(m.id), len(ids))
        assert positions[second.id] == (1, 2) and positions[user.id] == (0, 2)
        assert first.id not in positions
        assert store.branch_positions([]) == {}


def test_a_version_1_history_upgrades_to_soft_deletes_and_writers_keeping_everything(db):
    """The history of the previous release (schema 1) opens in this one, chats intact."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN")
    history.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO conversations (id, title, created_at, updated_at) VALUES (1, 'old', 1, 1)"
    )
    conn.execute(
        "INSERT INTO messages (id, conversation_id, parent_id, role, content, status,"
        " created_at, updated_at) VALUES (1, 1, NULL, 'user', 'q', 'complete', 1, 1),"
        " (2, 1, 1, 'assistant', 'half', 'streaming', 1, 1)"
    )
    conn.execute("COMMIT")
    conn.close()
    with ConversationStore(db) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        path = store.active_path(1)
        assert [(m.content, m.status) for m in path] == [("q", "complete"), ("half", "interrupted")]
        assert store.recovered == 1  # a streaming row with no writer: its writer is gone
        assert store.integrity_check()
    assert db.with_name("hearth.sqlite3.bak-v1").is_file()
