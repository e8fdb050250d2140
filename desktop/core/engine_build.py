"""What the installed engine build can do, and what to do when it cannot use this GPU.

Shared by the Hardware page and `hearth doctor`, so both say the same sentence.
"""

from __future__ import annotations

import re
import shlex
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.types import EngineDevice

if TYPE_CHECKING:
    from desktop.core.hardware import Machine

VENDOR_NAMES = {"nvidia": "NVIDIA", "amd": "AMD", "apple": "Apple", "intel": "Intel"}

# The llama.cpp backend that drives each vendor's GPUs, the CMake switch that builds it, and
# what the build needs (llama-cpp-python's README, "Supported Backends").
_BUILDS: dict[str, tuple[str, str, str]] = {
    "nvidia": ("CUDA", "-DGGML_CUDA=on", "the CUDA Toolkit"),
    "amd": ("ROCm (HIP)", "-DGGML_HIP=on", "ROCm"),
    "intel": ("Vulkan", "-DGGML_VULKAN=on", "the Vulkan SDK"),
    "other": ("Vulkan", "-DGGML_VULKAN=on", "the Vulkan SDK"),
    "apple": ("Metal", "-DGGML_METAL=on", "Xcode's command line tools"),
}
# Backend names (ggml's registry) that can drive each vendor's GPUs.
_SUITS: dict[str, frozenset[str]] = {
    "nvidia": frozenset({"CUDA", "VULKAN"}),
    "amd": frozenset({"ROCM", "HIP", "VULKAN"}),
    "intel": frozenset({"SYCL", "VULKAN"}),
    "apple": frozenset({"METAL", "MTL"}),
    "other": frozenset({"VULKAN", "OPENCL"}),
}


# Flags in llama.cpp's CPU group that say how the engine was built, not what the CPU can do.
BUILD_FLAGS = frozenset(
    {
        "LLAMAFILE",
        "OPENMP",
        "REPACK",
        "AARCH64_REPACK",
        "BLAS",
        "ACCELERATE",
        "EMBED_LIBRARY",
        "KLEIDIAI",
        "WASM_SIMD",
    }
)
# ggml backends that run on the CPU: an engine with only these cannot use a GPU.
CPU_BACKENDS = frozenset({"CPU", "BLAS", "RPC", "ACCELERATE"})

_GROUP = re.compile(r"^([A-Za-z][\w]*)\s*:\s*([A-Za-z0-9_]+)\s*=\s*(.*)$")
_FLAG = re.compile(r"^([A-Za-z0-9_]+)\s*=\s*(.*)$")


def parse_system_info(text: str) -> dict[str, dict[str, str]]:
    """llama.cpp's system info as {group: {flag: value}}.

    Since 2024 the flags are grouped by backend ("CPU : AVX2 = 1 | ... | CUDA : ARCHS =
    500,520 | ..."); older builds print one flat list ("AVX = 1 | AVX2 = 1 | ..."), which is
    all CPU. A leading "system_info:" and the thread counts some front ends add are skipped.
    """
    text = text.strip()
    if text.startswith("system_info:"):
        text = text[len("system_info:") :]
    groups: dict[str, dict[str, str]] = {}
    group = "CPU"
    for part in text.split("|"):
        part = part.strip()
        if not part:
            continue
        grouped = _GROUP.match(part)
        if grouped:
            group, name, value = grouped.groups()
        else:
            flag = _FLAG.match(part)
            if not flag:
                continue
            name, value = flag.groups()
        if name.startswith("n_threads"):
            continue
        groups.setdefault(group, {})[name] = value.strip()
    return groups


@dataclass(frozen=True, slots=True)
class EngineBuild:
    """What the installed llama.cpp build can do, from the engine's Ready."""

    version: str
    gpu_offload: bool
    backends: tuple[str, ...]
    devices: tuple[EngineDevice, ...]
    system_info: str
    cpu_features: tuple[str, ...]  # instruction sets the build uses, e.g. AVX2
    build_options: tuple[str, ...]  # e.g. "OPENMP", "CUDA: ARCHS = 500,520"

    @property
    def gpu_backends(self) -> tuple[str, ...]:
        return tuple(b for b in self.backends if b.upper() not in CPU_BACKENDS)

    @property
    def gpu_devices(self) -> tuple[EngineDevice, ...]:
        return tuple(d for d in self.devices if d.kind in ("gpu", "igpu"))

    @property
    def can_use_gpu(self) -> bool:
        """The build offloads and has a GPU backend with a device it can see."""
        return self.gpu_offload and bool(self.gpu_backends) and bool(self.gpu_devices)


