"""The transcript under a full-speed stream: the benchmark runs end to end (small sizes)."""

from __future__ import annotations

from desktop.bench.stream import format_results, run_stream_bench


def test_stream_bench_reports_main_thread_lateness(qapp):
    result = run_stream_bench(tokens=300, messages_above=20, window_tokens=200)
    for key in ("lateness_p50_ms", "lateness_p99_ms", "lateness_max_ms", "tokens_per_s"):
        assert result[key] >= 0, key
    assert result["tokens"] == 300 and result["messages_above"] == 20
    table = format_results([result])
    assert "late p50" in table and "steady" in table and "burst" in table
