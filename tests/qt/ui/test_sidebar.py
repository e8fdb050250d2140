"""The sidebar in the real window: conversations under date groups with their dates, titles
stored whole and elided by the view, and a context menu whose Rename, Export, Duplicate and
Delete do what they say (real SQLite, the real writer, a scripted engine)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTime, QUrl
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot
from saved import on_disk
from scripted_backend import ScriptedBackend, recorded

from desktop.core.history import ConversationStore
from desktop.core.types import LoadParams
from desktop.models.conversation_list import Role
from desktop.services.chat_session import ChatSession
from desktop.services.conversations import open_read_store
from desktop.services.history import History
from desktop.ui import main_window
from desktop.ui.main_window import MainWindow

N_CTX = recorded()["model"]["n_ctx"]


# Today's conversation at 9:00 would lie in the future before 9 in the morning (and then sort
# above a chat made now): before 9 it is made at midnight.
TODAY_HOUR = 9 if datetime.now().hour >= 9 else 0


def at(days_ago: int, hour: int = 9) -> float:
    """A moment days_ago calendar days before today (local time), never in the future."""
    if days_ago == 0:
        hour = min(hour, TODAY_HOUR)
    return datetime.combine(date.today() - timedelta(days=days_ago), time(hour)).timestamp()


# (title, days ago): one per group, made in an order other than the list's.
AGES = [
    ("last year", 400),
    ("this week", 3),
    ("today", 0),
    ("this month", 20),
    ("yesterday", 1),
    ("two months ago", 62),
]


@pytest.fixture
def made(tmp_path) -> Path:
    """A history file with conversations of different ages (their updated_at set through
    the store's clock)."""
    path = tmp_path / "hearth.sqlite3"
    now = [0.0]
    with ConversationStore(path, clock=lambda: now[0]) as store:
        for title, days in AGES:
            now[0] = at(days)
            c = store.create_conversation(title)
            store.add_message(c.id, None, "user", f"a question asked {title}")
    return path


@pytest.fixture
def window(qtbot, made) -> Iterator[MainWindow]:
    backend = ScriptedBackend()
    history = History(open_read_store(made))
    session = ChatSession(history, backend_factory=lambda: backend)
    w = MainWindow(session, history)
    qtbot.addWidget(w)
    w.resize(900, 600)
    w.show()
    w.refresh_conversations()
    yield w
    backend.release.set()
    w.close()
    assert session.shutdown()
    assert history.close(5)
    history.store.close()


def rows(w: MainWindow) -> list[tuple[bool, str]]:
    """(is a header, text) for every row of the list, top to bottom."""
    model = w.conversations
    return [
        (bool(model.index(i, 0).data(Role.IsHeader)), str(model.index(i, 0).data()))
        for i in range(model.rowCount())
    ]


def index_of(w: MainWindow, title: str) -> QModelIndex:
    model = w.conversations
    for i in range(model.rowCount()):
        index = model.index(i, 0)
        if index.data() == title and not index.data(Role.IsHeader):
            return index
    raise AssertionError(f"{title!r} is not listed")


def test_conversations_are_grouped_by_date_newest_first_with_their_dates(qtbot, window):
    two_months = date.today() - timedelta(days=62)
    last_year = date.today() - timedelta(days=400)
    month = QLocale().standaloneMonthName

    assert rows(window) == [
        (True, "Today"),
        (False, "today"),
        (True, "Yesterday"),
        (False, "yesterday"),
        (True, "Previous 7 days"),
        (False, "this week"),
        (True, "Previous 30 days"),
        (False, "this month"),
        (True, f"{month(two_months.month)} {two_months.year}"),
        (False, "two months ago"),
        (True, f"{month(last_year.month)} {last_year.year}"),
        (False, "last year"),
    ]
    nine = QLocale().toString(QTime(9, 0), QLocale.FormatType.ShortFormat)
    today = QLocale().toString(QTime(TODAY_HOUR, 0), QLocale.FormatType.ShortFormat)
    assert index_of(window, "today").data(Role.DateText) == today
    assert index_of(window, "yesterday").data(Role.DateText) == nine
    week = date.today() - timedelta(days=3)
    short_day = QLocale().dayName(week.isoweekday(), QLocale.FormatType.ShortFormat)
    assert index_of(window, "this week").data(Role.DateText) == short_day
    old = QDate(last_year.year, last_year.month, last_year.day)
    assert index_of(window, "last year").data(Role.DateText) == QLocale().toString(
        old, "d MMM yyyy"
    )
    assert "Last changed" in index_of(window, "last year").data(Qt.ItemDataRole.ToolTipRole)

    # Headers are neither chosen nor edited; arrow keys pass over them.
    header = window.conversations.index(2, 0)
    assert header.data() == "Yesterday" and header.data(Role.ConversationId) is None
    assert not window.conversations.setData(header, "renamed")
    view = window.sidebar.list
    view.setFocus()
    view.setCurrentIndex(index_of(window, "today"))
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().data() == "yesterday"
    chosen: list[int] = []
    window.sidebar.conversationChosen.connect(chosen.append)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(header).center()
    )
    assert chosen == []
    view.grab()  # the delegate paints headers and rows without a Qt warning


def test_a_long_first_message_is_the_title_whole_and_the_view_elides_it(qtbot, window):
    session = window.session
    with qtbot.waitSignal(session.modelLoaded, timeout=10000):
        session.load_model(LoadParams("starter.gguf", n_ctx=N_CTX))
    text = (
        "Please explain how the borrow checker in Rust decides when two mutable "
        "references overlap\nand more lines below"
    )
    with qtbot.waitSignal(session.messageFinished, timeout=30000):
        assert session.submit(text)
    title = (
        "Please explain how the borrow checker in Rust decides when two mutable references overlap"
    )
    assert len(title) > 48
    stored = on_disk(window).get_conversation(session.conversation_id).title
    assert stored == title and "…" not in stored
    qtbot.waitUntil(lambda: window.conversations.row_of(session.conversation_id) >= 0)
    index = window.conversations.index(window.conversations.row_of(session.conversation_id), 0)
    assert index.data() == title  # whole in the model; the delegate elides as it paints
    window.sidebar.list.grab()


