"""The real main window over a FormatBackend (recorded outputs through the real parser) and a
real SQLite history, for the transcript's thought and tool-card tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from scripted_backend import recorded
from scripted_formats import FormatBackend

from desktop.core.history import ConversationStore
from desktop.core.types import LoadParams
from desktop.services.chat_session import ChatSession
from desktop.services.conversations import open_read_store
from desktop.services.history import History
from desktop.ui.main_window import MainWindow


@contextmanager
def format_window(
    qtbot: Any, tmp_path: Path, height: int
) -> Iterator[tuple[MainWindow, FormatBackend]]:
    """The window shown at 1000 x height with the recorded Qwen3 model loaded; closed after."""
    path = tmp_path / "hearth.sqlite3"
    ConversationStore(path).close()
    backend = FormatBackend()
    history = History(open_read_store(path))
    session = ChatSession(history, backend_factory=lambda: backend)
    w = MainWindow(session, history)
    qtbot.addWidget(w)
    w.resize(1000, height)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(session.modelLoaded, timeout=10000):
        session.load_model(LoadParams("qwen3.gguf", n_ctx=recorded()["model"]["n_ctx"]))
    yield w, backend
    backend.release.set()
    w.close()
    assert session.shutdown()
    assert history.close(5)
    history.store.close()
