"""The window against a hostile history (issue 10, T9 and T10): a database locked by
another real process, a full disk (a real tmpfs), a damaged file, a value written by a
newer Hearth, and a reply another live process is still writing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from history_damage import (
    CONVERSATIONS,
    damage,
    open_at_start,
    set_stats_json,
    sha256,
    unreadable_conversation,
    write_history,
)
from mounts import fill, tmpfs
from PySide6.QtCore import QTimer
from saved import on_disk

from desktop.app import App
from desktop.core.history import ConversationStore, default_path
from desktop.core.settings import load_settings, save_settings
from desktop.core.types import SamplingParams
from desktop.models.conversation_list import Role as ListRole

GREEDY = SamplingParams(temperature=0.0, max_tokens=24, repeat_penalty=1.0)
TESTS = Path(__file__).resolve().parents[2]


def make_app(qtbot, model: Path, load: bool = True) -> App:
    app = App([])
    qtbot.addWidget(app.window)
    if load:
        with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
            app.start(model=str(model))
        app.window.params.set_sampling(GREEDY)
        app.controller.sampling = app.window.params.sampling()
    else:
        app.start(model=str(model), load=False)
    return app


def close(qtbot, app: App) -> None:
    app.window.close()
    qtbot.waitUntil(lambda: not app.window.isVisible(), timeout=15000)
    assert not app.controller._thread.isRunning()


def send(qtbot, app: App, text: str) -> tuple:
    with qtbot.waitSignal(app.controller.messageFinished, timeout=60000) as blocker:
        assert app.controller.submit(text)
    return tuple(blocker.args)


def wait_saved(qtbot, app: App) -> None:
    qtbot.waitUntil(lambda: app.history.save_status.saved, timeout=20000)


# --- another program holds the database -------------------------------------------------


@pytest.fixture
def locker() -> Iterator[subprocess.Popen[str]]:
    """A second real process that takes the history's write lock when started."""
    process: subprocess.Popen[str] | None = None

    def start() -> subprocess.Popen[str]:
        nonlocal process
        process = subprocess.Popen(
            [sys.executable, str(TESTS / "db_locker.py"), str(default_path())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None and process.stdout.readline() == "locked\n"
        return process

    yield start  # type: ignore[misc]
    if process is not None and process.poll() is None:
        process.kill()
        process.wait()


def release(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None
    process.stdin.write("\n")
    process.stdin.flush()
    assert process.wait(timeout=30) == 0


def test_a_reply_that_ends_while_another_process_holds_the_database_is_kept_and_saved(
    qtbot, tiny_model, locker
):
    """Issue 10.1 and 10.8: the last save failed (busy) and the reply reopened empty, and
    every write froze the window for the 5 s busy timeout."""
    app = make_app(qtbot, tiny_model)
    wait_saved(qtbot, app)
    holder = locker()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)

    reply_id, status, _ = send(qtbot, app, "hello while locked")
    shown = app.window.chat_model.rows()[-1].text
    assert status == "complete" and shown

    label = app.window.save_label
    qtbot.waitUntil(label.isVisible, timeout=20000)
    assert label.text() == "Not saved yet"
    assert "another program is using the history file" in label.toolTip()
    assert "What you see is kept, and saved as soon as it can be." in app.window.banner.label.text()
    seen = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) > seen + 5, timeout=5000)  # the window is alive
    assert holder.poll() is None  # ... while the other process still holds the file
    assert app.window.chat_model.rows()[-1].text == shown  # nothing shown was lost

    release(holder)
    wait_saved(qtbot, app)
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=5000)
    assert not app.window.banner.isVisible()  # the problem is gone, and what said it
    stored = on_disk(app).get_message(reply_id)
    assert (stored.status, stored.content) == ("complete", shown)
    timer.stop()
    close(qtbot, app)


def test_closing_while_the_database_is_held_waits_then_saves_and_closes(qtbot, tiny_model, locker):
    app = make_app(qtbot, tiny_model)
    wait_saved(qtbot, app)
    holder = locker()
    reply_id, _, _ = send(qtbot, app, "closing while locked")
    shown = app.window.chat_model.rows()[-1].text
    app.window.close()
    assert app.window.isVisible()  # it waits for the disk instead of losing the reply
    release(holder)
    qtbot.waitUntil(lambda: not app.window.isVisible(), timeout=20000)
    with ConversationStore(default_path()) as store:
        stored = store.get_message(reply_id)
    assert (stored.status, stored.content) == ("complete", shown)


# --- a full disk (a real tmpfs) ---------------------------------------------------------


def test_a_full_disk_keeps_the_reply_shown_until_space_comes_back(
    qtbot, tiny_model, tmp_path, monkeypatch
):
    """Issue 10.1: with the disk full when a reply ended, the row stayed 'streaming' with
    empty text and reopened as 'interrupted' and empty."""
    with tmpfs(tmp_path / "disk", size="4m") as disk:
        monkeypatch.setenv("HEARTH_DATA_DIR", str(disk / "data"))
        app = make_app(qtbot, tiny_model)
        wait_saved(qtbot, app)
        app.controller.sampling = replace(GREEDY, max_tokens=200)
        filler = fill(disk)

        reply_id, status, _ = send(qtbot, app, "hello on a full disk")
        shown = app.window.chat_model.rows()[-1].text
        assert status == "complete" and shown
        qtbot.waitUntil(app.window.save_label.isVisible, timeout=20000)
        assert "the disk is full" in app.window.save_label.toolTip()

        # Closing now asks: keep Hearth open (it goes on trying) or quit without saving.
        app.window.close()
        qtbot.waitUntil(lambda: app._unsaved_box is not None, timeout=20000)
        box = app._unsaved_box
        assert "the disk is full" in box.text().lower()
        keep = next(b for b in box.buttons() if b.text() == "Keep Hearth open")
        keep.click()
        assert app.window.isVisible()

        filler.unlink()  # the person frees some space
        app.history.retry_saving()
        wait_saved(qtbot, app)
        stored = on_disk(app).get_message(reply_id)
        assert (stored.status, stored.content) == ("complete", shown)
        close(qtbot, app)


