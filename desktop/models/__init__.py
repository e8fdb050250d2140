"""Qt item models over Hearth's data, changed only on the GUI thread."""

from __future__ import annotations

import ctypes
import sys


def _pin_singletons_for_pyside_6_12() -> None:
    """Keep None, True and False alive under PySide6 6.12.0 on CPython 3.11.

    PySide6 6.12.0's abi3 wheel returns None/True/False from C++ calls without taking a
    reference (it assumes PEP 683 immortal objects, which exist only from CPython 3.12):
    every void call (setText, setGeometry, update...) and every Signal.emit drops one
    reference, and after a few thousand calls CPython aborts with "none_dealloc" or
    "bool_dealloc". 6.11.3 does not do this. Until the pin or the interpreter changes,
    give these static objects a reference count no program can exhaust, which is what
    3.12 does for them. Remove when Python >= 3.12 or PySide6 != 6.12.0 is required.
    """
    if sys.version_info >= (3, 12):
        return
    import PySide6

    if tuple(PySide6.__version_info__[:2]) != (6, 12):
        return
    for obj in (None, True, False, NotImplemented, Ellipsis):
        # ob_refcnt is the first field of every PyObject.
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 60


if not getattr(sys, "_hearth_singletons_pinned", False):
    _pin_singletons_for_pyside_6_12()
    sys._hearth_singletons_pinned = True  # type: ignore[attr-defined]
