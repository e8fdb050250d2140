"""The conversation cache's plumbing through EngineSession and EngineClient on the real
engine process: the conversation reaches the engine, the disk budget is sent and sent again
to a restarted engine."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from desktop.core.paths import kv_cache_dir
from desktop.core.types import LoadParams, Message, SamplingParams
from desktop.engine import protocol as p
from desktop.engine.backend import Backend
from desktop.engine.client import EngineClient
from desktop.engine.session import EngineSession

GREEDY = SamplingParams(temperature=0.0, max_tokens=4)
HELLO = [Message("system", "You are terse."), Message("user", "hello world")]


class RecordingClient(EngineClient):
    """The real client, noting every request it sends to the engine process."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[p.Request] = []

    def _send(self, request: p.Request) -> None:
        self.sent.append(request)
        super()._send(request)


def _drain(reply: Iterable[str]) -> None:
    for _ in reply:
        pass


def test_the_conversation_and_the_budget_reach_every_engine(
    tiny_model: Path, tmp_path: Path
) -> None:
    clients: list[RecordingClient] = []

    def make() -> Backend:
        clients.append(RecordingClient())
        return clients[-1]

    session = EngineSession(make, lambda _s: None, tmp_path / "calibration.json")
    try:
        session.set_kv_budget(123_456)  # before any engine: kept for the first one
        session.load(LoadParams(str(tiny_model), n_ctx=256))
        _drain(session.chat(HELLO, GREEDY, conversation="42"))
        (client,) = clients
        chats = [r for r in client.sent if isinstance(r, p.Chat)]
        assert [c.conversation for c in chats] == ["42"]
        assert [r for r in client.sent if isinstance(r, p.KvBudget)] == [p.KvBudget(123_456)]
        client.kill()  # the engine ends; the next chat starts another
        _drain(session.chat(HELLO, GREEDY))  # a fresh engine, the model loaded again
        budgets = [r for r in client.sent if isinstance(r, p.KvBudget)]
        assert budgets == [p.KvBudget(123_456)] * 2
        session.set_kv_budget(0)
        assert client.sent[-1] == p.KvBudget(0)
        chats = [r for r in client.sent if isinstance(r, p.Chat)]
        assert chats[-1].conversation == ""
    finally:
        session.close()


def test_a_model_with_no_stated_hash_is_saved_from_its_first_reply(
    tiny_model: Path, tmp_path: Path
) -> None:
    # A file outside the hub cache and not the starter: its hash is computed beside the
    # chat; the first reply is saved anyway (the writer waits for the hash).
    model = tmp_path / "copied.gguf"
    model.write_bytes(tiny_model.read_bytes())
    long_chat = [Message("system", "word " * 20), Message("user", "hello world")]
    client = EngineClient()
    try:
        client.start()
        client.load(LoadParams(str(model), n_ctx=256))
        client.chat(long_chat, GREEDY, conversation="5").wait()
    finally:
        client.close()  # the engine finishes its pending write before it ends
    (saved,) = kv_cache_dir().glob("*/c5-*.hkv")
    client = EngineClient()
    try:
        client.start()
        client.load(LoadParams(str(model), n_ctx=256))
        stats = client.chat(long_chat, GREEDY, conversation="5").wait()
    finally:
        client.close()
    assert stats.restored_tokens > 0
    assert saved.exists()
