"""Pure parsers of what the vendor tools print (nvidia-smi, rocm-smi, vulkaninfo, sysctl,
system_profiler) and of the Linux sysfs files: recorded real outputs in, GPUs out."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Sequence
from pathlib import Path

from desktop.core.hardware.machine import GIB, MIB, AppleSysctl, Gpu, Vendor

# What detect() asks nvidia-smi for. "csv,nounits" keeps the header so the parser maps columns
# by name (any field order, any recorded sample); the header carries the unit ("[MiB]").
NVIDIA_SMI_FIELDS = ("name", "memory.total", "memory.free", "driver_version")
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
