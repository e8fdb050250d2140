"""Running the probes: each vendor tool in its own process group with a deadline, NVML,
sysfs, sysctl, each on its own thread, merged into one Machine by detect(). A probe that
fails becomes a Probe record with a sentence, never an exception."""

from __future__ import annotations

import contextlib
import importlib
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

import psutil

from desktop.core.hardware import parsers
from desktop.core.hardware.machine import GIB, AppleSysctl, Gpu, Machine, Probe, Vendor, memory

DRM_ROOT = Path("/sys/class/drm")
NVIDIA_SMI_ARGS = ("--query-gpu=" + ",".join(parsers.NVIDIA_SMI_FIELDS), "--format=csv,nounits")
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
        _tool_probe(
            found, "nvidia-smi", NVIDIA_SMI_ARGS, parsers.parse_nvidia_smi_csv, deadline, timeout
        )
    return found


def _amd(deadline: float, timeout: float) -> _Found:
    found = _Found()
    _tool_probe(found, "rocm-smi", ROCM_SMI_ARGS, parsers.parse_rocm_smi_json, deadline, timeout)
    return found


def _vulkan(deadline: float, timeout: float) -> _Found:
    found = _Found()
    _tool_probe(
        found, "vulkaninfo", VULKANINFO_ARGS, parsers.parse_vulkaninfo_summary, deadline, timeout
    )
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
        gpu = parsers.parse_amd_sysfs(card) or parsers.parse_intel_sysfs(card)
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
        info = parsers.parse_sysctl_apple(res.out)
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
            total=parsers.metal_working_set(ram, info.wired_limit),
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
        parsers.parse_system_profiler_displays,
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
