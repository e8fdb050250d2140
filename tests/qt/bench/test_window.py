"""`hearth bench --ui`: start-up and history parts run end to end (small sizes)."""

from __future__ import annotations

from desktop.bench.stream import run_stream_bench
from desktop.bench.window import (
    _locked_lines,
    format_table,
    measure_locked_history,
    measure_startup,
)


def test_startup_probe_starts_the_real_app_and_reports(qapp):
    startup = measure_startup(runs=1)
    assert 0 < startup["startup_s_median"] < 60
    assert startup["idle_rss_mb_median"] > 10
    stream = run_stream_bench(tokens=100, messages_above=5, window_tokens=50)
    table = format_table({"stream": [stream], "startup": startup})
    assert "start-up to window shown" in table and "idle GUI process memory" in table


def test_locked_history_bench_runs_against_a_real_second_process(qapp):
    locked = measure_locked_history(writes=5, held_s=0.3)
    assert locked["writes"] == 5 and locked["longest_stall_ms"] > 0
    assert locked["saved_after_release_ms"] >= 0
    assert "longest GUI-thread stall" in "\n".join(_locked_lines(locked))
