"""InferenceWorker on its QThread, driven by queued signals as the GUI drives it."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from processes import process_gone
from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.core.types import LoadParams, Message, SamplingParams, StopReason
from desktop.services.inference import GenerateRequest, InferenceWorker, Trimmed

GREEDY = SamplingParams(temperature=0.0, max_tokens=16, repeat_penalty=1.0)
HELLO = (Message("system", "You are terse."), Message("user", "hello world"))


class Driver(QObject):
    """Stands in for the GUI thread's controller: its signals are queued to the worker."""

    load = Signal(object)
    generate = Signal(object)
    unload = Signal()
    shutdown = Signal()


class Recorder(QObject):
    """Lives on the GUI thread: worker signals reach it queued, as they reach the UI."""

    def __init__(self, worker: InferenceWorker) -> None:
        super().__init__()
        self.events: list[tuple[str, tuple]] = []
        worker.loaded.connect(self.on_loaded)
        worker.loadFailed.connect(self.on_load_failed)
        worker.trimmed.connect(self.on_trimmed)
        worker.promptStarted.connect(self.on_prompt_started)
        worker.tokens.connect(self.on_tokens)
        worker.finished.connect(self.on_finished)
        worker.failed.connect(self.on_failed)
        worker.crashed.connect(self.on_crashed)

    @Slot(object)
    def on_loaded(self, info) -> None:
        self.events.append(("loaded", (info,)))

    @Slot(str, str)
    def on_load_failed(self, sentence, details) -> None:
        self.events.append(("loadFailed", (sentence, details)))

    @Slot(object)
    def on_trimmed(self, trimmed) -> None:
        self.events.append(("trimmed", (trimmed,)))

    @Slot(int, int)
    def on_prompt_started(self, rid, n) -> None:
        self.events.append(("promptStarted", (rid, n)))

    @Slot(int, str)
    def on_tokens(self, rid, text) -> None:
        self.events.append(("tokens", (rid, text)))

    @Slot(int, object)
    def on_finished(self, rid, stats) -> None:
        self.events.append(("finished", (rid, stats)))

    @Slot(int, str, str)
    def on_failed(self, rid, sentence, details) -> None:
        self.events.append(("failed", (rid, sentence, details)))

    @Slot(int, str)
    def on_crashed(self, rid, sentence) -> None:
        self.events.append(("crashed", (rid, sentence)))

    def names(self) -> list[str]:
        return [name for name, _ in self.events]

    def args(self, name: str) -> tuple:
        return next(args for n, args in reversed(self.events) if n == name)

    def wait_for(self, qtbot, name: str, timeout: int = 30000) -> tuple:
        qtbot.waitUntil(lambda: name in self.names(), timeout=timeout)
        return self.args(name)


@dataclass
class Rig:
    worker: InferenceWorker
    driver: Driver
    thread: QThread
    rec: Recorder


@pytest.fixture
def rig(qtbot) -> Iterator[Rig]:
    with running(qtbot, InferenceWorker()) as rig:
        yield rig


@contextmanager
def running(qtbot, worker: InferenceWorker) -> Iterator[Rig]:
    """The worker on its own thread, driven and recorded as the GUI does; shut down after."""
    thread = QThread()
    worker.moveToThread(thread)
    driver = Driver()
    driver.load.connect(worker.load)
    driver.generate.connect(worker.generate)
    driver.unload.connect(worker.unload)
    driver.shutdown.connect(worker.shutdown)
    rec = Recorder(worker)
    thread.start()
    try:
        yield Rig(worker, driver, thread, rec)
    finally:
        if thread.isRunning():
            with qtbot.waitSignal(thread.finished, timeout=15000):
                driver.shutdown.emit()
        assert thread.wait(5000)
    assert worker.engine_pid() is None  # the engine was shut down and reaped


def load(qtbot, rig: Rig, path: Path, n_ctx: int = 512) -> object:
    rig.rec.events.clear()
    rig.driver.load.emit(LoadParams(str(path), n_ctx=n_ctx))
    qtbot.waitUntil(lambda: bool({"loaded", "loadFailed"} & set(rig.rec.names())), timeout=60000)
    return rig.rec.args("loaded")[0]


def test_load_then_generate_streams_and_finishes(qtbot, rig, tiny_model):
    info = load(qtbot, rig, tiny_model)
    assert info.n_layers == 2
    rig.driver.generate.emit(GenerateRequest(7, HELLO, GREEDY))
    rid, stats = rig.rec.wait_for(qtbot, "finished")
    names = rig.rec.names()
    assert names[1] == "promptStarted" and "tokens" in names
    assert names.index("tokens") < names.index("finished")
    assert rid == 7
    assert stats.generated_tokens >= 1
    assert stats.stop_reason in (StopReason.MAX_TOKENS, StopReason.END_OF_TURN)


