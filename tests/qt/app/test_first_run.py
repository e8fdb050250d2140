"""A first-run user, end to end through the real App (issue 12, "Done when"): the welcome,
a suggested prompt sent and its reply streamed from the real starter model, the
conversation renamed, exported, deleted from the sidebar's menu, and brought back by Undo.

A scratch home (tests/conftest.py), a real engine process, real SQLite and the real window
offscreen. The clicks go to the real cards, menu actions and banner button; only the save
dialog is answered by the test (a native dialog cannot be driven offscreen).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMenu
from pytestqt.qtbot import QtBot
from saved import on_disk

from desktop.app import App
from desktop.core.models.describe import STARTER_BLURB
from desktop.core.paths import STARTER_LABEL
from desktop.core.types import SamplingParams
from desktop.models.conversation_list import Role
from desktop.services.chat_session import ChatState
from desktop.ui import file_dialogs
from desktop.ui.welcome import SUGGESTED_PROMPTS

LEFT = Qt.MouseButton.LeftButton
# Greedy and short: the same reply on every run, streamed in several pieces.
SHORT = SamplingParams(temperature=0.0, max_tokens=24, repeat_penalty=1.0)


class Pieces(QObject):
    """The reply's streamed pieces, as the window receives them."""

    def __init__(self, app: App) -> None:
        super().__init__()
        self.texts: list[str] = []
        app.controller.streamAppended.connect(self.on_piece)

    @Slot(int, str)
    def on_piece(self, _message_id: int, text: str) -> None:
        self.texts.append(text)


def welcome_shown(app: App) -> bool:
    w = app.window
    return w.chat_stack.currentWidget() is w.welcome and w.welcome.isVisible()


def listed(app: App) -> dict[int, str]:
    """The sidebar's conversations (not its date headers): id -> title shown."""
    model = app.window.conversations
    return {
        model.index(i, 0).data(Role.ConversationId): model.index(i, 0).data()
        for i in range(model.rowCount())
        if not model.index(i, 0).data(Role.IsHeader)
    }


def context_menu(app: App, cid: int) -> tuple[QMenu, dict[str, QAction]]:
    """The menu a right-click on the conversation's row opens, and its actions by text
    (those of the Export submenu as "Export/<text>")."""
    w = app.window
    menu = w.sidebar.menu_for(w.conversations.index(w.conversations.row_of(cid), 0))
    assert menu is not None
    actions: dict[str, QAction] = {}
    for action in menu.actions():
        actions[action.text()] = action
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            for sub in submenu.actions():
                actions[f"{action.text()}/{sub.text()}"] = sub
    return menu, actions


