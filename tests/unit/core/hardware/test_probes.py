"""Machine probes: parsers fed with real recorded outputs, detect() with real and fake tools."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import shutil
import sys
from pathlib import Path

import psutil
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.hardware import (
    GIB,
    MIB,
    NVIDIA_SMI_ARGS,
    SYSCTL_NAMES,
    Gpu,
    Machine,
    detect,
    metal_working_set,
    parse_amd_sysfs,
    parse_intel_sysfs,
    parse_nvidia_smi_csv,
    parse_rocm_smi_json,
    parse_sysctl_apple,
    parse_system_profiler_displays,
    parse_vulkaninfo_summary,
)

# Every file here is a real output recorded on a real machine; its first line says where it
# comes from ("# source:"), then "# note:" (and "# hearth:" where we removed something).
DATA = Path(__file__).resolve().parents[3] / "data" / "hardware"


def sample(name: str) -> str:
    """A recorded output without its header lines ("# source:", "# note:", "# hearth:")."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[0].startswith("# source: ")
    while lines and re.match(r"# (source|note|hearth): ", lines[0]):
        lines.pop(0)
    return "".join(lines)


def number(pattern: str, text: str) -> int:
    m = re.search(pattern, text)
    assert m is not None, pattern
    return int(m.group(1))


def test_every_sample_says_where_it_comes_from() -> None:
    files = sorted(DATA.glob("*.txt"))
    assert len(files) >= 20
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert re.match(r"# source: (https://github\.com/|[\w.-]+/[\w.-]+:)", first), path.name


# --- nvidia-smi --------------------------------------------------------------------------------


def test_nvidia_smi_header_and_units_rtx4080super() -> None:
    # --format=csv (units in values: "16376 MiB"), "[N/A]" and empty cells in other columns.
    text = sample("nvidia_smi_query_gpu_allfields_csv_units_1gpu_rtx4080super.txt")
    assert parse_nvidia_smi_csv(text) == [
        Gpu(
            vendor="nvidia",
            name="NVIDIA GeForce RTX 4080 SUPER",
            total=16376 * MIB,
            free=15348 * MIB,
            unified=False,
            source="nvidia-smi",
            driver="595.71.05",
        )
    ]


def test_nvidia_smi_header_with_units_values_without_tesla_p100() -> None:
    # csv,nounits: "memory.free [MiB]" in the header, bare numbers below; no memory.total.
    text = sample("nvidia_smi_query_csv_header_units_1gpu_tesla_p100.txt")
    assert parse_nvidia_smi_csv(text) == [
        Gpu("nvidia", "Tesla P100-PCIE-16GB", None, 16280 * MIB, False, "nvidia-smi", None)
    ]


def test_nvidia_smi_noheader_nounits_two_gpus() -> None:
    # The author put "> " before each line; the raw nvidia-smi lines are without it.
    raw = sample("nvidia_smi_query_name_memfree_2gpu_noheader_nounits.txt")
    text = "".join(line.removeprefix("> ") for line in raw.splitlines(keepends=True))
    gpus = parse_nvidia_smi_csv(text, fields=("gpu_name", "memory.free"))
    assert [(g.name, g.total, g.free) for g in gpus] == [
        ("NVIDIA GeForce GTX 1050 Ti", None, 2131 * MIB),
        ("NVIDIA GeForce RTX 3080 Ti", None, 16000 * MIB),
    ]
    # Read with the wrong columns (our 4 default fields), the 2-cell rows are refused rather
    # than misread as memory.total.
    assert parse_nvidia_smi_csv(text) == []


def test_nvidia_smi_windows_wddm_real_row() -> None:
    # Only the real row of this fixture is kept (the maintainers' placeholder row was removed).
    text = sample("nvidia_smi_query_csv_units_1gpu_windows_wddm_real_row_only.txt")
    assert parse_nvidia_smi_csv(text) == [
        Gpu("nvidia", "NVIDIA GeForce RTX 2080 SUPER", None, None, False, "nvidia-smi", "466.63")
    ]


