"""The "Vision" tag's data for table rows: which rows read images, and the sentence that says so.

The repo page's file choices and the library list mark a model that comes with a vision
projector (mmproj); ui/vision_tag.py paints the tag from the VISION role these helpers feed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from desktop.core.hub import ModelChoice
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.models.locale_format import size as format_size

# A row's vision sentence (str; None for a model without vision), on its first column.
VISION = int(Qt.ItemDataRole.UserRole) + 40
TAG = QT_TRANSLATE_NOOP("vision", "Vision")  # the English source; tag() is what is shown


def tag() -> str:
    """The tag's word in the window's language."""
    return QCoreApplication.translate("vision", TAG)


def download_tip(projector_bytes: int) -> str:
    """What a hub choice with a projector does (the download fetches the projector too)."""
    return QCoreApplication.translate(
        "vision", "Reads images: downloads a vision projector (mmproj, {size}) with the model"
    ).format(size=format_size(projector_bytes))


def load_tip(projector_bytes: int) -> str:
    """What a downloaded model with a projector does (it is already on disk beside it)."""
    return QCoreApplication.translate(
        "vision", "Reads images: loads its vision projector (mmproj, {size}) with the model"
    ).format(size=format_size(projector_bytes))


def projector_bytes(choice: ModelChoice) -> int:
    """The size of the projector a download of choice brings along (0: none)."""
    return choice.projector.size if choice.projector is not None else 0


def download_size(choice: ModelChoice) -> int:
    """Everything a download of choice fetches: its parts and its projector."""
    return sum(f.size for f in choice.downloads)


def accessible(text: str, tip: str | None) -> str:
    """A cell's text as a screen reader says it, with the tag's sentence when it has one."""
    if not tip:
        return text
    return QCoreApplication.translate("vision", "{text}, {tag}: {sentence}").format(
        text=text, tag=tag(), sentence=tip
    )
