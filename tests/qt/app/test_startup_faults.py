"""Start-up against unusable folders (issue 10.6 and 10.12): the log folder, and the
temporary history a session uses when its data folder cannot be used."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop.app import App, init_logging
from desktop.core.history import session


def test_a_log_folder_that_cannot_be_made_falls_back_to_stderr_as_a_real_process(tmp_path):
    """It stopped start-up with a traceback."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    probe = tmp_path / "started.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HEARTH_LOG_DIR": str(blocker / "logs"),
        "HEARTH_STARTUP_PROBE": str(probe),
    }
    done = subprocess.run(
        [sys.executable, "-m", "desktop"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "cannot keep its log in" in done.stderr  # the log went to stderr
    assert json.loads(probe.read_text())["startup_s"] > 0


@pytest.fixture
def root_logging():
    """init_logging changes the root logger: put it back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_the_window_says_where_the_log_went(qtbot, tmp_path, monkeypatch, root_logging):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("HEARTH_LOG_DIR", str(blocker / "logs"))
    problem = init_logging()
    assert "writes it to the terminal instead" in problem
    app = App([], problems=[problem])
    qtbot.addWidget(app.window)
    app.start(load=False)
    qtbot.waitUntil(app.window.banner.isVisible, timeout=5000)
    assert "cannot keep its log" in app.window.banner.label.text()
    app.window.close()


def session_folders() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob(session.PREFIX + "*"))


def test_the_temporary_history_is_deleted_when_the_window_closes(qtbot, tmp_path, monkeypatch):
    """They were never deleted from /tmp."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("HEARTH_DATA_DIR", str(blocker / "data"))
    before = session_folders()
    app = App([])
    qtbot.addWidget(app.window)
    app.start(load=False)
    made = session_folders() - before
    assert len(made) == 1 and app.store.path.parent in made
    assert "will not be kept" in app.store_problem
    app.window.close()
    qtbot.waitUntil(lambda: not app.window.isVisible(), timeout=15000)
    assert not (session_folders() & made)


def test_folders_left_by_crashed_sessions_are_swept_and_a_live_ones_kept(tmp_path):
    dead = subprocess.run(
        [sys.executable, "-c", "from desktop.core.history import session; "
         "print(session.make_session_folder())"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    crashed = Path(dead.stdout.strip())
    assert crashed.is_dir()  # its owner has exited without removing it: a crash
    alive = session.make_session_folder()
    try:
        removed = session.sweep_session_folders()
        assert crashed in removed and not crashed.exists()
        assert alive.is_dir() and alive not in removed
    finally:
        session.remove_session_folder(alive)
