"""A model's name and what it is good for, in one sentence (what the welcome shows)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop.core import paths
from desktop.core.models import names
from desktop.core.models.catalog import CatalogEntry
from desktop.core.models.library import LibraryModel
from desktop.core.translatable import QT_TRANSLATE_NOOP

# Marked for the window's translation (context "core"); the CLI keeps the English.
STARTER_BLURB = QT_TRANSLATE_NOOP(
    "core", "Tiny and fast: good for trying Hearth and playing with words, not for facts."
)
OTHER_BLURB = QT_TRANSLATE_NOOP(
    "core", "A model on this computer. Try a prompt below to see what it does well."
)


def describe_model(
    path: str | Path,
    starter: Path | None,
    catalog: Sequence[CatalogEntry],
    listed: Sequence[LibraryModel],
) -> tuple[str, str]:
    """The model at path's name as the library shows it (the file's name when it is not
    listed), and what it is good for: the starter's own line, its catalogue entry's
    description, or a plain one. No disk work: the catalogue and the listing are in hand."""
    file = Path(path)
    if starter is not None and file == starter:
        return paths.STARTER_LABEL, STARTER_BLURB
    entry = next((e for e in catalog if e.filename.lower() == file.name.lower()), None)
    model = next((m for m in listed if m.path == file), None)
    name = names.library_display_name(model) if model else names.file_display_name(file)
    return name, entry.description if entry is not None else OTHER_BLURB
