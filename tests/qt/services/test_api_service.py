"""The window and the API share one engine (issue 13.1): a request that comes while the
chat's reply runs waits for it; a chat reply asked while an API reply runs starts right
after it, ahead of the requests waiting, and the status bar says the chat waits. The key
lives in the keyring.

Real parts: the App offscreen with the starter in a real engine, its ApiService serving on
127.0.0.1 (a free port), httpx clients on threads of their own (each call with a timeout).
The steps are sequenced on the engine gate's state and the window's signals, never on time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from keyrings import MemoryKeyring
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from scripted_backend import ScriptedBackend

from desktop.api.serve import model_id_for
from desktop.app import WAITING_FOR_API, App
from desktop.core.settings import ServerSettings
from desktop.core.types import LoadParams, Message, SamplingParams, StopReason
from desktop.engine.gate import API, WINDOW
from desktop.services.api_service import KEY_USER, ApiKeyStore
from desktop.services.inference import GenerateRequest, InferenceWorker

COUNT = "Count from 1 to 500, separated by commas."
# Greedy counting rarely ends early. The first request is the longest: the chat's second
# reply must be asked while it runs.
WINDOW_REPLY = SamplingParams(temperature=0.0, max_tokens=24, repeat_penalty=1.0)
# On a machine whose cores other processes crowd, llama.cpp slows to a few tokens a second.
SLOW_MS = 120_000


class Events(QObject):
    """What the GUI thread hears, in order: the chat's replies ending, requests served,
    and the status bar's messages."""

    def __init__(self, app: App) -> None:
        super().__init__()
        self.order: list[str] = []
        self.messages: list[str] = []
        app.controller.messageFinished.connect(self.on_window)
        app.api.served.connect(self.on_served)
        app.window.statusBar().messageChanged.connect(self.on_message)

    @Slot(int, str, object)
    def on_window(self, _id: int, status: str, _stats: object) -> None:
        self.order.append(f"window {status}")

    @Slot(object)
    def on_served(self, record: object) -> None:
        self.order.append(f"api {record.id}")  # type: ignore[attr-defined]

    @Slot(str)
    def on_message(self, text: str) -> None:
        self.messages.append(text)


class Client(threading.Thread):
    """One non-streamed chat request, on its own thread."""

    def __init__(self, url: str, model: str, max_tokens: int) -> None:
        super().__init__(name="test-api-client")
        self.url, self.model, self.max_tokens = url, model, max_tokens
        self.reply: dict[str, object] = {}

    def run(self) -> None:
        body = {
            "model": self.model,
            "messages": [{"role": "user", "content": COUNT}],
            "max_tokens": self.max_tokens,
            "temperature": 0,
        }
        response = httpx.post(f"{self.url}/chat/completions", json=body, timeout=120.0)
        self.reply = response.json()


@pytest.fixture
def app(qtbot, starter: Path) -> Iterator[App]:
    a = App([])
    qtbot.addWidget(a.window)
    with qtbot.waitSignal(a.controller.modelLoaded, timeout=60000):
        a.start(model=str(starter))
    a.window.params.set_sampling(WINDOW_REPLY)
    a.controller.sampling = a.window.params.sampling()
    a.api.apply(ServerSettings(enabled=True, port=0))
    qtbot.waitUntil(lambda: a.api.state.phase == "running", timeout=20000)
    yield a
    a.window.close()
    assert a.api.server is None


