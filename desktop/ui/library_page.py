"""The Library tab: every model Hearth can use, with Use, Import, Find, Verify, and Delete (for
Hearth's downloads) or Remove from library (for every other file, which stays on disk).

A little over 400 lines since its texts are translated and its actions have keys (Enter,
Delete) as well as buttons; the table's data is models/library_list.py."""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models.discovery import FoundModel
from desktop.core.models.library import LibraryModel
from desktop.core.models.names import library_display_name
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.models import locale_format
from desktop.models.download_list import english_plural
from desktop.models.library_list import LibraryListModel
from desktop.services.library_jobs import LibraryJobs
from desktop.ui import file_dialogs, icons
from desktop.ui.banner import Banner
from desktop.ui.vision_tag import tag_column

DELETE_LABEL = QT_TRANSLATE_NOOP("LibraryPage", "Delete…")
REMOVE_LABEL = QT_TRANSLATE_NOOP("LibraryPage", "Remove from library…")


class FoundDialog(QDialog):
    """GGUF files other apps downloaded: tick the ones to use in place (nothing is copied)."""

    def __init__(self, found: list[FoundModel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Models from other apps"))
        self.resize(640, 380)
        self.found = list(found)
        intro = QLabel(
            self.tr(
                "These model files were downloaded by other apps. Hearth can use them where "
                "they are: nothing is copied or downloaded again."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Models from other apps"))
        self.list.setAccessibleDescription(
            self.tr("Tick the models to use; Space ticks or unticks the current one.")
        )
        for f in self.found:
            item = QListWidgetItem(
                self.tr("{name}  ·  {app}  ·  {size}").format(
                    name=f.name, app=f.app, size=locale_format.size(f.size)
                )
            )
            item.setToolTip(str(f.path))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, str(f.path))
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(
            self.tr("Use the ticked models"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self._update()

    def checked_paths(self) -> list[Path]:
        return [
            Path(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _update(self) -> None:
        self.add_button.setEnabled(bool(self.checked_paths()))


class LibraryPage(QWidget):
    """The library table and its actions; all file work runs in LibraryJobs."""

    useRequested = Signal(str)  # 'starter' or a model path

    def __init__(
        self,
        jobs: LibraryJobs,
        in_use: Callable[[], Collection[Path]] = tuple,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self._in_use = in_use
        self.found_dialog: FoundDialog | None = None
        self.confirm_box: QMessageBox | None = None

        self.summary = QLabel(self.tr("Reading the library…"))
        self.summary.setObjectName("librarySummary")
        self.activity = QLabel()
        self.activity.setObjectName("libraryActivity")
        self.banner = Banner()
        self.model = LibraryListModel()
        self.view = QTableView()
        self.view.setObjectName("libraryTable")
        self.view.setAccessibleName(self.tr("Models in the library"))
        self.view.setAccessibleDescription(
            self.tr("Enter chats with the selected model; Delete deletes or removes it.")
        )
        self.view.setModel(self.model)
        tag_column(self.view)  # "Vision" after the names of models that read images
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setAccessibleName(self.tr("Library columns"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # activated: a double click, and Enter from the keyboard.
        self.view.activated.connect(lambda _: self.use_selected())
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)

        self.use_button = QPushButton(self.tr("Use", "verb: chat with a model"))
        self.use_button.setObjectName("useButton")
        self.use_button.setToolTip(self.tr("Chat with this model"))
        self.use_button.setAccessibleDescription(self.use_button.toolTip())
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_button.setToolTip(
            self.tr("Hash the file and compare it with what it should be")
        )
        self.verify_button.setAccessibleDescription(self.verify_button.toolTip())
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.delete_button = QPushButton(QCoreApplication.translate("LibraryPage", DELETE_LABEL))
        self.import_button = QPushButton(self.tr("Import model file…"))
        self.import_button.setToolTip(
            self.tr("Use a model file from disk where it is (it is not copied)")
        )
        self.import_button.setAccessibleDescription(self.import_button.toolTip())
        self.find_button = QPushButton(self.tr("Find models from other apps"))
        self.find_button.setToolTip(
            self.tr("Look for GGUF files LM Studio, llama.cpp, GPT4All, Jan or Ollama downloaded")
        )
        self.find_button.setAccessibleDescription(self.find_button.toolTip())
        for button, name in (
            (self.use_button, "mdi6.chat-outline"),
            (self.verify_button, "mdi6.shield-check-outline"),
            (self.folder_button, "mdi6.folder-outline"),
            (self.delete_button, "mdi6.delete-outline"),
            (self.import_button, "mdi6.file-upload-outline"),
            (self.find_button, "mdi6.magnify-scan"),
        ):
            icons.attach(button, name)
        self.use_button.clicked.connect(self.use_selected)
        self.verify_button.clicked.connect(self.verify_selected)
        self.folder_button.clicked.connect(self.show_selected_in_folder)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self._choose_files)
        self.find_button.clicked.connect(self.find_other_apps)

        # The sentences wrap on their own lines so that a narrow window never needs more
        # than the buttons' width.
        self.summary.setWordWrap(True)
        self.activity.setWordWrap(True)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.find_button)
        actions = QHBoxLayout()
        for button in (self.use_button, self.verify_button, self.folder_button):
            actions.addWidget(button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.banner)
        column.addWidget(self.summary)
        column.addLayout(top)
        column.addWidget(self.view, 1)
        column.addWidget(self.activity)
        column.addLayout(actions)

        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        jobs.listed.connect(self._listed)
        jobs.imported.connect(
            lambda m: self._say(
                self.tr("Added {name}; checking its file…").format(name=library_display_name(m))
            )
        )
        jobs.importFailed.connect(self._import_failed)
        jobs.hashProgress.connect(self.model.set_progress)
        jobs.verified.connect(self._verified)
        jobs.verifyFailed.connect(self._verify_failed)
        jobs.found.connect(self._found)
        jobs.discoverFailed.connect(self._discover_failed)
        jobs.deleted.connect(
            lambda path: self._say(self.tr("Deleted {name}.").format(name=Path(path).name))
        )
        jobs.deleteFailed.connect(lambda _path, sentence: self.banner.show_message(sentence))
        jobs.forgotten.connect(
            lambda path: self._say(
                self.tr("Removed {name} from the library; the file stays at {path}.").format(
                    name=Path(path).name, path=path
                )
            )
        )
        jobs.forgetFailed.connect(lambda _path, sentence: self.banner.show_message(sentence))
        jobs.failed.connect(self.banner.show_message)
        self._listed(jobs.models)
        self._selection_changed()

    # --- selection ---------------------------------------------------------------------

    def selected(self) -> LibraryModel | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.model_at(rows[0].row()) if rows else None

    def set_loaded(self, path: Path | str | None) -> None:
        """Mark the model the chat uses now (None when no model is loaded)."""
        self.model.set_loaded(path)

    def select_path(self, path: Path | str) -> bool:
        row = self.model.row_of(path)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    def _selection_changed(self, *_: QItemSelection) -> None:
        m = self.selected()
        for button in (self.use_button, self.verify_button, self.folder_button):
            button.setEnabled(m is not None)
        self.use_button.setEnabled(m is not None and m.error is None)
        self.delete_button.setEnabled(m is not None and m.source != "starter")
        # Only Hearth's own downloads are deleted; any other file is only taken off the list.
        label = DELETE_LABEL if m is None or m.downloaded else REMOVE_LABEL
        self.delete_button.setText(QCoreApplication.translate("LibraryPage", label))

    # --- listing -----------------------------------------------------------------------

    def _listed(self, models: list[LibraryModel]) -> None:
        keep = self.selected()
        self.model.set_models(models)
        total = sum(m.size for m in models)
        count = len(models)
        self.summary.setText(
            english_plural(
                QCoreApplication.translate(
                    "LibraryPage", "%Ln model(s) · {size} on disk", None, count
                ),
                count,
            ).format(size=locale_format.size(total))
        )
        if keep is not None:
            self.select_path(keep.path)
        self._selection_changed()

    def _say(self, text: str) -> None:
        self.activity.setText(text)

    # --- actions -----------------------------------------------------------------------

    def use_selected(self) -> None:
        m = self.selected()
        if m is None or m.error is not None:
            return
        self.useRequested.emit("starter" if m.source == "starter" else str(m.path))

    def verify_selected(self) -> None:
        m = self.selected()
        if m is not None:
            self._say(self.tr("Checking {name}…").format(name=m.file_name))
            self.jobs.verify(m.path)

    def show_selected_in_folder(self) -> None:
        m = self.selected()
        if m is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(m.path.parent)))

    def _choose_files(self) -> None:
        files = file_dialogs.open_files(
            self, self.tr("Import model files"), "", self.tr("GGUF model files (*.gguf)")
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: list[Path]) -> None:
        """Add files in place; each is checked, listed, then hashed in the background."""
        count = len(paths)
        self._say(
            english_plural(
                QCoreApplication.translate("LibraryPage", "Checking %Ln file(s)…", None, count),
                count,
            )
        )
        self.jobs.import_files(paths)

    def _import_failed(self, path: str, sentence: str) -> None:
        self.banner.show_message(
            self.tr("{name}: {sentence}").format(name=Path(path).name, sentence=sentence)
        )
        self._say("")

    def _verified(self, path: str, result: str) -> None:
        self.model.clear_progress(path)
        name = Path(path).name
        if result == "verified":
            sentence = self.tr("{name} is verified.")
        elif result == "mismatch":
            sentence = self.tr(
                "{name} does not match its checksum: delete it and download it again."
            )
        else:
            sentence = self.tr("{name} has nothing to compare with yet.")
        self._say(sentence.format(name=name))

    def _verify_failed(self, path: str, sentence: str) -> None:
        self.model.clear_progress(path)
        self.banner.show_message(sentence)

    def find_other_apps(self) -> None:
        self.find_button.setEnabled(False)
        self._say(self.tr("Looking for models other apps downloaded…"))
        self.jobs.discover()

    def _found(self, found: list[FoundModel]) -> None:
        self.find_button.setEnabled(True)
        if not found:
            self._say(self.tr("No models from other apps were found that are not listed already."))
            return
        count = len(found)
        self._say(
            english_plural(
                QCoreApplication.translate(
                    "LibraryPage", "Found %Ln model(s) from other apps.", None, count
                ),
                count,
            )
        )
        dialog = FoundDialog(found, self)
        dialog.accepted.connect(lambda: self.import_paths(dialog.checked_paths()))
        self.found_dialog = dialog
        dialog.open()

    def _discover_failed(self, sentence: str) -> None:
        self.find_button.setEnabled(True)
        self._say("")
        self.banner.show_message(sentence)

    def delete_selected(self) -> None:
        """Ask first: Delete for a model Hearth downloaded, Remove from library (the file
        stays) for any other; the library refuses the loaded model and the starter."""
        m = self.selected()
        if m is None:
            return
        name, file, size = library_display_name(m), m.file_name, locale_format.size(m.size)
        if m.downloaded:
            title, button = self.tr("Delete model"), self.tr("Delete", "verb: delete a model")
            text = self.tr(
                "Delete {name} ({file}, {size})?\nHearth downloaded it: the file is deleted "
                "from the Hugging Face cache."
            ).format(name=name, file=file, size=size)
        else:
            title = self.tr("Remove from library")
            button = self.tr("Remove", "verb: remove a model from the library")
            text = self.tr(
                "Remove {name} ({file}, {size}) from the library?\nThe file stays on disk at "
                "{path}: Hearth did not download it, so Hearth never deletes it."
            ).format(name=name, file=file, size=size, path=m.path)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(button)
        box.finished.connect(lambda result: self._confirmed(box, m, result))
        self.confirm_box = box
        box.open()

    def _confirmed(self, box: QMessageBox, m: LibraryModel, _result: int) -> None:
        self.confirm_box = None
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            return
        if m.downloaded:
            self.jobs.delete(m.path, in_use=self._in_use())
        else:
            self.jobs.forget(m.path, in_use=self._in_use())

    def model_index(self, path: Path | str, column: int = 0) -> QModelIndex:
        return self.model.index(self.model.row_of(path), column)
