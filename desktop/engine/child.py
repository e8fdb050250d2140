"""The engine process's entry point: its output to a log file, a heartbeat, then the host.

Output first: llama.cpp and ggml print to the process's stderr (and abort() prints a
backtrace there), which in a terminal is the person's. Both stdout (the CLI's reply stream)
and stderr of the child go to a file the app names in its log folder, before llama_cpp is
even imported; the app reads its tail into a crash's details (the app-side helpers for that
file live here too, beside the code that writes it).

Then the heartbeat: while the engine works on a request (or starts up) a thread sends a
Heartbeat every second (a fifth of the app's watchdog when that is shorter), so the app can
tell a busy engine from one that
stopped (SIGSTOP, a hang holding the GIL, a machine thrashing so hard nothing runs). A
thread, not a process-state check, because it works the same on every OS and measures the
thing that matters (the engine can still run Python and write to the pipe); llama.cpp's
long calls (a load, a prompt's llama_decode) go through ctypes, which releases the GIL, so
the thread runs beside them. A native call that spins for ever with the GIL released is not
detected: a heartbeat cannot tell it from a long prompt.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import tempfile
import threading
from multiprocessing.connection import Connection
from multiprocessing.sharedctypes import Synchronized
from typing import Any

from desktop.core import paths
from desktop.engine import protocol as p

KEPT_OUTPUT_FILES = 20
OUTPUT_TAIL_BYTES = 4000
OUTPUT_SCAN_BYTES = 256_000
# Lines that name why a child died, most telling first (ggml's assert, then C++'s terminate).
_CAUSES = (
    re.compile(r"GGML_ASSERT|GGML_ABORT|\bterminate called|what\(\):"),
    re.compile(r"error|failed", re.IGNORECASE),
)


class SharedConnection:
    """The pipe to the app, written by the serving thread and the heartbeat: sends are locked
    (two unlocked sends can interleave their bytes)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._lock = threading.Lock()

    def send(self, obj: Any) -> None:
        with self._lock:
            self._conn.send(obj)

    def recv(self) -> Any:
        return self._conn.recv()


class Heartbeat:
    """Sends Heartbeat every interval while `busy` is true; stops when the pipe is gone."""

    def __init__(self, conn: SharedConnection, interval_s: float) -> None:
        self.busy = True  # starting up counts as busy: the app waits for Ready meanwhile
        self._conn = conn
        self._interval_s = interval_s
        self._ended = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hearth-heartbeat", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        while not self._ended.wait(self._interval_s):
            if not self.busy:
                continue
            try:
                self._conn.send(p.Heartbeat())
            except (OSError, EOFError, ValueError):
                return  # the app is gone


def redirect_output(path: str) -> None:
    """Point this process's stdout and stderr (the file descriptors, so C code follows) at
    path, appended to; at os.devnull when it cannot be opened."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    except OSError:
        fd = os.open(os.devnull, os.O_WRONLY)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)


def new_output_file() -> str:
    """A new file in the log folder for a child's stdout and stderr (os.devnull when the
    folder cannot be made); the oldest kept files beyond KEPT_OUTPUT_FILES are removed."""
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix="engine-", suffix=".log", dir=folder)
    except OSError:
        return os.devnull
    os.close(fd)
    with contextlib.suppress(OSError):
        kept = sorted((f.stat().st_mtime, str(f)) for f in folder.glob("engine-*.log"))
        for _, old in kept[: max(0, len(kept) - KEPT_OUTPUT_FILES)]:
            if old != name:
                os.remove(old)
    return name


def discard_if_empty(path: str) -> None:
    """A reaped child's output file with nothing in it is noise in the log folder."""
    if path == os.devnull:
        return
    with contextlib.suppress(OSError):
        if os.path.getsize(path) == 0:
            os.remove(path)


def output_tail(path: str) -> str:
    """The end of what the child printed (ggml's messages, an abort's backtrace), led by
    the last line that names a cause when the backtrace pushed it out of the tail."""
    if path == os.devnull:
        return ""
    try:
        with open(path, "rb") as f:
            f.seek(max(0, os.fstat(f.fileno()).st_size - OUTPUT_SCAN_BYTES))
            text = f.read().decode("utf-8", "replace")
    except OSError:
        return ""
    if not text.strip():
        return ""
    tail = text[-OUTPUT_TAIL_BYTES:]
    lines = text.splitlines()
    for pattern in _CAUSES:
        causes = [line for line in lines if pattern.search(line)]
        if causes:
            if causes[-1] not in tail:
                tail = f"{causes[-1]}\n[...]\n{tail}"
            break
    return f"engine output ({path}):\n{tail}"


def main(
    conn: Connection, stop_flag: Synchronized[int], output_path: str, heartbeat_s: float
) -> None:
    """The engine process's entry point (spawned by engine.client)."""
    redirect_output(output_path)
    # Ctrl-C in a terminal reaches the whole process group: the app decides what it means
    # (stop the reply), so the engine must not die of it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    shared = SharedConnection(conn)
    heartbeat = Heartbeat(shared, heartbeat_s)
    heartbeat.start()
    from desktop.engine.host import serve  # imports llama.cpp: after the output is redirected

    serve(shared, stop_flag, heartbeat)
