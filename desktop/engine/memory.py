"""Memory the engine may use, and the sentence for a load that ran out of it."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core import fit
from desktop.core.sentence import Sentence
from desktop.core.translatable import QT_TRANSLATE_NOOP
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


OOM_UNPLANNED = QT_TRANSLATE_NOOP(
    "core",
    "There is not enough memory to load this model with a {n_ctx:,}-token context ({reason}). "
    "Choose a smaller context or model, or close other programs.",
)
# Whole sentences per case (RAM only or RAM and GPU; a smaller context fits or none does):
# translators need each sentence whole, never glued from pieces.
OOM_RAM_SMALLER = QT_TRANSLATE_NOOP(
    "core",
    "There is not enough memory to load this model with a {context:,}-token context: it "
    "needs about {ram_needed} of RAM, and {ram_free} is free. The largest context that fits "
    "is {max_context:,} tokens: load the model with that or less (an estimate).",
)
OOM_RAM_NONE = QT_TRANSLATE_NOOP(
    "core",
    "There is not enough memory to load this model with a {context:,}-token context: it "
    "needs about {ram_needed} of RAM, and {ram_free} is free. Not even a small context fits: "
    "close other programs, or choose a smaller model or quantization (an estimate).",
)
OOM_GPU_SMALLER = QT_TRANSLATE_NOOP(
    "core",
    "There is not enough memory to load this model with a {context:,}-token context: it "
    "needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and "
    "{gpu_free} on the GPU are free. The largest context that fits is {max_context:,} "
    "tokens: load the model with that or less (an estimate).",
)
OOM_GPU_NONE = QT_TRANSLATE_NOOP(
    "core",
    "There is not enough memory to load this model with a {context:,}-token context: it "
    "needs about {ram_needed} of RAM and {gpu_needed} on the GPU, and {ram_free} of RAM and "
    "{gpu_free} on the GPU are free. Not even a small context fits: close other programs, "
    "or choose a smaller model or quantization (an estimate).",
)


def out_of_memory_sentence(
    n_ctx: int, plan: fit.Plan | None, ram_free: int, vram_free: int, reason: str
) -> str:
    """What the requested context needs, what is free, and the largest context that fits."""
    if plan is None:
        return Sentence(OOM_UNPLANNED, n_ctx=n_ctx, reason=reason)
    smaller = plan.max_context >= fit.CONTEXT_STEP
    if plan.gpu_bytes:
        template = OOM_GPU_SMALLER if smaller else OOM_GPU_NONE
    else:
        template = OOM_RAM_SMALLER if smaller else OOM_RAM_NONE
    return Sentence(
        template,
        context=plan.context,
        ram_needed=format_bytes(plan.cpu_bytes),
        gpu_needed=format_bytes(plan.gpu_bytes),
        ram_free=format_bytes(ram_free),
        gpu_free=format_bytes(vram_free),
        max_context=plan.max_context,
    )
