"""Size-based fit estimate: memory(), fit_for_size() and recommended_choice()."""

from __future__ import annotations

import psutil
import pytest

from desktop.core.hardware import (
    GIB,
    Memory,
    fit_for_size,
    memory,
    needed_bytes,
    recommended_choice,
)

MB = 1_000_000
GB = 1_000_000_000
LAPTOP_16 = Memory(total=16 * GIB, available=10 * GIB)
LAPTOP_8 = Memory(total=8 * GIB, available=3 * GIB)
SMALL_4 = Memory(total=4 * GIB, available=int(1.5 * GIB))


def test_memory_reads_this_computer() -> None:
    mem = memory()
    assert mem.total == psutil.virtual_memory().total
    assert 0 < mem.available <= mem.total


def test_needed_bytes_grows_with_the_context() -> None:
    base = needed_bytes(4 * GB)
    assert base > 4 * GB
    assert needed_bytes(4 * GB, context=16384) > base > needed_bytes(4 * GB, context=512)
    with pytest.raises(ValueError, match="negative"):
        needed_bytes(-1)


@pytest.mark.parametrize(
    ("size", "mem", "expected"),
    [
        (800 * MB, LAPTOP_16, "fits"),  # a 1B model on a 16 GB laptop
        (4_900 * MB, LAPTOP_16, "fits"),  # an 8B Q4 model
        (8_000 * MB, LAPTOP_16, "tight"),  # fits in what is free, with a small margin
        (10_000 * MB, LAPTOP_16, "tight"),  # fits only once other apps close
        (14_000 * MB, LAPTOP_16, "wont_fit"),
        (800 * MB, LAPTOP_8, "fits"),
        (2_000 * MB, LAPTOP_8, "tight"),
        (4_400 * MB, LAPTOP_8, "tight"),  # a 7B on 8 GB: only with little else running
        (6_000 * MB, LAPTOP_8, "wont_fit"),
        (400 * MB, SMALL_4, "tight"),
        (3_500 * MB, SMALL_4, "wont_fit"),
        (1 * GB, Memory(total=0, available=0), "wont_fit"),
    ],
)
def test_fit_for_size(size: int, mem: Memory, expected: str) -> None:
    assert fit_for_size(size, mem) == expected


def test_a_long_context_can_tip_the_fit() -> None:
    assert fit_for_size(6 * GB, LAPTOP_16, context=2048) == "fits"
    assert fit_for_size(6 * GB, LAPTOP_16, context=32768) != "fits"


def test_fit_uses_this_computer_by_default() -> None:
    assert fit_for_size(1) in ("fits", "tight", "wont_fit")
    assert fit_for_size(10**15) == "wont_fit"  # a petabyte


def test_recommended_choice_is_the_largest_that_fits() -> None:
    sizes = [4_400 * MB, 800 * MB, 2_000 * MB, 14_000 * MB]
    assert recommended_choice(sizes, LAPTOP_16) == 0


def test_recommended_choice_falls_back_to_the_smallest_tight_one() -> None:
    sizes = [4_400 * MB, 2_000 * MB, 3_000 * MB]
    assert recommended_choice(sizes, LAPTOP_8) == 1


def test_recommended_choice_none_when_nothing_fits() -> None:
    assert recommended_choice([30 * GB, 60 * GB], LAPTOP_8) is None
    assert recommended_choice([], LAPTOP_8) is None


def test_recommended_choice_ties_pick_the_first() -> None:
    assert recommended_choice([800 * MB, 800 * MB], LAPTOP_16) == 0
