"""Times Library.models() over 200 hub models, cold (no state file) and warm.

Usage: .venv/bin/python tests/bench_library.py [out.json]
Prints the timings and, with an argument, writes them as JSON to that path.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ggufgen import write_tiny_model

from desktop.core.models.library import Library

N_MODELS = 200
COMMIT = "c" * 40


def build_cache(root: Path, n: int) -> Path:
    """An HF cache with n repos, each one snapshot link to its own (hardlinked) blob."""
    source = write_tiny_model(root / "tiny.gguf")
    cache = root / "hub"
    for i in range(n):
        repo = cache / f"models--org--model-{i:03d}-GGUF"
        blob = repo / "blobs" / f"{i:064x}"
        blob.parent.mkdir(parents=True)
        os.link(source, blob)
        snapshot = repo / "snapshots" / COMMIT / f"model-{i:03d}-Q4_K_M.gguf"
        snapshot.parent.mkdir(parents=True)
        snapshot.symlink_to(os.path.relpath(blob, snapshot.parent))
        (repo / "refs").mkdir()
        (repo / "refs" / "main").write_text(COMMIT)
    return cache


def timed(library: Library) -> tuple[float, int]:
    start = time.perf_counter()
    count = len(library.models())
    return time.perf_counter() - start, count


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        cache = build_cache(root, N_MODELS)
        state = root / "library.json"
        cold, count = timed(Library(state, cache, starter=None))
        warm_runs = [timed(Library(state, cache, starter=None))[0] for _ in range(5)]
    result = {
        "models": count,
        "cold_seconds": round(cold, 4),
        "warm_seconds": round(min(warm_runs), 4),
        "warm_seconds_median": round(sorted(warm_runs)[len(warm_runs) // 2], 4),
    }
    print(json.dumps(result, indent=2))  # noqa: T201
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text(json.dumps(result, indent=2) + "\n")
    return 0 if count == N_MODELS else 1


if __name__ == "__main__":
    sys.exit(main())
