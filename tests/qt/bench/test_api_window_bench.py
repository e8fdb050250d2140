"""`hearth bench --api --window` runs end to end at a tiny size: the real App offscreen with
the starter, its server meeting every hostile client, the window streaming its replies. The
figures are checked for presence and sanity, never against the 16 ms goal (a benchmark)."""

from __future__ import annotations

import json
import math

from desktop.bench.api_window import format_summary, requests_made, run

CROWD = 6
STATUSES = {"200", "400", "413", "421", "429"}


def test_the_window_and_its_server_under_hostile_clients_report_every_figure(qapp: object) -> None:
    results = json.loads(json.dumps(run(crowd=CROWD, tokens=4, window_tokens=8, max_replies=2,
                                        idle_s=0.2)))  # fmt: skip
    gui = results["gui_latency"]
    for figures in (gui, gui["idle"]):
        assert figures["samples"] > 0
        assert 0 <= figures["p50_ms"] <= figures["p95_ms"] <= figures["p99_ms"] <= figures["max_ms"]
    assert 1 <= len(results["gui_worst"]) <= 5
    # Every request got one answer: a status, or (a 100 MB body) the server closing on it.
    assert results["requests"] == requests_made(CROWD) == results["answered"]
    assert sum(results["status_counts"].values()) == results["requests"]
    kinds = results["by_client"]
    assert sum(kinds["crowd"].values()) == CROWD and set(kinds["crowd"]) <= {"200", "429"}
    assert kinds["malformed"] == {"400": 5} and kinds["wrong host"] == {"421": 2}
    assert kinds["100 MB declared"] == {"413": 1}
    assert set(kinds["100 MB sent"]) <= {"413", "closed while sending"}
    assert kinds["slow reader"] == {"200": 1} and kinds["leaves mid-stream"] == {"200": 1}
    assert set(results["status_counts"]) <= STATUSES | {"closed while sending"}
    # The server logged each reply it ran: the crowd's 200s, the slow reader, the leaver
    # (seen leaving) and the request afterwards.
    assert results["served_records"] == kinds["crowd"].get("200", 0) + 3
    assert results["disconnects_seen"] == 1
    assert results["window_reply_completed"] and results["window_replies_sent"] >= 1
    assert results["still_serves"]
    assert results["hostile_s"] > 0 and not math.isnan(results["settings"]["logical_cpus"])
    assert results["goals"]["gui_p99_ms"]["value"] == gui["p99_ms"]
    summary = format_summary(results)
    assert "GUI thread lateness" in summary and f"{results['requests']}/" in summary
