"""`hearth serve` as a real subprocess: it serves the starter, and Ctrl-C stops it cleanly."""

from __future__ import annotations

import selectors
import signal
import subprocess
import sys
import threading

import httpx
import openai
import psutil
import pytest

from desktop import cli
from desktop.api.serve import ApiServer
from desktop.engine.session import EngineSession

pytestmark = pytest.mark.integration

WAIT_S = 120.0
ORIGIN = "http://app.example"


def test_serve_answers_and_stops_on_ctrl_c():
    proc = subprocess.Popen(
        [
            *[sys.executable, "-m", "desktop", "serve", "--port", "0", "--api-key-stdin"],
            *["--max-waiting", "4", "--cors-origin", ORIGIN, "--cors-origin", "http://b.example"],
        ],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdin is not None and proc.stderr is not None
        proc.stdin.write("sekret\n")
        proc.stdin.close()
        line = _line_with(proc, "serving ")
        url = line.split(" on ", 1)[1].split(";", 1)[0]
        children = psutil.Process(proc.pid).children(recursive=True)
        assert children, "the engine runs in a child process"
        with openai.OpenAI(base_url=url, api_key="sekret", timeout=WAIT_S, max_retries=0) as c:
            model = c.models.list().data[0].id
            reply = c.chat.completions.create(
                model=model, messages=[{"role": "user", "content": "Hi"}], max_tokens=4
            )
            assert reply.choices[0].message.content
        # --cors-origin: a browser page from that origin may call the API, others may not.
        preflight = {"Access-Control-Request-Method": "POST"}
        listed = httpx.options(
            f"{url}/chat/completions", headers={**preflight, "Origin": ORIGIN}, timeout=WAIT_S
        )
        assert listed.headers["access-control-allow-origin"] == ORIGIN
        other = httpx.options(
            f"{url}/chat/completions",
            headers={**preflight, "Origin": "http://evil.example"},
            timeout=WAIT_S,
        )
        assert "access-control-allow-origin" not in other.headers
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=WAIT_S) == 0
        _, alive = psutil.wait_procs(children, timeout=WAIT_S)
        assert not alive, "the engine process was not reaped"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=WAIT_S)
        if proc.stderr is not None:
            proc.stderr.close()


def _line_with(proc: subprocess.Popen[str], text: str) -> str:
    """The first stderr line containing text (each wait is limited)."""
    assert proc.stderr is not None
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stderr, selectors.EVENT_READ)
        while True:
            assert selector.select(WAIT_S), f"no {text!r} on stderr in time"
            line = proc.stderr.readline()
            assert line, f"hearth serve ended before saying {text!r}"
            if text in line:
                return line.strip()


def test_serve_refuses_a_public_bind_without_a_key():
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "serve", "--host", "0.0.0.0", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=WAIT_S,
        check=False,
    )
    assert run.returncode == 2
    assert "set an API key" in run.stderr and "Traceback" not in run.stderr


def test_serve_options_reach_the_server():
    args = cli.build_parser().parse_args(
        ["serve", "--max-waiting", "3", "--cors-origin", "http://a.example", "--cors-origin", "b"]
    )
    assert args.max_waiting == 3 and args.cors_origin == ["http://a.example", "b"]
    defaults = cli.build_parser().parse_args(["serve"])
    assert defaults.max_waiting == 16 and defaults.cors_origin == []


def test_a_refused_value_leaves_no_thread_behind():
    session = EngineSession()  # never loaded: the server refuses before it would use it
    try:
        with pytest.raises(ValueError, match="not a web origin"):
            ApiServer(session, "model", port=0, cors_origins=["app.example"])
        assert not [t for t in threading.enumerate() if t.name.startswith("hearth-api")]
    finally:
        session.close()
