"""English plural forms for a test, as the window gets them: the sources given turned into
"1 file" / "2 files" by packaging/translations.py's own rule, compiled by Qt's lrelease into a
.qm under a scratch folder and installed (the checked-in hearth_en.qm may predate a source)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QTranslator

REPO = Path(__file__).resolve().parents[1]
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


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
    contexts: dict[str, list[str]] = {}
    for context, source in plurals:
        numerus = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in forms(source))
        contexts.setdefault(context, []).append(
            f'<message numerus="yes"><source>{escape(source)}</source>'
            f"<translation>{numerus}</translation></message>"
        )
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>"
        for name, messages in contexts.items()
    )
    ts = folder / "plurals_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        f"{body}</TS>",
        encoding="utf-8",
    )
    qm = folder / "plurals_en.qm"
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
