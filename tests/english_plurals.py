"""English plural forms for a test, as the window gets them: the sources given turned into
"1 file" / "2 files" by packaging/translations.py's own rule, compiled by Qt's lrelease into a
.qm under a scratch folder and installed (the checked-in hearth_en.qm may predate a source)."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QTranslator
from tiny_translator import installed

REPO = Path(__file__).resolve().parents[1]


def _rule() -> re.Pattern[str]:
    spec = importlib.util.spec_from_file_location(
        "hearth_translations_for_english", REPO / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    rule = module.ENGLISH_ALTERNATIVE
    assert isinstance(rule, re.Pattern)
    return rule


def forms(source: str) -> tuple[str, str]:
    """The one and the many English forms of a plural source ("%n file(s)")."""
    rule = _rule()
    one = rule.sub(lambda m: m.group(1) or "", source)
    many = rule.sub(lambda m: m.group(2) or m.group(3), source)
    return one, many


@contextmanager
def english(folder: Path, plurals: list[tuple[str, str]]) -> Iterator[QTranslator]:
    """The English forms of plurals ((context, source) pairs) installed while in the block."""
    contexts: dict[str, dict[str, str | tuple[str, str]]] = {}
    for context, source in plurals:
        contexts.setdefault(context, {})[source] = forms(source)
    with installed(folder, "en", contexts) as translator:
        yield translator
