"""Downloads in their own processes: killed at random moments, a full disk, two at once."""

from __future__ import annotations

import hashlib
import json
import random
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hubserver import HubServer

from desktop.core.models.hf_cache import cached_file, repo_folder
from desktop.core.models.partials import partial_downloads

CHILD = Path(__file__).resolve().parents[3] / "download_child.py"
REPO = "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF"
FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"

pytestmark = pytest.mark.usefixtures("local_network_only")


@pytest.fixture
def hub(starter: Path) -> Iterator[HubServer]:
    with HubServer() as server:
        server.add_repo(REPO, {FILE: starter})
        yield server


class Child:
    """A download_child.py process whose JSON lines are read as they come."""

    def __init__(self, hub: HubServer, cache: Path, state: Path, *extra: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), hub.url, REPO, FILE, str(cache), str(state), *extra],
            stdout=subprocess.PIPE,
            text=True,
        )

    def lines(self) -> Iterator[dict[str, Any]]:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            yield json.loads(line)

    def until(self, predicate: Any) -> dict[str, Any]:
        for event in self.lines():
            if predicate(event):
                return event
        raise AssertionError(f"the child ended first (exit {self.proc.wait()})")

    def finish(self) -> dict[str, Any]:
        events = list(self.lines())
        assert self.proc.wait(60) in (0, 1)
        return events[-1]

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)
        assert self.proc.stdout is not None
        self.proc.stdout.close()


def only_partial_in_cache(cache: Path) -> bool:
    blobs = [p for p in repo_folder(cache, REPO).glob("blobs/*")]
    return all(p.name.endswith(".incomplete") for p in blobs)


def test_killed_at_ten_random_moments_then_completes_verified(
    hub: HubServer, tmp_path: Path, starter: Path
) -> None:
    cache, state = tmp_path / "hub", tmp_path / "state"
    size = starter.stat().st_size
    hub.rate = 60e6  # about 1.6 s for the whole file, so each kill lands mid-stream
    rng = random.Random(20261122)
    targets = sorted(rng.randrange(size // 20, size - size // 20) for _ in range(10))
    for target in targets:
        child = Child(hub, cache, state)
        event = child.until(lambda e, t=target: e["kind"] != "progress" or e["done"] >= t)
        assert event["kind"] == "progress", f"finished before byte {target}: {event}"
        child.kill()
        # Never listed before verified: nothing in the snapshot, only the partial in blobs.
        assert cached_file(cache, REPO, FILE) is None
        assert only_partial_in_cache(cache)
        (partial,) = partial_downloads(state, cache)
        assert 0 < partial.done <= size
    hub.rate = None
    final = Child(hub, cache, state).finish()
    assert final["kind"] == "done", final
    digest = hashlib.sha256(starter.read_bytes()).hexdigest()
    assert final["sha256"] == digest
    assert hashlib.sha256(Path(final["path"]).read_bytes()).hexdigest() == digest
    assert partial_downloads(state, cache) == []
    refetched = hub.body_bytes - size
    # Each interruption may cost up to one checkpoint (2% of the file) plus what was in
    # flight when the process died; the goal is at most 5% per interruption.
    assert refetched / len(targets) <= 0.05 * size, f"{refetched} bytes fetched twice"


def test_a_full_disk_stops_with_a_sentence_and_keeps_the_partial(
    hub: HubServer, tmp_path: Path, starter: Path
) -> None:
    cache, state = tmp_path / "hub", tmp_path / "state"
    limit = 20_000_000  # files may not grow past 20 MB: writes then fail like a full disk
    result = Child(hub, cache, state, "--fsize", str(limit)).finish()
    assert result["kind"] == "error"
    assert result["reason"] == "disk_full"
    assert "full" in result["message"] and "resume" in result["message"]
    (partial,) = partial_downloads(state, cache)
    assert 0 < partial.done <= limit
    assert cached_file(cache, REPO, FILE) is None

    again = Child(hub, cache, state).finish()  # space freed: it resumes and completes
    assert again["kind"] == "done"
    assert again["sha256"] == hashlib.sha256(starter.read_bytes()).hexdigest()
    assert hub.requests_to("/lfs/", "GET")[-1].range == f"bytes={partial.done}-"


def test_two_downloads_of_one_file_at_once_fetch_it_once(
    hub: HubServer, tmp_path: Path, starter: Path
) -> None:
    cache, state_a, state_b = tmp_path / "hub", tmp_path / "a", tmp_path / "b"
    hub.faults.stall_after = 10_000_000
    hub.faults.stall_timeout = 60.0
    first = Child(hub, cache, state_a)
    first.until(lambda e: e["kind"] == "progress" and e["phase"] == "downloading")
    second = Child(hub, cache, state_b)
    waiting = second.until(lambda e: e["kind"] != "progress" or e["phase"] == "waiting")
    assert waiting["phase"] == "waiting" and "Another download" in waiting["note"]
    hub.release()
    done_a, done_b = first.finish(), second.finish()
    assert done_a["kind"] == done_b["kind"] == "done"
    assert done_a["path"] == done_b["path"]
    digest = hashlib.sha256(starter.read_bytes()).hexdigest()
    assert done_a["sha256"] == done_b["sha256"] == digest
    assert len(hub.requests_to("/lfs/", "GET")) == 1
    assert hub.body_bytes == starter.stat().st_size
