"""DownloadManager, its list model and the Downloads page, against the local hub server."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hubserver import HubServer
from PySide6.QtCore import Qt

from desktop.core import hub as hubapi
from desktop.core.models.hf_cache import cached_file
from desktop.core.models.library import Library
from desktop.core.models.partials import partial_downloads
from desktop.core.models.transfer import DownloadOptions
from desktop.core.units import format_bytes
from desktop.models.download_list import (
    DownloadListModel,
    Role,
    eta_text,
    speed_text,
)
from desktop.models.locale_format import duration as format_duration
from desktop.services.download_queue import (
    OFFLINE_NOTE,
    THREAD_PREFIX,
    WORKER_PREFIX,
    DownloadItem,
    DownloadManager,
    download_key,
)
from desktop.ui.downloads_page import EMPTY_TEXT, DownloadsPage

TINY_REPO = "test/Tiny-GGUF"
BIG_REPO = "test/Starter-GGUF"
SPLIT_REPO = "test/Split-GGUF"
TIMEOUT = 20_000  # ms: generous for slow CI machines; waits end as soon as the state is reached


def download_threads() -> list[threading.Thread]:
    """Our workers and download_file's watchdogs."""
    return [t for t in threading.enumerate() if t.name.startswith(THREAD_PREFIX) and t.is_alive()]


def choice_of(server: HubServer, repo_id: str, *names: str) -> hubapi.ModelChoice:
    """The ModelChoice the Discover page would hand over, from the server's own metadata."""
    files = tuple(
        hubapi.HubFile(
            n, server.repos[repo_id].files[n].size, server.repos[repo_id].files[n].sha256
        )
        for n in names
    )
    choices = hubapi.group_files(files)
    assert len(choices) == 1
    return choices[0]


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


class Env:
    """A hub server, an HF cache, a library and the managers made on them."""

    def __init__(self, server: HubServer, tmp_path: Path, qtbot) -> None:
        self.server = server
        self.cache = tmp_path / "hf_cache"
        self.state = tmp_path / "downloads_state"
        self.library = Library(tmp_path / "library.json", self.cache, starter=None)
        self.qtbot = qtbot
        self.managers: list[DownloadManager] = []

    def manager(self, max_parallel: int = 2, **options: float) -> DownloadManager:
        m = DownloadManager(
            lambda: hubapi.HubClient(endpoint=self.server.url),
            self.library,
            self.cache,
            self.state,
            max_parallel=max_parallel,
            options=DownloadOptions(**options) if options else None,
        )
        self.managers.append(m)
        return m

    def wait_state(self, m: DownloadManager, key: str, *states: str) -> DownloadItem:
        self.qtbot.waitUntil(lambda: m.item(key).state in states, timeout=TIMEOUT)
        return m.item(key)

    def wait_threads_gone(self, m: DownloadManager) -> None:
        self.qtbot.waitUntil(lambda: m.active_threads() == 0, timeout=TIMEOUT)

    def partials(self) -> list[Path]:
        return sorted(self.cache.glob("models--*/blobs/*.incomplete"))


@pytest.fixture
def env(
    local_network_only, tiny_model: Path, starter: Path, tmp_path: Path, qtbot
) -> Iterator[Env]:
    with HubServer() as server:
        server.faults.stall_timeout = 60.0  # stalls last until the test releases them
        server.add_repo(
            TINY_REPO,
            {
                "tiny-Q4_K_M.gguf": tiny_model,
                "tiny-Q8_0.gguf": tiny_model.read_bytes() + b"\0" * 4096,
                "tiny-F16.gguf": tiny_model.read_bytes() + b"\1" * 8192,
            },
        )
        server.add_repo(BIG_REPO, {"starter-Q4_1.gguf": starter})
        server.add_repo(
            SPLIT_REPO,
            {
                "split-Q4_0-00001-of-00002.gguf": b"GGUF" + b"a" * 300_000,
                "split-Q4_0-00002-of-00002.gguf": b"b" * 200_000,
            },
        )
        e = Env(server, tmp_path, qtbot)
        try:
            yield e
        finally:
            for m in e.managers:
                m.shutdown()
            server.release()
    assert download_threads() == [], "a download thread outlived its test"


