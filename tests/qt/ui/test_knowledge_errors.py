"""Settings → Knowledge says which files could not be read and why (the errors count opens a
list of each file with its sentence), with the real KnowledgeService and a real index; and
the folder counts are right while indexing is paused mid-run."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from english_plurals import english
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.models.locale_format import number
from desktop.services.knowledge import IDLE, PAUSED, KnowledgeService
from desktop.services.preferences import Preferences
from desktop.ui.knowledge_errors import KnowledgeErrors
from desktop.ui.knowledge_settings import ERRORS_COLUMN, KnowledgeSettings

LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 20_000


HEADING = (
    "%n file(s) in {folder} could not be read; the others are searchable. Fix a file and it "
    "is read again on its own."
)


def bad_folder(folder: Path) -> Path:
    """A folder with one good note, a damaged PDF and a binary file named .txt."""
    (folder / "sub").mkdir(parents=True)
    (folder / "good.md").write_text("# Good\n\nThis note reads fine.\n", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    (folder / "sub" / "blob.txt").write_bytes(bytes(range(256)) * 8)
    return folder


@pytest.fixture
def service(tmp_path: Path) -> Iterator[KnowledgeService]:
    prefs = Preferences(tmp_path / "settings.json")
    knowledge = KnowledgeService(prefs, index_path=tmp_path / "knowledge.sqlite3", watch=False)
    yield knowledge
    knowledge.shutdown()


def row(widget: KnowledgeSettings) -> list[str]:
    item = widget.folders.topLevelItem(0)
    return [item.text(c) for c in range(4)] if item is not None else []


def test_the_errors_count_opens_the_files_and_their_sentences(
    qtbot: QtBot, service: KnowledgeService, tmp_path: Path
) -> None:
    # The heading's plural in English, as the window's English translation gives it.
    with english(tmp_path, [("KnowledgeErrors", HEADING)]):
        folder = bad_folder(tmp_path / "docs")
        service.preferences.set_knowledge_folders([str(folder)])
        widget = KnowledgeSettings(service)
        qtbot.addWidget(widget)
        widget.show()
        service.start()
        qtbot.waitUntil(lambda: row(widget)[1:] == ["3", "1", "2"], timeout=WAIT_MS)
        item = widget.folders.topLevelItem(0)
        assert item is not None and item.font(ERRORS_COLUMN).underline()  # looks like a link

        # A click on the count opens the list.
        rect = widget.folders.visualItemRect(item)
        x = widget.folders.header().sectionPosition(ERRORS_COLUMN) + 4
        qtbot.mouseClick(widget.folders.viewport(), LEFT, pos=QPoint(x, rect.top() + 4))
        dialog = widget.errors_dialog
        assert isinstance(dialog, KnowledgeErrors) and dialog.isVisible()
        assert dialog.rows() == [
            (
                "broken.pdf",
                "broken.pdf is damaged or not a PDF (PDFium could not open it); open it in a PDF "
                "viewer and save it again.",
            ),
            (
                os.path.join("sub", "blob.txt"),
                "blob.txt is not a text file (it holds binary data) despite its name; attach the "
                "original document or save it as text.",
            ),
        ]
        shown = dialog.list.toPlainText()  # each file, then its sentence, as the person reads it
        for file, why in dialog.rows():
            assert f"{file}\n{why}" in shown
        assert dialog.heading.text().startswith(f"2 files in {folder} could not be read")
        dialog.close()

        # The button beside the list does the same for the chosen folder.
        assert widget.errors_button.isEnabled()
        qtbot.mouseClick(widget.errors_button, LEFT)
        assert widget.errors_dialog is not None and len(widget.errors_dialog.rows()) == 2
        widget.errors_dialog.close()


def test_paused_mid_run_the_row_shows_the_files_done_so_far(
    qtbot: QtBot, service: KnowledgeService, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(1000):
        (folder / f"{i:04}.md").write_text(f"# Note {i}\n\nWords of note number {i}.\n")
    service.preferences.set_knowledge_folders([str(folder)])
    widget = KnowledgeSettings(service)
    qtbot.addWidget(widget)

    def pause_early(done: int, total: int, _current: str) -> None:
        if 1 <= done < total and not service.paused:
            widget.pause_button.click()  # as the person would, mid-run

    service.progress.connect(pause_early)
    service.start()
    qtbot.waitUntil(lambda: service.state == PAUSED, timeout=WAIT_MS)
    # The file being read when the pause came is finished first: wait until the run holds.
    qtbot.waitUntil(lambda: service.held, timeout=WAIT_MS)
    done = service.last_progress[0]
    assert 1 <= done < 1000
    # Held at `done` files, all on disk: the row says so without waiting for the next tick.
    qtbot.waitUntil(lambda: row(widget)[1] == number(done), timeout=2_000)
    assert row(widget)[2] == number(done) and service.last_progress[0] == done

    service.progress.disconnect(pause_early)
    with qtbot.waitSignal(service.state_changed, timeout=WAIT_MS, check_params_cb=_idle):
        qtbot.mouseClick(widget.pause_button, LEFT)
    qtbot.waitUntil(lambda: row(widget)[1:] == [number(1000), number(1000), "0"], timeout=WAIT_MS)


def _idle(state: str) -> bool:
    return state == IDLE
