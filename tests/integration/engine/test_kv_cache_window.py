"""The conversation cache on a sliding-window model (Gemma 3, a 512-token window): a reopened
conversation restores after a restart, and a branch from further back than the window
prefills anew instead of attending to cells the saved state no longer holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.types import LoadParams, Message, SamplingParams
from desktop.engine.client import EngineClient

pytestmark = pytest.mark.integration

GREEDY = SamplingParams(temperature=0.0, max_tokens=12)
_WORDS = "the keeper lit the lamp while ships passed the rocks below in the storm".split()


def _long_conversation() -> list[Message]:
    """About 1,000 tokens, well past the model's 512-token window."""
    messages = [Message("system", "You write about lighthouses.")]
    for turn in range(8):
        words = " ".join(_WORDS[(turn + i) % len(_WORDS)] for i in range(60))
        messages += [Message("user", f"Part {turn}: {words}."), Message("assistant", "Noted.")]
    return [*messages, Message("user", "Sum it up.")]


def _engine(gemma: Path, budget: int | None = None) -> EngineClient:
    client = EngineClient()
    if budget is not None:
        client.set_kv_budget(budget)
    client.start()
    client.load(LoadParams(str(gemma), n_ctx=2048, speculative="off"))
    return client


def test_a_window_model_restores_and_a_far_branch_prefills_anew(gemma_path: Path) -> None:
    conversation = _long_conversation()
    branch = [conversation[0], Message("user", "Part 0: a different start."), conversation[-1]]
    cold = _engine(gemma_path, budget=0)
    try:
        expected = cold.chat(branch, GREEDY, conversation="9")
        expected.wait()
    finally:
        cold.shutdown()

    first = _engine(gemma_path)
    try:
        reply = first.chat(conversation, GREEDY, conversation="9")
        reply.wait()
    finally:
        first.shutdown()  # the state is saved before the engine ends
    reopened = _engine(gemma_path)
    try:
        follow_up = [*conversation, Message("assistant", reply.text), Message("user", "More.")]
        stats = reopened.chat(follow_up, GREEDY, conversation="9").wait()
        assert stats.restored_tokens > 512  # the window model's state did come back
        # Now a branch that shares only the system prompt: the restored cells before the
        # window are gone, so it must be prefilled from the start.
        far = reopened.chat(branch, GREEDY, conversation="9")
        far_stats = far.wait()
    finally:
        reopened.shutdown()
    assert far_stats.cached_tokens == 0
    assert far.text == expected.text
