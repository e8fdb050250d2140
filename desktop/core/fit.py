"""Whether a model fits, from its GGUF header: GPU layers, the largest context, a verdict.

An estimate of what llama.cpp allocates when it loads a model, built from the header alone
(before a load, and before a download when the header is read with a Range request):

* weights: the tensors' own sizes, per repeating layer (``blk.N.*``), the input embedding
  (always in RAM), and the output matrix (on the GPU only when every layer is; a model with
  tied embeddings gets a copy of ``token_embd`` there);
* KV cache: per token and layer, K and V from the model's own keys (KV heads, key and
  value lengths), at the cache's element types (f16 2 bytes; q8_0 and q4_0 blocks of 32 in
  34 and 18 bytes, llama.cpp's block sizes); llama-cpp-python allocates sliding-window
  layers at full size ("using full-size SWA cache" in its log), so they count in full;
* compute buffers: the larger of the logits of one micro-batch (vocabulary x 512 x 4
  bytes) and the attention mask over the context (plus the scores when flash attention is
  off), plus activations for the widest layer; the output buffer (one row of logits);
* a margin for the engine process itself;
* a vision projector (mmproj), when the model loads with one: its file's size, where
  llama.cpp's mtmd puts it (on the GPU when any layer is offloaded, in RAM otherwise).

GPU layers follow llama.cpp: N offloads the last N repeating layers; N = layers + 1 also
puts the output layer on the GPU. After each load the engine reads what llama.cpp really
allocated (its log's "buffer size" lines); ``Calibration`` keeps the ratio real/estimate per
architecture and later estimates are scaled by it (never below the raw estimate's 90%).

It is over 400 lines because the estimate, the plans and verdicts built on it, and its
calibration by real loads share one model of what llama.cpp allocates (Shape, Estimate).
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from desktop.core.atomic import write_text_atomic
from desktop.core.gguf_check import GGUFInfo
from desktop.core.sentence import Sentence
from desktop.core.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # not imported at start-up: the hardware probes pull in psutil
    from desktop.core.hardware import Machine

Verdict = Literal["gpu", "split", "cpu", "wont_fit"]
DeviceKind = Literal["gpu", "igpu", "cpu"]

MIB = 1 << 20
N_UBATCH = 512
F16 = 2
ENGINE_OVERHEAD = 48 * MIB  # llama.cpp's own small buffers, the sampler, the process
RAM_RESERVE = 512 * MIB  # what the system keeps even when Hearth is the only app
VRAM_RESERVE = 384 * MIB  # driver context, the display, fragmentation
CONTEXT_STEP = 256
# Bytes per element of the KV cache's types (ggml's block_q8_0: 32 values in 34 bytes,
# block_q4_0: 32 in 18); an unknown type counts as f16.
KV_BYTES: dict[str, float] = {"f16": 2.0, "q8_0": 34 / 32, "q4_0": 18 / 32}
KV_TYPES = tuple(KV_BYTES)
KV_BLOCK = {"f16": 1, "q8_0": 32, "q4_0": 32}  # values per block: a head's length divides

# English here and in the CLI; the window shows them through translate("fit", badge).
BADGE: dict[Verdict, str] = {
    "gpu": QT_TRANSLATE_NOOP("fit", "Fits on GPU"),
    "split": QT_TRANSLATE_NOOP("fit", "Fits split"),
    "cpu": QT_TRANSLATE_NOOP("fit", "Fits on CPU"),
    "wont_fit": QT_TRANSLATE_NOOP("fit", "Won't fit"),
}

_LAYER_RE = re.compile(r"^blk\.(\d+)\.")


@dataclass(frozen=True, slots=True)
class Device:
    """Memory a model can use: a GPU's (or the unified memory's working set)."""

    name: str
    kind: DeviceKind
    total: int
    free: int


@dataclass(frozen=True, slots=True)
class Shape:
    """What the estimate needs from a header."""

    architecture: str
    n_layers: int
    layer_bytes: tuple[int, ...]
    input_bytes: int
    output_bytes: int  # the output matrix (the embedding's size when it is tied)
    other_bytes: int  # norms and anything outside the layers
    tied_output: bool
    kv_per_token: tuple[int, ...]  # bytes of K+V per token, per layer, in f16
    n_vocab: int
    n_embd: int
    n_ff: int
    n_head: int
    n_ctx_train: int
    projector_bytes: int = 0  # a vision projector loaded beside the model (its file's size)
    k_share: float = 0.5  # K's part of kv_per_token (key length / (key + value length))
    head_k: int = 0  # a key's and a value's length per head (0: unknown)
    head_v: int = 0

    def kv_scale(self, type_k: str = "f16", type_v: str = "f16") -> float:
        """The KV cache's size at these types, as a share of its size in f16."""
        k, v = KV_BYTES.get(type_k, F16), KV_BYTES.get(type_v, F16)
        return (self.k_share * k + (1 - self.k_share) * v) / F16

    @property
    def file_weights(self) -> int:
        separate_output = 0 if self.tied_output else self.output_bytes
        return sum(self.layer_bytes) + self.input_bytes + self.other_bytes + separate_output


