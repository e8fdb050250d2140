"""The engine benchmark's prompts (real vocabulary of a tiny GGUF) and its statistics."""

from __future__ import annotations

import math
from pathlib import Path

from desktop.bench import llama, prompts
from desktop.bench.report import format_table, percentile, ratio


def test_prompts_fill_the_target_and_never_share_a_first_word(tiny_model: Path):
    tok = llama.Tokenizer(str(tiny_model))
    try:
        built = [prompts.build_prompt(tok.tokenize, 64, r) for r in range(len(prompts.PARAGRAPHS))]
        for text, tokens in built:
            assert 0 < len(tokens) <= 64 and tokens == tok.tokenize(text)
            # The longest whole-word prefix: one more word of the prose passes the target.
            words = text.split()
            prose = " ".join(" ".join(prompts.PARAGRAPHS * 2).split())
            following = prose[prose.index(" ".join(words)) :].split()[len(words)]
            assert len(tok.tokenize(text + " " + following)) > 64
        stop_tokens = tok.tokenize(prompts.STOP_PROMPT)
    finally:
        tok.close()
    firsts = {text.split()[0] for text, _ in built}
    # No round shares a cached prefix with another, nor with the stop trials' prompt.
    assert len(firsts) == len(built) and prompts.STOP_PROMPT.split()[0] not in firsts
    assert stop_tokens


def test_percentile_is_an_observed_value_and_ratios_refuse_nan():
    assert percentile([3.0, 1.0, 2.0, 10.0], 50) == 2.0
    assert percentile([3.0, 1.0, 2.0, 10.0], 95) == 10.0
    assert math.isnan(percentile([], 50))
    assert ratio(6.0, 3.0) == 2.0
    assert math.isnan(ratio(1.0, 0.0)) and math.isnan(ratio(float("nan"), 1.0))


def test_table_names_the_app_path_and_marks_missing_figures():
    table = format_table(
        {
            "decode_tps": 50.0,
            "decode_tps_baseline": 40.0,
            "decode_tps_limit": float("nan"),
            "settings": {"model_name": "m.gguf", "n_generate": 16, "app_path": "the app path"},
        }
    )
    lines = table.splitlines()
    decode = next(line for line in lines if line.startswith("decode tok/s"))
    assert decode.split("|")[4].strip() == "1.25" and decode.split("|")[3].strip() == "-"
    assert "app = the app path;" in table and "model m.gguf" in table
