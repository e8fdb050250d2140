"""The devices and backends this engine build can use, from ggml's own registry.

llama-cpp-python binds llama.h only; ggml's device API (ggml-backend.h) is reached here
through ctypes on the ggml library that libllama itself loaded. On Linux pip installs
libggml.so, libggml.so.0 and libggml.so.0.x.y as three separate files, and libllama
needs `libggml.so.0`: opening another of them by path loads a second copy of ggml with a
registry of its own. So the library is first asked for by its soname without loading
anything (RTLD_NOLOAD), which returns the copy already in the process.

A portable build (GGML_BACKEND_DL with GGML_CPU_ALL_VARIANTS) has no backend built in:
its CPU backends are plug-ins, one per instruction-set level (libggml-cpu-haswell.so,
...), that ggml loads from a folder. load_dynamic_backends() finds that folder and loads
them into libllama's ggml, where ggml picks the best variant this CPU supports.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Iterable
from pathlib import Path

import llama_cpp

from desktop.core.types import EngineDevice

logger = logging.getLogger(__name__)

# enum ggml_backend_dev_type, in ggml-backend.h's order.
_KINDS = {0: "cpu", 1: "gpu", 2: "igpu", 3: "accel", 4: "meta"}
_CPU = 0


def _package_lib_dir() -> Path:
    return Path(llama_cpp.__file__).resolve().parent / "lib"


def _loaded_by_soname(stem: str) -> ctypes.CDLL | None:
    """The copy of lib{stem} already loaded under its soname (Linux), without loading one."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(f"lib{stem}.so.0", mode=os.RTLD_NOLOAD | os.RTLD_NOW)
    except OSError:
        return None


def _library(stem: str) -> ctypes.CDLL | None:
    loaded = _loaded_by_soname(stem)
    if loaded is not None:
        return loaded
    folder = _package_lib_dir()
    names = {
        "win32": [f"{stem}.dll"],
        "darwin": [f"lib{stem}.dylib"],
    }.get(sys.platform, [f"lib{stem}.so", f"lib{stem}.so.0"])
    for name in names:
        path = folder / name
        if path.exists():
            try:
                return ctypes.CDLL(str(path))
            except OSError:
                continue
    return None


def _bind() -> tuple[ctypes.CDLL, ctypes.CDLL] | None:
    reg, base = _library("ggml"), _library("ggml-base")
    if reg is None or base is None:
        return None
    p, size = ctypes.c_void_p, ctypes.c_size_t
    reg.ggml_backend_dev_count.restype = size
    reg.ggml_backend_dev_get.argtypes, reg.ggml_backend_dev_get.restype = [size], p
    reg.ggml_backend_reg_count.restype = size
    reg.ggml_backend_reg_get.argtypes, reg.ggml_backend_reg_get.restype = [size], p
    for name in ("ggml_backend_dev_name", "ggml_backend_dev_description"):
        fn = getattr(base, name)
        fn.argtypes, fn.restype = [p], ctypes.c_char_p
    base.ggml_backend_reg_name.argtypes = [p]
    base.ggml_backend_reg_name.restype = ctypes.c_char_p
    base.ggml_backend_dev_type.argtypes, base.ggml_backend_dev_type.restype = [p], ctypes.c_int
    base.ggml_backend_dev_memory.argtypes = [p, ctypes.POINTER(size), ctypes.POINTER(size)]
    base.ggml_backend_dev_memory.restype = None
    return reg, base


def _text(value: bytes | None) -> str:
    return value.decode("utf-8", "replace") if value else ""


def engine_devices() -> tuple[tuple[EngineDevice, ...], tuple[str, ...]]:
    """(devices, backend names) as this build's ggml registry lists them; empty when the
    library cannot be reached (an unusual build): the caller then knows nothing, not 'no'."""
    bound = _bind()
    if bound is None:
        return (), ()
    reg, base = bound
    backends = tuple(
        _text(base.ggml_backend_reg_name(reg.ggml_backend_reg_get(i)))
        for i in range(reg.ggml_backend_reg_count())
    )
    devices = []
    for i in range(reg.ggml_backend_dev_count()):
        dev = reg.ggml_backend_dev_get(i)
        free, total = ctypes.c_size_t(0), ctypes.c_size_t(0)
        base.ggml_backend_dev_memory(dev, ctypes.byref(free), ctypes.byref(total))
        devices.append(
            EngineDevice(
                name=_text(base.ggml_backend_dev_name(dev)),
                description=_text(base.ggml_backend_dev_description(dev)),
                kind=_KINDS.get(base.ggml_backend_dev_type(dev), "other"),
                total=int(total.value),
                free=int(free.value),
            )
        )
    return tuple(devices), backends


def _cpu_plugin_pattern(platform: str) -> str:
    # ggml-backend-reg.cpp names plug-ins "ggml-*.dll" on Windows and "libggml-*.so"
    # everywhere else (macOS included).
    return "ggml-cpu*.dll" if platform == "win32" else "libggml-cpu*.so"


def backend_dir_candidates(
    package_dir: Path, prefix: Path, bundle: Path | None, executable: Path
) -> list[Path]:
    """Where a GGML_BACKEND_DL build's plug-ins can be, most likely first.

    package_dir is llama_cpp's folder. pip installs the wheel's plug-ins (its data
    files) into `<site-packages>/bin` or `<prefix>/bin`; the bundle keeps them in
    llama_cpp/lib, or next to the executable.
    """
    folders = [package_dir / "lib", package_dir.parent / "bin", prefix / "bin"]
    if bundle is not None:
        folders += [bundle / "llama_cpp" / "lib", bundle]
    folders.append(executable.parent)
    unique: list[Path] = []
    for folder in folders:
        if folder not in unique:
            unique.append(folder)
    return unique


def find_backend_dir(candidates: Iterable[Path], platform: str = sys.platform) -> Path | None:
    """The first folder that holds ggml CPU backend plug-ins, or None."""
    pattern = _cpu_plugin_pattern(platform)
    for folder in candidates:
        try:
            if folder.is_dir() and any(folder.glob(pattern)):
                return folder
        except OSError:
            continue
    return None


def load_dynamic_backends() -> Path | None:
    """Load a GGML_BACKEND_DL build's backend plug-ins into the ggml that libllama uses.

    Does nothing (returns None) when the registry already has a CPU backend: a normal
    build, or plug-ins already loaded. Returns the folder loaded from otherwise.
    """
    ggml = _library("ggml")
    if ggml is None:
        return None
    ggml.ggml_backend_dev_by_type.argtypes = [ctypes.c_int]
    ggml.ggml_backend_dev_by_type.restype = ctypes.c_void_p
    if ggml.ggml_backend_dev_by_type(_CPU):
        return None
    meipass = getattr(sys, "_MEIPASS", None)
    folder = find_backend_dir(
        backend_dir_candidates(
            _package_lib_dir().parent,
            Path(sys.prefix),
            Path(meipass) if meipass else None,
            Path(sys.executable).resolve(),
        )
    )
    if folder is None:
        logger.warning("This engine build has no CPU backend and no backend plug-ins were found.")
        return None
    load_all = ggml.ggml_backend_load_all_from_path
    load_all.argtypes, load_all.restype = [ctypes.c_char_p], None
    load_all(os.fsencode(folder))
    return folder