def engine_build(
    version: str,
    gpu_offload: bool,
    backends: tuple[str, ...],
    devices: tuple[EngineDevice, ...],
    system_info: str,
) -> EngineBuild:
    """What the engine reported at start-up, with its system info sorted out."""
    groups = parse_system_info(system_info)
    cpu = groups.get("CPU", {})
    features = tuple(
        name for name, value in cpu.items() if value == "1" and name not in BUILD_FLAGS
    )
    options = [name for name, value in cpu.items() if value == "1" and name in BUILD_FLAGS]
    for group, flags in groups.items():
        if group != "CPU":
            options += [f"{group}: {name} = {value}" for name, value in flags.items()]
    return EngineBuild(
        version=version,
        gpu_offload=gpu_offload,
        backends=tuple(backends),
        devices=tuple(devices),
        system_info=system_info,
        cpu_features=features,
        build_options=tuple(options),
    )


def install_command(vendor: str, version: str, python: str, platform: str) -> str:
    """The command that rebuilds llama-cpp-python (the same version) for vendor's GPUs, for
    the Python that runs Hearth."""
    _, switch, _ = _BUILDS.get(vendor, _BUILDS["other"])
    package = f"llama-cpp-python=={version}" if version else "llama-cpp-python"
    pip = "-m pip install --no-cache-dir --force-reinstall"
    if platform == "win32":
        return f'$env:CMAKE_ARGS = "{switch}"; & "{python}" {pip} "{package}"'
    # Metal is on by default when llama-cpp-python is built on Apple Silicon.
    prefix = "" if vendor == "apple" else f'CMAKE_ARGS="{switch}" '
    return f"{prefix}{shlex.quote(python)} {pip} {shlex.quote(package)}"


def gpu_advice(
    machine: Machine | None,
    build: EngineBuild | None,
    python: str = sys.executable,
    platform: str = sys.platform,
) -> tuple[str, str]:
    """(sentence, command) when this machine has a GPU the engine build cannot use, else
    ("", ""). The command is empty when a rebuild is not the fix (a driver is)."""
    if machine is None or build is None or not machine.gpus or build.can_use_gpu:
        return "", ""
    gpu = max(machine.gpus, key=lambda g: (not g.unified, g.total or 0))
    # On a Mac every GPU (Apple Silicon's, or an Intel Mac's AMD card) is driven by Metal.
    vendor = "apple" if platform == "darwin" else gpu.vendor if gpu.vendor in _BUILDS else "other"
    names = ", ".join(dict.fromkeys(g.name for g in machine.gpus))
    backend, _, needs = _BUILDS[vendor]
    engine = f"llama-cpp-python {build.version}" if build.version else "llama-cpp-python"
    have = {b.upper() for b in build.gpu_backends}
    if build.gpu_offload and have & _SUITS[vendor]:
        return (
            f"This computer has {names}, and the engine was built with "
            f"{', '.join(build.gpu_backends)}, but it sees no GPU device: check that the "
            f"{VENDOR_NAMES.get(gpu.vendor, 'GPU')} driver is installed and working, then "
            "press Refresh. Until then models run on the CPU.",
            "",
        )
    built = (
        f"is built for {', '.join(build.gpu_backends)}, which does not drive this GPU"
        if build.gpu_offload and build.gpu_backends
        else "is a CPU-only build"
    )
    start = (
        f"This computer has {names}, but the installed engine ({engine}) {built}, so "
        "models run on the CPU only."
    )
    if vendor != "apple":
        sentence = (
            f"{start} To use the GPU, rebuild the engine with {backend} (this compiles "
            f"llama.cpp and needs {needs} and a C++ compiler), then restart Hearth:"
        )
        if vendor == "amd":
            sentence = sentence[:-1] + f" (or with Vulkan: {_BUILDS['other'][1]}):"
    elif gpu.vendor == "apple":
        sentence = (
            f"{start} Metal is on by default when llama-cpp-python is built on Apple "
            "Silicon; a CPU-only build usually means Python runs under Rosetta (x86_64). "
            "With an arm64 Python, reinstall the engine, then restart Hearth:"
        )
    else:
        sentence = (
            f"{start} Metal is on by default when llama-cpp-python is built on macOS; "
            "reinstall the engine (this compiles llama.cpp and needs Xcode's command line "
            "tools), then restart Hearth:"
        )
    if getattr(sys, "frozen", False):
        return (
            f"This computer has {names}, but this copy of Hearth comes with a CPU-only "
            f"engine, so models run on the CPU only. A Hearth built with {backend} uses it.",
            "",
        )
    return sentence, install_command(vendor, build.version, python, platform)
