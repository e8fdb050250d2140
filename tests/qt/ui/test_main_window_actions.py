"""The real window's actions, end to end: regenerate, edit, delete, branches, rename,
delete with undo, Esc, an engine killed mid-reply, export and import.

Offscreen, a real engine process, real SQLite. The person's clicks and keys go to the real
buttons, list and shortcuts; cross-thread signals reach QObjects living on the GUI thread.

App installs its own exception hooks (an exception in a slot becomes a banner sentence and
a log record), so pytest-qt never sees one: every test checks the log for them instead.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import traceback
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from processes import process_gone
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton
from saved import on_disk

from desktop.app import App
from desktop.core.history import HistoryNotFound
from desktop.core.types import SamplingParams
from desktop.models.conversation_list import Role as ListRole
from desktop.services.chat_session import ChatState
from desktop.ui.chat_view import STATUS_MARKERS

GREEDY = SamplingParams(temperature=0.0, max_tokens=12, repeat_penalty=1.0)
# A fixed seed with real sampling: another reply than GREEDY's, the same on every run.
SAMPLED = SamplingParams(
    temperature=1.0, top_p=None, top_k=0, min_p=0.0, repeat_penalty=1.0, seed=7, max_tokens=12
)
LEFT = Qt.MouseButton.LeftButton
# The tiny model's greedy reply to LONG_PROMPT runs ~1000 tokens (a few hundred ms) before
# its end of turn: time to stop or kill it after the first piece. (Most prompts end in
# tens of tokens, which races the first piece's slot.)
LONG_PROMPT = "story"
LONG = SamplingParams(temperature=0.0, max_tokens=3000, repeat_penalty=1.0)


def make_app(qtbot, model: Path) -> App:
    app = App([])
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
        app.start(model=str(model))
    return app


def use_sampling(app: App, params: SamplingParams) -> None:
    """As the person would: through the parameters panel, which the controller follows."""
    app.window.params.set_sampling(params)
    app.controller.sampling = app.window.params.sampling()


def unhandled(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Exceptions App's hooks caught (in slots, on threads), with their tracebacks."""
    return [
        "".join(traceback.format_exception(*r.exc_info)) if r.exc_info else r.getMessage()
        for r in caplog.records
        if r.name == "desktop.services.messages" and r.levelno >= logging.ERROR
    ]


def close(app: App, caplog: pytest.LogCaptureFixture) -> None:
    app.window.close()
    assert not app.controller._thread.isRunning()
    assert app.controller.worker.engine_pid() is None  # the engine process was reaped
    assert unhandled(caplog) == []


@pytest.fixture
def app(qtbot, tiny_model, caplog) -> Iterator[App]:
    a = make_app(qtbot, tiny_model)
    use_sampling(a, GREEDY)
    yield a
    close(a, caplog)


@pytest.fixture
def starter_app(qtbot, starter, caplog) -> Iterator[App]:
    a = make_app(qtbot, starter)
    yield a
    close(a, caplog)


def type_and_send(qtbot, app: App, text: str) -> tuple:
    edit = app.window.composer.edit
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    with qtbot.waitSignal(app.controller.messageFinished, timeout=60000) as blocker:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    return tuple(blocker.args)


def widget(qtbot, app: App, row: int):
    """The on-screen widget of row (the view places widgets as it lays out)."""
    view = app.window.chat_view
    view.scroll_to_row(row)
    qtbot.waitUntil(lambda: view.message_widget(row) is not None, timeout=5000)
    w = view.message_widget(row)
    assert w is not None and w.row is not None
    assert w.row.message_id == app.window.chat_model.chat_row(row).message_id
    return w


