"""Settings → Knowledge: the folders Hearth indexes, indexing's progress, and the embedder.

The widget shows what KnowledgeService says and asks it for changes; the service decides.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
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
from desktop.services.knowledge import INDEXING, PAUSED, KnowledgeService
from desktop.ui import file_dialogs
from desktop.ui.knowledge_errors import KnowledgeErrors
from desktop.ui.page_text import note

NONE_LABEL = "None (words only)"
INTRO = (
    "Hearth reads the documents in these folders (text, Markdown, code, PDF and Office files) "
    "and keeps an index on this computer, so a chat can answer from them and name its sources. "
    "Changes in the folders are picked up on their own."
)
COLUMNS = ("Folder", "Files", "Passages", "Errors")
ERRORS_COLUMN = 3
PAUSED_LINE = "Paused: changes in the folders are read when you resume."


class KnowledgeSettings(QWidget):
    """The Knowledge section of the Settings page."""

    def __init__(self, service: KnowledgeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.folders = QTreeWidget()
        self.folders.setObjectName("knowledgeFolders")
        self.folders.setColumnCount(len(COLUMNS))
        self.folders.setHeaderLabels(list(COLUMNS))
        self.folders.setRootIsDecorated(False)
        self.folders.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.folders.setMaximumHeight(130)
        header = self.folders.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton("Add folder…")
        self.remove_button = QPushButton("Remove")
        self.remove_button.setToolTip("Forget this folder's passages (its files stay)")
        self.pause_button = QPushButton("Pause")
        self.pause_button.setToolTip("Hold indexing; what was read is kept")
        self.reindex_button = QPushButton("Re-index")
        self.reindex_button.setToolTip("Check every folder again now (only changes are read)")
        self.errors_button = QPushButton("Errors…")
        self.errors_button.setToolTip("The files of this folder that could not be read, and why")
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
            "An embedding model finds passages by meaning as well as by their words. "
            "Download one (all-MiniLM-L6-v2, BGE small, Nomic Embed) in Models."
        )
        self.vectors_line = QLabel()
        self.vectors_line.setObjectName("vectorsState")
        self.vectors_line.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Embedding model", self.embedder)
        form.addRow("", self.vectors_line)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(note(INTRO))
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
                [status.path, f"{status.files:,}", f"{status.chunks:,}", f"{status.errors:,}"]
            )
            item.setToolTip(0, status.path)
            for column in range(1, len(COLUMNS)):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            item.setData(ERRORS_COLUMN, Qt.ItemDataRole.UserRole, status.errors)
            if status.errors:  # a link: a click lists the files and why
                font = item.font(ERRORS_COLUMN)
                font.setUnderline(True)
                item.setFont(ERRORS_COLUMN, font)
                item.setForeground(ERRORS_COLUMN, self.palette().color(QPalette.ColorRole.Link))
                item.setToolTip(ERRORS_COLUMN, "Show the files that could not be read, and why")
            self.folders.addTopLevelItem(item)
            if status.path == chosen:
                self.folders.setCurrentItem(item)
        self._update_buttons()

    def show_progress(self, done: int, total: int, current: str) -> None:
        if not total:
            self.progress_line.setText("Every folder is up to date.")
        elif done >= total:
            self.progress_line.setText(f"Indexed {total:,} changed files.")
        else:
            self.progress_line.setText(f"Indexing {done + 1:,} of {total:,} files — {current}")

    def show_state(self, state: str) -> None:
        paused = self.service.paused
        self.pause_button.setText("Resume" if paused else "Pause")
        if state == PAUSED:
            text = self.progress_line.text().replace("Indexing", "Paused at", 1)
            self.progress_line.setText(text if text.startswith("Paused") else PAUSED_LINE)
        elif paused and state != INDEXING:
            self.progress_line.setText(PAUSED_LINE)
        elif state != INDEXING and not self.progress_line.text().startswith("Indexed"):
            self.progress_line.setText(
                "Every folder is up to date." if self.service.folders() else ""
            )

    def show_vectors(self, on: bool, why: str) -> None:
        if why == NO_EMBEDDER:  # said here, where the choice is made
            why = (
                "No embedding model is set: search uses words only. Choose one above; "
                "Models offers small ones to download."
            )
        self.vectors_line.setText("Search uses words and meaning." if on else why)

    def show_embedders(self) -> None:
        """The combo: none, the library's embedders, and the chosen one if it is elsewhere."""
        chosen = self.service.preferences.embedding_model
        self.embedder.blockSignals(True)
        try:
            self.embedder.clear()
            self.embedder.addItem(NONE_LABEL, "")
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
        folder = file_dialogs.directory(self, "Add a knowledge folder", os.path.expanduser("~"))
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
