"""Readable dates when no locale is set: ISO-like dates instead of the C locale's "5 12 2026"."""

from __future__ import annotations

import os
from collections.abc import MutableMapping

# Qt formats dates in its file dialogs (and anything else asking QLocale.system()) from
# LC_ALL, then LC_TIME, then LANG. The C/POSIX locale (what containers, CI and bare X11
# sessions have) gives "d MM yyyy": "5 12 2026 14:03". English (Sweden) in Qt's own CLDR
# data gives ISO dates with a 24-hour clock ("2026-12-05 14:03") and English day names.
# Only the time category changes: numbers, messages and the character set stay as they are.
READABLE_TIME_LOCALE = "en_SE.UTF-8"
_NO_LOCALE = {"", "C", "POSIX"}


def time_locale(environ: MutableMapping[str, str] | None = None) -> str:
    """The locale name dates are formatted with (LC_ALL beats LC_TIME beats LANG)."""
    env = os.environ if environ is None else environ
    return env.get("LC_ALL") or env.get("LC_TIME") or env.get("LANG") or ""


def use_readable_dates(environ: MutableMapping[str, str] | None = None) -> bool:
    """Before the QApplication exists: when dates would follow the C locale, format them
    as ISO dates instead. True when the environment was changed. A chosen locale is kept."""
    env = os.environ if environ is None else environ
    if env.get("LC_ALL"):
        return False  # a choice for every category (even LC_ALL=C), and it beats LC_TIME
    name = time_locale(env).split(".", 1)[0].split("@", 1)[0]
    if name not in _NO_LOCALE:
        return False
    env["LC_TIME"] = READABLE_TIME_LOCALE
    return True
