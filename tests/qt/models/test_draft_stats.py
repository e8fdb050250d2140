"""The reply's stats line says how many drafted tokens were kept, when there were drafts."""

from __future__ import annotations

from desktop.core.types import GenerationStats, StopReason
from desktop.models.chat_model import format_stats


def _stats(drafted: int, kept: int) -> GenerationStats:
    return GenerationStats(
        prompt_tokens=10,
        generated_tokens=42,
        ttft_ms=120.0,
        tokens_per_s=31.0,
        prompt_tokens_per_s=200.0,
        total_ms=1500.0,
        stop_reason=StopReason.END_OF_TURN,
        seed=1,
        chat_format="chatml",
        draft_tokens=drafted,
        accepted_tokens=kept,
    )


def test_drafts_show_the_share_kept() -> None:
    assert format_stats(_stats(35, 25)) == (
        "42 tokens · 31.0 tok/s · drafts 71% kept · first token 120 ms"
    )


def test_no_drafts_no_share() -> None:
    assert format_stats(_stats(0, 0)) == "42 tokens · 31.0 tok/s · first token 120 ms"