def click(qtbot, button: QToolButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def stored_path(app: App) -> list:
    return on_disk(app).active_path(app.controller.conversation_id)


def shown(text: str) -> str:
    """What the view shows of a text: Markdown turns NUL into U+FFFD (the tiny model's
    random tokens include it)."""
    return text.replace("\x00", "\ufffd").strip()


def view_texts(app: App) -> list[str]:
    return [r.text for r in app.window.chat_model.rows()]


# --- 1. the starter model ----------------------------------------------------------------


def test_starter_model_answers_the_capital_of_france(qtbot, starter_app):
    app = starter_app
    use_sampling(app, SamplingParams(temperature=0.0, max_tokens=48))
    assert app.controller.sampling.temperature == 0.0
    assert app.controller.sampling.max_tokens == 48
    assert app.window.model_label.text() == "Starter: SmolLM2 135M Instruct"
    reply_id, status, stats = type_and_send(qtbot, app, "What is the capital of France?")
    assert status == "complete"
    assert stats is not None and 0 < stats.generated_tokens <= 48
    assert stats.prompt_tokens > 0
    view = app.window.chat_view
    assert [r.role for r in app.window.chat_model.rows()] == ["user", "assistant"]
    assert view.rendered_plain_text(0).strip() == "What is the capital of France?"
    assert "Paris" in view.rendered_plain_text(1)
    assert view.status_text(1) == ""
    path = stored_path(app)
    assert [m.role for m in path] == ["user", "assistant"]
    reply = path[-1]
    assert reply.id == reply_id and reply.status == "complete"
    assert "Paris" in reply.content
    assert reply.stats is not None
    assert reply.stats.generated_tokens == stats.generated_tokens
    assert reply.stats.prompt_tokens == stats.prompt_tokens
    assert reply.repro is not None and reply.repro.sampling is not None
    assert reply.repro.sampling.temperature == 0.0
    assert reply.repro.sampling.max_tokens == 48
    # The stats line under the reply is what was stored.
    assert f"{stats.generated_tokens} tokens" in widget(qtbot, app, 1).stats_label.text()


# --- 2. regenerate and the branch switcher -----------------------------------------------


def test_regenerate_button_adds_a_version_and_the_switcher_goes_back(qtbot, app):
    first_id, status, _ = type_and_send(qtbot, app, "tell me a story")
    assert status == "complete"
    first_text = app.window.chat_model.chat_row(1).text
    first_shown = app.window.chat_view.rendered_plain_text(1)
    assert first_text and first_shown.strip() == shown(first_text)

    use_sampling(app, SAMPLED)
    reply = widget(qtbot, app, 1)
    assert reply.regenerate_button.isVisible() and reply.edit_button.isVisible()  # in place
    assert not reply.prev_button.isVisible()  # one version: no switcher
    with qtbot.waitSignal(app.controller.messageFinished, timeout=60000) as blocker:
        click(qtbot, reply.regenerate_button)
    second_id, status, _ = blocker.args
    assert status == "complete" and second_id != first_id

    rows = app.window.chat_model.rows()
    assert [r.role for r in rows] == ["user", "assistant"]  # replaced in place, not appended
    assert rows[1].message_id == second_id
    assert (rows[1].sibling_index, rows[1].sibling_count) == (1, 2)
    second_text = rows[1].text
    assert second_text and second_text != first_text
    second_shown = app.window.chat_view.rendered_plain_text(1)
    assert second_shown.strip() == shown(second_text) and second_shown != first_shown
    assert [m.id for m in on_disk(app).siblings(second_id)] == [first_id, second_id]
    assert stored_path(app)[-1].id == second_id

    reply = widget(qtbot, app, 1)
    assert reply.branch_label.isVisible() and reply.branch_label.text() == "2/2"
    assert reply.prev_button.isEnabled() and not reply.next_button.isEnabled()
    assert reply.prev_button.text() == "\u2039"
    with qtbot.waitSignal(app.controller.branchSwitched, timeout=5000):
        click(qtbot, reply.prev_button)

    row = app.window.chat_model.chat_row(1)
    assert row.message_id == first_id and row.text == first_text
    assert (row.sibling_index, row.sibling_count) == (0, 2)
    assert app.window.chat_view.rendered_plain_text(1) == first_shown
    assert widget(qtbot, app, 1).branch_label.text() == "1/2"
    assert stored_path(app)[-1].id == first_id  # the choice is stored, not only shown

    # Deleting the shown version leaves the other one, and no switcher.
    with qtbot.waitSignal(app.controller.messagesRemoved, timeout=5000):
        click(qtbot, widget(qtbot, app, 1).delete_button)
    row = app.window.chat_model.chat_row(1)
    assert row.message_id == second_id and (row.sibling_index, row.sibling_count) == (0, 1)
    assert app.window.chat_view.rendered_plain_text(1) == second_shown
    assert not widget(qtbot, app, 1).prev_button.isVisible()
    assert [m.id for m in on_disk(app).siblings(second_id)] == [second_id]


# --- 3. edit a user message -------------------------------------------------------------


def test_edit_makes_a_new_user_branch_with_a_new_reply(qtbot, app):
    first_reply, _, _ = type_and_send(qtbot, app, "the original question")
    user_v1 = app.window.chat_model.chat_row(0).message_id
    view = app.window.chat_view

    user = widget(qtbot, app, 0)
    assert user.edit_button.isVisible() and not user.regenerate_button.isVisible()
    click(qtbot, user.edit_button)
    editor = view.editor()  # in place, in the transcript (no dialog)
    assert editor is not None and editor.isVisible() and editor.parent() is view.viewport()
    assert editor.message_id == user_v1 and editor.text() == "the original question"
    editor.edit.selectAll()
    qtbot.keyClicks(editor.edit, "the edited question")
    assert editor.text() == "the edited question"
    with qtbot.waitSignal(app.controller.messageFinished, timeout=60000) as blocker:
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    new_reply, status, _ = blocker.args
    assert status == "complete" and new_reply != first_reply
    assert view.editor() is None

    rows = app.window.chat_model.rows()
    assert [r.role for r in rows] == ["user", "assistant"]
    user_v2 = rows[0].message_id
    assert user_v2 != user_v1 and rows[0].text == "the edited question"
    assert (rows[0].sibling_index, rows[0].sibling_count) == (1, 2)
    assert rows[1].message_id == new_reply
    assert view.rendered_plain_text(0).strip() == "the edited question"
    assert [m.id for m in on_disk(app).siblings(user_v2)] == [user_v1, user_v2]
    assert on_disk(app).get_message(user_v1).content == "the original question"  # kept

    user = widget(qtbot, app, 0)
    assert user.branch_label.text() == "2/2"
    with qtbot.waitSignal(app.controller.branchSwitched, timeout=5000):
        click(qtbot, user.prev_button)
    rows = app.window.chat_model.rows()
    assert [r.message_id for r in rows] == [user_v1, first_reply]  # the old branch, whole
    assert rows[0].text == "the original question"
    assert widget(qtbot, app, 0).branch_label.text() == "1/2"

    with qtbot.waitSignal(app.controller.branchSwitched, timeout=5000):
        click(qtbot, widget(qtbot, app, 0).next_button)
    assert [r.message_id for r in app.window.chat_model.rows()] == [user_v2, new_reply]
    assert [m.id for m in stored_path(app)] == [user_v2, new_reply]


def test_edit_cancel_or_unchanged_text_changes_nothing(qtbot, app):
    type_and_send(qtbot, app, "keep me")
    before = [m.id for m in stored_path(app)]
    view = app.window.chat_view
    click(qtbot, widget(qtbot, app, 0).edit_button)
    editor = view.editor()
    assert editor is not None
    qtbot.mouseClick(editor.regenerate_button, LEFT)  # the same text: nothing to do
    assert view.editor() is None
    click(qtbot, widget(qtbot, app, 0).edit_button)
    editor = view.editor()
    assert editor is not None
    editor.edit.setPlainText("something else")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Escape)
    assert view.editor() is None
    assert app.window.focusWidget() is widget(qtbot, app, 0).edit_button  # back where it was
    assert app.controller.state is ChatState.IDLE
    assert [m.id for m in stored_path(app)] == before
    assert on_disk(app).siblings(before[0]) == [on_disk(app).get_message(before[0])]


