"""The Hardware page: the CPU, RAM and GPUs, what the engine build can use, and every probe."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.engine_build import VENDOR_NAMES, EngineBuild, gpu_advice
from desktop.core.hardware import Gpu, Machine
from desktop.core.types import EngineDevice


def format_memory(n: int) -> str:
    """Memory in binary units, as GPU and RAM makers count it: a "16 GB" card is 16.0 GiB."""
    if n >= 1 << 30:
        return f"{n / (1 << 30):.1f} GiB"
    return f"{n / (1 << 20):.0f} MiB"


def _gpu_line(gpu: Gpu) -> str:
    vendor = VENDOR_NAMES.get(gpu.vendor, "")
    name = gpu.name if not vendor or vendor.lower() in gpu.name.lower() else f"{vendor} {gpu.name}"
    if gpu.total is None:
        memory = "memory not reported"
    elif gpu.free is None:
        memory = format_memory(gpu.total)
    else:
        memory = f"{format_memory(gpu.total)}, {format_memory(gpu.free)} free"
    if gpu.unified:
        memory += " (shared with system RAM)" if gpu.vendor != "apple" else " (Metal working set)"
    source = f"from {gpu.source}" + (f"; driver {gpu.driver}" if gpu.driver else "")
    return f"{name}: {memory} ({source})"


_KINDS = {"cpu": "CPU", "gpu": "GPU", "igpu": "integrated GPU", "accel": "accelerator"}


def _device_line(device: EngineDevice) -> str:
    kind = _KINDS.get(device.kind, device.kind)
    about = [d for d in (device.description, kind) if d and d != device.name]
    label = f"{device.name} ({', '.join(about)})" if about else device.name
    memory = (
        f"{format_memory(device.total)}, {format_memory(device.free)} free"
        if device.total
        else "memory not reported"
    )
    return f"{label}: {memory}"


def _label(selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class HardwarePage(QWidget):
    """A page beside the chat (desktop.ui.page_rail). It only shows what it is given: the app
    feeds it HardwareJobs' results as they arrive, so opening it never waits on a probe."""

    refreshRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Hardware")
        self.machine: Machine | None = None
        self.build: EngineBuild | None = None

        self.status = _label(False)
        self.copy_button = QPushButton("Copy report")
        self.copy_button.setToolTip("Copy everything on this page as text, e.g. for a bug report.")
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.setToolTip("Look at the hardware and the engine again.")
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.copy_button)
        top.addWidget(self.refresh_button)

        self.advice_box = QFrame()
        self.advice_box.setObjectName("gpuAdvice")
        self.advice_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.advice = _label()
        self.advice_command = _label()
        self.advice_command.setObjectName("gpuAdviceCommand")
        mono = self.advice_command.font()
        mono.setFamilies(["monospace"])
        mono.setStyleHint(mono.StyleHint.Monospace)
        self.advice_command.setFont(mono)
        self.advice_title = QLabel("The GPU is not used")
        bold = self.advice_title.font()
        bold.setBold(True)
        self.advice_title.setFont(bold)
        self.copy_command = QPushButton("Copy command")
        self.copy_command.setToolTip("Copy the command, to paste it into a terminal.")
        command_row = QHBoxLayout()
        command_row.addWidget(self.advice_command, 1)
        command_row.addWidget(self.copy_command, 0, Qt.AlignmentFlag.AlignTop)
        advice_layout = QVBoxLayout(self.advice_box)
        advice_layout.addWidget(self.advice_title)
        advice_layout.addWidget(self.advice)
        advice_layout.addLayout(command_row)
        self.advice_box.hide()

        self.cpu, self.cores, self.ram = _label(), _label(), _label()
        computer = QGroupBox("This computer")
        form = QFormLayout(computer)
        form.addRow("Processor", self.cpu)
        form.addRow("Cores", self.cores)
        form.addRow("Memory (RAM)", self.ram)

        self.gpus = _label()
        graphics = QGroupBox("Graphics")
        QVBoxLayout(graphics).addWidget(self.gpus)

        self.engine_version, self.backends, self.offload = _label(), _label(), _label()
        self.devices, self.features, self.build_options = _label(), _label(), _label()
        self.system_info = _label()
        self.system_info.setFont(mono)
        engine = QGroupBox("Engine (llama.cpp)")
        engine_form = QFormLayout(engine)
        engine_form.addRow("Version", self.engine_version)
        engine_form.addRow("Backends", self.backends)
        engine_form.addRow("GPU offload", self.offload)
        engine_form.addRow("Devices", self.devices)
        engine_form.addRow("CPU features", self.features)
        engine_form.addRow("Build options", self.build_options)
        engine_form.addRow("System info", self.system_info)

        self.failed_probes, self.ok_probes = _label(), _label()
        checks = QGroupBox("How Hearth looked for graphics cards")
        checks_form = QFormLayout(checks)
        checks_form.addRow("Worked", self.ok_probes)
        checks_form.addRow("Did not work", self.failed_probes)

        body = QWidget()
        column = QVBoxLayout(body)
        for box in (computer, graphics, engine, checks):
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.advice_box)
        layout.addWidget(scroll, 1)

        self.refresh_button.clicked.connect(self.refreshRequested)
        self.copy_button.clicked.connect(self._copy)
        self.copy_command.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.advice_command.text())
        )
        for label in (self.cpu, self.cores, self.ram, self.gpus, self.failed_probes):
            label.setText("Looking…")
        for label in (self.engine_version, self.backends, self.offload, self.devices):
            label.setText("Asking the engine…")
        self.set_busy(True)

    # --- fed by the app ------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.refresh_button.setEnabled(not busy)
        self.status.setText("Looking at this computer and the engine…" if busy else "")

    def show_machine(self, machine: Machine) -> None:
        self.machine = machine
        self.cpu.setText(machine.cpu or "not reported")
        self.cores.setText(f"{machine.cores} cores, {machine.threads} threads")
        self.ram.setText(
            f"{format_memory(machine.ram_total)} in all, "
            f"{format_memory(machine.ram_available)} available"
        )
        if machine.gpus:
            self.gpus.setText("\n".join(_gpu_line(g) for g in machine.gpus))
        else:
            self.gpus.setText("No GPU was found on this computer: models run on the CPU.")
        self._show_probes(machine)
        self._update_advice()

    def show_machine_error(self, sentence: str) -> None:
        for label in (self.cpu, self.cores, self.ram, self.gpus, self.failed_probes):
            label.setText(sentence)

    def show_engine(self, build: EngineBuild) -> None:
        self.build = build
        self.engine_version.setText(f"llama-cpp-python {build.version}")
        self.backends.setText(", ".join(build.backends) or "not reported")
        if build.can_use_gpu:
            self.offload.setText(
                f"Yes: this build can put layers on the GPU ({', '.join(build.gpu_backends)})."
            )
        elif build.gpu_offload and build.gpu_backends:
            self.offload.setText(
                f"Built with {', '.join(build.gpu_backends)}, but no GPU device is visible "
                "to it: models run on the CPU."
            )
        else:
            self.offload.setText("No: this engine build is CPU-only, models run on the CPU.")
        self.devices.setText("\n".join(_device_line(d) for d in build.devices) or "none reported")
        self.features.setText(", ".join(build.cpu_features) or "none reported")
        self.build_options.setText(", ".join(build.build_options) or "none")
        self.system_info.setText(build.system_info.strip() or "not reported")
        self._update_advice()

    def show_engine_error(self, sentence: str) -> None:
        for label in (self.engine_version, self.backends, self.offload, self.devices):
            label.setText(sentence)

    def report(self) -> str:
        """Everything on the page as plain text."""
        lines = []
        if not self.advice_box.isHidden():
            lines += [self.advice.text(), self.advice_command.text(), ""]
        for name, label in self._rows():
            text = label.text().replace("\n", "\n    ")
            lines.append(f"{name}: {text}")
        return "\n".join(line for line in lines) + "\n"

    # --- internals -----------------------------------------------------------------------

    def _rows(self) -> Sequence[tuple[str, QLabel]]:
        return (
            ("Processor", self.cpu),
            ("Cores", self.cores),
            ("Memory (RAM)", self.ram),
            ("GPUs", self.gpus),
            ("Engine", self.engine_version),
            ("Backends", self.backends),
            ("GPU offload", self.offload),
            ("Engine devices", self.devices),
            ("CPU features", self.features),
            ("Build options", self.build_options),
            ("System info", self.system_info),
            ("GPU checks that worked", self.ok_probes),
            ("GPU checks that did not work", self.failed_probes),
        )

    def _show_probes(self, machine: Machine) -> None:
        failed = [f"{p.name}: {p.detail}" for p in machine.probes if not p.ok]
        answered = [f"{p.name}: {p.detail}" for p in machine.probes if p.ok]
        self.failed_probes.setText("\n".join(failed) or "Every check worked.")
        self.ok_probes.setText("\n".join(answered) or "No check worked.")

    def _update_advice(self) -> None:
        sentence, command = gpu_advice(self.machine, self.build)
        self.advice.setText(sentence)
        self.advice_command.setText(command)
        self.advice_command.setVisible(bool(command))
        self.copy_command.setVisible(bool(command))
        self.advice_box.setVisible(bool(sentence))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report())