def test_nvidia_smi_list_output_is_not_taken_for_csv() -> None:
    # `nvidia-smi -L` (another command's real output) must not become GPUs named "GPU 0: ...".
    assert parse_nvidia_smi_csv(sample("nvidia_smi_L_8gpu_h100_mig.txt")) == []
    assert parse_nvidia_smi_csv("") == []


# --- rocm-smi and sysfs ------------------------------------------------------------------------


def test_rocm_smi_json_rx7900xt() -> None:
    text = sample("rocm_smi_showproductname_showuse_showmeminfo_vram_json_rx7900xt.txt")
    assert parse_rocm_smi_json(text) == [
        Gpu(
            vendor="amd",
            name="Radeon RX 7900 XT",
            total=21458059264,
            free=21458059264 - 27856896,
            unified=False,
            source="rocm-smi",
        )
    ]


def test_rocm_smi_json_two_cards_without_memory_keys() -> None:
    # Stock `rocm-smi --json --showmemuse` on 2x RX 6800: no names, no byte counts.
    gpus = parse_rocm_smi_json(sample("rocm_smi_json_showmemuse_2gpu_rx6800_stock_block_only.txt"))
    assert [(g.name, g.total, g.free) for g in gpus] == [
        ("AMD GPU (card0)", None, None),
        ("AMD GPU (card1)", None, None),
    ]


def test_rocm_smi_text_output_is_refused() -> None:
    with pytest.raises(ValueError, match="no JSON"):
        parse_rocm_smi_json(sample("rocm_smi_showmeminfo_vram_text_1gpu_4gb.txt"))


