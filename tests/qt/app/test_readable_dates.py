"""Dates in the file dialogs (issue 12.3): with no locale set (LANG=C.UTF-8, as in containers
and bare X11 sessions) Qt's file dialog showed "5 12 2026"; Hearth asks for ISO dates."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from desktop.core.timelocale import READABLE_TIME_LOCALE, use_readable_dates

# What a non-native QFileDialog shows in its "Date Modified" column: its QFileSystemModel's
# column 3 for a file, read in a fresh process (Qt reads the locale once, at start).
PROBE = """
import os, sys
from PySide6.QtWidgets import QApplication, QFileSystemModel
if sys.argv[1] == "hearth":
    from desktop.core.timelocale import use_readable_dates
    use_readable_dates()
app = QApplication([])
model = QFileSystemModel()
root = model.setRootPath(sys.argv[2])
def loaded(_path):
    index = model.index(0, 3, root)
    print(index.data())
    app.quit()
model.directoryLoaded.connect(loaded)
app.exec()
"""


def shown_date(tmp_path, mode: str) -> str:
    folder = tmp_path / mode
    folder.mkdir()
    (folder / "conversation.md").write_text("hi", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode, str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def test_the_file_dialog_shows_iso_dates_when_no_locale_is_set(tmp_path):
    assert re.fullmatch(
        r"\d{1,2} \d{2} \d{4} \d{2}:\d{2}", shown_date(tmp_path, "qt")
    )  # "5 12 2026"
    shown = shown_date(tmp_path, "hearth")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", shown), shown


def test_a_chosen_locale_is_kept():
    env = {"LANG": "de_DE.UTF-8"}
    assert not use_readable_dates(env) and env == {"LANG": "de_DE.UTF-8"}
    env = {"LC_ALL": "C"}  # a choice for every category
    assert not use_readable_dates(env) and "LC_TIME" not in env
    env = {"LANG": "C.UTF-8", "LC_TIME": "POSIX"}
    assert use_readable_dates(env) and env["LC_TIME"] == READABLE_TIME_LOCALE
    env = {}
    assert use_readable_dates(env) and env == {"LC_TIME": READABLE_TIME_LOCALE}
