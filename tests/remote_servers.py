"""llama-cpp-python's own OpenAI server on 127.0.0.1 with the starter (tests/llama_server.py),
as a context manager for module-scoped fixtures: started, waited for, terminated, reaped."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

HELPER = Path(__file__).resolve().parent / "llama_server.py"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def llama_server(model: Path, n_ctx: int = 2048) -> Iterator[str]:
    """The server's base URL (…/v1) once it lists its model."""
    port = free_port()
    args = [sys.executable, str(HELPER), "--model", str(model), "--n_ctx", str(n_ctx)]
    proc = subprocess.Popen(
        [*args, "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                if httpx.get(f"{base}/models", timeout=1.0).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("llama_cpp.server did not start in 60 s")
            try:  # the pause between tries is a wait on the process: it may have died
                code = proc.wait(timeout=0.1)
                raise RuntimeError(f"llama_cpp.server exited with {code}")
            except subprocess.TimeoutExpired:
                pass
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
