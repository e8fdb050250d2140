"""Shared pieces of the history tests: a clock that moves, stats and repro to store, and
short ways to write a reply."""

from __future__ import annotations

from desktop.core.history import Repro
from desktop.core.types import GenerationStats, SamplingParams, StopReason


class Clock:
    """A clock that moves a millisecond per reading, and jumps when told."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        self.now += 0.001
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


STATS = GenerationStats(
    prompt_tokens=12,
    generated_tokens=34,
    ttft_ms=56.5,
    tokens_per_s=78.25,
    prompt_tokens_per_s=900.0,
    total_ms=1234.5,
    stop_reason=StopReason.END_OF_TURN,
    seed=42,
    chat_format="chatml",
    cached_tokens=3,
)
REPRO = Repro(
    model_name="SmolLM2-135M-Instruct",
    model_path="/models/smollm2.gguf",
    model_sha256="ab" * 32,
    sampling=SamplingParams(temperature=0.3, top_p=None, seed=7, stop=("</s>", "\n\n")),
    seed=7,
    chat_template_sha256="cd" * 32,
)


def contents(messages) -> list[str]:
    return [message.content for message in messages]


def reply(store, conversation_id, parent_id, text, status="complete", stats=None, repro=None):
    message_id = store.begin_reply(conversation_id, parent_id, repro=repro)
    return store.finish_reply(message_id, text, status, stats)
