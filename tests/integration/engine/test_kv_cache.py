"""The persistent conversation cache on the starter model: a reopened conversation restores
its state after a restart and replies as if the engine had never stopped; a damaged or
mismatched file is deleted and changes nothing; stops and closes lose no file; switching
between two conversations restores from memory."""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core import kv_files
from desktop.core.paths import kv_cache_dir
from desktop.core.types import GenerationStats, LoadParams, Message, SamplingParams
from desktop.engine.client import EngineClient
from desktop.engine.kv_state import CacheKey, encode, read_file

pytestmark = pytest.mark.integration

SAMPLING = SamplingParams(temperature=0.7, seed=5, max_tokens=24)
FIRST = {
    "7": [
        Message("system", "You are a helpful assistant."),
        Message("user", "Tell me about cats in three sentences."),
    ],
    "8": [
        Message("system", "You are a helpful assistant who answers briefly."),
        Message("user", "What is a lighthouse for?"),
    ],
}
_references: dict[str, tuple[str, str]] = {}
_cold: dict[str, str] = {}
_saved: dict[str, tuple[str, bytes]] = {}  # a first turn's file (its name under kv, bytes)


def _second(conversation: str, reply: str) -> list[Message]:
    return [*FIRST[conversation], Message("assistant", reply), Message("user", "Tell me more.")]


def _engine(starter: Path, budget: int | None = None) -> EngineClient:
    client = EngineClient()
    if budget is not None:
        client.set_kv_budget(budget)
    client.start()
    client.load(LoadParams(str(starter), n_ctx=2048))
    return client


def _chat(
    client: EngineClient, messages: list[Message], conversation: str
) -> tuple[str, GenerationStats]:
    g = client.chat(messages, SAMPLING, conversation=conversation)
    stats = g.wait()
    return g.text, stats


def _uninterrupted(starter: Path, conversation: str) -> tuple[str, str]:
    """Both turns in one process with no files (the disk cache off): the reference."""
    if conversation not in _references:
        client = _engine(starter, budget=0)
        try:
            first, _ = _chat(client, FIRST[conversation], conversation)
            second, _ = _chat(client, _second(conversation, first), conversation)
        finally:
            client.shutdown()
        _references[conversation] = (first, second)
    return _references[conversation]


def _no_cache(starter: Path, conversation: str) -> str:
    """The second turn prefilled from nothing, in a fresh process with no files."""
    if conversation not in _cold:
        first, _ = _uninterrupted(starter, conversation)
        client = _engine(starter, budget=0)
        try:
            _cold[conversation], _ = _chat(client, _second(conversation, first), conversation)
        finally:
            client.shutdown()
    return _cold[conversation]


def _state_files() -> list[Path]:
    return sorted(kv_files.state_files(kv_cache_dir()))


def _first_turn_saved(starter: Path, conversation: str = "7") -> Path:
    """A first turn, the engine closed right after the reply: its file is on disk (made
    once, then copied into each test's cache folder: the same model, key and tokens)."""
    if conversation in _saved:
        name, data = _saved[conversation]
        path = kv_cache_dir() / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path
    client = _engine(starter)
    try:
        first, _ = _chat(client, FIRST[conversation], conversation)
    finally:
        client.shutdown()
    assert first == _uninterrupted(starter, conversation)[0]
    (path,) = _state_files()
    assert path.name.startswith(f"c{conversation}-")
    _saved[conversation] = (str(path.relative_to(kv_cache_dir())), path.read_bytes())
    return path


def _key_of(path: Path) -> CacheKey:
    data = path.read_bytes()
    (header_len,) = struct.unpack_from("<I", data, 12)
    return CacheKey(**json.loads(data[16 : 16 + header_len])["key"])


