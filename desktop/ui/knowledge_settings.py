"""Settings → Knowledge: the folders Hearth indexes, indexing's progress, and the embedder.

The widget shows what KnowledgeService says and asks it for changes; the service decides.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.knowledge_embedder import NO_EMBEDDER
from desktop.models.locale_format import number
from desktop.services.knowledge import INDEXING, PAUSED, KnowledgeService
from desktop.ui import file_dialogs
from desktop.ui.knowledge_errors import KnowledgeErrors
from desktop.ui.page_text import note

NONE_LABEL = "None (words only)"  # the English; none_label() is what the box shows
ERRORS_COLUMN = 3


def none_label() -> str:
    return QCoreApplication.translate("knowledge_settings", "None (words only)")


def columns() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("knowledge_settings", "Folder"),
        QCoreApplication.translate("knowledge_settings", "Files"),
        QCoreApplication.translate("knowledge_settings", "Passages"),
        QCoreApplication.translate("knowledge_settings", "Errors"),
    )


class KnowledgeSettings(QWidget):
    """The Knowledge section of the Settings page."""

    def __init__(self, service: KnowledgeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        # What the progress line says now: "indexing", "indexed", "paused" or "" (the
        # line is rebuilt from this rather than from its translated text).
        self._line = ""
        self._progress = (0, 0, "")
        self.folders = QTreeWidget()
        self.folders.setObjectName("knowledgeFolders")
        self.folders.setAccessibleName(self.tr("Knowledge folders"))
        self.folders.setColumnCount(len(columns()))
        self.folders.setHeaderLabels(list(columns()))
        self.folders.setRootIsDecorated(False)
        self.folders.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.folders.setMaximumHeight(130)
        header = self.folders.header()
        header.setAccessibleName(self.tr("Folder columns"))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns())):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Add folder…"))
        self.add_button.setAccessibleName(self.tr("Add a knowledge folder"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the knowledge folder"))
        self.remove_button.setToolTip(self.tr("Forget this folder's passages (its files stay)"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Hold indexing; what was read is kept"))
        self.reindex_button = QPushButton(self.tr("Re-index"))
        self.reindex_button.setToolTip(
            self.tr("Check every folder again now (only changes are read)")
        )
        self.errors_button = QPushButton(self.tr("Errors…"))
        self.errors_button.setAccessibleName(self.tr("Files that could not be read"))
        self.errors_button.setToolTip(
            self.tr("The files of this folder that could not be read, and why")
        )
        for button in (
            self.remove_button,
            self.pause_button,
            self.reindex_button,
            self.errors_button,
        ):
            button.setAccessibleDescription(button.toolTip())
        self.errors_dialog: KnowledgeErrors | None = None
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.pause_button):
            buttons.addWidget(button)
        buttons.addWidget(self.reindex_button)
        buttons.addWidget(self.errors_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.folders, 1)
        row.addLayout(buttons)
        self.progress_line = note()
        self.progress_line.setObjectName("knowledgeProgress")
        self.progress_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.embedder = QComboBox()
        self.embedder.setObjectName("embeddingModel")
        self.embedder.setToolTip(
            self.tr(
                "An embedding model finds passages by meaning as well as by their words. "
                "Download one ({examples}) in Models."
            ).format(examples="all-MiniLM-L6-v2, BGE small, Nomic Embed")
        )
        self.embedder.setAccessibleName(self.tr("Embedding model"))
        self.embedder.setAccessibleDescription(self.embedder.toolTip())
        self.vectors_line = QLabel()
        self.vectors_line.setObjectName("vectorsState")
        self.vectors_line.setWordWrap(True)
        form = QFormLayout()
        embedder_label = QLabel(self.tr("Embedding model"))
        embedder_label.setBuddy(self.embedder)
        form.addRow(embedder_label, self.embedder)
        form.addRow("", self.vectors_line)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(
            note(
                self.tr(
                    "Hearth reads the documents in these folders (text, Markdown, code, PDF and "
                    "Office files) and keeps an index on this computer, so a chat can answer "
                    "from them and name its sources. Changes in the folders are picked up on "
                    "their own."
                )
            )
        )
        outer.addLayout(row)
        outer.addWidget(self.progress_line)
        outer.addLayout(form)

        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.reindex_button.clicked.connect(service.reindex)
        self.errors_button.clicked.connect(self.show_errors)
        self.folders.itemClicked.connect(self._clicked)
        self.folders.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.embedder.activated.connect(self._embedder_chosen)
        service.folders_changed.connect(self.show_folders)
        service.progress.connect(self.show_progress)
        service.state_changed.connect(self.show_state)
        service.vectors_changed.connect(self.show_vectors)
        self.show_folders()
        if service.last_progress[1]:
            self.show_progress(*service.last_progress)
        self.show_state(service.state)
        self.show_vectors(*service.vectors)
        self.show_embedders()

    # --- what the service says, shown ----------------------------------------------------

    def show_folders(self) -> None:
        chosen = self.selected_folder()
        self.folders.clear()
        for status in self.service.folders():
            item = QTreeWidgetItem(
                [status.path, number(status.files), number(status.chunks), number(status.errors)]
            )
            item.setToolTip(0, status.path)
            for column in range(1, len(columns())):
                # Counts line up at the end of the column (the right, or the left in RTL).
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignTrailing)
            item.setData(ERRORS_COLUMN, Qt.ItemDataRole.UserRole, status.errors)
            if status.errors:  # a link: a click lists the files and why
                font = item.font(ERRORS_COLUMN)
                font.setUnderline(True)
                item.setFont(ERRORS_COLUMN, font)
                item.setForeground(ERRORS_COLUMN, self.palette().color(QPalette.ColorRole.Link))
                item.setToolTip(
                    ERRORS_COLUMN, self.tr("Show the files that could not be read, and why")
                )
            self.folders.addTopLevelItem(item)
            if status.path == chosen:
                self.folders.setCurrentItem(item)
        self._update_buttons()

    def show_progress(self, done: int, total: int, current: str) -> None:
        self._progress = (done, total, current)
        if not total:
            self._line = ""
            self.progress_line.setText(self.tr("Every folder is up to date."))
        elif done >= total:
            self._line = "indexed"
            self.progress_line.setText(
                QCoreApplication.translate(
                    "KnowledgeSettings", "Indexed %n changed file(s).", None, total
                )
            )
        else:
            self._line = "indexing"
            self.progress_line.setText(
                QCoreApplication.translate(
                    "KnowledgeSettings", "Indexing {done} of %n file(s) — {current}", None, total
                ).format(done=number(done + 1), current=current)
            )

    def show_state(self, state: str) -> None:
        paused = self.service.paused
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        paused_line = self.tr("Paused: changes in the folders are read when you resume.")
        if state == PAUSED:
            if self._line in ("indexing", "paused at"):
                done, total, current = self._progress
                self._line = "paused at"
                self.progress_line.setText(
                    QCoreApplication.translate(
                        "KnowledgeSettings",
                        "Paused at {done} of %n file(s) — {current}",
                        None,
                        total,
                    ).format(done=number(done + 1), current=current)
                )
            else:
                self._line = "paused"
                self.progress_line.setText(paused_line)
        elif paused and state != INDEXING:
            self._line = "paused"
            self.progress_line.setText(paused_line)
        elif state != INDEXING and self._line != "indexed":
            self._line = ""
            self.progress_line.setText(
                self.tr("Every folder is up to date.") if self.service.folders() else ""
            )

    def show_vectors(self, on: bool, why: str) -> None:
        if why == NO_EMBEDDER:  # said here, where the choice is made
            why = self.tr(
                "No embedding model is set: search uses words only. Choose one above; "
                "Models offers small ones to download."
            )
        self.vectors_line.setText(self.tr("Search uses words and meaning.") if on else why)

    def show_embedders(self) -> None:
        """The combo: none, the library's embedders, and the chosen one if it is elsewhere."""
        chosen = self.service.preferences.embedding_model
        self.embedder.blockSignals(True)
        try:
            self.embedder.clear()
            self.embedder.addItem(none_label(), "")
            for name, path in self.service.embedders():
                self.embedder.addItem(name, path)
            if chosen and self.embedder.findData(chosen) < 0:
                self.embedder.addItem(Path(chosen).name, chosen)
            self.embedder.setCurrentIndex(max(self.embedder.findData(chosen), 0))
        finally:
            self.embedder.blockSignals(False)

    def show_errors(self) -> None:
        """The selected folder's unreadable files with their sentences, in a small window."""
        folder = self.selected_folder()
        if not folder:
            return
        if self.errors_dialog is not None:
            self.errors_dialog.close()
        self.errors_dialog = KnowledgeErrors(folder, self.service.failed_files(folder), self)
        self.errors_dialog.show()

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if column == ERRORS_COLUMN and item.data(ERRORS_COLUMN, Qt.ItemDataRole.UserRole):
            self.folders.setCurrentItem(item)
            self.show_errors()

    def selected_folder(self) -> str:
        item = self.folders.currentItem()
        return item.text(0) if item is not None else ""

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.selected_folder()))
        item = self.folders.currentItem()
        errors = item.data(ERRORS_COLUMN, Qt.ItemDataRole.UserRole) if item is not None else 0
        self.errors_button.setEnabled(bool(errors))
        self.reindex_button.setEnabled(self.folders.topLevelItemCount() > 0)

    def showEvent(self, event: QShowEvent) -> None:
        self.show_embedders()  # a model downloaded meanwhile is offered
        super().showEvent(event)

    # --- what the person asks -----------------------------------------------------------

    def _add(self) -> None:
        folder = file_dialogs.directory(
            self, self.tr("Add a knowledge folder"), os.path.expanduser("~")
        )
        if folder:
            self.service.add_folder(Path(folder))

    def _remove(self) -> None:
        folder = self.selected_folder()
        if folder:
            self.service.remove_folder(Path(folder))

    def _pause_or_resume(self) -> None:
        if self.service.paused:
            self.service.resume()
        else:
            self.service.pause()
        self.show_state(self.service.state)

    def _embedder_chosen(self, index: int) -> None:
        self.service.set_embedding_model(str(self.embedder.itemData(index) or ""))
