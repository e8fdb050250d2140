"""`hearth bench --api`: the API's cost over the window's path, fairness under load, disconnects.

One EngineSession, one ApiServer on 127.0.0.1:0 and one EngineGate shared with a "window"
(the direct path: EngineSession.chat holding the gate with front=True, as the window's worker
does), all in one run. Three parts, each written to the JSON with what it measures:
1. the same reply (prompt, seed, max_tokens) through the API and directly, alternated;
2. N concurrent streaming clients plus the window asking replies: completeness and order;
3. clients that close the stream after the first tokens: close to engine free (the gate).
About 500 lines: the parts share the clients, the gate's log and the figures' definitions,
and each reads best next to what it writes.
"""

from __future__ import annotations

import json
import math
import os
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import httpx

from desktop.api.app import Served
from desktop.api.serve import ApiServer, model_id_for
from desktop.bench.prompts import SEED
from desktop.bench.report import median, percentile, ratio
from desktop.core.types import PRESETS, LoadParams, Message
from desktop.engine.gate import API, WINDOW, EngineGate, GateState
from desktop.engine.host import physical_cores
from desktop.engine.session import EngineSession

GOALS = {"decode_ratio_min": 0.97, "ttft_extra_ms_max": 15.0, "disconnect_p95_ms_max": 100.0}
PROMPT = "Write a long story about a lighthouse keeper and a storm, in many short paragraphs."
CLOSE_AFTER = 2  # content chunks a disconnecting client reads before it closes the stream
DISCONNECT_MAX_TOKENS = 512  # long enough that the reply never ends before the close
DISCONNECTS_PER_RUN = 5
WAIT_S = 120.0  # bound on every network wait and join: a hung bench fails, never blocks


@dataclass(slots=True)
class _Stream:
    """One streamed request as its client saw it (perf_counter seconds)."""

    sent: float = math.nan
    headers: float = math.nan  # the server answered: the request is in its queue
    first: float = math.nan  # first content chunk
    last: float = math.nan
    closed: float = math.nan  # the client closed the stream (disconnect trials)
    id: str = ""
    pieces: int = 0
    tokens: int = 0  # usage.completion_tokens
    finish: str | None = None
    done: bool = False  # [DONE] arrived
    error: str = ""
    text: list[str] = field(default_factory=list)


class _GateLog:
    """The gate's observer: every GateState change with its time, in order."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self.events: list[tuple[float, str | None, bool]] = []

    def __call__(self, state: GateState) -> None:
        with self._cond:
            self.events.append((time.perf_counter(), state.holder, state.window_waiting))
            self._cond.notify_all()

    def mark(self) -> int:
        with self._cond:
            return len(self.events)

    def wait_free(self) -> None:
        """Until the last change logged left the engine free (nothing logged yet: free)."""
        with self._cond:
            self._cond.wait_for(lambda: not self.events or self.events[-1][1] is None, WAIT_S)

    def released_after(self, since: int, t: float) -> float:
        """The time of the first release logged at index >= since and after t (NaN: none)."""
        found: list[float] = []

        def seen() -> bool:
            found[:] = [e[0] for e in self.events[since:] if e[1] is None and e[0] >= t][:1]
            return bool(found)

        with self._cond:
            return found[0] if self._cond.wait_for(seen, WAIT_S) else math.nan


class _ServedLog:
    """The server's Served records by id, in the order the replies ended."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self.records: dict[str, Served] = {}

    def __call__(self, record: Served) -> None:
        with self._cond:
            self.records[record.id] = record
            self._cond.notify_all()

    def wait(self, ids: list[str]) -> dict[str, Served]:
        """The records, once every id in ids has one (the server records a reply just after
        its client has heard the end); after WAIT_S, what there is."""
        with self._cond:
            self._cond.wait_for(lambda: all(k in self.records for k in ids if k), WAIT_S)
            return dict(self.records)


def _body(model_id: str, max_tokens: int) -> dict[str, Any]:
    return {
        "model": model_id,
        "messages": [{"role": "user", "content": PROMPT}],
        "stream": True,
        "stream_options": {"include_usage": True},
        "max_tokens": max_tokens,
        "seed": SEED,
    }


