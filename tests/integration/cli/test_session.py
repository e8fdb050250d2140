"""`hearth chat` with the window's policies (EngineSession), run as a real subprocess on the
starter model: a conversation longer than the context, a GPU load that kills the engine."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from desktop.core import paths

pytestmark = pytest.mark.integration

TRIMMED = re.compile(
    r"hearth: The conversation is longer than the model's context \(512 tokens\): the "
    r"oldest (\d+) messages were left out of this reply\. The system prompt was kept\.$",
    re.MULTILINE,
)


def hearth(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={**os.environ, **env},
        timeout=180,
        check=False,
    )


def test_a_conversation_longer_than_the_context_is_trimmed_with_a_notice():
    line = "Tell me one more thing about ice hockey and its rules. " * 12  # ~150 tokens
    run = hearth(
        "chat",
        "--model",
        "starter",
        "--ctx",
        "512",
        "--max-tokens",
        "8",
        "--temperature",
        "0",
        "--system",
        "You are terse.",
        stdin=f"{line}\n" * 5,
    )
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    dropped = [int(n) for n in TRIMMED.findall(run.stderr)]
    assert dropped, run.stderr  # later turns were trimmed, and the person told so
    assert all(n >= 2 and n % 2 == 0 for n in dropped)  # whole turns
    assert dropped == sorted(dropped)  # the conversation grows: more is left out each turn
    assert "context holds" not in run.stderr  # no turn was refused
    assert run.stderr.count("> ") == 6  # five replies, then the end of input
    assert len([ln for ln in run.stdout.splitlines() if ln.strip()]) >= 5  # every turn answered


def test_a_gpu_load_that_kills_the_engine_falls_back_to_the_cpu_with_a_notice():
    run = hearth(
        "chat",
        "--model",
        "starter",
        "--gpu-layers",
        "4",
        "--ctx",
        "1024",
        "--prompt",
        "Say hi.",
        "--max-tokens",
        "8",
        "--seed",
        "1",
        HEARTH_FAULT_GPU_LOAD="1",
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip()  # the CPU engine answered
    notice = next(ln for ln in run.stderr.splitlines() if "GPU" in ln)
    assert notice.startswith("hearth: Loading on the GPU failed: the engine aborted inside")
    assert "What was written so far" not in notice  # a crash sentence about a reply
    assert notice.endswith("Hearth runs the model on the CPU instead, with a 1,024-token context.")
    # The load taught the fit's calibration, as the window's loads do.
    recorded = json.loads(paths.fit_calibration_file().read_text())
    assert recorded and all(isinstance(v, list) and v for v in recorded.values())
