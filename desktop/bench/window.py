"""`hearth bench --ui`: streaming latency, start-up time and idle memory of the window."""

from __future__ import annotations

import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

STREAM_CASES = ((2000, 500), (20000, 500))


def measure_startup(runs: int) -> dict[str, Any]:
    """Start the real app `runs` times (offscreen, fresh folders): time to window shown."""
    samples: list[dict[str, float]] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "startup.json"
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                "HEARTH_DATA_DIR": str(Path(tmp) / "data"),
                "HEARTH_CONFIG_DIR": str(Path(tmp) / "config"),
                "HEARTH_LOG_DIR": str(Path(tmp) / "log"),
                "HEARTH_CACHE_DIR": str(Path(tmp) / "cache"),
                "HEARTH_STARTUP_PROBE": str(out),
            }
            # Start-up counts from here, the launch (see desktop/ui/startup_probe.py).
            env["HEARTH_STARTUP_T0"] = repr(time.time())
            subprocess.run([sys.executable, "-m", "desktop"], env=env, check=True, timeout=120)
            samples.append(json.loads(out.read_text(encoding="utf-8")))
    startup = [s["startup_s"] for s in samples]
    rss = [s["idle_rss_mb"] for s in samples]
    return {
        "startup_s_median": statistics.median(startup),
        "startup_s_runs": startup,
        "idle_rss_mb_median": statistics.median(rss),
        "idle_rss_mb_runs": rss,
    }


