"""The parameters panel: sampling (built from the declared fields), system prompt, the
replies' JSON schema (ui.schema_field), the load.

About 840 lines: one panel whose groups share the preset, pause timers and reload
wiring (the load's choices, cache types and draft model, are in ui.load_options); the
stop-string text helpers are here because only this field reads that text, the preset's
box because only this panel sizes it (it scrolls down, never sideways), and the translated
texts of the fields core declares (field_title, field_tooltip) because only this panel
shows them (a module of their own is the next step if another view needs them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.fields import LOAD, SAMPLING_FIELDS, STOP, Field, TextsField
from desktop.core.types import PRESETS, LoadParams, OutputFormat, SamplingParams
from desktop.models.locale_format import number
from desktop.ui import icons
from desktop.ui.load_options import LoadOptions, ReloadRequest
from desktop.ui.preset_menu import PresetMenu, preset_label
from desktop.ui.schema_field import SchemaField

INT32_MAX = 2**31 - 1  # QSpinBox's limit: a larger whole number goes in a QDoubleSpinBox
PRESET_MAX_WIDTH = 220  # a longer preset name is elided in the box (whole in its tooltip)
MIN_WIDTH = 240  # the panel's least width; wider when its groups need more (never sideways)
PRESET_MIN_LETTERS = 6  # the preset box's least width, in letters (the name is elided)
MIN_HEIGHT = 160


def edited_name(name: str) -> str:
    """A preset's name when a value differs from it: "Balanced (edited)"."""
    return QCoreApplication.translate("params_panel", "{preset} (edited)").format(preset=name)


def preset_tip() -> str:
    return QCoreApplication.translate(
        "params_panel",
        "Saved sets of sampling parameters. “(edited)”: a value differs from the preset.",
    )


def tips() -> dict[str, str]:
    """The load fields' and text fields' help, in the window's language (read at use)."""
    return {
        "stop": QCoreApplication.translate(
            "params_panel",
            "{help} One per line; write \\n for a line break inside one (for example "
            "\\nUser:), \\t for a tab and \\\\ for a backslash.",
        ).format(help=field_tooltip(STOP)),
        "system_prompt": QCoreApplication.translate(
            "params_panel",
            "Instructions the model sees before the conversation. Always kept, even when old "
            "messages are left out to fit the context.",
        ),
        "n_ctx": QCoreApplication.translate(
            "params_panel",
            "How many tokens the model can see at once: the conversation and the reply. "
            "Larger uses more memory. Applied when the model is loaded again.",
        ),
        "n_threads": QCoreApplication.translate(
            "params_panel",
            "CPU threads for the engine. Auto (the lowest value) is one per physical core. "
            "Applied when the model is loaded again.",
        ),
        "n_gpu_layers": QCoreApplication.translate(
            "params_panel",
            "How many of the model's layers run on the GPU: 0 runs it on the CPU only, the far "
            "end puts every layer there. Applied when the model is loaded again.",
        ),
        "gpu_auto": QCoreApplication.translate(
            "params_panel",
            "Let Hearth choose the GPU layers from the model's size and the memory free on the "
            "GPU and in RAM (an estimate). Untick to choose them yourself.",
        ),
    }


def switch_tips() -> dict[str, str]:
    """What unticking an optional field means."""
    return {
        "top_p": QCoreApplication.translate("params_panel", "Untick to switch top-p off."),
        "seed": QCoreApplication.translate(
            "params_panel", "Untick for a new random seed for each reply."
        ),
    }


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def field_title(field: Field | TextsField) -> str:
    """How a form labels a field declared in core, translated: "Top-p", "Repeat window"."""
    return _capital(QCoreApplication.translate("fields", field.label))


def _value(field: Field, value: float) -> str:
    whole = isinstance(value, int) or float(value).is_integer()
    return number(value) if whole else number(value, field.decimals)


def range_text(field: Field) -> str:
    """The allowed values in words and the locale's digits (core.fields.range_text's
    English, translated)."""
    low, high = _value(field, field.low), _value(field, field.high)
    if field.low_open:
        text = QCoreApplication.translate("params_panel", "above {low} and at most {high}").format(
            low=low, high=high
        )
    else:
        text = QCoreApplication.translate("params_panel", "between {low} and {high}").format(
            low=low, high=high
        )
    if field.special:
        named = QCoreApplication.translate("params_panel", ", ").join(
            QCoreApplication.translate("params_panel", "{value} ({meaning})").format(
                value=number(v), meaning=QCoreApplication.translate("fields", meaning)
            )
            for v, meaning in field.special.items()
        )
        text = QCoreApplication.translate("params_panel", "{special}, or {range}").format(
            special=named, range=text
        )
    return text


