"""The Hardware window: on this real machine through the real App (no GPU, a CPU-only engine
build), and with GPUs parsed from real recorded tool outputs (tests/data/hardware, each with
its source) that this CPU-only engine cannot use."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import llama_cpp
import psutil
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.app import App
from desktop.core import hardware
from desktop.core.engine_build import EngineBuild, gpu_advice, install_command, parse_system_info
from desktop.core.errors import HearthError
from desktop.core.hardware import Machine
from desktop.core.types import EngineDevice
from desktop.services.hardware_jobs import HardwareJobs, build_from_ready, probe_engine
from desktop.ui.hardware_page import HardwarePage

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "hardware"
LEFT = Qt.MouseButton.LeftButton


def sample(name: str) -> str:
    """A recorded output without its '# source:' / '# note:' header lines."""
    text = (SAMPLES / name).read_text("utf-8")
    assert text.startswith("# source:")
    return "\n".join(line for line in text.splitlines() if not line.startswith("# "))


def gib(text: str) -> list[float]:
    """The sizes in a label, in bytes ("23.5 GiB" -> 23.5 * 2**30)."""
    units = {"MiB": 2**20, "GiB": 2**30}
    return [float(n) * units[u] for n, u in re.findall(r"([\d.]+) ([MG]iB)", text)]


# --- the real machine, through the real App ----------------------------------------------------


@pytest.fixture
def app(qtbot):
    a = App([])
    qtbot.addWidget(a.window)
    a.start(load=False)
    yield a
    a.window.close()


def open_and_wait(qtbot, app: App) -> HardwarePage:
    jobs = app.hardware
    with qtbot.waitSignals([jobs.machineFound, jobs.engineFound], timeout=60000):
        app.window.hardware_action.trigger()
        page = app.hardware_page
        assert page is not None and page.isVisible()
        # Opening never waits on a probe: the page is up and says it is still looking.
        assert page.status.text().startswith("Looking")
        assert not page.refresh_button.isEnabled()
    qtbot.waitUntil(lambda: page.refresh_button.isEnabled(), timeout=5000)
    return page


def test_the_menu_has_a_hardware_item(app):
    view = next(a.menu() for a in app.window.menuBar().actions() if a.text() == "&View")
    assert app.window.hardware_action in view.actions()
    assert app.window.hardware_action.text() == "Hardware…"


def test_this_machine_no_gpu_and_a_cpu_only_engine(qtbot, app):
    page = open_and_wait(qtbot, app)
    machine, build = app.hardware.machine, app.hardware.engine
    assert machine is not None and build is not None
    assert machine.gpus == ()  # this test machine has none
    assert page.status.text() == ""

    assert page.cpu.text() == machine.cpu and machine.cpu
    cores, threads = psutil.cpu_count(logical=False), psutil.cpu_count()
    assert page.cores.text() == f"{cores} cores, {threads} threads"
    total, available = gib(page.ram.text())
    vm = psutil.virtual_memory()
    assert abs(total - vm.total) <= 0.01 * vm.total
    assert abs(available - vm.available) <= 0.10 * vm.total
    assert available <= total

    assert page.gpus.text() == "No GPU was found on this computer: models run on the CPU."
    assert page.offload.text() == "No: this engine build is CPU-only, models run on the CPU."
    assert page.engine_version.text() == f"llama-cpp-python {llama_cpp.__version__}"
    assert "CPU" in page.backends.text().split(", ")
    assert "CPU" in page.devices.text()
    assert page.advice_box.isHidden()  # nothing to fix: there is no GPU

    # Every probe that failed is listed with why; none is left out.
    failed = [p for p in machine.probes if not p.ok]
    assert {p.name for p in failed} >= {"nvidia-smi", "rocm-smi", "vulkaninfo"}
    listed = page.failed_probes.text().splitlines()
    assert listed == [f"{p.name}: {p.detail}" for p in failed]
    assert any("not installed" in line for line in listed)

    # The CPU features are llama.cpp's own "FLAG = 1" entries, read here independently.
    info = llama_cpp.llama_print_system_info().decode()
    assert page.system_info.text() == info.strip()
    on = set(re.findall(r"(\w+) = 1", info))
    features = set(page.features.text().split(", "))
    assert "AVX2" in on  # this machine's CPU (x86-64 with AVX2)
    assert {"SSE3", "AVX", "AVX2", "FMA", "F16C"} & on <= features
    assert "OPENMP" not in features  # how llama.cpp was built, not what the CPU can do
    assert ("OPENMP" in on) == ("OPENMP" in page.build_options.text())
    assert all(f"{flag} = 0" not in info for flag in features)

    report = page.report()
    assert "No GPU was found" in report
    assert "CPU-only" in report
    assert listed[0] in report


def test_refresh_looks_again(qtbot, app):
    page = open_and_wait(qtbot, app)
    first = app.hardware.machine
    with qtbot.waitSignals([app.hardware.machineFound, app.hardware.engineFound], timeout=60000):
        qtbot.mouseClick(page.refresh_button, LEFT)
        assert not page.refresh_button.isEnabled()
        assert app.hardware.busy
        page.refresh_button.click()  # disabled: no second probe
    qtbot.waitUntil(lambda: page.refresh_button.isEnabled(), timeout=5000)
    assert app.hardware.machine is not first
    assert app.hardware.machine is not None
    assert app.hardware.machine.ram_total == first.ram_total
    # A second open shows the same window, already filled in.
    assert app.open_hardware() is page
    assert page.gpus.text().startswith("No GPU")


def test_a_failed_detect_is_shown_not_raised(qtbot):
    def broken() -> Machine:
        raise HearthError("The hardware could not be read.")

    jobs = HardwareJobs(detect=broken, engine=probe_engine)
    page = HardwarePage()
    qtbot.addWidget(page)
    jobs.machineFailed.connect(page.show_machine_error)
    jobs.busyChanged.connect(page.set_busy)
    with qtbot.waitSignal(jobs.machineFailed, timeout=10000) as blocker:
        jobs.refresh_machine()
    assert "The hardware could not be read." in blocker.args[0]
    assert page.gpus.text() == blocker.args[0]
    assert page.refresh_button.isEnabled()
    jobs.shutdown()


# --- GPUs present that this CPU-only build cannot use ----------------------------------------


@pytest.fixture(scope="module")
def real_build() -> EngineBuild:
    """This machine's engine build, asked from a real engine process (CPU-only here)."""
    build = build_from_ready(probe_engine())
    assert not build.gpu_offload and not build.can_use_gpu
    return build


