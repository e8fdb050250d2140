"""The Server page (issue 13.1): on at launch when it was on, the switch starts and stops a
real server on 127.0.0.1 that serves the chat's model, a log of the requests served, the
API key shown once and rotated, and starts that fail with a sentence on the page.

Real parts: the App offscreen, the starter model in a real engine, uvicorn on 127.0.0.1
(port 0: a free one), httpx as the client (every call with a timeout), a keyring backend
class kept in memory (never the developer's keychain).
"""

from __future__ import annotations

import dataclasses
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from keyrings import MemoryKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from desktop.api.serve import model_id_for
from desktop.app import App
from desktop.core.settings import ServerSettings, Settings, load_settings, save_settings
from desktop.services.api_service import KEY_USER, ApiKeyStore
from desktop.ui.server_page import ServerPage

LEFT = Qt.MouseButton.LeftButton
TIMEOUT = httpx.Timeout(30.0)
HELLO = {"messages": [{"role": "user", "content": "Say hi."}], "max_tokens": 4}


def open_page(qtbot, app: App) -> ServerPage:
    qtbot.mouseClick(app.window.pages.button("server"), LEFT)
    page = app.server_page
    assert page is not None and page.isVisible()
    return page


def switch(qtbot, app: App, page: ServerPage, phase: str) -> None:
    """Click the switch and wait for the server to be running (or off)."""
    qtbot.mouseClick(page.switch, LEFT)
    qtbot.waitUntil(lambda: app.api.state.phase == phase, timeout=20000)


