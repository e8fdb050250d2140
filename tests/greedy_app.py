"""The real App on the tiny model with greedy 8-token replies, shown; closed after (the
attachment, composer and sources window tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.app import App
from desktop.core.types import SamplingParams


@contextmanager
def greedy_app(qtbot: Any, model: Path) -> Iterator[App]:
    a = App([])
    qtbot.addWidget(a.window)
    with qtbot.waitSignal(a.controller.modelLoaded, timeout=60000):
        a.start(model=str(model))
    a.window.params.set_sampling(SamplingParams(temperature=0.0, max_tokens=8, repeat_penalty=1.0))
    a.controller.sampling = a.window.params.sampling()
    a.window.show()
    qtbot.waitExposed(a.window)
    yield a
    a.window.close()
    assert not a.controller._thread.isRunning()
