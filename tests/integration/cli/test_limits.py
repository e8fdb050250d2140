"""`hearth chat` and `hearth bench` at their limits, run as real subprocesses: options out of
their declared ranges, an engine that stops answering, a native abort, bytes that are not
UTF-8."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from processes import engine_child, process_gone

from desktop.core import paths

pytestmark = pytest.mark.integration

CPUS = os.cpu_count() or 1


def hearth(*args: str | bytes, stdin: bytes | None = None, **env: str) -> tuple[int, str, str]:
    run = subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        input=stdin,
        env={**os.environ, **env},
        timeout=120,
        check=False,
    )
    return run.returncode, run.stdout.decode(), run.stderr.decode()


CHAT = ("chat", "--model", "starter", "--prompt", "hi", "--max-tokens", "3")
BENCH = ("bench", "--model", "starter", "--runs", "1", "--tokens", "4")


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (
            (*CHAT, "--repeat-last-n", "99999999999"),
            "repeat window must be -1 (the whole context), 0 (off), or between 1 and 16,777,216",
        ),
        ((*CHAT, "--threads", "600"), f"threads must be between 1 and {CPUS}"),
        ((*CHAT, "--top-p", "2"), "top-p must be above 0 and at most 1"),
        ((*CHAT, "--top-k", "99999999999"), "top-k must be between 0 and 1,048,576"),
        ((*CHAT, "--max-tokens", "0"), "max tokens must be between 1 and 16,777,216"),
        ((*CHAT, "--seed", "4294967296"), "seed must be between 0 and 4,294,967,295"),
        ((*CHAT, "--temperature", "nan"), "temperature must be between 0 and 5"),
        ((*CHAT, "--min-p", "inf"), "min-p must be between 0 and 1"),
        ((*CHAT, "--gpu-layers", "-2"), "GPU layers must be -1 (every layer), or between 0"),
        ((*CHAT, "--ctx", "8"), "context must be 0 (the model's own length), or between 16"),
        (
            (*CHAT, "--ctx", "100000"),
            "--ctx 100000 is more than this model's trained context of 8,192 tokens",
        ),
        ((*CHAT, "--top-k", "lots"), "'lots' is not a whole number"),
        ((*BENCH, "--threads", "600"), f"threads must be between 1 and {CPUS}"),
        ((*BENCH, "--ctx", "100000"), "trained context of 8,192 tokens"),
        ((*BENCH, "--runs", "0"), "runs must be between 1 and 100"),
        ((*BENCH, "--tokens", "99999999"), "tokens must be between 2 and 4,096"),
    ],
    ids=lambda v: " ".join(v[-2:]) if isinstance(v, tuple) else None,
)
def test_out_of_range_options_exit_2_with_one_sentence(args: tuple[str, ...], sentence: str):
    code, out, err = hearth(*args)
    assert code == 2, err
    assert sentence in err
    assert err.startswith("hearth: ") and err.count("\n") == 1  # one sentence, one line
    assert out == "" and "Traceback" not in err


def test_the_highest_allowed_values_are_accepted(tiny_model: Path):
    code, _, err = hearth(
        "chat", "--model", str(tiny_model), "--prompt", "hi", "--ctx", "512",
        "--threads", str(CPUS), "--top-p", "1", "--top-k", str(1 << 20), "--max-tokens", "4",
        "--repeat-last-n", str(1 << 24), "--seed", str(2**32 - 1), "--temperature", "5",
    )  # fmt: skip
    assert code == 0, err


def test_engine_stopped_mid_reply_ends_the_chat_with_a_sentence():
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "chat", "--model", "starter", "--max-tokens", "2000",
         "--prompt", "Write a very long story about a lighthouse."],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        env={**os.environ, "HEARTH_ENGINE_WATCHDOG_S": "2"},
    )  # fmt: skip
    assert proc.stdout is not None
    try:
        first = proc.stdout.read(10)  # the reply is streaming
        child = engine_child(proc.pid)
        os.kill(child, signal.SIGSTOP)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:  # the fault: hearth waits for ever on a stopped engine
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 4, err
    assert err == (
        "hearth: The engine stopped responding for 2 s while answering and was ended. What "
        "was written so far is kept; the engine starts again with the next request.\n"
    )
    assert len(first) == 10 and out.endswith("\n")  # what was written stays, its line ended
    assert process_gone(child)  # killed and reaped


def test_a_native_abort_shows_one_sentence_and_keeps_ggmls_output_in_the_log(tiny_model):
    args = ("chat", "--model", str(tiny_model), "--ctx", "512", "--prompt", "hi")
    code, out, err = hearth(*args, HEARTH_FAULT_GGML_ABORT="1")
    assert code == 4
    assert err == (
        "hearth: The engine stopped unexpectedly: it aborted inside llama.cpp (SIGABRT). What "
        "was written so far is kept; the engine starts again with the next request.\n"
    )
    assert "GGML" not in out
    logs = sorted(paths.log_dir().glob("engine-*.log"))
    assert len(logs) == 1 and "GGML_ASSERT(test fault) failed" in logs[0].read_text()
    # --debug shows the engine's output in the error's details: nothing is lost.
    code, _, err = hearth("--debug", *args, HEARTH_FAULT_GGML_ABORT="1")
    assert code == 4 and "GGML_ASSERT(test fault) failed" in err


def test_a_prompt_with_bytes_that_are_not_utf8_is_answered_and_said(tiny_model: Path):
    code, out, err = hearth(
        "chat", "--model", str(tiny_model), "--ctx", "512", "--max-tokens", "3",
        "--prompt", b"caf\xe9 \xff hello", "--system", b"be terse\xfe",
    )  # fmt: skip
    assert code == 0, err
    assert err.splitlines() == [
        "hearth: the system prompt had 1 byte that is not UTF-8 text; each was replaced with "
        "U+FFFD (\ufffd).",
        "hearth: the prompt had 2 bytes that are not UTF-8 text; each was replaced with U+FFFD "
        "(\ufffd).",
    ]
    assert out.strip()


def test_an_interactive_line_with_bytes_that_are_not_utf8_is_answered_and_said(tiny_model):
    code, _, err = hearth(
        "chat", "--model", str(tiny_model), "--ctx", "512", "--max-tokens", "3", "--stats",
        stdin=b"\xff hello\nworld\n\n",
    )  # fmt: skip
    assert code == 0, err
    assert "hearth: your message had 1 byte that is not UTF-8 text" in err
    assert len(re.findall(r"\[prompt \d+ tokens", err)) == 2  # both lines were answered
    assert "codec" not in err