def _stream(
    client: httpx.Client,
    url: str,
    body: dict[str, Any],
    arrived: threading.Event | None = None,
    first: threading.Event | None = None,
    close_after: int | None = None,
) -> _Stream:
    """Stream one chat completion. arrived: set once the server answered (the request is
    queued); first: set at the first content; close_after: close after that many chunks."""
    s = _Stream(sent=time.perf_counter())
    try:
        with client.stream("POST", f"{url}/chat/completions", json=body) as response:
            s.headers = time.perf_counter()
            if arrived is not None:
                arrived.set()
            if response.status_code != 200:
                s.error = f"HTTP {response.status_code}: {response.read()[:200]!r}"
                return s
            for line in response.iter_lines():
                if not line.startswith("data:"):
                    continue  # a ping comment or a blank separator
                data = line[5:].strip()
                if data == "[DONE]":
                    s.done = True
                    break
                event = json.loads(data)
                if "error" in event:
                    s.error = str(event["error"].get("message", event["error"]))
                s.id = event.get("id", s.id)
                s.tokens = (event.get("usage") or {}).get("completion_tokens", s.tokens)
                for choice in event.get("choices", ()):
                    content = choice.get("delta", {}).get("content")
                    if content:
                        s.last = time.perf_counter()
                        if s.pieces == 0:
                            s.first = s.last
                            if first is not None:
                                first.set()
                        s.pieces += 1
                        s.text.append(content)
                    s.finish = choice.get("finish_reason") or s.finish
                if close_after is not None and s.pieces >= close_after:
                    s.closed = time.perf_counter()
                    break  # leaving the block closes the response and its connection
    except (httpx.HTTPError, ValueError) as e:
        s.error = f"{type(e).__name__}: {e}"
    finally:  # a failed request must not leave another thread waiting
        for event in (arrived, first):
            if event is not None:
                event.set()
    return s


def _direct(
    session: EngineSession,
    gate: EngineGate,
    max_tokens: int,
    holding: threading.Event | None = None,
) -> _Stream:
    """The window's path: the gate held with front=True, then EngineSession.chat.
    holding: set once the window holds the engine."""
    s = _Stream(sent=time.perf_counter())
    sampling = replace(PRESETS["Balanced"], max_tokens=max_tokens, seed=SEED)  # as the API maps
    with gate.hold(front=True):
        s.headers = time.perf_counter()  # the engine is the window's
        if holding is not None:
            holding.set()
        reply = session.chat((Message("user", PROMPT),), sampling)
        for piece in reply:
            if piece:
                s.last = time.perf_counter()
                s.first = s.last if s.pieces == 0 else s.first
                s.pieces += 1
                s.text.append(piece)
        stats = reply.stats
    s.done = stats is not None
    s.tokens = stats.generated_tokens if stats else 0
    s.finish = stats.stop_reason.value if stats else None
    return s


def _ttft_ms(s: _Stream) -> float:
    return (s.first - s.sent) * 1000


def _decode_tps(s: _Stream) -> float:
    """Tokens per second as the consumer receives them, first to last content."""
    span = s.last - s.first
    return (s.tokens - 1) / span if s.tokens > 1 and span > 0 else math.nan


