"""Builds the app offscreen, starts a hub search, closes the window when told, returns from main.

The hub (HF_ENDPOINT) is expected never to answer, and the hub read timeout here is an hour:
the process can only exit promptly if closing the window and leaving main() wait on nothing.
Prints "searching" once the search is started, reads one line from stdin (the test writes
it once the request hangs on the server), then closes the window and prints "closed".
Usage: python hub_search_child.py
"""

from __future__ import annotations

import os
import sys


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    import desktop.core.hub as hub
    from desktop.app import App

    hub.READ_TIMEOUT = 3600.0
    qt = QApplication.instance() or QApplication(sys.argv)
    app = App(sys.argv)
    app.start(load=False)
    app.hub.search("tiny")
    say("searching")
    sys.stdin.readline()  # the search is on the wire now, stuck in a read
    app.window.close()
    qt.processEvents()
    say("closed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
