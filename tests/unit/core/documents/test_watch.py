"""FolderWatch on real watchdog (inotify here): a burst of changes is one call naming the
folder, hidden files are ignored, stop() ends every thread and every call."""

from __future__ import annotations

import threading
from pathlib import Path

from desktop.core.documents.watch import FolderWatch


class _Calls:
    def __init__(self) -> None:
        self.calls: list[set[Path]] = []
        self.event = threading.Event()

    def __call__(self, folders: set[Path]) -> None:
        self.calls.append(folders)
        self.event.set()


def test_a_burst_of_changes_is_one_call(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    calls = _Calls()
    watch = FolderWatch([a, b], calls, debounce=0.5)
    try:
        (a / "sub").mkdir()
        for i in range(30):
            (a / "sub" / f"{i}.txt").write_text("x")
        assert calls.event.wait(10)
    finally:
        watch.stop()
    # One call, or a few if the machine stalled longer than the debounce mid-burst.
    assert calls.calls[0] == {a} and all(c == {a} for c in calls.calls)
    assert len(calls.calls) < 5
    assert watch.failed == {}


def test_hidden_files_are_ignored_and_stop_ends_the_calls(tmp_path):
    calls = _Calls()
    watch = FolderWatch([tmp_path], calls, debounce=1.0)
    try:
        (tmp_path / ".swap").write_text("x")
        (tmp_path / ".git").mkdir()
        (tmp_path / ".git" / "HEAD").write_text("x")
        (tmp_path / "seen.md").write_text("x")  # the only change that counts
        assert calls.event.wait(10)
        assert calls.calls == [{tmp_path}]
        calls.event.clear()
        (tmp_path / "late.md").write_text("x")
    finally:
        watch.stop()  # before the late change's timer fires: no call after stop
    assert not calls.event.is_set()
    assert calls.calls == [{tmp_path}]


def test_a_missing_folder_is_reported_not_raised(tmp_path):
    watch = FolderWatch([tmp_path / "nope"], _Calls())
    try:
        assert list(watch.failed) == [tmp_path / "nope"]
    finally:
        watch.stop()