def _paired(
    session: EngineSession, gate: EngineGate, log: _GateLog, client: httpx.Client, url: str,
    model_id: str, runs: int, n_generate: int,
) -> dict[str, Any]:  # fmt: skip
    """Part 1: API and direct replies alternated (API first in even rounds), medians. Each
    starts once the engine is free (the API's job releases it just after [DONE])."""
    body = _body(model_id, n_generate)
    _stream(client, url, body)  # warm-up, not counted: first-call allocations, prompt cache
    _direct(session, gate, n_generate)
    api: list[_Stream] = []
    direct: list[_Stream] = []
    for r in range(runs):
        for path in ("api", "direct") if r % 2 == 0 else ("direct", "api"):
            log.wait_free()
            if path == "api":
                api.append(_stream(client, url, body))
            else:
                direct.append(_direct(session, gate, n_generate))
    errors = [s.error for s in api if s.error]
    if errors:
        raise RuntimeError(f"the API failed during the benchmark: {errors[0]}")
    a_tps, d_tps = [_decode_tps(s) for s in api], [_decode_tps(s) for s in direct]
    a_ttft, d_ttft = [_ttft_ms(s) for s in api], [_ttft_ms(s) for s in direct]
    return {
        "decode_tps_api": median(a_tps),
        "decode_tps_direct": median(d_tps),
        "decode_ratio": ratio(median(a_tps), median(d_tps)),
        "ttft_ms_api": median(a_ttft),
        "ttft_ms_direct": median(d_ttft),
        "ttft_extra_ms": median(a_ttft) - median(d_ttft),
        # The best run of each path: other programs only ever slow a run down, so on a busy
        # machine these are the steadier comparison (the medians above are the headline).
        "decode_ratio_best": ratio(max(a_tps), max(d_tps)),
        "ttft_extra_ms_best": min(a_ttft) - min(d_ttft),
        "generated_tokens_api": [s.tokens for s in api],
        "generated_tokens_direct": [s.tokens for s in direct],
        # Same prompt, seed and sampling: both paths must write the same tokens.
        "same_text": all(
            "".join(a.text) == "".join(d.text) for a, d in zip(api, direct, strict=True)
        ),
        "decode_tps_api_runs": a_tps,
        "decode_tps_direct_runs": d_tps,
        "ttft_ms_api_runs": a_ttft,
        "ttft_ms_direct_runs": d_ttft,
    }


def _concurrent(
    session: EngineSession, server: ApiServer, gate: EngineGate, log: _GateLog, url: str,
    model_id: str, clients: int, n_generate: int, solo_ttft_ms: float,
    served: _ServedLog,
) -> dict[str, Any]:  # fmt: skip
    """Part 2: while the window writes a reply, `clients` requests arrive one after another
    (each sent once the previous one is in the server's queue); once the first of them
    streams, the window asks for a second reply, ahead of the requests still waiting."""
    streams = [_Stream() for _ in range(clients)]
    arrived = [threading.Event() for _ in range(clients)]
    first_streams, holding = threading.Event(), threading.Event()
    window: list[_Stream] = []
    waiting_when_asked: list[int] = []
    errors: list[str] = []

    def client_job(i: int) -> None:
        with httpx.Client(timeout=WAIT_S) as c:
            first = first_streams if i == 0 else None
            streams[i] = _stream(c, url, _body(model_id, n_generate), arrived[i], first)

    def window_job() -> None:
        try:
            waiting_when_asked.append(server.queue.waiting)
            window.append(_direct(session, gate, n_generate, holding))
            first_streams.wait(WAIT_S)
            waiting_when_asked.append(server.queue.waiting)
            window.append(_direct(session, gate, n_generate))
        except Exception as e:  # reported in the figures, never a hung thread
            errors.append(f"window: {type(e).__name__}: {e}")
        finally:
            holding.set()

    started = time.perf_counter()
    mark = log.mark()
    w = threading.Thread(target=window_job, name="bench-window")
    w.start()
    holding.wait(WAIT_S)
    threads = [threading.Thread(target=client_job, args=(i,)) for i in range(clients)]
    for i, t in enumerate(threads):
        t.start()
        arrived[i].wait(WAIT_S)
    for t in (*threads, w):
        t.join(WAIT_S)
    ended = time.perf_counter()
    ok = [s for s in streams if s.done and not s.error and s.finish and s.pieces > 0]
    by_arrival = sorted(range(clients), key=lambda i: streams[i].headers)
    by_start = sorted(range(clients), key=lambda i: streams[i].first)
    ids = [s.id for s in streams]
    served_order = [ids.index(k) for k in served.wait(ids) if k in ids]
    waits = [_ttft_ms(s) - solo_ttft_ms for s in ok]
    return {
        "clients": clients,
        "completed": len(ok),
        "lost": clients - len(ok),
        "served_records": len(served_order),
        "errors": errors + [s.error for s in streams if s.error],
        "arrival_order": by_arrival,
        "start_order": by_start,
        "served_order": served_order,
        "api_order_fair": by_start == by_arrival and served_order == by_arrival,
        "window_replies": len(window),
        "api_waiting_when_window_asked": waiting_when_asked,
        "api_starts_while_window_waited": _overtaken(log.events[mark:]),
        "window_wait_ms": [(s.headers - s.sent) * 1000 for s in window],
        "requests_per_s": (len(ok) + len(window)) / (ended - started),
        "queue_wait_ms_p50": percentile(waits, 50),
        "queue_wait_ms_p95": percentile(waits, 95),
        "queue_wait_ms_runs": waits,
        # Each reply's own speed: a slow one says the machine, not the line, was busy.
        "decode_tps_concurrent_runs": [_decode_tps(s) for s in streams],
    }