# --- 4. delete a message ----------------------------------------------------------------


def test_delete_button_removes_the_reply_from_view_and_db(qtbot, app):
    type_and_send(qtbot, app, "first")
    type_and_send(qtbot, app, "second")
    rows = app.window.chat_model.rows()
    assert [r.role for r in rows] == ["user", "assistant", "user", "assistant"]
    doomed = rows[3].message_id
    kept = [r.message_id for r in rows[:3]]

    with qtbot.waitSignal(app.controller.messagesRemoved, timeout=5000):
        click(qtbot, widget(qtbot, app, 3).delete_button)
    assert [r.message_id for r in app.window.chat_model.rows()] == kept
    assert [m.id for m in stored_path(app)] == kept
    with pytest.raises(HistoryNotFound):
        on_disk(app).get_message(doomed)

    # Deleting a user message takes its whole subtree with it.
    second_user = kept[2]
    with qtbot.waitSignal(app.controller.messagesRemoved, timeout=5000):
        click(qtbot, widget(qtbot, app, 2).delete_button)
    assert [r.message_id for r in app.window.chat_model.rows()] == kept[:2]
    assert [m.id for m in stored_path(app)] == kept[:2]
    with pytest.raises(HistoryNotFound):
        on_disk(app).get_message(second_user)
    assert app.window.chat_view.rendered_plain_text(0).strip() == "first"

    # The conversation goes on from what is left.
    _, status, _ = type_and_send(qtbot, app, "third")
    assert status == "complete"
    assert [m.content for m in stored_path(app)][2] == "third"
    assert stored_path(app)[2].parent_id == kept[1]


