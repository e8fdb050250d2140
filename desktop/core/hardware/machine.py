"""What the machine has, as data: RAM, CPU, GPUs and the probes that asked (the types
every hardware module and desktop/core/fit.py share), and the RAM right now."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import psutil

GIB = 1 << 30


@dataclass(frozen=True, slots=True)
class Memory:
    """System RAM in bytes."""

    total: int
    available: int


def memory() -> Memory:
    """This computer's RAM now (psutil)."""
    vm = psutil.virtual_memory()
    return Memory(total=int(vm.total), available=int(vm.available))


Vendor = Literal["nvidia", "amd", "apple", "intel", "other"]

MIB = 1 << 20


@dataclass(frozen=True, slots=True)
class Gpu:
    """One GPU and its memory in bytes (None where the source does not say)."""

    vendor: Vendor
    name: str
    total: int | None  # bytes of VRAM (Apple: the Metal working-set limit)
    free: int | None
    unified: bool  # shares system RAM (Apple Silicon, most iGPUs)
    source: str  # "nvml", "nvidia-smi", "rocm-smi", "sysfs", "sysctl", "vulkaninfo", ...
    driver: str | None = None


@dataclass(frozen=True, slots=True)
class Probe:
    """One way of asking the machine, and what it found or why not (one sentence)."""

    name: str
    ok: bool
    detail: str


@dataclass(frozen=True, slots=True)
class Machine:
    """What this computer has: CPU, RAM, GPUs and every probe tried."""

    cpu: str
    cores: int
    threads: int
    ram_total: int
    ram_available: int
    gpus: tuple[Gpu, ...]
    probes: tuple[Probe, ...]


@dataclass(frozen=True, slots=True)
class AppleSysctl:
    """The macOS sysctl values Hearth reads (None where the output does not have them)."""

    memsize: int | None  # hw.memsize, bytes
    cpu: str | None  # machdep.cpu.brand_string
    arm64: bool | None  # hw.optional.arm64: Apple Silicon (also under Rosetta)
    wired_limit: int | None  # iogpu.wired_limit_mb in bytes; 0 = the macOS default
    cores: int | None
    threads: int | None
