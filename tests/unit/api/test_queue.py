"""The fair queue in front of an EngineSession: one job at a time, first come first served."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from desktop.api.queue import EngineQueue, Ticket
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