# --- the queue ----------------------------------------------------------------------------


def test_download_completes_and_library_records_it_verified(env: Env, qtbot) -> None:
    m = env.manager()
    choice = choice_of(env.server, TINY_REPO, "tiny-Q4_K_M.gguf")
    with qtbot.waitSignal(m.installed, timeout=TIMEOUT) as installed:
        key = m.enqueue(TINY_REPO, choice)
    assert installed.args[0] == key
    path = Path(installed.args[1])
    expected = env.server.repos[TINY_REPO].files["tiny-Q4_K_M.gguf"].sha256
    assert path == cached_file(env.cache, TINY_REPO, "tiny-Q4_K_M.gguf")
    assert sha256_of(path) == expected
    item = m.item(key)
    assert (item.state, item.path, item.error) == ("done", path, None)
    assert item.done == item.total == path.stat().st_size
    listed = {model.path: model for model in env.library.models()}
    assert listed[path].verification == "verified"
    assert listed[path].sha256 == expected
    assert env.partials() == []
    assert partial_downloads(env.state, env.cache) == []


def test_same_model_twice_gets_the_same_key_and_an_installed_one_is_done_at_once(
    env: Env, qtbot
) -> None:
    m = env.manager()
    env.server.faults.stall_after = 64 * 1024
    choice = choice_of(env.server, TINY_REPO, "tiny-Q4_K_M.gguf")
    key = m.enqueue(TINY_REPO, choice)
    assert m.enqueue(TINY_REPO, choice) == key
    assert [i.key for i in m.items()] == [key]
    with qtbot.waitSignal(m.installed, timeout=TIMEOUT):
        env.server.release()
    requests = len(env.server.requests_to("/lfs/", "GET"))

    # A second manager (the app started again) finds it in the cache: no request at all.
    m2 = env.manager()
    with qtbot.waitSignal(m2.installed, timeout=TIMEOUT) as installed:
        key2 = m2.enqueue(TINY_REPO, choice)
        assert m2.item(key2).state == "done"  # at once, before the event loop runs
    assert installed.args == [key, str(cached_file(env.cache, TINY_REPO, "tiny-Q4_K_M.gguf"))]
    assert len(env.server.requests_to("/lfs/", "GET")) == requests
    assert m2.active_threads() == 0


def test_two_at_once_and_the_third_waits_its_turn(env: Env, qtbot) -> None:
    m = env.manager(max_parallel=2)
    env.server.faults.stall_after = 64 * 1024
    env.server.faults.times = 3
    names = ["tiny-Q4_K_M.gguf", "tiny-Q8_0.gguf", "tiny-F16.gguf"]
    keys = [m.enqueue(TINY_REPO, choice_of(env.server, TINY_REPO, n)) for n in names]
    assert len(set(keys)) == 3
    qtbot.waitUntil(lambda: len(env.server.requests_to("/lfs/", "GET")) == 2, timeout=TIMEOUT)
    assert [m.item(k).state for k in keys] == ["running", "running", "queued"]
    assert m.active_threads() == 2
    assert len([t for t in download_threads() if t.name.startswith(WORKER_PREFIX)]) == 2

    installed: list[str] = []
    third_started_after: list[int] = []  # how many had finished when the third started

    def on_changed(key: str) -> None:
        if key == keys[2] and m.item(key).state == "running" and not third_started_after:
            third_started_after.append(len(installed))

    m.installed.connect(lambda key, _path: installed.append(key))
    m.changed.connect(on_changed)
    env.server.release()
    qtbot.waitUntil(lambda: len(installed) == 3, timeout=TIMEOUT)
    assert sorted(installed) == sorted(keys)
    assert third_started_after == [1], "the queued one started when a slot came free"
    for name, key in zip(names, keys, strict=True):
        path = m.item(key).path
        assert path is not None
        assert sha256_of(path) == env.server.repos[TINY_REPO].files[name].sha256