def send(qtbot, app: App, text: str) -> None:
    edit = app.window.composer.edit
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_the_window_goes_ahead_of_waiting_requests_and_never_behind(
    qtbot, app: App, starter: Path
) -> None:
    events = Events(app)
    gate, server = app.controller.worker.gate, app.api.server
    assert server is not None
    model = model_id_for(str(starter))
    clients: list[Client] = []

    def request(max_tokens: int) -> Client:
        client = Client(app.api.state.url, model, max_tokens)
        clients.append(client)
        client.start()
        return client

    try:
        # 1. A request that comes while the chat's reply runs waits for it.
        with qtbot.waitSignal(app.controller.promptStarted, timeout=30000):
            send(qtbot, app, COUNT)
        assert gate.state().holder == WINDOW
        first = request(160)  # long enough to still run when the next two arrive
        qtbot.waitUntil(lambda: server.status().running is not None, timeout=10000)
        # 2. While that request runs, a second one waits; the chat asks next and goes first.
        # The gate passes to the API on the worker thread before the chat hears (queued) that
        # its reply ended: wait for both.
        qtbot.waitUntil(lambda: gate.state().holder == API, timeout=SLOW_MS)
        qtbot.waitUntil(lambda: events.order == ["window complete"], timeout=SLOW_MS)
        second = request(4)
        qtbot.waitUntil(lambda: server.status().waiting == 1, timeout=10000)
        send(qtbot, app, "Go on.")
        qtbot.waitUntil(lambda: WAITING_FOR_API in events.messages, timeout=10000)
        qtbot.waitUntil(lambda: len(events.order) == 4, timeout=SLOW_MS)
        for client in clients:
            client.join(30)
    finally:
        for client in clients:
            client.join(120)
    ids = [c.reply.get("id") for c in (first, second)]
    assert events.order == ["window complete", f"api {ids[0]}", "window complete", f"api {ids[1]}"]
    assert all(c.reply["choices"][0]["message"]["content"] for c in clients)  # type: ignore[index]
    # The status bar said so while the chat waited, and no longer once its reply started.
    assert app.window.statusBar().currentMessage() != WAITING_FOR_API
    log = app.api.log
    assert log.rowCount() == 2 and log.record(0).id == ids[1]
    assert log.record(1).queue_position >= 1  # the chat's reply was ahead when it came


def test_the_key_is_kept_in_the_keyring() -> None:
    backend = MemoryKeyring()
    keys = ApiKeyStore(backend=backend)
    assert keys.get() is None
    keys.set("k1")
    assert backend.get_password("Hearth", KEY_USER) == "k1" and keys.get() == "k1"
    assert ApiKeyStore(backend=backend).get() == "k1"  # the next run finds it
    keys.delete()
    assert keys.get() is None and backend.get_password("Hearth", KEY_USER) is None
    keys.delete()  # nothing stored: not an error
    assert keys.notice == ""


class Driver(QObject):
    """The GUI thread's queued calls to the worker, and what it hears back (queued too)."""

    load = Signal(object)
    generate = Signal(object)
    shutdown = Signal()

    def __init__(self, worker: InferenceWorker) -> None:
        super().__init__()
        self.heard: list[tuple[str, object]] = []
        self.load.connect(worker.load)
        self.generate.connect(worker.generate)
        self.shutdown.connect(worker.shutdown)
        worker.loaded.connect(self.on_loaded)
        worker.waitingForApi.connect(self.on_waiting)
        worker.finished.connect(self.on_finished)

    @Slot(object)
    def on_loaded(self, info: object) -> None:
        self.heard.append(("loaded", info))

    @Slot(bool)
    def on_waiting(self, waiting: bool) -> None:
        self.heard.append(("waiting", waiting))

    @Slot(int, object)
    def on_finished(self, rid: int, stats: object) -> None:
        self.heard.append(("finished", (rid, stats)))

    def wait(self, qtbot, name: str) -> object:
        qtbot.waitUntil(lambda: name in [n for n, _ in self.heard], timeout=10000)
        return next(value for n, value in self.heard if n == name)


def test_stop_while_the_chat_waits_for_a_request_ends_only_the_chats_reply(qtbot) -> None:
    backend = ScriptedBackend()
    worker = InferenceWorker(backend_factory=lambda: backend)
    thread = QThread()
    worker.moveToThread(thread)
    driver = Driver(worker)
    thread.start()
    try:
        driver.load.emit(LoadParams("scripted.gguf"))
        driver.wait(qtbot, "loaded")
        with worker.gate.hold():  # an API request holds the engine
            driver.generate.emit(GenerateRequest(1, (Message("user", "hi"),), WINDOW_REPLY))
            assert driver.wait(qtbot, "waiting") is True
            assert worker.gate.state().window_waiting
            worker.stop(1)
            rid, stats = driver.wait(qtbot, "finished")  # type: ignore[misc]
            assert rid == 1 and stats.stop_reason is StopReason.USER
            assert stats.generated_tokens == 0
            assert not backend.stopped.is_set()  # the request's reply was not stopped
            assert backend.chats == []
    finally:
        with qtbot.waitSignal(thread.finished, timeout=10000):
            driver.shutdown.emit()
        assert thread.wait(5000)
