"""Vision projectors (mmproj GGUF files): told apart from models, chosen in a hub repo, and
found beside a downloaded model so it loads with its projector.

A repo that ships a projector (LLaVA, Gemma 3, Qwen2.5-VL, SmolVLM ... GGUF repos) names it
with "mmproj", often in several precisions. The downloader fetches the chosen one with the
model into the same hub snapshot; at load time the projector in the model's snapshot is the
model's (a hub repo holds one model family, so its projector fits every quantization of it).
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from desktop.core.models.names import is_gguf, is_partial
from desktop.core.types import LoadParams

_T = TypeVar("_T")
# The precision preferred when a repo offers several: the projector is small beside the
# model, and its quantizations cost the model's eyesight first.
_PREFERENCE = ("f16", "bf16", "f32", "q8_0")


def is_projector(name: str) -> bool:
    """A complete GGUF file named as a vision projector."""
    base = os.path.basename(name)
    return is_gguf(base) and not is_partial(base) and "mmproj" in base.lower()


def pick_projector(candidates: Iterable[_T], name_of: Callable[[Any], str] = str) -> _T | None:
    """The projector to use of several (by precision: f16 first), or None when none is one."""
    found = [c for c in candidates if is_projector(name_of(c))]

    def rank(c: _T) -> tuple[int, str]:
        lowered = os.path.basename(name_of(c)).lower()
        words = set(re.split(r"[-_.]", lowered))  # "bf16" is not "f16"
        hits = [i for i, p in enumerate(_PREFERENCE) if p in words]
        return (hits[0] if hits else len(_PREFERENCE), lowered)

    return min(found, key=rank) if found else None


def projector_for(model: Path) -> Path | None:
    """The projector downloaded beside a hub model (its folder in the snapshot, or the
    snapshot's root), or None. Only hub snapshots are searched: a folder of the person's
    may hold unrelated models, and a projector made for another model fails the load."""
    snapshot = _snapshot_root(model)
    if snapshot is None:
        return None
    folder = model.parent
    while True:
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            names = []
        chosen = pick_projector(names)
        if chosen is not None:
            return folder / chosen
        if folder == snapshot:
            return None
        folder = folder.parent


def with_projector(params: LoadParams) -> LoadParams:
    """params with the model's projector when it has one and none was named."""
    if params.mmproj:
        return params
    found = projector_for(Path(params.path))
    return dataclasses.replace(params, mmproj=str(found)) if found is not None else params


def _snapshot_root(model: Path) -> Path | None:
    """models--OWNER--NAME/snapshots/COMMIT, the hub snapshot model is in, or None."""
    for folder in model.parents:
        if folder.parent.name == "snapshots" and folder.parent.parent.name.startswith("models--"):
            return folder
    return None