def test_raising_the_limit_starts_a_waiting_download_now(env: Env, qtbot) -> None:
    m = env.manager(max_parallel=1)
    env.server.faults.stall_after = 64 * 1024
    env.server.faults.times = 2
    names = ["tiny-Q4_K_M.gguf", "tiny-Q8_0.gguf"]
    keys = [m.enqueue(TINY_REPO, choice_of(env.server, TINY_REPO, n)) for n in names]
    qtbot.waitUntil(lambda: len(env.server.requests_to("/lfs/", "GET")) == 1, timeout=TIMEOUT)
    assert [m.item(k).state for k in keys] == ["running", "queued"]
    m.set_max_parallel(2)
    assert [m.item(k).state for k in keys] == ["running", "running"]
    qtbot.waitUntil(lambda: len(env.server.requests_to("/lfs/", "GET")) == 2, timeout=TIMEOUT)
    env.server.release()
    for key in keys:
        env.wait_state(m, key, "done")


def test_pause_keeps_the_partial_and_resume_finishes_with_the_right_sha256(env: Env, qtbot) -> None:
    m = env.manager(stall_after=0.3)
    env.server.faults.stall_after = 4 << 20
    key = m.enqueue(BIG_REPO, choice_of(env.server, BIG_REPO, "starter-Q4_1.gguf"))
    qtbot.waitUntil(lambda: m.item(key).done >= 4 << 20, timeout=TIMEOUT)
    m.pause(key)
    assert m.item(key).state == "paused"
    env.wait_threads_gone(m)
    item = m.item(key)
    assert (item.state, item.speed, item.eta) == ("paused", 0.0, None)
    [partial] = partial_downloads(env.state, env.cache)
    assert partial.done == 4 << 20
    assert len(env.partials()) == 1

    with qtbot.waitSignal(m.installed, timeout=TIMEOUT) as installed:
        m.resume(key)
    path = Path(installed.args[1])
    assert sha256_of(path) == env.server.repos[BIG_REPO].files["starter-Q4_1.gguf"].sha256
    ranges = [r.range for r in env.server.requests_to("/lfs/", "GET")]
    assert ranges[-1] == f"bytes={4 << 20}-", "the resume asked only for the rest"
    assert env.partials() == []


def test_cancel_deletes_the_partial_and_removes_the_item(env: Env, qtbot) -> None:
    m = env.manager(stall_after=0.3)
    env.server.faults.stall_after = 1 << 20
    key = m.enqueue(BIG_REPO, choice_of(env.server, BIG_REPO, "starter-Q4_1.gguf"))
    qtbot.waitUntil(lambda: m.item(key).done >= 1 << 20, timeout=TIMEOUT)
    assert len(env.partials()) == 1
    with qtbot.waitSignal(m.removed, timeout=1000) as removed:
        m.cancel(key)
    assert removed.args == [key]
    assert m.items() == []
    env.wait_threads_gone(m)
    assert env.partials() == []
    assert partial_downloads(env.state, env.cache) == []
    assert list(env.state.glob("*.json")) == []
    with pytest.raises(KeyError):
        m.item(key)


def test_cancel_of_a_paused_download_deletes_its_partial(env: Env, qtbot) -> None:
    m = env.manager(stall_after=0.3)
    env.server.faults.stall_after = 1 << 20
    key = m.enqueue(BIG_REPO, choice_of(env.server, BIG_REPO, "starter-Q4_1.gguf"))
    qtbot.waitUntil(lambda: m.item(key).done >= 1 << 20, timeout=TIMEOUT)
    m.pause(key)
    env.wait_threads_gone(m)
    assert len(env.partials()) == 1
    m.cancel(key)
    assert env.partials() == []
    assert m.items() == []


