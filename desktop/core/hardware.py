"""What this computer has: RAM, CPU and GPUs (desktop/core/fit.py decides what fits)."""

from __future__ import annotations

import contextlib
import csv
import importlib
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
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


# ---------------------------------------------------------------------------------------------
# What the machine has: CPU, RAM and GPUs (issue 5). Each probe has a timeout; a probe that
# fails becomes a Probe record with a sentence, never an exception.

Vendor = Literal["nvidia", "amd", "apple", "intel", "other"]

MIB = 1 << 20
DRM_ROOT = Path("/sys/class/drm")
# What detect() asks nvidia-smi for. "csv,nounits" keeps the header so the parser maps columns
# by name (any field order, any recorded sample); the header carries the unit ("[MiB]").
NVIDIA_SMI_FIELDS = ("name", "memory.total", "memory.free", "driver_version")
NVIDIA_SMI_ARGS = ("--query-gpu=" + ",".join(NVIDIA_SMI_FIELDS), "--format=csv,nounits")
ROCM_SMI_ARGS = ("--showproductname", "--showmeminfo", "vram", "--json")
VULKANINFO_ARGS = ("--summary",)
SYSCTL_NAMES = (
    "hw.memsize",
    "hw.physicalcpu",
    "hw.logicalcpu",
    "hw.optional.arm64",
    "machdep.cpu.brand_string",
    "iogpu.wired_limit_mb",
)
# An AMD GPU whose "VRAM" is at most this is taken for an APU's BIOS carve-out (512 MiB on a
# Ryzen 9 5900HS, see tests/data/hardware/amdgpu_dmesg_*): an approximation, since sysfs has no
# "integrated" flag; the rest of its memory is GTT, i.e. system RAM.
AMD_CARVEOUT_MAX = GIB
# Intel puts its integrated GPU at PCI 0000:00:02.0 on every chipset (the address Intel's
# GVT-g and SR-IOV guides use for the iGPU); discrete Arc cards sit behind a PCIe port.
INTEL_IGPU_PCI = "0000:00:02.0"
PCI_VENDORS: dict[str, Vendor] = {
    "0x10de": "nvidia",
    "0x1002": "amd",
    "0x1022": "amd",
    "0x8086": "intel",
    "0x106b": "apple",
}


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


# --- pure parsers -----------------------------------------------------------------------------

_NA = {"", "n/a", "[n/a]", "not supported", "[not supported]", "unknown error", "[unknown error]"}
_HEADER_UNIT = re.compile(r"\s*\[[^\]]*\]\s*$")
_NVIDIA_ALIASES = {"gpu_name": "name"}


def _cell(value: str) -> str | None:
    value = value.strip()
    if value.lower() in _NA or (value.startswith("[") and value.endswith("]")):
        return None  # "[N/A]", "[Requested functionality has been deprecated]", ...
    return value


def _mib_cell(value: str | None) -> int | None:
    # nvidia-smi reports memory in MiB, with ("16376 MiB") or without ("16376") the unit.
    if value is None:
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(?:MiB)?", value)
    return int(float(m.group(1)) * MIB) if m else None


def parse_nvidia_smi_csv(text: str, fields: Sequence[str] = NVIDIA_SMI_FIELDS) -> list[Gpu]:
    """GPUs from `nvidia-smi --query-gpu=... --format=csv[,noheader][,nounits]`.

    With a header row, columns are found by name (units such as " [MiB]" stripped); without
    one, the columns are `fields` in order. Rows whose cell count does not match, or without a
    name, are skipped, so output that is not this CSV gives no GPU."""
    try:
        rows = [r for r in csv.reader(text.splitlines(), skipinitialspace=True) if any(r)]
    except csv.Error:  # not CSV at all
        return []
    if not rows:
        return []
    first = [_HEADER_UNIT.sub("", c).strip().lower() for c in rows[0]]
    first = [_NVIDIA_ALIASES.get(c, c) for c in first]
    if "name" in first and any(c.startswith("memory.") or c == "driver_version" for c in first):
        columns, body = first, rows[1:]
    else:
        columns = [_NVIDIA_ALIASES.get(f, f) for f in fields]
        body = rows
    gpus = []
    for row in body:
        if len(row) != len(columns):
            continue
        cells = dict(zip(columns, (_cell(c) for c in row), strict=True))
        name = cells.get("name")
        if not name:
            continue
        gpus.append(
            Gpu(
                vendor="nvidia",
                name=name,
                total=_mib_cell(cells.get("memory.total")),
                free=_mib_cell(cells.get("memory.free")),
                unified=False,
                source="nvidia-smi",
                driver=cells.get("driver_version"),
            )
        )
    return gpus


