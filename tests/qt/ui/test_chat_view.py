"""ChatView: Markdown and code rendering, actions, streaming states, following, O(1) updates."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractSlider

from desktop.bench.stream import realistic_markdown, tokenize
from desktop.models.chat_model import ChatModel, ChatRow
from desktop.ui.chat_view import PROCESSING_TEXT, STATUS_MARKERS, ChatView
from desktop.ui.markdown import BlockKind, BlockSplitter, split_blocks

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # The offscreen platform plugin warns on every dialog it shows; not our bug.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

LEFT = Qt.MouseButton.LeftButton
CODE = "def greet(name: str) -> str:\n    # say hello\n    return f'hello {name}'"
ANSWER = f"Here you go:\n\n```python\n{CODE}\n```\n\nThat is **all**."


@pytest.fixture
def model() -> ChatModel:
    return ChatModel()


@pytest.fixture
def view(qtbot, model) -> ChatView:
    view = ChatView(model)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def _long_conversation(count: int) -> list[ChatRow]:
    rng = random.Random(3)
    return [
        ChatRow(n + 1, "user" if n % 2 == 0 else "assistant", realistic_markdown(rng, 300))
        for n in range(count)
    ]


def _finish_stream_work(view: ChatView) -> None:
    while view.stream_work_pending():
        view.flush()


# -- rendering ---------------------------------------------------------------------------


def test_user_and_assistant_messages_look_different(view, model):
    model.set_rows([ChatRow(1, "user", "Hi"), ChatRow(2, "assistant", "Hello! How can I help?")])
    user, assistant = view.message_widget(0), view.message_widget(1)
    assert user is not None and assistant is not None
    assert user.role_label.text() == "You"
    assert assistant.role_label.text() == "Assistant"
    # The user's bubble hugs the right edge, the reply reads from the left.
    assert user.body.geometry().left() > assistant.body.geometry().left()
    assert user.body.geometry().right() >= assistant.body.geometry().right() - 24


def test_markdown_is_rendered_not_shown_raw(view, model):
    text = "# Title\n\n**Hello** _world_ with `code`.\n\n- first item\n- second item\n\n1. one"
    model.set_rows([ChatRow(1, "assistant", text)])
    shown = view.rendered_plain_text(0)
    for part in ("Title", "Hello world with code.", "first item", "second item", "one"):
        assert part in shown
    assert "**" not in shown
    assert "# " not in shown


def test_code_blocks_are_highlighted_by_pygments(view, model):
    model.set_rows([ChatRow(1, "assistant", ANSWER)])
    render = view.message_render(0)
    code_blocks = [b for b in render.blocks if b.block.kind is BlockKind.CODE]
    assert len(code_blocks) == 1
    assert code_blocks[0].block.language == "python"
    assert code_blocks[0].doc.toPlainText() == CODE
    colours: set[str] = set()
    tokens: set[str] = set()
    block = code_blocks[0].doc.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            colours.add(char_format.foreground().color().name())
            tokens.add(str(char_format.property(0x100000)))
            iterator += 1
        block = block.next()
    assert len(colours) >= 3
    assert {"Token.Keyword", "Token.Comment.Single", "Token.Name.Function"} <= tokens


def test_the_code_copy_button_copies_the_code(qtbot, view, model):
    model.set_rows([ChatRow(1, "assistant", ANSWER)])
    widget = view.message_widget(0)
    assert widget is not None
    QGuiApplication.clipboard().clear()
    button = widget.body.code_buttons[0]
    assert button.isVisible()
    qtbot.mouseClick(button, LEFT)
    assert QGuiApplication.clipboard().text() == CODE


def test_a_long_code_block_is_copied_whole_from_its_chunks(qtbot, view, model):
    code = "\n".join(f"print({n})" for n in range(50))
    model.set_rows([ChatRow(1, "assistant", f"```python\n{code}\n```")])
    widget = view.message_widget(0)
    assert widget is not None
    assert len(view.message_render(0).blocks) > 1
    qtbot.mouseClick(widget.body.code_buttons[0], LEFT)
    assert QGuiApplication.clipboard().text() == code


def test_dark_palette_gives_a_dark_code_theme(qtbot, view, model):
    model.set_rows([ChatRow(1, "assistant", ANSWER)])
    assert not view.renderer.theme.dark
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1b1b1d"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    view.setPalette(palette)
    assert view.renderer.theme.dark
    assert view.renderer.theme.background.lightness() < 64
    assert CODE in view.rendered_plain_text(0)


# -- actions -----------------------------------------------------------------------------


def test_each_role_gets_its_own_actions(view, model):
    model.set_rows([ChatRow(1, "user", "Hi"), ChatRow(2, "assistant", "Hello")])
    user, assistant = view.message_widget(0), view.message_widget(1)
    assert user is not None and assistant is not None
    assert user.edit_button.isVisible() and not user.regenerate_button.isVisible()
    assert not user.info_button.isVisible()
    assert assistant.regenerate_button.isVisible() and assistant.info_button.isVisible()
    for widget in (user, assistant):
        assert widget.edit_button.isVisible()  # a reply can be corrected in place too
        assert widget.copy_button.isVisible() and widget.delete_button.isVisible()
        assert not widget.prev_button.isVisible()


@pytest.mark.parametrize("width", [800, 420])
def test_a_replys_stats_never_draw_over_its_buttons(qtbot, view, model, width):
    stats = "10 tokens · 105.5 tok/s · first token 105 ms"
    model.set_rows([ChatRow(1, "user", "Hi"), ChatRow(2, "assistant", "Hello", stats=stats)])
    view.resize(width, 600)
    qtbot.waitUntil(lambda: view.message_widget(1) is not None)
    reply = view.message_widget(1)
    assert reply is not None
    qtbot.waitUntil(lambda: reply.width() <= width)
    buttons = [reply.copy_button, reply.regenerate_button, reply.delete_button]
    label = reply.stats_label.geometry()
    assert all(not label.intersects(b.geometry()) for b in buttons)
    assert reply.stats_label.toolTip() == stats  # the whole line, however narrow
    if width == 800:
        assert reply.stats_label.text() == stats
    else:  # whole in the header when the buttons leave too little room, else shortened
        shown = reply.stats_label.text()
        if shown == stats:
            assert label.bottom() < reply.body.geometry().top()
        else:
            assert shown == "10 tokens" or shown.endswith("…")


def test_copy_puts_the_message_markdown_on_the_clipboard(qtbot, view, model):
    model.set_rows([ChatRow(1, "assistant", ANSWER)])
    widget = view.message_widget(0)
    assert widget is not None
    qtbot.mouseClick(widget.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == ANSWER


def test_regenerate_and_delete_emit_the_message_id(qtbot, view, model):
    model.set_rows([ChatRow(11, "user", "Hi"), ChatRow(12, "assistant", "Hello")])
    user, assistant = view.message_widget(0), view.message_widget(1)
    assert user is not None and assistant is not None
    with qtbot.waitSignal(view.regenerateRequested) as regenerate:
        qtbot.mouseClick(assistant.regenerate_button, LEFT)
    assert regenerate.args == [12]
    with qtbot.waitSignal(view.deleteRequested) as delete:
        qtbot.mouseClick(user.delete_button, LEFT)
    assert delete.args == [11]


def test_edit_opens_an_editor_and_emits_the_new_text(qtbot, view, model):
    model.set_rows([ChatRow(21, "user", "What is 2+2?"), ChatRow(22, "assistant", "4")])
    widget = view.message_widget(0)
    assert widget is not None
    qtbot.mouseClick(widget.edit_button, LEFT)
    editor = view.editor()
    assert editor is not None and editor.parent() is view.viewport()  # in the transcript
    assert editor.edit.toPlainText() == "What is 2+2?"
    editor.edit.setPlainText("What is 3+3?")
    with qtbot.waitSignal(view.editRequested) as edit:
        qtbot.mouseClick(editor.regenerate_button, LEFT)
    assert edit.args == [21, "What is 3+3?", True]
    view.edit_saved(21)
    assert view.editor() is None


def test_cancelled_or_unchanged_edits_emit_nothing(qtbot, view, model):
    model.set_rows([ChatRow(21, "user", "Same")])
    widget = view.message_widget(0)
    assert widget is not None
    with qtbot.assertNotEmitted(view.editRequested):
        qtbot.mouseClick(widget.edit_button, LEFT)
        editor = view.editor()
        assert editor is not None
        editor.edit.setPlainText("Changed")
        qtbot.mouseClick(editor.cancel_button, LEFT)
        assert view.editor() is None
        qtbot.mouseClick(widget.edit_button, LEFT)
        editor = view.editor()
        assert editor is not None
        qtbot.mouseClick(editor.save_button, LEFT)
        assert view.editor() is None


def test_branch_switcher_shows_the_position_and_emits_a_step(qtbot, view, model):
    model.set_rows(
        [
            ChatRow(1, "user", "Hi"),
            ChatRow(2, "assistant", "Hello", sibling_index=1, sibling_count=3),
        ]
    )
    widget = view.message_widget(1)
    assert widget is not None
    assert widget.branch_label.text() == "2/3"
    assert widget.prev_button.isEnabled() and widget.next_button.isEnabled()
    with qtbot.waitSignal(view.branchRequested) as previous:
        qtbot.mouseClick(widget.prev_button, LEFT)
    assert previous.args == [2, -1]
    with qtbot.waitSignal(view.branchRequested) as following:
        qtbot.mouseClick(widget.next_button, LEFT)
    assert following.args == [2, 1]
    model.replace_row(1, ChatRow(2, "assistant", "Hello", sibling_index=0, sibling_count=3))
    assert widget.branch_label.text() == "1/3"
    assert not widget.prev_button.isEnabled()


def test_text_can_be_selected_and_copied(qtbot, view, model):
    model.set_rows([ChatRow(1, "assistant", "alpha beta gamma")])
    widget = view.message_widget(0)
    assert widget is not None
    body = widget.body
    qtbot.keyClick(body, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(body, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "alpha beta gamma"


def test_dragging_selects_part_of_a_message(qtbot, view, model):
    model.set_rows([ChatRow(1, "assistant", "alpha beta gamma")])
    widget = view.message_widget(0)
    assert widget is not None
    body = widget.body
    line = body.height() // 2
    qtbot.mousePress(body, LEFT, pos=QPoint(0, line))
    qtbot.mouseMove(body, QPoint(body.width() - 1, line))
    qtbot.mouseRelease(body, LEFT, pos=QPoint(body.width() - 1, line))
    assert body.selected_text() == "alpha beta gamma"
    qtbot.mousePress(body, LEFT, pos=QPoint(0, line))
    qtbot.mouseRelease(body, LEFT, pos=QPoint(0, line))
    assert body.selected_text() == ""


def test_links_are_reported_not_opened(qtbot, view, model):
    model.set_rows([ChatRow(1, "assistant", "[example](https://example.com/)")])
    widget = view.message_widget(0)
    assert widget is not None
    with qtbot.waitSignal(view.linkActivated) as link:
        qtbot.mouseClick(widget.body, LEFT, pos=QPoint(5, 5))
    assert link.args == ["https://example.com/"]


# -- streaming ---------------------------------------------------------------------------


def test_a_reply_shows_processing_then_text_then_its_end_state(qtbot, view, model):
    model.set_rows([ChatRow(1, "user", "Hi")])
    model.append_row(ChatRow(2, "assistant", "", "streaming"))
    widget = view.message_widget(1)
    assert widget is not None
    assert view.status_text(1) == PROCESSING_TEXT
    assert widget.status_text() == PROCESSING_TEXT
    assert not widget.regenerate_button.isEnabled()

    model.append_streaming_text("Hello")
    model.append_streaming_text(" there")
    qtbot.waitUntil(lambda: widget.status_text() == "")
    qtbot.waitUntil(lambda: bool(widget.message_render and widget.message_render.text))
    assert view.rendered_plain_text(1) == "Hello there"

    model.finish_streaming("stopped", "2 tokens · 9.0 tok/s · first token 80 ms")
    assert view.status_text(1) == "stopped"
    assert widget.status_text() == "stopped"
    assert widget.stats_label.text() == "2 tokens · 9.0 tok/s · first token 80 ms"
    assert widget.regenerate_button.isEnabled()


@pytest.mark.parametrize("status", ["interrupted", "error", "complete"])
def test_end_states_have_a_visible_marker(view, model, status):
    model.set_rows([ChatRow(1, "assistant", "partial answer", status)])
    widget = view.message_widget(0)
    assert widget is not None
    assert widget.status_text() == STATUS_MARKERS.get(status, "")
    assert widget.marker_label.isVisible() == (status != "complete")
    if status == "interrupted":
        assert "the app closed while this was written" in widget.status_text()


def test_the_view_follows_the_stream_until_the_person_scrolls_up(qtbot, view, model):
    model.set_rows(_long_conversation(30))
    model.append_row(ChatRow(99, "assistant", "", "streaming"))
    bar = view.verticalScrollBar()

    def at_bottom() -> bool:
        return bar.maximum() > 0 and bar.value() == bar.maximum()

    for n in range(40):
        model.append_streaming_text(f"line {n}\n\n")
    _finish_stream_work(view)
    qtbot.waitUntil(at_bottom)
    assert view.is_following()
    assert not view.jump_button.isVisible()

    bar.triggerAction(QAbstractSlider.SliderAction.SliderToMinimum)  # the person scrolls up
    assert not view.is_following()
    for n in range(40):
        model.append_streaming_text(f"more {n}\n\n")
    _finish_stream_work(view)
    assert bar.value() == 0
    assert view.message_widget(0) is not None
    assert view.jump_button.isVisible()

    bar.triggerAction(QAbstractSlider.SliderAction.SliderToMaximum)  # back to the bottom
    assert view.is_following()
    model.append_streaming_text("the end")
    _finish_stream_work(view)
    qtbot.waitUntil(at_bottom)

    bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepSub)
    assert not view.is_following()
    qtbot.mouseClick(view.jump_button, LEFT)
    assert view.is_following()
    assert at_bottom()


def test_only_the_last_block_is_rendered_again_after_2000_tokens(view, model):
    pieces = tokenize(realistic_markdown(random.Random(11), 12_000))[:2000]
    assert len(pieces) == 2000
    model.append_row(ChatRow(1, "assistant", "", "streaming"))
    for piece in pieces:
        model.append_streaming_text(piece)
    _finish_stream_work(view)
    render = view.message_render(0)
    before = [rendered.doc for rendered in render.blocks]
    assert len(before) > 20
    count = view.renderer.render_count

    model.append_streaming_text("zq")  # one more token, inside the growing last block
    _finish_stream_work(view)

    assert view.renderer.render_count == count + 1
    assert render.last_update_rendered == [len(render.blocks) - 1]
    assert [rendered.doc for rendered in render.blocks[:-1]] == before[:-1]
    assert render.blocks[-1].doc.toPlainText().endswith("zq")


def test_streamed_blocks_match_a_one_shot_render():
    text = realistic_markdown(random.Random(5), 6000)
    splitter = BlockSplitter()
    streamed = []
    for end in range(0, len(text), 7):
        done, _ = splitter.feed(text[: end + 7])
        streamed.extend(done)
    done, tail = splitter.feed(text)
    streamed.extend(done)
    if tail is not None:
        streamed.append(tail)
    assert streamed == split_blocks(text)


# -- virtualization ------------------------------------------------------------------------


def test_only_visible_messages_get_widgets(qtbot, view, model):
    model.set_rows(_long_conversation(500))
    assert 0 < len(view.visible_rows()) <= 12
    assert view.visible_rows()[-1] == 499
    view.scroll_to_row(0)
    assert view.visible_rows()[0] == 0
    assert view.message_widget(0) is not None
    assert view.message_widget(499) is None
    assert not view.is_following()


def test_removing_and_replacing_rows_updates_the_view(view, model):
    model.set_rows(_long_conversation(6))
    model.remove_rows_from(2)
    assert view.visible_rows() == [0, 1]
    assert view.message_widget(2) is None
    model.set_rows([ChatRow(7, "user", "fresh start")])
    assert view.rendered_plain_text(0) == "fresh start"
    assert view.visible_rows() == [0]
