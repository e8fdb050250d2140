"""The Hardware page: the CPU, RAM and GPUs, what the engine build can use, and every probe."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from desktop.models.locale_format import number


def format_memory(n: int) -> str:
    """Memory in binary units, as GPU and RAM makers count it: a "16 GB" card is 16.0 GiB
    (locale_format.size counts in decimal units, so the locale's digits are used here)."""
    if n >= 1 << 30:
        return QCoreApplication.translate("hardware_page", "{n} GiB").format(
            n=number(n / (1 << 30), 1)
        )
    return QCoreApplication.translate("hardware_page", "{n} MiB").format(n=number(n / (1 << 20)))


def _with_free(total: int, free: int) -> str:
    return QCoreApplication.translate("hardware_page", "{total}, {free} free").format(
        total=format_memory(total), free=format_memory(free)
    )


def _gpu_line(gpu: Gpu) -> str:
    vendor = VENDOR_NAMES.get(gpu.vendor, "")
    name = gpu.name if not vendor or vendor.lower() in gpu.name.lower() else f"{vendor} {gpu.name}"
    if gpu.total is None:
        memory = QCoreApplication.translate("hardware_page", "memory not reported")
    elif gpu.free is None:
        memory = format_memory(gpu.total)
    else:
        memory = _with_free(gpu.total, gpu.free)
    if gpu.unified:
        memory = (
            QCoreApplication.translate("hardware_page", "{memory} (shared with system RAM)")
            if gpu.vendor != "apple"
            else QCoreApplication.translate("hardware_page", "{memory} (Metal working set)")
        ).format(memory=memory)
    if gpu.driver:
        source = QCoreApplication.translate("hardware_page", "from {source}; driver {driver}")
    else:
        source = QCoreApplication.translate("hardware_page", "from {source}")
    source = source.format(source=gpu.source, driver=gpu.driver)
    return QCoreApplication.translate("hardware_page", "{name}: {memory} ({source})").format(
        name=name, memory=memory, source=source
    )


def _kinds() -> dict[str, str]:
    return {
        "cpu": "CPU",
        "gpu": "GPU",
        "igpu": QCoreApplication.translate("hardware_page", "integrated GPU"),
        "accel": QCoreApplication.translate("hardware_page", "accelerator"),
    }


def _device_line(device: EngineDevice) -> str:
    kind = _kinds().get(device.kind, device.kind)
    about = [d for d in (device.description, kind) if d and d != device.name]
    label = f"{device.name} ({', '.join(about)})" if about else device.name
    memory = (
        _with_free(device.total, device.free)
        if device.total
        else QCoreApplication.translate("hardware_page", "memory not reported")
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
        self.setWindowTitle(self.tr("Hardware"))
        self.machine: Machine | None = None
        self.build: EngineBuild | None = None

        self.status = _label(False)
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.setToolTip(
            self.tr("Copy everything on this page as text, e.g. for a bug report.")
        )
        self.copy_button.setAccessibleDescription(self.copy_button.toolTip())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Look at the hardware and the engine again."))
        self.refresh_button.setAccessibleDescription(self.refresh_button.toolTip())
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.copy_button)
        top.addWidget(self.refresh_button)

        self.advice_box = QFrame()
        self.advice_box.setObjectName("gpuAdvice")
        self.advice_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.advice = _label()
        # Named for the pseudo-locale test: this sentence is built in core (gpu_advice) and is
        # not translated yet.
        self.advice.setObjectName("gpuAdviceText")
        self.advice_command = _label()
        self.advice_command.setObjectName("gpuAdviceCommand")
        mono = self.advice_command.font()
        mono.setFamilies(["monospace"])
        mono.setStyleHint(mono.StyleHint.Monospace)
        self.advice_command.setFont(mono)
        self.advice_title = QLabel(self.tr("The GPU is not used"))
        bold = self.advice_title.font()
        bold.setBold(True)
        self.advice_title.setFont(bold)
        self.copy_command = QPushButton(self.tr("Copy command"))
        self.copy_command.setToolTip(self.tr("Copy the command, to paste it into a terminal."))
        self.copy_command.setAccessibleDescription(self.copy_command.toolTip())
        command_row = QHBoxLayout()
        command_row.addWidget(self.advice_command, 1)
        command_row.addWidget(self.copy_command, 0, Qt.AlignmentFlag.AlignTop)
        advice_layout = QVBoxLayout(self.advice_box)
        advice_layout.addWidget(self.advice_title)
        advice_layout.addWidget(self.advice)
        advice_layout.addLayout(command_row)
        self.advice_box.hide()

        self.cpu, self.cores, self.ram = _label(), _label(), _label()
        names = self._names()
        computer = QGroupBox(self.tr("This computer"))
        form = QFormLayout(computer)
        form.addRow(names["cpu"], self.cpu)
        form.addRow(names["cores"], self.cores)
        form.addRow(names["ram"], self.ram)

        self.gpus = _label()
        graphics = QGroupBox(self.tr("Graphics"))
        QVBoxLayout(graphics).addWidget(self.gpus)

        self.engine_version, self.backends, self.offload = _label(), _label(), _label()
        self.devices, self.features, self.build_options = _label(), _label(), _label()
        self.system_info = _label()
        self.system_info.setFont(mono)
        engine = QGroupBox(self.tr("Engine (llama.cpp)"))
        engine_form = QFormLayout(engine)
        engine_form.addRow(self.tr("Version"), self.engine_version)
        engine_form.addRow(names["backends"], self.backends)
        engine_form.addRow(names["offload"], self.offload)
        engine_form.addRow(self.tr("Devices"), self.devices)
        engine_form.addRow(names["features"], self.features)
        engine_form.addRow(names["build"], self.build_options)
        engine_form.addRow(names["info"], self.system_info)

        self.failed_probes, self.ok_probes = _label(), _label()
        # Named for the pseudo-locale test: each probe's detail is built in core
        # (desktop.core.hardware) and is not translated yet.
        self.failed_probes.setObjectName("probesFailed")
        self.ok_probes.setObjectName("probesWorked")
        checks = QGroupBox(self.tr("How Hearth looked for graphics cards"))
        checks_form = QFormLayout(checks)
        checks_form.addRow(self.tr("Worked"), self.ok_probes)
        checks_form.addRow(self.tr("Did not work"), self.failed_probes)

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
            label.setText(self.tr("Looking…"))
        for label in (self.engine_version, self.backends, self.offload, self.devices):
            label.setText(self.tr("Asking the engine…"))
        self.set_busy(True)

    # --- fed by the app ------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.refresh_button.setEnabled(not busy)
        self.status.setText(self.tr("Looking at this computer and the engine…") if busy else "")

    def show_machine(self, machine: Machine) -> None:
        self.machine = machine
        self.cpu.setText(machine.cpu or self.tr("not reported"))
        self.cores.setText(
            self.tr("{cores} cores, {threads} threads").format(
                cores=number(machine.cores), threads=number(machine.threads)
            )
        )
        self.ram.setText(
            self.tr("{total} in all, {available} available").format(
                total=format_memory(machine.ram_total),
                available=format_memory(machine.ram_available),
            )
        )
        if machine.gpus:
            self.gpus.setText("\n".join(_gpu_line(g) for g in machine.gpus))
        else:
            self.gpus.setText(self.tr("No GPU was found on this computer: models run on the CPU."))
        self._show_probes(machine)
        self._update_advice()

    def show_machine_error(self, sentence: str) -> None:
        for label in (self.cpu, self.cores, self.ram, self.gpus, self.failed_probes):
            label.setText(sentence)

    def show_engine(self, build: EngineBuild) -> None:
        self.build = build
        self.engine_version.setText(f"llama-cpp-python {build.version}")
        not_reported, none_reported = self.tr("not reported"), self.tr("none reported")
        self.backends.setText(", ".join(build.backends) or not_reported)
        if build.can_use_gpu:
            self.offload.setText(
                self.tr("Yes: this build can put layers on the GPU ({backends}).").format(
                    backends=", ".join(build.gpu_backends)
                )
            )
        elif build.gpu_offload and build.gpu_backends:
            self.offload.setText(
                self.tr(
                    "Built with {backends}, but no GPU device is visible to it: models run on "
                    "the CPU."
                ).format(backends=", ".join(build.gpu_backends))
            )
        else:
            self.offload.setText(
                self.tr("No: this engine build is CPU-only, models run on the CPU.")
            )
        self.devices.setText("\n".join(_device_line(d) for d in build.devices) or none_reported)
        self.features.setText(", ".join(build.cpu_features) or none_reported)
        self.build_options.setText(
            ", ".join(build.build_options) or self.tr("none", "no build options")
        )
        self.system_info.setText(build.system_info.strip() or not_reported)
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

    def _names(self) -> dict[str, str]:
        """The rows' names shared by the page and its report."""
        return {
            "cpu": self.tr("Processor"),
            "cores": self.tr("Cores"),
            "ram": self.tr("Memory (RAM)"),
            "backends": self.tr("Backends"),
            "offload": self.tr("GPU offload"),
            "features": self.tr("CPU features"),
            "build": self.tr("Build options"),
            "info": self.tr("System info"),
        }

    def _rows(self) -> Sequence[tuple[str, QLabel]]:
        names = self._names()
        return (
            (names["cpu"], self.cpu),
            (names["cores"], self.cores),
            (names["ram"], self.ram),
            (self.tr("GPUs"), self.gpus),
            (self.tr("Engine"), self.engine_version),
            (names["backends"], self.backends),
            (names["offload"], self.offload),
            (self.tr("Engine devices"), self.devices),
            (names["features"], self.features),
            (names["build"], self.build_options),
            (names["info"], self.system_info),
            (self.tr("GPU checks that worked"), self.ok_probes),
            (self.tr("GPU checks that did not work"), self.failed_probes),
        )

    def _show_probes(self, machine: Machine) -> None:
        failed = [f"{p.name}: {p.detail}" for p in machine.probes if not p.ok]
        answered = [f"{p.name}: {p.detail}" for p in machine.probes if p.ok]
        self.failed_probes.setText("\n".join(failed) or self.tr("Every check worked."))
        self.ok_probes.setText("\n".join(answered) or self.tr("No check worked."))

    def _update_advice(self) -> None:
        sentence, command = gpu_advice(self.machine, self.build)
        self.advice.setText(sentence)
        self.advice_command.setText(command)
        self.advice_command.setVisible(bool(command))
        self.copy_command.setVisible(bool(command))
        self.advice_box.setVisible(bool(sentence))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report())
