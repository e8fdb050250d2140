"""A draft model for speculative decoding: the starter drafting for itself (a test of the
machinery, not a useful pairing), and drafts that cannot be used left out of a load that works."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import llama_cpp
import pytest
from ggufgen import write_tiny_model

from desktop.core.types import LoadParams, Message, SamplingParams, StopReason
from desktop.engine.client import EngineClient
from desktop.engine.devices import load_dynamic_backends
from desktop.engine.draft_model import DraftModel, DraftModelError
from desktop.engine.host import _amx_built_in, amx_weights_off

pytestmark = pytest.mark.integration

CODE = """def total(items):
    result = 0
    for item in items:
        result += item.price * item.count
    return result
"""
REPEAT = [
    Message("user", f"Repeat this code exactly, with `total` renamed `sum_prices`:\n\n{CODE}")
]
QUESTION = [Message("user", "What is the capital of France?")]
GREEDY = SamplingParams(temperature=0.0, max_tokens=60, repeat_penalty=1.0)
SEEDED = SamplingParams(temperature=0.8, seed=1234, max_tokens=60)


@pytest.fixture(scope="module")
def engine() -> Iterator[EngineClient]:
    client = EngineClient()
    client.start()
    yield client
    client.shutdown()


def reply(engine: EngineClient, messages: list[Message], sampling: SamplingParams):
    g = engine.chat(messages, sampling)
    stats = g.wait()
    return g.text, stats


def test_the_starter_drafting_for_itself_gives_the_same_replies(engine, starter):
    off = engine.load(
        LoadParams(str(starter), n_ctx=2048, speculative="off", draft_model=str(starter))
    )
    assert "draft_model" not in off.extra  # off: the draft would only take memory
    expected = {s: reply(engine, REPEAT, s)[0] for s in (GREEDY, SEEDED)}
    params = LoadParams(str(starter), n_ctx=2048, speculative="on", draft_model=str(starter))
    info = engine.load(params)
    assert info.extra["draft_model"] == starter.name
    assert "draft_model_problem" not in info.extra
    for sampling, text in expected.items():
        got, stats = reply(engine, REPEAT, sampling)
        assert got == text
        assert stats.draft_tokens >= stats.accepted_tokens
    _, stats = reply(engine, REPEAT, GREEDY)
    assert stats.accepted_tokens > 0  # the same model agrees with itself


def test_a_draft_with_another_vocabulary_is_left_out_and_the_model_still_replies(
    engine, starter, tmp_path
):
    tiny = write_tiny_model(tmp_path / "tiny-draft.gguf")
    info = engine.load(
        LoadParams(str(starter), n_ctx=1024, speculative="on", draft_model=str(tiny))
    )
    assert "draft_model" not in info.extra
    assert info.extra["draft_model_problem"] == (
        f"tiny-draft.gguf cannot draft for {starter.name}: their vocabularies differ."
    )
    text, stats = reply(engine, QUESTION, SamplingParams(temperature=0.0, max_tokens=48))
    assert "Paris" in text and stats.stop_reason is StopReason.END_OF_TURN


def test_a_draft_that_is_not_a_model_is_left_out(engine, starter, tmp_path):
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"GGUF" + bytes(60))
    info = engine.load(LoadParams(str(starter), n_ctx=1024, draft_model=str(junk)))
    assert info.extra["draft_model_problem"].startswith("Replies are not drafted with junk.gguf.")
    text, stats = reply(engine, QUESTION, SamplingParams(temperature=0.0, max_tokens=48))
    assert "Paris" in text and stats.stop_reason is StopReason.END_OF_TURN


# The draft itself, in this process (as in the engine's: its backends, no AMX weights).


@pytest.fixture(scope="module")
def main_vocab(starter: Path) -> Iterator[object]:
    load_dynamic_backends()
    with amx_weights_off():
        llm = llama_cpp.Llama(str(starter), vocab_only=True, verbose=False)
    yield llm._model.vocab
    llm.close()


@pytest.fixture(scope="module")
def draft(starter: Path, main_vocab: object) -> Iterator[DraftModel]:
    made = DraftModel(
        str(starter),
        main_vocab,
        "main.gguf",
        n_ctx=512,
        n_batch=64,
        n_threads=2,
        extra_buffers=not _amx_built_in(),
        min_probability=0.0,  # propose every token: the test compares whole runs
    )
    yield made
    made.close()


def tokens(draft: DraftModel, text: str) -> list[int]:
    data = text.encode()
    out = (llama_cpp.llama_token * (len(data) + 8))()
    n = llama_cpp.llama_tokenize(draft.vocab, data, len(data), out, len(data) + 8, False, True)
    return list(out[:n])


def test_the_draft_follows_the_history_it_is_given(draft):
    history = tokens(draft, f"<|im_start|>user\n{CODE}<|im_end|>\n<|im_start|>assistant\n")
    first = draft.draft(history, 12)
    assert len(first) == 12
    # Accepting some proposals and asking again continues where the accepted ones end,
    # decoding only what is new (the context keeps the shared prefix).
    again = draft.draft(history + first[:5], 7)
    assert again == first[5:12]
    assert draft.cached == history + first[:5] + again[:-1]
    # A history that differs part-way (another branch) drops the rest and drafts from there.
    other = tokens(draft, "<|im_start|>user\nHello<|im_end|>\n<|im_start|>assistant\n")
    assert len(draft.draft(other, 3)) == 3 and draft.cached[: len(other)] == other
    assert draft.draft(history, 12) == first  # and back: the same proposals


def test_the_draft_respects_its_limits(draft):
    assert draft.draft([], 4) == []
    assert draft.draft([1, 2, 3], 0) == []
    assert draft.draft(list(range(10, 10 + 512)), 4) == []  # the context is full
    assert len(draft.draft(list(range(10, 10 + 510)), 4)) == 2


def test_a_model_with_another_vocabulary_cannot_draft(main_vocab, tmp_path):
    tiny = write_tiny_model(tmp_path / "tiny.gguf")
    with pytest.raises(DraftModelError) as refused:
        DraftModel(
            str(tiny),
            main_vocab,
            "main.gguf",
            n_ctx=256,
            n_batch=64,
            n_threads=1,
            extra_buffers=not _amx_built_in(),
        )
    assert str(refused.value) == "tiny.gguf cannot draft for main.gguf: their vocabularies differ."


def test_a_stop_ends_a_long_decode_between_batches_and_the_next_call_goes_on(draft):
    history = tokens(draft, "<|im_start|>user\n" + CODE * 6)
    assert len(history) > 2 * draft.n_batch
    asked = []

    def stop_after_one_batch() -> bool:
        asked.append(True)
        return len(asked) > 1

    draft.should_stop = stop_after_one_batch
    try:
        assert draft.draft(history, 4) == []
        # Stopped after one batch: what it decoded is kept, the rest was not decoded.
        assert len(asked) == 2 and 0 < len(draft.cached) < len(history)
        assert draft.cached == history[: len(draft.cached)]
    finally:
        draft.should_stop = lambda: False
    assert len(draft.draft(history, 4)) == 4
    assert draft.cached[: len(history)] == history
