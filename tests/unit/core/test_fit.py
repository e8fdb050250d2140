"""The memory fit: GPU layers, the largest context and the verdict, from a header; reading
what llama.cpp allocated from real recorded logs; the calibration store."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop.core import fit
from desktop.core.fit import Calibration, Device, Shape, estimate, parse_allocation, plan_for_shape
from desktop.core.gguf_check import check_gguf

MIB, GIB = 1 << 20, 1 << 30
LOGS = Path(__file__).resolve().parents[2] / "data" / "llamacpp_logs"


def llama8b() -> Shape:
    """A Llama 3.1 8B Q4_K_M as its header describes it (32 layers, 8 KV heads of 128)."""
    return Shape(
        architecture="llama",
        n_layers=32,
        layer_bytes=(int(4.5 * GIB) // 32,) * 32,
        input_bytes=280 * MIB,
        output_bytes=410 * MIB,
        other_bytes=1 * MIB,
        tied_output=False,
        kv_per_token=(8 * (128 + 128) * 2,) * 32,
        n_vocab=128_256,
        n_embd=4096,
        n_ff=14_336,
        n_head=32,
        n_ctx_train=131_072,
    )


def test_the_kv_cache_follows_the_models_own_keys(tiny_model: Path) -> None:
    info = check_gguf(tiny_model)
    shape = fit.shape_of(info)
    assert shape.n_layers == info.layers
    assert sum(shape.layer_bytes) + shape.input_bytes + shape.other_bytes + (
        0 if shape.tied_output else shape.output_bytes
    ) == sum(t.n_bytes for t in info.tensors)
    per_token = sum(shape.kv_per_token)
    assert estimate(shape, 2048).kv == 2 * estimate(shape, 1024).kv == 2048 * per_token


def test_a_big_gpu_takes_every_layer() -> None:
    gpu = Device("CUDA0", "gpu", 24 * GIB, 23 * GIB)
    plan = plan_for_shape(llama8b(), 8192, ram_available=16 * GIB, gpus=[gpu])
    assert (plan.verdict, plan.n_gpu_layers) == ("gpu", 33)
    assert plan.gpu_bytes > 4.5 * GIB and plan.cpu_bytes < 1 * GIB
    assert plan.max_context >= 32_768
    assert "Fits on the GPU" in plan.note and "estimate" in plan.note


def test_a_small_gpu_takes_what_fits_and_ram_takes_the_rest() -> None:
    gpu = Device("CUDA0", "gpu", 4 * GIB, 3 * GIB)
    plan = plan_for_shape(llama8b(), 8192, ram_available=16 * GIB, gpus=[gpu])
    assert plan.verdict == "split"
    assert 10 < plan.n_gpu_layers < 32
    assert plan.gpu_bytes <= 3 * GIB - fit.VRAM_RESERVE
    one_more = estimate(llama8b(), 8192, plan.n_gpu_layers + 1)
    assert one_more.gpu > 3 * GIB - fit.VRAM_RESERVE, "the fit left a layer that would fit"
    assert f"{plan.n_gpu_layers} of 32 layers" in plan.note


def test_without_a_gpu_it_runs_in_ram_or_says_what_context_would_fit() -> None:
    assert plan_for_shape(llama8b(), 8192, ram_available=16 * GIB).verdict == "cpu"
    tight = plan_for_shape(llama8b(), 131_072, ram_available=8 * GIB)
    assert tight.verdict == "wont_fit"
    assert 4096 <= tight.max_context < 131_072
    assert f"{tight.max_context:,} tokens would fit" in tight.note
    at_max = estimate(llama8b(), tight.max_context)
    assert at_max.cpu <= 8 * GIB - fit.RAM_RESERVE
    none = plan_for_shape(llama8b(), 4096, ram_available=2 * GIB)
    assert (none.verdict, none.max_context) == ("wont_fit", 0)


def test_unified_memory_counts_the_gpu_share_against_ram() -> None:
    apple = Device("Metal", "igpu", 10 * GIB, 10 * GIB)  # a 16 GB Mac's working set
    plan = plan_for_shape(llama8b(), 8192, ram_available=12 * GIB, gpus=[apple])
    assert plan.verdict == "gpu"
    small = plan_for_shape(llama8b(), 8192, ram_available=5 * GIB, gpus=[apple])
    assert small.verdict == "wont_fit"  # the same bytes cannot be in RAM twice


def test_a_manual_layer_count_is_kept_and_all_means_every_layer() -> None:
    gpu = Device("CUDA0", "gpu", 24 * GIB, 23 * GIB)
    assert plan_for_shape(llama8b(), 4096, 16 * GIB, [gpu], gpu_layers=10).n_gpu_layers == 10
    assert plan_for_shape(llama8b(), 4096, 16 * GIB, [gpu], gpu_layers=-1).n_gpu_layers == 33
    assert plan_for_shape(llama8b(), 4096, 16 * GIB, [], gpu_layers=10).n_gpu_layers == 0


def test_a_size_only_plan_says_it_is_rougher() -> None:
    plan = fit.plan_for_size(5 * GIB, 4096, ram_available=16 * GIB)
    assert plan.verdict == "cpu" and "rough estimate from the file size" in plan.note
    assert fit.plan_for_size(40 * GIB, 4096, ram_available=16 * GIB).verdict == "wont_fit"


@pytest.mark.parametrize(
    ("log", "expected"),
    [
        # llamafile PR 552 (an RTX 4080, 2024 format): weights, KV, output, compute.
        (
            "llamacpp_log_cuda_2024_format_1gpu_rtx4080_full_offload.txt",
            {"CPU": 297.00, "CUDA0": 7317.71 + 180.00 + 105.00, "CUDA_Host": 0.19},
        ),
        # llama.cpp PR 22673 (an M2 Pro, 2026 format): mapped weights on CPU and MTL0.
        (
            "llamacpp_log_metal_new_format_m2pro_mtl0_mapped.txt",
            {"CPU_Mapped": 644.14, "MTL0_Mapped": 14803.73},
        ),
    ],
)
def test_allocations_are_read_from_real_llama_cpp_logs(
    log: str, expected: dict[str, float]
) -> None:
    lines = (LOGS / log).read_text().splitlines()
    assert lines[0].startswith("# source: https://github.com/")
    found = parse_allocation(lines)
    by_device: dict[str, int] = {}
    for device, _, size in found.buffers:
        by_device[device] = by_device.get(device, 0) + size
    assert by_device == {d: pytest.approx(mib * MIB, abs=MIB) for d, mib in expected.items()}
    assert found.on("CUDA") == by_device.get("CUDA0", 0) + by_device.get("CUDA_Host", 0)


def test_calibration_keeps_the_worst_recent_error_per_architecture(tmp_path: Path) -> None:
    cal = Calibration(tmp_path / "fit.json")
    assert cal.factor("llama") == 1.0
    assert cal.record("llama", 1000, 1100) == pytest.approx(1.1)
    cal.record("llama", 1000, 950)
    assert cal.factor("llama") == pytest.approx(1.1)
    assert cal.factor("gemma3") == 1.0
    cal.record("gemma3", 1000, 500)
    assert cal.factor("gemma3") == 0.9, "an over-estimate never shrinks the next by > 10%"
    (tmp_path / "fit.json").write_text("{broken")
    assert Calibration(tmp_path / "fit.json").factor("llama") == 1.0
    scaled = estimate(llama8b(), 4096, factor=1.1)
    assert scaled.cpu == pytest.approx(estimate(llama8b(), 4096).cpu * 1.1, rel=1e-6)


def test_plan_is_a_frozen_record() -> None:
    plan = plan_for_shape(llama8b(), 4096, 16 * GIB)
    with pytest.raises(dataclasses.FrozenInstanceError):
        plan.verdict = "gpu"  # type: ignore[misc]
    assert plan.badge == "Fits on CPU"


def test_a_machine_budget_takes_the_gpus_the_probes_found() -> None:
    from desktop.core.hardware import Gpu, Machine

    cuda = Gpu("nvidia", "RTX 4090", 24 * GIB, 22 * GIB, False, "nvidia-smi")
    mac = Gpu("apple", "Apple M2", 10 * GIB, None, True, "sysctl")
    unknown = Gpu("intel", "Arc", None, None, False, "vulkaninfo")
    machine = Machine("cpu", 8, 16, 32 * GIB, 20 * GIB, (cuda, mac, unknown), ())
    budget = fit.machine_budget(machine)
    assert budget.gpus == (
        Device("RTX 4090", "gpu", 24 * GIB, 22 * GIB),
        Device("Apple M2", "igpu", 10 * GIB, 10 * GIB),
    )
    assert budget.ram_available > 0  # free RAM now, not the probe's older figure
    assert fit.machine_budget(None).gpus == ()


def test_a_vision_projector_counts_where_mtmd_loads_it(tiny_model: Path, tmp_path: Path) -> None:
    from vision_gguf import write_tiny_projector

    projector = 600 * MIB
    plain, seeing = llama8b(), dataclasses.replace(llama8b(), projector_bytes=projector)
    # Offloaded layers: the projector is on the GPU too; none offloaded: in RAM.
    gpu = Device("CUDA0", "gpu", 24 * GIB, 23 * GIB)
    on_gpu = plan_for_shape(plain, 8192, 16 * GIB, [gpu])
    with_gpu = plan_for_shape(seeing, 8192, 16 * GIB, [gpu])
    assert with_gpu.gpu_bytes - on_gpu.gpu_bytes == projector
    assert with_gpu.cpu_bytes == on_gpu.cpu_bytes
    on_cpu = plan_for_shape(plain, 8192, 16 * GIB)
    assert plan_for_shape(seeing, 8192, 16 * GIB).cpu_bytes - on_cpu.cpu_bytes == projector
    # On a GPU with no room to spare, the projector takes the place of layers.
    tight = Device("CUDA0", "gpu", 8 * GIB, on_gpu.gpu_bytes + fit.VRAM_RESERVE)
    assert plan_for_shape(plain, 8192, 16 * GIB, [tight]).verdict == "gpu"
    assert plan_for_shape(seeing, 8192, 16 * GIB, [tight]).verdict == "split"
    # In RAM with no room to spare, it takes context.
    ram = on_cpu.cpu_bytes + fit.RAM_RESERVE
    assert plan_for_shape(seeing, 8192, ram).max_context < on_cpu.max_context
    # From files: the projector file's own size, and nothing for one that is not there.
    mmproj = write_tiny_projector(tmp_path / "mmproj-tiny.gguf")
    info = check_gguf(tiny_model)
    alone = fit.plan_for_file(info, 512, 16 * GIB)
    beside = fit.plan_for_file(info, 512, 16 * GIB, projector=str(mmproj))
    assert beside.cpu_bytes - alone.cpu_bytes == mmproj.stat().st_size
    assert fit.plan_for_file(info, 512, 16 * GIB, projector=str(tmp_path / "gone")) == alone
