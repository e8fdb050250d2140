"""T11, closing: the app exits when its window closes while a hub call is stuck in a read.

A real process builds the app offscreen and searches a hub that accepts the connection and
never answers; its hub read timeout is an hour, far beyond how long this test waits for it
to exit, so the exit cannot come from the call timing out.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hubserver import HubServer

CHILD = Path(__file__).resolve().parents[2] / "hub_search_child.py"
EXIT_BOUND = 60  # seconds; the child's hub read timeout is 3600


def test_the_app_exits_when_closed_while_a_hub_search_hangs(local_network_only) -> None:
    with HubServer() as hub:
        hub.faults.hang = "silent"
        env = {**os.environ, "HF_ENDPOINT": hub.url, "QT_QPA_PLATFORM": "offscreen"}
        child = subprocess.Popen(
            [sys.executable, str(CHILD)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            assert child.stdout is not None
            assert child.stdout.readline() == "searching\n", child.stderr
            assert hub.hanging.wait(60), "the search never reached the hub"
            try:
                out, err = child.communicate("close\n", timeout=EXIT_BOUND)
            except subprocess.TimeoutExpired:
                pytest.fail("the process did not exit after its window closed")
        finally:
            if child.poll() is None:
                child.kill()
                child.communicate()
    assert child.returncode == 0, err
    assert out == "closed\n"
