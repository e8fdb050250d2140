"""English plural forms for a test, as the window gets them: the sources given turned into
"1 file" / "2 files" by desktop/core/plurals.py (packaging/translations.py's rule too),
compiled by Qt's lrelease into a .qm under a scratch folder and installed (the checked-in
hearth_en.qm may predate a source)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QTranslator
from tiny_translator import installed

from desktop.core.plurals import english_forms as forms


@contextmanager
def english(folder: Path, plurals: list[tuple[str, str]]) -> Iterator[QTranslator]:
    """The English forms of plurals ((context, source) pairs) installed while in the block."""
    contexts: dict[str, dict[str, str | tuple[str, str]]] = {}
    for context, source in plurals:
        contexts.setdefault(context, {})[source] = forms(source)
    with installed(folder, "en", contexts) as translator:
        yield translator
