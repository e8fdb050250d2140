"""The SSE parser on recorded transcripts (vLLM, Ollama) and on broken streams."""

from __future__ import annotations

import email.utils
import time
from pathlib import Path

import pytest

from desktop.core.types import Message
from desktop.engine.remote import RemoteError, _trim, estimate_tokens, parse_sse, retry_after_s

DATA = Path(__file__).resolve().parents[2] / "data" / "sse"


def _lines(name: str) -> list[str]:
    return (DATA / name).read_text(encoding="utf-8").splitlines()


def test_vllm_reasoning_content_is_kept_apart_from_the_text():
    deltas = list(parse_sse(_lines("vllm_reasoning.sse")))
    assert "".join(d.content for d in deltas) == "2 + 2 = 4."
    assert "".join(d.reasoning for d in deltas) == "The user asks for 2+2."
    assert [d.finish_reason for d in deltas if d.finish_reason] == ["length"]
    assert deltas[-1].usage == {"prompt_tokens": 14, "total_tokens": 26, "completion_tokens": 12}


def test_ollama_usage_only_last_chunk_and_keepalive_comments():
    deltas = list(parse_sse(_lines("ollama_usage.sse")))
    assert "".join(d.content for d in deltas) == "Hello there!"
    assert [d.finish_reason for d in deltas if d.finish_reason] == ["stop"]
    last = deltas[-1]
    assert last.content == "" and last.finish_reason is None
    assert last.usage == {"prompt_tokens": 31, "completion_tokens": 4, "total_tokens": 35}


def test_a_stream_without_done_is_a_truncated_reply():
    lines = _lines("ollama_usage.sse")[:-2]  # without "data: [DONE]"
    with pytest.raises(RemoteError) as caught:
        list(parse_sse(lines))
    assert caught.value.kind == "truncated"
    assert "stopped before it was complete" in caught.value.user_message


@pytest.mark.parametrize(
    "payload",
    ["data: {not json", 'data: ["a list"]', 'data: {"id": "x"}', 'data: {"choices": [1]}'],
)
def test_malformed_data_is_a_sentence(payload: str):
    with pytest.raises(RemoteError) as caught:
        list(parse_sse([payload, "", "data: [DONE]", ""]))
    assert caught.value.kind == "malformed"
    assert "cannot read" in caught.value.user_message


def test_an_error_object_in_the_stream_is_a_server_error():
    with pytest.raises(RemoteError) as caught:
        list(parse_sse(['data: {"error": {"message": "out of memory"}}', ""]))
    assert caught.value.kind == "server"
    assert "out of memory" in caught.value.user_message


def test_multiline_data_and_crlf_are_joined():
    chunk = '{"choices": [{"delta": {"content": "hi"},\r\n'
    lines = [f"data: {chunk}", 'data: "finish_reason": null}]}\r\n', "\r\n", "data:[DONE]"]
    assert [d.content for d in parse_sse(lines)] == ["hi"]


def test_retry_after_in_seconds_or_as_a_date():
    assert retry_after_s("17") == 17
    assert retry_after_s(None) is None
    assert retry_after_s("soon") is None
    later = email.utils.formatdate(time.time() + 60, usegmt=True)
    assert 55 <= (retry_after_s(later) or 0) <= 61


def test_trimming_by_estimate_drops_the_oldest_turns_and_keeps_the_system_prompt():
    system = Message("system", "Be brief.")
    turns = [Message("user" if i % 2 == 0 else "assistant", "word " * 60) for i in range(8)]
    sent, trimmed = _trim([system, *turns], n_ctx=400, room=100)
    assert sent[0] == system and sent[-1] == turns[-1]
    assert sent[1].role == "user"
    assert trimmed is not None and trimmed.dropped_messages == len(turns) + 1 - len(sent)
    assert estimate_tokens(sent) <= 300
    assert _trim([system, turns[0]], n_ctx=4096, room=100) == ([system, turns[0]], None)
