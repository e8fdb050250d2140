"""Real damage to a real history file: a history with many pages, and a page overwritten."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from desktop.core.history import ConversationStore

CONVERSATIONS = 12
TURNS = 10  # user + reply per turn: 20 messages a conversation
# Long enough that the messages table spans many pages (a damaged leaf loses only some).
_FILLER = "lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 6


def write_history(db: Path) -> None:
    """A history of CONVERSATIONS conversations of TURNS turns each, closed cleanly (the
    WAL folded into the file, so damaging the file damages what a reader sees)."""
    with ConversationStore(db) as store:
        for c in range(CONVERSATIONS):
            conversation = store.create_conversation(f"conversation {c}")
            parent = None
            for t in range(TURNS):
                user = store.add_message(conversation.id, parent, "user", f"q{c}.{t} {_FILLER}")
                reply = store.begin_reply(conversation.id, user.id)
                store.finish_reply(reply, f"a{c}.{t} {_FILLER}", "complete")
                parent = reply


def damage(db: Path, btree: str, which: str = "middle") -> int:
    """Overwrite one leaf page of a table or index with garbage; its page number."""
    conn = sqlite3.connect(db)
    try:
        pages = [
            row[0]
            for row in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                (btree,),
            )
        ]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    if which == "middle":
        assert len(pages) >= 3, f"{btree} should span several leaf pages, has {len(pages)}"
    assert pages, f"{btree} has no leaf page"
    page = pages[len(pages) // 2] if which == "middle" else pages[0]
    with db.open("r+b") as f:
        f.seek((page - 1) * page_size)
        f.write(bytes((i * 97 + 13) % 251 for i in range(page_size)))
    return page


def unreadable_conversation(db: Path) -> int:
    """A conversation whose messages sit on the damaged page (reading it fails)."""
    from desktop.core.history import HistoryError

    with ConversationStore(db) as store:
        for c in range(1, CONVERSATIONS + 1):
            try:
                store.active_path(c)
            except HistoryError:
                return c
    raise AssertionError("no conversation is unreadable: the damage missed the messages")


def open_at_start(conversation_id: int) -> None:
    """Make conversation_id the one Hearth reopens at start, as after using it last."""
    from dataclasses import replace

    from desktop.core.settings import load_settings, save_settings

    save_settings(replace(load_settings(), last_conversation_id=conversation_id))


def set_stats_json(db: Path, message_id: int, stats: dict[str, object]) -> None:
    """Store stats as a newer Hearth might (e.g. a stop reason this version does not know)."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "UPDATE messages SET stats_json = ? WHERE id = ?", (json.dumps(stats), message_id)
        )
    conn.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
