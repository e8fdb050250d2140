"""ModelPicker: the toolbar's model list: the starter, library files, then connections' models."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.core import paths
from desktop.core.connections import parse_remote_key, remote_key, remote_label
from desktop.core.models import names
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.services.connection_jobs import ConnectionModels

STARTER_LABEL = paths.STARTER_LABEL
# English sources; the picker shows them through translate("ModelPicker", ...).
CONNECTIONS_HEADER = QT_TRANSLATE_NOOP("ModelPicker", "On other servers")
OFFLINE_LABEL = QT_TRANSLATE_NOOP("ModelPicker", "{name}: blocked in offline mode")
UNREACHABLE_LABEL = QT_TRANSLATE_NOOP("ModelPicker", "{name}: no models (hover for why)")


class ModelPicker(QComboBox):
    """Each entry's data is a model key: 'starter', a file path or remote://NAME/ID. A
    connection's models read “NAME / model id”, under a header that cannot be chosen; a
    connection that lists none (offline mode, unreachable) is one disabled entry whose
    tooltip says why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library_values: set[str] = set()
        self._remote: list[ConnectionModels] = []
        self._hint = ""
        self.setAccessibleName(self.tr("Model"))
        self.setAccessibleDescription(self.tr("The model the chat uses"))
        self.addItem(STARTER_LABEL, paths.STARTER_NAME)
        # A long model name is elided in a narrow toolbar: the tooltip carries all of it.
        self.currentIndexChanged.connect(lambda _: self._update_tip())
        self._update_tip()

    # --- public ------------------------------------------------------------------------

    def set_hint(self, hint: str) -> None:
        """What the picker is for, shown in its tooltip under the current model's name."""
        self._hint = hint
        self._update_tip()

    def add_choice(self, label: str, value: str) -> None:
        """Select value, adding it (as label; a remote model by its own name) if missing."""
        index = self.findData(value)
        if index < 0:
            self.addItem(remote_label(value) if parse_remote_key(value) else label, value)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def set_library_models(self, choices: Sequence[tuple[str, str]]) -> None:
        """The starter, then the library's models (label, path), then any other file opened
        earlier, then the connections' models; the current choice stays selected."""
        listed = {value for _, value in choices}
        others = [
            (label, value)
            for label, value in self._local_entries()
            if value not in listed and value not in self._library_values
        ]
        self._library_values = listed
        self._rebuild([*choices, *others])

    def set_remote_models(self, connections: Sequence[ConnectionModels]) -> None:
        """The connections' models (as ConnectionJobs listed them), after the local ones."""
        self._remote = list(connections)
        self._rebuild(self._local_entries())

    def name_of(self, value: str) -> str:
        """What the model with this key is called here (as the picker lists it)."""
        if parse_remote_key(value):
            return remote_label(value)
        index = self.findData(value)
        return self.itemText(index) if index >= 0 else names.file_display_name(value)

    # --- internals ---------------------------------------------------------------------

    def _local_entries(self) -> list[tuple[str, str]]:
        """The files listed now (label, path), the starter and remote entries left out."""
        found = []
        for i in range(self.count()):
            value = self.itemData(i)
            local = isinstance(value, str) and value and parse_remote_key(value) is None
            if local and value != paths.STARTER_NAME:
                found.append((self.itemText(i), value))
        return found

    def _rebuild(self, local: Sequence[tuple[str, str]]) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(STARTER_LABEL, paths.STARTER_NAME)
        for label, value in local:
            if value != paths.STARTER_NAME:
                self.addItem(label, value)
        self._add_remote(current if isinstance(current, str) else "")
        index = self.findData(current)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        self._update_tip()

    def _update_tip(self) -> None:
        self.setToolTip("\n".join(filter(None, (self.currentText(), self._hint))))

    def _add_remote(self, current: str) -> None:
        keys = [remote_key(c.name, m) for c in self._remote for m in c.model_ids]
        # The model in use stays listed while its server cannot be reached.
        missing = [current] if parse_remote_key(current) and current not in keys else []
        if not self._remote and not missing:
            return
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        self.addItem(QCoreApplication.translate("ModelPicker", CONNECTIONS_HEADER), "")
        header = model.item(self.count() - 1)
        header.setEnabled(False)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        for connection in self._remote:
            for model_id in connection.model_ids:
                key = remote_key(connection.name, model_id)
                self.addItem(remote_label(key), key)
                self.setItemData(
                    self.count() - 1,
                    self.tr("{model} on the server at {url}").format(
                        model=model_id, url=connection.base_url
                    ),
                    Qt.ItemDataRole.ToolTipRole,
                )
            if connection.problem:
                template = OFFLINE_LABEL if connection.blocked else UNREACHABLE_LABEL
                label = QCoreApplication.translate("ModelPicker", template)
                self.addItem(label.format(name=connection.name), "")
                self.setItemData(self.count() - 1, connection.problem, Qt.ItemDataRole.ToolTipRole)
                item = model.item(self.count() - 1)
                item.setEnabled(False)
        for key in missing:
            self.addItem(remote_label(key), key)
