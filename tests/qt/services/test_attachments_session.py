"""Attachments through a real ChatSession (scripted engine, real history file, real
documents read, copied and fitted): what the engine's user turn holds, what the history
keeps, and that a file which cannot be used is refused before anything is stored."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from attachment_chat import attachment_chat
from PySide6.QtGui import QColor, QImage
from saved import on_disk
from scripted_backend import ScriptedBackend, recorded

from desktop.core.documents.types import Source
from desktop.core.history import ConversationStore
from desktop.core.types import LoadParams, ModelInfo, SamplingParams
from desktop.services.chat_session import ChatSession, ChatState
from desktop.services.history import History

GREEDY = SamplingParams(temperature=0.0, max_tokens=12, repeat_penalty=1.0)
N_CTX = recorded()["model"]["n_ctx"]  # 2,048 tokens: about 8,000 characters of room


@pytest.fixture
def chat(qtbot, tmp_path) -> Iterator[tuple[ChatSession, ScriptedBackend]]:
    with attachment_chat(qtbot, tmp_path, GREEDY) as opened:
        yield opened


def send(qtbot, session: ChatSession, text: str, files: list[Path]) -> int:
    """Submit with files (held while they are read), wait for the reply's end; its id."""
    with (
        qtbot.waitSignal(session.messageFinished, timeout=30000) as finished,
        qtbot.waitSignal(session.draftSent, timeout=30000) as sent,
    ):
        assert session.submit(text, files) is False  # held while the files are read
    assert sent.args == [text]
    return int(finished.args[0])


def long_manual(path: Path) -> Path:
    """A Markdown manual far longer than the context: 60 sections of filler, one of which
    says where the spare key is."""
    parts = []
    for n in range(60):
        body = f"Section {n} describes routine upkeep of the boiler in plain words. " * 12
        if n == 41:
            body += "The spare key is hidden under the blue flowerpot by the shed. "
        parts.append(f"## Part {n}\n\n{body}")
    path.write_text("# Manual\n\n" + "\n\n".join(parts), encoding="utf-8")
    return path


def test_a_short_document_goes_in_whole_and_is_stored_with_the_message(qtbot, chat, tmp_path):
    session, backend = chat
    note = tmp_path / "recipe.md"
    note.write_text("# Pancakes\n\nMix 200 g flour with 3 eggs and milk.\n", encoding="utf-8")
    send(qtbot, session, "How much flour?", [note])
    messages, _ = backend.chats[-1]
    assert messages[-1].role == "user"
    assert "Mix 200 g flour with 3 eggs" in messages[-1].content
    assert "recipe.md" in messages[-1].content and "How much flour?" in messages[-1].content
    user = on_disk(session).active_path(session.conversation_id)[0]
    assert user.content == "How much flour?"  # the question alone is the message's text
    (attachment,) = user.attachments
    assert (attachment.name, attachment.kind) == ("recipe.md", "document")
    assert attachment.size == note.stat().st_size
    copies = list((tmp_path / "attachments").rglob(f"{attachment.sha256}*"))
    assert [c.read_bytes() for c in copies] == [note.read_bytes()]

    # A follow-up with no file is answered from the conversation's document too (read
    # again from the stored copy); the new message holds no attachment of its own.
    note.unlink()
    send(qtbot, session, "And how many eggs?", [])
    follow_up = backend.chats[-1][0]
    assert "3 eggs" in follow_up[-1].content and "And how many eggs?" in follow_up[-1].content
    assert follow_up[0].content == "How much flour?"  # the earlier turn: its question alone
    path = on_disk(session).active_path(session.conversation_id)
    assert [len(m.attachments) for m in path] == [1, 0, 0, 0]

    # An edited question is a new version with the same files, answered from them.
    first = session.tree.active_path()[0]
    with qtbot.waitSignal(session.messageFinished, timeout=30000):
        session.edit(first.id, "How much milk?")
    edited = session.tree.active_path()[0]
    assert edited.id != first.id and edited.attachments == first.attachments
    assert "3 eggs" in backend.chats[-1][0][-1].content
    assert "How much milk?" in backend.chats[-1][0][-1].content


