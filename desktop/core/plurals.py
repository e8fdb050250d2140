"""English's one and many written into a plural source text: "file(s)", "repositor(y|ies)".

One rule for the three places that need it: the English translation built at install time
(packaging/translations.py), the window's fallback when no translation is installed
(desktop.models.download_list), and the tests' English plurals.
"""

from __future__ import annotations

import re

# A short lowercase ending ("(s)", "(es)") or two words without spaces ("(matches|match)",
# one first): "(optional)" is left alone.
ALTERNATIVE = re.compile(r"\((?:([^()|\s]*)\|([^()|\s]+)|([a-z]{1,3}))\)")


def english_forms(source: str) -> tuple[str, str]:
    """The one and the many of a source: "%n file(s)" -> ("%n file", "%n files")."""
    one = ALTERNATIVE.sub(lambda m: m.group(1) or "", source)
    many = ALTERNATIVE.sub(lambda m: m.group(2) or m.group(3), source)
    return one, many


def english(source: str, n: int) -> str:
    """The form English uses for n."""
    return english_forms(source)[0 if n == 1 else 1]
