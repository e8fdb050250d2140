"""One Hearth per user and data folder (issue 10.2, T10): real launches, real processes."""

from __future__ import annotations

import os
import select
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import App
from desktop.core import paths
from desktop.services.instance import InstanceGuard


def launch() -> subprocess.Popen[str]:
    """`hearth` as a person starts it (the starter model loads), offscreen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "desktop"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def first_to_exit(*processes: subprocess.Popen[str], timeout: float) -> subprocess.Popen[str]:
    """Blocks until one of the processes ends (pidfds: no polling); that one."""
    fds = {os.pidfd_open(p.pid): p for p in processes}
    try:
        ready, _, _ = select.select(list(fds), [], [], timeout)
        assert ready, f"no launch ended within {timeout} s"
        return fds[ready[0]]
    finally:
        for fd in fds:
            os.close(fd)


def log_text() -> str:
    log = paths.log_dir() / "hearth.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


@pytest.mark.parametrize("attempt", range(3))
def test_two_launches_at_the_same_instant_make_exactly_one_instance(qtbot, attempt):
    a, b = launch(), launch()
    try:
        loser = first_to_exit(a, b, timeout=60)
        survivor = b if loser is a else a
        assert loser.wait(timeout=10) == 0, loser.stderr.read() if loser.stderr else ""
        assert survivor.poll() is None  # exactly one runs
        qtbot.waitUntil(lambda: "a second launch asked for the window" in log_text(), timeout=30000)
        survivor.send_signal(signal.SIGINT)  # closes the window the normal way
        assert survivor.wait(timeout=60) == 0
        assert "QAbstractSocket" not in (loser.stderr.read() if loser.stderr else "")
    finally:
        for p in (a, b):
            if p.poll() is None:
                p.kill()
                p.wait()


def test_later_launches_bring_the_running_window_forward_and_never_take_its_socket(
    qtbot, tiny_model
):
    app = App([])
    qtbot.addWidget(app.window)
    app.start(model=str(tiny_model), load=False)
    socket = app.guard.socket_path
    assert socket is not None and socket.exists()
    for _ in range(2):  # the second and the third launch
        with qtbot.waitSignal(app.guard.activated, timeout=60000):
            second = launch()
        assert second.wait(timeout=60) == 0
        assert socket.exists()
    app.window.close()
    qtbot.waitUntil(lambda: not app.window.isVisible(), timeout=15000)
    assert not socket.exists() or InstanceGuard().acquire()  # released at close


def test_the_lock_and_socket_live_in_a_private_folder(qtbot, tiny_model):
    app = App([])
    qtbot.addWidget(app.window)
    guard = app.guard
    assert guard.lock_path is not None and guard.socket_path is not None
    folder = guard.lock_path.parent
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert folder.stat().st_uid == os.getuid()
    assert stat.S_IMODE(guard.lock_path.stat().st_mode) == 0o600
    assert guard.socket_path.parent == folder
    app.window.close()


def test_a_runtime_folder_others_can_write_is_not_used(tmp_path, monkeypatch):
    """Not a predictable name in a world-writable place another local user can take first."""
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    monkeypatch.delenv("HEARTH_RUNTIME_DIR")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    folder = paths.runtime_dir()
    assert shared not in folder.parents and folder != shared
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(private))
    assert paths.runtime_dir().parent == private


def test_a_socket_and_lock_left_by_a_crash_do_not_stop_the_next_start(qtbot, tiny_model):
    stale = InstanceGuard()
    assert stale.lock_path is not None and stale.socket_path is not None
    stale.lock_path.parent.mkdir(parents=True, exist_ok=True)
    stale.lock_path.write_text("12345")  # a lock file with no lock held: a crashed run
    stale.socket_path.write_text("")  # a dead socket file
    app = App([])
    qtbot.addWidget(app.window)
    app.start(model=str(tiny_model), load=False)
    with qtbot.waitSignal(app.guard.activated, timeout=60000):
        second = launch()
    assert second.wait(timeout=60) == 0
    app.window.close()


def test_the_running_instance_is_the_only_writer(tmp_path):
    """The second launch never opens the history: it exits before any store exists."""
    guard = InstanceGuard()
    assert guard.acquire()
    try:
        second = launch()
        assert second.wait(timeout=60) == 0
        assert not Path(paths.data_dir(), "hearth.sqlite3").exists()
    finally:
        guard.release()


def test_a_second_launch_prints_no_socket_warning(qtbot):
    """Issue 12.3: asking the running instance printed a QAbstractSocket warning (the
    instance hangs up at once; waiting to write on the closed socket warned)."""
    guard = InstanceGuard()
    assert guard.acquire()
    try:
        for _ in range(3):
            with qtbot.waitSignal(guard.activated, timeout=60000):
                second = launch()
            _, err = second.communicate(timeout=60)
            assert second.returncode == 0
            assert "QAbstractSocket" not in err and "QLocalSocket" not in err, err
        # In this process too: a Qt warning here fails the test (tests/leaks.py).
        asker = InstanceGuard()
        with qtbot.waitSignal(guard.activated, timeout=10000):
            assert asker._ask_running()
    finally:
        guard.release()