def test_a_long_document_sends_passages_and_the_reply_keeps_its_sources(qtbot, chat, tmp_path):
    session, backend = chat
    manual = long_manual(tmp_path / "manual.md")
    assert len(manual.read_text()) > 4 * N_CTX  # it cannot go in whole
    reply_id = send(qtbot, session, "Where is the spare key hidden?", [manual])
    sent = backend.chats[-1][0][-1].content
    assert "blue flowerpot" in sent
    assert len(sent) < len(manual.read_text()) / 4
    reply = session.tree.get(reply_id)
    assert reply.sources and all(s.name == "manual.md" for s in reply.sources)
    assert any("blue flowerpot" in s.text for s in reply.sources)
    shown = session.active_path()
    assert shown[-1].sources == reply.sources  # the view's row has them as well

    # Reopened from the file, by a new session's history: attachments and sources.
    conversation_id = session.conversation_id
    on_disk(session)
    with ConversationStore(tmp_path / "hearth.sqlite3", recover=False) as store:
        user, stored = store.active_path(conversation_id)
    assert [a.name for a in user.attachments] == ["manual.md"]
    assert stored.sources == reply.sources

    # The original moves away: a new reply reads the stored copy.
    manual.unlink()
    with qtbot.waitSignal(session.messageFinished, timeout=30000):
        session.regenerate(reply_id)
    assert "blue flowerpot" in backend.chats[-1][0][-1].content


def test_a_file_that_cannot_be_read_is_refused_and_nothing_is_stored(qtbot, chat, tmp_path):
    session, backend = chat
    bad = tmp_path / "report.txt"
    bad.write_bytes(b"\x00\x01\x02 not text at all \xff\xfe\x00" * 50)
    with qtbot.waitSignal(session.attachmentRefused, timeout=30000) as refused:
        assert session.submit("Summarise it", [bad]) is False
    assert "report.txt" in refused.args[0]
    assert session.conversation_id is None and backend.chats == []  # nothing stored or sent
    assert session.state is ChatState.IDLE
    assert on_disk(session).count_conversations() == 0


def test_an_image_to_a_model_without_vision_is_refused_before_sending(qtbot, chat, tmp_path):
    session, backend = chat
    picture = tmp_path / "cat.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with qtbot.waitSignal(session.attachmentRefused, timeout=1000) as refused:
        assert session.submit("What is in it?", [picture]) is False
    assert "cannot read images" in refused.args[0] and "cat.png" in refused.args[0]
    assert backend.chats == [] and session.conversation_id is None


class FolderPassages:
    """A stand-in for services.knowledge.KnowledgeService's two calls a reply makes (the
    knowledge service has its own tests): the passages a folder search found."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def search(self, query: str, k: int = 5) -> list[Source]:
        self.asked.append(query)
        return [Source("boiler.pdf", "page 7", "Bleed the radiators every autumn.", "/f/b.pdf")]

    def embed(self, texts: list[str]) -> list[list[float]] | None:
        return None


def test_the_knowledge_switch_adds_folder_passages_and_their_sources(qtbot, chat):
    session, backend = chat
    knowledge = FolderPassages()
    session.attachments.knowledge = knowledge
    with qtbot.waitSignal(session.knowledgeChanged, timeout=1000):
        session.set_knowledge(True)
    reply_id = send(qtbot, session, "When do I bleed radiators?", [])
    assert knowledge.asked == ["When do I bleed radiators?"]
    content = backend.chats[-1][0][-1].content
    assert "[boiler.pdf, page 7]" in content and "every autumn" in content
    assert [s.locator for s in session.tree.get(reply_id).sources] == ["page 7"]


class VisionBackend(ScriptedBackend):
    """The recorded engine, its model loaded with a vision projector (as engine.host says)."""

    def load(self, params: LoadParams) -> ModelInfo:
        info = super().load(params)
        return replace(info, extra={**info.extra, "vision": "1"})


def test_a_vision_model_gets_the_stored_copy_of_an_image(qtbot, tmp_path):
    backend = VisionBackend()
    store = ConversationStore(tmp_path / "hearth.sqlite3")
    history = History(store)
    session = ChatSession(history, backend_factory=lambda: backend)
    session.attachments.store_root = tmp_path / "attachments"
    session.set_sampling(GREEDY)
    with qtbot.waitSignal(session.modelLoaded, timeout=10000):
        session.load_model(LoadParams("starter.gguf", n_ctx=N_CTX))
    try:
        seen = _send_picture(qtbot, session, backend, tmp_path)
    finally:
        assert session.shutdown()
        assert history.close(5)
        store.close()
    assert seen == ("cat.png", "image")


def _send_picture(qtbot, session, backend, tmp_path) -> tuple[str, str]:
    picture = tmp_path / "cat.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("#884422"))
    assert image.save(str(picture))
    send(qtbot, session, "What colour is it?", [picture])
    turn = backend.chats[-1][0][-1]
    (shown,) = turn.images
    assert Path(shown).read_bytes() == picture.read_bytes()
    assert Path(shown).is_relative_to(tmp_path / "attachments")  # the copy, not the original
    assert turn.content == "What colour is it?"
    (attachment,) = session.tree.active_path()[0].attachments
    return attachment.name, attachment.kind
