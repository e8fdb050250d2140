"""The parameters panel's preset menu: save (with or without the system prompt), rename and
delete the person's own presets; the built-ins are offered but cannot be changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QToolButton, QWidget

from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.core.types import PRESETS
from desktop.ui import icons

BUILTIN_NOTE = QT_TRANSLATE_NOOP(
    "preset_menu", "Built-in presets come with Hearth and cannot be renamed or deleted."
)


def preset_label(name: str) -> str:
    """A preset's name as the window shows it: a built-in's in the window's language (its
    key stays English), the person's own as typed."""
    return QCoreApplication.translate("presets", name) if name in PRESETS else name


class PresetMenu(QToolButton):
    """A "⋯" button; current() names the preset in effect. Asks, and says what was asked
    for through its signals (Preferences decides and may refuse with a sentence)."""

    saveRequested = Signal(bool)  # with the system prompt
    renameRequested = Signal(str, str)  # old, new
    deleteRequested = Signal(str)

    def __init__(self, current: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presetMenu")
        self.setText("⋯")
        self.setToolTip(self.tr("Save, rename or delete presets"))
        self.setAccessibleName(self.tr("Preset actions"))
        self.setAccessibleDescription(self.tr("Save, rename or delete presets"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._current = current
        menu = QMenu(self)
        self.save_action = menu.addAction(self.tr("Save as a new preset…"))
        self.save_with_prompt_action = menu.addAction(self.tr("Save with the system prompt…"))
        self.save_with_prompt_action.setToolTip(
            self.tr("Choosing this preset later also sets the system prompt shown now")
        )
        menu.addSeparator()
        self.rename_action = menu.addAction(self.tr("Rename…"))
        self.delete_action = menu.addAction(self.tr("Delete", "delete a preset"))
        self.note_action = menu.addAction(QCoreApplication.translate("preset_menu", BUILTIN_NOTE))
        self.note_action.setEnabled(False)
        menu.setToolTipsVisible(True)
        self.setMenu(menu)
        icons.attach(self.save_action, "mdi6.content-save-outline")
        icons.attach(self.save_with_prompt_action, "mdi6.content-save-edit-outline")
        icons.attach(self.rename_action, "mdi6.rename-box")
        icons.attach(self.delete_action, "mdi6.delete-outline")
        menu.aboutToShow.connect(self.update_actions)
        self.save_action.triggered.connect(lambda: self.saveRequested.emit(False))
        self.save_with_prompt_action.triggered.connect(lambda: self.saveRequested.emit(True))
        self.rename_action.triggered.connect(self.rename)
        self.delete_action.triggered.connect(lambda: self.deleteRequested.emit(self._current()))
        self.update_actions()

    def update_actions(self) -> None:
        """Rename and Delete name the preset in effect; for a built-in they are off and the
        note says why."""
        name = self._current()
        builtin = name in PRESETS
        shown = preset_label(name)
        self.rename_action.setText(self.tr("Rename “{preset}”…").format(preset=shown))
        self.delete_action.setText(self.tr("Delete “{preset}”").format(preset=shown))
        self.rename_action.setEnabled(not builtin)
        self.delete_action.setEnabled(not builtin)
        self.note_action.setVisible(builtin)

    def rename(self) -> None:
        old = self._current()
        new, ok = QInputDialog.getText(
            self,
            self.tr("Rename preset"),
            self.tr("New name for “{preset}”:").format(preset=old),
            text=old,
        )
        if ok and new.strip() and new.strip() != old:
            self.renameRequested.emit(old, new.strip())
