"""`hearth chat --draft-model`: the draft loads with the model, or the reply comes without it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from ggufgen import write_tiny_model

pytestmark = pytest.mark.integration

ASK = ("--prompt", "What is the capital of France?", "--temperature", "0", "--max-tokens", "40")


def hearth(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_the_starter_as_its_own_draft_gives_the_same_reply():
    plain = hearth("chat", "--model", "starter", "--speculative", "off", *ASK)
    drafted = hearth(
        "chat", "--model", "starter", "--speculative", "on", "--draft-model", "starter", *ASK
    )
    assert plain.returncode == 0 and drafted.returncode == 0, drafted.stderr
    assert "Paris" in drafted.stdout and drafted.stdout == plain.stdout
    assert "hearth:" not in drafted.stderr  # no notice: the draft is in use


def test_a_draft_with_another_vocabulary_is_a_notice_and_the_reply_comes(tmp_path):
    tiny = write_tiny_model(tmp_path / "tiny.gguf")
    run = hearth("chat", "--model", "starter", "--draft-model", str(tiny), *ASK)
    assert run.returncode == 0, run.stderr
    assert "Paris" in run.stdout
    assert "hearth: tiny.gguf cannot draft for SmolLM2-135M-Instruct.Q4_1.gguf: their " in (
        run.stderr
    )


def test_a_missing_draft_file_is_refused_before_the_load(tmp_path):
    run = hearth("chat", "--model", "starter", "--draft-model", str(tmp_path / "no.gguf"), *ASK)
    assert run.returncode == 3
    assert "There is no model file at" in run.stderr and not run.stdout