class Stopper(QObject):
    """Calls stop() from the GUI thread when the first piece arrives, as the Stop button does."""

    def __init__(self, worker: InferenceWorker) -> None:
        super().__init__()
        self.worker = worker
        worker.tokens.connect(self.on_tokens)

    @Slot(int, str)
    def on_tokens(self, rid, text) -> None:
        self.worker.stop()


def test_stop_from_the_gui_thread_ends_the_reply(qtbot, rig, tiny_model):
    load(qtbot, rig, tiny_model)
    stopper = Stopper(rig.worker)
    rig.driver.generate.emit(GenerateRequest(1, HELLO, replace(GREEDY, max_tokens=400)))
    _, stats = rig.rec.wait_for(qtbot, "finished")
    assert stats.stop_reason is StopReason.USER
    assert stats.generated_tokens < 400
    assert stopper.worker is rig.worker


def test_bad_file_fails_the_load_with_a_sentence(qtbot, rig, tmp_path):
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"nope")
    rig.driver.load.emit(LoadParams(str(bad)))
    sentence, _ = rig.rec.wait_for(qtbot, "loadFailed")
    assert "not a GGUF model" in sentence


def test_generate_without_a_model_fails_cleanly(qtbot, rig):
    rig.driver.generate.emit(GenerateRequest(3, HELLO, GREEDY))
    rid, sentence, _ = rig.rec.wait_for(qtbot, "failed")
    assert rid == 3 and "No model is loaded" in sentence


def test_long_conversation_is_trimmed_visibly(qtbot, rig, tiny_model):
    load(qtbot, rig, tiny_model, n_ctx=256)
    turns = [Message("system", "You are terse.")]
    for i in range(12):
        turns += [Message("user", f"hello world {i} " * 3), Message("assistant", "the ice " * 4)]
    turns.append(Message("user", "last"))
    rig.driver.generate.emit(GenerateRequest(5, tuple(turns), replace(GREEDY, max_tokens=8)))
    rig.rec.wait_for(qtbot, "finished")
    (trimmed,) = rig.rec.args("trimmed")
    assert isinstance(trimmed, Trimmed)
    assert trimmed.dropped_messages >= 2 and trimmed.n_ctx == 256
    assert trimmed.prompt_tokens + 64 <= 256


class Killer(QObject):
    """Kills the engine process when the first piece arrives."""

    def __init__(self, worker: InferenceWorker, pid: int) -> None:
        super().__init__()
        self.pid = pid
        worker.tokens.connect(self.on_tokens)

    @Slot(int, str)
    def on_tokens(self, rid, text) -> None:
        if self.pid:
            os.kill(self.pid, signal.SIGKILL)
            self.pid = 0


def test_engine_killed_mid_reply_reports_a_crash_then_recovers(qtbot, rig, tiny_model):
    load(qtbot, rig, tiny_model)
    pid = rig.worker.engine_pid()
    assert pid is not None
    killer = Killer(rig.worker, pid)
    rig.driver.generate.emit(GenerateRequest(9, HELLO, replace(GREEDY, max_tokens=5000)))
    rid, sentence = rig.rec.wait_for(qtbot, "crashed")
    assert rid == 9 and killer.pid == 0
    assert "stopped unexpectedly" in sentence
    # The model must be loaded again (the UI offers a button that does this).
    info = load(qtbot, rig, tiny_model)
    assert info.n_layers == 2
    assert rig.worker.engine_pid() not in (None, pid)


def test_a_gpu_load_that_kills_the_engine_is_retried_on_the_cpu_and_says_so(
    qtbot, rig, tiny_model, monkeypatch
):
    # No GPU here: the engine's test hook aborts the child the way a GPU driver can when
    # it is asked for GPU layers. The worker must retry on the CPU and say both things.
    monkeypatch.setenv("HEARTH_FAULT_GPU_LOAD", "1")
    notices: list[str] = []
    rig.worker.notice.connect(notices.append)
    rig.rec.events.clear()
    rig.driver.load.emit(LoadParams(str(tiny_model), n_ctx=512, n_gpu_layers=5))
    info = rig.rec.wait_for(qtbot, "loaded", timeout=60000)[0]
    assert info.n_gpu_layers == 0 and info.n_ctx == 512
    qtbot.waitUntil(lambda: bool(notices), timeout=10000)
    (sentence,) = notices
    assert sentence.startswith("Loading on the GPU failed: ")
    assert "abort" in sentence.lower()  # what failed
    assert "runs the model on the CPU instead, with a 512-token context" in sentence  # what runs
    assert "loadFailed" not in rig.rec.names()
    rig.driver.generate.emit(GenerateRequest(3, HELLO, GREEDY))
    assert rig.rec.wait_for(qtbot, "finished")[0] == 3  # the CPU engine answers


