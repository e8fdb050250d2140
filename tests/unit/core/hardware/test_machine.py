"""memory(): this computer's RAM, as the fit and the Hardware page read it."""

from __future__ import annotations

import psutil

from desktop.core.hardware import memory


def test_memory_reads_this_computer() -> None:
    mem = memory()
    assert mem.total == psutil.virtual_memory().total
    assert 0 < mem.available <= mem.total
