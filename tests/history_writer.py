"""T4 writer: commits chat turns and streams replies into a history file until it is killed.

Run as `python tests/history_writer.py DB RUN`. After every commit it prints one JSON line
(so the reader knows what is on disk), then blocks on stdin after the last turn. With
`--hold-mid-reply` it stops half-way through its first reply instead (a live writer: the
reply stays 'streaming' while this process runs). Imports only desktop.core.history, to
start fast.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from desktop.core.history import ConversationStore

TURNS = 3
# Multi-byte text in every size of UTF-8 sequence, so a cut inside a character would show.
_PIECE = "héllo wörld ✓ 🔥 "


def title(run: int) -> str:
    return f"run {run}"


def user_text(run: int, turn: int) -> str:
    return f"run {run} turn {turn}: quel été 🌞 ✓ ärger"


def reply_text(run: int, turn: int) -> str:
    return _PIECE * 24 + f"[{run}.{turn}] ✓"


def flush_points(run: int, turn: int) -> list[int]:
    """How many characters of the reply each flush writes (growing, random steps)."""
    rng = random.Random(run * 1000 + turn)
    total = len(reply_text(run, turn))
    points: list[int] = []
    n = 0
    while True:
        n += rng.randint(5, 40)
        if n >= total:
            return points
        points.append(n)


def line_count(run: int) -> int:
    """Lines a run prints when nothing stops it: open, per turn (user, begin, flushes,
    finish), done."""
    return 2 + sum(3 + len(flush_points(run, turn)) for turn in range(TURNS))


def _say(**event: object) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


def hold_mid_reply(store: ConversationStore, conversation_id: int, run: int) -> None:
    user = store.add_message(conversation_id, None, "user", user_text(run, 0))
    _say(e="user", id=user.id, run=run, turn=0)
    reply = store.begin_reply(conversation_id, user.id)
    text = reply_text(run, 0)[: flush_points(run, 0)[0]]
    store.flush_reply(reply, text)
    _say(e="held", id=reply, text=text)
    sys.stdin.read()  # wait to be killed, the reply half-written


def main(db: Path, run: int, hold: bool = False) -> None:
    store = ConversationStore(db)
    conversation = store.create_conversation(title(run))
    _say(e="open", conv=conversation.id)
    if hold:
        hold_mid_reply(store, conversation.id, run)
        return
    parent: int | None = None
    for turn in range(TURNS):
        user = store.add_message(conversation.id, parent, "user", user_text(run, turn))
        _say(e="user", id=user.id, run=run, turn=turn)
        reply = store.begin_reply(conversation.id, user.id)
        _say(e="begin", id=reply, run=run, turn=turn)
        text = reply_text(run, turn)
        for n in flush_points(run, turn):
            store.flush_reply(reply, text[:n])
            _say(e="flush", id=reply, n=n)
        store.finish_reply(reply, text, "complete")
        _say(e="finish", id=reply)
        parent = reply
    _say(e="done")
    sys.stdin.read()  # wait to be killed
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), "--hold-mid-reply" in sys.argv[3:])
