"""MessageBridge across threads, held messages, and the exception hooks that feed it."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from types import TracebackType

import pytest
from PySide6.QtCore import QCoreApplication, QThread, QTimer
from pytestqt.qtbot import QtBot

from desktop.core.errors import HearthError
from desktop.services.messages import MessageBridge, install_exception_hooks

HF = "hf_" + "aBcDeFgHiJkLmNoPqRsTuVwXyZ012345"
GENERIC = "Something went wrong: ValueError. Details are in the log."


class Receiver:
    """Records what the bridge emits, and on which thread."""

    def __init__(self, bridge: MessageBridge) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        self.gui_thread = app.thread()
        self.errors: list[tuple[str, str]] = []
        self.infos: list[str] = []
        self.on_gui_thread: list[bool] = []
        bridge.error.connect(self.on_error)
        bridge.info.connect(self.on_info)

    def on_error(self, sentence: str, details: str) -> None:
        self.on_gui_thread.append(QThread.currentThread() is self.gui_thread)
        self.errors.append((sentence, details))

    def on_info(self, sentence: str) -> None:
        self.on_gui_thread.append(QThread.currentThread() is self.gui_thread)
        self.infos.append(sentence)


@pytest.fixture
def bridge(qtbot: QtBot) -> MessageBridge:
    return MessageBridge()


@pytest.fixture
def ready(bridge: MessageBridge) -> Receiver:
    """A bridge whose UI has connected and flushed."""
    receiver = Receiver(bridge)
    bridge.flush_pending()
    return receiver


@pytest.fixture
def hooks(bridge: MessageBridge) -> Iterator[None]:
    restore = install_exception_hooks(bridge)
    try:
        yield
    finally:
        restore()


def _in_thread(target: Callable[[], object], name: str = "worker") -> threading.Thread:
    thread = threading.Thread(target=target, name=name)
    thread.start()
    return thread


def test_error_from_worker_thread_arrives_on_gui_thread(
    qtbot: QtBot, bridge: MessageBridge, ready: Receiver
) -> None:
    worker_ident: list[int] = []

    def work() -> None:
        worker_ident.append(threading.get_ident())
        bridge.show_error("The download failed.", "HTTP 503")

    with qtbot.waitSignal(bridge.error) as blocker:
        thread = _in_thread(work)
    thread.join()
    assert blocker.args == ["The download failed.", "HTTP 503"]
    assert ready.errors == [("The download failed.", "HTTP 503")]
    assert ready.on_gui_thread == [True]
    assert worker_ident[0] != threading.get_ident()


def test_info_from_worker_thread_arrives_on_gui_thread(
    qtbot: QtBot, bridge: MessageBridge, ready: Receiver
) -> None:
    with qtbot.waitSignal(bridge.info):
        thread = _in_thread(lambda: bridge.show_info("Model loaded."))
    thread.join()
    assert ready.infos == ["Model loaded."]
    assert ready.on_gui_thread == [True]


def test_messages_before_connect_are_delivered_after_flush(
    qtbot: QtBot, bridge: MessageBridge
) -> None:
    bridge.show_error("First.", "one")
    thread = _in_thread(lambda: bridge.show_info("Second."))
    thread.join()
    bridge.show_error("Third.")
    qtbot.waitUntil(lambda: bridge.pending_count == 3)

    receiver = Receiver(bridge)
    assert receiver.errors == []
    with qtbot.waitSignals([bridge.error, bridge.info, bridge.error], order="strict"):
        bridge.flush_pending()
    assert receiver.errors == [("First.", "one"), ("Third.", "")]
    assert receiver.infos == ["Second."]
    assert bridge.pending_count == 0
    assert receiver.on_gui_thread == [True, True, True]


def test_connected_but_not_flushed_holds_messages(qtbot: QtBot, bridge: MessageBridge) -> None:
    receiver = Receiver(bridge)
    bridge.show_error("Held.")
    qtbot.waitUntil(lambda: bridge.pending_count == 1)
    assert receiver.errors == []
    bridge.flush_pending()
    assert receiver.errors == [("Held.", "")]


def test_pending_messages_are_bounded(qtbot: QtBot) -> None:
    bridge = MessageBridge(max_pending=3)
    for i in range(5):
        bridge.show_info(f"Message {i}.")
    qtbot.waitUntil(lambda: bridge.pending_count == 3)
    receiver = Receiver(bridge)
    bridge.flush_pending()
    assert receiver.infos == ["Message 2.", "Message 3.", "Message 4."]


def test_message_without_receiver_stays_held(qtbot: QtBot, bridge: MessageBridge) -> None:
    errors: list[str] = []
    bridge.error.connect(lambda sentence, details: errors.append(sentence))
    bridge.flush_pending()
    bridge.show_info("Nobody listens yet.")
    bridge.show_error("Shown.")
    qtbot.waitUntil(lambda: errors == ["Shown."])
    assert bridge.pending_count == 1
    infos: list[str] = []
    bridge.info.connect(infos.append)
    bridge.flush_pending()
    assert infos == ["Nobody listens yet."]


def test_messages_are_masked(qtbot: QtBot, bridge: MessageBridge, ready: Receiver) -> None:
    with qtbot.waitSignal(bridge.error) as blocker:
        bridge.show_error(f"Token {HF} was refused.", f"Authorization: Bearer {HF}")
    sentence, details = blocker.args
    assert HF not in sentence
    assert HF not in details
    assert sentence == "Token hf_*** was refused."


# --- exception hooks --------------------------------------------------------------------


@pytest.mark.usefixtures("hooks")
def test_thread_exception_reaches_bridge_and_log(
    qtbot: QtBot, bridge: MessageBridge, ready: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    def crash() -> None:
        raise ValueError(f"bad value {HF}")

    with caplog.at_level(logging.ERROR), qtbot.waitSignal(bridge.error) as blocker:
        thread = _in_thread(crash, name="downloader")
    thread.join()
    sentence, details = blocker.args
    assert sentence == GENERIC
    assert "Traceback (most recent call last)" in details
    assert "ValueError: bad value hf_***" in details
    assert ready.on_gui_thread == [True]
    records = [r for r in caplog.records if r.name == "desktop.services.messages"]
    assert records[0].levelno == logging.ERROR
    assert "thread downloader" in records[0].getMessage()
    assert records[0].exc_info is not None
    assert records[0].exc_info[0] is ValueError


@pytest.mark.usefixtures("hooks")
def test_hearth_error_in_thread_shows_its_sentence(
    qtbot: QtBot, bridge: MessageBridge, ready: Receiver
) -> None:
    def crash() -> None:
        raise HearthError("The model file is damaged. Download it again.", "bad magic")

    with qtbot.waitSignal(bridge.error) as blocker:
        thread = _in_thread(crash)
    thread.join()
    sentence, details = blocker.args
    assert sentence == "The model file is damaged. Download it again."
    assert details.startswith("bad magic\n")
    assert "HearthError" in details


@pytest.mark.usefixtures("hooks")
def test_main_thread_exception_reaches_bridge(
    qtbot: QtBot, bridge: MessageBridge, ready: Receiver
) -> None:
    try:
        raise ValueError("oops")
    except ValueError:
        exc_type, exc, tb = sys.exc_info()
    assert exc_type is not None
    assert exc is not None
    with qtbot.waitSignal(bridge.error) as blocker:
        sys.excepthook(exc_type, exc, tb)
    assert blocker.args[0] == GENERIC


@pytest.mark.usefixtures("hooks")
def test_exception_in_qt_slot_reaches_bridge(
    qtbot: QtBot, bridge: MessageBridge, ready: Receiver
) -> None:
    def slot() -> None:
        raise ValueError("from a timer")

    with qtbot.waitSignal(bridge.error) as blocker:
        QTimer.singleShot(0, slot)
    assert blocker.args[0] == GENERIC


def test_keyboard_interrupt_and_system_exit_are_not_reported(
    bridge: MessageBridge, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    previous: list[type[BaseException]] = []

    def previous_hook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        previous.append(exc_type)

    monkeypatch.setattr(sys, "excepthook", previous_hook)
    restore = install_exception_hooks(bridge)
    try:
        with caplog.at_level(logging.DEBUG, logger="desktop.services.messages"):
            sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)

            def leave() -> None:
                raise SystemExit(3)

            _in_thread(leave).join()
    finally:
        restore()
    assert previous == [KeyboardInterrupt]
    assert [r for r in caplog.records if r.name.startswith("desktop.")] == []


def test_restore_puts_previous_hooks_back(bridge: MessageBridge) -> None:
    before_sys, before_threading = sys.excepthook, threading.excepthook
    restore = install_exception_hooks(bridge)
    assert sys.excepthook is not before_sys
    assert threading.excepthook is not before_threading
    restore()
    assert sys.excepthook is before_sys
    assert threading.excepthook is before_threading
