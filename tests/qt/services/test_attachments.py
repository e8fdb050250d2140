"""services.attachments beyond one send: documents read once per stored copy (the preparer's
cache, spied on the real extract), the cache's bound, and the start-up sweep of stored copies
no message names (a real history file, real copies, ages set with os.utime)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from attachment_chat import attachment_chat
from scripted_backend import ScriptedBackend

import desktop.core.documents.extract as extract_module
from desktop.core.documents.attachments import AttachmentStore
from desktop.core.documents.context import WHOLE_ALONE_HEADER
from desktop.core.documents.types import Document, Section
from desktop.core.history import Attachment, ConversationStore
from desktop.core.types import SamplingParams
from desktop.services.attachments import DocumentCache, sweep_stored_copies
from desktop.services.background import Background
from desktop.services.chat_session import ChatSession

GREEDY = SamplingParams(temperature=0.0, max_tokens=8, repeat_penalty=1.0)
DAY = 24 * 3600


@pytest.fixture
def chat(qtbot, tmp_path) -> Iterator[tuple[ChatSession, ScriptedBackend]]:
    with attachment_chat(qtbot, tmp_path, GREEDY) as opened:
        yield opened


def send(qtbot, session: ChatSession, text: str, files: list[Path]) -> None:
    with (
        qtbot.waitSignal(session.messageFinished, timeout=30000),
        qtbot.waitSignal(session.draftSent, timeout=30000),
    ):
        assert session.submit(text, files) is False  # held while the documents are read


def test_a_follow_up_reads_the_branch_documents_from_the_cache(qtbot, chat, tmp_path, monkeypatch):
    session, backend = chat
    real_extract = extract_module.extract
    read: list[Path] = []

    def counted(path: Path, **kwargs: int) -> Document:  # the real reader, counted
        read.append(Path(path))
        return real_extract(path, **kwargs)

    monkeypatch.setattr(extract_module, "extract", counted)
    manual = tmp_path / "manual.md"
    manual.write_text("# Boiler\n\nThe pressure should read 1.5 bar.\n", encoding="utf-8")
    send(qtbot, session, "What pressure?", [manual])
    send(qtbot, session, "And when cold?", [])
    send(qtbot, session, "Thanks, anything else?", [])
    assert read == [manual]  # once, when attached; the follow-ups hit the cache
    follow_up = backend.chats[-1][0][-1].content
    assert "1.5 bar" in follow_up and "Thanks, anything else?" in follow_up
    assert len(session.attachments.cache) == 1


def test_files_sent_alone_are_the_turn_and_stay_in_the_branch(qtbot, chat, tmp_path):
    session, backend = chat
    manual = tmp_path / "manual.md"
    manual.write_text("# Boiler\n\nThe pressure should read 1.5 bar.\n", encoding="utf-8")
    send(qtbot, session, "", [manual])
    turn = backend.chats[-1][0][-1]
    assert turn.role == "user" and turn.content.startswith(WHOLE_ALONE_HEADER)
    assert "1.5 bar" in turn.content and "Question" not in turn.content
    assert session.tree.conversation.title == "manual.md"
    send(qtbot, session, "What pressure?", [])
    roles = [m.role for m in backend.chats[-1][0] if m.role != "system"]
    assert roles == ["user", "assistant", "user"]  # the file-only turn is kept, empty
    assert backend.chats[-1][0][-1].content.endswith("Question: What pressure?")


def _document(name: str, chars: int) -> Document:
    return Document(f"/d/{name}", name, "text", (Section("x" * chars, name),))


def test_the_cache_is_bounded_by_characters_least_recently_used_out() -> None:
    cache = DocumentCache(max_chars=250)
    a, b, c = _document("a", 100), _document("b", 100), _document("c", 100)
    cache.put("a" * 64, a)
    cache.put("b" * 64, b)
    assert cache.get("a" * 64) is a  # a is now the most recently used
    cache.put("c" * 64, c)  # 300 > 250: b, the least recently used, goes
    assert cache.get("b" * 64) is None
    assert cache.get("a" * 64) is a and cache.get("c" * 64) is c
    assert cache.chars == 200 and len(cache) == 2
    cache.put("d" * 64, _document("d", 251))  # larger than the bound alone: not kept
    assert cache.get("d" * 64) is None and cache.chars == 200


def _aged(path: Path, seconds: float) -> Path:
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def test_the_start_sweep_removes_old_copies_no_message_names(qtbot, tmp_path):
    root = tmp_path / "attachments"
    store = AttachmentStore(root)
    files = {}
    for name in ("named.md", "orphan.md", "fresh.md", "trashed.md"):
        original = tmp_path / name
        original.write_text(f"# {name}\n\nOnly {name} says this.\n", encoding="utf-8")
        files[name] = store.add(original)
    history = ConversationStore(tmp_path / "hearth.sqlite3")
    background = Background(max_workers=1, name="test-sweep")
    try:
        conversation = history.create_conversation("Files")
        for name in ("named.md", "trashed.md"):
            f = files[name]
            message = history.add_message(
                conversation.id, None, "user", "", attachments=[Attachment(f.sha256, name, f.size)]
            )
        history.delete_message(message.id)  # in the trash: it may come back, its copy stays
        for name in ("named.md", "orphan.md", "trashed.md"):
            _aged(files[name].path, 2 * DAY)
        old_temp = root / ".incoming-abc123.tmp"  # a copy a crash cut off
        old_temp.write_bytes(b"cut off")
        _aged(old_temp, 2 * DAY)
        young_temp = root / ".incoming-def456.tmp"
        young_temp.write_bytes(b"being copied")
        stranger = root / "notes.txt"
        stranger.write_text("not the store's", encoding="utf-8")
        _aged(stranger, 2 * DAY)

        sweep_stored_copies(history, background, root)
        qtbot.waitUntil(lambda: background.pending == 0, timeout=10000)

        left = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
        expected = {files[n].path.relative_to(root).as_posix() for n in ("named.md", "fresh.md")}
        expected |= {files["trashed.md"].path.relative_to(root).as_posix()}
        assert left == expected | {young_temp.name, stranger.name}
        assert not old_temp.exists()
        kept = {files[n].path.parent for n in ("named.md", "fresh.md", "trashed.md")}
        if files["orphan.md"].path.parent not in kept:  # an emptied fan-out folder goes too
            assert not files["orphan.md"].path.parent.exists()

        # The same content attached again is young again: its copy is not swept before its
        # new message is written.
        _aged(files["fresh.md"].path, 2 * DAY)
        again = tmp_path / "fresh-again.md"
        again.write_bytes((tmp_path / "fresh.md").read_bytes())
        assert store.add(again).path == files["fresh.md"].path
        sweep_stored_copies(history, background, root)
        qtbot.waitUntil(lambda: background.pending == 0, timeout=10000)
        assert files["fresh.md"].path.exists()
    finally:
        background.shutdown(wait=True)
        history.close()
