"""The real window through a real screen reader's eyes: Xvfb, a session bus, the AT-SPI bus,
the app, and tests/atspi_walker.py (Debian's pyatspi) reading and driving it over AT-SPI alone.

Every part is a child of the test and is reaped in a finally; a missing part fails the test
(never a skip: CI installs them, see .ci/run). HEARTH_ATSPI_OUT=DIR keeps the walker's JSON,
the tree it walked and a screenshot of the virtual screen there.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.settings import Settings, save_settings

ROOT = Path(__file__).resolve().parents[3]
WALKER = ROOT / "tests" / "atspi_walker.py"
SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
START_TIMEOUT_S = 15  # Xvfb and the session bus say they are ready within this
WALK_TIMEOUT_S = 60  # the walker: the app on the bus, the model loaded, one reply
# A Qt app on the accessibility bus even though no desktop turned accessibility on.
ACCESSIBLE_QT = {
    "QT_QPA_PLATFORM": "xcb",
    "QT_ACCESSIBILITY": "1",
    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
}
# The walker's check bites: a window with an icon-only button and a field, both unnamed.
PROBE = """
import sys
from PySide6 import QtWidgets as W
app = W.QApplication(sys.argv)
app.setApplicationName("Unnamed probe")
window = W.QWidget()
layout = W.QVBoxLayout(window)
layout.addWidget(W.QToolButton())
layout.addWidget(W.QLineEdit())
layout.addWidget(W.QPushButton("Named"))
window.show()
sys.exit(app.exec())
"""
SCREENSHOT = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv)
assert app.primaryScreen().grabWindow(0).save(sys.argv[1])
"""


def read_line(stream: int, timeout: float, what: str) -> str:
    """One line a child writes on a pipe, waiting at most timeout seconds (select, no sleep)."""
    data = b""
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([stream], [], [], timeout)
        assert ready, f"{what} said nothing within {timeout} s"
        chunk = os.read(stream, 256)
        assert chunk, f"{what} exited before it was ready"
        data += chunk
    return data.decode().strip()


PR_SET_CHILD_SUBREAPER = 36


def set_subreaper(on: bool) -> None:
    """Become (or stop being) the parent of our children's orphans. D-Bus activation
    daemonizes the AT-SPI registry; as a subreaper the test, not init, inherits it and reaps it."""
    libc = ctypes.CDLL(None, use_errno=True)
    assert libc.prctl(PR_SET_CHILD_SUBREAPER, int(on), 0, 0, 0) == 0, os.strerror(
        ctypes.get_errno()
    )


