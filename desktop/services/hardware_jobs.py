"""HardwareJobs: what the machine has and what the engine can use, found off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.core.engine_build import EngineBuild, engine_build
from desktop.engine import protocol
from desktop.engine.client import EngineClient
from desktop.services.background import Background

if TYPE_CHECKING:
    from desktop.core.hardware import Machine

log = logging.getLogger(__name__)


def detect_machine() -> Machine:
    """hardware.detect(), imported when first asked for: the probes (and psutil) are not
    start-up's to pay for."""
    from desktop.core import hardware

    return hardware.detect()


def build_from_ready(ready: protocol.Ready) -> EngineBuild:
    return engine_build(
        ready.llama_cpp_version,
        ready.gpu_offload,
        tuple(ready.backends),
        tuple(ready.devices),
        ready.system_info,
    )


def probe_engine() -> protocol.Ready:
    """Start an engine process, take its Ready, stop it (about half a second): the build and
    the devices it sees, isolated from the app like every engine call."""
    client = EngineClient()
    try:
        return client.start()
    finally:
        client.shutdown()


class HardwareJobs(QObject):
    """Runs hardware.detect() and an engine probe on worker threads; each result arrives as
    a signal on the GUI thread. A refresh while one is under way is not started twice."""

    machineFound = Signal(object)  # Machine
    machineFailed = Signal(str)  # a sentence
    engineFound = Signal(object)  # EngineBuild
    engineFailed = Signal(str)  # a sentence
    busyChanged = Signal(bool)

    def __init__(
        self,
        detect: Callable[[], Machine] = detect_machine,
        engine: Callable[[], protocol.Ready] = probe_engine,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._detect = detect
        self._engine = engine
        self._background = Background(max_workers=2, name="hearth-hardware", parent=self)
        self._machine_job = 0
        self._engine_job = 0
        self.machine: Machine | None = None
        self.engine: EngineBuild | None = None

    @property
    def busy(self) -> bool:
        return bool(self._machine_job or self._engine_job)

    def refresh(self) -> None:
        """Look again at the machine and the engine build."""
        self.refresh_machine()
        self.refresh_engine()

    def refresh_machine(self) -> None:
        if self._machine_job:
            return
        self._machine_job = self._background.submit(
            self._detect, self._machine_done, self._machine_failed
        )
        self.busyChanged.emit(self.busy)

    def refresh_engine(self) -> None:
        if self._engine_job:
            return
        self._engine_job = self._background.submit(
            lambda: build_from_ready(self._engine()), self._engine_done, self._engine_failed
        )
        self.busyChanged.emit(self.busy)

    def ensure_machine(self) -> None:
        """Detect once if nothing is known yet (the model manager's fit wants the GPUs)."""
        if self.machine is None:
            self.refresh_machine()

    def shutdown(self) -> None:
        """No more callbacks; a probe under way ends on its own timeout."""
        self._background.shutdown(wait=False)

    def _machine_done(self, machine: Machine) -> None:
        self._machine_job = 0
        self.machine = machine
        self.machineFound.emit(machine)
        self.busyChanged.emit(self.busy)

    def _machine_failed(self, sentence: str) -> None:
        self._machine_job = 0
        self.machineFailed.emit(
            self.tr("Hearth could not look at this computer's hardware: {reason}").format(
                reason=sentence
            )
        )
        self.busyChanged.emit(self.busy)

    def _engine_done(self, build: EngineBuild) -> None:
        self._engine_job = 0
        self.engine = build
        self.engineFound.emit(build)
        self.busyChanged.emit(self.busy)

    def _engine_failed(self, sentence: str) -> None:
        self._engine_job = 0
        self.engineFailed.emit(
            self.tr("The engine could not be asked what it can use: {reason}").format(
                reason=sentence
            )
        )
        self.busyChanged.emit(self.busy)