def _int_or_none(value: object) -> int | None:
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def parse_rocm_smi_json(text: str) -> list[Gpu]:
    """GPUs from `rocm-smi --showproductname --showmeminfo vram --json` (values are strings,
    one object per "cardN"). Warnings printed before the JSON are skipped; a card without
    memory keys gets total/free None. Raises ValueError when there is no JSON object."""
    start = text.find("{")
    if start < 0:
        raise ValueError("no JSON object in the output")
    data, _ = json.JSONDecoder().raw_decode(text[start:])
    if not isinstance(data, dict):
        raise ValueError("the JSON is not an object")
    system = data.get("system")
    driver = system.get("Driver version") if isinstance(system, dict) else None
    gpus = []
    for key, card in data.items():
        if not (key.startswith("card") and isinstance(card, dict)):
            continue
        name = next(
            (
                str(card[k]).strip()
                for k in ("Card Series", "Card series", "Device Name", "Card Model")
                if _cell(str(card.get(k, "")))
            ),
            f"AMD GPU ({key})",
        )
        total = _int_or_none(card.get("VRAM Total Memory (B)"))
        used = _int_or_none(card.get("VRAM Total Used Memory (B)"))
        gpus.append(
            Gpu(
                vendor="amd",
                name=name,
                total=total,
                free=None if total is None or used is None else max(0, total - used),
                unified=total is not None and total <= AMD_CARVEOUT_MAX,
                source="rocm-smi",
                driver=str(driver) if driver else None,
            )
        )
    return gpus


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="ascii", errors="replace").strip() or None
    except OSError:
        return None


def parse_amd_sysfs(card_dir: Path) -> Gpu | None:
    """The AMD GPU behind /sys/class/drm/cardN (amdgpu's device/mem_info_vram_total and
    _used, device/product_name), or None if card_dir is not an amdgpu card.

    An APU's "VRAM" is a small BIOS carve-out (AMD_CARVEOUT_MAX at most) and the rest of
    its memory is GTT (system RAM): such a card is marked unified (approximate: sysfs has
    no integrated flag)."""
    dev = card_dir / "device"
    total = _int_or_none(_read(dev / "mem_info_vram_total"))
    vendor = _read(dev / "vendor")
    if total is None or (vendor is not None and vendor.lower() != "0x1002"):
        return None
    used = _int_or_none(_read(dev / "mem_info_vram_used"))
    gtt = _int_or_none(_read(dev / "mem_info_gtt_total"))
    return Gpu(
        vendor="amd",
        name=_read(dev / "product_name") or f"AMD GPU ({card_dir.name})",
        total=total,
        free=None if used is None else max(0, total - used),
        unified=total <= AMD_CARVEOUT_MAX and (gtt is None or gtt > total),
        source="sysfs",
    )


def parse_intel_sysfs(card_dir: Path) -> Gpu | None:
    """The Intel GPU behind /sys/class/drm/cardN (PCI vendor 0x8086), or None. sysfs gives no
    memory size for Intel GPUs; the one at PCI 00:02.0 is the integrated one (unified)."""
    dev = card_dir / "device"
    if (_read(dev / "vendor") or "").lower() != "0x8086":
        return None
    integrated = dev.resolve().name == INTEL_IGPU_PCI
    device_id = _read(dev / "device")
    kind = "Intel integrated GPU" if integrated else "Intel GPU"
    return Gpu(
        vendor="intel",
        name=f"{kind} ({device_id})" if device_id else kind,
        total=None,
        free=None,
        unified=integrated,
        source="sysfs",
    )