@pytest.fixture
def first_run(
    qtbot: QtBot, starter: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[App]:
    """Hearth's first launch: nothing stored, no model chosen, the starter loading."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))  # where the export dialog starts
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    app = App([])
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
        app.start()
        assert app.controller.state is ChatState.LOADING
        assert welcome_shown(app)  # the welcome is there while the model loads
    yield app
    app.window.close()
    assert not app.controller._thread.isRunning()
    assert app.controller.worker.engine_pid() is None  # the engine process was reaped


def test_a_first_run_user_chats_renames_exports_deletes_and_undoes(
    qtbot: QtBot, first_run: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, w = first_run, first_run.window

    # The welcome: the starter, what it is good for, prompts to try.
    assert welcome_shown(app)
    assert w.welcome.title.text() == STARTER_LABEL
    assert w.welcome.blurb.text() == STARTER_BLURB
    assert [c.text() for c in w.welcome.cards] == list(SUGGESTED_PROMPTS)
    assert listed(app) == {}

    # A suggestion is clicked and sent; the reply streams in pieces.
    w.params.set_sampling(SHORT)  # as the person would, through the panel
    app.controller.sampling = w.params.sampling()
    pieces = Pieces(app)
    prompt = SUGGESTED_PROMPTS[1]
    card = next(c for c in w.welcome.cards if c.text() == prompt)
    with qtbot.waitSignal(app.controller.messageFinished, timeout=60000) as finished:
        qtbot.mouseClick(card, LEFT)
        assert not welcome_shown(app)  # the chat shows the sent prompt at once
    assert finished.args[1] == "complete"
    rows = w.chat_model.rows()
    assert [r.role for r in rows] == ["user", "assistant"]
    assert rows[0].text == prompt
    reply = rows[1].text
    assert reply.strip() and reply == "".join(pieces.texts)
    assert len(pieces.texts) > 1  # streamed, not delivered at the end
    cid = app.controller.conversation_id
    assert cid is not None
    assert listed(app) == {cid: prompt}  # titled after the first message

    # Rename: the menu's Rename edits the title in place in the list.
    menu, actions = context_menu(app, cid)
    lst = w.sidebar.list
    actions["Rename"].trigger()
    assert lst.state() == QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=5000)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and lst.isAncestorOf(editor)
    assert editor.text() == prompt
    editor.selectAll()
    qtbot.keyClicks(editor, "Kitten names")
    with qtbot.waitSignal(w.conversations.renamed, timeout=5000) as renamed:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert renamed.args == [cid, "Kitten names"]
    assert listed(app) == {cid: "Kitten names"}
    assert on_disk(app).get_conversation(cid).title == "Kitten names"
    menu.deleteLater()

    # Export as JSON: the dialog proposes Documents/<title>.json; the person picks a folder.
    proposed: list[str] = []
    target = tmp_path / "exports" / "Kitten names.json"
    target.parent.mkdir()

    def save_dialog(_parent: object, _caption: str, start: str, filters: str) -> str:
        proposed.append(start)
        assert filters.startswith("JSON")
        return str(target)

    monkeypatch.setattr(file_dialogs, "save_file", save_dialog)
    menu, actions = context_menu(app, cid)
    with qtbot.waitSignal(app.history.exported, timeout=10000) as exported:
        actions["Export/JSON (.json)…"].trigger()
    assert exported.args == [target]
    assert proposed == [str(tmp_path / "home" / "Documents" / "Kitten names.json")]
    (saved,) = json.loads(target.read_text(encoding="utf-8"))["conversations"]
    assert saved["title"] == "Kitten names"
    assert [(m["role"], m["content"]) for m in saved["messages"]] == [
        ("user", prompt),
        ("assistant", reply),
    ]
    assert w.banner.label.text() == "Exported to Kitten names.json."
    menu.deleteLater()

    # Delete from the menu: gone from the list and the screen, in the trash on disk.
    menu, actions = context_menu(app, cid)
    with qtbot.waitSignal(app.history.deleted, timeout=5000) as deleted:
        actions["Delete"].trigger()
    assert deleted.args == [cid]
    assert listed(app) == {}
    assert app.controller.conversation_id is None
    assert welcome_shown(app)  # a new chat: the welcome again
    assert on_disk(app).get_conversation(cid).deleted_at is not None
    banner = w.banner
    assert banner.isVisible() and banner.label.text() == "Conversation deleted."
    assert banner.action.isVisible() and banner.action.text() == "Undo"
    menu.deleteLater()

    # Undo brings it back, renamed as it was, with its messages, open on screen.
    with qtbot.waitSignal(app.controller.conversationSwitched, timeout=5000):
        qtbot.mouseClick(banner.action, LEFT)
    assert not banner.isVisible()
    assert listed(app) == {cid: "Kitten names"}
    assert app.controller.conversation_id == cid
    assert [(r.role, r.text) for r in w.chat_model.rows()] == [
        ("user", prompt),
        ("assistant", reply),
    ]
    assert not welcome_shown(app)
    store = on_disk(app)
    assert store.get_conversation(cid).deleted_at is None
    assert [m.content for m in store.active_path(cid)] == [prompt, reply]