def get(url: str, key: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return httpx.get(f"{url}/models", headers=headers, timeout=TIMEOUT)


@pytest.fixture
def served_app(qtbot, starter: Path) -> Iterator[App]:
    """Hearth launched with the server on (port 0) and the starter loaded."""
    save_settings(Settings(server=ServerSettings(enabled=True, port=0)))
    app = App([])
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
        app.start(model=str(starter))
    yield app
    app.window.close()
    assert app.api.server is None  # stopped at exit
    assert not [t for t in threading.enumerate() if t.name.startswith("hearth-api")]


def test_the_server_starts_at_launch_and_the_switch_stops_and_starts_it(
    qtbot, served_app: App, starter: Path
) -> None:
    app = served_app
    qtbot.waitUntil(lambda: app.api.state.phase == "running", timeout=20000)
    page = open_page(qtbot, app)
    assert page.switch.isChecked() and page.port.text() == "Any free port"
    url = app.api.state.url
    assert url.startswith("http://127.0.0.1:") and page.status.text() == f"Serving at {url}"
    assert [m["id"] for m in get(url).json()["data"]] == [model_id_for(str(starter))]
    qtbot.waitUntil(lambda: model_id_for(str(starter)) in page.now.text(), timeout=5000)

    qtbot.mouseClick(page.copy_url, LEFT)
    assert QApplication.clipboard().text() == url

    # A request is served and shows in the log.
    body = {**HELLO, "model": model_id_for(str(starter))}
    reply = httpx.post(f"{url}/chat/completions", json=body, timeout=TIMEOUT)
    assert reply.status_code == 200, reply.text
    qtbot.waitUntil(lambda: app.api.log.rowCount() == 1, timeout=10000)
    log = app.api.log
    cells = [log.index(0, c).data() for c in range(log.columnCount())]
    assert cells[1] == "complete" and int(cells[2]) > 0 and 1 <= int(cells[3]) <= 4
    assert cells[5] in ("finished", "length limit")

    switch(qtbot, app, page, "off")
    assert not page.switch.isChecked() and page.status.text() == "Off"
    assert not page.copy_url.isEnabled()
    with pytest.raises(httpx.ConnectError):
        get(url)
    assert load_settings(app.preferences.path).server.enabled is False

    switch(qtbot, app, page, "running")  # left on: the window's close stops it
    assert get(app.api.state.url).status_code == 200
    assert load_settings(app.preferences.path).server == ServerSettings(enabled=True, port=0)


@pytest.fixture
def app(qtbot) -> Iterator[App]:
    a = App([])
    a.api.keys = ApiKeyStore(backend=MemoryKeyring())
    qtbot.addWidget(a.window)
    a.start(load=False)
    yield a
    a.window.close()
    assert a.api.server is None


def page_texts(page: ServerPage) -> str:
    widgets = [*page.findChildren(QLabel), *page.findChildren(QLineEdit)]
    return " ".join(w.text() for w in widgets)


def test_the_key_is_shown_once_and_a_new_key_locks_the_old_one_out(qtbot, app: App) -> None:
    page = open_page(qtbot, app)
    page.port.setValue(0)
    assert page.new_key.text() == "Create key" and not page.remove_key.isEnabled()
    qtbot.mouseClick(page.new_key, LEFT)
    first = page.key_shown.text()
    assert len(first) >= 40 and page.key_shown.isVisible()
    assert app.api.keys.get() == first == app.api.keys._backend.get_password("Hearth", KEY_USER)
    qtbot.mouseClick(page.copy_key, LEFT)
    assert QApplication.clipboard().text() == first
    switch(qtbot, app, page, "running")
    url = app.api.state.url
    assert get(url).status_code == 401
    assert get(url, first).status_code == 200

    # Shown once: leaving the page forgets it, and it is nowhere on the page after.
    app.window.pages.show_chat()
    open_page(qtbot, app)
    assert not page.key_shown.isVisible() and first not in page_texts(page)
    assert page.new_key.text() == "New key" and page.remove_key.isEnabled()

    # A new key: the server restarts with it (on the same port) and the old one is refused.
    qtbot.mouseClick(page.new_key, LEFT)
    second = page.key_shown.text()
    assert second != first
    assert app.api.state.phase == "starting"
    qtbot.waitUntil(lambda: app.api.state.phase == "running", timeout=20000)
    assert app.api.state.url == url
    assert get(url, second).status_code == 200
    assert get(url, first).status_code == 401


def test_starts_that_cannot_work_say_why_on_the_page(qtbot, app: App) -> None:
    page = open_page(qtbot, app)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        page.port.setValue(taken.getsockname()[1])
        qtbot.mouseClick(page.switch, LEFT)
        qtbot.waitUntil(page.problem.isVisible, timeout=20000)
        assert "another program may be using that port" in page.problem.text()
        assert not page.switch.isChecked()

    # Any other address than loopback needs a key: said next to the field and on start.
    page.port.setValue(0)
    page.host.setText("0.0.0.0")
    page.host.editingFinished.emit()
    assert "needs an API key" in page.host_note.text()
    qtbot.mouseClick(page.switch, LEFT)
    qtbot.waitUntil(lambda: "needs an API key" in page.problem.text(), timeout=20000)
    assert app.api.state.phase == "off" and app.api.server is None
    assert app.preferences.server == dataclasses.replace(
        ServerSettings(), enabled=True, host="0.0.0.0", port=0
    )


def test_arrow_clicks_on_the_port_restart_a_running_server_once(
    qtbot, app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, app)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    page.port.setValue(free)
    switch(qtbot, app, page, "running")
    assert app.api.state.url.endswith(f":{free}/v1")
    applied: list[int] = []
    real_apply = app.api.apply

    def apply(settings: ServerSettings) -> None:
        applied.append(settings.port)
        real_apply(settings)

    monkeypatch.setattr(app.api, "apply", apply)
    page.port.setFocus()
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Down):  # as the arrows step it
        qtbot.keyClick(page.port, key)
    assert applied == [] and app.api.state.phase == "running"  # no restart per click
    qtbot.waitUntil(lambda: applied != [], timeout=5000)
    qtbot.waitUntil(lambda: app.api.state.phase != "starting", timeout=20000)
    assert applied == [free + 1]
    assert app.preferences.server.port == free + 1


def test_the_page_says_when_the_chats_own_reply_uses_the_model(qtbot, served_app: App) -> None:
    app = served_app
    qtbot.waitUntil(lambda: app.api.state.phase == "running", timeout=20000)
    page = open_page(qtbot, app)
    said: list[str] = []
    app.api.stateChanged.connect(lambda _state: said.append(page.now.text()))
    finished: list[str] = []
    app.controller.messageFinished.connect(lambda _id, status, _stats: finished.append(status))
    assert app.controller.submit("Tell me about the sea. " * 100)
    qtbot.waitUntil(
        lambda: any("The chat's reply is using the model" in s for s in said), timeout=20000
    )
    app.controller.stop()
    qtbot.waitUntil(lambda: finished != [], timeout=20000)
    qtbot.waitUntil(lambda: page.now.text().endswith("Idle."), timeout=5000)
