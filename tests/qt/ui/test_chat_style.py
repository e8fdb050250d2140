"""The transcript's look (issue 12.16): an assistant's reply sits in a card across the column,
readable at a glance, in light and dark; spacing and radii come from one set of metrics."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from desktop.models.chat_model import ChatModel, ChatRow
from desktop.ui import metrics
from desktop.ui.chat_style import Metrics, bubble_border, bubble_color
from desktop.ui.chat_view import ChatView
from desktop.ui.theme import apply_theme, current_theme, is_dark, palette_for
from desktop.ui.welcome import Welcome

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]
Role = QPalette.ColorRole
REPLY = "Here is a plain answer.\n\nIt has **two** paragraphs."


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    palette, tips, theme = (
        QPalette(qapp.palette()),
        QPalette(QToolTip.palette()),
        current_theme(qapp),
    )
    yield qapp
    apply_theme(qapp, theme)
    qapp.setPalette(palette)
    QToolTip.setPalette(tips)


@pytest.fixture
def view(qtbot: QtBot, themed: QApplication) -> ChatView:
    model = ChatModel()
    v = ChatView(model)
    qtbot.addWidget(v)
    v.resize(800, 600)
    v.show()
    qtbot.waitExposed(v)
    model.set_rows([ChatRow(1, "user", "Say something"), ChatRow(2, "assistant", REPLY)])
    return v


def pixel(view: ChatView, row: int, point: QPoint) -> QColor:
    widget = view.message_widget(row)
    assert widget is not None
    return widget.grab().toImage().pixelColor(point)


def test_an_assistant_reply_sits_in_a_card_across_the_column(view: ChatView) -> None:
    user, reply = view.message_widget(0), view.message_widget(1)
    assert user is not None and reply is not None
    card = reply._geometry.bubble if reply._geometry is not None else None
    assert card is not None
    body = reply.body.geometry()
    assert card.contains(body)
    pad = Metrics(view).bubble_pad
    assert body.left() - card.left() == pad and card.right() - body.right() == pad
    # The card spans the column; the user's bubble stays narrower, on the right.
    user_bubble = user._geometry.bubble if user._geometry is not None else None
    assert user_bubble is not None
    assert card.width() > user_bubble.width()
    assert user_bubble.right() == card.right()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_card_is_drawn_and_stands_apart_from_the_page_and_the_users_bubble(
    qtbot: QtBot, view: ChatView, themed: QApplication, theme: str
) -> None:
    apply_theme(themed, theme)
    qtbot.waitUntil(lambda: view.palette() == themed.palette())
    reply = view.message_widget(1)
    assert reply is not None
    palette = reply.palette()
    assert is_dark(palette) == (theme == "dark")
    fill = bubble_color(palette, "assistant")
    body = reply.body.geometry()
    inside = QPoint(body.x() - 4, body.center().y())  # the card's padding, left of the text
    assert pixel(view, 1, inside).name() == fill.name()
    base = palette.color(Role.Base)
    assert fill != base and fill != bubble_color(palette, "user")
    border = bubble_border(palette, "assistant")
    assert border is not None and bubble_border(palette, "user") is None
    # The hairline is visible on the page, the fill is only a shade off it (code blocks and
    # the user's tinted bubble keep standing out).
    assert abs(border.lightnessF() - base.lightnessF()) > 0.08
    assert abs(fill.lightnessF() - base.lightnessF()) < 0.05


def test_the_same_metrics_everywhere(qtbot: QtBot, view: ChatView) -> None:
    m = Metrics(view)
    assert m.margin == metrics.SPACE_L
    assert m.bubble_pad == metrics.SPACE_M + metrics.SPACE_S
    welcome = Welcome()
    qtbot.addWidget(welcome)
    app_font = welcome.font()
    assert welcome.title.font().pointSizeF() == pytest.approx(app_font.pointSizeF() * metrics.TITLE)
    assert welcome.title.font().bold()
    small = metrics.scaled(app_font, metrics.SMALL)
    assert small.pointSizeF() == pytest.approx(max(app_font.pointSizeF() * 0.85, 6.0))


def test_both_palettes_give_the_card_contrast() -> None:
    for dark in (False, True):
        palette = palette_for(dark)
        fill = bubble_color(palette, "assistant")
        assert fill.name() != palette.color(Role.Base).name()
