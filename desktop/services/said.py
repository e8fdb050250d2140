"""What the window shows for a sentence that core, the engine or the tools made: its translation.

Core cannot import Qt, so it marks its fixed texts and templates (QT_TRANSLATE_NOOP("core", ...))
and builds English; here the window translates. With no QCoreApplication or no translator
(the CLI, tests) `QCoreApplication.translate` returns the source, so the English is unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import HearthError
from desktop.core.sentence import Sentence

CONTEXT = "core"


def said(text_or_error: str | HearthError | BaseException) -> str:
    """The window's wording of a core sentence, a HearthError's sentence, or any other text."""
    if isinstance(text_or_error, HearthError):
        text: str = text_or_error.user_message
    elif isinstance(text_or_error, BaseException):
        text = str(text_or_error)
    else:
        text = text_or_error
    if isinstance(text, Sentence):
        translated = QCoreApplication.translate(CONTEXT, text.template)
        # A value may itself be a core sentence (a retry's reason): it is said too.
        values = {k: said(v) if isinstance(v, str) else v for k, v in text.values.items()}
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken field must not hide the message: keep the English.
            return str.__str__(text)
    return QCoreApplication.translate(CONTEXT, text) if text else text