def field_tooltip(field: Field | TextsField) -> str:
    """A field's help as sentences (with its allowed values), translated."""
    help_text = _capital(QCoreApplication.translate("fields", field.help))
    if isinstance(field, TextsField):
        return QCoreApplication.translate("params_panel", "{help}.").format(help=help_text)
    return QCoreApplication.translate("params_panel", "{help}. Allowed: {range}.").format(
        help=help_text, range=range_text(field)
    )


def describe_gpu_layers(used: int, n_layers: int) -> str:
    """How a number of GPU layers reads: "0 (CPU only)", "12 of 30", "all"."""
    if used == 0:
        return QCoreApplication.translate("params_panel", "{n} (CPU only)").format(n=number(0))
    if used < 0 or (n_layers and used > n_layers):
        if n_layers:
            return QCoreApplication.translate("params_panel", "all {n}").format(n=number(n_layers))
        return QCoreApplication.translate("params_panel", "all", "every GPU layer")
    if n_layers:
        return QCoreApplication.translate("params_panel", "{used} of {total}").format(
            used=number(used), total=number(n_layers)
        )
    return number(used)


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def stops_to_text(stops: tuple[str, ...]) -> str:
    """Stop strings as the field shows them: one per line, line breaks written as \\n."""
    return "\n".join(
        s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
        for s in stops
    )


def text_to_stops(text: str) -> tuple[str, ...]:
    """The field's text as stop strings (empty lines left out; see stops_to_text)."""
    stops: list[str] = []
    for line in text.split("\n"):
        out: list[str] = []
        chars = iter(line)
        for char in chars:
            if char == "\\":
                following = next(chars, "")
                out.append(_ESCAPES.get(following, "\\" + following))
            else:
                out.append(char)
        if out:
            stops.append("".join(out))
    return tuple(stops)


class TextField(QPlainTextEdit):
    """A text field Tab leaves (no keyboard trap); Ctrl+Tab types a literal tab."""

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.insertPlainText("\t")
            return
        super().keyPressEvent(event)


class PresetBox(QComboBox):
    """The preset chooser: asks to be as wide as its longest name up to PRESET_MAX_WIDTH and
    makes do with a few letters in a narrow panel; a name that does not fit is elided (Qt
    would cut it off mid-letter), whole in the tooltip."""

    def __init__(self) -> None:
        super().__init__()
        policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        self.setSizeAdjustPolicy(policy)
        self.setMinimumContentsLength(PRESET_MIN_LETTERS)
        self._wanted = 0

    def fit(self) -> None:
        """Ask for the width the longest name needs (capped), frame and arrow included."""
        metrics = self.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
            default=0,
        )
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        inner = QSize(min(longest, PRESET_MAX_WIDTH), metrics.height())
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, inner, self)
        if size.width() != self._wanted:
            self._wanted = size.width()
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._wanted), hint.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit()  # the names' widths changed with the font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width() - 2
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def _box(field: Field) -> QSpinBox | QDoubleSpinBox:
    """A spin box for a declared field: its range (special values included), step, help."""
    box: QSpinBox | QDoubleSpinBox
    if field.kind is int and field.high <= INT32_MAX:
        box = QSpinBox()
        box.setRange(int(field.lowest), int(field.high))
        box.setSingleStep(int(field.step))
    else:
        # QSpinBox holds an int32; a double holds every whole number up to 2**53 exactly.
        box = QDoubleSpinBox()
        box.setDecimals(0 if field.kind is int else field.decimals)
        box.setRange(field.lowest, field.high)
        box.setSingleStep(field.step)
    box.setObjectName(field.name)
    box.setToolTip(field_tooltip(field))
    # Named after its field (the form's label is a separate widget a reader may not join).
    box.setAccessibleName(field_title(field))
    box.setAccessibleDescription(field_tooltip(field))
    box.setKeyboardTracking(False)
    return box


