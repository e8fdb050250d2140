"""Icons on buttons and actions from qtawesome's Material Design font, loaded once the window shows.

qtawesome (through qtpy) costs about 120 ms to import, a tenth of the start-up budget, so
widgets attach an icon *name* while they are built and `load()` draws them all after the
window is on screen. The icons take the palette's text colour when painted, so they follow
the light and dark themes without being rebuilt.
"""

from __future__ import annotations

import os
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QAbstractButton, QToolButton

if TYPE_CHECKING:
    from collections.abc import Callable

Target = QAbstractButton | QAction

_pending: weakref.WeakKeyDictionary[Target, str] = weakref.WeakKeyDictionary()
_wordy: weakref.WeakKeyDictionary[QAbstractButton, bool] = weakref.WeakKeyDictionary()
_factory: Callable[[str], QIcon] | None = None


def attach(target: Target, name: str, *, text_until_loaded: bool = False) -> None:
    """Give `target` the icon `name` (a qtawesome name such as "mdi6.send"), now or at load().

    text_until_loaded (buttons): the button shows only its icon, and its text until the icon
    arrives (the first frame comes before the font); the text stays its accessible name and,
    when it has none, its tooltip, so the keyboard and screen readers still read a word."""
    target.setProperty("hearthIcon", name)
    if text_until_loaded and isinstance(target, QAbstractButton):
        _icon_only(target)
    if _factory is not None:
        _set_icon(target, _factory(name))
    else:
        _pending[target] = name


def _icon_only(button: QAbstractButton) -> None:
    word = button.text().replace("&", "")
    if not button.accessibleName():
        button.setAccessibleName(word)
    if not button.toolTip():
        button.setToolTip(word)
    if isinstance(button, QToolButton):
        # A tool button showing only its icon draws its text while it has no icon.
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    else:
        _wordy[button] = True  # any other button drops its text once the icon is set


def _set_icon(target: Target, drawn: QIcon) -> None:
    target.setIcon(drawn)
    if isinstance(target, QAbstractButton) and _wordy.pop(target, False):
        target.setText("")


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
    _factory = _material_design_font().icon
    for target, name in list(_pending.items()):
        # A widget Qt deleted before the font loaded (a closed menu) keeps its wrapper.
        if shiboken6.isValid(target):
            _set_icon(target, _factory(name))
    _pending.clear()


def _material_design_font() -> Any:
    """qtawesome's Material Design font alone: its default loads all twelve fonts (10 MB more)."""
    import qtawesome
    from qtawesome.iconic_font import IconicFont

    fonts = Path(qtawesome.__file__).parent / "fonts"
    ttf = max(fonts.glob("materialdesignicons6-webfont-[0-9]*.ttf"))
    charmap = max(fonts.glob("materialdesignicons6-webfont-charmap-*.json"))
    return IconicFont(("mdi6", ttf.name, charmap.name))
