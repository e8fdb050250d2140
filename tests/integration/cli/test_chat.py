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
    engine = report["engine"]
    assert engine["gpu_offload"] is False  # this machine's engine build is CPU-only
    assert engine["backends"] == ["CPU"] and [d["kind"] for d in engine["devices"]] == ["cpu"]
    assert "CPU" in engine["system_info"]
    assert report["machine"]["gpus"] == [] and report["machine"]["ram_total"] > 0
    assert {p["name"] for p in report["machine"]["probes"]} >= {"nvidia-smi", "vulkaninfo"}
    assert report["advice"] is None  # no GPU here, so nothing is left unused
    assert report["file"]["verdict"] == "ok"
    assert report["file"]["quantization"] == "Q4_1"
    assert report["file"]["chat_template"] is True
    plan = report["file"]["fit"]
    assert (plan["verdict"], plan["n_gpu_layers"], plan["n_layers"]) == ("cpu", 0, 30)
    assert plan["max_context"] == 8192  # the starter's trained length, all of it in RAM
    text = hearth("doctor", str(starter))
    assert text.returncode == 0 and "accepted" in text.stdout and "GPU offload" in text.stdout
    assert "fit: Fits in RAM with a 4,096-token context" in text.stdout
    assert "GPU: none found" in text.stdout


def test_doctor_says_when_the_engine_cannot_use_the_gpu_it_found(tmp_path: Path):
    # An NVIDIA GPU as a real nvidia-smi reported it (a recorded output), with this
    # machine's CPU-only engine: doctor must say the GPU goes unused and how to fix it.
    sample = Path(__file__).resolve().parents[2] / "data" / "hardware"
    recorded = sample / "nvidia_smi_query_gpu_allfields_csv_units_1gpu_rtx4080super.txt"
    body = "\n".join(ln for ln in recorded.read_text().splitlines() if not ln.startswith("#"))
    tool = tmp_path / "nvidia-smi"
    tool.write_text(f"#!/bin/sh\ncat <<'EOF'\n{body}\nEOF\n")
    tool.chmod(0o755)
    env = {**os.environ, "PATH": f"{tmp_path}:{os.environ['PATH']}"}
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "doctor"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "GPU: NVIDIA GeForce RTX 4080 SUPER" in run.stdout
    assert "CPU-only build" in run.stdout and "-DGGML_CUDA=on" in run.stdout


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


def test_a_thought_goes_to_stderr_and_think_off_closes_it(starter, tmp_path):
    from retemplate import with_template

    template = Path(__file__).parents[2] / "data" / "chat_formats" / "Qwen-QwQ-32B.jinja"
    model = with_template(starter, template.read_text("utf-8"), tmp_path / "qwq.gguf")
    ask = ("chat", "--model", str(model), "--prompt", "Hi", "--temperature", "0")
    thinking = hearth(*ask, "--max-tokens", "8")
    assert thinking.returncode == 0, thinking.stderr
    # QwQ's template opens the thought: all the starter writes is thought, on stderr.
    assert thinking.stdout.strip() == ""
    assert "Thinking: " in thinking.stderr
    answer = hearth(*ask, "--max-tokens", "8", "--think", "off")
    assert answer.returncode == 0, answer.stderr
    assert answer.stdout.strip() and "Thinking: " not in answer.stderr
