"""A sentence built in core from a marked template and values, which the window can translate.

`Sentence` is a `str` (the English, as before: the CLI, logs and tests see the same text) that
also carries its template and values, so the window can show
`QCoreApplication.translate("core", template).format(**values)` instead (services/said.py).
Any string operation on it gives a plain `str`, which the window shows as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any


class Sentence(str):
    """The English sentence `template.format(**values)`, remembering template and values."""

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, **values: Any) -> Sentence:
        made = super().__new__(cls, template.format(**values))
        made.template = template
        made.values = MappingProxyType(dict(values))
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        # Sentences cross to and from the engine process in pickled errors.
        return (_rebuild, (self.template, dict(self.values)))


def _rebuild(template: str, values: dict[str, object]) -> Sentence:
    return Sentence(template, **values)
