"""ConversationTree: the open conversation in memory follows the same rules as the file."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.history import ConversationStore, StoredConversation, StoredMessage
from desktop.core.history.tree import ConversationTree

# An operation: ("add", parent pick), ("switch", pick), ("delete", pick), ("restore",).
OPS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(0, 1000)),
        st.tuples(st.just("switch"), st.integers(0, 1000)),
        st.tuples(st.just("delete"), st.integers(0, 1000)),
        st.tuples(st.just("restore")),
    ),
    max_size=40,
)


def message(i: int, parent: int | None) -> StoredMessage:
    role = "user" if i % 2 else "assistant"
    return StoredMessage(i, 1, parent, role, f"m{i}", "complete", float(i), float(i))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=OPS)
def test_the_file_written_from_the_tree_shows_what_the_tree_shows(tmp_path_factory, ops):
    db = tmp_path_factory.mktemp("tree") / "h.sqlite3"
    record = StoredConversation(1, "t", "", 0.0, 0.0)
    tree = ConversationTree(record, [])
    deleted: list[list[int]] = []
    with ConversationStore(db) as store:
        store.insert_conversation(record)
        next_id = 1
        for op in ops:
            live = [m.id for m in tree.active_path()] + [i for i in range(1, next_id) if i in tree]
            if op[0] == "add":
                parent = None if not live or op[1] % 4 == 0 else live[op[1] % len(live)]
                added = tree.add(message(next_id, parent))
                store.insert_message(added)
                next_id += 1
            elif op[0] == "switch" and live:
                store.set_ranks(tree.switch(live[op[1] % len(live)]))
            elif op[0] == "delete" and live:
                ids = tree.delete(live[op[1] % len(live)], 5.0)
                store.set_deleted(1, ids, 5.0)
                deleted.append(ids)
            elif op[0] == "restore" and deleted:
                ids = deleted.pop()
                tree.restore(ids)
                store.set_deleted(1, ids, None)
            path = tree.active_path()
            stored = store.active_path(1)
            assert [m.id for m in stored] == [m.id for m in path]
            assert store.branch_positions(stored) == tree.positions(path)
        # Read back from the file, the tree is the same tree.
        again = store.conversation_tree(1)
        assert [m.id for m in again.active_path()] == [m.id for m in tree.active_path()]


def test_switching_makes_the_ancestors_active_too():
    tree = ConversationTree(StoredConversation(1, "t", "", 0.0, 0.0), [])
    q1 = tree.add(message(1, None))
    a1 = tree.add(message(2, q1.id))
    q2 = tree.add(message(3, None))  # an edit of the first question: its own branch
    assert [m.id for m in tree.active_path()] == [q2.id]
    changed = tree.switch(a1.id)
    assert changed == {q1.id: q2.rank + 1}
    assert [m.id for m in tree.active_path()] == [q1.id, a1.id]


def test_deleting_the_active_version_brings_back_the_previous_one_and_undo_restores():
    tree = ConversationTree(StoredConversation(1, "t", "", 0.0, 0.0), [])
    q = tree.add(message(1, None))
    old = tree.add(message(2, q.id))
    new = tree.add(message(3, q.id))
    under = tree.add(message(4, new.id))
    assert tree.delete(new.id, 9.0) == [new.id, under.id]
    assert [m.id for m in tree.active_path()] == [q.id, old.id]
    assert tree.positions(tree.active_path())[old.id] == (0, 1)
    tree.restore([new.id, under.id])
    assert [m.id for m in tree.active_path()] == [q.id, new.id, under.id]