_VK_KEY = re.compile(r"^\s+(\w+)\s*=\s*(.*?)\s*$")


def parse_vulkaninfo_summary(text: str) -> list[Gpu]:
    """GPUs from the "Devices:" part of `vulkaninfo --summary` (no memory sizes there).

    CPU devices (llvmpipe, SwiftShader) are not GPUs and are left out; an INTEGRATED_GPU is
    unified; a device listed twice (same UUID or vendor/device/name) is kept once."""
    lines = text.splitlines()
    if "Devices:" in (line.strip() for line in lines):
        lines = lines[[line.strip() for line in lines].index("Devices:") + 1 :]
    blocks: list[dict[str, str]] = []
    for line in lines:
        if re.fullmatch(r"GPU\d+:", line.strip()) and not line[:1].isspace():
            blocks.append({})
        elif blocks and (m := _VK_KEY.match(line)):
            blocks[-1][m.group(1)] = m.group(2)
        elif blocks and line.strip() and not line[:1].isspace():
            blocks.append({})  # a new top-level section ends the device: ignore what follows
    gpus, seen = [], set()
    for b in blocks:
        name, kind = b.get("deviceName"), b.get("deviceType", "")
        if not name or kind.endswith("_CPU"):
            continue
        key = b.get("deviceUUID") or f"{b.get('vendorID')}/{b.get('deviceID')}/{name}"
        if key in seen:
            continue
        seen.add(key)
        driver = " ".join(v for v in (b.get("driverName"), b.get("driverVersion")) if v)
        gpus.append(
            Gpu(
                vendor=PCI_VENDORS.get(b.get("vendorID", "").lower(), "other"),
                name=name,
                total=None,
                free=None,
                unified=kind.endswith("INTEGRATED_GPU"),
                source="vulkaninfo",
                driver=driver or None,
            )
        )
    return gpus


