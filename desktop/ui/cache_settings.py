"""Settings → Conversation cache: the disk budget for the engine's saved conversation states,
the space they take now and a button that clears them (counted and cleared off the GUI thread).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import kv_files, paths
from desktop.core.settings import KV_BUDGET_RANGE
from desktop.models.locale_format import size
from desktop.services.background import Background
from desktop.services.preferences import Preferences
from desktop.ui.page_text import note

GB = 1000**3  # decimal, as every other size in the window (locale_format.size)
STEP_GB = 0.5


class CacheSettings(QWidget):
    """The Conversation cache section: the budget goes to Preferences at once (the app
    passes it on to the engine); the space in use is counted when the page is shown, after
    a change and after a clear."""

    usageShown = Signal(object)  # int bytes, once the count is on screen
    cleared = Signal(int)  # files removed by Clear cache (the new figure follows)

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        # Each job on a thread of its own that ends with it: a page that closes leaves no
        # pool behind, and a count or a clear owns nothing that needs closing.
        self._jobs = Background(max_workers=None, name="hearth-kv-cache", parent=self)
        self._asked = 0  # the latest count asked for: an older one's answer is stale
        self._clearing = False
        self.budget = QDoubleSpinBox()
        self.budget.setObjectName("kvBudget")
        self.budget.setDecimals(1)
        self.budget.setRange(KV_BUDGET_RANGE[0] / GB, KV_BUDGET_RANGE[1] / GB)
        self.budget.setSingleStep(STEP_GB)
        self.budget.setSuffix(self.tr(" GB", "size unit, after the number"))
        self.budget.setSpecialValueText(self.tr("Off", "no conversation states are saved"))
        self.budget.setKeyboardTracking(False)  # saved when typing ends, not per digit
        self.budget.setToolTip(
            self.tr("The most disk space saved conversation states may take; Off saves none")
        )
        self.budget.setAccessibleName(self.tr("Conversation cache size"))
        self.budget.setAccessibleDescription(self.budget.toolTip())
        self.in_use = QLabel()
        self.in_use.setObjectName("kvUsage")
        self.clear_button = QPushButton(self.tr("Clear cache"))
        self.clear_button.setObjectName("kvClear")
        self.clear_button.setAccessibleName(self.tr("Clear the conversation cache"))
        self.clear_button.setToolTip(
            self.tr("Delete every saved conversation state (your conversations stay)")
        )
        self.clear_button.setAccessibleDescription(self.clear_button.toolTip())
        usage_row = QHBoxLayout()
        usage_row.addWidget(self.in_use, 1)
        usage_row.addWidget(self.clear_button)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        budget_label = QLabel(self.tr("Disk space"))
        budget_label.setBuddy(self.budget)
        self.form.addRow(budget_label, self.budget)
        self.form.addRow(self.tr("In use"), usage_row)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(
            note(
                self.tr(
                    "Replies to a conversation you reopen start at once, because the engine "
                    "saves its state on this computer; this caps the disk space it takes, and "
                    "the least recently used conversations go first."
                )
            )
        )
        outer.addLayout(self.form)
        self.show_budget()
        self.budget.valueChanged.connect(self._budget_chosen)
        self.clear_button.clicked.connect(self.clear)
        preferences.kvBudgetChanged.connect(self.show_budget)

    # --- what Preferences holds, shown -------------------------------------------------

    def show_budget(self, *_: object) -> None:
        """The budget as Preferences has it (not echoed back to it)."""
        self.budget.blockSignals(True)
        try:
            self.budget.setValue(self.preferences.kv_budget / GB)
        finally:
            self.budget.blockSignals(False)

    def refresh(self) -> None:
        """Count the space the saved states take, off the GUI thread; the figure follows."""
        self._asked += 1
        asked, folder = self._asked, paths.kv_cache_dir()
        if not self.in_use.text():
            self.in_use.setText(self.tr("Counting…"))
        self._jobs.submit(
            lambda: kv_files.usage(folder),
            lambda n_bytes: self._show_usage(asked, n_bytes),
            self._failed,
        )

    def _show_usage(self, asked: int, n_bytes: int) -> None:
        if asked != self._asked or self._clearing:  # a newer count, or a clear, follows
            return
        self.in_use.setText(size(n_bytes))  # beside its "In use" label
        self.usageShown.emit(n_bytes)

    def _failed(self, sentence: str) -> None:
        self._clearing = False
        self.clear_button.setEnabled(True)
        self.in_use.setText(sentence)

    # --- what the person asks -----------------------------------------------------------

    def _budget_chosen(self, value: float) -> None:
        self.preferences.set_kv_budget(round(value * GB))
        self.refresh()

    def clear(self) -> None:
        """Delete every saved state (a background job), then show the new figure."""
        if self._clearing:
            return
        self._clearing = True
        self.clear_button.setEnabled(False)
        self.in_use.setText(self.tr("Clearing…"))
        folder = paths.kv_cache_dir()
        self._jobs.submit(lambda: kv_files.clear(folder), self._cleared, self._failed)

    def _cleared(self, removed: int) -> None:
        self._clearing = False
        self.clear_button.setEnabled(True)
        self.cleared.emit(removed)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # the engine saved or evicted states since the page was last seen
        super().showEvent(event)