def test_a_reopened_conversation_restores_and_replies_as_without_a_restart(starter: Path) -> None:
    path = _first_turn_saved(starter)  # closed right after the reply: the file is whole
    key = _key_of(path)
    saved, _state = read_file(path, key)
    first, second = _uninterrupted(starter, "7")
    client = _engine(starter)
    try:
        text, stats = _chat(client, _second("7", first), "7")
    finally:
        client.shutdown()
    assert stats.restored_tokens > 0
    assert stats.restored_tokens <= stats.cached_tokens <= len(saved)
    assert text == second


def _flip_state(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(len(data) - 5000, len(data) - 4000):  # inside the state, before the checksum
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _other_template(path: Path) -> None:
    key = _key_of(path)
    tokens, state = read_file(path, key)
    path.write_bytes(encode(replace(key, template_sha256="00" * 32), "7", tokens, state))


def _tokens_disagree(path: Path) -> None:
    key = _key_of(path)
    tokens, state = read_file(path, key)
    path.write_bytes(encode(key, "7", tokens[:-3], state))  # whole, checksummed, but wrong


@pytest.mark.parametrize("damage", [_flip_state, _truncate, _other_template, _tokens_disagree])
def test_a_damaged_or_mismatched_file_is_deleted_and_changes_nothing(
    starter: Path, damage: Callable[[Path], None]
) -> None:
    path = _first_turn_saved(starter)
    damage(path)
    first, _second_reply = _uninterrupted(starter, "7")
    client = _engine(starter)
    try:
        # Another conversation: the damaged file is still the best candidate, and the
        # reply's own file gets another name (so the deletion shows).
        text, stats = _chat(client, _second("7", first), "9")
        log = Path(client._output).read_text("utf-8", "replace")
    finally:
        client.shutdown()
    assert stats.restored_tokens == 0
    assert text == _no_cache(starter, "7")
    assert not path.exists()
    assert "Ignored and deleted the conversation state" in log
    assert path.name in log


def test_a_stop_during_the_next_request_loses_no_file(starter: Path) -> None:
    first, _ = _uninterrupted(starter, "7")
    client = _engine(starter)
    try:
        _chat(client, FIRST["7"], "7")
        g = client.chat(_second("7", first), SAMPLING, conversation="7")
        g.stop()  # while the first reply's state may still be written
        g.wait()
    finally:
        client.shutdown()
    (path,) = _state_files()
    key = _key_of(path)
    saved, state = read_file(path, key)  # whole: checksum and sizes hold
    assert len(saved) > 0 and len(state) > 0
    client = _engine(starter)
    try:
        text, stats = _chat(client, _second("7", first), "7")
    finally:
        client.shutdown()
    assert stats.restored_tokens > 0
    assert text


def test_two_conversations_alternated_restore_from_memory(starter: Path) -> None:
    references = {c: _uninterrupted(starter, c) for c in ("7", "8")}
    client = _engine(starter, budget=0)  # no files: only memory can restore
    try:
        for conversation in ("7", "8"):
            text, _ = _chat(client, FIRST[conversation], conversation)
            assert text == references[conversation][0]
        for conversation in ("7", "8"):
            first, second = references[conversation]
            text, stats = _chat(client, _second(conversation, first), conversation)
            assert stats.restored_tokens > 0
            assert text == second
    finally:
        client.shutdown()
    assert _state_files() == []


def test_a_zero_budget_turns_the_disk_off_and_a_small_one_evicts(starter: Path) -> None:
    saved = _first_turn_saved(starter)
    client = _engine(starter)
    try:
        client.set_kv_budget(0)
        # Requests are served in order: the budget reached the engine before this chat.
        _chat(client, FIRST["8"], "8")
        assert _state_files() == [saved]  # none written, none read, none removed
        client.set_kv_budget(1)  # evicts everything now, then keeps only the newest file
        _chat(client, FIRST["7"], "7")
    finally:
        client.shutdown()
    (path,) = _state_files()
    assert path.name.startswith("c7-") and path.stat().st_mtime_ns > 0
