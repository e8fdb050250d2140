"""A message's footer: icon-only actions (their words in tooltips and accessible names, shown
until the icon font loads), Copy says it copied, and a finished reply's stats line is read
whole beside them in a 1000 px window with the parameters open (real window, real SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QToolButton, QWidget
from scripted_backend import ScriptedBackend

from desktop.core.history import ConversationStore
from desktop.models.chat_model import ChatModel, ChatRow
from desktop.services.chat_session import ChatSession
from desktop.services.conversations import open_read_store
from desktop.services.history import History
from desktop.ui import icons
from desktop.ui.chat_style import Metrics
from desktop.ui.chat_view import ChatView
from desktop.ui.main_window import MainWindow
from desktop.ui.message_widget import MessageWidget

LEFT = Qt.MouseButton.LeftButton
STATS = "27 tokens · 1.2 tok/s · first token 4546 ms"
WORDS = {  # button: (accessible name, icon)
    "copy_button": ("Copy", "mdi6.content-copy"),
    "edit_button": ("Edit", "mdi6.pencil"),
    "regenerate_button": ("Regenerate", "mdi6.refresh"),
    "delete_button": ("Delete", "mdi6.delete-outline"),
    "info_button": ("Info", "mdi6.information-outline"),
}
ROWS = [
    ChatRow(1, "user", "Write a short Python function that reverses a string."),
    ChatRow(2, "assistant", "def reverse(s):\n    return s[::-1]", stats=STATS),
]


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "hearth.sqlite3"
    ConversationStore(path).close()
    backend = ScriptedBackend()
    history = History(open_read_store(path))
    session = ChatSession(history, backend_factory=lambda: backend)
    w = MainWindow(session, history)
    qtbot.addWidget(w)
    yield w
    backend.release.set()
    w.close()
    assert session.shutdown()
    assert history.close(5)
    history.store.close()


def reply_on_screen(qtbot, view: ChatView, row: int = 1) -> MessageWidget:
    qtbot.waitUntil(lambda: view.message_widget(row) is not None, timeout=5000)
    widget = view.message_widget(row)
    assert widget is not None
    return widget


def test_the_stats_line_is_whole_at_1000_px_with_the_parameters_open(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() == 1000 and window.height() == 700)
    assert window.params.isVisible() and window.splitter.indexOf(window.params) >= 0
    window.chat_model.set_rows(list(ROWS))
    reply = reply_on_screen(qtbot, window.chat_view)
    for loaded in (False, True):  # before the icon font loads (words), and after (icons)
        if loaded:
            icons.load()
        qtbot.waitUntil(lambda: reply.stats_label.text() == STATS)
        label = reply.stats_label
        assert label.isVisibleTo(reply)
        assert label.width() >= label.fontMetrics().horizontalAdvance(STATS)
        assert reply.rect().contains(label.geometry())
        shown = [b for b in reply.findChildren(QToolButton) if b.isVisibleTo(reply)]
        assert all(not label.geometry().intersects(b.geometry()) for b in shown)


def test_footer_buttons_are_icons_with_words_for_the_keyboard_and_screen_readers(qtbot):
    view = ChatView(ChatModel())
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    model = view.model()
    assert isinstance(model, ChatModel)
    model.set_rows([*ROWS[:1], ChatRow(2, "assistant", "Once", status="stopped", stats=STATS)])
    reply = reply_on_screen(qtbot, view)
    icons.load()
    for attribute, (word, name) in WORDS.items():
        button = getattr(reply, attribute)
        assert button.isVisibleTo(reply), word
        assert button.accessibleName() == word
        assert button.toolTip() and button.property("hearthIcon") == name
        assert not button.icon().isNull()
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        # Icon-only: about as wide as it is tall, whatever its word.
        assert button.sizeHint().width() <= 2 * button.sizeHint().height()
    # Continue, the main way on for a stopped reply, keeps its word beside its icon.
    cont = reply.continue_button
    assert cont.isVisibleTo(reply) and cont.accessibleName() == "Continue"
    assert cont.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    # The keyboard reaches them: Space on a focused button acts.
    reply.delete_button.setFocus()
    with qtbot.waitSignal(view.deleteRequested) as asked:
        qtbot.keyClick(reply.delete_button, Qt.Key.Key_Space)
    assert asked.args == [2]


def test_an_icon_only_button_shows_its_word_until_the_icon_font_loads(qtbot, monkeypatch):
    # The window's first frame comes before the icon font (icons.load() runs once it shows).
    monkeypatch.setattr(icons, "_factory", None)
    view = QWidget()
    qtbot.addWidget(view)
    widget = MessageWidget(Metrics(view))
    qtbot.addWidget(widget)
    words = {}
    for attribute, (word, _name) in WORDS.items():
        button = getattr(widget, attribute)
        assert button.icon().isNull() and button.text() == word
        assert button.accessibleName() == word and button.toolTip()
        words[attribute] = button.sizeHint().width()
        assert words[attribute] > widget.fontMetrics().horizontalAdvance(word)
    icons.load()  # draws every icon attached so far: the words give way to the icons
    for attribute, (word, _name) in WORDS.items():
        button = getattr(widget, attribute)
        assert not button.icon().isNull() and button.accessibleName() == word
        if attribute != "info_button":  # "Info" is about as narrow as its icon
            assert button.sizeHint().width() < words[attribute]


def test_copy_says_it_copied_then_goes_back(qtbot):
    view = ChatView(ChatModel())
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    model = view.model()
    assert isinstance(model, ChatModel)
    model.set_rows(list(ROWS))
    reply = reply_on_screen(qtbot, view)
    icons.load()
    button = reply.copy_button
    tip = button.toolTip()
    with qtbot.waitSignal(reply.copyFeedbackShown):
        qtbot.mouseClick(button, LEFT)
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None and clipboard.text() == ROWS[1].text
    assert button.toolTip() == "Copied"
    assert button.property("hearthIcon") == "mdi6.check"
    assert button.accessibleName() == "Copy"  # what it does, not what it did
    with qtbot.waitSignal(reply.copyFeedbackEnded, timeout=5000):
        pass
    assert button.toolTip() == tip
    assert button.property("hearthIcon") == "mdi6.content-copy"
