"""A tiny Qt catalog for a test: messages written to a .ts, compiled by lrelease, installed."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QTranslator

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def _message(source: str, translation: str | Sequence[str]) -> str:
    if isinstance(translation, str):
        return (
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(translation)}</translation></message>"
        )
    forms = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in translation)
    return (
        f'<message numerus="yes"><source>{escape(source)}</source>'
        f"<translation>{forms}</translation></message>"
    )


@contextmanager
def installed(
    folder: Path, language: str, contexts: Mapping[str, Mapping[str, str | Sequence[str]]]
) -> Iterator[QTranslator]:
    """{context: {source: translation}} installed on the application while in the block; a
    list or tuple translation is a plural's forms (numerus="yes", one <numerusform> each)."""
    assert LRELEASE.exists(), f"pyside6-lrelease comes with PySide6 but is not at {LRELEASE}"
    body = "".join(
        f"<context><name>{escape(name)}</name>"
        + "".join(_message(source, translation) for source, translation in messages.items())
        + "</context>"
        for name, messages in contexts.items()
    )
    # A scratch folder of its own: two catalogs in one tmp_path never overwrite a loaded .qm.
    where = Path(tempfile.mkdtemp(prefix=f"catalog_{language}_", dir=folder))
    ts, qm = where / f"hearth_{language}.ts", where / f"hearth_{language}.qm"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="{escape(language)}">{body}</TS>',
        encoding="utf-8",
    )
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm)), f"Qt could not load {qm}"
    assert QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
