"""Prompt lookup's drafts, the draft pace and the remembered calibration (no model)."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop.engine.speculative import (
    MAX_DRAFT,
    Calibrations,
    NgramDrafter,
    _interpolated,
    _Pace,
    draft_model_pays,
    useful_length,
)


def _reference(history: Sequence[int], limit: int, sizes: Sequence[int] = (4, 3, 2)) -> list[int]:
    """The same lookup by scanning the whole history (what the index must agree with)."""
    end = len(history)
    for n in sizes:
        if end < n:
            continue
        tail = list(history[end - n :])
        for j in range(end - 1, n - 1, -1):  # latest first; j: the position after the match
            if list(history[j - n : j]) == tail:
                return list(history[j : j + limit])
    return []


def test_proposes_what_followed_the_last_n_tokens_before() -> None:
    history = [1, 2, 3, 4, 5, 6, 7, 9, 9, 2, 3, 4]
    assert NgramDrafter().draft(history, 3) == [5, 6, 7]


def test_the_longest_match_wins_over_a_later_shorter_one() -> None:
    # [3, 4] last occurred before 8; [2, 3, 4] only before 5.
    history = [2, 3, 4, 5, 6, 0, 3, 4, 8, 1, 2, 3, 4]
    assert NgramDrafter().draft(history, 2) == [5, 6]


def test_the_latest_occurrence_of_a_match_is_used() -> None:
    history = [7, 8, 1, 5, 7, 8, 2, 6, 7, 8]
    assert NgramDrafter().draft(history, 1) == [2]


def test_no_match_or_no_room_drafts_nothing() -> None:
    drafter = NgramDrafter()
    assert drafter.draft([1, 2, 3, 4, 5], 4) == []
    assert drafter.draft([1, 2, 1, 2], 0) == []
    assert NgramDrafter().draft([5], 4) == []
    assert NgramDrafter().draft([], 4) == []


def test_a_draft_stops_at_the_limit_and_at_the_history_end() -> None:
    history = [1, 2, 3, 4, 1, 2]
    assert NgramDrafter().draft(history, 1) == [3]
    assert NgramDrafter().draft(history, 10) == [3, 4, 1, 2]


def test_a_growing_history_gives_what_a_full_scan_gives() -> None:
    rng = random.Random(4)
    drafter = NgramDrafter()
    history: list[int] = []
    for _ in range(600):
        history.append(rng.choice((1, 2, 3, 4, 5)))  # a small alphabet: many matches
        limit = rng.randrange(0, 6)
        assert drafter.draft(history, limit) == _reference(history, limit)


def test_a_history_growing_several_tokens_between_calls_is_caught_up() -> None:
    rng = random.Random(9)
    drafter = NgramDrafter()
    history: list[int] = []
    for _ in range(100):
        history.extend(rng.choice((1, 2, 3)) for _ in range(rng.randrange(1, 7)))
        assert drafter.draft(history, 4) == _reference(history, 4)


def test_another_history_is_indexed_anew() -> None:
    drafter = NgramDrafter()
    assert drafter.draft([1, 2, 3, 9, 1, 2], 1) == [3]
    other = [1, 2, 4, 9, 1, 2]  # the same length: a new list, not a grown one
    assert drafter.draft(other, 1) == [4]
    assert drafter.draft([6, 1, 2], 1) == []


def test_useful_length_follows_the_costs() -> None:
    flat = [1.0] * (MAX_DRAFT + 1)
    assert useful_length(flat) == MAX_DRAFT
    linear = [float(n) for n in range(1, MAX_DRAFT + 2)]  # k+1 tokens cost k+1 tokens
    assert useful_length(linear) == 0
    assert useful_length(linear, 1.0) == 0  # even a certain draft only breaks even
    cheap_then_steep = [1.0, 1.05, 1.1, 4, 5, 6, 7, 8, 9]
    assert useful_length(cheap_then_steep) == 2
    assert useful_length([1.0, 1.3, 1.6, 2.0, 2.4, 2.7, 3.0, 3.4, 3.7], 0.1) == 0


def test_interpolated_costs_are_relative_to_one_token() -> None:
    costs = _interpolated((1, 2, 3, 5, 9), [2.0, 2.2, 2.4, 2.8, 4.0])
    assert len(costs) == MAX_DRAFT + 1
    assert costs[0] == 1.0 and costs[3] == pytest.approx(1.3) and costs[8] == 2.0
    assert costs == sorted(costs)


def test_the_pace_grows_on_kept_drafts_and_shrinks_on_a_rejection() -> None:
    pace = _Pace(None)  # "on": no costs, never pauses
    assert pace.length(100) == 2
    pace.result(2, 2)
    assert pace.length(100) == 4
    pace.result(4, 4)
    pace.result(8, 8)
    pace.result(8, 8)
    assert pace.length(100) == MAX_DRAFT
    assert pace.length(3) == 3  # the reply's own limit
    pace.result(8, 1)
    assert pace.length(100) == 2
    for _ in range(20):
        pace.result(2, 0)
    assert pace.length(100) == 1 and pace.trim(1) == 1


def test_the_pace_rests_when_drafts_do_not_pay() -> None:
    costs = [1.0, 1.3, 1.6, 2.0, 2.4, 2.7, 3.0, 3.4, 3.7]
    pace = _Pace(costs)
    assert pace.trim(pace.length(100)) > 0  # a first try at the assumed acceptance
    for _ in range(6):
        pace.result(1, 0)
    assert pace.trim(1) == 0  # refused every time: not worth a batch
    rest = 0
    while pace.length(100) == 0:
        rest += 1
    assert rest == 16
    assert pace.trim(1) == 1  # tried again after the rest
    for _ in range(6):
        pace.result(1, 0)
    assert pace.trim(1) == 0
    rest = 0
    while pace.length(100) == 0:
        rest += 1
    assert rest == 32  # a longer rest each time it still does not pay


def test_calibrations_are_remembered_in_a_file(tmp_path: Path) -> None:
    file = tmp_path / "data" / "speculative.json"
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF" + bytes(60))
    key = Calibrations.key(str(model), 4, "f16", "q8_0")
    assert key.startswith("model.gguf|64|") and key.endswith("|4|f16|q8_0")
    costs = [1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8]
    Calibrations(file).save(key, costs)
    again = Calibrations(file)
    assert again.curves == {key: costs}
    assert json.loads(file.read_text("utf-8"))[key]["max_draft"] == useful_length(costs)
    model.write_bytes(b"GGUF" + bytes(61))  # another file: another key
    assert Calibrations.key(str(model), 4, "f16", "q8_0") != key


def test_an_unreadable_calibration_file_is_measured_again(tmp_path: Path) -> None:
    file = tmp_path / "speculative.json"
    file.write_text("{not json", "utf-8")
    assert Calibrations(file).curves == {}
    file.write_text('{"k": {"costs": "x"}}', "utf-8")
    assert Calibrations(file).curves == {}
    file.write_text('["a list"]', "utf-8")
    assert Calibrations(file).curves == {}


def test_auto_leaves_out_a_draft_model_that_costs_as_much_as_the_model(tmp_path: Path) -> None:
    # The starter drafting for itself: each drafted token costs a whole decode more.
    costs = [1.0, 1.17, 1.56, 1.95, 2.33, 2.6, 2.9, 3.2, 3.5, 3.87]
    main, same, small = tmp_path / "main.gguf", tmp_path / "same.gguf", tmp_path / "small.gguf"
    main.write_bytes(b"x" * 1000)
    same.write_bytes(b"x" * 1000)
    small.write_bytes(b"x" * 20)

    def loaded(draft: Path) -> SimpleNamespace:
        return SimpleNamespace(params=SimpleNamespace(path=str(main), draft_model=str(draft)))

    assert not draft_model_pays(loaded(same), costs)
    assert draft_model_pays(loaded(small), costs)
