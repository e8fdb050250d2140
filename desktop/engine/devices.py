"""The devices and backends this engine build can use, from ggml's own registry.

llama-cpp-python binds llama.h only; ggml's device API (ggml-backend.h) is reached here
through ctypes on the ggml library that libllama itself loaded (the same handle: the
dynamic loader returns the copy already in the process).
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import llama_cpp

from desktop.core.types import EngineDevice

# enum ggml_backend_dev_type, in ggml-backend.h's order.
_KINDS = {0: "cpu", 1: "gpu", 2: "igpu", 3: "accel", 4: "meta"}


def _library(stem: str) -> ctypes.CDLL | None:
    folder = Path(llama_cpp.__file__).resolve().parent / "lib"
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
