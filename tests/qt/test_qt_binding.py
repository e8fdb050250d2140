"""Guards against a Qt binding that corrupts Python's reference counts (PySide6 6.12.0)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    piece = Signal(int, str)


def test_signal_emit_leaves_bool_refcounts_alone(qapp):
    # PySide6 6.12.0 released a bool reference on every emit; on Python 3.11 the app
    # aborted after about a thousand streamed tokens. The pin in pyproject.toml avoids it.
    emitter = Emitter()
    received: list[int] = []
    emitter.piece.connect(lambda n, text: received.append(n))
    before = sys.getrefcount(True), sys.getrefcount(False)
    for n in range(200):
        emitter.piece.emit(n, "x")
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 200
    assert abs(after[0] - before[0]) < 50 and abs(after[1] - before[1]) < 50