class ParamsPanel(QWidget):
    """Edits SamplingParams, the system prompt and the load settings; every range checked."""

    samplingChanged = Signal(object)  # SamplingParams
    systemPromptChanged = Signal(str)
    outputFormatChanged = Signal(object)  # OutputFormat | None (free text)
    reloadRequested = Signal(object)  # load_options.ReloadRequest
    # name, SamplingParams, system prompt ("" none): asked for; add_preset shows it
    presetSaved = Signal(str, object, str)
    presetRenameRequested = Signal(str, str)  # old, new: asked for; rename_preset shows it
    presetDeleteRequested = Signal(str)  # asked for; remove_preset shows it

    def __init__(self, presets: dict[str, SamplingParams] | None = None) -> None:
        super().__init__()
        self.setObjectName("paramsPanel")
        self._presets = dict(presets or PRESETS)
        self._preset_prompts: dict[str, str] = {}  # a user preset's system prompt
        self._base = "Balanced"  # the preset the values started from
        self._updating = False

        self.preset = PresetBox()
        self.preset.setObjectName("preset")
        self.preset.setToolTip(preset_tip())
        self.preset.setAccessibleName(self.tr("Preset"))
        # An icon, not a word: the preset's name keeps the row's room in a narrow panel.
        self.save_preset = QToolButton()
        self.save_preset.setObjectName("savePreset")
        self.save_preset.setText(self.tr("Save as…"))
        self.save_preset.setAccessibleName(self.tr("Save as a new preset"))
        self.save_preset.setToolTip(self.tr("Save the current parameters as a new preset."))
        self.save_preset.setAccessibleDescription(self.save_preset.toolTip())
        icons.attach(self.save_preset, "mdi6.content-save-outline", text_until_loaded=True)
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.preset, 1)
        preset_row.addWidget(self.save_preset)
        self.preset_menu = PresetMenu(self.preset_name)
        self.preset_menu.saveRequested.connect(self._save_preset)
        self.preset_menu.renameRequested.connect(self.presetRenameRequested)
        self.preset_menu.deleteRequested.connect(self.presetDeleteRequested)
        preset_row.addWidget(self.preset_menu)

        sampling = QGroupBox(self.tr("Sampling"))
        form = QFormLayout(sampling)
        # A narrow panel puts a field under its label rather than squeezing it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # Under its label, across the group: the preset's name has the group's width.
        preset_label = QLabel(self.tr("Preset"))
        preset_label.setBuddy(self.preset)
        form.addRow(preset_label)
        form.addRow(preset_row)
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.switches: dict[str, QCheckBox] = {}  # the optional fields: unticked is None
        for field in SAMPLING_FIELDS:
            box = self.spins[field.name] = _box(field)
            title = field_title(field)
            if not field.optional:
                form.addRow(self._buddy(title, box), box)
                continue
            switch = self.switches[field.name] = QCheckBox()
            switch.setObjectName(f"{field.name}_on")
            switch.setToolTip(f"{field_tooltip(field)} {switch_tips().get(field.name, '')}".strip())
            switch.setAccessibleName(self.tr("Use {field}").format(field=title))
            switch.setAccessibleDescription(switch.toolTip())
            row = QHBoxLayout()
            row.addWidget(switch)
            row.addWidget(box, 1)
            form.addRow(self._buddy(title, box), row)
        self.stop = TextField()
        self.stop.setObjectName("stop")
        self.stop.setToolTip(tips()["stop"] + " " + self.tr("Ctrl+Tab types a tab."))
        self.stop.setPlaceholderText(self.tr("one per line, e.g. \\nUser:"))
        self.stop.setMaximumHeight(60)
        self.stop.setAccessibleName(field_title(STOP))
        self.stop.setAccessibleDescription(self.stop.toolTip())
        form.addRow(self._buddy(field_title(STOP), self.stop), self.stop)

        self.system_prompt = TextField()
        self.system_prompt.setObjectName("systemPrompt")
        self.system_prompt.setToolTip(
            tips()["system_prompt"] + " " + self.tr("Ctrl+Tab types a tab.")
        )
        self.system_prompt.setPlaceholderText(self.tr("You are a helpful assistant."))
        self.system_prompt.setAccessibleName(self.tr("System prompt"))
        self.system_prompt.setAccessibleDescription(self.system_prompt.toolTip())
        self.system_prompt.setMaximumHeight(110)
        self.prompt_source = QLabel()
        self.prompt_source.setObjectName("promptSource")
        self.prompt_source.setWordWrap(True)
        self._default_prompt = ""
        self._uses_default = True
        system = QGroupBox(self.tr("System prompt"))
        system_column = QVBoxLayout(system)
        system_column.addWidget(self.system_prompt)
        system_column.addWidget(self.prompt_source)
        # The replies' shape: apart from SamplingParams (a preset never changes it).
        self.schema = SchemaField()
        self.schema.changed.connect(self.outputFormatChanged)

        self.n_ctx = QSpinBox()
        # 0 is the field's special value (the model's own length), shown as words.
        self.n_ctx.setRange(0, int(LOAD["n_ctx"].high))
        self.n_ctx.setSpecialValueText(
            _capital(QCoreApplication.translate("fields", LOAD["n_ctx"].special[0]))
        )
        self.n_ctx.setSingleStep(256)
        self.n_ctx.setToolTip(tips()["n_ctx"])
        self.n_ctx.setAccessibleName(self.tr("Context"))
        self.n_ctx.setAccessibleDescription(tips()["n_ctx"])
        self.n_ctx.setKeyboardTracking(False)
        self.n_threads = QSpinBox()
        self.n_threads.setRange(0, int(LOAD["n_threads"].high))  # 0 shows "auto": None
        self.n_threads.setSpecialValueText(self.tr("auto", "threads: the engine chooses"))
        self.n_threads.setToolTip(tips()["n_threads"])
        self.n_threads.setAccessibleName(self.tr("Threads"))
        self.n_threads.setAccessibleDescription(tips()["n_threads"])
        self.n_threads.setKeyboardTracking(False)
        self.gpu_auto = QCheckBox(self.tr("Auto"))
        self.gpu_auto.setObjectName("gpuAuto")
        self.gpu_auto.setToolTip(tips()["gpu_auto"])
        self.gpu_auto.setAccessibleName(self.tr("Choose the GPU layers automatically"))
        self.gpu_auto.setAccessibleDescription(tips()["gpu_auto"])
        self.gpu_auto.setChecked(True)
        self.gpu_layers = QSlider(Qt.Orientation.Horizontal)
        self.gpu_layers.setObjectName("gpuLayers")
        self.gpu_layers.setToolTip(tips()["n_gpu_layers"])
        self.gpu_layers.setAccessibleName(self.tr("GPU layers"))
        self.gpu_layers.setRange(0, 1)  # 0 and "all" until a model says how many layers it has
        self.gpu_layers.setEnabled(False)
        self.gpu_layers_value = QLabel("")
        self.gpu_layers_value.setObjectName("gpuLayersValue")
        self.gpu_layers_value.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(describe_gpu_layers(888, 888))
        )
        gpu_row = QHBoxLayout()
        gpu_row.addWidget(self.gpu_auto)
        gpu_row.addWidget(self.gpu_layers, 1)
        gpu_row.addWidget(self.gpu_layers_value)
        self._n_layers = 0  # of the loaded model; 0 before the first load
        self._used_layers: int | None = None  # what the engine used in the last load
        self._fit_note = ""
        self._load_path = ""  # the model the layer count and trained context belong to
        self.reload = QPushButton(self.tr("Reload model"))
        self.reload.setToolTip(self.tr("Load the model again with these settings."))
        self.reload.setAccessibleDescription(self.reload.toolTip())
        engine = QGroupBox(self.tr("Model"))
        engine_form = QFormLayout(engine)
        engine_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        engine_form.addRow(self._buddy(self.tr("Context"), self.n_ctx), self.n_ctx)
        engine_form.addRow(self._buddy(self.tr("Threads"), self.n_threads), self.n_threads)
        engine_form.addRow(self._buddy(self.tr("GPU layers"), self.gpu_layers), gpu_row)
        self.load_options = LoadOptions(self)  # KV cache types, speculative, draft model
        self.load_options.add_rows(engine_form)
        engine_form.addRow(self.reload)

        # The groups scroll inside the panel: a short or narrow window is never forced bigger.
        content = QWidget()
        content.setObjectName("paramsContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 4, 4, 4)  # the groups' own frames give the room
        column.addWidget(sampling)
        column.addWidget(system)
        column.addWidget(self.schema)
        column.addWidget(engine)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("paramsScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # Never sideways: the panel is at least as wide as the content's minimum (see
        # minimumSizeHint), and the content's fields shrink and labels wrap down to it.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        content.installEventFilter(self)  # its minimum width is the panel's: see eventFilter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

        # Text fields are taken when the person pauses typing, not on every keystroke.
        self._stop_timer = self._pause_timer(self._emit)
        self._prompt_timer = self._pause_timer(
            lambda: self.systemPromptChanged.emit(self.system_prompt.toPlainText())
        )
        self._fill_presets()
        self.set_sampling(self._presets[self._base])
        for box in self.spins.values():
            box.valueChanged.connect(self._emit)
        for switch in self.switches.values():
            switch.toggled.connect(self._emit)
        self.preset.currentIndexChanged.connect(self._choose_preset)
        self.save_preset.clicked.connect(self._save_preset)
        self.stop.textChanged.connect(self._stop_edited)
        self.system_prompt.textChanged.connect(self._prompt_edited)
        self.gpu_auto.toggled.connect(self._show_gpu_layers)
        self.gpu_layers.valueChanged.connect(self._show_gpu_layers)
        self._show_gpu_layers()
        self._show_prompt_source()
        self.reload.clicked.connect(lambda: self.reloadRequested.emit(self.reload_request()))

    @staticmethod
    def _buddy(text: str, field: QWidget) -> QLabel:
        """A form row's label joined to its field (Alt+letter, and readers name the field)."""
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def _pause_timer(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(400)
        timer.timeout.connect(slot)
        return timer

    # --- sampling ----------------------------------------------------------------------

    def sampling(self) -> SamplingParams:
        values: dict[str, Any] = {}
        for field in SAMPLING_FIELDS:
            switch = self.switches.get(field.name)
            if switch is not None and not switch.isChecked():
                values[field.name] = None
                continue
            value = self.spins[field.name].value()
            values[field.name] = int(value) if field.kind is int else round(value, field.decimals)
        params = SamplingParams(**values, stop=text_to_stops(self.stop.toPlainText()))
        params.validate()
        return params

    def set_sampling(self, params: SamplingParams, preset: str | None = None) -> None:
        """Show params (not an edit: nothing is emitted); preset is the one they started
        from (None: unchanged), shown with "(edited)" when a value differs from it."""
        self._updating = True
        try:
            for field in SAMPLING_FIELDS:
                value = getattr(params, field.name)
                switch = self.switches.get(field.name)
                if switch is not None:
                    switch.setChecked(value is not None)
                box = self.spins[field.name]
                shown = value if value is not None else (field.off or field.neutral or 0)
                if isinstance(box, QSpinBox):
                    box.setValue(int(shown))
                else:
                    box.setValue(float(shown))
                box.setEnabled(value is not None)
            self._stop_timer.stop()
            if stops_to_text(params.stop) != self.stop.toPlainText():
                self.stop.setPlainText(stops_to_text(params.stop))
        finally:
            self._updating = False
        if preset is not None and preset in self._presets:
            self._base = preset
        self._show_preset()

    def preset_name(self) -> str:
        """The preset the values started from (the label adds "(edited)" when they differ)."""
        return self._base

    def add_preset(self, name: str, params: SamplingParams, system_prompt: str = "") -> None:
        """A new (or changed) preset, with the system prompt choosing it sets ("" none); the
        current values show as it when they match."""
        self._presets[name] = params
        self._preset_prompts[name] = system_prompt
        if params == self.sampling():
            self._base = name
        self._fill_presets()

    def _fill_presets(self) -> None:
        self._updating = True
        try:
            self.preset.clear()
            for name in self._presets:
                self.preset.addItem(preset_label(name), name)  # shown translated, keyed English
        finally:
            self._updating = False
        self._show_preset()

    def _show_preset(self) -> None:
        """Select the preset in effect, or an "(edited)" entry when a value differs from it."""
        params = self.sampling()
        if self._presets.get(self._base) != params:
            same = next((n for n, p in self._presets.items() if p == params), None)
            self._base = same or self._base
        edited = self._presets.get(self._base) != params
        self._updating = True
        try:
            last = self.preset.count() - 1
            if last >= 0 and self.preset.itemData(last) is None:
                self.preset.removeItem(last)
            if edited:
                self.preset.addItem(edited_name(preset_label(self._base)), None)
                self.preset.setCurrentIndex(self.preset.count() - 1)
            else:
                self.preset.setCurrentIndex(self.preset.findData(self._base))
        finally:
            self._updating = False
        self.preset.fit()
        self.preset.setToolTip(f"{self.preset.currentText()}\n{preset_tip()}")

    def rename_preset(self, old: str, new: str) -> None:
        """A preset renamed (its place in the list kept)."""
        if old not in self._presets:
            return
        self._presets = {(new if k == old else k): v for k, v in self._presets.items()}
        self._preset_prompts[new] = self._preset_prompts.pop(old, "")
        if self._base == old:
            self._base = new
        self._fill_presets()

    def remove_preset(self, name: str) -> None:
        """A preset deleted: the values stay, shown as edited from Balanced."""
        self._presets.pop(name, None)
        self._preset_prompts.pop(name, None)
        if self._base == name:
            self._base = "Balanced"
        self._fill_presets()

    def _choose_preset(self, index: int) -> None:
        name = self.preset.itemData(index)
        if self._updating or name not in self._presets:
            return
        self.set_sampling(self._presets[name], preset=name)
        self.samplingChanged.emit(self.sampling())
        prompt = self._preset_prompts.get(name, "")
        if prompt:  # a preset saved with a system prompt sets it
            self.set_system_prompt(prompt)
            self.systemPromptChanged.emit(prompt)

    def _save_preset(self, with_prompt: bool = False) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save preset"), self.tr("Name of the new preset:")
        )
        name = name.strip()
        prompt = self.system_prompt.toPlainText().strip() if with_prompt else ""
        if ok and name:
            self.presetSaved.emit(name, self.sampling(), prompt)

    def _stop_edited(self) -> None:
        if not self._updating:
            self._stop_timer.start()

    def _emit(self) -> None:
        for name, switch in self.switches.items():
            self.spins[name].setEnabled(switch.isChecked())
        if not self._updating:
            self._stop_timer.stop()
            self._show_preset()
            self.samplingChanged.emit(self.sampling())

    # --- system prompt -----------------------------------------------------------------

    def set_system_prompt(self, text: str) -> None:
        """Show a conversation's system prompt (not an edit: nothing is emitted)."""
        self._prompt_timer.stop()
        if text != self.system_prompt.toPlainText():
            self._updating = True
            try:
                self.system_prompt.setPlainText(text)
            finally:
                self._updating = False

    def set_default_system_prompt(self, text: str) -> None:
        """The prompt new chats start with (Settings), for the line under the field."""
        self._default_prompt = text.strip()
        self._show_prompt_source()

    def set_prompt_source(self, uses_default: bool) -> None:
        """Whether the chat shown uses the default system prompt or its own."""
        self._uses_default = uses_default
        self._show_prompt_source()

    def _prompt_edited(self) -> None:
        if not self._updating:
            self._prompt_timer.start()

    def _show_prompt_source(self) -> None:
        """Says which system prompt the chat uses: the default one or its own."""
        if not self._uses_default:
            line = self.tr(
                "This chat's own system prompt (new chats start with the one in Settings)."
            )
        elif self._default_prompt:
            line = self.tr("The default system prompt for new chats (change it in Settings).")
        else:
            line = self.tr("No system prompt. A default one for new chats can be set in Settings.")
        self.prompt_source.setText(line)

    # --- the replies' format -----------------------------------------------------------

    def output_format(self) -> OutputFormat | None:
        """The JSON schema the replies must follow (None: free text)."""
        return self.schema.output_format()

    def set_output_format(self, output_format: OutputFormat | None) -> None:
        """Show a chat's output format (not an edit: nothing is emitted)."""
        self.schema.set_output_format(output_format)

    # --- the load ----------------------------------------------------------------------

    def set_load(
        self,
        n_ctx: int,
        n_threads: int,
        n_gpu_layers: int,
        n_layers: int = 0,
        auto: bool | None = None,
        note: str = "",
        n_ctx_train: int = 0,
        threads_auto: bool = False,
    ) -> None:
        """Show how the model was loaded: n_gpu_layers is what the engine used (-1: all),
        n_layers the model's layer count, auto whether the fit chose (None: unchanged),
        note the fit's sentence about it, n_ctx_train the model's trained context (the most
        the context field offers; 0: unknown, unchanged), threads_auto whether the threads
        were left to the engine (shown as auto, with the number it used)."""
        if n_ctx_train > 0:
            self.n_ctx.setMaximum(max(n_ctx_train, self.n_ctx.minimum()))
        self.n_ctx.setValue(n_ctx)
        self.n_threads.setValue(0 if threads_auto else n_threads)
        self.n_threads.setToolTip(
            tips()["n_threads"] + "\n" + self.tr("The engine uses {n}.").format(n=number(n_threads))
            if threads_auto
            else tips()["n_threads"]
        )
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

    def show_load_request(self, params: LoadParams) -> None:
        """Show the values a load asks for (before it ends, or after it failed): what
        Reload would ask for again. Another model's layer count and context are forgotten."""
        if params.path != self._load_path:
            self._load_path = params.path
            self._n_layers, self._used_layers, self._fit_note = 0, None, ""
            self.set_kv_note("")  # another model's figures
            self.n_ctx.setMaximum(int(LOAD["n_ctx"].high))
            asked = params.n_gpu_layers or 0
            self.gpu_layers.setRange(0, max(asked + 1, 1))
        self.n_ctx.setValue(params.n_ctx)
        self.n_threads.setValue(params.n_threads or 0)
        self.n_threads.setToolTip(tips()["n_threads"])
        if params.n_gpu_layers is not None:
            top = self.gpu_layers.maximum()
            layers = params.n_gpu_layers
            self.gpu_layers.setValue(top if layers < 0 else min(layers, top))
        self.gpu_auto.setChecked(params.n_gpu_layers is None)
        self._show_gpu_layers()
        self.load_options.show_params(params)

    def reload_request(self) -> ReloadRequest:
        """What Reload asks for: the values shown in the Model group."""
        n_ctx = LOAD["n_ctx"].clamp(self.n_ctx.value())
        options = self.load_options
        return ReloadRequest(
            int(n_ctx or 0),
            self.threads(),
            self.n_gpu_layers(),
            type_k=options.choice("type_k"),
            type_v=options.choice("type_v"),
            speculative=options.choice("speculative"),
            draft_model=options.draft_model(),
        )

    def set_draft_candidates(self, items: list[tuple[str, str]]) -> None:
        """The draft models to offer (label, path) after "None"; the choice is kept when
        still offered."""
        self.load_options.set_draft_candidates(items)

    def set_kv_note(self, text: str) -> None:
        """The fit's sentence on what context each KV cache type buys ("" hides it)."""
        self.load_options.set_kv_note(text)

    def threads(self) -> int | None:
        """What a reload asks for: None (auto, one per physical core) or that many."""
        return self.n_threads.value() or None

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
                self.gpu_layers_value.setText(self.tr("auto", "GPU layers: the fit chooses"))
                tip = self.tr("Hearth chooses when the model is loaded.")
            else:
                used = describe_gpu_layers(self._used_layers, self._n_layers)
                self.gpu_layers_value.setText(used)
                tip = (
                    self.tr(
                        "Chosen by the fit for this model and this computer's memory: {used} "
                        "layers on the GPU. Untick Auto to choose yourself."
                    ).format(used=used)
                    if self._used_layers
                    else self.tr(
                        "Chosen by the fit: every layer runs on the CPU. Untick Auto to "
                        "choose yourself."
                    )
                )
                if self._fit_note:
                    tip = f"{tip}\n{self._fit_note}"
        else:
            value = self.n_gpu_layers()
            assert value is not None
            self.gpu_layers_value.setText(describe_gpu_layers(value, self._n_layers))
            tip = tips()["n_gpu_layers"]
        self.gpu_layers.setToolTip(tip)
        self.gpu_layers_value.setToolTip(tip)

    def sizeHint(self) -> QSize:
        """Wide enough for every group without scrolling sideways; as tall as they are."""
        inner = self.scroll_area.widget()
        content = inner.sizeHint() if inner is not None else QSize(300, 400)
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        return QSize(max(content.width() + bar, 300), content.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A scroll area hides its content's size changes from the splitter; the panel
        # passes them on (a longer preset name, the icon font loaded) so it is never
        # squeezed into scrolling sideways.
        if watched is self.scroll_area.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        """The content's least width and the vertical scroll bar's: nothing is ever cut off
        at the right nor scrolled to sideways."""
        inner = self.scroll_area.widget()
        least = inner.minimumSizeHint().width() if inner is not None else MIN_WIDTH
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        frame = 2 * self.scroll_area.frameWidth()
        return QSize(max(least + bar + frame, MIN_WIDTH), MIN_HEIGHT)
