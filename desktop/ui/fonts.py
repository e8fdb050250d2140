"""Bundled fonts for the scripts a system may have no font for (Arabic, Devanagari, CJK)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from desktop.core import paths

log = logging.getLogger(__name__)

# One file per script group, regular weight only (resources/fonts/README.md: sources and
# licences). Greek needs no file of its own: every system's UI font has it, and WenQuanYi
# Micro Hei covers it where one would not.
FILES: dict[str, str] = {
    "arabic": "NotoSansArabic-Regular.ttf",  # Arabic, Persian, Urdu
    "devanagari": "NotoSansDevanagari-Regular.ttf",  # Hindi, Marathi, Nepali
    "cjk": "wqy-microhei.ttc",  # Chinese, Japanese kana and kanji, Korean, Greek
}

# The groups a UI language's own strings need (by the language part of its code); the
# rest wait for the first frame.
_NEEDS: dict[str, tuple[str, ...]] = {
    "fa": ("arabic",),
    "ar": ("arabic",),
    "ur": ("arabic",),
    "hi": ("devanagari",),
    "mr": ("devanagari",),
    "ne": ("devanagari",),
    "zh": ("cjk",),
    "ja": ("cjk",),
    "ko": ("cjk",),
}

# group -> the families its file added (registered once per process).
_registered: dict[str, list[str]] = {}


def fonts_dir() -> Path:
    return paths.resources_dir() / "fonts"


def groups_for(code: str) -> tuple[str, ...]:
    """The font groups the language code (fa, zh_CN, pt_BR...) needs for its own text."""
    return _NEEDS.get(code.replace("-", "_").split("_")[0], ())


def _register(group: str) -> list[str]:
    if group in _registered:
        return _registered[group]
    path = fonts_dir() / FILES[group]
    # A native path: Qt hands it to the font system by name (fontconfig on Linux) rather
    # than reading the file into memory. On Linux fontconfig then uses it as a fallback
    # for any font lacking a character, which is what makes a Persian or Chinese reply
    # render in an English window; Windows and macOS ship fonts for all these scripts.
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if font_id < 0:
        log.warning("could not register the bundled font %s", path)
    _registered[group] = families
    return families


def register_for(code: str) -> list[str]:
    """Register the bundled fonts the UI language code needs; call before the window is
    built (after the QGuiApplication exists). Returns the families added."""
    return [family for group in groups_for(code) for family in _register(group)]


def register_rest() -> None:
    """Register every other bundled font, so a reply in another script still renders.
    Meant for after the first frame (first_frame.after_first_frame): not on start-up's path."""
    for group in FILES:
        _register(group)


def registered_families() -> list[str]:
    """The families the bundled fonts added so far (for tests and diagnostics)."""
    return [family for families in _registered.values() for family in families]
