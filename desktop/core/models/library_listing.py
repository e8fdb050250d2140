"""The library's listing: LibraryModel rows built from the files on disk (library_files.py)
and what the state file records about them (library_state.py)."""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.models import library_state, names
from desktop.core.models.library_files import (
    Candidate,
    Source,
    folder_candidates,
    header_entry,
    hub_candidates,
    other_candidates,
)
from desktop.core.models.library_state import Verification
from desktop.core.models.pathkeys import same
from desktop.core.models.projectors import projector_for

# The state sections whose entries go when their file is no longer listed nor on disk.
FILE_SECTIONS = ("files", "references", "downloaded", "hidden")


@dataclass(frozen=True, slots=True)
class LibraryModel:
    """One model as the library lists it."""

    path: Path  # what the engine opens (first part for a split model)
    name: str  # display name: the repo's model name or the file stem
    file_name: str
    source: Source
    repo_id: str | None  # hub models
    size: int  # bytes, all parts
    quantization: str
    architecture: str | None
    parameters: int | None  # parameter count
    context_length: int | None
    verification: Verification
    # The verified hash when one is recorded for the file as it is now, else a hub blob's
    # LFS hash (its name), else None.
    sha256: str | None
    last_used: float | None  # unix time
    error: str | None = None  # a sentence when the header pre-check refused the file
    # Hearth downloaded every file of it: delete() removes it from disk. Any other model
    # can only be forgotten (its file stays).
    downloaded: bool = False
    # The vision projector downloaded beside a hub model: the model sees images.
    projector: Path | None = None

    @property
    def vision(self) -> bool:
        return self.projector is not None


@dataclass(slots=True)
class Listing:
    """What one listing found, and the header entries it read (or kept) on the way."""

    entries: list[tuple[Candidate, LibraryModel]] = field(default_factory=list)
    headers: dict[str, Any] = field(default_factory=dict)

    @property
    def models(self) -> list[LibraryModel]:
        return sorted(
            (model for _, model in self.entries),
            key=lambda m: (m.name.casefold(), m.file_name.casefold(), str(m.path)),
        )

    @property
    def candidates(self) -> list[Candidate]:
        return [candidate for candidate, _ in self.entries]

    def stale_keys(self, state: dict[str, Any]) -> list[str]:
        """Keys in FILE_SECTIONS of files neither listed nor on disk any more."""
        listed = {p.key for c in self.candidates for p in c.parts}
        return [
            key
            for section in FILE_SECTIONS
            for key in state[section]
            if key not in listed and not os.path.lexists(key)
        ]


def list_models(
    state: dict[str, Any],
    cache_dir: Path,
    starter: Path | None,
    starter_name: str,
    folders: Collection[Path] = (),
) -> Listing:
    """Every model on disk as state describes it: the hub cache's (less the hidden ones),
    the starter, the imported files and those in the model folders (less the hidden ones);
    a file reached by two paths is listed once (an imported one as imported)."""
    listing = Listing()
    seen: set[str] = set()
    candidates = [
        *hub_candidates(cache_dir),
        *other_candidates(starter, state["imported"]),
        *folder_candidates(folders),
    ]
    for candidate in candidates:
        if candidate.parts:
            real = same(candidate.parts[0].real)
            if real in seen:  # another path to a file already listed (or hidden)
                continue
            seen.add(real)
            if candidate.source in ("hub", "folder") and candidate.key in state["hidden"]:
                continue
        model = _model(candidate, state, listing.headers, starter_name)
        listing.entries.append((candidate, model))
    return listing


def _model(
    candidate: Candidate, state: dict[str, Any], headers: dict[str, Any], starter_name: str
) -> LibraryModel:
    first = candidate.first
    key = candidate.key
    if candidate.source == "starter":
        name = starter_name
    elif candidate.repo_id is not None:
        name = names.repo_model_name(candidate.repo_id)
    else:
        name = names.display_stem(first.name)
    verification: Verification = "unverified"
    sha256: str | None = None
    meta: dict[str, Any] = {}  # the header's metadata, when it was read without an error
    quantization = names.quantization_of(first.name)
    error = candidate.missing
    if candidate.parts:
        header = header_entry(candidate.parts[0], state["headers"].get(key))
        headers[key] = header
        error = header.get("error")
        meta = {} if error else header
        quantization = header.get("quantization") or quantization
        verification, sha256 = library_state.verification(candidate.parts, state)
    return LibraryModel(
        path=first,
        name=name,
        file_name=first.name,
        source=candidate.source,
        repo_id=candidate.repo_id,
        size=sum(p.size for p in candidate.parts),
        quantization=quantization,
        architecture=meta.get("architecture"),
        parameters=meta.get("parameters"),
        context_length=meta.get("context_length"),
        verification=verification,
        sha256=sha256,
        last_used=state["last_used"].get(key),
        error=error,
        downloaded=candidate.source == "hub" and library_state.downloaded(candidate.parts, state),
        projector=projector_for(first) if candidate.source == "hub" else None,
    )
