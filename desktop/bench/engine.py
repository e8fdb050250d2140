"""The engine benchmark's app path (A): EngineSession over the local engine process."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from desktop.bench.prompts import sampling
from desktop.core.errors import EngineError
from desktop.core.types import LoadParams, ModelInfo
from desktop.engine.client import EngineClient
from desktop.engine.session import EngineSession

STOP_AFTER_TOKENS = 1  # stop() once generation has begun (pieces are coalesced in the engine)
MB = 1024 * 1024
# What the table and the JSON figures call the app path.
APP_PATH = "EngineSession, local engine child process"


class AppPath:
    """The app's engine: start it, load the model, time replies and stops.

    Start, load (with its policies), stop and shutdown go through EngineSession as in the
    app. The replies are raw completions of the measured prompt, so that every variant
    processes the same tokens: a chat template would change the prompt the baselines are
    compared on. EngineSession has no raw completion, so they go to the local backend it
    holds (EngineClient.complete), the same request path as its chat().
    """

    def __init__(self) -> None:
        self._session = EngineSession()  # the app's default backend: the local engine process
        self.load_wall_s = float("nan")  # load() as the caller waits for it (file check too)

    @property
    def _client(self) -> EngineClient:
        backend = self._session.backend
        if not isinstance(backend, EngineClient):
            raise EngineError("The benchmark measures the local engine process only.")
        return backend

    def open(self, load: LoadParams) -> ModelInfo:
        """Start the engine and load the model."""
        self._session.start()
        started = time.perf_counter()
        info = self._session.load(load)
        self.load_wall_s = time.perf_counter() - started
        return info

    def warm_up(self, prompt: str) -> None:
        """One short reply, not counted (first-call allocations)."""
        self._client.complete(prompt, sampling(4)).wait()

    def run(self, prompt: str, n_generate: int) -> dict[str, Any]:
        """One reply to the raw prompt (no chat template), timed by the engine and here."""
        started = time.perf_counter()
        generation = self._client.complete(prompt, sampling(n_generate))
        first: float | None = None
        pieces = 0
        for _ in generation:
            if first is None:
                first = time.perf_counter()
            pieces += 1
        ended = time.perf_counter()
        s = generation.stats
        if s is None:
            raise EngineError("The engine ended a benchmark run without statistics.")
        client_decode = (ended - first) if first is not None else 0.0
        return {
            "decode_tps": s.tokens_per_s,
            "prefill_tps": s.prompt_tokens_per_s,
            "ttft_ms": s.ttft_ms,
            "ttft_ms_client": (first - started) * 1000 if first is not None else float("nan"),
            # Pieces per second as the app receives them (IPC included); pieces ~ tokens.
            "decode_tps_client": (pieces - 1) / client_decode
            if client_decode > 0
            else float("nan"),
            "total_ms": s.total_ms,
            "wall_ms": (ended - started) * 1000,
            "prompt_tokens": s.prompt_tokens,
            "cached_tokens": s.cached_tokens,  # reused from the previous request: should be 0
            "generated_tokens": s.generated_tokens,
            "stop_reason": s.stop_reason.value,
        }

    def stop_trial(self, prompt: str, max_tokens: int) -> dict[str, Any] | None:
        """Stop a long reply after a few pieces; time from stop() to the end of the
        iteration (None: the reply ended by itself before the stop point)."""
        generation = self._client.complete(prompt, sampling(max_tokens))
        asked: float | None = None
        pieces = 0
        for _ in generation:
            pieces += 1
            if pieces == STOP_AFTER_TOKENS:
                asked = time.perf_counter()
                self._session.stop()
        ended = time.perf_counter()
        if asked is None:
            return None
        stats = generation.stats
        return {
            "ms": (ended - asked) * 1000,
            "pieces_after_stop": pieces - STOP_AFTER_TOKENS,
            "killed": self._client.model is None,  # missed the deadline: the child was killed
            "stop_reason": stats.stop_reason.value if stats is not None else "",
        }

    def peak_rss_mb(self) -> tuple[float, str]:
        """The engine process's peak resident memory in MB, and where the figure came from."""
        pid = self._session.pid
        return _peak_rss_mb(pid) if pid is not None else (float("nan"), "")

    def close(self) -> None:
        self._session.close()


def _peak_rss_mb(pid: int) -> tuple[float, str]:
    status = Path(f"/proc/{pid}/status")
    if status.is_file():
        for line in status.read_text(encoding="utf-8").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0, "VmHWM"
    import psutil

    info = psutil.Process(pid).memory_info()
    peak = getattr(info, "peak_wset", None)  # Windows only
    if peak is not None:
        return float(peak) / MB, "peak_wset"
    return float(info.rss) / MB, "rss (no peak figure on this system)"


def own_peak_rss_mb() -> float:
    """This process's peak resident memory in MB (NaN where the OS does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    peak = float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return peak / MB if sys.platform == "darwin" else peak / 1024.0