def orphans(groups: set[int]) -> list[int]:
    """Our child processes (adopted orphans included) in one of the process groups."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        if int(fields[1]) == os.getpid() and int(fields[2]) in groups:
            found.append(int(entry.name))
    return found


class Children:
    """Child processes, each in its own process group, all ended and reaped at the end
    (with whatever they started)."""

    def __init__(self) -> None:
        self.procs: list[subprocess.Popen[bytes]] = []
        set_subreaper(True)

    def start(self, args: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        proc: subprocess.Popen[bytes] = subprocess.Popen(args, start_new_session=True, **kwargs)  # type: ignore[call-overload]
        self.procs.append(proc)
        return proc

    def stop(self, proc: subprocess.Popen[bytes], first: int = signal.SIGTERM) -> None:
        if proc.poll() is None:
            os.killpg(proc.pid, first)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=15)
        # Whatever the child started (the engine, the a11y bus's daemon) is in its group.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=15)

    def close(self) -> None:
        try:
            for proc in reversed(self.procs):
                self.stop(proc)
            for pid in orphans({proc.pid for proc in self.procs}):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
        finally:
            self.procs.clear()  # a second close has nothing left to do
            set_subreaper(False)


@pytest.fixture
def children() -> Iterator[Children]:
    kids = Children()
    try:
        yield kids
    finally:
        kids.close()


@pytest.fixture
def session(children: Children, tmp_path: Path) -> Iterator[dict[str, str]]:
    """The environment of a desktop session: Xvfb, a session bus and its AT-SPI bus."""
    for tool in ("Xvfb", "dbus-daemon"):
        assert shutil.which(tool), f"{tool} is missing: apt-get install xvfb dbus (see .ci/run)"
    assert Path(LAUNCHER).exists(), "at-spi2-core is missing: apt-get install at-spi2-core"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    assert probe.returncode == 0, "python3-pyatspi is missing: apt-get install python3-pyatspi"

    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "PYTHONPATH")}
    home = tmp_path / "home"
    for name in ("data", "config", "cache", "state"):
        (home / name).mkdir(parents=True)
    # The buses' sockets live here: a short path (a socket's path has at most 107 bytes).
    runtime = tempfile.mkdtemp(prefix="hearth-rt-")
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_RUNTIME_DIR=runtime,
        HEARTH_LANGUAGE="en",
    )

    # A virtual screen: Xvfb writes its display number on the pipe once it accepts clients.
    read_end, write_end = os.pipe()
    children.start(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    display = read_line(read_end, START_TIMEOUT_S, "Xvfb")
    os.close(read_end)
    env["DISPLAY"] = f":{display}"

    # A private session bus, then the accessibility bus it hands out.
    bus = children.start(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert bus.stdout is not None
    env["DBUS_SESSION_BUS_ADDRESS"] = read_line(bus.stdout.fileno(), START_TIMEOUT_S, "dbus")
    children.start(
        [LAUNCHER, "--launch-immediately"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield env
    finally:
        children.close()  # before the sockets' folder goes
        shutil.rmtree(runtime, ignore_errors=True)


def test_every_control_has_a_name_and_a_reply_reads_through_atspi(
    session: dict[str, str], children: Children, tmp_path: Path, starter: Path
) -> None:
    save_settings(Settings(offline=True))  # the Models page must not reach the hub
    env = session
    # The real app, exposed on the accessibility bus even though no desktop turned it on.
    app_env = dict(env, **ACCESSIBLE_QT)
    log = (tmp_path / "app.log").open("wb")
    app = children.start(
        [sys.executable, "-m", "desktop"], env=app_env, stdout=log, stderr=subprocess.STDOUT
    )
    out = os.environ.get("HEARTH_ATSPI_OUT")
    walker = [SYSTEM_PYTHON, str(WALKER), "--timeout", str(WALK_TIMEOUT_S - 5)]
    walker += ["--pid", str(app.pid), *(["--dump", "--events"] if out else [])]
    try:
        walked = subprocess.run(
            walker,
            env=env,
            capture_output=True,
            text=True,
            timeout=WALK_TIMEOUT_S,
        )
        if out:
            Path(out).mkdir(parents=True, exist_ok=True)
            Path(out, "atspi.json").write_text(walked.stdout)
            Path(out, "atspi-tree.txt").write_text(walked.stderr)
            subprocess.run(
                [sys.executable, "-c", SCREENSHOT, str(Path(out, "atspi.png"))],
                env=dict(env, QT_QPA_PLATFORM="xcb"),
                timeout=30,
                check=True,
            )
    finally:
        children.stop(app, signal.SIGINT)  # Ctrl-C: the app closes the normal way
        log.close()
    app_log = (tmp_path / "app.log").read_text(errors="replace")[-3000:]
    assert walked.returncode == 0, f"walker failed:\n{walked.stderr}\napp log:\n{app_log}"
    result = json.loads(walked.stdout)
    assert not result["error"], f"{result['error']}\napp log:\n{app_log}"
    assert result["unnamed"] == [], "controls with no accessible name:\n" + "\n".join(
        result["unnamed"]
    )
    assert result["reply"].strip(), result
    assert len(result["pages"]) >= 5, f"the walk missed pages: {result['pages']}"
    user, assistant = result["transcript"][0][0], result["author"]
    assert assistant and assistant != user, f"the reply has no author of its own: {result}"
    # The finished reply is announced once, whole (a long one cut at a word, with "…").
    # (Other announcements, such as a page's offline banner, may come too.)
    reply = result["reply"]
    said = [a for a in result["announcements"] if a.strip() and reply.startswith(a.rstrip("…"))]
    assert len(said) == 1, result


def test_the_walk_fails_on_a_control_with_no_name(
    session: dict[str, str], children: Children
) -> None:
    probe = children.start(
        [sys.executable, "-c", PROBE],
        env=dict(session, **ACCESSIBLE_QT),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    walker = [SYSTEM_PYTHON, str(WALKER), "--app", "Unnamed probe", "--names-only"]
    walker += ["--pid", str(probe.pid), "--timeout", str(START_TIMEOUT_S)]
    walked = subprocess.run(
        walker, env=session, capture_output=True, text=True, timeout=START_TIMEOUT_S + 5
    )
    assert walked.returncode == 0, walked.stderr
    result = json.loads(walked.stdout)
    assert not result["error"], result
    roles = sorted(line.rsplit(" > ", 1)[-1] for line in result["unnamed"])
    assert roles == ["push button:", "text:"], result["unnamed"]
