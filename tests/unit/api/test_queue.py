"""The fair queue in front of an EngineSession: one job at a time, first come first served."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from desktop.api.queue import EngineQueue, QueueFull, QueueStatus, Ticket
from desktop.engine.session import EngineSession

WAIT_S = 10.0


@pytest.fixture
def queue() -> Iterator[EngineQueue]:
    # A session never started: the jobs here do not touch the engine.
    q = EngineQueue(EngineSession())
    yield q
    q.close()


def test_jobs_run_one_at_a_time_in_order(queue):
    gate = threading.Event()
    ran: list[int] = []

    def job(number: int):
        def run(_session: EngineSession, _ticket: Ticket) -> None:
            gate.wait(WAIT_S)
            ran.append(number)

        return run

    tickets = [queue.submit(job(i)) for i in range(4)]
    # The first may or may not have been taken yet; the others wait in order behind it.
    positions = [queue.position(t) for t in tickets]
    assert positions[1:] == [positions[0] + 1, positions[0] + 2, positions[0] + 3]
    gate.set()
    assert queue.wait_idle(WAIT_S)
    assert ran == [0, 1, 2, 3]
    assert all(t.done.is_set() and queue.position(t) == 0 for t in tickets)


def test_a_cancelled_waiting_job_never_runs(queue):
    gate, started = threading.Event(), threading.Event()
    ran: list[str] = []

    def first(_s: EngineSession, _t: Ticket) -> None:
        started.set()
        gate.wait(WAIT_S)
        ran.append("first")

    queue.submit(first)
    assert started.wait(WAIT_S)
    second = queue.submit(lambda _s, _t: ran.append("second"))
    third = queue.submit(lambda _s, _t: ran.append("third"))
    assert (queue.position(second), queue.position(third)) == (1, 2)
    second.cancel()
    gate.set()
    assert queue.wait_idle(WAIT_S)
    assert ran == ["first", "third"]
    assert second.done.is_set()


def test_a_failing_job_does_not_stop_the_queue(queue):
    def broken(_s: EngineSession, _t: Ticket) -> None:
        raise RuntimeError("a bug")

    queue.submit(broken)
    after = queue.submit(lambda _s, _t: None)
    assert after.done.wait(WAIT_S)


def test_close_ends_the_thread_and_refuses_new_jobs():
    q = EngineQueue(EngineSession())
    q.close()
    with pytest.raises(RuntimeError):
        q.submit(lambda _s, _t: None)


class Clock:
    """A clock the test moves: each job's run time is what the test says."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_full_line_raises_queue_full_with_a_retry_after_from_recent_runs():
    clock = Clock()
    q = EngineQueue(EngineSession(), max_waiting=2, clock=clock)
    try:
        release = threading.Event()

        def slow(_s: EngineSession, _t: Ticket) -> None:
            release.wait(WAIT_S)
            clock.now += 3.0  # each run takes 3 s on the test's clock

        release.set()
        q.submit(slow)  # one run teaches the estimate
        assert q.wait_idle(WAIT_S)
        release.clear()
        running = q.submit(slow, "running")
        assert q.wait_until(lambda name, _waiting: name == "running", WAIT_S)
        line = [q.submit(slow), q.submit(slow)]
        with pytest.raises(QueueFull) as full:
            q.submit(slow)
        # Two in line and one running, each about 3 s.
        assert full.value.retry_after_s == 9 == q.retry_after_s()
        line[0].cancel()  # a place frees up: the next one is accepted
        q.submit(slow)
        release.set()
        assert q.wait_idle(WAIT_S) and running.done.is_set()
    finally:
        q.close()


def test_retry_after_is_at_least_one_second():
    q = EngineQueue(EngineSession(), max_waiting=0, clock=Clock())
    try:
        with pytest.raises(QueueFull) as full:
            q.submit(lambda _s, _t: None)
        assert full.value.retry_after_s == 1
    finally:
        q.close()


def test_a_cancelled_waiting_ticket_leaves_the_line_at_once(queue):
    release, started = threading.Event(), threading.Event()
    dropped: list[str] = []

    def first(_s: EngineSession, _t: Ticket) -> None:
        started.set()
        release.wait(WAIT_S)

    queue.submit(first, "first")
    assert started.wait(WAIT_S)
    second = queue.submit(lambda _s, _t: None, "second", lambda t: dropped.append(t.label))
    third = queue.submit(lambda _s, _t: None, "third")
    assert (queue.position(second), queue.position(third), queue.waiting) == (1, 2, 2)
    second.cancel()
    # Out of the line before the running job ends: the one behind moved up.
    assert dropped == ["second"] and second.done.is_set()
    assert (queue.position(third), queue.waiting) == (1, 1)
    assert queue.status() == QueueStatus("first", 1, window_waiting=False)
    release.set()
    assert queue.wait_idle(WAIT_S)


def test_positions_count_the_window_ahead(queue):
    ran = threading.Event()
    with queue.gate.hold(front=True) as got:  # the window holds the engine
        assert got
        first = queue.submit(lambda _s, _t: ran.set(), "first")
        # Taken from the line, it waits at the gate behind the window.
        assert queue.wait_until(lambda name, _waiting: name == "first", WAIT_S)
        second = queue.submit(lambda _s, _t: None, "second")
        assert (queue.position(first), queue.position(second)) == (1, 2)
        assert queue.status() == QueueStatus("first", 1, window_waiting=False)
        assert not ran.is_set()
    assert first.done.wait(WAIT_S) and ran.is_set()
    assert queue.wait_idle(WAIT_S)


def test_a_ticket_cancelled_at_the_gate_is_dropped_without_running(queue):
    dropped: list[str] = []
    with queue.gate.hold(front=True):
        ticket = queue.submit(
            lambda _s, _t: dropped.append("ran"), "x", lambda t: dropped.append(t.label)
        )
        assert queue.wait_until(lambda name, _waiting: name == "x", WAIT_S)
        ticket.cancel()  # the gate sees it within its poll
        assert ticket.done.wait(WAIT_S)
    assert dropped == ["x"]
