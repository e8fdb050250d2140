"""Remote models in the window (issue 13, part 2): a connection's models in the picker, a chat
with one (streaming, the stats line, history, the reply's info), the local engine reaped and
started again, the choice remembered; offline mode blocks a non-loopback connection with a
sentence. A real llama_cpp.server with the starter on 127.0.0.1, the real window offscreen."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest
import remote_servers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from saved import on_disk

from desktop.app import App
from desktop.core.connections import ConnectionStore, remote_key, short_model_id
from desktop.core.settings import load_settings, save_settings, settings_path
from desktop.services.chat_session import ChatState
from desktop.ui.reply_info import ReplyInfo

# The offscreen platform cannot grab the keyboard for a popup, nor raise it: not our bug.
pytestmark = [pytest.mark.integration, pytest.mark.qt_log_ignore("This plugin does not support")]

FAR = "http://10.255.255.1:8000/v1"  # not loopback: offline mode must block it unasked


@pytest.fixture(scope="module")
def server(starter: Path) -> Iterator[str]:
    with remote_servers.llama_server(starter) as base:
        yield base


@pytest.fixture(scope="module")
def model_id(server: str) -> str:
    return str(httpx.get(f"{server}/models", timeout=5).json()["data"][0]["id"])


def _app(qtbot) -> App:
    a = App([])
    qtbot.addWidget(a.window)
    return a


def _close(a: App) -> None:
    a.window.close()
    assert not a.controller._thread.isRunning()


def test_offline_mode_blocks_a_far_connection_in_the_picker_and_the_chat(qtbot, server, model_id):
    store = ConnectionStore()
    store.add("here", server)
    store.add("far", FAR)
    far_key = remote_key("far", "big-model")
    path = settings_path()
    settings = dataclasses.replace(load_settings(path), offline=True, last_model=far_key)
    save_settings(settings, path)
    a = _app(qtbot)
    w, c = a.window, a.controller
    try:
        with (
            qtbot.waitSignal(a.connections.listed, timeout=30000),
            qtbot.waitSignal(c.modelLoadFailed, timeout=30000) as failed,
        ):
            a.start()  # the last model was the far one: refused, with the sentence
        assert "offline mode" in failed.args[0] and "“far”" in failed.args[0]
        assert "offline mode" in w.banner.label.text()

        picker = w.model_picker
        here = picker.findData(remote_key("here", model_id))
        assert here > 0  # loopback: still listed
        blocked = picker.findText("far: blocked in offline mode")
        assert blocked > 0
        item = picker.model().item(blocked)  # type: ignore[attr-defined]
        assert not item.isEnabled()
        tooltip = picker.itemData(blocked, Qt.ItemDataRole.ToolTipRole)
        assert "offline mode" in tooltip and "10.255.255.1" in tooltip
    finally:
        _close(a)


# Last: the stopped long prompt keeps this server busy for a while after the test.
def test_a_connections_model_is_picked_chatted_with_and_remembered(
    qtbot, server, model_id, starter
):
    ConnectionStore().add("here", server)
    a = _app(qtbot)
    w, c = a.window, a.controller
    try:
        with (
            qtbot.waitSignal(a.connections.listed, timeout=30000),
            qtbot.waitSignal(c.modelLoaded, timeout=60000),
        ):
            a.start(model=str(starter))
        local_pid = c.worker.engine_pid()
        assert local_pid is not None
        key = remote_key("here", model_id)
        index = w.model_picker.findData(key)
        label = f"here / {short_model_id(model_id)}"  # the server names it by its path
        assert index > 0 and w.model_picker.itemText(index) == label

        w.model_picker.setCurrentIndex(index)
        with qtbot.waitSignal(c.modelLoaded, timeout=30000) as loaded:
            w.model_picker.activated.emit(index)
        assert loaded.args[0].path == key
        assert c.worker.engine_pid() is None and not psutil.pid_exists(local_pid)  # reaped
        assert w.model_label.text() == label

        edit = w.composer.edit
        qtbot.keyClicks(edit, "Name the three primary colors.")
        streamed: list[str] = []
        c.streamAppended.connect(lambda _id, text: streamed.append(text))
        with qtbot.waitSignal(c.messageFinished, timeout=60000) as finished:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        reply_id, status, stats = finished.args
        assert status == "complete" and streamed and stats.tokens_per_s > 0
        assert "tok/s" in w.speed_label.text() and "first token" in w.speed_label.text()
        stored = on_disk(a).get_message(reply_id)
        assert stored.repro.model_path == key and stored.content == "".join(streamed)

        view = w.chat_view
        qtbot.waitUntil(lambda: view.message_widget(1) is not None, timeout=5000)
        widget = view.message_widget(1)
        assert widget is not None
        qtbot.mouseClick(widget.info_button, Qt.MouseButton.LeftButton)
        info = next(x for x in QApplication.topLevelWidgets() if isinstance(x, ReplyInfo))
        assert info.value("Model") == f"{model_id} on connection here"
        info.close()

        # Stop while the server still reads a long prompt: the reply ends at once.
        c.submit("Tell me about the sea. " * 200)
        qtbot.waitUntil(lambda: c.state is ChatState.GENERATING, timeout=5000)
        t0 = time.perf_counter()
        with qtbot.waitSignal(c.messageFinished, timeout=5000) as stopped:
            c.stop()
        assert stopped.args[1] == "stopped" and time.perf_counter() - t0 < 1.0

        # Remembered as a local model is: the next start loads it again.
        assert a.preferences.settings.last_model == key
        assert a.preferences.model_to_start() == key

        # Back to a local model: a fresh engine process.
        starter_index = w.model_picker.findData(str(starter))
        with qtbot.waitSignal(c.modelLoaded, timeout=60000):
            w.model_picker.activated.emit(starter_index)
        assert c.worker.engine_pid() not in (None, local_pid)
    finally:
        _close(a)