def test_deleting_a_message_says_what_goes_with_it_and_undo_brings_all_back(qtbot, app):
    """Issue 10.4: deleting was instant and permanent, and took the replies silently."""
    type_and_send(qtbot, app, "first")
    type_and_send(qtbot, app, "second")
    before = [r.message_id for r in app.window.chat_model.rows()]
    texts = view_texts(app)
    second_user = before[2]

    with qtbot.waitSignal(app.controller.messagesDeleted, timeout=5000) as deleted:
        click(qtbot, widget(qtbot, app, 2).delete_button)
    assert deleted.args[1] == before[2:]
    banner = app.window.banner
    assert banner.isVisible()
    assert banner.label.text() == "Message and the reply under it deleted."
    assert banner.action.text() == "Undo"
    assert [r.message_id for r in app.window.chat_model.rows()] == before[:2]
    assert [m.id for m in stored_path(app)] == before[:2]

    with qtbot.waitSignal(app.controller.messageAdded, timeout=5000):
        qtbot.mouseClick(banner.action, LEFT)
    assert [r.message_id for r in app.window.chat_model.rows()] == before
    assert view_texts(app) == texts
    assert [m.id for m in stored_path(app)] == before
    assert on_disk(app).get_message(second_user).content == "second"


# --- 5. the sidebar: rename, delete with undo --------------------------------------------


def sidebar_titles(app: App) -> dict[int, str]:
    model = app.window.conversations
    return {
        model.index(i, 0).data(ListRole.ConversationId): model.index(i, 0).data()
        for i in range(model.rowCount())
        if not model.index(i, 0).data(ListRole.IsHeader)  # date group headers ("Today")
    }


def test_sidebar_rename_in_place_then_delete_key_and_undo(qtbot, app):
    type_and_send(qtbot, app, "an old name")
    cid = app.controller.conversation_id
    w = app.window
    lst = w.sidebar.list
    assert sidebar_titles(app) == {cid: "an old name"}

    index = w.conversations.index(w.conversations.row_of(cid), 0)
    lst.setFocus()
    lst.setCurrentIndex(index)
    lst.edit(index)
    qtbot.waitUntil(lambda: lst.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "an old name"
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "  Trip   plans ")
    with qtbot.waitSignal(w.conversations.renamed, timeout=5000) as renamed:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert renamed.args == [cid, "Trip plans"]  # whitespace collapsed
    assert on_disk(app).get_conversation(cid).title == "Trip plans"
    assert sidebar_titles(app) == {cid: "Trip plans"}
    assert lst.state() != lst.State.EditingState

    # A second conversation stays untouched by what follows.
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_and_send(qtbot, app, "bystander")
    other = app.controller.conversation_id
    assert other != cid
    with qtbot.waitSignal(app.controller.conversationSwitched, timeout=5000):
        qtbot.mouseClick(
            lst.viewport(),
            LEFT,
            pos=lst.visualRect(w.conversations.index(w.conversations.row_of(cid), 0)).center(),
        )
    assert app.controller.conversation_id == cid
    opened = view_texts(app)

    lst.setFocus()
    assert lst.hasFocus() and lst.currentIndex().data(ListRole.ConversationId) == cid
    qtbot.keyClick(lst, Qt.Key.Key_Delete)
    assert cid not in sidebar_titles(app) and other in sidebar_titles(app)
    assert on_disk(app).get_conversation(cid).deleted_at is not None
    assert app.controller.conversation_id is None
    assert app.window.chat_model.rowCount() == 0
    banner = w.banner
    assert banner.isVisible() and "deleted" in banner.label.text().lower()
    assert banner.action.isVisible() and banner.action.text() == "Undo"

    with qtbot.waitSignal(app.controller.conversationSwitched, timeout=5000):
        qtbot.mouseClick(banner.action, LEFT)
    assert not banner.isVisible()
    assert sidebar_titles(app) == {cid: "Trip plans", other: "bystander"}
    assert on_disk(app).get_conversation(cid).deleted_at is None
    assert app.controller.conversation_id == cid
    assert view_texts(app) == opened
    assert lst.currentIndex().data(ListRole.ConversationId) == cid