def _overtaken(events: list[tuple[float, str | None, bool]]) -> int:
    """How many times an API request took the engine while the window waited for it."""
    count, window_waits, holder = 0, False, None
    for _, now, waiting in events:
        window_waits = window_waits or waiting
        if now != holder and now == API and (window_waits or waiting):
            count += 1
        if now == WINDOW:
            window_waits = False
        holder = now
    return count


def _disconnects(
    log: _GateLog, url: str, model_id: str, trials: int, served: _ServedLog
) -> dict[str, Any]:
    """Part 3: close the stream after CLOSE_AFTER chunks; time to the gate's release."""
    ms: list[float] = []
    rows: list[dict[str, Any]] = []
    for _ in range(trials):
        mark = log.mark()
        with httpx.Client(timeout=WAIT_S) as c:
            s = _stream(c, url, _body(model_id, DISCONNECT_MAX_TOKENS), close_after=CLOSE_AFTER)
        if s.error or math.isnan(s.closed):
            rows.append({"error": s.error or "the reply ended before the close"})
            continue
        freed = log.released_after(mark, s.closed)
        record = served.wait([s.id]).get(s.id)
        ms.append((freed - s.closed) * 1000)
        rows.append(
            {
                "ms": ms[-1],
                "server_saw_disconnect": bool(record and record.disconnected),
                "completion_tokens": record.completion_tokens if record else None,
                "stop_reason": record.stop_reason if record else None,
            }
        )
    return {
        "disconnect_trials": len(ms),
        "disconnect_p50_ms": percentile(ms, 50),
        "disconnect_p95_ms": percentile(ms, 95),
        "disconnect_max_ms": max(ms) if ms else math.nan,
        "disconnect_ms_runs": ms,
        "disconnects_seen_by_server": sum(1 for r in rows if r.get("server_saw_disconnect")),
        "disconnect_raw": rows,
    }


def run(load: LoadParams, runs: int = 3, n_generate: int = 128, clients: int = 8) -> dict[str, Any]:
    """Every figure of `hearth bench --api`, with its goal and whether it was met."""
    if runs < 1 or n_generate < 2 or clients < 2:
        raise ValueError("the API benchmark needs 1 run, 2 tokens and 2 clients at least")
    load = replace(load, n_threads=load.n_threads or physical_cores())
    load_before = _load_average()
    log = _GateLog()
    gate = EngineGate(changed=log)
    served = _ServedLog()
    session = EngineSession()
    try:
        info = session.load(load)
        model_id = model_id_for(load.path)
        server = ApiServer(session, model_id, port=0, gate=gate, on_served=served)
        server.start()
        try:
            url = server.url
            with httpx.Client(timeout=WAIT_S) as client:
                paired = _paired(session, gate, log, client, url, model_id, runs, n_generate)
            concurrent = _concurrent(
                session, server, gate, log, url, model_id, clients, n_generate,
                paired["ttft_ms_api"], served,
            )  # fmt: skip
            disconnect = _disconnects(log, url, model_id, DISCONNECTS_PER_RUN * runs, served)
        finally:
            server.stop()
    finally:
        session.close()
    results: dict[str, Any] = {**paired, **concurrent, **disconnect}
    results["goals"] = {
        "decode_ratio": _goal(results["decode_ratio"], ">=", GOALS["decode_ratio_min"]),
        "ttft_extra_ms": _goal(results["ttft_extra_ms"], "<=", GOALS["ttft_extra_ms_max"]),
        "concurrent_all_complete": _goal(float(results["lost"]), "<=", 0.0),
        "api_order_fair": {"goal": "true", "value": results["api_order_fair"],
                           "pass": bool(results["api_order_fair"])},
        "window_never_behind": _goal(
            float(results["api_starts_while_window_waited"]), "<=", 0.0
        ),
        "disconnect_p95_ms": _goal(
            results["disconnect_p95_ms"], "<=", GOALS["disconnect_p95_ms_max"]
        ),
    }  # fmt: skip
    results["definitions"] = DEFINITIONS
    results["settings"] = {
        "model_path": load.path,
        "model_name": Path(load.path).name,
        "n_ctx": info.n_ctx,
        "threads": load.n_threads,
        "runs": runs,
        "n_generate": n_generate,
        "clients": clients,
        "disconnect_max_tokens": DISCONNECT_MAX_TOKENS,
        "close_after_chunks": CLOSE_AFTER,
        "prompt": PROMPT,
        "sampling": "the Balanced preset, seed " + str(SEED),
        "client": "httpx streaming, SSE lines parsed with json (one keep-alive client)",
        "server": "ApiServer on 127.0.0.1:0, the engine child shared with the direct path",
        # Other programs slow both paths (the medians and alternation spread it evenly).
        "load_average_1m": {"before": load_before, "after": _load_average()},
        "logical_cpus": os.cpu_count(),
    }
    return results