def test_quit_without_saving_is_the_persons_choice_and_closes(
    qtbot, tiny_model, tmp_path, monkeypatch
):
    with tmpfs(tmp_path / "disk", size="4m") as disk:
        monkeypatch.setenv("HEARTH_DATA_DIR", str(disk / "data"))
        app = make_app(qtbot, tiny_model)
        wait_saved(qtbot, app)
        fill(disk)
        send(qtbot, app, "this one is given up")
        app.window.close()
        qtbot.waitUntil(lambda: app._unsaved_box is not None, timeout=20000)
        box = app._unsaved_box
        quit_button = next(b for b in box.buttons() if b.text() == "Quit without saving")
        quit_button.click()
        qtbot.waitUntil(lambda: not app.window.isVisible(), timeout=20000)
        assert not app.controller._thread.isRunning()


# --- damage and values from a newer Hearth ------------------------------------------------


def test_a_damaged_history_opens_the_window_repairs_and_keeps_the_damaged_file(qtbot, tiny_model):
    """Issue 10.5: a damaged page aborted the app at every start (exit 134, no window)."""
    db = default_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    write_history(db)
    damage(db, "messages")
    open_at_start(unreadable_conversation(db))  # what the hostile run had: a chat to reopen
    original = sha256(db)

    app = App([])
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.history.repaired, timeout=30000) as repaired:
        app.start(model=str(tiny_model), load=False)
    assert app.window.isVisible()
    sentence = repaired.args[0]
    assert "repaired" in sentence and "could not be read" in sentence
    qtbot.waitUntil(lambda: "repaired" in app.window.banner.label.text(), timeout=5000)
    assert app.window.conversations.conversation_count() == CONVERSATIONS
    (kept,) = [
        p
        for p in db.parent.glob("hearth.sqlite3.damaged-*")
        if p.suffix != ".sqlite3" and not p.name.endswith(("-wal", "-shm"))
    ]
    assert sha256(kept) == original  # set aside untouched
    for row in range(app.window.conversations.rowCount()):
        cid = app.window.conversations.index(row, 0).data(ListRole.ConversationId)
        assert cid is None or app.controller.open_conversation(cid)  # every chat left opens
    assert app.store.integrity_check()
    close(qtbot, app)


def test_a_stop_reason_from_a_newer_hearth_still_opens_the_conversation(qtbot, tiny_model):
    db = default_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    with ConversationStore(db) as store:
        conversation = store.create_conversation("from the future")
        user = store.add_message(conversation.id, None, "user", "question")
        reply = store.begin_reply(conversation.id, user.id)
        store.finish_reply(reply, "an answer from a newer Hearth", "complete")
    set_stats_json(db, reply, {"stop_reason": "a_reason_from_2030", "prompt_tokens": "many"})
    settings = replace(load_settings(), last_conversation_id=conversation.id)
    save_settings(settings)

    app = make_app(qtbot, tiny_model, load=False)
    assert app.controller.conversation_id == conversation.id
    texts = [r.text for r in app.window.chat_model.rows()]
    assert texts == ["question", "an answer from a newer Hearth"]
    assert not app.window.banner.isVisible()
    close(qtbot, app)


def test_the_app_starts_on_a_damaged_history_as_a_real_process(tmp_path):
    """The hostile run's start-up: `hearth` on a damaged file must show its window and
    exit cleanly, not abort with "QThread: Destroyed while thread is still running"."""
    db = default_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    write_history(db)
    damage(db, "messages")
    open_at_start(unreadable_conversation(db))
    probe = tmp_path / "started.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEARTH_STARTUP_PROBE": str(probe)}
    done = subprocess.run(
        [sys.executable, "-m", "desktop"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "QThread" not in done.stderr
    assert json.loads(probe.read_text())["startup_s"] > 0
    assert list(db.parent.glob("hearth.sqlite3.damaged-*"))


# --- a reply another running process is writing --------------------------------------------


def test_start_up_recovery_leaves_a_live_writers_reply_alone(qtbot, tiny_model):
    """Issue 10.2: a second instance's start-up marked the first one's reply, still being
    written, as interrupted, and most of its text was lost."""
    db = default_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    writer = subprocess.Popen(
        [sys.executable, str(TESTS / "history_writer.py"), str(db), "7", "--hold-mid-reply"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None
        events = [json.loads(writer.stdout.readline()) for _ in range(3)]
        assert [e["e"] for e in events] == ["open", "user", "held"]
        reply_id = events[2]["id"]

        app = make_app(qtbot, tiny_model, load=False)
        wait_saved(qtbot, app)  # recovery ran (it is the writer's first job)
        with ConversationStore(db, recover=False) as store:
            live = store.get_message(reply_id)
        assert live.status == "streaming" and live.content == events[2]["text"]
        close(qtbot, app)
    finally:
        writer.kill()
        writer.wait()
    with ConversationStore(db) as store:  # now its writer is gone
        assert store.recovered == 1
        message = store.get_message(reply_id)
        assert message.status == "interrupted" and message.content == events[2]["text"]