@pytest.fixture(scope="module")
def real_machine() -> Machine:
    return hardware.detect()


def test_nvidia_gpu_with_a_cpu_only_build_says_how_to_get_a_gpu_build(
    qtbot, real_machine, real_build
):
    gpus = hardware.parse_nvidia_smi_csv(
        sample("nvidia_smi_query_gpu_allfields_csv_units_1gpu_rtx4080super.txt")
    )
    assert [g.name for g in gpus] == ["NVIDIA GeForce RTX 4080 SUPER"]
    machine = replace(real_machine, gpus=tuple(gpus))
    page = HardwarePage()
    qtbot.addWidget(page)
    page.show()
    page.show_engine(real_build)
    assert page.advice_box.isHidden()  # the machine is not known yet
    page.show_machine(machine)
    assert page.advice_box.isVisible()
    sentence, command = page.advice.text(), page.advice_command.text()
    assert sentence.startswith("This computer has NVIDIA GeForce RTX 4080 SUPER, but the")
    assert f"(llama-cpp-python {llama_cpp.__version__}) is a CPU-only build" in sentence
    assert "models run on the CPU only" in sentence
    assert "CUDA" in sentence and "CUDA Toolkit" in sentence
    assert command.startswith('CMAKE_ARGS="-DGGML_CUDA=on" ')
    assert "-m pip install --no-cache-dir --force-reinstall" in command
    assert command.endswith(f"llama-cpp-python=={llama_cpp.__version__}")
    # The numbers and where they came from.
    line = page.gpus.text()
    assert line.startswith("NVIDIA GeForce RTX 4080 SUPER: 16.0 GiB, 15.0 GiB free")
    assert "from nvidia-smi; driver 595.71.05" in line
    assert sentence in page.report() and command in page.report()
    qtbot.mouseClick(page.copy_command, LEFT)
    assert QGuiApplication.clipboard().text() == command
    qtbot.mouseClick(page.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == page.report()


def test_amd_gpus_from_rocm_smi_and_vulkaninfo_get_the_rocm_and_vulkan_builds(
    real_machine, real_build
):
    rocm = hardware.parse_rocm_smi_json(
        sample("rocm_smi_showproductname_showuse_showmeminfo_vram_json_rx7900xt.txt")
    )
    assert rocm and rocm[0].vendor == "amd"
    sentence, command = gpu_advice(
        replace(real_machine, gpus=tuple(rocm)), real_build, "/usr/bin/python3", "linux"
    )
    assert "CPU-only build" in sentence and "ROCm" in sentence
    assert "-DGGML_VULKAN=on" in sentence  # the other way for AMD
    assert command.startswith('CMAKE_ARGS="-DGGML_HIP=on" /usr/bin/python3 -m pip install')

    vulkan = hardware.parse_vulkaninfo_summary(
        sample("vulkaninfo_summary_devices_linux_amd_rx6600xt.txt")
    )
    assert vulkan and vulkan[0].vendor == "amd"
    sentence, _ = gpu_advice(replace(real_machine, gpus=tuple(vulkan)), real_build)
    assert vulkan[0].name in sentence


def test_advice_follows_the_build_and_the_platform(real_machine, real_build):
    nvidia = tuple(
        hardware.parse_nvidia_smi_csv(
            sample("nvidia_smi_query_name_memfree_2gpu_noheader_nounits.txt").replace("> ", ""),
            ("name", "memory.free"),
        )
    )
    assert len(nvidia) == 2
    machine = replace(real_machine, gpus=nvidia)
    assert gpu_advice(replace(real_machine, gpus=()), real_build) == ("", "")
    assert gpu_advice(machine, None) == ("", "")  # the engine has not answered yet

    cuda_device = EngineDevice("CUDA0", nvidia[0].name, "gpu", 8 << 30, 7 << 30)
    cuda = replace(
        real_build,
        gpu_offload=True,
        backends=("CUDA", "CPU"),
        devices=(cuda_device, *real_build.devices),
    )
    assert cuda.can_use_gpu
    assert gpu_advice(machine, cuda) == ("", "")

    # Built with CUDA but the driver shows no device: a rebuild is not the fix.
    no_device = replace(cuda, devices=real_build.devices)
    sentence, command = gpu_advice(machine, no_device)
    assert "sees no GPU device" in sentence and "driver" in sentence
    assert command == ""

    # Built for Metal on an NVIDIA machine: the build does not drive this GPU.
    metal = replace(no_device, backends=("Metal", "CPU"))
    sentence, command = gpu_advice(machine, metal)
    assert "built for Metal, which does not drive this GPU" in sentence
    assert "-DGGML_CUDA=on" in command

    windows = install_command("nvidia", "0.3.36", r"C:\Program Files\Hearth\python.exe", "win32")
    assert windows == (
        '$env:CMAKE_ARGS = "-DGGML_CUDA=on"; & "C:\\Program Files\\Hearth\\python.exe" -m pip '
        'install --no-cache-dir --force-reinstall "llama-cpp-python==0.3.36"'
    )
    # Metal is on by default when built on Apple Silicon: no CMake switch is needed.
    assert install_command("apple", "0.3.36", "/opt/py/bin/python3", "darwin") == (
        "/opt/py/bin/python3 -m pip install --no-cache-dir --force-reinstall "
        "llama-cpp-python==0.3.36"
    )


# --- llama.cpp's system info, in every format recorded ------------------------------------------


def test_parse_system_info_grouped_by_backend():
    # source: llama-cpp-python 0.3.36 on this machine (llama_print_system_info())
    here = (
        "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 | "
        "AVX512 = 1 | LLAMAFILE = 1 | OPENMP = 1 | REPACK = 1 |"
    )
    assert parse_system_info(here)["CPU"]["AVX2"] == "1"
    # source: https://github.com/ggml-org/llama.cpp/issues/24567 (CUDA build, Windows)
    cuda = (
        "system_info: n_threads = 4 (n_threads_batch = 4) / 8 | CPU : SSE3 = 1 | SSSE3 = 1 | "
        "AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 | LLAMAFILE = 1 | OPENMP = 1 | "
        "REPACK = 1 | CUDA : ARCHS = 500,520,600,610,700,750,800,860,890,900,1200 | "
        "USE_GRAPHS = 1 | PEER_MAX_BATCH_SIZE = 128 |"
    )
    groups = parse_system_info(cuda)
    assert set(groups) == {"CPU", "CUDA"}
    assert "n_threads" not in groups["CPU"]
    assert groups["CUDA"] == {
        "ARCHS": "500,520,600,610,700,750,800,860,890,900,1200",
        "USE_GRAPHS": "1",
        "PEER_MAX_BATCH_SIZE": "128",
    }
    # source: https://github.com/lmstudio-ai/lmstudio-bug-tracker/issues/271 (Apple, Metal)
    metal = (
        "system_info: n_threads = 10 (n_threads_batch = 10) / 14 | Metal : EMBED_LIBRARY = 1 | "
        "CPU : NEON = 1 | ARM_FMA = 1 | FP16_VA = 1 | DOTPROD = 1 | LLAMAFILE = 1 | "
        "ACCELERATE = 1 | AARCH64_REPACK = 1 |"
    )
    groups = parse_system_info(metal)
    assert groups["Metal"] == {"EMBED_LIBRARY": "1"}
    assert list(groups["CPU"])[:4] == ["NEON", "ARM_FMA", "FP16_VA", "DOTPROD"]


def test_parse_system_info_flat_formats_are_cpu():
    # source: https://github.com/amaiya/onprem/issues/57 (early 2024, CPU-only)
    flat = (
        "AVX = 1 | AVX_VNNI = 0 | AVX2 = 1 | AVX512 = 0 | AVX512_VBMI = 0 | AVX512_VNNI = 0 | "
        "FMA = 1 | NEON = 0 | ARM_FMA = 0 | F16C = 1 | FP16_VA = 0 | WASM_SIMD = 0 | BLAS = 0 | "
        "SSE3 = 1 | SSSE3 = 1 | VSX = 0 |"
    )
    assert list(parse_system_info(flat)) == ["CPU"]
    # source: https://github.com/antimatter15/alpaca.cpp/issues/66 (March 2023, oldest)
    oldest = (
        "system_info: n_threads = 4 / 8 | AVX = 1 | AVX2 = 1 | AVX512 = 0 | FMA = 1 | "
        "NEON = 0 | ARM_FMA = 0 | F16C = 1 | FP16_VA = 0 | WASM_SIMD = 0 | BLAS = 0 | "
        "SSE3 = 1 | VSX = 0 | "
    )
    cpu = parse_system_info(oldest)["CPU"]
    assert "n_threads" not in cpu and cpu["AVX512"] == "0" and cpu["SSE3"] == "1"
    assert parse_system_info("") == {}


def test_build_from_ready_splits_features_from_build_options(real_build):
    from desktop.engine.protocol import Ready

    # source: https://github.com/ggml-org/llama.cpp/issues/24567 (CUDA build, Windows)
    info = (
        "CPU : SSE3 = 1 | AVX = 1 | AVX2 = 1 | AVX512 = 0 | LLAMAFILE = 1 | OPENMP = 1 | "
        "CUDA : ARCHS = 500,860 | USE_GRAPHS = 1 |"
    )
    build = build_from_ready(Ready(1, info, True, "0.3.36", (), ("CUDA", "CPU")))
    assert build.cpu_features == ("SSE3", "AVX", "AVX2")
    assert build.build_options == (
        "LLAMAFILE",
        "OPENMP",
        "CUDA: ARCHS = 500,860",
        "CUDA: USE_GRAPHS = 1",
    )
    assert build.gpu_backends == ("CUDA",)
    assert not build.can_use_gpu  # no device: the driver does not show the GPU
    assert real_build.backends and "CPU" in real_build.backends


def test_macs_get_metal_advice(qtbot, real_machine, real_build):
    # Apple Silicon: the GPU as detect() builds it from sysctl (M1 Max, wired limit set).
    sysctl = hardware.parse_sysctl_apple(
        sample("macos_sysctl_iogpu_wired_limit_mb_m1max_and_llama_server_list_devices.txt")
    )
    assert sysctl.wired_limit == 26000 << 20
    apple = hardware.Gpu(
        "apple",
        "Apple M1 Max",
        hardware.metal_working_set(32 << 30, sysctl.wired_limit),
        None,
        True,
        "sysctl",
    )
    machine = replace(real_machine, gpus=(apple,))
    sentence, command = gpu_advice(machine, real_build, "/opt/py/bin/python3", "darwin")
    assert "Apple M1 Max" in sentence and "CPU-only build" in sentence
    assert "Rosetta" in sentence
    assert command.startswith("/opt/py/bin/python3 -m pip install")
    assert "CMAKE_ARGS" not in command
    page = HardwarePage()
    qtbot.addWidget(page)
    page.show_machine(machine)
    assert page.gpus.text() == "Apple M1 Max: 25.4 GiB (Metal working set) (from sysctl)"

    # An Intel Mac with an AMD card (system_profiler): Metal drives it too, not ROCm.
    amd = hardware.parse_system_profiler_displays(
        sample("macos_system_profiler_SPDisplaysDataType_intel_imacpro_vega64.txt")
    )
    assert amd and amd[0].vendor == "amd"
    sentence, command = gpu_advice(
        replace(real_machine, gpus=tuple(amd)), real_build, "/usr/local/bin/python3", "darwin"
    )
    assert "Metal is on by default when llama-cpp-python is built on macOS" in sentence
    assert "HIP" not in command and "CMAKE_ARGS" not in command