def test_a_stall_shows_as_stalled_then_recovers(env: Env, qtbot) -> None:
    m = env.manager(stall_after=0.3, read_timeout=60.0)
    model = DownloadListModel(m)
    env.server.faults.stall_after = 128 * 1024
    key = m.enqueue(TINY_REPO, choice_of(env.server, TINY_REPO, "tiny-Q4_K_M.gguf"))
    item = env.wait_state(m, key, "stalled")
    assert item.speed == 0.0
    assert item.eta is None
    assert "stalled" in item.note.lower()
    assert speed_text(item) == "", "a stalled download never shows its last speed"
    assert eta_text(item) == ""
    qtbot.waitUntil(lambda: model.index(0).data(Role.StateLabel) == "Stalled", timeout=TIMEOUT)

    with qtbot.waitSignal(m.installed, timeout=TIMEOUT):
        env.server.release()
    assert m.item(key).state == "done"
    assert model.index(0).data(Role.StateLabel) == "Installed"


def test_a_cut_connection_shows_retrying_without_an_old_speed(env: Env, qtbot) -> None:
    # A long first backoff, so the test can look at the item while it waits to retry.
    m = env.manager(backoff=(30.0,))
    model = DownloadListModel(m)
    env.server.faults.cut_after = 2 << 20
    key = m.enqueue(BIG_REPO, choice_of(env.server, BIG_REPO, "starter-Q4_1.gguf"))
    qtbot.waitUntil(lambda: m.item(key).phase == "retrying", timeout=TIMEOUT)
    item = m.item(key)
    assert (item.state, item.speed, item.eta) == ("running", 0.0, None)
    assert item.note == "Retrying in 30 s: The connection to the hub was cut."
    assert speed_text(item) == "" and eta_text(item) == ""
    qtbot.waitUntil(lambda: model.index(0).data(Role.StateLabel) == "Retrying", timeout=TIMEOUT)
    m.pause(key)  # the backoff wait ends at once
    env.wait_threads_gone(m)
    assert m.item(key).state == "paused"


def test_a_damaged_download_fails_with_a_sentence_and_a_retry_succeeds(env: Env, qtbot) -> None:
    m = env.manager()
    env.server.faults.flip_byte_at = 1000
    choice = choice_of(env.server, TINY_REPO, "tiny-Q4_K_M.gguf")
    with qtbot.waitSignal(m.failed, timeout=TIMEOUT) as failed:
        key = m.enqueue(TINY_REPO, choice)
    sentence = failed.args[1]
    assert failed.args[0] == key
    assert "sha256" in sentence
    item = m.item(key)
    assert (item.state, item.error) == ("failed", sentence)
    assert cached_file(env.cache, TINY_REPO, "tiny-Q4_K_M.gguf") is None
    assert env.library.models() == [], "a damaged file is never listed"

    with qtbot.waitSignal(m.installed, timeout=TIMEOUT):
        m.resume(key)  # the page's Retry
    assert m.item(key).error is None
    assert m.item(key).state == "done"


def test_a_split_model_is_one_item_and_every_part_is_recorded(env: Env, qtbot) -> None:
    m = env.manager()
    names = ("split-Q4_0-00001-of-00002.gguf", "split-Q4_0-00002-of-00002.gguf")
    choice = choice_of(env.server, SPLIT_REPO, *names)
    with qtbot.waitSignal(m.installed, timeout=TIMEOUT) as installed:
        key = m.enqueue(SPLIT_REPO, choice)
    assert key == download_key(SPLIT_REPO, "split-Q4_0")
    assert Path(installed.args[1]).name == names[0]
    item = m.item(key)
    assert item.files == names
    assert item.done == item.total == 500_004
    for name in names:
        path = cached_file(env.cache, SPLIT_REPO, name)
        assert path is not None
        assert sha256_of(path) == env.server.repos[SPLIT_REPO].files[name].sha256


