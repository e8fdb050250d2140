"""Export and import (desktop.core.history.transfer): Markdown, JSON documents of whole
trees, refusals of bad documents, and writing an export file atomically."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.errors import HearthError
from desktop.core.history import (
    ConversationStore,
    HistoryError,
    HistoryImportError,
    Repro,
    write_atomic,
)
from desktop.core.types import ToolCall

from .chats import REPRO, STATS, contents, reply

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
    assert exported["version"] == 3
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
        (_document(repro={"sampling": {"top_k": 1.5}}), "sampling.top_k is not a whole number"),
        (_document(tool_calls={"id": "c"}), "tool_calls is not a list"),
        (_document(tool_calls=[{"id": "c", "name": 3}]), "tool_call.name is not text"),
        (
            _document(tool_calls=[{"id": "c", "name": "n", "arguments": "{}"}]),
            "tool_call.arguments is not an object",
        ),
        (_document(reasoning=["x"]), "reasoning is not text"),
        (_document(reasoning_ms=-1), "reasoning_ms is not a number of milliseconds"),
        (_document(is_error="yes"), "is_error is not true or false"),
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


# -- imported mark and duplicates ----------------------------------------------------


def test_an_import_is_marked_with_its_time_and_a_conversation_made_here_is_not(store, clock):
    conv = build_branchy(store)
    clock.advance(3600)
    (new_id,) = store.import_json(store.export_json(conv.id))
    assert store.get_conversation(conv.id).imported_at is None
    imported = store.get_conversation(new_id)
    assert imported.imported_at is not None and imported.imported_at > conv.updated_at
    listed = {c.id: c for c in store.list_conversations()}
    assert listed[new_id].imported_at == imported.imported_at  # the list carries the mark
    # The mark is not part of an export: importing an import marks it afresh.
    assert "imported_at" not in store.export_json(new_id)["conversations"][0]


def test_duplicate_copies_the_whole_live_tree_now_and_leaves_the_original(store, clock):
    conv = build_branchy(store)
    original = store.export_json(conv.id)
    gone = store.add_message(conv.id, store.active_path(conv.id)[-1].id, "user", "trashed")
    store.delete_message(gone.id)
    half = store.begin_reply(conv.id, store.active_path(conv.id)[-1].id)
    store.flush_reply(half, "half a reply")
    clock.advance(86400)

    copy_id = store.duplicate_conversation(conv.id, "Branchy ✓ (copy)")

    copy = store.get_conversation(copy_id)
    assert copy.title == "Branchy ✓ (copy)" and copy.imported_at is None
    assert copy.created_at == copy.updated_at > store.get_conversation(conv.id).updated_at
    assert store.list_conversations()[0].id == copy_id  # the newest
    path = store.active_path(copy_id)
    assert contents(path) == contents(store.active_path(conv.id))
    assert path[-1].status == "interrupted" and path[-1].content == "half a reply"
    assert "trashed" not in json.dumps(store.export_json(copy_id))
    assert path[1].stats == STATS and path[1].repro == REPRO

    # Every branch is copied, the active ones stay active.
    def shape(document: dict) -> list[tuple]:
        (entry,) = canonical(document)
        return [(m["parent"], m["role"], m["content"], m["active"]) for m in entry["messages"]]

    assert shape(store.export_json(copy_id)) == shape(store.export_json(conv.id))
    assert shape(store.export_json(conv.id))[:-1] == shape(original)  # the original is kept
    with pytest.raises(HistoryError, match="no longer exists"):
        store.duplicate_conversation(12345, "nothing")


# -- reasoning, tool calls and tool results ------------------------------------------

CALLS = (
    ToolCall("call_1", "get_time", {"timezone": "Europe/Paris"}),
    ToolCall("call_2", "search", None, raw="{oops", error="not JSON"),
)


def build_tool_chat(store):
    """A question, a reply that thought and called two tools, their results, the answer."""
    conv = store.create_conversation("Tools")
    q = store.add_message(conv.id, None, "user", "Time in Paris?")
    ask_id = store.begin_reply(conv.id, q.id)
    ask = store.finish_reply(
        ask_id,
        "",
        "complete",
        reasoning="Need the time.\n\nCall get_time.",
        tool_calls=CALLS,
        reasoning_ms=2500,
    )
    ok = store.add_message(
        conv.id,
        ask.id,
        "tool",
        '{"time": "12:00"}',
        tool_call_id="call_1",
        name="get_time",
        elapsed_ms=120,
    )
    bad = store.add_message(
        conv.id,
        ok.id,
        "tool",
        "```broken``` arguments",
        tool_call_id="call_2",
        name="search",
        elapsed_ms=15_400,
        is_error=True,
    )
    answer_id = store.begin_reply(conv.id, bad.id)
    store.finish_reply(answer_id, "It is noon.", "complete", reasoning="Easy.", reasoning_ms=40)
    return conv


def test_export_markdown_shows_the_thought_before_the_answer_and_every_tool_turn(store):
    conv = build_tool_chat(store)
    assert store.export_markdown(conv.id) == (
        "# Tools\n\n"
        "## User\n\nTime in Paris?\n\n"
        "## Assistant\n\n"
        "<details>\n<summary>Thought for 2.5 s</summary>\n\n"
        "> Need the time.\n>\n> Call get_time.\n\n</details>\n\n"
        "**Tool call:** `get_time` (id `call_1`)\n\n"
        '```json\n{\n  "timezone": "Europe/Paris"\n}\n```\n\n'
        "**Tool call:** `search` (id `call_2`) (not valid: not JSON)\n\n"
        "```\n{oops\n```\n\n"
        "## Tool result: `get_time` (120 ms)\n\n"
        '```\n{"time": "12:00"}\n```\n\n'
        "## Tool result: `search` (failed, 15 s)\n\n"
        "````\n```broken``` arguments\n````\n\n"
        "## Assistant\n\n"
        "<details>\n<summary>Thought for 40 ms</summary>\n\n> Easy.\n\n</details>\n\n"
        "It is noon.\n"
    )


def fields(m):
    return (
        m.role,
        m.content,
        m.reasoning,
        m.reasoning_ms,
        m.tool_calls,
        m.tool_call_id,
        m.name,
        m.elapsed_ms,
        m.is_error,
    )


def test_json_export_holds_reasoning_tool_calls_and_results_and_imports_them_back(store):
    conv = build_tool_chat(store)
    exported = store.export_json(conv.id)
    assert exported["version"] == 3
    messages = exported["conversations"][0]["messages"]
    assert messages[1]["reasoning"] == "Need the time.\n\nCall get_time."
    assert messages[1]["reasoning_ms"] == 2500
    assert messages[1]["tool_calls"] == [
        {
            "id": "call_1",
            "name": "get_time",
            "arguments": {"timezone": "Europe/Paris"},
            "raw": "",
            "error": "",
        },
        {"id": "call_2", "name": "search", "arguments": None, "raw": "{oops", "error": "not JSON"},
    ]
    assert {
        k: messages[3][k] for k in ("role", "tool_call_id", "name", "elapsed_ms", "is_error")
    } == {
        "role": "tool",
        "tool_call_id": "call_2",
        "name": "search",
        "elapsed_ms": 15_400,
        "is_error": True,
    }

    (new_id,) = store.import_json(json.loads(json.dumps(exported)))
    assert canonical(store.export_json(new_id)) == canonical(exported)
    original, imported = store.active_path(conv.id), store.active_path(new_id)
    assert [fields(m) for m in imported] == [fields(m) for m in original]
    assert imported[1].tool_calls == CALLS
    copy = store.duplicate_conversation(conv.id, "copy")
    assert [fields(m) for m in store.active_path(copy)] == [fields(m) for m in original]


def test_a_version_1_export_without_the_new_fields_still_imports(store):
    document = _document()
    assert document["version"] == 1
    (new_id,) = store.import_json(document)
    (message,) = store.active_path(new_id)
    assert (message.reasoning, message.tool_calls, message.reasoning_ms) == ("", (), None)
    assert (message.tool_call_id, message.name, message.elapsed_ms, message.is_error) == (
        "",
        "",
        None,
        False,
    )
