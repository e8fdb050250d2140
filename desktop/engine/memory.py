"""Memory the engine may use, and the sentence for a load that ran out of it."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core import fit
from desktop.core.units import format_bytes

# What llama.cpp, ggml, the C++ runtime and the GPU backends log when an allocation fails.
_OUT_OF_MEMORY = (
    "failed to allocate",
    "insufficient memory",
    "out of memory",
    "cannot allocate",
    "unable to allocate",
    "bad_alloc",
    "erroroutofdevicememory",
    "cudamalloc failed",
)


def available_ram() -> int:
    """Bytes this process may still allocate: the RAM the system has available, or less when
    an address-space limit (ulimit -v, a container's rlimit) leaves less."""
    import psutil

    free = int(psutil.virtual_memory().available)
    try:
        import resource
    except ImportError:  # Windows: no rlimits
        return free
    soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
    if soft != resource.RLIM_INFINITY:
        free = min(free, max(0, soft - int(psutil.Process().memory_info().vms)))
    return free


def ran_out(log_lines: Iterable[str], plan: fit.Plan | None, error: BaseException) -> bool:
    """Whether a failed load failed for memory: llama.cpp's log says an allocation failed,
    Python ran out, or the fit had said it would not fit."""
    if isinstance(error, MemoryError) or (plan is not None and plan.verdict == "wont_fit"):
        return True
    return any(marker in line.lower() for line in log_lines for marker in _OUT_OF_MEMORY)


def out_of_memory_sentence(
    n_ctx: int, plan: fit.Plan | None, ram_free: int, vram_free: int, reason: str
) -> str:
    """What the requested context needs, what is free, and the largest context that fits."""
    if plan is None:
        return (
            f"There is not enough memory to load this model with a {n_ctx:,}-token context "
            f"({reason}). Choose a smaller context or model, or close other programs."
        )
    needs = f"about {format_bytes(plan.cpu_bytes)} of RAM"
    free = f"{format_bytes(ram_free)} is free"
    if plan.gpu_bytes:
        needs += f" and {format_bytes(plan.gpu_bytes)} on the GPU"
        free = f"{format_bytes(ram_free)} of RAM and {format_bytes(vram_free)} on the GPU are free"
    head = (
        f"There is not enough memory to load this model with a {plan.context:,}-token "
        f"context: it needs {needs}, and {free}."
    )
    if plan.max_context >= fit.CONTEXT_STEP:
        return (
            f"{head} The largest context that fits is {plan.max_context:,} tokens: load the "
            "model with that or less (an estimate)."
        )
    return (
        f"{head} Not even a small context fits: close other programs, or choose a smaller "
        "model or quantization (an estimate)."
    )
