"""describe_model: the name and the one-line description the welcome shows for a model."""

from __future__ import annotations

from pathlib import Path

from ggufgen import write_tiny_model

from desktop.core import paths
from desktop.core.models.catalog import load_catalog
from desktop.core.models.describe import OTHER_BLURB, STARTER_BLURB, describe_model
from desktop.core.models.library import Library
from desktop.core.models.names import file_display_name, library_display_name


def test_the_starter_is_described_by_its_own_line(starter: Path) -> None:
    assert describe_model(str(starter), starter, load_catalog(), []) == (
        paths.STARTER_LABEL,
        STARTER_BLURB,
    )


def test_a_catalogue_file_has_its_entrys_description_and_the_librarys_name(
    tmp_path: Path,
) -> None:
    catalog = load_catalog()
    entry = catalog[0]
    # Named as the catalogue names it, in another case (a file copied by hand).
    model = write_tiny_model(tmp_path / entry.filename.upper())
    assert describe_model(model, None, catalog, []) == (file_display_name(model), entry.description)
    listed = Library(tmp_path / "library.json", tmp_path / "cache", starter=None).import_file(model)
    name, blurb = describe_model(str(model), None, catalog, [listed])
    assert name == library_display_name(listed) and blurb == entry.description


def test_any_other_file_gets_the_plain_line(tmp_path: Path, starter: Path) -> None:
    model = write_tiny_model(tmp_path / "my-own-model.gguf")
    assert describe_model(model, starter, load_catalog(), []) == (
        file_display_name(model),
        OTHER_BLURB,
    )