def sysfs_from_transcript(text: str, root: Path) -> None:
    """Lay out the files a recorded `cat /sys/class/drm/...` transcript shows under root
    (root stands for /sys/class/drm), with the recorded values."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = re.search(r"cat /sys/class/drm/(\S+)", line)
        if m:
            value = next(v.strip() for v in lines[i + 1 :] if v.strip())
            path = root / m.group(1)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(value + "\n")


def test_amd_sysfs_8gb_card(tmp_path: Path) -> None:
    sysfs_from_transcript(sample("sysfs_amdgpu_mem_info_vram_used_total_8gb.txt"), tmp_path)
    assert parse_amd_sysfs(tmp_path / "card0") == Gpu(
        vendor="amd",
        name="AMD GPU (card0)",
        total=8573157376,
        free=8573157376 - 6812925952,
        unified=False,
        source="sysfs",
    )


def test_amd_sysfs_rx570_without_used_file(tmp_path: Path) -> None:
    # This legacy card reports GTT == VRAM (4 GiB): that must not make it look like an APU.
    sysfs_from_transcript(sample("sysfs_amdgpu_mem_info_vram_total_rx570_4gb.txt"), tmp_path)
    gpu = parse_amd_sysfs(tmp_path / "card1")
    assert gpu is not None
    assert (gpu.total, gpu.free, gpu.unified) == (4 * GIB, None, False)


def test_amd_apu_carveout_is_unified(tmp_path: Path) -> None:
    # The VRAM and GTT sizes a Ryzen 9 5900HS's amdgpu reported (recorded dmesg), laid out as
    # amdgpu exposes them in sysfs: a 512 MiB carve-out, the rest is system RAM.
    log = sample("amdgpu_dmesg_vram_gtt_ryzen5900hs_igpu.txt")
    vram = number(r"(\d+)M of VRAM", log) * MIB
    gtt = number(r"(\d+)M of GTT", log) * MIB
    dev = tmp_path / "card0" / "device"
    dev.mkdir(parents=True)
    (dev / "vendor").write_text("0x1002\n")
    (dev / "mem_info_vram_total").write_text(f"{vram}\n")
    (dev / "mem_info_gtt_total").write_text(f"{gtt}\n")
    gpu = parse_amd_sysfs(tmp_path / "card0")
    assert gpu is not None
    assert (gpu.total, gpu.unified) == (512 * MIB, True)


def intel_card(root: Path, card: str, pci: str, device: str) -> Path:
    """A /sys/class/drm card whose device link points at a PCI device dir (as in sysfs)."""
    dev = root / "devices" / pci
    dev.mkdir(parents=True)
    (dev / "vendor").write_text("0x8086\n")
    (dev / "device").write_text(device + "\n")
    (root / "drm" / card).mkdir(parents=True)
    (root / "drm" / card / "device").symlink_to(dev)
    return root / "drm" / card


def test_intel_sysfs_igpu_is_unified_and_amd_parser_ignores_it(tmp_path: Path) -> None:
    # No recorded Intel sysfs tree exists; this is the layout: the iGPU sits at PCI 00:02.0.
    igpu = intel_card(tmp_path, "card0", "0000:00:02.0", "0x9a49")
    dgpu = intel_card(tmp_path, "card1", "0000:03:00.0", "0x56a0")
    assert parse_intel_sysfs(igpu) == Gpu(
        "intel", "Intel integrated GPU (0x9a49)", None, None, True, "sysfs"
    )
    assert parse_intel_sysfs(dgpu) == Gpu("intel", "Intel GPU (0x56a0)", None, None, False, "sysfs")
    assert parse_amd_sysfs(igpu) is None
    (igpu / "device" / "mem_info_vram_total").write_text("1024\n")  # an Intel card is not AMD
    assert parse_amd_sysfs(igpu) is None


# --- vulkaninfo --------------------------------------------------------------------------------


def test_vulkaninfo_linux_amd_discrete() -> None:
    gpus = parse_vulkaninfo_summary(sample("vulkaninfo_summary_devices_linux_amd_rx6600xt.txt"))
    assert gpus == [
        Gpu(
            vendor="amd",
            name="AMD Radeon RX 6600 XT",
            total=None,
            free=None,
            unified=False,
            source="vulkaninfo",
            driver="AMD proprietary driver 2.0.279",
        )
    ]


def test_vulkaninfo_windows_intel_igpu_is_unified() -> None:
    # PARTIAL sample: it stops after GPU1's driverName; both devices are already described.
    text = sample("vulkaninfo_summary_devices_windows_intel_igpu_amd_dgpu_partial.txt")
    gpus = parse_vulkaninfo_summary(text)
    assert [(g.vendor, g.name, g.unified, g.driver) for g in gpus] == [
        ("intel", "Intel(R) HD Graphics 530", True, "Intel Corporation 101.1340"),
        ("amd", "AMD Radeon (TM) R9 380 Series", False, "AMD proprietary driver 2.0.137"),
    ]


# --- macOS ---------------------------------------------------------------------------------------


def test_sysctl_apple_m1_machdep() -> None:
    # PARTIAL sample (machdep.cpu.features cut): every line kept is whole.
    info = parse_sysctl_apple(sample("macos_sysctl_machdep_cpu_apple_m1_partial.txt"))
    assert (info.cpu, info.cores, info.memsize, info.arm64, info.wired_limit) == (
        "Apple M1",
        8,
        None,
        None,
        None,
    )


def test_sysctl_early_m1_apple_processor() -> None:
    text = sample("macos_sysctl_machdep_cpu_apple_m1_early_apple_processor.txt")
    info = parse_sysctl_apple(text)
    assert (info.cpu, info.cores, info.threads) == ("Apple processor", 8, 8)


def test_sysctl_perflevels_m1_pro() -> None:
    # PARTIAL sample (no hw.memsize): 8 performance + 2 efficiency cores, 10 threads.
    info = parse_sysctl_apple(sample("macos_sysctl_hw_perflevel_m1_pro_partial.txt"))
    assert (info.cores, info.threads, info.memsize, info.cpu) == (10, 10, None, None)


def test_wired_limit_sets_the_metal_working_set() -> None:
    text = sample("macos_sysctl_iogpu_wired_limit_mb_m1max_and_llama_server_list_devices.txt")
    info = parse_sysctl_apple(text)
    assert info.wired_limit == 26000 * MIB
    # llama-server on the same M1 Max 32 GB then reports that limit as the Metal budget.
    budget = number(r"MTL0: .*\((\d+) MiB,", text) * MIB
    assert metal_working_set(32 * GIB, info.wired_limit) == budget


def recommended_mib(text: str) -> float:
    m = re.search(r"recommendedMaxWorkingSetSize\s*=\s*([\d.,]+) MB", text)
    assert m is not None
    return float(m.group(1).replace(",", "."))  # one report used a decimal comma


def test_metal_working_set_default_rule_matches_recorded_limits() -> None:
    # Metal's recommendedMaxWorkingSetSize as llama.cpp logged it (MB = MiB in ggml) on Macs
    # whose RAM the reports state. The rule is approximate: Apple does not document it.
    m1_8gb = sample("llamacpp_log_metal_init_m1_8gb_recommendedMaxWorkingSetSize_partial.txt")
    seen = {8: recommended_mib(m1_8gb)}
    variants = sample("llamacpp_log_metal_recommendedMaxWorkingSetSize_variants.txt")
    blocks = dict(re.findall(r"=== (\S+) [^\n]*\n(.*?)(?==== |\Z)", variants, re.DOTALL))
    seen[32] = recommended_mib(blocks["https://github.com/ggml-org/llama.cpp/pull/2011"])
    seen[96] = recommended_mib(blocks["https://github.com/ggml-org/llama.cpp/issues/3213"])
    assert seen == pytest.approx({8: 5461.34, 32: 21845.34, 96: 73728.0})
    for ram_gib, mib in seen.items():
        assert metal_working_set(ram_gib * GIB) / MIB == pytest.approx(mib, abs=0.02)
    assert metal_working_set(32 * GIB, 0) == metal_working_set(32 * GIB)  # 0 = macOS default


def test_system_profiler_intel_imac_pro_vega64() -> None:
    text = sample("macos_system_profiler_SPDisplaysDataType_intel_imacpro_vega64.txt")
    assert parse_system_profiler_displays(text) == [
        Gpu("amd", "Radeon Pro Vega 64", 16 * GIB, None, False, "system_profiler")
    ]


@given(st.text())
def test_text_parsers_never_fail_on_any_output(text: str) -> None:
    # detect() hands them whatever a tool printed; only rocm-smi's may refuse (ValueError).
    assert all(isinstance(g, Gpu) for g in parse_nvidia_smi_csv(text))
    assert all(isinstance(g, Gpu) for g in parse_vulkaninfo_summary(text))
    assert all(isinstance(g, Gpu) for g in parse_system_profiler_displays(text))
    assert parse_sysctl_apple(text).memsize is None or "hw.memsize" in text
    with contextlib.suppress(ValueError):
        parse_rocm_smi_json(text)


# --- detect() on this machine --------------------------------------------------------------------


def probes(machine: Machine) -> dict[str, tuple[bool, str]]:
    return {p.name: (p.ok, p.detail) for p in machine.probes}


def test_detect_tells_the_truth_about_this_machine() -> None:
    machine = detect()
    assert machine.ram_total == psutil.virtual_memory().total
    assert 0 < machine.ram_available <= machine.ram_total
    assert machine.threads >= machine.cores >= 1
    assert machine.cpu
    found = probes(machine)
    assert {"nvml", "nvidia-smi", "rocm-smi", "vulkaninfo"} <= found.keys()
    assert {"sysfs", "sysctl"} <= found.keys()
    for tool in ("nvidia-smi", "rocm-smi", "vulkaninfo"):
        if shutil.which(tool) is None:
            assert found[tool] == (False, f"{tool} is not installed (not found on PATH).")
    if importlib.util.find_spec("pynvml") is None:
        assert found["nvml"] == (
            False,
            "The nvidia-ml-py package is not installed, so NVML was not asked.",
        )
    assert found["sysctl"] == (False, "Not a Mac, so there is no Apple GPU.")
    # A GPU is listed exactly when some probe found one; this machine has no GPU at all.
    assert (machine.gpus != ()) == any(p.ok for p in machine.probes)
    no_gpu_tools = not any(shutil.which(t) for t in ("nvidia-smi", "rocm-smi", "vulkaninfo"))
    if no_gpu_tools and not Path("/sys/class/drm").is_dir():
        assert machine.gpus == ()


# --- detect() with fake tools: the real subprocess code, fed with recorded outputs -------------


@pytest.fixture
def bin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PATH holding only the fake tools; NVML made unimportable so nvidia-smi is used."""
    path = tmp_path / "bin"
    path.mkdir()
    monkeypatch.setenv("PATH", str(path))
    monkeypatch.setitem(sys.modules, "pynvml", None)
    return path


