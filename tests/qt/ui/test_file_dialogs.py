"""Qt's own file dialog (no desktop portal) shows Date Modified whole, where asked to start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QTreeView

from desktop.ui.file_dialogs import DATE_COLUMN, make_dialog

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in ("small.gguf", "a much longer model name.gguf", "notes.txt"):
        (tmp_path / name).write_bytes(b"GGUF")
    return tmp_path


def shown(qtbot, dialog: QFileDialog, rows: int = 2) -> QTreeView:
    """dialog shown as Qt's widget dialog, in detail view, once rows of its folder show."""
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    model = dialog.findChild(QFileSystemModel)
    tree = dialog.findChild(QTreeView)  # Qt's own widgets exist once natives are refused
    assert tree is not None
    # Narrow, as Qt's default or a width it saved (QtProject.conf) may be: shown, it is widened.
    tree.header().resizeSection(DATE_COLUMN, 30)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert model is not None
    qtbot.waitUntil(lambda: model.rowCount(tree.rootIndex()) >= rows, timeout=5000)
    return tree


def test_the_date_column_is_wide_enough_for_its_dates_and_title(qtbot, folder):
    dialog = make_dialog(None, "Open a model file", str(folder), "GGUF model files (*.gguf)")
    tree = shown(qtbot, dialog)
    header = tree.header()
    root = tree.rootIndex()
    dates = [tree.model().index(r, DATE_COLUMN, root).data() for r in range(2)]
    assert all(dates)  # the column shows real dates
    qtbot.waitUntil(
        lambda: (
            header.sectionSize(DATE_COLUMN)
            >= max(tree.sizeHintForColumn(DATE_COLUMN), header.sectionSizeHint(DATE_COLUMN))
        ),
        timeout=5000,
    )
    widest = max(tree.fontMetrics().horizontalAdvance(d) for d in dates)
    assert header.sectionSize(DATE_COLUMN) > widest
    # It started in the folder asked for, with the filter kept (only the .gguf files).
    assert Path(dialog.directory().absolutePath()) == folder
    assert dialog.nameFilters() == ["GGUF model files (*.gguf)"]
    rows = range(tree.model().rowCount(root))
    names = {tree.model().index(r, 0, root).data() for r in rows if not tree.isRowHidden(r, root)}
    assert names == {"small.gguf", "a much longer model name.gguf"}  # notes.txt filtered out
    dialog.reject()
    assert not dialog.isVisible()


def test_each_kind_of_dialog_starts_where_asked(qtbot, folder):
    proposed = str(folder / "Hearth history.json")
    save = make_dialog(
        None, "Export all", proposed, "JSON (*.json)", save=True, mode=QFileDialog.FileMode.AnyFile
    )
    shown(qtbot, save, rows=0)
    assert save.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert Path(save.directory().absolutePath()) == folder
    assert save.selectedFiles() == [proposed]
    save.reject()
    many = make_dialog(
        None, "Import", str(folder), "GGUF (*.gguf)", mode=QFileDialog.FileMode.ExistingFiles
    )
    assert many.fileMode() == QFileDialog.FileMode.ExistingFiles
    folders = make_dialog(
        None, "Add a model folder", str(folder), mode=QFileDialog.FileMode.Directory
    )
    assert folders.testOption(QFileDialog.Option.ShowDirsOnly)
    assert Path(folders.directory().absolutePath()) == folder
    for d in (many, folders):
        d.deleteLater()