@dataclass(frozen=True, slots=True)
class Estimate:
    """Bytes in RAM and on the GPU for one split and context."""

    cpu: int
    gpu: int
    weights: int
    kv: int
    compute: int

    @property
    def buffers(self) -> int:
        """What llama.cpp itself allocates (its log's buffer sizes): all but the overhead."""
        return self.cpu + self.gpu - ENGINE_OVERHEAD


@dataclass(frozen=True, slots=True)
class Plan:
    """The fit's answer for one model, context and machine."""

    verdict: Verdict
    n_gpu_layers: int
    n_layers: int
    max_context: int
    context: int
    cpu_bytes: int
    gpu_bytes: int
    note: str
    # The largest context that fits with each KV cache type (K and V alike), in KV_TYPES order.
    kv_contexts: tuple[tuple[str, int], ...] = ()

    @property
    def badge(self) -> str:
        return BADGE[self.verdict]

    @property
    def kv_note(self) -> str:
        """How much context each KV cache type buys here (a Sentence; "" when none fits)."""
        return kv_note(dict(self.kv_contexts))


def _meta_int(meta: dict[str, Any], key: str, default: int) -> int:
    value = meta.get(key, default)
    if isinstance(value, list):  # per-layer arrays (OpenELM): the largest is what counts
        value = max((v for v in value if isinstance(v, int)), default=default)
    return value if isinstance(value, int) and value > 0 else default


def _meta_list(meta: dict[str, Any], key: str, n: int, default: int) -> list[int]:
    value = meta.get(key)
    if isinstance(value, list) and len(value) == n:
        return [v if isinstance(v, int) and v >= 0 else default for v in value]
    return [_meta_int(meta, key, default)] * n


def shape_of(info: GGUFInfo) -> Shape:
    """The estimate's inputs, from a checked header."""
    meta, arch = info.metadata, info.architecture
    n_layers = max(info.layers, 0)
    layers = [0] * n_layers
    input_bytes = output_bytes = other = 0
    has_output = False
    for t in info.tensors:
        m = _LAYER_RE.match(t.name)
        if m and int(m.group(1)) < n_layers:
            layers[int(m.group(1))] += t.n_bytes
        elif t.name.startswith("token_embd."):
            input_bytes += t.n_bytes
        elif t.name.startswith("output."):
            output_bytes += t.n_bytes
            has_output = True
        else:
            other += t.n_bytes
    n_head = max(info.head_count, 1)
    n_embd = max(info.embedding_length, 1)
    head_dim = n_embd // n_head
    k_len = _meta_int(meta, f"{arch}.attention.key_length", head_dim)
    v_len = _meta_int(meta, f"{arch}.attention.value_length", head_dim)
    kv_heads = _meta_list(meta, f"{arch}.attention.head_count_kv", n_layers, info.head_count_kv)
    kv = tuple(h * (k_len + v_len) * F16 for h in kv_heads)
    return Shape(
        architecture=arch,
        n_layers=n_layers,
        layer_bytes=tuple(layers),
        input_bytes=input_bytes,
        output_bytes=output_bytes if has_output else input_bytes,
        other_bytes=other,
        tied_output=not has_output,
        kv_per_token=kv,
        n_vocab=max(info.vocab_size, 1),
        n_embd=n_embd,
        n_ff=_meta_int(meta, f"{arch}.feed_forward_length", 4 * n_embd),
        n_head=n_head,
        n_ctx_train=max(info.context_length, 1),
        k_share=k_len / (k_len + v_len),
        head_k=k_len,
        head_v=v_len,
    )


