"""Icons on buttons and actions from qtawesome's Material Design font, loaded once the window shows.

qtawesome (through qtpy) costs about 120 ms to import, a tenth of the start-up budget, so
widgets attach an icon *name* while they are built and `load()` draws them all after the
window is on screen. The icons take the palette's text colour when painted, so they follow
the light and dark themes without being rebuilt.
"""

from __future__ import annotations

import os
import weakref
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QAbstractButton

if TYPE_CHECKING:
    from collections.abc import Callable

Target = QAbstractButton | QAction

_pending: weakref.WeakKeyDictionary[Target, str] = weakref.WeakKeyDictionary()
_factory: Callable[[str], QIcon] | None = None


def attach(target: Target, name: str) -> None:
    """Give `target` the icon `name` (a qtawesome name such as "mdi6.send"), now or at load()."""
    target.setProperty("hearthIcon", name)
    if _factory is not None:
        target.setIcon(_factory(name))
    else:
        _pending[target] = name


def icon(name: str) -> QIcon:
    """The icon `name`, loading the font first if it is not loaded yet."""
    load()
    assert _factory is not None
    return _factory(name)


def loaded() -> bool:
    """Whether the icon font is loaded (icons attached from now on show at once)."""
    return _factory is not None


def load() -> None:
    """Load the icon font and draw every icon attached so far; later calls do nothing."""
    global _factory
    if _factory is not None:
        return
    os.environ.setdefault("QT_API", "pyside6")  # qtpy: use the binding Hearth ships
    import qtawesome

    _factory = qtawesome.icon
    for target, name in list(_pending.items()):
        # A widget Qt deleted before the font loaded (a closed menu) keeps its wrapper.
        if shiboken6.isValid(target):
            target.setIcon(_factory(name))
    _pending.clear()