def test_restore_after_a_restart_finds_the_paused_partial(env: Env, qtbot) -> None:
    m = env.manager(stall_after=0.3)
    env.server.faults.stall_after = 2 << 20
    key = m.enqueue(BIG_REPO, choice_of(env.server, BIG_REPO, "starter-Q4_1.gguf"))
    qtbot.waitUntil(lambda: m.item(key).done >= 2 << 20, timeout=TIMEOUT)
    m.shutdown()  # the app closes mid-download
    assert download_threads() == []

    m2 = env.manager()
    with qtbot.waitSignal(m2.added, timeout=1000) as added:
        m2.restore()
    assert added.args == [key]
    item = m2.item(key)
    assert item.state == "paused"
    assert item.done == 2 << 20
    assert item.total == env.server.repos[BIG_REPO].files["starter-Q4_1.gguf"].size
    assert item.note
    m2.restore()  # twice changes nothing
    assert len(m2.items()) == 1

    with qtbot.waitSignal(m2.installed, timeout=TIMEOUT) as installed:
        m2.resume(key)
    path = Path(installed.args[1])
    assert sha256_of(path) == env.server.repos[BIG_REPO].files["starter-Q4_1.gguf"].sha256
    assert env.server.requests_to("/lfs/", "GET")[-1].range == f"bytes={2 << 20}-"


def test_shutdown_during_downloads_joins_every_thread(env: Env, qtbot) -> None:
    m = env.manager(max_parallel=2)
    env.server.faults.stall_after = 64 * 1024
    env.server.faults.times = 2
    keys = [
        m.enqueue(TINY_REPO, choice_of(env.server, TINY_REPO, n))
        for n in ("tiny-Q4_K_M.gguf", "tiny-Q8_0.gguf", "tiny-F16.gguf")
    ]
    qtbot.waitUntil(lambda: len(env.server.requests_to("/lfs/", "GET")) == 2, timeout=TIMEOUT)
    assert len(download_threads()) >= 2
    m.shutdown()
    assert download_threads() == []
    assert m.active_threads() == 0
    assert [m.item(k).state for k in keys] == ["paused", "paused", "paused"]
    m.resume(keys[0])  # nothing starts after shutdown
    assert download_threads() == []


def test_offline_pauses_running_downloads_and_resumes_them_when_back(env: Env, qtbot) -> None:
    m = env.manager()
    env.server.faults.stall_after = 64 * 1024
    running = m.enqueue(TINY_REPO, choice_of(env.server, TINY_REPO, "tiny-Q4_K_M.gguf"))
    env.wait_state(m, running, "running", "stalled")
    m.set_offline(True)
    item = m.item(running)
    assert item.state == "paused"
    assert item.note == OFFLINE_NOTE
    assert "offline" in item.note
    env.wait_threads_gone(m)

    gets = len(env.server.requests_to("/lfs/", "GET"))
    waiting = m.enqueue(TINY_REPO, choice_of(env.server, TINY_REPO, "tiny-Q8_0.gguf"))
    assert m.item(waiting).state == "queued"
    assert "offline" in m.item(waiting).note
    assert m.active_threads() == 0
    assert len(env.server.requests_to("/lfs/", "GET")) == gets

    env.server.release()
    installed: list[str] = []
    m.installed.connect(lambda key, _path: installed.append(key))
    m.set_offline(False)
    qtbot.waitUntil(lambda: len(installed) == 2, timeout=TIMEOUT)
    assert sorted(installed) == sorted([running, waiting])