def run(runs: int = 5) -> dict[str, Any]:
    """Every window figure the closing note reports."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.bench.stream import run_stream_bench

    streams = [run_stream_bench(tokens, above) for tokens, above in STREAM_CASES]
    # Issue 14: a 20k-token thought streaming into its collapsed block.
    streams.append(run_stream_bench(20000, 500, thought=True))
    return {
        "stream": streams,
        "startup": measure_startup(runs),
        "history": measure_history(),
        "locked": measure_locked_history(),
    }


def format_table(results: dict[str, Any]) -> str:
    from desktop.bench.stream import format_results

    s = results["startup"]
    runs = ", ".join(f"{x:.2f}" for x in s["startup_s_runs"])
    return "\n".join(
        [
            format_results(results["stream"]),
            "",
            f"start-up to window shown: median {s['startup_s_median']:.2f} s ({runs})",
            f"idle GUI process memory (no model): median {s['idle_rss_mb_median']:.0f} MB RSS",
            *_history_lines(results.get("history")),
            *_locked_lines(results.get("locked")),
        ]
    )


def _locked_lines(h: dict[str, Any] | None) -> list[str]:
    if not h:
        return []
    return [
        f"another process holding the history for {h['held_s']:.1f} s while the window made "
        f"{h['writes']} changes: longest GUI-thread stall {h['longest_stall_ms']:.0f} ms; "
        f"all saved {h['saved_after_release_ms']:.0f} ms after it let go",
    ]


_LOCKER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


def measure_locked_history(writes: int = 20, held_s: float = 3.0) -> dict[str, Any]:
    """T9: the window's changes while another process holds the history's write lock.
    The GUI thread's longest stall (gaps between 5 ms timer ticks), and how long after the
    lock is let go everything is on disk."""
    import time

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.services.conversations import Conversations, open_read_store

    qt = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "hearth.sqlite3"
        conversations = Conversations(open_read_store(path))
        conversations.wait_saved(10)
        locker = subprocess.Popen(
            [sys.executable, "-c", _LOCKER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert locker.stdout is not None and locker.stdin is not None
        locker.stdout.readline()
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start(5)
        started = time.perf_counter()
        tree = conversations.create("held", "")
        parent = None
        for i in range(writes - 1):
            parent = conversations.add(tree, parent.id if parent else None, "user", f"m{i}")
            qt.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        while time.perf_counter() - started < held_s:
            qt.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        locker.stdin.write("\n")
        locker.stdin.flush()
        locker.wait(30)
        released = time.perf_counter()
        conversations.wait_saved(60)
        saved_ms = (time.perf_counter() - released) * 1000
        timer.stop()
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        conversations.close(5)
        conversations.store.close()
    return {
        "writes": writes,
        "held_s": held_s,
        "longest_stall_ms": max(gaps, default=0.0) * 1000,
        "saved_after_release_ms": saved_ms,
    }


def _history_lines(h: dict[str, Any] | None) -> list[str]:
    if not h:
        return []
    searches = ", ".join(f"{ms:.0f}" for ms in h["search_ms"])
    return [
        f"history of {h['conversations']:,} conversations / {h['messages']:,} messages "
        f"(built in {h['build_s']:.0f} s):",
        f"  store and window opened {h['open_store_and_window_ms']:.0f} ms; sidebar shown "
        f"{h['sidebar_ms']:.0f} ms; searches {searches} ms; a "
        f"{h['big_conversation_messages']:,}-message conversation opened {h['open_big_ms']:.0f} ms",
    ]


_WORDS = [
    "the",
    "model",
    "answers",
    "a",
    "question",
    "about",
    "rivers",
    "mountains",
    "python",
    "code",
    "tests",
    "history",
    "search",
    "window",
    "stream",
    "token",
    "memory",
    "engine",
    "quantized",
    "local",
    "private",
    "chat",
    "reply",
    "context",
    "prompt",
    "system",
    "lighthouse",
    "keeper",
    "ocean",
    "harbour",
    "compiler",
    "kernel",
    "thread",
    "signal",
    "painter",
    "document",
]


def build_history(path: Path, conversations: int, messages: int, big: int) -> int:
    """Write a history of `conversations` chats and `messages` messages, one of them `big`
    messages long; return the big conversation's id. Bulk SQL, as a long-used app would
    have accumulated it (the store's own triggers keep search indexed)."""
    import random
    import sqlite3

    from desktop.core.history import ConversationStore

    ConversationStore(path).close()
    rng = random.Random(11)
    texts = [" ".join(rng.choices(_WORDS, k=rng.randint(12, 40))) for _ in range(997)]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO conversations (id, title, system_prompt, created_at, updated_at)"
        " VALUES (?, ?, '', ?, ?)",
        ((c, f"chat {c} about {_WORDS[c % len(_WORDS)]}", float(c), float(c))
         for c in range(1, conversations + 1)),
    )  # fmt: skip
    per = max(1, (messages - big) // (conversations - 1))

    def rows() -> Any:
        next_id = 1
        for c in range(1, conversations + 1):
            count = big if c == conversations else per
            for k in range(count):
                parent = None if k == 0 else next_id - 1
                role = "user" if k % 2 == 0 else "assistant"
                yield (next_id, c, parent, role, texts[next_id % len(texts)], float(c))
                next_id += 1

    conn.executemany(
        "INSERT INTO messages (id, conversation_id, parent_id, active_rank, role, content,"
        " status, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, 'complete', ?, 0)",
        rows(),
    )
    conn.execute("COMMIT")
    conn.close()
    return conversations  # the newest conversation is the big one


def measure_history(
    conversations: int = 10_000, messages: int = 1_000_000, big: int = 5_000
) -> dict[str, Any]:
    """Sidebar shown, a search, and a long conversation opened, in the real window."""
    import time

    from PySide6.QtWidgets import QApplication

    from desktop.core.history import ConversationStore
    from desktop.services.chat_session import ChatSession
    from desktop.services.history import History
    from desktop.ui.main_window import MainWindow

    qt = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "hearth.sqlite3"
        started = time.perf_counter()
        big_id = build_history(path, conversations, messages, big)
        build_s = time.perf_counter() - started

        def timed(action: Any) -> float:
            t = time.perf_counter()
            action()
            qt.processEvents()
            return (time.perf_counter() - t) * 1000

        t = time.perf_counter()
        store = ConversationStore(path)
        history = History(store)
        controller = ChatSession(history)
        window = MainWindow(controller, history)
        window.resize(1200, 800)
        window.show()
        opened_ms = (time.perf_counter() - t) * 1000
        sidebar_ms = timed(window.refresh_conversations)
        search_ms = [timed(lambda q=q: window._search(q)) for q in ("lighth", "python code", "zzz")]
        open_ms = timed(lambda: controller.open_conversation(big_id))
        rows = window.chat_model.rowCount()
        window.close()
        controller.shutdown()
        history.close(5)
        store.close()
    return {
        "conversations": conversations,
        "messages": messages,
        "big_conversation_messages": rows,
        "build_s": build_s,
        "open_store_and_window_ms": opened_ms,
        "sidebar_ms": sidebar_ms,
        "search_ms": search_ms,
        "open_big_ms": open_ms,
    }
