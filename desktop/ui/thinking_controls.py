"""The chat's thinking switch and reasoning effort, shown only for a model that reads them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from desktop.core.types import Thinking
from desktop.ui import icons, metrics

DEFAULT_EFFORT = "medium"


def efforts() -> tuple[tuple[str, str], ...]:
    """The reasoning efforts: (shown, the template's value), read when the box is built."""
    return (
        (QCoreApplication.translate("thinking_controls", "Low", "reasoning effort"), "low"),
        (QCoreApplication.translate("thinking_controls", "Medium", "reasoning effort"), "medium"),
        (QCoreApplication.translate("thinking_controls", "High", "reasoning effort"), "high"),
    )


class ThinkingControls(QWidget):
    """ "Think" (a template's enable_thinking: Qwen3 and its kin) and "Reasoning effort"
    (gpt-oss). It shows and asks: `changed` carries the person's choice to the chat;
    set_support says which parts the loaded model reads (none: the whole row is hidden)."""

    changed = Signal(object)  # Thinking

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.switch = QCheckBox(self.tr("Think", "let the model think first"), self)
        self.switch.setObjectName("thinkingSwitch")
        self.switch.setChecked(True)  # these models think unless told not to
        self.switch.setToolTip(
            self.tr(
                "Let the model think before it answers (its thought shows apart, collapsed). "
                "Off: it answers at once."
            )
        )
        self.switch.setAccessibleName(self.tr("Think before answering"))
        self.switch.setAccessibleDescription(self.switch.toolTip())
        icons.attach(self.switch, "mdi6.head-lightbulb-outline")
        self.effort_label = QLabel(self.tr("Reasoning effort"), self)
        self.effort = QComboBox(self)
        self.effort.setObjectName("reasoningEffort")
        for text, value in efforts():
            self.effort.addItem(text, value)
        self.effort.setCurrentIndex(self.effort.findData(DEFAULT_EFFORT))
        self.effort.setToolTip(self.tr("How long the model reasons before it answers"))
        self.effort.setAccessibleName(self.tr("Reasoning effort"))
        self.effort.setAccessibleDescription(self.effort.toolTip())
        self.effort_label.setBuddy(self.effort)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(metrics.SPACE_S)
        row.addWidget(self.switch)
        row.addWidget(self.effort_label)
        row.addWidget(self.effort)
        self.set_support(False, False)
        self.switch.toggled.connect(self._changed)
        self.effort.currentIndexChanged.connect(self._changed)

    def set_support(self, switch: bool, effort: bool) -> None:
        """Show the parts the loaded model's template reads (Model info: ModelInfo.extra)."""
        self.switch.setVisible(switch)
        self.effort_label.setVisible(effort)
        self.effort.setVisible(effort)
        self.setVisible(switch or effort)

    def thinking(self) -> Thinking:
        """The choice shown now."""
        return Thinking(self.switch.isChecked(), str(self.effort.currentData()))

    def set_thinking(self, thinking: Thinking | None) -> None:
        """Show the chat's choice (None: the defaults) without asking anything."""
        chosen = thinking or Thinking(True, DEFAULT_EFFORT)
        for widget in (self.switch, self.effort):
            widget.blockSignals(True)
        self.switch.setChecked(chosen.enabled is not False)
        index = self.effort.findData(chosen.effort or DEFAULT_EFFORT)
        self.effort.setCurrentIndex(max(0, index))
        for widget in (self.switch, self.effort):
            widget.blockSignals(False)

    def _changed(self) -> None:
        self.changed.emit(self.thinking())