DEFINITIONS = {
    "decode_tps": "(completion tokens - 1) / (last content - first content) as the consumer "
    "receives them; api: an HTTP client, direct: EngineSession.chat's iterator",
    "ttft_ms": "request sent (api) or gate asked (direct) to the first content; the same "
    "prompt every run, so both paths reuse the engine's prompt cache alike",
    "queue_wait_ms": "per API request in part 2: sent to first content, minus the median solo "
    "API first-token time of part 1 (the time spent behind other replies)",
    "requests_per_s": "part 2's API replies completed plus the window's replies, over its wall "
    "time",
    "api_order_fair": "API requests started (first content) and ended (the server's Served "
    "records) in the order the server accepted them",
    "api_starts_while_window_waited": "from the gate's observer: API requests that took the "
    "engine while the window waited for it",
    "disconnect_ms": "the client closes the stream after its first chunks; until the gate's "
    "observer sees the engine released",
}


def _load_average() -> float:
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows
        return math.nan


def _goal(value: float, op: str, limit: float) -> dict[str, Any]:
    met = value >= limit if op == ">=" else value <= limit
    return {"goal": f"{op} {limit:g}", "value": value, "pass": bool(met and not math.isnan(value))}


def format_summary(r: dict[str, Any]) -> str:
    """A few lines for the person: each figure with its goal."""

    def mark(name: str) -> str:
        g = r["goals"][name]
        return f"goal {g['goal']}: {'pass' if g['pass'] else 'FAIL'}"

    s = r["settings"]
    return "\n".join(
        [
            f"model {s['model_name']}: {s['runs']} alternated runs, {s['n_generate']} tokens "
            f"(medians); load average {s['load_average_1m']['before']:.1f} before, "
            f"{s['load_average_1m']['after']:.1f} after, on {s['logical_cpus']} CPUs",
            f"decode tok/s: API {r['decode_tps_api']:.1f}, window path "
            f"{r['decode_tps_direct']:.1f} -> {r['decode_ratio']:.3f}x ({mark('decode_ratio')})",
            f"first token: API {r['ttft_ms_api']:.1f} ms, window path {r['ttft_ms_direct']:.1f} "
            f"ms -> {r['ttft_extra_ms']:+.1f} ms ({mark('ttft_extra_ms')}); same text: "
            f"{'yes' if r['same_text'] else 'NO'}; best runs: {r['decode_ratio_best']:.3f}x, "
            f"{r['ttft_extra_ms_best']:+.1f} ms",
            f"{r['clients']} clients + the window: {r['completed']}/{r['clients']} complete, "
            f"{r['lost']} lost, API order fair: {'yes' if r['api_order_fair'] else 'NO'}, "
            f"API ahead of a waiting window: {r['api_starts_while_window_waited']} times; "
            f"{r['requests_per_s']:.2f} requests/s, queue wait p95 {r['queue_wait_ms_p95']:.0f} ms",
            f"disconnect to engine free: p50 {r['disconnect_p50_ms']:.1f} ms, p95 "
            f"{r['disconnect_p95_ms']:.1f} ms over {r['disconnect_trials']} "
            f"({mark('disconnect_p95_ms')})",
        ]
    )