def test_the_context_menu_renames_exports_duplicates_and_deletes(
    qtbot, window, tmp_path, monkeypatch
):
    history = window.history
    index = index_of(window, "this week")
    cid = index.data(Role.ConversationId)
    menu = window.sidebar.menu_for(index)
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["Rename", "Export", "Duplicate", "", "Delete"]
    assert window.sidebar.menu_for(window.conversations.index(0, 0)) is None  # a header
    by_text = {a.text(): a for a in menu.actions()}

    # Rename edits the title in place.
    by_text["Rename"].trigger()
    view = window.sidebar.list
    assert view.state() == QAbstractItemView.State.EditingState
    editor = view.findChild(QLineEdit)
    assert editor is not None
    editor.setText("renamed week")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert on_disk(window).get_conversation(cid).title == "renamed week"

    # Export: the dialog starts in Documents with the title as the name; then "Show in folder".
    documents = tmp_path / "home" / "Documents"
    documents.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    proposed: list[str] = []
    target = tmp_path / "out" / "renamed week.json"
    target.parent.mkdir()

    def save_dialog(_parent, _caption, start, filters):
        proposed.append(start)
        assert filters.startswith("JSON")
        return str(target)

    monkeypatch.setattr(main_window.file_dialogs, "save_file", save_dialog)
    opened: list[QUrl] = []
    monkeypatch.setattr(main_window.QDesktopServices, "openUrl", opened.append)
    export_menu = by_text["Export"].menu()
    assert [a.text() for a in export_menu.actions()] == ["Markdown (.md)…", "JSON (.json)…"]
    with qtbot.waitSignal(history.exported, timeout=10000):
        export_menu.actions()[1].trigger()
    assert proposed == [str(documents / "renamed week.json")]
    assert "a question asked this week" in target.read_text(encoding="utf-8")
    banner = window.banner
    assert banner.isVisible() and banner.label.text() == "Exported to renamed week.json."
    assert banner.action.text() == "Show in folder"
    banner.action.click()
    assert opened == [QUrl.fromLocalFile(str(target.parent))]

    # Duplicate: a copy with the same messages, listed under Today.
    with qtbot.waitSignal(history.duplicated, timeout=10000) as copied:
        by_text["Duplicate"].trigger()
    (copy_id,) = copied.args
    assert copy_id != cid
    store = on_disk(window)
    assert store.get_conversation(copy_id).title == "renamed week (copy)"
    assert [m.content for m in store.active_path(copy_id)] == ["a question asked this week"]
    qtbot.waitUntil(lambda: window.conversations.row_of(copy_id) == 1)
    assert rows(window)[:3] == [(True, "Today"), (False, "renamed week (copy)"), (False, "today")]

    # Delete: into the trash, with Undo.
    delete = next(a for a in menu.actions() if a.text() == "Delete")
    assert isinstance(delete, QAction)
    view.setCurrentIndex(index_of(window, "renamed week"))
    with qtbot.waitSignal(history.deleted, timeout=1000) as deleted:
        delete.trigger()
    assert deleted.args == [cid]
    assert window.conversations.row_of(cid) == -1
    assert banner.label.text() == "Conversation deleted." and banner.action.text() == "Undo"
    menu.deleteLater()


def test_export_all_and_import_start_in_documents(qtbot, window, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    starts: list[str] = []

    def dialog(_parent, _caption, start, _filters):
        starts.append(start)
        return ""

    monkeypatch.setattr(main_window.file_dialogs, "save_file", dialog)
    monkeypatch.setattr(main_window.file_dialogs, "open_file", dialog)
    window._export_all()
    window._import()
    # No Documents folder: home.
    assert starts == [str(home / "Hearth history.json"), str(home)]


# The offscreen platform cannot grab the keyboard for a popup menu (a real desktop does).
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_the_keyboard_renames_deletes_and_opens_a_rows_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    """F2 renames, Delete asks to delete, the menu key and Shift+F10 open the current row's
    menu (shown with popup: nothing blocks)."""
    sidebar, view = window.sidebar, window.sidebar.list
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    index = index_of(window, "this week")
    cid = index.data(Role.ConversationId)
    view.setCurrentIndex(index)

    QTest.keyClick(view, Qt.Key.Key_F2)
    assert view.state() == QAbstractItemView.State.EditingState
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.text() == "this week"
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)

    for key, modifier in (
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
    ):
        sidebar.shown_menu = None
        QTest.keyClick(view, key, modifier)
        menu = sidebar.shown_menu
        assert menu is not None, key
        qtbot.waitUntil(menu.isVisible)
        assert [a.text() for a in menu.actions()] == [
            "Rename", "Export", "Duplicate", "", "Delete",
        ]  # fmt: skip
        # Under the current row, not wherever the pointer is.
        assert view.viewport().rect().contains(view.viewport().mapFromGlobal(menu.pos()))
        menu.close()
        qtbot.waitUntil(lambda menu=menu: not menu.isVisible())

    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    deleted = qtbot.waitSignal(window.history.deleted, timeout=10000)
    with qtbot.waitSignal(sidebar.deleteRequested, timeout=1000) as asked, deleted:
        QTest.keyClick(view, Qt.Key.Key_Delete)
    assert asked.args == [cid]
    qtbot.waitUntil(lambda: window.conversations.row_of(cid) == -1)
