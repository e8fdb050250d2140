"""`hearth` takes the KV cache types and speculative decoding from the declared choices:
--cache-type-k, --cache-type-v and --speculative reach LoadParams, a wrong word is a usage
error, a chat replies with a quantized cache, and `doctor` says what context each type buys."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop.cli import _load_params, build_parser

pytestmark = pytest.mark.integration


def hearth(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_the_options_reach_the_load_params() -> None:
    parser = build_parser()
    args = parser.parse_args(["chat", "--model", "starter"])
    params = _load_params(args)
    assert (params.type_k, params.type_v, params.speculative) == ("f16", "f16", "auto")
    args = parser.parse_args(
        ["chat", "--model", "starter", "--cache-type-k", "q8_0", "--cache-type-v", "q4_0",
         "--speculative", "off"]
    )  # fmt: skip
    params = _load_params(args)
    assert (params.type_k, params.type_v, params.speculative) == ("q8_0", "q4_0", "off")
    # Every command that loads a model takes them.
    for command in ("serve", "bench"):
        assert parser.parse_args([command, "--cache-type-k", "q4_0"]).type_k == "q4_0"


def test_a_type_llama_cpp_is_not_offered_is_a_usage_error() -> None:
    run = hearth("chat", "--model", "starter", "--cache-type-v", "q2_k", "--prompt", "hi")
    assert run.returncode == 2
    assert "--cache-type-v" in run.stderr and "q8_0" in run.stderr


def test_a_chat_replies_with_a_quantized_cache() -> None:
    run = hearth(
        "chat", "--model", "starter", "--cache-type-k", "q8_0", "--cache-type-v", "q4_0",
        "--temperature", "0", "--max-tokens", "24", "--prompt", "What is the capital of France?",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "Paris" in run.stdout


def test_doctor_says_what_context_each_type_buys() -> None:
    run = hearth("doctor", "--json", "starter")
    assert run.returncode == 0, run.stderr
    by_type = dict(json.loads(run.stdout)["file"]["fit"]["kv_contexts"])
    assert list(by_type) == ["f16", "q8_0", "q4_0"]
    assert 0 < by_type["f16"] <= by_type["q8_0"] <= by_type["q4_0"] <= 8192
    text = hearth("doctor", "starter")
    assert text.returncode == 0, text.stderr
    assert f"largest context per KV cache type: f16 {by_type['f16']:,}" in text.stdout
