"""EngineGate: the window goes ahead of waiting API requests, never the other way round."""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop.engine.gate import API, WINDOW, EngineGate, GateState

WAIT_S = 10.0


class User:
    """A thread that asks the gate for the engine and holds it until released."""

    def __init__(
        self,
        gate: EngineGate,
        name: str,
        order: list[str],
        front: bool = False,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.name = name
        self.asked_while_busy = threading.Event()  # the engine was busy when it asked
        self.holding = threading.Event()
        self.release = threading.Event()
        self.got: bool | None = None

        def run() -> None:
            with gate.hold(
                front=front,
                waiting=lambda _holder: self.asked_while_busy.set(),
                cancelled=cancelled,
                poll_s=0.01,
            ) as got:
                self.got = got
                if got:
                    order.append(name)
                    self.holding.set()
                    self.release.wait(WAIT_S)

        self.thread = threading.Thread(target=run, name=f"gate-{name}")
        self.thread.start()

    def finish(self) -> None:
        self.release.set()
        self.thread.join(WAIT_S)
        assert not self.thread.is_alive()


def test_the_window_goes_ahead_of_waiting_api_requests():
    gate, order = EngineGate(), []
    first = User(gate, "api-1", order)
    assert first.holding.wait(WAIT_S)
    second = User(gate, "api-2", order)
    assert second.asked_while_busy.wait(WAIT_S)
    window = User(gate, "window", order, front=True)
    assert window.asked_while_busy.wait(WAIT_S)
    assert gate.state() == GateState(API, window_waiting=True)
    first.finish()  # the reply under way is never interrupted: it ends first
    assert window.holding.wait(WAIT_S)
    assert not second.holding.is_set()
    window.finish()
    assert second.holding.wait(WAIT_S)
    second.finish()
    assert order == ["api-1", "window", "api-2"]
    assert gate.state() == GateState(None, window_waiting=False)


def test_an_api_request_never_goes_ahead_of_the_window():
    gate, order = EngineGate(), []
    window = User(gate, "window", order, front=True)
    assert window.holding.wait(WAIT_S)
    api = User(gate, "api", order)
    assert api.asked_while_busy.wait(WAIT_S)
    assert gate.state() == GateState(WINDOW, window_waiting=False)
    window.finish()
    assert api.holding.wait(WAIT_S)
    # The window asks again while the request runs: it waits for that reply to end.
    again = User(gate, "window-again", order, front=True)
    assert again.asked_while_busy.wait(WAIT_S)
    assert gate.state() == GateState(API, window_waiting=True)
    api.finish()
    assert again.holding.wait(WAIT_S)
    again.finish()
    assert order == ["window", "api", "window-again"]


def test_a_cancelled_waiter_never_gets_the_engine():
    gate, order = EngineGate(), []
    leave = threading.Event()
    holder = User(gate, "api-1", order)
    assert holder.holding.wait(WAIT_S)
    waiter = User(gate, "api-2", order, cancelled=leave.is_set)
    assert waiter.asked_while_busy.wait(WAIT_S)
    leave.set()
    waiter.thread.join(WAIT_S)
    assert waiter.got is False and not waiter.thread.is_alive()
    assert gate.state().holder == API  # the holder kept the engine
    holder.finish()
    assert order == ["api-1"] and gate.state() == GateState(None, False)


def test_a_window_that_gives_up_is_no_longer_waiting_and_the_observer_hears_it():
    states: list[GateState] = []
    gate, order = EngineGate(changed=states.append), []
    give_up = threading.Event()
    api = User(gate, "api", order)
    assert api.holding.wait(WAIT_S)
    window = User(gate, "window", order, front=True, cancelled=give_up.is_set)
    assert window.asked_while_busy.wait(WAIT_S)
    give_up.set()
    window.thread.join(WAIT_S)
    assert window.got is False
    # Told at once, not only when the request ends.
    assert states[-1] == GateState(API, window_waiting=False)
    api.finish()
    assert states == [
        GateState(API, False),
        GateState(API, True),
        GateState(API, False),
        GateState(None, False),
    ]
    gate.set_observer(None)
    with gate.hold() as got:
        assert got
    assert len(states) == 4  # the observer was removed
