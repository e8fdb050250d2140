"""A marker for texts declared in core that the window shows translated (core knows no Qt).

`QT_TRANSLATE_NOOP("context", "text")` returns the text unchanged; Qt's lupdate finds the call
by its name and gathers the text, and the window translates it when it shows it:
`QCoreApplication.translate("context", text)`. The CLI and the logs keep the English.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """The text itself: marks it for gathering under context."""
    del context
    return text
