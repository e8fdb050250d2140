"""A ChatSession on the real starter model with a small context, for the draft and edit tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from desktop.core.history import ConversationStore
from desktop.core.types import LoadParams, SamplingParams
from desktop.services.chat_session import ChatSession
from desktop.services.history import History

GREEDY = SamplingParams(temperature=0.0, max_tokens=8, repeat_penalty=1.0)
SMALL_CTX = 256  # the reply keeps 64 of it: a prompt holds 192 tokens
LONG = "The quick brown fox jumps over the lazy dog. " * 40  # about 400 tokens


def small_session(qtbot, tmp_path: Path, starter: Path) -> Iterator[ChatSession]:
    """Yield a greedy session with the starter loaded at SMALL_CTX; shut it all down after."""
    store = ConversationStore(tmp_path / "hearth.sqlite3")
    history = History(store)
    s = ChatSession(history)
    s.set_sampling(GREEDY)
    with qtbot.waitSignal(s.modelLoaded, timeout=60000):
        s.load_model(LoadParams(str(starter), n_ctx=SMALL_CTX))
    yield s
    assert s.shutdown()
    assert history.close(5)
    store.close()
