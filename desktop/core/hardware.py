"""Memory on this computer and whether a model of a given size fits in it (size-based).

Issue 5 adds GPUs and a header-based estimate; this first part only knows the file size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import psutil

Fit = Literal["fits", "tight", "wont_fit"]

GIB = 1 << 30
REFERENCE_CONTEXT = 4096
# KV cache + compute buffers as a share of the weights at REFERENCE_CONTEXT tokens: an f16
# KV cache for 4K tokens is ~10-16% of a Q4 model's weights for Llama/Qwen/Mistral sizes.
KV_SHARE = 0.15
COMPUTE_BASE = 256 << 20  # compute buffers, scratch, the engine process itself


@dataclass(frozen=True, slots=True)
class Memory:
    """System RAM in bytes."""

    total: int
    available: int


def memory() -> Memory:
    """This computer's RAM now (psutil)."""
    vm = psutil.virtual_memory()
    return Memory(total=int(vm.total), available=int(vm.available))


def needed_bytes(model_bytes: int, context: int = REFERENCE_CONTEXT) -> int:
    """Estimated RAM to run a model file of model_bytes with a context of context tokens:
    the weights + a KV/compute allowance of KV_SHARE of the weights per REFERENCE_CONTEXT
    tokens + COMPUTE_BASE."""
    if model_bytes < 0 or context < 0:
        raise ValueError("model_bytes and context must not be negative")
    return model_bytes + int(model_bytes * KV_SHARE * context / REFERENCE_CONTEXT) + COMPUTE_BASE


def _comfort_margin(total: int) -> int:
    # What the rest of the system should keep free: 1 GiB or 10% of RAM, whichever is more.
    return max(GIB, total // 10)


def _system_reserve(total: int) -> int:
    # What the OS and a desktop need even after closing other apps: 1.5 GiB or 20% of RAM.
    return max(GIB * 3 // 2, total // 5)


def fit_for_size(model_bytes: int, mem: Memory | None = None, context: int = 4096) -> Fit:
    """Whether a model file of model_bytes fits in RAM with a context of context tokens.

    need = needed_bytes(model_bytes, context) (weights + KV/compute allowance):

    - "fits": need + a comfortable margin (max(1 GiB, 10% of total)) <= available RAM;
    - "tight": need <= available RAM (small margin), or need <= total RAM minus what the
      system needs (max(1.5 GiB, 20% of total)), i.e. it fits once other apps close;
    - "wont_fit": otherwise.
    """
    mem = memory() if mem is None else mem
    need = needed_bytes(model_bytes, context)
    if need + _comfort_margin(mem.total) <= mem.available:
        return "fits"
    if need <= mem.available or need <= mem.total - _system_reserve(mem.total):
        return "tight"
    return "wont_fit"


def recommended_choice(sizes: Sequence[int], mem: Memory | None = None) -> int | None:
    """The index of the size to recommend: the largest that "fits", else the smallest that is
    "tight", else None (ties: the first index)."""
    mem = memory() if mem is None else mem
    fits = [(size, i) for i, size in enumerate(sizes) if fit_for_size(size, mem) == "fits"]
    if fits:
        return max(fits, key=lambda pair: (pair[0], -pair[1]))[1]
    tight = [(size, i) for i, size in enumerate(sizes) if fit_for_size(size, mem) == "tight"]
    if tight:
        return min(tight)[1]
    return None
