"""The files of a knowledge folder that could not be read, each with the sentence saying why."""

from __future__ import annotations

import html
import os
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.documents.index import FileStatus


class KnowledgeErrors(QDialog):
    """A small list: the file (its path inside the folder) and why it was left out."""

    def __init__(self, folder: str, files: Sequence[FileStatus], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("knowledgeErrors")
        self.setWindowTitle(
            self.tr("Files Hearth could not read — {folder}").format(
                folder=os.path.basename(folder) or folder
            )
        )
        unread = len(files)  # a plain name: lupdate drops a count that is a call
        self.heading = heading = QLabel(
            QCoreApplication.translate(
                "KnowledgeErrors",
                "%n file(s) in {folder} could not be read; the others are searchable. Fix a "
                "file and it is read again on its own.",
                None,
                unread,
            ).format(folder=folder)
        )
        heading.setWordWrap(True)
        # A text view rather than a table: the sentences are long and must wrap, and a person
        # may copy one (or a path) into a search or a bug report.
        self.list = QTextBrowser()
        self.list.setObjectName("knowledgeErrorList")
        self.list.setOpenLinks(False)
        self.list.setAccessibleName(self.tr("Files that could not be read, and why"))
        self._rows = [
            (os.path.relpath(f.path, folder) if f.path.startswith(folder) else f.path, f.error)
            for f in files
        ]
        self.list.setHtml(
            "".join(
                f"<p><b>{html.escape(shown)}</b><br>{html.escape(why)}</p>"
                for shown, why in self._rows
            )
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(close)
        self.resize(640, 360)

    def rows(self) -> list[tuple[str, str]]:
        """(file, why) as listed, top to bottom."""
        return list(self._rows)
