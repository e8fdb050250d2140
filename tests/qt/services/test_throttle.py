"""Throttle: leading call, one trailing call with the latest arguments, flush and cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.throttle import REPAINT_DELAY_MS, Throttle

Call = tuple[tuple[Any, ...], dict[str, Any]]


class Recorder:
    def __init__(self) -> None:
        self.calls: list[Call] = []

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        self.calls.append((args, kwargs))

    @property
    def first_args(self) -> list[Any]:
        return [args[0] for args, _ in self.calls]


@pytest.fixture
def make_throttle(qtbot: QtBot) -> Iterator[Callable[..., tuple[Throttle, Recorder]]]:
    made: list[Throttle] = []

    def make(delay_ms: int = REPAINT_DELAY_MS) -> tuple[Throttle, Recorder]:
        recorder = Recorder()
        throttle = Throttle(recorder, delay_ms)
        made.append(throttle)
        return throttle, recorder

    yield make
    for throttle in made:  # leave no timer running after a test
        throttle.cancel()


def test_first_call_runs_at_once(make_throttle: Callable[..., tuple[Throttle, Recorder]]) -> None:
    throttle, recorder = make_throttle()
    throttle("a", size=3)
    assert recorder.calls == [(("a",), {"size": 3})]
    assert throttle.active
    assert not throttle.pending


def test_burst_of_100_becomes_two_calls(
    qtbot: QtBot, make_throttle: Callable[..., tuple[Throttle, Recorder]]
) -> None:
    throttle, recorder = make_throttle()
    for i in range(100):
        throttle(i, final=i == 99)
    assert recorder.calls == [((0,), {"final": False})]
    assert throttle.pending
    qtbot.waitUntil(lambda: len(recorder.calls) == 2)
    assert recorder.calls[1] == ((99,), {"final": True})
    # The trailing call opened one more window; it closes with nothing to run.
    qtbot.waitUntil(lambda: not throttle.active)
    assert len(recorder.calls) == 2


def test_call_after_idle_window_is_leading_again(
    qtbot: QtBot, make_throttle: Callable[..., tuple[Throttle, Recorder]]
) -> None:
    throttle, recorder = make_throttle(1)
    throttle(1)
    qtbot.waitUntil(lambda: not throttle.active)
    throttle(2)
    assert recorder.first_args == [1, 2]


def test_flush_runs_pending_call_now(
    qtbot: QtBot, make_throttle: Callable[..., tuple[Throttle, Recorder]]
) -> None:
    throttle, recorder = make_throttle()
    for i in range(10):
        throttle(i)
    throttle.flush()
    assert recorder.first_args == [0, 9]
    assert not throttle.pending
    qtbot.waitUntil(lambda: not throttle.active)
    assert recorder.first_args == [0, 9]


def test_flush_without_pending_call_does_nothing(
    make_throttle: Callable[..., tuple[Throttle, Recorder]],
) -> None:
    throttle, recorder = make_throttle()
    throttle.flush()
    assert recorder.calls == []
    throttle(1)
    throttle.flush()
    assert recorder.first_args == [1]


def test_cancel_drops_pending_call(
    qtbot: QtBot, make_throttle: Callable[..., tuple[Throttle, Recorder]]
) -> None:
    throttle, recorder = make_throttle()
    throttle(1)
    throttle(2)
    throttle.cancel()
    assert not throttle.pending
    assert not throttle.active
    throttle(3)  # the window was closed: this one runs at once
    assert recorder.first_args == [1, 3]
    qtbot.waitUntil(lambda: not throttle.active)
    assert recorder.first_args == [1, 3]


def test_set_delay_restarts_open_window(
    qtbot: QtBot, make_throttle: Callable[..., tuple[Throttle, Recorder]]
) -> None:
    throttle, recorder = make_throttle(60_000)
    throttle(1)
    throttle(2)
    throttle.set_delay(0)
    assert throttle.delay_ms == 0
    qtbot.waitUntil(lambda: recorder.first_args == [1, 2])


def test_set_delay_refuses_negative(
    make_throttle: Callable[..., tuple[Throttle, Recorder]],
) -> None:
    throttle, _ = make_throttle()
    with pytest.raises(ValueError, match="0 ms or more"):
        throttle.set_delay(-1)


def test_call_from_inside_func_is_throttled(qtbot: QtBot) -> None:
    seen: list[int] = []

    def func(n: int) -> None:
        seen.append(n)
        if n == 1:
            throttle(2)

    throttle = Throttle(func, 1)
    throttle(1)
    assert seen == [1]
    assert throttle.pending
    qtbot.waitUntil(lambda: seen == [1, 2])
    throttle.cancel()


def test_call_from_another_thread_is_refused(
    make_throttle: Callable[..., tuple[Throttle, Recorder]],
) -> None:
    throttle, recorder = make_throttle()
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            throttle(1)
        except RuntimeError as exc:
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert len(errors) == 1
    assert "thread that owns it" in str(errors[0])
    assert recorder.calls == []