def fake_tool(
    bin_dir: Path,
    name: str,
    prints: str = "",
    *,
    code: int = 0,
    stderr: str = "",
    hang: bool = False,
) -> None:
    """An executable `name` that records its arguments and pid, prints `prints`, then exits
    with `code` (or blocks forever when hang)."""
    (bin_dir / f"{name}.out").write_text(prints, encoding="utf-8")
    script = bin_dir / name
    script.write_text(
        f"#!{sys.executable}\n"
        "import os, sys, threading\n"
        "from pathlib import Path\n"
        f"here = Path({str(bin_dir)!r})\n"
        f"(here / {name + '.argv'!r}).write_text(chr(10).join(sys.argv[1:]))\n"
        f"(here / {name + '.pid'!r}).write_text(str(os.getpid()))\n"
        f"sys.stdout.write((here / {name + '.out'!r}).read_text(encoding='utf-8'))\n"
        "sys.stdout.flush()\n"
        f"sys.stderr.write({stderr!r})\n"
        f"if {hang!r}:\n"
        "    threading.Event().wait()\n"
        f"sys.exit({code})\n",
        encoding="utf-8",
    )
    script.chmod(0o755)


def test_detect_reads_nvidia_smi(bin_dir: Path, tmp_path: Path) -> None:
    text = sample("nvidia_smi_query_gpu_allfields_csv_units_1gpu_rtx4080super.txt")
    fake_tool(bin_dir, "nvidia-smi", text)
    machine = detect(drm_root=tmp_path / "no-drm")
    assert (bin_dir / "nvidia-smi.argv").read_text().split("\n") == list(NVIDIA_SMI_ARGS)
    assert [(g.name, g.total, g.free, g.source) for g in machine.gpus] == [
        ("NVIDIA GeForce RTX 4080 SUPER", 16376 * MIB, 15348 * MIB, "nvidia-smi")
    ]
    assert probes(machine)["nvidia-smi"] == (
        True,
        "found NVIDIA GeForce RTX 4080 SUPER (16.0 GiB).",
    )
    assert probes(machine)["sysfs"] == (False, f"{tmp_path / 'no-drm'} does not exist.")


