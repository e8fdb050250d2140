"""Each paragraph of a rendered message takes its direction from its own text; code stays
left to right at the left, in an English and in a Persian (right-to-left) window."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from a11y_walk import unnamed_controls
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlock, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.markdown import BlockKind, CodeTheme, MarkdownRenderer, MessageRender
from desktop.ui.message_body import MessageBody

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
WIDTH = 600

MIXED = (
    "# عنوان فارسی\n\n"
    "این یک پاراگراف فارسی است که باید از راست خوانده شود.\n\n"
    "This paragraph is English and reads from the left.\n\n"
    "- مورد اول فهرست\n"
    "- the second item, in English\n\n"
    "> نقل قولی به فارسی\n\n"
    "```python\n"
    "# توضیح فارسی در کد\n"
    'print("سلام")\n'
    "```\n\n"
    "    indented = 'code'  # کد\n\n"
    "برای نصب `pip install hearth` را اجرا کنید.\n\n"
    "12345\n\n"
    "你好世界。\n"
)


@pytest.fixture(params=[LTR, RTL], ids=["english-window", "persian-window"])
def window_direction(
    request: pytest.FixtureRequest, qapp: QApplication
) -> Iterator[Qt.LayoutDirection]:
    qapp.setLayoutDirection(request.param)
    yield request.param
    qapp.setLayoutDirection(LTR)


def _render(text: str) -> MessageRender:
    render = MessageRender(MarkdownRenderer(QFont(), CodeTheme.named(False)))
    render.set_text(text)
    render.set_width(WIDTH)
    return render


def _blocks(doc: QTextDocument) -> list[QTextBlock]:
    found, block = [], doc.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def _find(render: MessageRender, start: str) -> tuple[QTextBlock, float]:
    """The text block that starts with start, and its document's width."""
    for rendered in render.blocks:
        for block in _blocks(rendered.doc):
            if block.text().strip("\u2066\u2069").startswith(start):
                return block, rendered.doc.textWidth()
    raise AssertionError(f"no block starts with {start!r}")


def _line_edges(block: QTextBlock) -> tuple[float, float]:
    """The first line's text: its left and right edges in the document."""
    layout = block.layout()
    line = layout.lineAt(0)
    rect = line.naturalTextRect()
    return layout.position().x() + rect.left(), layout.position().x() + rect.right()


def _reads(render: MessageRender, start: str) -> tuple[Qt.LayoutDirection, str]:
    """The direction a block reads in and the side its first line hugs."""
    block, width = _find(render, start)
    left, right = _line_edges(block)
    side = "left" if left < 2 else "right" if right > width - 2 else "middle"
    return block.textDirection(), side


def test_each_paragraph_takes_the_direction_of_its_own_text(
    window_direction: Qt.LayoutDirection,
) -> None:
    render = _render(MIXED)
    assert _reads(render, "عنوان فارسی") == (RTL, "right")
    assert _reads(render, "این یک پاراگ") == (RTL, "right")
    assert _reads(render, "This paragra") == (LTR, "left")
    assert _reads(render, "نقل قولی به ")[0] == RTL  # indented on both sides
    assert _reads(render, "你好世界。") == (LTR, "left")
    # A list item's bullet sits before its text: on the right for Persian.
    persian_item, english_item = _find(render, "مورد")[0], _find(render, "the second")[0]
    assert persian_item.textDirection() == RTL
    assert english_item.textDirection() == LTR
    assert _line_edges(persian_item)[1] > _line_edges(english_item)[1]
    assert _line_edges(persian_item)[0] > _line_edges(english_item)[0]


def test_a_paragraph_that_starts_with_inline_code_reads_as_its_words(
    window_direction: Qt.LayoutDirection,
) -> None:
    render = _render("`pip install hearth` را اجرا کنید.\n")
    block = _blocks(render.blocks[0].doc)[0]
    assert block.textDirection() == RTL
    # The span is isolated so its punctuation stays with it; copying drops the isolates.
    assert "\u2066pip install hearth\u2069" in block.text()
    assert render.plain_text() == "pip install hearth را اجرا کنید."
    assert render.selected_text((0, 0), (0, 200)) == "pip install hearth را اجرا کنید."


def test_digits_alone_follow_the_paragraph_before_them(
    window_direction: Qt.LayoutDirection,
) -> None:
    render = _render("سلام دنیا\n\n12345\n\nHello\n\n678\n")
    directions = [
        block.textDirection() for rendered in render.blocks for block in _blocks(rendered.doc)
    ]
    assert directions[:3] == [RTL, RTL, LTR] and directions[-1] == LTR


def test_code_is_left_to_right_at_the_left_in_both_windows(
    window_direction: Qt.LayoutDirection,
) -> None:
    render = _render(MIXED)
    fenced = [r for r in render.blocks if r.block.kind is BlockKind.CODE]
    assert fenced, "the fenced block was not rendered as code"
    for rendered in fenced:
        for block in _blocks(rendered.doc):
            assert block.textDirection() == LTR, block.text()
            assert _line_edges(block)[0] < 2, block.text()
    indented = _find(render, "indented")[0]
    assert indented.textDirection() == LTR
    assert _line_edges(indented)[0] < 2


def test_a_user_message_takes_its_direction_too(window_direction: Qt.LayoutDirection) -> None:
    # User messages go through the same renderer (chat_view): one Persian line, one English.
    render = _render("سلام! یک سؤال دارم.\n")
    assert _reads(render, "سلام! یک سؤا") == (RTL, "right")
    render = _render("Hello, one question.\n")
    assert _reads(render, "Hello, one q") == (LTR, "left")


def test_a_narrow_bubble_shows_all_of_a_right_to_left_line(
    window_direction: Qt.LayoutDirection,
) -> None:
    # A user's bubble is as wide as its text (chat_style): laid out at the column's width,
    # a right-aligned line would start past the bubble's right edge and be cut off.
    render = _render("سلام! یک مثال با کد پایتون بده. Show me Python too.\n\nShort\n")
    bubble = math.ceil(render.ideal_width()) + 1
    assert bubble < WIDTH / 2
    height = render.height
    render.fit_to(bubble)
    assert render.height == height  # the same line breaks
    for rendered in render.blocks:
        for block in _blocks(rendered.doc):
            left, right = _line_edges(block)
            assert left >= 0 and right <= bubble, (block.text(), left, right, bubble)
    persian, english = _find(render, "سلام")[0], _find(render, "Short")[0]
    assert _line_edges(persian)[1] > bubble - 2 and _line_edges(english)[0] < 2
    render.set_width(WIDTH + 10)  # a new column width lays it out across again
    assert _line_edges(_find(render, "سلام")[0])[1] > WIDTH - 2


def test_the_codes_copy_button_is_named_and_stays_at_the_codes_right(
    qtbot: QtBot, window_direction: Qt.LayoutDirection
) -> None:
    body = MessageBody()
    qtbot.addWidget(body)
    render = _render("سلام\n\n```python\nprint(1)\n```\n")
    body.resize(WIDTH, math.ceil(render.height))
    body.set_content(render, "")
    body.show()
    qtbot.waitExposed(body)
    assert not unnamed_controls(body)
    (button,) = body.code_buttons
    assert button.accessibleName() == "Copy the code"
    # The code's header reads left to right in any window: its language at the left, Copy
    # at the right.
    assert button.geometry().right() > WIDTH - 10
