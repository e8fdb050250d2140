"""services.continuation's pure parts: a stop string across the join of a Continue, and the
stats of a Continue ended by closing."""

from __future__ import annotations

from desktop.core.types import GenerationStats, StopReason
from desktop.services.continuation import JoinStops, closed_stats


def test_a_stop_begun_in_the_earlier_text_is_caught_when_the_new_text_ends_it():
    join = JoinStops("Sure.\nUs", ["\nUser:"])
    assert join.feed("e") == ""  # may still be the stop: held
    assert join.cut is None
    assert join.feed("r: and more") == ""
    assert join.cut == 3  # "\nUs" of the earlier text goes
    assert join.feed("later text") == ""  # the reply has ended


def test_the_earliest_stop_across_the_join_wins():
    join = JoinStops("hi\n", ["\nUser:", "\n\nUser"])
    assert join.feed("\nUser") == ""
    assert join.cut == 1


def test_text_that_cannot_complete_a_stop_is_shown_at_once_and_after():
    join = JoinStops("Sure.\nUs", ["\nUser:"])
    assert join.feed("e") == ""
    assert join.feed("d to it") == "ed to it"  # held text comes with it
    assert join.feed("\nUser:") == "\nUser:"  # all new: the engine's own check sees it
    assert join.cut is None


def test_a_stop_inside_the_earlier_text_or_no_stops_change_nothing():
    assert JoinStops("a \nUser: b", ["\nUser:"]).feed("c") == "c"
    assert JoinStops("anything", []).feed("x") == "x"
    assert JoinStops("", ["\nUser:"]).feed("\nUser:") == "\nUser:"
    assert JoinStops("end.", ["x"]).feed("x") == "x"  # one character cannot span


def test_held_text_is_given_back_when_the_reply_ends_first():
    join = JoinStops("Sure.\nUs", ["\nUser:"])
    assert join.feed("er") == ""
    assert join.flush() == "er"
    assert join.feed("more") == "more"


def test_closed_stats_count_the_pieces_written_since():
    before = GenerationStats(
        prompt_tokens=30,
        generated_tokens=5,
        ttft_ms=100.0,
        tokens_per_s=10.0,
        prompt_tokens_per_s=300.0,
        total_ms=600.0,
        stop_reason=StopReason.USER,
        seed=1,
        chat_format="the model's own chat template",
    )
    after = closed_stats(before, 4)
    assert after is not None
    assert after.generated_tokens == 9 and after.prompt_tokens == 30
    assert after.stop_reason is StopReason.USER
    assert closed_stats(None, 4) is None
