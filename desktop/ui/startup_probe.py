"""The start-up probe of `hearth bench --ui`: time to the window's first frame, then idle memory.

Start-up is counted from the launch (the bench passes the time it started the process in
HEARTH_STARTUP_T0) or else from the process's own start, to the end of the window's first
painted frame. psutil's create_time() is not used for it: on Linux it adds the boot time,
which the kernel reports in whole seconds, so it can read up to a second early (on the
build machine it put ~0.6 s on every run). Memory is read once the icon font is loaded
(it loads after the first frame), so the figure holds what an idle window holds.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.ui import icons
from desktop.ui.first_frame import after_first_frame

START_ENV = "HEARTH_STARTUP_T0"  # the launcher's time.time() when it started the process


def process_started(environ: dict[str, str] | None = None) -> float:
    """The wall-clock time this process was launched."""
    launched = (os.environ if environ is None else environ).get(START_ENV)
    if launched:
        return float(launched)
    if sys.platform.startswith("linux"):
        # Both counted from boot (clock ticks and seconds), so no boot time is needed.
        with open("/proc/self/stat", encoding="ascii") as f:
            start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return time.time() - (uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    import psutil

    return float(psutil.Process().create_time())


def report_startup(window: QWidget, out: Path, done: Callable[[], object]) -> None:
    """Once window has painted its first frame, write {"startup_s", "shown_at",
    "idle_rss_mb"} to out, then call done (which closes the window).

    Call it after the window's own first-frame work is registered (App.start): the newest
    first-frame callback runs first, so the clock is read before that work runs."""
    launched = process_started()

    def shown() -> None:
        shown_at = time.time()
        icons.load()  # the font the window loads next, so that memory includes it
        import psutil  # after the clock is read: the probe's own import is not start-up

        rss_mb = psutil.Process().memory_info().rss / 2**20
        report = {"startup_s": shown_at - launched, "shown_at": shown_at, "idle_rss_mb": rss_mb}
        out.write_text(json.dumps(report), encoding="utf-8")
        done()

    after_first_frame(window, shown)