# --- 6. Esc stops a long reply -----------------------------------------------------------


class EscOnFirstPiece(QObject):
    """On the GUI thread: presses Esc on the window when the first piece arrives."""

    def __init__(self, qtbot, app: App) -> None:
        super().__init__()
        self.qtbot, self.app, self.pressed, self.state = qtbot, app, False, None
        app.controller.streamAppended.connect(self.on_piece)

    @Slot(int, str)
    def on_piece(self, message_id, text) -> None:
        if not self.pressed:
            self.pressed = True
            self.qtbot.keyClick(self.app.window, Qt.Key.Key_Escape)
            self.state = self.app.controller.state


def test_escape_stops_a_long_reply(qtbot, app):
    use_sampling(app, LONG)
    presser = EscOnFirstPiece(qtbot, app)
    reply_id, status, stats = type_and_send(qtbot, app, LONG_PROMPT)
    assert presser.pressed and presser.state is ChatState.STOPPING
    assert status == "stopped"
    assert stats is not None and stats.generated_tokens < 3000
    assert app.controller.state is ChatState.IDLE
    assert app.window.composer.button.text() == "Send"
    row = app.window.chat_model.chat_row(1)
    assert row.message_id == reply_id and row.status == "stopped"
    assert app.window.chat_view.status_text(1) == STATUS_MARKERS["stopped"]
    assert widget(qtbot, app, 1).status_text() == STATUS_MARKERS["stopped"]
    stored = stored_path(app)[-1]
    assert stored.id == reply_id and stored.status == "stopped" and stored.content == row.text
    # Esc while idle does nothing; the next message gets a full reply.
    qtbot.keyClick(app.window, Qt.Key.Key_Escape)
    assert app.controller.state is ChatState.IDLE
    use_sampling(app, GREEDY)
    assert type_and_send(qtbot, app, "again")[1] == "complete"


# --- 7. the engine killed mid-reply ------------------------------------------------------


class KillOnFirstPiece(QObject):
    """On the GUI thread: SIGKILLs the engine process when the first piece arrives."""

    def __init__(self, app: App) -> None:
        super().__init__()
        self.app, self.pid, self.first = app, 0, ""
        app.controller.streamAppended.connect(self.on_piece)

    @Slot(int, str)
    def on_piece(self, message_id, text) -> None:
        if not self.pid:
            pid = self.app.controller.worker.engine_pid()
            assert pid
            self.pid, self.first = pid, text
            os.kill(self.pid, signal.SIGKILL)
            self.app.controller.streamAppended.disconnect(self.on_piece)


def crash_a_reply(qtbot, app: App) -> tuple[KillOnFirstPiece, tuple]:
    use_sampling(app, LONG)
    killer = KillOnFirstPiece(app)
    c = app.controller
    with (
        qtbot.waitSignal(c.engineCrashed, timeout=60000) as crashed,
        qtbot.waitSignal(c.messageFinished, timeout=60000) as finished,
    ):
        qtbot.keyClicks(app.window.composer.edit, LONG_PROMPT)
        qtbot.keyClick(app.window.composer.edit, Qt.Key.Key_Return)
    assert killer.pid > 0 and crashed.signal_triggered
    return killer, tuple(finished.args)


