"""A first-run user meets the welcome: it names the starter, sends a suggestion, comes back on
New chat, and leads to the model manager."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from ggufgen import write_tiny_model
from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import App
from desktop.core.models.describe import STARTER_BLURB
from desktop.core.models.names import file_display_name
from desktop.core.paths import STARTER_LABEL
from desktop.core.types import SamplingParams
from desktop.services.chat_session import ChatState
from desktop.ui.welcome import BETTER_MODEL_TEXT, SUGGESTED_PROMPTS, Welcome

LEFT = Qt.MouseButton.LeftButton


class Pieces(QObject):
    """The reply's streamed pieces, as the window receives them."""

    def __init__(self, app: App) -> None:
        super().__init__()
        self.texts: list[str] = []
        app.controller.streamAppended.connect(self.on_piece)

    @Slot(int, str)
    def on_piece(self, _message_id: int, text: str) -> None:
        self.texts.append(text)


def shown(app: App) -> bool:
    """The welcome is what the chat area shows, on screen."""
    w = app.window
    return w.chat_stack.currentWidget() is w.welcome and w.welcome.isVisible()


@pytest.fixture
def first_run(qtbot: QtBot, starter: Path) -> Iterator[App]:
    """A first launch: nothing stored, no model chosen; Hearth starts the starter. The
    welcome says it is loading it before it is ready."""
    app = App([])
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=60000):
        app.start()
        assert app.controller.state is ChatState.LOADING
        assert app.window.welcome.title.text() == f"Loading {STARTER_LABEL}…"
        assert shown(app)
    yield app
    app.window.close()
    assert not app.controller._thread.isRunning()


@pytest.fixture
def no_model(qtbot: QtBot) -> Iterator[App]:
    app = App([])
    qtbot.addWidget(app.window)
    app.start(load=False)
    yield app
    app.window.close()


def test_first_launch_welcomes_with_the_model_and_what_it_is_good_for(first_run: App) -> None:
    w = first_run.window
    assert shown(first_run)
    assert not w.chat_view.isVisible()
    assert w.welcome.title.text() == STARTER_LABEL
    assert w.welcome.blurb.text() == STARTER_BLURB
    assert "not for facts" in w.welcome.blurb.text()
    assert 3 <= len(w.welcome.cards) <= 4
    assert [c.text() for c in w.welcome.cards] == list(SUGGESTED_PROMPTS)
    assert all(c.isVisible() for c in w.welcome.cards)
    assert w.welcome.better_button.text() == BETTER_MODEL_TEXT
    # The composer keeps the focus: a first-run user can type at once.
    assert QApplication.focusWidget() is w.composer.edit or w.composer.edit.hasFocus()


def test_a_suggestion_is_sent_streamed_and_the_welcome_comes_back_on_new_chat(
    qtbot: QtBot, first_run: App
) -> None:
    app, w = first_run, first_run.window
    app.controller.sampling = SamplingParams(temperature=0.0, max_tokens=24, repeat_penalty=1.0)
    pieces = Pieces(app)
    card = w.welcome.cards[0]
    with qtbot.waitSignal(app.controller.messageFinished, timeout=60000) as finished:
        qtbot.mouseClick(card, LEFT)
        assert not shown(app)  # the chat shows the sent prompt at once
        assert w.chat_view.isVisible()
    assert finished.args[1] == "complete"
    assert pieces.texts  # the reply streamed in pieces
    rows = w.chat_model.rows()
    assert [r.role for r in rows] == ["user", "assistant"]
    assert rows[0].text == SUGGESTED_PROMPTS[0]
    assert rows[1].text.strip() and rows[1].text == "".join(pieces.texts)
    sent = app.controller.conversation_id
    assert sent is not None  # stored like a typed message
    assert w.composer.edit.hasFocus()  # the next message can be typed at once
    assert not shown(app)

    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New chat
    assert app.controller.conversation_id is None
    assert shown(app)
    assert w.welcome.title.text() == STARTER_LABEL

    w.sidebar.conversationChosen.emit(sent)  # as a click in the sidebar
    assert w.chat_model.rowCount() == 2 and not shown(app)  # a chat with messages: no welcome


def test_deleting_the_only_message_brings_the_welcome_back(qtbot: QtBot, first_run: App) -> None:
    app, w = first_run, first_run.window
    app.controller.sampling = SamplingParams(temperature=0.0, max_tokens=4, repeat_penalty=1.0)
    with qtbot.waitSignal(app.controller.messageFinished, timeout=60000):
        qtbot.mouseClick(w.welcome.cards[1], LEFT)
    assert not shown(app)
    app.controller.delete_message(w.chat_model.rows()[0].message_id)
    assert w.chat_model.rowCount() == 0
    assert shown(app)


def test_better_model_opens_the_model_manager(qtbot: QtBot, first_run: App) -> None:
    app = first_run
    assert app.manager is None  # built on first use
    qtbot.mouseClick(app.window.welcome.better_button, LEFT)
    assert app.manager is not None
    qtbot.waitUntil(app.manager.isVisible)
    assert app.manager.tabs.currentWidget() is app.manager.discover  # the models that fit


