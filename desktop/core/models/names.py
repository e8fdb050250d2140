"""What a GGUF file name says: split parts (``name-00001-of-00003.gguf``), the quantization
(``Q4_K_M``), an unfinished download's suffix, and the one name a model goes by on screen
(Library, model picker, status bar). The one place these rules are written down.

Names are plain strings: a hub file name may have folders in it (``sub/x-00001-of-00002.gguf``),
and the stem of a split keeps them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core import paths

if TYPE_CHECKING:  # library_listing imports this module: the annotation only
    from desktop.core.models.library_listing import LibraryModel

GGUF_SUFFIX = ".gguf"
# What browsers, download managers and huggingface_hub name a file that is still arriving.
PARTIAL_SUFFIXES = (".incomplete", ".part", ".partial", ".download", ".crdownload", ".tmp")

# llama.cpp's gguf-split names: five-digit part and total (part 1 is the one a loader opens).
SPLIT_RE = re.compile(r"^(?P<stem>.+)-(?P<part>\d{5})-of-(?P<total>\d{5})\.gguf$", re.IGNORECASE)

# llama.cpp's file types as they appear in file names: Q4_K_M, Q8_0, Q4_0_4_4, IQ2_XXS,
# TQ1_0, MXFP4(_MOE), BF16, F16/FP16, F32/FP32. A Q type needs at least one "_X" group and
# each group is at most three characters, so "q4" alone or "Q4_K_M_instruct" do not
# announce more than they say (Q4_K_M for the second). Not preceded or followed by a
# letter or digit, so "4k" in "phi-3-mini-4k" is not one.
QUANT_RE = re.compile(
    r"(?<![A-Za-z0-9])"
    r"([IT]?Q\d(?:_[A-Z0-9]{1,3})+|MXFP4(?:_[A-Z0-9]{1,3})*|BF16|FP?16|FP?32)"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_QUANT_ALIASES = {"FP16": "F16", "FP32": "F32"}
_REPO_SUFFIX_RE = re.compile(r"[-_.]gguf$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Split:
    """The parts of a split model, as one of its file names says."""

    stem: str  # the name before "-00001-of-00003.gguf" (folders kept)
    part: int  # 1-based
    total: int

    def part_name(self, part: int) -> str:
        return f"{self.stem}-{part:05d}-of-{self.total:05d}{GGUF_SUFFIX}"

    @property
    def names(self) -> list[str]:
        """Every part's name, part 1 first."""
        return [self.part_name(i) for i in range(1, self.total + 1)]

    @property
    def first(self) -> str:
        return self.part_name(1)


def split_of(name: str) -> Split | None:
    """The split model name is a part of, or None for a single file."""
    match = SPLIT_RE.fullmatch(name)
    if match is None:
        return None
    return Split(match["stem"], int(match["part"]), int(match["total"]))


def is_gguf(name: str) -> bool:
    return name.lower().endswith(GGUF_SUFFIX)


def is_partial(name: str) -> bool:
    """An unfinished download's name (``x.gguf.part``, ``blob.incomplete``, ...)."""
    return name.lower().endswith(PARTIAL_SUFFIXES)


def is_model_file(name: str) -> bool:
    """A complete GGUF file that names a model: a single file or part 1 of a split."""
    if not is_gguf(name) or is_partial(name):
        return False
    split = split_of(name)
    return split is None or split.part == 1


def part_names(name: str) -> list[str]:
    """Every file of the model name belongs to: all parts of a split, else name itself."""
    split = split_of(name)
    return [name] if split is None else split.names


def first_part(path: Path) -> Path:
    """Part 1 of a split model for any of its parts; any other path as it is."""
    split = split_of(path.name)
    return path if split is None else path.with_name(split.first)


def part_paths(first: Path) -> list[Path]:
    """The paths of every file of the model at first (only first for a single file)."""
    return [first.with_name(name) for name in part_names(first.name)]


def model_name(name: str) -> str:
    """What a model file is called: a split's stem, else the name itself."""
    split = split_of(name)
    return name if split is None else split.stem


def display_stem(name: str) -> str:
    """A file's name for people: a split's stem, else the name without its suffix."""
    split = split_of(name)
    return Path(name).stem if split is None else split.stem


def repo_model_name(repo_id: str) -> str:
    """A hub repo's model name: ``org/Llama-3.2-1B-GGUF`` -> ``Llama-3.2-1B``."""
    return _REPO_SUFFIX_RE.sub("", repo_id.rsplit("/", 1)[-1]) or repo_id


def quantization_of(name: str) -> str:
    """The quantization a GGUF file name announces ('Q4_K_M'), or 'unknown'. Only the
    file's own name counts (not its folders); the last match wins."""
    matches = QUANT_RE.findall(name.rsplit("/", 1)[-1])
    if not matches:
        return "unknown"
    quant = str(matches[-1]).upper()
    return _QUANT_ALIASES.get(quant, quant)


def display_name(name: str, file_name: str, quantization: str = "") -> str:
    """The name a model goes by everywhere on screen. name is what Hearth calls it (a hub
    repo's model name, or the file's stem for any other file): a stem says it all; a repo
    name gets the quantization (quantization, else the file name's), which tells its files
    apart, or the file name when the quantization is unknown."""
    if name == display_stem(file_name):
        return name
    quant = quantization or quantization_of(file_name)
    if quant.lower() == "unknown":
        return f"{name} ({file_name})"
    if quant.lower() in name.lower():
        return name
    return f"{name} · {quant}"


def library_display_name(model: LibraryModel) -> str:
    """A library model's name on screen: the starter's label as it is, any other model by
    display_name."""
    if model.source == "starter":
        return model.name
    return display_name(model.name, model.file_name, model.quantization)


def file_display_name(path: str | Path) -> str:
    """The name on screen of a model file Hearth knows nothing more of (opened from disk and
    not in the library yet): its stem, as the library will list it; the starter's label for
    the starter's file."""
    if Path(path) == paths.starter_model_path():
        return paths.STARTER_LABEL
    name = Path(path).name
    return display_name(display_stem(name), name)
