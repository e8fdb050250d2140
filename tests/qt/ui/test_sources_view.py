"""A reply's Sources in the real window (offscreen, real engine on a tiny model): the
Knowledge switch under the composer, the passages listed under the reply, a click opening
the passage; and the view alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from greedy_app import greedy_app
from PySide6.QtCore import QObject, Qt, Signal
from saved import on_disk

from desktop.app import App
from desktop.core.documents.types import Source
from desktop.ui.sources_view import PassageDialog, SourcesView, source_line

PASSAGES = [
    Source("boiler.pdf", "page 7", "Bleed the radiators every autumn.", "/docs/boiler.pdf"),
    Source("notes.md", "Heating", "The thermostat lives in the hall.", "/docs/notes.md"),
]


class Folders(QObject):
    """A stand-in for services.knowledge.KnowledgeService as the window and a reply use it
    (the service has its own tests): a folder list that can change, and a search."""

    folders_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.added: list[str] = []

    def folders(self) -> list[str]:
        return self.added

    def search(self, query: str, k: int = 5) -> list[Source]:
        return PASSAGES[:k]

    def embed(self, texts: list[str]) -> list[list[float]] | None:
        return None


@pytest.fixture
def app(qtbot, tiny_model) -> Iterator[App]:
    with greedy_app(qtbot, tiny_model) as opened:
        yield opened


def test_the_knowledge_switch_lists_sources_under_the_reply_and_opens_them(qtbot, app):
    window, session = app.window, app.controller
    switch = window.composer.knowledge
    # The app hands its knowledge service over once the first frame is up; then the
    # stand-in below takes its place (the switch follows one service at a time).
    qtbot.waitUntil(lambda: session.attachments.knowledge is not None, timeout=10000)
    assert switch.isVisibleTo(window)
    window.follow_knowledge(None)
    assert switch.isHidden()  # no knowledge service: no switch
    folders = Folders()
    window.follow_knowledge(folders)
    assert switch.isVisibleTo(window) and not switch.isEnabled()  # no folder yet
    folders.added.append("/docs")
    folders.folders_changed.emit()
    assert switch.isEnabled()
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    assert switch.isChecked() and session.use_knowledge

    qtbot.keyClicks(window.composer.edit, "When do I bleed the radiators?")
    with qtbot.waitSignal(session.messageFinished, timeout=60000) as finished:
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    reply_id = finished.args[0]
    assert on_disk(app).get_message(reply_id).sources == tuple(PASSAGES)

    view = window.chat_view
    view.flush()
    widget = view.message_widget(1)
    assert widget is not None and widget.row is not None and widget.row.message_id == reply_id
    sources = widget.extras.sources
    qtbot.waitUntil(sources.isVisible)
    assert [b.text() for b in sources.buttons] == ["boiler.pdf — page 7", "notes.md — Heating"]
    assert sources.geometry().height() >= 3 * sources.buttons[0].height()
    with qtbot.waitSignal(sources.sourceOpened, timeout=2000) as opened:
        qtbot.mouseClick(sources.buttons[1], Qt.MouseButton.LeftButton)
    assert opened.args[0] == PASSAGES[1]
    dialog = sources.dialog
    assert isinstance(dialog, PassageDialog) and dialog.isVisible()
    assert dialog.text.toPlainText() == "The thermostat lives in the hall."
    assert dialog.windowTitle() == "notes.md — Heating"
    dialog.close()
    assert sources.dialog is None

    # Reopened: the reply's sources come back with it.
    conversation_id = session.conversation_id
    window.new_chat()
    assert session.open_conversation(conversation_id)
    view.flush()
    again = view.message_widget(1)
    assert again is not None
    assert [b.text() for b in again.extras.sources.buttons] == [
        "boiler.pdf — page 7",
        "notes.md — Heating",
    ]

    # The last folder removed: the switch turns off.
    folders.added.clear()
    folders.folders_changed.emit()
    assert not switch.isEnabled() and not switch.isChecked() and not session.use_knowledge


def test_the_view_alone_lists_names_and_places_and_one_dialog_at_a_time(qtbot):
    view = SourcesView()
    qtbot.addWidget(view)
    assert view.isHidden()
    view.set_sources([*PASSAGES, Source("plain.txt", "", "no place")])
    view.show()
    assert [b.text() for b in view.buttons][2] == "plain.txt" == source_line(view.sources[2])
    first = view.open_passage(PASSAGES[0])
    second = view.open_passage(PASSAGES[1])
    assert not first.isVisible() and second.isVisible() and view.dialog is second
    assert second.where.text() == "/docs/notes.md"
    second.close()
    view.set_sources([])
    assert view.isHidden() and view.buttons == []
