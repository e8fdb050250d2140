"""The parameters panel: sampling, system prompt, and how the model is loaded."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.types import PRESETS, SamplingParams

TIPS = {
    "temperature": "How adventurous the choice of each word is. 0 always picks the most likely "
    "word; 0.7 is balanced; above 1 gets creative and less coherent.",
    "top_p": "Nucleus sampling: only the most likely words that together make up this share "
    "of the probability are considered. Untick to switch it off.",
    "top_k": "Only the K most likely words are considered. 0 switches it off.",
    "min_p": "Words less likely than this fraction of the top word's probability are dropped. "
    "0 switches it off.",
    "repeat_penalty": "Makes words used recently less likely, against loops. 1 switches it off.",
    "repeat_last_n": "How many recent tokens the repeat penalty looks back over. 0 switches it "
    "off; -1 means the whole context.",
    "seed": "The random seed. The same seed and parameters give the same reply. Untick for a "
    "new random seed each time (the seed used is recorded with the reply).",
    "max_tokens": "The longest reply, in tokens.",
    "system_prompt": "Instructions the model sees before the conversation. Always kept, even "
    "when old messages are left out to fit the context.",
    "n_ctx": "How many tokens the model can see at once: the conversation and the reply. "
    "Larger uses more memory. Applied when the model is loaded again.",
    "n_threads": "CPU threads for the engine. The default is one per physical core. Applied "
    "when the model is loaded again.",
    "n_gpu_layers": "How many of the model's layers run on the GPU: 0 runs it on the CPU only, "
    "the far right puts every layer there. Applied when the model is loaded again.",
    "gpu_auto": "Let Hearth choose the GPU layers from the model's size and the memory free "
    "on the GPU and in RAM (an estimate). Untick to choose them yourself.",
}


def describe_gpu_layers(used: int, n_layers: int) -> str:
    """How a number of GPU layers reads: "0 (CPU only)", "12 of 30", "all"."""
    if used == 0:
        return "0 (CPU only)"
    if used < 0 or (n_layers and used > n_layers):
        return f"all {n_layers}" if n_layers else "all"
    return f"{used} of {n_layers}" if n_layers else str(used)


def _spin(low: int, high: int, tip: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setToolTip(tip)
    box.setKeyboardTracking(False)
    return box


def _dspin(low: float, high: float, step: float, tip: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(2)
    box.setToolTip(tip)
    box.setKeyboardTracking(False)
    return box


class ParamsPanel(QWidget):
    """Edits SamplingParams, the system prompt and the load settings; every range checked."""

    samplingChanged = Signal(object)  # SamplingParams
    systemPromptChanged = Signal(str)
    reloadRequested = Signal(int, int, object)  # n_ctx, n_threads, n_gpu_layers (None: auto)
    presetSaved = Signal(str, object)  # name, SamplingParams

    def __init__(self, presets: dict[str, SamplingParams] | None = None) -> None:
        super().__init__()
        self.setObjectName("paramsPanel")
        self._presets = dict(presets or PRESETS)
        self._updating = False

        self.preset = QComboBox()
        self.preset.setToolTip("Saved sets of sampling parameters.")
        self.save_preset = QPushButton("Save as…")
        self.save_preset.setToolTip("Save the current parameters as a new preset.")
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.preset, 1)
        preset_row.addWidget(self.save_preset)

        self.temperature = _dspin(0.0, 5.0, 0.05, TIPS["temperature"])
        self.top_p_on = QCheckBox()
        self.top_p_on.setToolTip(TIPS["top_p"])
        self.top_p = _dspin(0.01, 1.0, 0.01, TIPS["top_p"])
        top_p_row = QHBoxLayout()
        top_p_row.addWidget(self.top_p_on)
        top_p_row.addWidget(self.top_p, 1)
        self.top_k = _spin(0, 1000, TIPS["top_k"])
        self.min_p = _dspin(0.0, 1.0, 0.01, TIPS["min_p"])
        self.repeat_penalty = _dspin(0.01, 5.0, 0.05, TIPS["repeat_penalty"])
        self.repeat_last_n = _spin(-1, 32768, TIPS["repeat_last_n"])
        self.seed_on = QCheckBox()
        self.seed_on.setToolTip(TIPS["seed"])
        self.seed = _spin(0, 2**31 - 1, TIPS["seed"])
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_on)
        seed_row.addWidget(self.seed, 1)
        self.max_tokens = _spin(1, 131072, TIPS["max_tokens"])

        sampling = QGroupBox("Sampling")
        form = QFormLayout(sampling)
        form.addRow("Preset", preset_row)
        form.addRow("Temperature", self.temperature)
        form.addRow("Top-p", top_p_row)
        form.addRow("Top-k", self.top_k)
        form.addRow("Min-p", self.min_p)
        form.addRow("Repeat penalty", self.repeat_penalty)
        form.addRow("Repeat window", self.repeat_last_n)
        form.addRow("Seed", seed_row)
        form.addRow("Max tokens", self.max_tokens)

        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setObjectName("systemPrompt")
        self.system_prompt.setToolTip(TIPS["system_prompt"])
        self.system_prompt.setPlaceholderText("You are a helpful assistant.")
        self.system_prompt.setMaximumHeight(110)
        system = QGroupBox("System prompt")
        QVBoxLayout(system).addWidget(self.system_prompt)

        self.n_ctx = _spin(256, 262144, TIPS["n_ctx"])
        self.n_ctx.setSingleStep(256)
        self.n_threads = _spin(1, 256, TIPS["n_threads"])
        self.gpu_auto = QCheckBox("Auto")
        self.gpu_auto.setObjectName("gpuAuto")
        self.gpu_auto.setToolTip(TIPS["gpu_auto"])
        self.gpu_auto.setChecked(True)
        self.gpu_layers = QSlider(Qt.Orientation.Horizontal)
        self.gpu_layers.setObjectName("gpuLayers")
        self.gpu_layers.setToolTip(TIPS["n_gpu_layers"])
        self.gpu_layers.setRange(0, 1)  # 0 and "all" until a model says how many layers it has
        self.gpu_layers.setEnabled(False)
        self.gpu_layers_value = QLabel("")
        self.gpu_layers_value.setObjectName("gpuLayersValue")
        self.gpu_layers_value.setMinimumWidth(self.fontMetrics().horizontalAdvance("888 of 888"))
        gpu_row = QHBoxLayout()
        gpu_row.addWidget(self.gpu_auto)
        gpu_row.addWidget(self.gpu_layers, 1)
        gpu_row.addWidget(self.gpu_layers_value)
        self._n_layers = 0  # of the loaded model; 0 before the first load
        self._used_layers: int | None = None  # what the engine used in the last load
        self._fit_note = ""
        self.reload = QPushButton("Reload model")
        self.reload.setToolTip("Load the model again with these settings.")
        engine = QGroupBox("Model")
        engine_form = QFormLayout(engine)
        engine_form.addRow("Context", self.n_ctx)
        engine_form.addRow("Threads", self.n_threads)
        engine_form.addRow("GPU layers", gpu_row)
        engine_form.addRow(self.reload)

        layout = QVBoxLayout(self)
        layout.addWidget(sampling)
        layout.addWidget(system)
        layout.addWidget(engine)
        layout.addStretch(1)

        self._fill_presets("Balanced")
        self.set_sampling(self._presets["Balanced"])
        for box in (self.temperature, self.top_p, self.min_p, self.repeat_penalty):
            box.valueChanged.connect(self._emit)
        for spin in (self.top_k, self.repeat_last_n, self.seed, self.max_tokens):
            spin.valueChanged.connect(self._emit)
        self.top_p_on.toggled.connect(self._emit)
        self.seed_on.toggled.connect(self._emit)
        self.preset.currentTextChanged.connect(self._choose_preset)
        self.save_preset.clicked.connect(self._save_preset)
        # Saved when the person pauses typing, not on every keystroke.
        self._prompt_timer = QTimer(self)
        self._prompt_timer.setSingleShot(True)
        self._prompt_timer.setInterval(400)
        self._prompt_timer.timeout.connect(
            lambda: self.systemPromptChanged.emit(self.system_prompt.toPlainText())
        )
        self.system_prompt.textChanged.connect(self._prompt_edited)
        self.gpu_auto.toggled.connect(self._show_gpu_layers)
        self.gpu_layers.valueChanged.connect(self._show_gpu_layers)
        self._show_gpu_layers()
        self.reload.clicked.connect(
            lambda: self.reloadRequested.emit(
                self.n_ctx.value(), self.n_threads.value(), self.n_gpu_layers()
            )
        )

    def sampling(self) -> SamplingParams:
        params = SamplingParams(
            temperature=round(self.temperature.value(), 2),
            top_p=round(self.top_p.value(), 2) if self.top_p_on.isChecked() else None,
            top_k=self.top_k.value(),
            min_p=round(self.min_p.value(), 2),
            repeat_penalty=round(self.repeat_penalty.value(), 2),
            repeat_last_n=self.repeat_last_n.value(),
            seed=self.seed.value() if self.seed_on.isChecked() else None,
            max_tokens=self.max_tokens.value(),
        )
        params.validate()
        return params

    def set_sampling(self, params: SamplingParams) -> None:
        self._updating = True
        try:
            self.temperature.setValue(params.temperature)
            self.top_p_on.setChecked(params.top_p is not None)
            self.top_p.setValue(params.top_p if params.top_p is not None else 1.0)
            self.top_p.setEnabled(params.top_p is not None)
            self.top_k.setValue(params.top_k)
            self.min_p.setValue(params.min_p)
            self.repeat_penalty.setValue(params.repeat_penalty)
            self.repeat_last_n.setValue(params.repeat_last_n)
            self.seed_on.setChecked(params.seed is not None)
            self.seed.setValue(params.seed or 0)
            self.seed.setEnabled(params.seed is not None)
            self.max_tokens.setValue(params.max_tokens)
        finally:
            self._updating = False

    def set_load(
        self,
        n_ctx: int,
        n_threads: int,
        n_gpu_layers: int,
        n_layers: int = 0,
        auto: bool | None = None,
        note: str = "",
        n_ctx_train: int = 0,
    ) -> None:
        """Show how the model was loaded: n_gpu_layers is what the engine used (-1: all),
        n_layers the model's layer count, auto whether the fit chose (None: unchanged),
        note the fit's sentence about it, n_ctx_train the model's trained context (the most
        the context field offers; 0: unknown, unchanged)."""
        if n_ctx_train > 0:
            self.n_ctx.setMaximum(max(n_ctx_train, self.n_ctx.minimum()))
        self.n_ctx.setValue(n_ctx)
        self.n_threads.setValue(n_threads)
        if n_layers > 0:
            self._n_layers = n_layers
            self.gpu_layers.setRange(0, n_layers)
        top = self.gpu_layers.maximum()
        self._used_layers = n_gpu_layers
        self._fit_note = note
        self.gpu_layers.setValue(top if n_gpu_layers < 0 else min(n_gpu_layers, top))
        if auto is not None:
            self.gpu_auto.setChecked(auto)
        self._show_gpu_layers()

    def n_gpu_layers(self) -> int | None:
        """What a reload asks for: None (auto), -1 (every layer, the slider's far right), or
        that many layers."""
        if self.gpu_auto.isChecked():
            return None
        value = self.gpu_layers.value()
        return -1 if value == self.gpu_layers.maximum() and value > 0 else value

    def _show_gpu_layers(self) -> None:
        auto = self.gpu_auto.isChecked()
        self.gpu_layers.setEnabled(not auto)
        if auto:
            if self._used_layers is None:
                self.gpu_layers_value.setText("auto")
                tip = "Hearth chooses when the model is loaded."
            else:
                used = describe_gpu_layers(self._used_layers, self._n_layers)
                self.gpu_layers_value.setText(used)
                tip = (
                    f"Chosen by the fit for this model and this computer's memory: {used} "
                    "layers on the GPU. Untick Auto to choose yourself."
                    if self._used_layers
                    else "Chosen by the fit: every layer runs on the CPU. Untick Auto to "
                    "choose yourself."
                )
                if self._fit_note:
                    tip = f"{tip}\n{self._fit_note}"
        else:
            value = self.n_gpu_layers()
            assert value is not None
            self.gpu_layers_value.setText(describe_gpu_layers(value, self._n_layers))
            tip = TIPS["n_gpu_layers"]
        self.gpu_layers.setToolTip(tip)
        self.gpu_layers_value.setToolTip(tip)

    def set_system_prompt(self, text: str) -> None:
        """Show a conversation's system prompt (not an edit: nothing is emitted)."""
        self._prompt_timer.stop()
        if text != self.system_prompt.toPlainText():
            self._updating = True
            try:
                self.system_prompt.setPlainText(text)
            finally:
                self._updating = False

    def _prompt_edited(self) -> None:
        if not self._updating:
            self._prompt_timer.start()

    def add_preset(self, name: str, params: SamplingParams) -> None:
        self._presets[name] = params
        self._fill_presets(name)

    def _fill_presets(self, current: str) -> None:
        self._updating = True
        try:
            self.preset.clear()
            self.preset.addItems(list(self._presets))
            self.preset.setCurrentText(current)
        finally:
            self._updating = False

    def _choose_preset(self, name: str) -> None:
        if self._updating or name not in self._presets:
            return
        self.set_sampling(self._presets[name])
        self._emit()

    def _save_preset(self) -> None:
        name, ok = QInputDialog.getText(self, "Save preset", "Name of the new preset:")
        name = name.strip()
        if ok and name:
            params = replace(self.sampling(), stop=())
            self.add_preset(name, params)
            self.presetSaved.emit(name, params)

    def _emit(self) -> None:
        self.top_p.setEnabled(self.top_p_on.isChecked())
        self.seed.setEnabled(self.seed_on.isChecked())
        if not self._updating:
            self.samplingChanged.emit(self.sampling())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), 300))
        return hint