def test_list_model_follows_the_manager(env: Env, qtbot, qtmodeltester) -> None:
    m = env.manager(stall_after=0.3)
    model = DownloadListModel(m)
    env.server.faults.stall_after = 64 * 1024
    key = m.enqueue(TINY_REPO, choice_of(env.server, TINY_REPO, "tiny-Q4_K_M.gguf"))
    assert model.rowCount() == 1
    qtmodeltester.check(model)
    index = model.index(0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "tiny-Q4_K_M.gguf"
    assert index.data(Role.Key) == key
    assert isinstance(index.data(Role.Item), DownloadItem)
    qtbot.waitUntil(lambda: model.index(0).data(Role.Percent) > 0, timeout=TIMEOUT)
    assert "of" in model.index(0).data(Role.Sizes)
    with qtbot.waitSignal(model.rowsRemoved, timeout=1000):
        m.cancel(key)
    assert model.rowCount() == 0


def test_formatting() -> None:
    assert format_bytes(999) == "999 B"
    assert format_bytes(1_500_000) == "1.5 MB"
    assert format_bytes(4_100_000_000) == "4.1 GB"
    assert format_duration(42) == "42 s"
    assert format_duration(150) == "2 min"
    assert format_duration(3 * 3600 + 20 * 60) == "3 h 20 min"


# --- the page -------------------------------------------------------------------------------


def test_page_shows_rows_and_its_buttons_work(env: Env, qtbot) -> None:
    m = env.manager(stall_after=0.3)
    page = DownloadsPage(m)
    qtbot.addWidget(page)
    page.show()
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == EMPTY_TEXT

    env.server.faults.stall_after = 1 << 20
    key = m.enqueue(BIG_REPO, choice_of(env.server, BIG_REPO, "starter-Q4_1.gguf"))
    assert page.stack.currentWidget() is not page.empty
    row = page.row(key)
    assert row.name.text() == "starter-Q4_1.gguf"
    assert row.pause_button.isVisible()
    assert not row.resume_button.isVisible()
    qtbot.waitUntil(lambda: row.bar.value() >= 1, timeout=TIMEOUT)
    assert " of " in row.sizes.text()

    qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
    assert m.item(key).state == "paused"
    assert row.state.text() == "Paused"
    assert row.resume_button.isVisible()
    assert not row.pause_button.isVisible()
    assert row.speed.text() == ""
    env.wait_threads_gone(m)

    env.server.release()
    with qtbot.waitSignal(m.installed, timeout=TIMEOUT):
        qtbot.mouseClick(row.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.state.text() == "Installed", timeout=TIMEOUT)
    assert row.bar.value() == 100
    assert row.cancel_button.text() == "Clear"
    assert not row.pause_button.isVisible()
    assert not row.resume_button.isVisible()

    path = m.item(key).path
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    assert page.rows() == []
    assert page.stack.currentWidget() is page.empty
    assert path is not None
    assert path.is_file(), "Clear removes the row, never the installed model"


def test_page_shows_a_failure_sentence_and_retry(env: Env, qtbot) -> None:
    m = env.manager()
    page = DownloadsPage(m)
    qtbot.addWidget(page)
    page.show()
    env.server.faults.flip_byte_at = 10
    with qtbot.waitSignal(m.failed, timeout=TIMEOUT) as failed:
        key = m.enqueue(TINY_REPO, choice_of(env.server, TINY_REPO, "tiny-Q4_K_M.gguf"))
    row = page.row(key)
    assert row.state.text() == "Failed"
    assert row.sentence.text() == failed.args[1]
    assert row.sentence.isVisible()
    assert row.resume_button.text() == "Retry"
    with qtbot.waitSignal(m.installed, timeout=TIMEOUT):
        qtbot.mouseClick(row.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not row.sentence.isVisible(), timeout=TIMEOUT)


def test_page_cancel_button_deletes_the_partial(env: Env, qtbot) -> None:
    m = env.manager(stall_after=0.3)
    page = DownloadsPage(m)
    qtbot.addWidget(page)
    page.show()
    env.server.faults.stall_after = 1 << 20
    key = m.enqueue(BIG_REPO, choice_of(env.server, BIG_REPO, "starter-Q4_1.gguf"))
    qtbot.waitUntil(lambda: m.item(key).done >= 1 << 20, timeout=TIMEOUT)
    qtbot.mouseClick(page.row(key).cancel_button, Qt.MouseButton.LeftButton)
    assert page.rows() == []
    env.wait_threads_gone(m)
    assert env.partials() == []


def test_page_lists_downloads_that_existed_before_it(env: Env, qtbot) -> None:
    m = env.manager()
    env.server.faults.stall_after = 64 * 1024
    key = m.enqueue(TINY_REPO, choice_of(env.server, TINY_REPO, "tiny-Q4_K_M.gguf"))
    page = DownloadsPage(m)
    qtbot.addWidget(page)
    assert [r.key for r in page.rows()] == [key]
    assert page.stack.currentWidget() is not page.empty
