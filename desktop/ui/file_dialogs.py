"""Open/save/folder dialogs that start where asked, keep their filters and show dates whole."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QTreeView, QWidget

DATE_COLUMN = 3  # QFileSystemModel's columns: name, size, type, date modified


def widen_date_column(dialog: QFileDialog) -> None:
    """Qt's own (widget) dialog sizes Date Modified for "10/29/81 02:02PM", narrower than many
    locales' dates and than its own title: widen it to its contents. A native dialog (a
    desktop portal, Windows, macOS) has no QTreeView and is left alone."""
    tree = dialog.findChild(QTreeView)
    if tree is None:
        return
    header = tree.header()
    wanted = max(header.sectionSizeHint(DATE_COLUMN), tree.sizeHintForColumn(DATE_COLUMN))
    if header.sectionSize(DATE_COLUMN) < wanted:
        header.resizeSection(DATE_COLUMN, wanted)  # still Interactive: the user may resize


class FileDialog(QFileDialog):
    """A QFileDialog whose Date Modified column follows its rows as the folder loads."""

    def __init__(self, parent: QWidget | None, caption: str, start: str, filters: str) -> None:
        super().__init__(parent, caption, start, filters)
        self._watched = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The widgets exist only once shown without a native dialog; the rows (and their
        # dates) arrive later, from Qt's file-info thread.
        model = self.findChild(QFileSystemModel)
        if not self._watched and model is not None and self.findChild(QTreeView) is not None:
            self._watched = True
            model.directoryLoaded.connect(self._widen)
            model.rowsInserted.connect(self._widen)
        widen_date_column(self)

    def _widen(self, *_args: str | QModelIndex | int) -> None:
        widen_date_column(self)


def make_dialog(
    parent: QWidget | None,
    caption: str,
    start: str,
    filters: str = "",
    mode: QFileDialog.FileMode = QFileDialog.FileMode.ExistingFile,
    save: bool = False,
) -> FileDialog:
    """The dialog the functions below run: start is a folder, or a file path to preselect."""
    dialog = FileDialog(parent, caption, start, filters)
    dialog.setFileMode(mode)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return dialog


def _run(dialog: FileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()  # its model's file-info thread ends with it


def open_file(parent: QWidget | None, caption: str, start: str, filters: str) -> str:
    """One existing file, or "" when cancelled."""
    files = _run(make_dialog(parent, caption, start, filters))
    return files[0] if files else ""


def open_files(parent: QWidget | None, caption: str, start: str, filters: str) -> list[str]:
    """Existing files (none when cancelled)."""
    mode = QFileDialog.FileMode.ExistingFiles
    return _run(make_dialog(parent, caption, start, filters, mode))


def save_file(parent: QWidget | None, caption: str, start: str, filters: str) -> str:
    """Where to save (start: a folder or a proposed file path), or "" when cancelled."""
    mode = QFileDialog.FileMode.AnyFile
    files = _run(make_dialog(parent, caption, start, filters, mode, save=True))
    return files[0] if files else ""


def directory(parent: QWidget | None, caption: str, start: str) -> str:
    """An existing folder, or "" when cancelled."""
    files = _run(make_dialog(parent, caption, start, mode=QFileDialog.FileMode.Directory))
    return files[0] if files else ""