def estimate(
    shape: Shape,
    context: int,
    gpu_layers: int = 0,
    flash_attn: bool = True,
    factor: float = 1.0,
    type_k: str = "f16",
    type_v: str = "f16",
) -> Estimate:
    """Bytes llama.cpp allocates for this split, context and KV cache types (scaled by the
    calibration)."""
    n = shape.n_layers
    on_gpu = max(0, min(gpu_layers, n + 1))
    gpu_repeating = min(on_gpu, n)
    first_gpu = n - gpu_repeating
    output_on_gpu = on_gpu > n
    scale = shape.kv_scale(type_k, type_v)
    kv_cpu = math.ceil(sum(shape.kv_per_token[:first_gpu]) * context * scale)
    kv_gpu = math.ceil(sum(shape.kv_per_token[first_gpu:]) * context * scale)
    w_gpu = sum(shape.layer_bytes[first_gpu:]) + (shape.output_bytes if output_on_gpu else 0)
    w_cpu = shape.file_weights - sum(shape.layer_bytes[first_gpu:])
    if output_on_gpu and not shape.tied_output:
        w_cpu -= shape.output_bytes
    # llama.cpp's graph allocator reuses memory between stages, so the compute buffer is the
    # larger of the output stage (the logits) and the attention stage (the mask over the
    # whole context, plus the scores per head without flash attention), plus activations.
    logits = shape.n_vocab * N_UBATCH * 4
    activations = N_UBATCH * max(shape.n_embd, shape.n_ff) * 4 * 2
    if flash_attn:
        attention = context * N_UBATCH * 2
    else:
        attention = context * N_UBATCH * 4 * (1 + shape.n_head)
    compute = max(logits, attention + activations) + activations
    if on_gpu:
        # The graph runs where the layers are; the host keeps a buffer for the layers and
        # the logits that stay behind.
        gpu_compute = compute if output_on_gpu else attention + 2 * activations
        cpu_compute = 2 * activations if output_on_gpu else logits + activations
    else:
        gpu_compute, cpu_compute = 0, compute
    # mtmd loads the projector whole, on the GPU when the model offloads any layer.
    w_cpu += 0 if on_gpu else shape.projector_bytes
    w_gpu += shape.projector_bytes if on_gpu else 0
    cpu = w_cpu + kv_cpu + cpu_compute + shape.n_vocab * 4 + ENGINE_OVERHEAD
    gpu = w_gpu + kv_gpu + gpu_compute if on_gpu else 0
    return Estimate(
        cpu=math.ceil(cpu * factor),
        gpu=math.ceil(gpu * factor),
        weights=shape.file_weights + shape.projector_bytes,
        kv=kv_cpu + kv_gpu,
        compute=compute,
    )


def _fits(est: Estimate, ram_available: int, vram_free: int, unified: bool) -> bool:
    ram = ram_available - RAM_RESERVE
    if unified:  # the "GPU" memory is the same RAM: both shares come out of it
        return est.cpu + est.gpu <= ram and est.gpu <= vram_free - VRAM_RESERVE
    return est.cpu <= ram and (est.gpu == 0 or est.gpu <= vram_free - VRAM_RESERVE)