def test_detect_reports_a_failing_tool(bin_dir: Path, tmp_path: Path) -> None:
    fake_tool(bin_dir, "nvidia-smi", code=9, stderr="fake nvidia-smi: no driver here\n")
    machine = detect(drm_root=tmp_path)
    assert machine.gpus == ()
    assert probes(machine)["nvidia-smi"] == (
        False,
        "nvidia-smi failed with exit code 9: fake nvidia-smi: no driver here",
    )


def test_detect_reports_a_tool_that_cannot_start(bin_dir: Path, tmp_path: Path) -> None:
    tool = bin_dir / "vulkaninfo"
    tool.write_text("#!/nonexistent/interpreter\n")
    tool.chmod(0o755)
    machine = detect(drm_root=tmp_path)
    assert probes(machine)["vulkaninfo"] == (
        False,
        "vulkaninfo could not be started: No such file or directory.",
    )


def test_detect_does_not_invent_gpus_from_other_output(bin_dir: Path, tmp_path: Path) -> None:
    fake_tool(bin_dir, "nvidia-smi", sample("nvidia_smi_L_8gpu_h100_mig.txt"))
    machine = detect(drm_root=tmp_path)
    assert machine.gpus == ()
    ok, detail = probes(machine)["nvidia-smi"]
    assert not ok
    assert detail.startswith("nvidia-smi listed no GPU (it printed: GPU 0: NVIDIA H100 80GB HBM3")


