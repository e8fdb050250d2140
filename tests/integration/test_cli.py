"""The `hearth` command line, run as a real subprocess."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from ggufgen import phi3_spec, write_tiny_model

pytestmark = pytest.mark.integration


def hearth(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        check=False,
    )


def test_chat_streams_a_reply_and_same_seed_repeats_it():
    args = (
        "chat",
        "--model",
        "starter",
        "--prompt",
        "Write a haiku about ice hockey",
        "--temperature",
        "1.0",
        "--top-p",
        "1",
        "--repeat-penalty",
        "1.2",
        "--repeat-last-n",
        "64",
        "--max-tokens",
        "100",
        "--seed",
        "11",
    )
    first, second = hearth(*args), hearth(*args)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip()
    assert first.stdout == second.stdout
    assert "Traceback" not in first.stderr


def test_stats_go_to_stderr_only():
    run = hearth(
        "chat",
        "--model",
        "starter",
        "--prompt",
        "Say hi.",
        "--max-tokens",
        "20",
        "--seed",
        "1",
        "--stats",
    )
    assert run.returncode == 0, run.stderr
    assert "tok/s" in run.stderr and "stop:" in run.stderr and "seed 1" in run.stderr
    assert "tok/s" not in run.stdout


def test_seed_reference_run_stops_at_phi3_end_token(tmp_path: Path):
    # The seed tutorial's command, on a tiny model with Phi-3-mini's template and tokens
    # that always predicts <|end|>: the reply must end there, with end-of-turn.
    model = write_tiny_model(
        tmp_path / "Phi-3-mini-4k-instruct-q4.gguf", replace(phi3_spec(), always="<|end|>")
    )
    run = hearth(
        "chat",
        "--model",
        str(model),
        "--temperature",
        "1.0",
        "--repeat-penalty",
        "1.2",
        "--repeat-last-n",
        "64",
        "--max-tokens",
        "100",
        "--prompt",
        "Write a haiku about ice hockey",
        "--stats",
    )
    assert run.returncode == 0, run.stderr
    assert "stop: end_of_turn" in run.stderr
    assert "<|end|>" not in run.stdout


def test_interactive_chat_keeps_the_conversation(tiny_model: Path):
    run = hearth(
        "chat",
        "--model",
        str(tiny_model),
        "--ctx",
        "512",
        "--max-tokens",
        "5",
        "--temperature",
        "0",
        "--stats",
        stdin="hello\nworld\n\n",
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr.count("> ") == 3  # two messages, then the empty line that ends it
    prompts = [int(n) for n in re.findall(r"\[prompt (\d+) tokens", run.stderr)]
    assert len(prompts) == 2
    assert prompts[1] > prompts[0] + 5  # the second turn carries the first one and its reply


def test_usage_errors_exit_2():
    assert hearth("chat", "--prompt", "hi").returncode == 2
    run = hearth("chat", "--model", "starter", "--prompt", "hi", "--temperature", "9")
    assert run.returncode == 2
    assert "temperature must be between 0 and 5" in run.stderr
    assert hearth("no-such-command").returncode == 2


def test_refused_file_exits_3_with_one_sentence(tmp_path: Path):
    bad = tmp_path / "model.gguf"
    bad.write_bytes(b"not a model at all")
    run = hearth("chat", "--model", str(bad), "--prompt", "hi")
    assert run.returncode == 3
    assert run.stderr.count("\n") == 1 and "not a GGUF model" in run.stderr
    assert "Traceback" not in run.stderr
    missing = hearth("chat", "--model", str(tmp_path / "nope.gguf"), "--prompt", "hi")
    assert missing.returncode == 3 and "no model file" in missing.stderr
    debug = hearth("--debug", "chat", "--model", str(bad), "--prompt", "hi")
    assert debug.returncode == 3 and "Traceback" in debug.stderr


def test_engine_failure_exits_4(tmp_path: Path):
    # A valid header whose tensors do not match its head count: llama.cpp refuses the load.
    from ggufgen import TinySpec

    model = write_tiny_model(tmp_path / "bad.gguf", TinySpec(n_head=3))
    run = hearth("chat", "--model", str(model), "--prompt", "hi")
    assert run.returncode == 4
    assert run.stderr.startswith("hearth: The model could not be loaded")
    assert "Traceback" not in run.stderr


def test_doctor_reports_the_build_and_a_file(starter: Path):
    run = hearth("doctor", "--json", "starter")
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["gpu_offload"] is False  # this machine's engine build is CPU-only
    assert "CPU" in report["system_info"]
    assert report["file"]["verdict"] == "ok"
    assert report["file"]["quantization"] == "Q4_1"
    assert report["file"]["chat_template"] is True
    text = hearth("doctor", str(starter))
    assert text.returncode == 0 and "accepted" in text.stdout and "GPU offload" in text.stdout


def test_ctrl_c_stops_the_reply_and_leaves_no_engine_behind():
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "chat", "--model", "starter", "--max-tokens", "2000",
         "--stats", "--prompt", "Write a very long story about a lighthouse."],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip
    assert proc.stdout is not None
    first = proc.stdout.read(10)  # the reply has started streaming
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert len(first + out) > 10
    assert "stop: stopped_by_user" in err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    ps = subprocess.run(
        ["ps", "-o", "stat=,args=", "-s", str(proc.pid)],
        capture_output=True,
        text=True,
        check=False,
    )
    # Zombies are exited processes waiting for this sandbox's init to reap them.
    running = [line for line in ps.stdout.splitlines() if not line.lstrip().startswith("Z")]
    assert running == []  # the engine process ended with the CLI
