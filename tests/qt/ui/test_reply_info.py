"""A reply's info popover and Reproduce (issue 12, item 9): model and sha256, chat format,
sampling, seed, stop reason, tokens, speeds; Reproduce writes the same text again with the
stored sampling and seed on the real starter model, whatever the panel says now; another
model loaded is said in a sentence ("Reproduce anyway")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from saved import on_disk

from desktop.app import App
from desktop.core import paths
from desktop.core.history import Repro, StoredMessage
from desktop.core.types import GenerationStats, SamplingParams, StopReason
from desktop.ui.reply_info import ReplyInfo

# The offscreen platform cannot grab the keyboard for a popup, nor raise it: not our bug.
pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

LEFT = Qt.MouseButton.LeftButton
# Real sampling with a seed the engine picks: only the stored seed can write it again.
RANDOM = SamplingParams(temperature=1.0, top_p=0.95, top_k=40, min_p=0.0, max_tokens=16)
OTHER = SamplingParams(temperature=0.3, top_k=5, seed=12345, max_tokens=4)
SHA = "ab" * 32


def reply(repro: Repro | None, stats: GenerationStats | None) -> StoredMessage:
    return StoredMessage(7, 1, 6, "assistant", "Hello.", "complete", 0.0, 0.0, stats, repro)


STATS = GenerationStats(
    prompt_tokens=21,
    generated_tokens=9,
    ttft_ms=42.0,
    tokens_per_s=55.5,
    prompt_tokens_per_s=700.0,
    total_ms=250.0,
    stop_reason=StopReason.END_OF_TURN,
    seed=99,
    chat_format="chatml (the model's template)",
    cached_tokens=5,
)
REPRO = Repro("m.gguf", "/models/m.gguf", SHA, SamplingParams(temperature=0.8), None, None)


def test_the_popover_lists_what_wrote_the_reply_and_what_it_cost(qtbot):
    info = ReplyInfo(reply(REPRO, STATS), ("/models/m.gguf", SHA))
    qtbot.addWidget(info)
    assert info.value("Model") == "m.gguf"
    assert info.value("sha256") == SHA
    assert info.value("Chat format") == "chatml (the model's template)"
    assert info.value("Sampling").startswith("temperature 0.8 · top-p 0.95 · top-k 40")
    assert info.value("Seed") == "99"  # the engine's report, not the None asked for
    assert info.value("Stopped because") == "the model finished its answer"
    assert info.value("Tokens") == "21 in the prompt (5 reused) · 9 written"
    speed = info.value("Speed")
    assert "55.5 tok/s writing" in speed and "700 tok/s reading the prompt" in speed
    assert "first token after 42 ms" in speed
    assert info.reproduce_button.text() == "Reproduce" and info.note.isHidden()
    assert info.sampling == SamplingParams(temperature=0.8, seed=99)


def test_another_model_loaded_is_said_and_reproduce_becomes_anyway(qtbot):
    info = ReplyInfo(reply(REPRO, STATS), ("/models/other.gguf", "cd" * 32))
    qtbot.addWidget(info)
    assert not info.note.isHidden()
    assert "written by m.gguf (sha256 abababababab…)" in info.note.text()
    assert "the model loaded now is other.gguf" in info.note.text()
    assert info.reproduce_button.text() == "Reproduce anyway"
    with qtbot.waitSignal(info.reproduceRequested) as asked:
        qtbot.mouseClick(info.reproduce_button, LEFT)
    assert asked.args == [7, SamplingParams(temperature=0.8, seed=99)]


def test_what_cannot_be_reproduced_says_why_and_offers_no_button(qtbot):
    old = ReplyInfo(reply(None, None), ("/models/m.gguf", SHA))
    qtbot.addWidget(old)
    assert old.reproduce_button.isHidden() and "cannot be reproduced" in old.note.text()
    assert old.value("Model") == "not kept" and old.value("Seed") == "not kept"
    unloaded = ReplyInfo(reply(REPRO, STATS), None)
    qtbot.addWidget(unloaded)
    assert unloaded.reproduce_button.isHidden()
    assert unloaded.note.text() == "Load a model to reproduce this reply."


@pytest.fixture
def app(qtbot, starter: Path) -> Iterator[App]:
    a = App([])
    qtbot.addWidget(a.window)
    with qtbot.waitSignal(a.controller.modelLoaded, timeout=60000):
        a.start(model=str(starter))
    a.window.params.set_sampling(RANDOM)
    a.controller.sampling = a.window.params.sampling()
    yield a
    a.window.close()
    assert not a.controller._thread.isRunning()


def popover() -> ReplyInfo:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReplyInfo)]
    assert len(shown) == 1 and shown[0].isVisible()
    return shown[0]


def test_reproduce_writes_the_same_reply_with_the_stored_sampling_and_seed(qtbot, app):
    edit = app.window.composer.edit
    qtbot.keyClicks(edit, "Write one sentence about the sea.")
    with qtbot.waitSignal(app.controller.messageFinished, timeout=60000) as finished:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    first_id, status, stats = finished.args
    assert status == "complete" and isinstance(stats, GenerationStats)
    first = on_disk(app).get_message(first_id)
    assert first.repro is not None and first.repro.seed is None  # the engine picked it
    # The panel changes after the reply: Reproduce must not take these.
    app.window.params.set_sampling(OTHER)
    app.controller.sampling = app.window.params.sampling()

    view = app.window.chat_view
    qtbot.waitUntil(lambda: view.message_widget(1) is not None, timeout=5000)
    widget = view.message_widget(1)
    assert widget is not None and widget.info_button.isVisible()
    qtbot.mouseClick(widget.info_button, LEFT)
    info = popover()
    starter = paths.starter_model_path()
    assert starter is not None
    assert info.value("Model") == starter.name
    assert info.value("sha256") == paths.starter_model_sha256()
    assert info.value("Chat format") == stats.chat_format
    assert "temperature 1 · top-p 0.95 · top-k 40" in info.value("Sampling")
    assert info.value("Seed") == str(stats.seed)
    assert info.value("Stopped because") in (
        "the model finished its answer",
        "it reached the reply's token limit",
    )
    assert info.value("Tokens").endswith(f"{stats.generated_tokens:,} written")
    assert "tok/s writing" in info.value("Speed")
    assert info.note.isHidden() and info.reproduce_button.text() == "Reproduce"

    with qtbot.waitSignal(app.controller.messageFinished, timeout=60000) as again:
        qtbot.mouseClick(info.reproduce_button, LEFT)
    second_id, status, second_stats = again.args
    assert status == "complete" and second_id != first_id
    second = on_disk(app).get_message(second_id)
    assert second.content == first.content and second.content.strip()
    assert second_stats.seed == stats.seed
    assert first.repro.sampling is not None and second.repro is not None
    assert second.repro.sampling == replace(first.repro.sampling, seed=stats.seed)
    assert second.repro.model_sha256 == paths.starter_model_sha256()
    row = app.window.chat_model.chat_row(1)
    assert row.message_id == second_id and (row.sibling_index, row.sibling_count) == (1, 2)
    assert app.controller.sampling == app.window.params.sampling()  # the panel is untouched