def test_detect_stops_a_tool_that_hangs_and_keeps_the_others(bin_dir: Path, tmp_path: Path) -> None:
    fake_tool(bin_dir, "nvidia-smi", hang=True)
    text = sample("rocm_smi_showproductname_showuse_showmeminfo_vram_json_rx7900xt.txt")
    fake_tool(bin_dir, "rocm-smi", text)
    machine = detect(timeout=1.5, drm_root=tmp_path)
    assert probes(machine)["nvidia-smi"] == (
        False,
        "nvidia-smi did not answer within 1.5 s and was stopped.",
    )
    pid = int((bin_dir / "nvidia-smi.pid").read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # killed and reaped, not left behind
    assert (bin_dir / "rocm-smi.argv").read_text().split("\n") == [
        "--showproductname",
        "--showmeminfo",
        "vram",
        "--json",
    ]
    assert [(g.name, g.total, g.source) for g in machine.gpus] == [
        ("Radeon RX 7900 XT", 21458059264, "rocm-smi")
    ]


def test_detect_falls_back_to_sysfs_when_rocm_smi_is_unreadable(
    bin_dir: Path, tmp_path: Path
) -> None:
    fake_tool(bin_dir, "rocm-smi", sample("rocm_smi_showmeminfo_vram_text_1gpu_4gb.txt"))
    drm = tmp_path / "drm"
    sysfs_from_transcript(sample("sysfs_amdgpu_mem_info_vram_used_total_8gb.txt"), drm)
    (drm / "card0-DP-1").mkdir()  # a connector, not a card
    machine = detect(drm_root=drm)
    assert probes(machine)["rocm-smi"] == (
        False,
        "rocm-smi printed something unreadable: no JSON object in the output.",
    )
    assert probes(machine)["sysfs"][0]
    assert [(g.name, g.total, g.source) for g in machine.gpus] == [
        ("AMD GPU (card0)", 8573157376, "sysfs")
    ]


def test_detect_prefers_vendor_tools_over_vulkan(bin_dir: Path, tmp_path: Path) -> None:
    # Two recordings from different machines, to check the merge: AMD comes from rocm-smi
    # (with memory), Intel from Vulkan; Vulkan's AMD entry (no memory) is not listed twice.
    vulkan = sample("vulkaninfo_summary_devices_windows_intel_igpu_amd_dgpu_partial.txt")
    fake_tool(bin_dir, "vulkaninfo", vulkan)
    rocm = sample("rocm_smi_showproductname_showuse_showmeminfo_vram_json_rx7900xt.txt")
    fake_tool(bin_dir, "rocm-smi", rocm)
    machine = detect(drm_root=tmp_path)
    assert (bin_dir / "vulkaninfo.argv").read_text() == "--summary"
    assert [(g.vendor, g.name, g.source, g.unified) for g in machine.gpus] == [
        ("amd", "Radeon RX 7900 XT", "rocm-smi", False),
        ("intel", "Intel(R) HD Graphics 530", "vulkaninfo", True),
    ]


def test_detect_on_apple_silicon_uses_sysctl(bin_dir: Path) -> None:
    fake_tool(bin_dir, "sysctl", sample("macos_sysctl_machdep_cpu_apple_m1_partial.txt"))
    machine = detect(os_name="Darwin")
    assert (bin_dir / "sysctl.argv").read_text().split("\n") == list(SYSCTL_NAMES)
    # This recording has no hw.memsize, so the working set comes from psutil's RAM.
    assert machine.gpus == (
        Gpu("apple", "Apple M1", metal_working_set(machine.ram_total), None, True, "sysctl"),
    )
    assert (machine.cpu, machine.cores) == ("Apple M1", 8)
    assert probes(machine)["sysfs"] == (False, "Only Linux has /sys/class/drm.")
    assert "system_profiler" not in probes(machine)  # not needed on Apple Silicon


def test_detect_on_an_intel_mac_uses_system_profiler(bin_dir: Path) -> None:
    text = sample("macos_system_profiler_SPDisplaysDataType_intel_imacpro_vega64.txt")
    fake_tool(bin_dir, "system_profiler", text)
    machine = detect(os_name="Darwin")
    assert (bin_dir / "system_profiler.argv").read_text() == "SPDisplaysDataType"
    assert probes(machine)["sysctl"] == (False, "sysctl is not installed (not found on PATH).")
    assert machine.gpus == (
        Gpu("amd", "Radeon Pro Vega 64", 16 * GIB, None, False, "system_profiler"),
    )
