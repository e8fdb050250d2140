"""Sentences built in core, the engine and the tools reach the window's signals in its
language (a real compiled translator), values in place; with no translator, the same English."""

from __future__ import annotations

import pickle
import re
from collections.abc import Iterator

import pytest
from ggufgen import TinySpec, write_tiny_model
from keyrings import MemoryKeyring
from PySide6.QtCore import QObject, QThread, QTranslator, Signal, Slot
from tiny_translator import installed

from desktop.core.connections import OFFLINE_BLOCKED, ConnectionStore, offline_sentence
from desktop.core.context import OVERFLOW
from desktop.core.errors import HearthError
from desktop.core.history.errors import COULD_NOT_WRITE, os_error
from desktop.core.models.transfer import RETRYING
from desktop.core.sentence import Sentence
from desktop.core.types import LoadParams, Message, SamplingParams
from desktop.engine.host import LOAD_FAILED
from desktop.engine.session import CANCELLED
from desktop.services.connection_jobs import ConnectionJobs
from desktop.services.inference import GenerateRequest, InferenceWorker
from desktop.services.said import said

GREEDY = SamplingParams(temperature=0.0, max_tokens=8, repeat_penalty=1.0)

FA_LOAD_FAILED = "مدل بارگذاری نشد: {reason}. شاید پرونده آسیب دیده باشد."
FA_OVERFLOW = "پیام شما با پیام سیستم {tokens:,} توکن است؛ زمینهٔ مدل {n_ctx:,} جا دارد."
FA_OFFLINE = "حالت آفلاین اتصال «{name}» به {host} را بسته است."
FA_RETRYING = "تلاش دوباره تا {delay:g} ثانیهٔ دیگر: {why}"
FA_CANCELLED = "بارگذاری لغو شد."
FA_COULD_NOT_WRITE = "Hearth نتوانست {name} را بنویسد: {why}."
FA_DISK_FULL = "دیسک پر است"
ENTRIES = [
    (LOAD_FAILED, FA_LOAD_FAILED),
    (OVERFLOW, FA_OVERFLOW),
    (OFFLINE_BLOCKED, FA_OFFLINE),
    (RETRYING, FA_RETRYING),
    (CANCELLED, FA_CANCELLED),
    (COULD_NOT_WRITE, FA_COULD_NOT_WRITE),
    ("the disk is full", FA_DISK_FULL),
]


@pytest.fixture
def persian(qapp, tmp_path) -> Iterator[QTranslator]:
    with installed(tmp_path, "fa_IR", {"core": dict(ENTRIES)}) as translator:
        yield translator


class Rig(QObject):
    """The worker on its own thread, driven by queued signals and heard on the GUI thread,
    as the window has it."""

    load = Signal(object)
    generate = Signal(object)
    shutdown = Signal()

    def __init__(self, worker: InferenceWorker) -> None:
        super().__init__()
        self.heard: dict[str, tuple] = {}
        self.load.connect(worker.load)
        self.generate.connect(worker.generate)
        self.shutdown.connect(worker.shutdown)
        worker.loaded.connect(self.on_loaded)
        worker.loadFailed.connect(self.on_load_failed)
        worker.failed.connect(self.on_failed)

    @Slot(object)
    def on_loaded(self, info) -> None:
        self.heard["loaded"] = (info,)

    @Slot(str, str)
    def on_load_failed(self, sentence, details) -> None:
        self.heard["loadFailed"] = (sentence, details)

    @Slot(int, str, str)
    def on_failed(self, rid, sentence, details) -> None:
        self.heard["failed"] = (rid, sentence, details)

    def wait_for(self, qtbot, name: str) -> tuple:
        qtbot.waitUntil(lambda: name in self.heard, timeout=60000)
        return self.heard[name]


@pytest.fixture
def rig(qtbot) -> Iterator[Rig]:
    worker, thread = InferenceWorker(), QThread()
    worker.moveToThread(thread)
    rig = Rig(worker)
    thread.start()
    try:
        yield rig
    finally:
        with qtbot.waitSignal(thread.finished, timeout=15000):
            rig.shutdown.emit()
        assert thread.wait(5000)


def pattern(template: str) -> re.Pattern[str]:
    """The template with each {field} matching any text."""
    parts = re.split(r"\{[^}]*\}", template)
    return re.compile("(.+)".join(re.escape(p) for p in parts))