def test_a_cpu_load_that_fails_is_not_retried(qtbot, rig, tmp_path):
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF" + b"\0" * 64)
    notices: list[str] = []
    rig.worker.notice.connect(notices.append)
    rig.rec.events.clear()
    rig.driver.load.emit(LoadParams(str(bad), n_ctx=512, n_gpu_layers=0))
    sentence, _ = rig.rec.wait_for(qtbot, "loadFailed")
    assert sentence and notices == []


def test_each_load_records_how_far_the_estimate_was(qtbot, rig, tiny_model):
    import json

    from desktop.core import paths

    info = load(qtbot, rig, tiny_model, n_ctx=1024)
    recorded = json.loads(paths.fit_calibration_file().read_text())
    assert recorded["llama"] == [round(info.allocated_bytes / info.estimated_bytes, 4)]


def test_cancel_load_ends_a_load_at_once_and_the_next_load_works(qtbot, rig, tiny_model):
    load(qtbot, rig, tiny_model)
    pid = rig.worker.engine_pid()
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)  # this load cannot end by itself (the watchdog is 30 s away)
    started: list[str] = []
    rig.worker.loadStarted.connect(started.append)
    rig.rec.events.clear()
    rig.driver.load.emit(LoadParams(str(tiny_model), n_ctx=256))
    qtbot.waitUntil(lambda: bool(started), timeout=10000)  # the window shows Cancel on this
    rig.worker.cancel_load()  # from the GUI thread, as the Cancel button calls it
    sentence, _ = rig.rec.wait_for(qtbot, "loadFailed", timeout=10000)
    assert sentence == "Loading was cancelled."
    assert "loaded" not in rig.rec.names() and rig.worker.model is None
    assert process_gone(pid)  # killed and reaped
    info = load(qtbot, rig, tiny_model)
    assert info.n_layers == 2 and rig.worker.engine_pid() not in (None, pid)


def test_cancel_load_without_a_load_does_nothing(qtbot, rig, tiny_model):
    info = load(qtbot, rig, tiny_model)
    pid = rig.worker.engine_pid()
    assert pid is not None
    rig.worker.cancel_load()
    rig.driver.generate.emit(GenerateRequest(4, HELLO, GREEDY))
    assert rig.rec.wait_for(qtbot, "finished")[0] == 4
    assert rig.worker.engine_pid() == pid and rig.worker.model == info


def test_engine_stopped_during_a_load_fails_it_with_a_sentence(qtbot, tiny_model):
    with running(qtbot, InferenceWorker(watchdog_s=1.0)) as rig:
        load(qtbot, rig, tiny_model)
        pid = rig.worker.engine_pid()
        assert pid is not None
        os.kill(pid, signal.SIGSTOP)
        rig.rec.events.clear()
        rig.driver.load.emit(LoadParams(str(tiny_model), n_ctx=256))
        sentence, _ = rig.rec.wait_for(qtbot, "loadFailed")
        assert sentence.startswith(
            "The engine stopped responding for 1 s while loading the model and was ended."
        )
        assert process_gone(pid)
        assert load(qtbot, rig, tiny_model).n_layers == 2  # a fresh engine loads it


def test_after_a_crash_the_next_reply_loads_the_last_model_again(qtbot, rig, tiny_model):
    started: list[str] = []
    rig.worker.engineStarted.connect(started.append)
    load(qtbot, rig, tiny_model)
    pid = rig.worker.engine_pid()
    assert pid is not None
    killer = Killer(rig.worker, pid)
    rig.driver.generate.emit(GenerateRequest(9, HELLO, replace(GREEDY, max_tokens=5000)))
    rig.rec.wait_for(qtbot, "crashed")
    assert killer.pid == 0 and rig.worker.model is None
    rig.rec.events.clear()
    rig.driver.generate.emit(GenerateRequest(10, HELLO, GREEDY))
    assert rig.rec.wait_for(qtbot, "finished")[0] == 10  # no load asked for: it reloaded
    assert "failed" not in rig.rec.names()
    assert rig.worker.model is not None and rig.worker.model.path == str(tiny_model)
    assert rig.worker.engine_pid() not in (None, pid)
    qtbot.waitUntil(lambda: len(started) == 2)  # the first engine, then the fresh one
