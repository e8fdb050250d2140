"""History: the whole history as the window uses it, on a real SQLite file and the real
writer thread (list, search, trash, export, import, saving, a damaged file)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

import pytest
from history_damage import CONVERSATIONS, damage, unreadable_conversation, write_history
from saved import on_disk

from desktop.core.history.tree import ConversationTree
from desktop.services.conversations import open_read_store
from desktop.services.history import History, documents_folder, export_file_name


@pytest.fixture
def history(tmp_path) -> Iterator[History]:
    h = History(open_read_store(tmp_path / "hearth.sqlite3"))
    yield h
    assert h.close(5)
    h.store.close()


def chat(history: History, title: str, *texts: str) -> ConversationTree:
    """A conversation as the ChatSession writes one: user and reply turns, in order."""
    c = history.conversations
    tree = c.create(title, "")
    parent: int | None = None
    for i, text in enumerate(texts):
        parent = c.add(tree, parent, "user" if i % 2 == 0 else "assistant", text).id
    return tree


def listed(history: History) -> list[int]:
    return [c.id for c in history.list_conversations()]


def test_search_delete_restore_and_export_import(qtbot, history, tmp_path):
    tree = chat(history, "zebras", "zebra crossing question", "an answer about zebras")
    cid = tree.id
    on_disk(history)  # search reads the file: once the writer has it
    assert any(h.conversation_id == cid for h in history.search("zebr"))
    assert history.search("   ") == []
    out = tmp_path / "chat.json"
    with qtbot.waitSignal(history.info, timeout=10000) as said:
        history.export_conversation(cid, out)
    assert said.args == ["Exported to chat.json."]
    md = tmp_path / "chat.md"
    with qtbot.waitSignal(history.info, timeout=10000):
        history.export_conversation(cid, md)
    assert "zebra crossing question" in md.read_text()

    changes: list[int] = []
    history.listChanged.connect(lambda: changes.append(1))
    with qtbot.waitSignal(history.deleted, timeout=1000) as deleted:
        history.delete_conversation(cid)
    assert deleted.args == [cid] and changes == [1]
    assert cid not in listed(history) and not history.conversation_exists(cid)
    assert not any(h.conversation_id == cid for h in history.search("zebra"))
    history.restore_conversation(cid)
    assert changes == [1, 1]
    assert cid in listed(history) and history.conversation_exists(cid)

    with qtbot.waitSignal(history.imported, timeout=10000) as imported:
        history.import_file(out)
    assert changes == [1, 1, 1]  # the sidebar hears of the new one
    (new_id,) = imported.args[0]
    assert new_id != cid and new_id in listed(history)
    original = [(m.role, m.content, m.status) for m in on_disk(history).active_path(cid)]
    copied = [(m.role, m.content, m.status) for m in on_disk(history).active_path(new_id)]
    assert copied == original
    assert json.loads(out.read_text())  # the export on disk is whole JSON


def test_export_all_and_a_refused_import_say_how_it_went(qtbot, history, tmp_path):
    chat(history, "one", "first")
    chat(history, "two", "second")
    everything = tmp_path / "all.json"
    with qtbot.waitSignal(history.info, timeout=10000):
        history.export_all(everything)
    with qtbot.waitSignal(history.info, timeout=10000) as said:
        history.import_file(everything)
    assert said.args == ["Imported 2 conversations."]
    before = listed(history)

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "not hearth"}')
    with qtbot.waitSignal(history.error, timeout=10000) as failed:
        history.import_file(bad)
    assert failed.args[0]
    assert listed(history) == before  # nothing was added
    with qtbot.waitSignal(history.error, timeout=10000) as failed:
        history.export_conversation(before[0], tmp_path / "no such folder" / "x.md")
    assert failed.args == ["Hearth could not write x.md: No such file or directory."]


def test_a_reply_that_ends_moves_its_conversation_to_the_top_once(qtbot, history):
    """The list follows a reply's end (it used to be the ChatSession's job), not each save
    while it streams."""
    older = chat(history, "older", "hello")
    chat(history, "newer", "hi")
    assert listed(history)[0] != older.id
    c = history.conversations
    reply = c.add(older, older.active_path()[-1].id, "assistant", "", "streaming")
    changes: list[int] = []
    history.listChanged.connect(lambda: changes.append(1))
    c.save(older, replace(reply, content="par"))
    assert changes == []  # a save while it streams: the list is not reloaded
    c.save(older, replace(reply, content="partial and done", status="complete"))
    assert changes == [1]
    assert listed(history)[0] == older.id


def test_saving_is_reported_and_waits_for_nothing_when_all_is_on_disk(qtbot, history):
    chat(history, "saved", "hello")
    assert history.wait_saved(10)
    qtbot.waitUntil(lambda: history.save_status.saved, timeout=5000)
    assert history.save_status.problem == "" and history.unsaved_count() == 0
    history.retry_saving()  # nothing waits: a no-op, not an error
    assert history.wait_saved(1)


def test_a_read_the_damaged_file_refuses_says_why_and_the_file_is_repaired(qtbot, tmp_path):
    db = tmp_path / "hearth.sqlite3"
    write_history(db)
    damage(db, "messages")
    lost = unreadable_conversation(db)
    history = History(open_read_store(db))
    try:
        errors: list[str] = []
        history.error.connect(errors.append)
        with qtbot.waitSignal(history.repaired, timeout=30000) as repaired:
            assert history.open(lost) is None  # no tree, and a sentence
            assert errors and errors[0]
        assert "repaired" in repaired.args[0]
        assert len(listed(history)) == CONVERSATIONS
        assert history.open(lost) is not None  # what could be read is there again
    finally:
        assert history.close(5)
        history.store.close()


def test_a_conversation_that_is_gone_is_not_opened_and_said_so(qtbot, history):
    assert not history.conversation_exists(12345)
    with qtbot.waitSignal(history.error, timeout=1000) as said:
        assert history.open(12345) is None
    assert said.args == ["This conversation no longer exists."]


def test_an_import_is_marked_imported_and_what_was_made_here_is_not(qtbot, history, tmp_path):
    tree = chat(history, "made here", "hello", "hi")
    out = tmp_path / "made here.json"
    with qtbot.waitSignal(history.exported, timeout=10000) as exported:
        history.export_conversation(tree.id, out)
    assert exported.args == [out]
    with qtbot.waitSignal(history.imported, timeout=10000) as imported:
        history.import_file(out)
    (new_id,) = imported.args[0]
    records = {c.id: c for c in history.list_conversations()}
    assert records[tree.id].imported_at is None
    assert records[new_id].imported_at is not None
    assert records[new_id].title == "made here"


def test_duplicate_copies_the_whole_tree_under_a_new_title(qtbot, history):
    tree = chat(history, "original", "question", "first answer")
    c = history.conversations
    first_answer = tree.active_path()[-1]
    c.add(tree, first_answer.parent_id, "assistant", "second answer")  # a second version
    changes: list[int] = []
    history.listChanged.connect(lambda: changes.append(1))
    with qtbot.waitSignal(history.duplicated, timeout=10000) as copied:
        history.duplicate_conversation(tree.id)
    (copy_id,) = copied.args
    assert changes == [1]
    assert listed(history)[0] == copy_id  # the copy is the newest
    store = on_disk(history)
    assert store.get_conversation(copy_id).title == "original (copy)"
    assert store.get_conversation(copy_id).imported_at is None
    copied_path = [(m.role, m.content) for m in store.active_path(copy_id)]
    assert copied_path == [("user", "question"), ("assistant", "second answer")]
    (user,) = [m for m in store.active_path(copy_id) if m.role == "user"]
    assert sorted(m.content for m in store.children(user.id)) == ["first answer", "second answer"]
    assert [m.content for m in store.active_path(tree.id)] == ["question", "second answer"]
    with qtbot.waitSignal(history.error, timeout=1000) as said:
        history.duplicate_conversation(12345)
    assert said.args == ["This conversation no longer exists."]


def test_export_files_are_named_after_the_title_in_documents_or_home(
    history, tmp_path, monkeypatch
):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    tree = chat(history, "Rust: borrow/lifetimes? A long question about them", "q")
    name = "Rust borrow lifetimes A long question about them.md"
    assert history.export_path(tree.id, ".md") == home / name  # no Documents folder: home
    (home / "Documents").mkdir()
    assert history.export_path(tree.id, ".md") == home / "Documents" / name
    assert documents_folder() == home / "Documents"

    assert export_file_name("", ".json") == "Conversation.json"
    assert export_file_name(" ..hidden.. ", ".md") == "hidden.md"
    assert export_file_name('a<b>c:"d"|e?f*g\\h\x00', ".md") == "a b c d e f g h.md"
    long = export_file_name("word " * 40, ".md")
    assert long.endswith("word.md") and len(long) <= 83  # cut at a word, no ellipsis
