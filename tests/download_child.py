"""Runs one download_file in its own process, printing each progress as a JSON line.

Tests kill it at chosen moments, limit its file size (a full disk), or run two at once.
Usage: python download_child.py ENDPOINT REPO FILE CACHE STATE [--fsize BYTES]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import signal
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    for name in ("endpoint", "repo", "file", "cache", "state"):
        parser.add_argument(name)
    parser.add_argument("--fsize", type=int, default=None)
    args = parser.parse_args()
    if args.fsize is not None:
        # Writing past the limit fails with EFBIG, as a full disk fails with ENOSPC.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (args.fsize, args.fsize))

    from desktop.core.hub import HubClient
    from desktop.core.models.transfer import DownloadError, DownloadOptions, download_file

    def emit(kind: str, **fields: object) -> None:
        sys.stdout.write(json.dumps({"kind": kind, **fields}) + "\n")
        sys.stdout.flush()

    # As in the running app, huggingface_hub is imported and its HTTP session made before
    # the clock starts: `elapsed` (the benchmark's figure) is the download's own time.
    from huggingface_hub import get_session

    get_session()

    started = time.perf_counter()
    try:
        result = download_file(
            HubClient(endpoint=args.endpoint),
            args.repo,
            args.file,
            cache_dir=Path(args.cache),
            state_dir=Path(args.state),
            on_progress=lambda p: emit("progress", **dataclasses.asdict(p)),
            options=DownloadOptions(backoff=(0.05, 0.1, 0.2), progress_interval=0.02),
        )
    except DownloadError as e:
        emit("error", reason=e.reason, message=e.user_message)
        return 1
    elapsed = time.perf_counter() - started
    emit("done", path=str(result.path), sha256=result.sha256, size=result.size, elapsed=elapsed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