def test_with_no_model_yet_a_suggestion_waits_in_the_composer(qtbot: QtBot, no_model: App) -> None:
    w = no_model.window
    assert no_model.controller.state is ChatState.NO_MODEL
    assert shown(no_model)
    assert w.welcome.title.text() == "No model yet"
    qtbot.mouseClick(w.welcome.cards[2], LEFT)
    assert w.composer.edit.toPlainText() == SUGGESTED_PROMPTS[2]
    assert w.composer.edit.hasFocus()
    assert no_model.controller.conversation_id is None  # nothing was sent or stored
    assert shown(no_model)


def test_cards_stack_in_one_column_when_narrow_and_keyboard_chooses_them(qtbot: QtBot) -> None:
    welcome = Welcome()
    qtbot.addWidget(welcome)
    welcome.resize(900, 600)
    welcome.show()
    qtbot.waitExposed(welcome)
    first, second = welcome.cards[0], welcome.cards[1]
    assert first.y() == second.y() and first.x() < second.x()  # two columns
    welcome.resize(360, 600)
    qtbot.waitUntil(lambda: second.y() > first.y())
    assert first.x() == second.x()  # one column
    assert first.height() >= first.heightForWidth(first.width())  # wrapped text fits
    chosen: list[str] = []
    welcome.promptChosen.connect(chosen.append)
    second.setFocus()
    qtbot.keyClick(second, Qt.Key.Key_Return)
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert chosen == [SUGGESTED_PROMPTS[1], SUGGESTED_PROMPTS[0]]


def test_a_catalog_model_is_named_and_described_by_its_entry(
    qtbot: QtBot, no_model: App, tmp_path: Path
) -> None:
    entry = next(e for e in no_model.catalog if e.parameters == "0.5B")
    model = write_tiny_model(tmp_path / entry.filename)  # a file as the catalogue names it
    with qtbot.waitSignal(no_model.controller.modelLoaded, timeout=60000):
        no_model.load_model(str(model))
        assert no_model.window.welcome.title.text().startswith("Loading ")
    welcome = no_model.window.welcome
    assert welcome.title.text() == file_display_name(model)  # as the picker names it
    assert welcome.blurb.text() == entry.description


def test_the_welcome_follows_the_text_size(qtbot: QtBot, no_model: App) -> None:
    w = no_model.window
    welcome, card = w.welcome, w.welcome.cards[0]
    assert w.chat_stack.currentWidget() is welcome
    try_label = next(x for x in welcome.findChildren(QLabel) if x.text() == "Try one of these")
    size, title = card.font().pointSize(), welcome.title.font().pointSizeF()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(w, "=", ctrl)
    qtbot.keyClick(w, "=", ctrl)
    assert card.font().pointSize() == size + 2  # the prompts
    assert try_label.font().pointSize() == size + 2 and try_label.font().bold()
    assert welcome.title.font().pointSizeF() > title and welcome.title.font().bold()
    qtbot.keyClick(w, "0", ctrl)  # back to the system's size
    assert card.font().pointSize() == size
    assert welcome.title.font().pointSizeF() == title


LONG_PROMPTS = (
    "Schlage fünf Namen für ein graues Kätzchen vor und erkläre kurz, warum jeder passt",
    "Erzähl mir eine Gutenachtgeschichte über einen Roboter, der backen lernt",
    "Formuliere das höflicher: Schick mir sofort den Bericht",
)


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_a_narrow_chat_wraps_the_welcome_instead_of_cutting_it(
    qtbot: QtBot, direction: Qt.LayoutDirection
) -> None:
    host = QWidget()  # the chat column, as narrow as it gets beside the sidebar and panel
    host.setLayoutDirection(direction)
    column = QVBoxLayout(host)
    column.setContentsMargins(0, 0, 0, 0)
    welcome = Welcome(LONG_PROMPTS)
    column.addWidget(welcome)
    qtbot.addWidget(host)
    welcome.show_model(
        "Starter: SmolLM2 135M Instruct mit einem recht langen Namen",
        "Klein und schnell: gut, um Hearth auszuprobieren und mit Wörtern zu spielen, "
        "nicht für Fakten.",
    )
    welcome.better_button.setText("Ein besseres Modell für diesen Computer finden")
    host.resize(320, 480)
    host.show()
    qtbot.waitExposed(host)
    viewport, page = welcome.viewport(), welcome.widget()
    assert page is not None
    qtbot.waitUntil(lambda: page.width() <= viewport.width())
    shown_ = [c for c in page.findChildren(QWidget) if c.isVisible()]
    assert welcome.better_button in shown_ and all(c in shown_ for c in welcome.cards)
    for child in shown_:
        box = child.rect().translated(child.mapTo(viewport, QPoint(0, 0)))
        assert box.left() >= 0 and box.right() < viewport.width(), child
        # Nothing is squeezed under its own minimum (a text cut inside its frame).
        assert child.width() >= child.minimumSizeHint().width(), child
    labels = [welcome.title, welcome.blurb]
    assert all(label.wordWrap() for label in labels)
    assert welcome.title.height() > welcome.title.fontMetrics().height()  # on two lines
    button = welcome.better_button
    assert button.width() < button.sizeHint().width()  # no room for its one line: it wraps
    assert button.height() >= button.heightForWidth(button.width()) > button.sizeHint().height()
    for card in welcome.cards:
        assert card.height() >= card.heightForWidth(card.width())  # wrapped text fits
