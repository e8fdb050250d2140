"""A real ChatSession over the scripted engine and a real history file, its attachment
copies under tmp_path, for the attachment service tests; shut down after."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from scripted_backend import ScriptedBackend, recorded

from desktop.core.history import ConversationStore
from desktop.core.types import LoadParams, SamplingParams
from desktop.services.chat_session import ChatSession
from desktop.services.history import History


@contextmanager
def attachment_chat(
    qtbot: Any, tmp_path: Path, sampling: SamplingParams
) -> Iterator[tuple[ChatSession, ScriptedBackend]]:
    backend = ScriptedBackend()
    store = ConversationStore(tmp_path / "hearth.sqlite3")
    history = History(store)
    session = ChatSession(history, backend_factory=lambda: backend)
    session.attachments.store_root = tmp_path / "attachments"
    session.set_sampling(sampling)
    with qtbot.waitSignal(session.modelLoaded, timeout=10000):
        session.load_model(LoadParams("starter.gguf", n_ctx=recorded()["model"]["n_ctx"]))
    yield session, backend
    backend.release.set()
    assert session.shutdown()
    assert history.close(5)
    store.close()