def test_engine_killed_mid_reply_keeps_the_text_send_and_offers_a_reload(qtbot, app):
    """Issue 11, bug 6: the banner said the engine starts again with the next request while
    Send was disabled, and its sentence read "it killed (out of memory…)"."""
    c = app.controller
    killer, (reply_id, status, stats) = crash_a_reply(qtbot, app)
    assert status == "error" and stats is None

    # The partial reply stays, in the view and on disk, marked as an error.
    rows = app.window.chat_model.rows()
    assert [r.role for r in rows] == ["user", "assistant"]
    assert rows[1].message_id == reply_id and rows[1].status == "error"
    assert rows[1].text.startswith(killer.first) and rows[1].text
    assert app.window.chat_view.status_text(1) == STATUS_MARKERS["error"]
    assert widget(qtbot, app, 1).status_text() == STATUS_MARKERS["error"]
    stored = stored_path(app)[-1]
    assert stored.id == reply_id and stored.status == "error" and stored.content == rows[1].text

    # The banner reads right and is true: Send stays offered, the next send reloads.
    banner = app.window.banner
    assert banner.isVisible()
    assert banner.label.text() == (
        "The engine stopped unexpectedly: it was killed, by the system when memory ran out "
        "or by another program (SIGKILL). What was written so far is kept; the engine starts "
        "again with the next request."
    )
    assert banner.action.isVisible() and banner.action.text() == "Reload model"
    assert c.state is ChatState.IDLE and c.model is not None
    assert app.window.composer.button.isEnabled()
    use_sampling(app, GREEDY)
    new_id, status, stats = type_and_send(qtbot, app, "are you back?")
    assert status == "complete" and stats is not None and stats.generated_tokens > 0
    assert [m.status for m in stored_path(app)] == ["complete", "error", "complete", "complete"]
    assert stored_path(app)[-1].id == new_id
    assert app.window.chat_model.chat_row(3).text == stored_path(app)[-1].content
    assert not banner.isVisible()  # the engine answers again: the problem is gone
    assert process_gone(killer.pid)

    # Or the banner's button loads the model at once (a new chat: LONG_PROMPT's long reply).
    qtbot.keyClick(app.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    killer, _ = crash_a_reply(qtbot, app)
    assert banner.isVisible() and banner.action.text() == "Reload model"
    with qtbot.waitSignal(c.modelLoaded, timeout=60000):
        qtbot.mouseClick(banner.action, LEFT)
    assert not banner.isVisible()
    assert c.state is ChatState.IDLE
    new_pid = c.worker.engine_pid()
    assert new_pid and new_pid != killer.pid
    assert process_gone(killer.pid)


# --- 8. export and import ----------------------------------------------------------------


def test_export_then_import_shows_the_copy_in_the_sidebar(qtbot, app, tmp_path):
    type_and_send(qtbot, app, "export me")
    type_and_send(qtbot, app, "and me")
    cid = app.controller.conversation_id
    original = stored_path(app)
    target = tmp_path / "c.json"
    with qtbot.waitSignal(app.history.info, timeout=10000):
        app.history.export_conversation(cid, target)
    assert target.is_file()
    assert "export me" in json.dumps(json.loads(target.read_text(encoding="utf-8")))
    markdown = tmp_path / "c.md"
    with qtbot.waitSignal(app.history.info, timeout=10000):
        app.history.export_conversation(cid, markdown)
    assert "export me" in markdown.read_text(encoding="utf-8")

    with qtbot.waitSignal(app.history.imported, timeout=10000) as imported:
        app.history.import_file(target)
    ids = imported.args[0]
    assert len(ids) == 1 and ids[0] != cid
    new = ids[0]
    titles = sidebar_titles(app)
    assert titles[new] == titles[cid] == "export me"
    assert app.controller.conversation_id == cid  # importing does not switch

    lst = app.window.sidebar.list
    index = app.window.conversations.index(app.window.conversations.row_of(new), 0)
    with qtbot.waitSignal(app.controller.conversationSwitched, timeout=5000):
        qtbot.mouseClick(lst.viewport(), LEFT, pos=lst.visualRect(index).center())
    assert app.controller.conversation_id == new
    copy = stored_path(app)
    assert [(m.role, m.content, m.status) for m in copy] == [
        (m.role, m.content, m.status) for m in original
    ]
    assert {m.id for m in copy}.isdisjoint(m.id for m in original)
    assert view_texts(app) == [m.content for m in original]

    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with qtbot.waitSignal(app.history.error, timeout=10000) as failed:
        app.history.import_file(bad)
    assert "not a Hearth export" in failed.args[0]
    assert "not a Hearth export" in app.window.banner.label.text()
    assert set(sidebar_titles(app)) == {cid, new}


def test_import_of_a_deeply_nested_file_says_so_and_changes_nothing(qtbot, app, tmp_path):
    """Issue 10.12: json.loads raised RecursionError, which escaped the import."""
    type_and_send(qtbot, app, "kept as it is")
    before = sidebar_titles(app)
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    with qtbot.waitSignal(app.history.error, timeout=10000) as failed:
        app.history.import_file(nested)
    assert "nested far deeper than an export ever is" in failed.args[0]
    assert app.window.banner.isVisible()
    assert sidebar_titles(app) == before
    assert on_disk(app).count_conversations() == 1


# --- races between the person and a reply being written ----------------------------------


class OnFirstPiece(QObject):
    """On the GUI thread: runs act() once, when the first piece of a reply arrives."""

    def __init__(self, app: App, act) -> None:
        super().__init__()
        self.act, self.done = act, False
        app.controller.streamAppended.connect(self.on_piece)

    @Slot(int, str)
    def on_piece(self, message_id, text) -> None:
        if not self.done:
            self.done = True
            self.act()


def click_conversation(qtbot, app: App, conversation_id: int) -> None:
    lst, model = app.window.sidebar.list, app.window.conversations
    index = model.index(model.row_of(conversation_id), 0)
    qtbot.mouseClick(lst.viewport(), LEFT, pos=lst.visualRect(index).center())


def test_opening_another_conversation_while_a_reply_streams(qtbot, app, caplog):
    type_and_send(qtbot, app, "the quiet one")
    quiet = app.controller.conversation_id
    qtbot.keyClick(app.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    use_sampling(app, LONG)
    switcher = OnFirstPiece(app, lambda: click_conversation(qtbot, app, quiet))
    reply_id, status, _ = type_and_send(qtbot, app, LONG_PROMPT)
    assert switcher.done and app.controller.conversation_id == quiet
    assert status in ("complete", "stopped")
    assert app.window.chat_model.chat_row(0).text == "the quiet one"
    assert unhandled(caplog) == []
    busy = on_disk(app).get_message(reply_id)
    assert busy.status == status
    click_conversation(qtbot, app, busy.conversation_id)
    assert app.window.chat_model.rows()[-1].message_id == reply_id


def test_delete_key_on_the_conversation_being_written(qtbot, app, caplog):
    use_sampling(app, LONG)
    lst = app.window.sidebar.list

    def delete() -> None:
        lst.setFocus()
        qtbot.keyClick(lst, Qt.Key.Key_Delete)

    deleter = OnFirstPiece(app, delete)
    reply_id, status, _ = type_and_send(qtbot, app, LONG_PROMPT)
    assert deleter.done and status == "stopped"
    assert app.controller.conversation_id is None
    assert app.window.chat_model.rowCount() == 0
    assert unhandled(caplog) == []
    banner = app.window.banner
    assert banner.action.isVisible() and banner.action.text() == "Undo"
    with qtbot.waitSignal(app.controller.conversationSwitched, timeout=5000):
        qtbot.mouseClick(banner.action, LEFT)
    assert app.window.chat_model.rows()[-1].message_id == reply_id
    assert app.window.chat_model.rows()[-1].status == "stopped"


class EscOnReplyStarted(QObject):
    """On the GUI thread: Esc the moment the reply starts (before the engine has the
    request), then the Stop button on each of the first pieces."""

    def __init__(self, qtbot, app: App) -> None:
        super().__init__()
        self.qtbot, self.app, self.state, self.clicks = qtbot, app, None, 0
        app.controller.messageAdded.connect(self.on_added)
        app.controller.streamAppended.connect(self.on_piece)

    @Slot(object)
    def on_added(self, shown) -> None:
        if shown.message.role == "assistant":  # the reply starts
            self.qtbot.keyClick(self.app.window, Qt.Key.Key_Escape)
            self.state = self.app.controller.state

    @Slot(int, str)
    def on_piece(self, message_id, text) -> None:
        if self.clicks < 3:
            self.clicks += 1
            self.qtbot.mouseClick(self.app.window.composer.button, LEFT)


def test_escape_right_after_enter_stops_the_reply(qtbot, app):
    use_sampling(app, replace(LONG, max_tokens=300))  # unstopped, it ends at 300: complete
    presser = EscOnReplyStarted(qtbot, app)
    _, status, stats = type_and_send(qtbot, app, LONG_PROMPT)
    assert presser.state is ChatState.STOPPING  # the UI showed "Stopping…"
    assert status == "stopped", (status, stats)