def parse_sysctl_apple(text: str) -> AppleSysctl:
    """The values Hearth needs from macOS `sysctl NAME...` output ("name: value" lines; the
    set form "name: old -> new" gives the new value). Missing names give None."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(": ")
        if sep and re.fullmatch(r"[a-z0-9_.]+", key.strip()):
            values[key.strip()] = value.rpartition("->")[2].strip()

    def num(name: str) -> int | None:
        return _int_or_none(values.get(name))

    wired = num("iogpu.wired_limit_mb")
    wired_bytes = wired * MIB if wired is not None else num("debug.iogpu.wired_limit")
    perf = [num(f"hw.perflevel{i}.physicalcpu") for i in range(4)]
    cores = num("hw.physicalcpu") or sum(p for p in perf if p) or num("machdep.cpu.core_count")
    threads = num("hw.logicalcpu") or num("hw.ncpu") or num("machdep.cpu.thread_count")
    arm64 = num("hw.optional.arm64")
    return AppleSysctl(
        memsize=num("hw.memsize"),
        cpu=values.get("machdep.cpu.brand_string") or None,
        arm64=None if arm64 is None else arm64 == 1,
        wired_limit=wired_bytes,
        cores=cores or None,
        threads=threads or None,
    )


def metal_working_set(ram_total: int, wired_limit: int | None = None) -> int:
    """How much of the unified memory Metal lets the GPU use (Apple Silicon), in bytes.

    iogpu.wired_limit_mb, when set (non-zero), is the limit. Otherwise macOS's default, which
    Apple does not document: this is an APPROXIMATE rule, 2/3 of RAM up to 36 GiB and 3/4
    above, fitted to Metal's recommendedMaxWorkingSetSize as llama.cpp logs it:
    8 GiB -> 5461.34 MiB (mozilla-ai/llamafile#42), 16 GiB -> 10922.67 MiB
    (abetlen/llama-cpp-python#687), 32 GiB -> 21845.34 MiB (ggml-org/llama.cpp#2011),
    96 GiB -> 73728 MiB (ggml-org/llama.cpp#3213). Recent macOS gives more on big machines
    (128 GiB -> 107.52 GiB on macOS 26, antirez/ds4#893), so this can under-estimate there;
    the engine's own Metal device report is the exact figure once a model is loaded."""
    if wired_limit:
        return wired_limit
    return ram_total * 2 // 3 if ram_total <= 36 * GIB else ram_total * 3 // 4


_VENDOR_WORDS: dict[str, Vendor] = {
    "nvidia": "nvidia",
    "amd": "amd",
    "intel": "intel",
    "apple": "apple",
}
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(MB|GB|TB)\b", re.IGNORECASE)
_SIZE_UNITS = {"mb": MIB, "gb": GIB, "tb": GIB << 10}


def _mac_size(value: str | None) -> int | None:
    # system_profiler's "VRAM (Total): 16 GB" means 16 GiB (macOS prints binary sizes here).
    m = _SIZE.search(value or "")
    return int(float(m.group(1)) * _SIZE_UNITS[m.group(2).lower()]) if m else None


def parse_system_profiler_displays(text: str) -> list[Gpu]:
    """GPUs from `system_profiler SPDisplaysDataType` (text): one per "Chipset Model:" block.
    Built-in GPUs (Apple Silicon, Intel) are unified; an Apple Silicon GPU has no VRAM line,
    so its total is None (detect() uses the Metal working set instead)."""
    gpus = []
    block: dict[str, str] | None = None
    indent = 0
    for line in [*text.splitlines(), "END:"]:
        stripped = line.strip()
        if not stripped:
            continue  # blank lines separate GPUs and displays; indentation tells the blocks
        depth = len(line) - len(line.lstrip())
        key, sep, value = stripped.partition(":")
        if block is not None and (depth < indent or (depth == indent and not sep)):
            gpus.append(_profiler_gpu(block))
            block = None
        if stripped.startswith("Chipset Model:"):
            block, indent = {}, depth
        if block is not None and sep and depth == indent:
            block[key.strip()] = value.strip()
    return gpus


def _profiler_gpu(block: dict[str, str]) -> Gpu:
    vendor_text = block.get("Vendor", "")
    m = re.search(r"0x[0-9a-fA-F]{4}", vendor_text)
    vendor: Vendor = PCI_VENDORS.get(m.group(0).lower(), "other") if m else "other"
    if vendor == "other":
        lowered = vendor_text.lower()
        vendor = next((v for word, v in _VENDOR_WORDS.items() if word in lowered), "other")
    dynamic = block.get("VRAM (Dynamic, Max)")
    built_in = block.get("Bus", "").lower() == "built-in"
    return Gpu(
        vendor=vendor,
        name=block.get("Chipset Model", "GPU"),
        total=_mac_size(block.get("VRAM (Total)") or block.get("VRAM") or dynamic),
        free=None,
        unified=built_in or dynamic is not None or vendor == "apple",
        source="system_profiler",
    )


# --- running the probes -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Output:
    out: str
    err: str
    code: int


@dataclass(slots=True)
class _Found:
    gpus: dict[str, list[Gpu]] = field(default_factory=dict)  # source -> GPUs
    probes: list[Probe] = field(default_factory=list)
    apple: AppleSysctl | None = None


def _first_line(text: str) -> str:
    line = next((s.strip() for s in text.splitlines() if s.strip()), "")
    return line if len(line) <= 160 else line[:157] + "..."


def _stop(proc: subprocess.Popen[bytes]) -> None:
    # Kill the whole process group: vendor tools may have started children of their own.
    try:
        if os.name == "posix":
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except OSError:
        pass
    proc.wait()
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


def _run(tool: str, args: Sequence[str], deadline: float, timeout: float) -> _Output | Probe:
    """Run a probe tool until the deadline: its output, or a Probe saying why not."""
    exe = shutil.which(tool)
    if exe is None:
        return Probe(tool, False, f"{tool} is not installed (not found on PATH).")
    budget = deadline - time.monotonic()
    if budget <= 0:
        return Probe(tool, False, f"{tool} was not run: the {timeout:g} s for probes ran out.")
    try:
        proc = subprocess.Popen(
            [exe, *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "LC_ALL": "C", "LANG": "C"},  # no decimal commas
            start_new_session=os.name == "posix",
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except OSError as exc:
        return Probe(tool, False, f"{tool} could not be started: {exc.strerror or exc}.")
    try:
        out, err = proc.communicate(timeout=budget)
    except subprocess.TimeoutExpired:
        _stop(proc)
        return Probe(tool, False, f"{tool} did not answer within {timeout:g} s and was stopped.")
    return _Output(
        out.decode("utf-8", errors="replace"),
        err.decode("utf-8", errors="replace"),
        proc.returncode,
    )


def _failed(tool: str, res: _Output) -> Probe:
    why = _first_line(res.err) or _first_line(res.out) or "no message"
    return Probe(tool, False, f"{tool} failed with exit code {res.code}: {why}")


def _found_sentence(gpus: Sequence[Gpu]) -> str:
    if not gpus:
        return "no GPU"
    return "found " + "; ".join(
        f"{g.name} ({g.total / GIB:.1f} GiB)" if g.total is not None else g.name for g in gpus
    )


def _tool_probe(
    found: _Found,
    tool: str,
    args: Sequence[str],
    parse: Callable[[str], list[Gpu]],
    deadline: float,
    timeout: float,
) -> None:
    res = _run(tool, args, deadline, timeout)
    if isinstance(res, Probe):
        found.probes.append(res)
        return
    if res.code != 0:
        found.probes.append(_failed(tool, res))
        return
    try:
        gpus = parse(res.out)
    except ValueError as exc:
        found.probes.append(Probe(tool, False, f"{tool} printed something unreadable: {exc}."))
        return
    if not gpus:
        what = _first_line(res.out)
        detail = f"{tool} listed no GPU" + (f" (it printed: {what})" if what else "") + "."
        found.probes.append(Probe(tool, False, detail))
        return
    found.gpus[tool] = gpus
    found.probes.append(Probe(tool, True, _found_sentence(gpus) + "."))


def _text(value: object) -> str:
    return value.decode("utf-8", errors="replace") if isinstance(value, bytes) else str(value)


def _nvml(found: _Found) -> bool:
    """NVIDIA GPUs through NVML when the nvidia-ml-py binding (module pynvml) is importable."""
    try:
        nv = importlib.import_module("pynvml")
    except ImportError:
        found.probes.append(
            Probe(
                "nvml", False, "The nvidia-ml-py package is not installed, so NVML was not asked."
            )
        )
        return False
    try:
        nv.nvmlInit()
    except Exception as exc:  # pynvml raises NVMLError_LibraryNotFound etc. without a driver
        found.probes.append(Probe("nvml", False, f"NVML could not start: {exc}."))
        return False
    try:
        driver = _text(nv.nvmlSystemGetDriverVersion())
        gpus = []
        for i in range(int(nv.nvmlDeviceGetCount())):
            handle = nv.nvmlDeviceGetHandleByIndex(i)
            mem = nv.nvmlDeviceGetMemoryInfo(handle)
            name = _text(nv.nvmlDeviceGetName(handle))
            gpus.append(Gpu("nvidia", name, int(mem.total), int(mem.free), False, "nvml", driver))
    except Exception as exc:
        found.probes.append(Probe("nvml", False, f"NVML failed: {exc}."))
        return False
    finally:
        with contextlib.suppress(Exception):
            nv.nvmlShutdown()
    if not gpus:
        found.probes.append(Probe("nvml", False, "NVML started but lists no GPU."))
        return False
    found.gpus["nvml"] = gpus
    found.probes.append(Probe("nvml", True, _found_sentence(gpus) + "."))
    return True


def _nvidia(deadline: float, timeout: float) -> _Found:
    found = _Found()
    if not _nvml(found):
        _tool_probe(found, "nvidia-smi", NVIDIA_SMI_ARGS, parse_nvidia_smi_csv, deadline, timeout)
    return found


def _amd(deadline: float, timeout: float) -> _Found:
    found = _Found()
    _tool_probe(found, "rocm-smi", ROCM_SMI_ARGS, parse_rocm_smi_json, deadline, timeout)
    return found


def _vulkan(deadline: float, timeout: float) -> _Found:
    found = _Found()
    _tool_probe(found, "vulkaninfo", VULKANINFO_ARGS, parse_vulkaninfo_summary, deadline, timeout)
    return found


def _sysfs(drm_root: Path) -> _Found:
    found = _Found()
    if not drm_root.is_dir():
        found.probes.append(Probe("sysfs", False, f"{drm_root} does not exist."))
        return found
    gpus, seen = [], set()
    for card in sorted(drm_root.iterdir(), key=lambda p: p.name):
        if not re.fullmatch(r"card\d+", card.name):
            continue  # connectors (card0-DP-1) and render nodes
        gpu = parse_amd_sysfs(card) or parse_intel_sysfs(card)
        device = (card / "device").resolve()
        if gpu is not None and device not in seen:
            seen.add(device)
            gpus.append(gpu)
    if gpus:
        found.gpus["sysfs"] = gpus
        found.probes.append(Probe("sysfs", True, _found_sentence(gpus) + "."))
    else:
        found.probes.append(Probe("sysfs", False, f"No AMD or Intel GPU in {drm_root}."))
    return found


def _apple(deadline: float, timeout: float) -> _Found:
    found = _Found()
    res = _run("sysctl", SYSCTL_NAMES, deadline, timeout)
    info = None
    if isinstance(res, Probe):
        found.probes.append(res)
    else:
        # sysctl exits non-zero when one name is unknown (iogpu.wired_limit_mb before macOS 14,
        # hw.optional.arm64 on old Intel Macs) but still prints the others.
        info = parse_sysctl_apple(res.out)
        found.apple = info
        if info.memsize is None and info.cpu is None:
            found.probes.append(_failed("sysctl", res))
    # "Apple M1", or "Apple processor" on the first M1s: only Apple Silicon has such a brand.
    if info is not None and (info.arm64 or (info.cpu or "").startswith("Apple")):
        ram = info.memsize if info.memsize is not None else memory().total
        brand = info.cpu or ""
        gpu = Gpu(
            vendor="apple",
            name=brand if re.match(r"Apple M\d", brand) else "Apple GPU",
            total=metal_working_set(ram, info.wired_limit),
            free=None,
            unified=True,
            source="sysctl",
        )
        found.gpus["sysctl"] = [gpu]
        limit = "iogpu.wired_limit_mb" if info.wired_limit else "approximate macOS default"
        found.probes.append(
            Probe("sysctl", True, f"{_found_sentence([gpu])}, Metal working set: {limit}.")
        )
        return found
    if info is not None and (info.memsize is not None or info.cpu is not None):
        found.probes.append(Probe("sysctl", True, "An Intel Mac: no Apple GPU."))
    # Intel Macs: the GPUs (and their VRAM) come from system_profiler.
    _tool_probe(
        found,
        "system_profiler",
        ("SPDisplaysDataType",),
        parse_system_profiler_displays,
        deadline,
        timeout,
    )
    return found


# For each vendor, the sources in the order they are trusted: the first that found a GPU of
# that vendor gives all of that vendor's GPUs (Vulkan lists the same GPUs again, with no memory).
_PRIORITY: dict[Vendor, tuple[str, ...]] = {
    "nvidia": ("nvml", "nvidia-smi", "system_profiler", "vulkaninfo"),
    "amd": ("rocm-smi", "sysfs", "system_profiler", "vulkaninfo"),
    "apple": ("sysctl", "system_profiler", "vulkaninfo"),
    "intel": ("vulkaninfo", "system_profiler", "sysfs"),
    "other": ("vulkaninfo", "system_profiler"),
}


def _merge(found: Sequence[_Found]) -> tuple[Gpu, ...]:
    by_source: dict[str, list[Gpu]] = {}
    for f in found:
        for source, gpus in f.gpus.items():
            by_source.setdefault(source, []).extend(gpus)
    chosen: list[Gpu] = []
    for vendor, sources in _PRIORITY.items():
        for source in sources:
            gpus = [g for g in by_source.get(source, []) if g.vendor == vendor]
            if gpus:
                chosen.extend(gpus)
                break
    return tuple(chosen)


def _cpu_name(os_name: str) -> str:
    if os_name == "Linux":
        try:
            with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
                for line in f:
                    key, _, value = line.partition(":")
                    if key.strip() in ("model name", "Model", "Hardware") and value.strip():
                        return value.strip()
        except OSError:
            pass
    if sys.platform == "win32":
        import winreg

        with contextlib.suppress(OSError):
            key = r"HARDWARE\DESCRIPTION\System\CentralProcessor\0"
            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key) as k:
                return str(winreg.QueryValueEx(k, "ProcessorNameString")[0]).strip()
    return platform.processor() or platform.machine() or "unknown CPU"


def _in_thread(work: Callable[[], _Found], name: str) -> Callable[[float], _Found]:
    """Start work in a daemon thread; the returned function waits for it until a deadline."""
    box: list[_Found] = []

    def target() -> None:
        try:
            box.append(work())
        except Exception as exc:  # a probe bug must not break start-up
            box.append(_Found(probes=[Probe(name, False, f"{name} probe failed: {exc!r}.")]))

    thread = threading.Thread(target=target, name=f"hearth-probe-{name}", daemon=True)
    thread.start()

    def wait(deadline: float) -> _Found:
        thread.join(max(0.0, deadline - time.monotonic()))
        if box:
            return box[0]
        return _Found(probes=[Probe(name, False, f"{name} did not finish in time.")])

    return wait


def detect(
    timeout: float = 3.0, *, os_name: str | None = None, drm_root: Path = DRM_ROOT
) -> Machine:
    """What this computer has. Never raises: every probe runs in its own thread with a
    `timeout` (s) for its tools, and one that fails is a Probe(ok=False) saying why.

    NVIDIA: NVML (if nvidia-ml-py is importable), else nvidia-smi. AMD: rocm-smi, else sysfs
    (Linux). Intel: Vulkan, else sysfs (Linux). Apple: sysctl (+ the Metal working set),
    system_profiler on Intel Macs (macOS only). Vulkan: vulkaninfo --summary.
    os_name (platform.system()) and drm_root are for tests."""
    os_name = os_name or platform.system()
    deadline = time.monotonic() + timeout
    not_here: list[Probe] = []
    waits = [
        _in_thread(lambda: _nvidia(deadline, timeout), "nvidia"),
        _in_thread(lambda: _amd(deadline, timeout), "amd"),
        _in_thread(lambda: _vulkan(deadline, timeout), "vulkan"),
    ]
    if os_name == "Linux":
        waits.append(_in_thread(lambda: _sysfs(drm_root), "sysfs"))
    else:
        not_here.append(Probe("sysfs", False, "Only Linux has /sys/class/drm."))
    if os_name == "Darwin":
        waits.append(_in_thread(lambda: _apple(deadline, timeout), "apple"))
    else:
        not_here.append(Probe("sysctl", False, "Not a Mac, so there is no Apple GPU."))
    try:
        mem = memory()
        ram_total, ram_available = mem.total, mem.available
        threads = psutil.cpu_count() or os.cpu_count() or 1
        cores = psutil.cpu_count(logical=False) or threads
        cpu = _cpu_name(os_name)
    except Exception:  # psutil on an unusual system: report what we can
        ram_total = ram_available = 0
        threads = cores = os.cpu_count() or 1
        cpu = platform.machine() or "unknown CPU"
    # A short grace past the deadline: the tools are killed at the deadline, NVML is not.
    found = [wait(deadline + 0.5) for wait in waits]
    apple = next((f.apple for f in found if f.apple is not None), None)
    if apple is not None:
        cpu = apple.cpu or cpu
        cores, threads = apple.cores or cores, apple.threads or threads
    probes = [p for f in found for p in f.probes] + not_here
    return Machine(
        cpu=cpu,
        cores=cores,
        threads=threads,
        ram_total=ram_total,
        ram_available=ram_available,
        gpus=_merge(found),
        probes=tuple(probes),
    )