def _max_context(
    shape: Shape,
    layers: int,
    ram: int,
    vram: int,
    unified: bool,
    flash: bool,
    factor: float,
    kv: tuple[str, str] = ("f16", "f16"),
) -> int:
    """The largest context (a multiple of CONTEXT_STEP, at most the trained length) that
    fits with this split and KV cache types; 0 when not even the smallest does."""
    lo, hi = 0, max(shape.n_ctx_train // CONTEXT_STEP, 1)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        est = estimate(shape, mid * CONTEXT_STEP, layers, flash, factor, *kv)
        if _fits(est, ram, vram, unified):
            lo = mid
        else:
            hi = mid - 1
    return lo * CONTEXT_STEP


def plan_for_file(
    info: GGUFInfo,
    context: int,
    ram_available: int,
    gpus: Sequence[Device] = (),
    gpu_layers: int | None = None,
    flash_attn: bool = True,
    factor: float = 1.0,
    projector: str = "",
    type_k: str = "f16",
    type_v: str = "f16",
) -> Plan:
    """GPU layers (chosen when gpu_layers is None), the largest context and a verdict.
    projector: the vision projector file loaded with the model (LoadParams.mmproj; "": none);
    type_k, type_v: the KV cache's element types (LoadParams.type_k, type_v)."""
    shape = dataclasses.replace(shape_of(info), projector_bytes=projector_size(projector))
    return plan_for_shape(
        shape, context, ram_available, gpus, gpu_layers, flash_attn, factor, type_k, type_v
    )


def projector_size(path: str) -> int:
    """A projector file's size in bytes; 0 for none, or one that cannot be read (its load
    says what is wrong with it)."""
    if not path:
        return 0
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def plan_for_shape(
    shape: Shape,
    context: int,
    ram_available: int,
    gpus: Sequence[Device] = (),
    gpu_layers: int | None = None,
    flash_attn: bool = True,
    factor: float = 1.0,
    type_k: str = "f16",
    type_v: str = "f16",
) -> Plan:
    """As plan_for_file, from a Shape."""
    context = context if context > 0 else shape.n_ctx_train
    n = shape.n_layers
    usable = [g for g in gpus if g.kind in ("gpu", "igpu") and g.total > 0]
    vram = sum(g.free for g in usable)
    unified = bool(usable) and all(g.kind == "igpu" for g in usable)

    kv = (type_k, type_v)

    def fits(layers: int, ctx: int) -> bool:
        est = estimate(shape, ctx, layers, flash_attn, factor, *kv)
        return _fits(est, ram_available, vram, unified)

    if gpu_layers is None:
        layers = 0
        if usable:
            layers = next((k for k in range(n + 1, 0, -1) if fits(k, context)), 0)
    else:
        layers = n + 1 if gpu_layers < 0 else min(gpu_layers, n + 1)
        layers = layers if usable else 0
    est = estimate(shape, context, layers, flash_attn, factor, *kv)
    ok = _fits(est, ram_available, vram, unified)
    max_ctx = _max_context(shape, layers, ram_available, vram, unified, flash_attn, factor, kv)
    # What each cache type buys with this split: K and V of one type (a quantized V
    # cache needs flash attention, which a quantized choice turns on).
    by_type = tuple(
        (t, _max_context(shape, layers, ram_available, vram, unified, flash_attn or t != "f16",
                         factor, (t, t)))
        for t in KV_TYPES
    )  # fmt: skip
    if not ok:
        verdict: Verdict = "wont_fit"
    elif layers > n:
        verdict = "gpu"
    elif layers > 0:
        verdict = "split"
    else:
        verdict = "cpu"
    return Plan(
        verdict=verdict,
        n_gpu_layers=layers,
        n_layers=n,
        max_context=max_ctx,
        context=context,
        cpu_bytes=est.cpu,
        gpu_bytes=est.gpu,
        note=_note(verdict, layers, n, context, max_ctx, est),
        kv_contexts=by_type,
    )


def plan_for_size(
    size: int,
    context: int,
    ram_available: int,
    gpus: Sequence[Device] = (),
    projector_bytes: int = 0,
) -> Plan:
    """Before the header is known: weights from the file size, spread over 32 layers, and
    a KV cache and logits typical of a model that size (labelled as the rougher estimate).
    projector_bytes: a vision projector's file size, loaded beside the model (0: none)."""
    n = 32
    per_layer = size * 9 // (10 * n)
    n_embd = max(1024, int(math.sqrt(max(size, 1) / 24)) // 128 * 128)
    shape = Shape(
        architecture="unknown",
        n_layers=n,
        layer_bytes=(per_layer,) * n,
        input_bytes=size - per_layer * n,
        output_bytes=size // 20,
        other_bytes=0,
        tied_output=True,
        kv_per_token=(n_embd // 4 * F16,) * n,  # grouped-query attention, 4 queries per KV head
        n_vocab=128_000,
        n_embd=n_embd,
        n_ff=n_embd * 4,
        n_head=max(n_embd // 128, 1),
        n_ctx_train=max(context, 4096),
        projector_bytes=projector_bytes,
    )
    plan = plan_for_shape(shape, context, ram_available, gpus)
    return dataclasses.replace(
        plan, note=plan.note.replace("(estimate)", "(rough estimate from the file size)")
    )


@dataclass(frozen=True, slots=True)
class Budget:
    """The memory a plan may use: free RAM now, and the GPUs the hardware probes found."""

    ram_available: int
    gpus: tuple[Device, ...] = ()


def machine_budget(machine: Machine | None) -> Budget:
    """Free RAM now and the GPUs the probes found (an Apple GPU's share is its working set;
    when a probe gives no free figure, its total stands in)."""
    gpus: tuple[Device, ...] = ()
    if machine is not None:
        gpus = tuple(
            Device(g.name, "igpu" if g.unified else "gpu", g.total, g.free or g.total)
            for g in machine.gpus
            if g.total
        )
    return Budget(ram_budget().ram_available, gpus)


def ram_budget() -> Budget:
    """Free RAM now, no GPUs (until the probes, which take a moment, have answered)."""
    import psutil

    return Budget(int(psutil.virtual_memory().available))


def recommended(plans: Sequence[Plan], sizes: Sequence[int]) -> int | None:
    """The choice to recommend: the largest that runs wholly on one kind of memory (the GPU
    when there is one, else RAM), else the largest that fits split, else None."""
    for wanted in (("gpu",), ("cpu",), ("split",)):
        fitting = [i for i, p in enumerate(plans) if p.verdict in wanted]
        if fitting:
            return max(fitting, key=lambda i: (sizes[i], -i))
    return None


def _gb(n: int) -> str:
    return f"{n / 1e9:.1f} GB"


# The fit's note (Plan.note) for each verdict: English here, the window's language through
# services.said.
FITS_GPU = QT_TRANSLATE_NOOP(
    "core", "Fits on the GPU with a {ctx:,}-token context: about {total} (estimate)."
)
FITS_SPLIT = QT_TRANSLATE_NOOP(
    "core",
    "Fits with {layers} of {n} layers on the GPU and the rest in RAM, with a {ctx:,}-token "
    "context: about {total} (estimate).",
)
FITS_CPU = QT_TRANSLATE_NOOP(
    "core", "Fits in RAM with a {ctx:,}-token context: about {total} (estimate)."
)
NEEDS_SMALLER = QT_TRANSLATE_NOOP(
    "core",
    "Needs about {total} with a {ctx:,}-token context, more than is free; a context of "
    "{max_ctx:,} tokens would fit (estimate).",
)
NEEDS_MORE = QT_TRANSLATE_NOOP(
    "core", "Needs about {total}, more memory than this computer has free (estimate)."
)


KV_CONTEXTS = QT_TRANSLATE_NOOP(
    "core",
    "Fits about {f16:,} tokens of context with an f16 cache, {q8_0:,} with q8_0, {q4_0:,} "
    "with q4_0 (estimate).",
)
KV_CONTEXTS_ALL = QT_TRANSLATE_NOOP(
    "core", "Its whole trained context of {ctx:,} tokens fits with any cache type (estimate)."
)


KV_TYPE_UNFIT = QT_TRANSLATE_NOOP(
    "core",
    "This model cannot keep its {part} cache as {type}: its attention heads are {length} "
    "values long, not a multiple of {block}. Choose f16 for it.",
)


def kv_type_problem(shape: Shape, type_k: str, type_v: str) -> str | None:
    """Why llama.cpp would refuse these cache types for this model (a Sentence), or None:
    a quantized type's blocks must divide the heads' length (it says only "Failed to
    create llama_context")."""
    for part, kind, length in (("K", type_k, shape.head_k), ("V", type_v, shape.head_v)):
        block = KV_BLOCK.get(kind, 1)
        if length > 0 and length % block:
            return Sentence(KV_TYPE_UNFIT, part=part, type=kind, length=length, block=block)
    return None


def kv_note(contexts: dict[str, int]) -> str:
    """The sentence saying what context each KV cache type buys ("" when none fits)."""
    values = [contexts.get(t, 0) for t in KV_TYPES]
    if not any(values):
        return ""
    if len(set(values)) == 1:  # each capped at the trained length
        return Sentence(KV_CONTEXTS_ALL, ctx=values[0])
    return Sentence(KV_CONTEXTS, **dict(zip(KV_TYPES, values, strict=True)))


def _note(verdict: Verdict, layers: int, n: int, ctx: int, max_ctx: int, est: Estimate) -> str:
    total = _gb(est.cpu + est.gpu)
    if verdict == "gpu":
        return Sentence(FITS_GPU, ctx=ctx, total=total)
    if verdict == "split":
        return Sentence(FITS_SPLIT, layers=min(layers, n), n=n, ctx=ctx, total=total)
    if verdict == "cpu":
        return Sentence(FITS_CPU, ctx=ctx, total=total)
    if max_ctx >= CONTEXT_STEP:
        return Sentence(NEEDS_SMALLER, total=total, ctx=ctx, max_ctx=max_ctx)
    return Sentence(NEEDS_MORE, total=total)


# --- what llama.cpp really allocated ------------------------------------------------------

_BUFFER_RE = re.compile(
    r"(?P<device>[A-Za-z0-9_]+)\s+(?:(?P<kind>model|KV|compute|output)\s+)?buffer size\s*=\s*"
    r"(?P<mib>[0-9.]+)\s*MiB"
)


@dataclass(frozen=True, slots=True)
class Allocation:
    """Buffer sizes from llama.cpp's load log, in bytes, by device."""

    buffers: tuple[tuple[str, str, int], ...]  # (device, kind, bytes)

    @property
    def total(self) -> int:
        return sum(b for _, _, b in self.buffers)

    def on(self, prefix: str) -> int:
        """Bytes on devices whose name starts with prefix ("CPU", "CUDA", "Metal", ...)."""
        return sum(b for d, _, b in self.buffers if d.upper().startswith(prefix.upper()))


def parse_allocation(lines: Sequence[str]) -> Allocation:
    """Every "<device> <kind> buffer size = N MiB" line of a load, in order."""
    found = []
    for line in lines:
        m = _BUFFER_RE.search(line)
        if m:
            # Logs before 2025 named no kind on the weights' line ("CPU buffer size").
            found.append((m["device"], m["kind"] or "model", round(float(m["mib"]) * MIB)))
    return Allocation(tuple(found))


class Calibration:
    """Real/estimated ratios per architecture, kept between runs."""

    KEEP = 20

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, list[float]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {
            str(k): [float(r) for r in v if isinstance(r, (int, float)) and 0.05 < r < 20]
            for k, v in data.items()
            if isinstance(v, list)
        }

    def record(self, architecture: str, estimated: int, actual: int) -> float:
        """Remember one load's error; returns real/estimate."""
        if estimated <= 0 or actual <= 0:
            return 1.0
        ratio = actual / estimated
        data = self._read()
        data[architecture] = [*data.get(architecture, []), round(ratio, 4)][-self.KEEP :]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(self.path, json.dumps(data, indent=1, sort_keys=True))
        return ratio

    def factor(self, architecture: str) -> float:
        """What to scale this architecture's next estimate by: the largest recent ratio
        (under-estimating is the error that costs a crash), never below 0.9."""
        ratios = self._read().get(architecture, [])
        return max(0.9, max(ratios)) if ratios else 1.0