def test_a_load_failure_inside_llama_cpp_reaches_the_window_translated(
    qtbot, rig, persian, models_dir
):
    path = write_tiny_model(models_dir / "bad-shape-fa.gguf", TinySpec(n_head=3))
    rig.load.emit(LoadParams(str(path)))
    sentence, _ = rig.wait_for(qtbot, "loadFailed")
    found = pattern(FA_LOAD_FAILED).fullmatch(sentence)
    assert found is not None, sentence
    assert found.group(1).strip()  # llama.cpp's reason, in place
    assert "could not be loaded" not in sentence


def test_an_overflow_reaches_the_window_translated_with_its_numbers(
    qtbot, rig, persian, tiny_model
):
    rig.load.emit(LoadParams(str(tiny_model), n_ctx=256))
    rig.wait_for(qtbot, "loaded")
    long = (Message("system", "s"), Message("user", "hello world " * 200))
    rig.generate.emit(GenerateRequest(9, long, GREEDY))
    rid, sentence, _ = rig.wait_for(qtbot, "failed")
    assert rid == 9
    found = pattern(FA_OVERFLOW).fullmatch(sentence)
    assert found is not None, sentence
    assert int(found.group(1).replace(",", "")) > 256 and found.group(2) == "256"


def test_an_offline_connection_is_refused_in_the_window_language(qtbot, persian, tmp_path):
    store = ConnectionStore(tmp_path / "connections.json", MemoryKeyring())
    store.add("lab", "http://192.0.2.7:8080")
    jobs = ConnectionJobs(offline=True, store=lambda: store)
    try:
        with qtbot.waitSignal(jobs.tested, timeout=10000) as tested:
            jobs.test("lab")
        assert tested.args == ["lab", ["حالت آفلاین اتصال «lab» به 192.0.2.7 را بسته است."]]
    finally:
        jobs.shutdown()


def test_nested_and_fixed_core_sentences_are_said_too(persian, tmp_path):
    inner = HearthError("The hub cannot be reached.")
    retry = Sentence(RETRYING, delay=2.0, why=Sentence(LOAD_FAILED, reason="bad"))
    assert said(retry) == FA_RETRYING.format(delay=2.0, why=FA_LOAD_FAILED.format(reason="bad"))
    assert said(HearthError(CANCELLED)) == FA_CANCELLED
    assert said(inner) == "The hub cannot be reached."  # not a core source: unchanged
    assert said("") == ""
    full = os_error(OSError(28, "No space left on device"), tmp_path / "hearth.sqlite3")
    assert str(full) == "Hearth could not write hearth.sqlite3: the disk is full."
    assert said(full) == "Hearth نتوانست hearth.sqlite3 را بنویسد: دیسک پر است."


def test_without_a_translator_the_english_is_byte_for_byte_as_before(qapp):
    from desktop.core.connections import Connection
    from desktop.core.context import overflow_sentence
    from desktop.engine.session import cpu_fallback_sentence

    overflow = overflow_sentence(4321, 256)
    english = (
        "Your message is 4,321 tokens long with the system prompt; the model's context holds "
        "256. Shorten it, or load the model with a larger context."
    )
    assert overflow == english and said(overflow) == english and str(overflow) == english
    offline = offline_sentence(Connection("lab", "http://192.0.2.7:8080"))
    assert said(offline) == (
        "Hearth is in offline mode, so the connection “lab” to 192.0.2.7 is blocked: only "
        "servers on this machine (localhost) can be used. Turn offline mode off in the "
        "settings to use it."
    )
    fallback = cpu_fallback_sentence(HearthError("The GPU ran out of memory."), 4096)
    assert said(fallback) == (
        "Loading on the GPU failed: The GPU ran out of memory. Hearth runs the model on the "
        "CPU instead, with a 4,096-token context."
    )
    assert said(CANCELLED) == "Loading was cancelled."


def test_a_sentence_survives_the_trip_from_the_engine_process():
    sentence = Sentence(LOAD_FAILED, reason="tensor 'x' has a wrong shape")
    back = pickle.loads(pickle.dumps(sentence))
    assert isinstance(back, Sentence) and back == sentence
    assert back.template == LOAD_FAILED and dict(back.values) == {
        "reason": sentence.values["reason"]
    }
