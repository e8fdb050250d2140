"""Markdown rendering for chat messages: stable blocks, Pygments code, O(1) streaming updates.

About 440 lines: it is one class, MessageRender, whose layout, painting, hit-testing
and selection all walk the same list of rendered blocks; cutting text into blocks
(markdown_blocks) and a block into a document (markdown_render) are modules of their own.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPainterPath,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

# Here: a message's rendered blocks laid out, painted and hit-tested (MessageRender). The text
# is cut into blocks in markdown_blocks, a block becomes a document in markdown_render; the
# names chat_view and the tests use are re-exported.
from desktop.ui.markdown_blocks import (
    CODE_CHUNK_LINES,
    PROSE_SPLIT_LINES,
    Block,
    BlockKind,
    BlockSplitter,
    split_blocks,
)
from desktop.ui.markdown_render import ISOLATES, CodeTheme, MarkdownRenderer

__all__ = [
    "CODE_CHUNK_LINES",
    "PROSE_SPLIT_LINES",
    "Block",
    "BlockKind",
    "BlockSplitter",
    "CodeTheme",
    "MarkdownRenderer",
    "MessageRender",
    "Position",
    "RenderedBlock",
    "split_blocks",
]


@dataclass(slots=True, eq=False)
class RenderedBlock:
    """A block's document and where it sits in its message (y from the body's top)."""

    block: Block
    doc: QTextDocument
    top: float = 0.0
    height: float = 0.0


Position = tuple[int, int]  # (block index, character position in its document)


class MessageRender:
    """One message's rendered blocks at one width.

    set_text() with a text that extends the previous one renders only what changed: new
    completed blocks once, and the open last block. Completed blocks are never touched
    again (until the width or the theme changes), so an update costs the same at 20 tokens
    and at 20,000. last_update_rendered lists the block indices the last update rendered.
    """

    def __init__(self, renderer: MarkdownRenderer) -> None:
        self.renderer = renderer
        self.text = ""
        self.blocks: list[RenderedBlock] = []
        self.width = 0
        self.height = 0.0
        self.last_update_rendered: list[int] = []
        self.first_changed = 0  # the first block the last change touched
        self.code_groups: list[int] = []  # index of the first chunk of each code block
        self._tops: list[float] = []
        self._splitter = BlockSplitter()
        self._pending: deque[Block] = deque()  # completed blocks not rendered yet
        self._pending_tail: Block | None = None
        self._tail: RenderedBlock | None = None
        self._ideal: float | None = None

    # -- content ------------------------------------------------------------------------

    @property
    def has_pending(self) -> bool:
        """Whether completed blocks still wait to be rendered (after a budgeted set_text)."""
        return bool(self._pending)

    def set_text(self, text: str, budget_s: float | None = None) -> None:
        """Show text, rendering only what changed.

        With budget_s, stop rendering new completed blocks once that much time has passed
        (at least one is rendered): a burst of text is then shown over several calls,
        each short, instead of freezing the GUI once. Calling again continues.
        """
        self.last_update_rendered = []
        if text == self.text and not self._pending and (self.blocks or not text.strip()):
            self.first_changed = len(self.blocks)
            return
        if not text.startswith(self._splitter.text):
            self._splitter.reset()
            self.blocks.clear()
            self.code_groups.clear()
            self._pending.clear()
            self._tail = None
        done, self._pending_tail = self._splitter.feed(text)
        self._pending.extend(done)
        self.text = text
        reusable = self._tail
        if self._tail is not None:
            self.blocks.pop()
            self._tail = None
        first_new = len(self.blocks)
        del self.code_groups[bisect_right(self.code_groups, first_new - 1) :]
        deadline = None if budget_s is None else time.perf_counter() + budget_s
        while self._pending:
            if (
                deadline is not None
                and self.last_update_rendered
                and time.perf_counter() >= deadline
            ):
                break
            self._append(self._pending.popleft(), reusable)
            reusable = None
        if not self._pending and self._pending_tail is not None:
            self._append(self._pending_tail, reusable)
            self._tail = self.blocks[-1]
        self.first_changed = first_new
        self._ideal = None
        self._restack(first_new)

    def _append(self, block: Block, reusable: RenderedBlock | None) -> None:
        if reusable is not None and reusable.block == block:
            rendered = reusable  # the open block did not change: keep its document
        else:
            rendered = RenderedBlock(block, self.renderer.render(block, self._direction()))
            self._layout(rendered)
            self.last_update_rendered.append(len(self.blocks))
        if block.kind is BlockKind.CODE and block.first:
            self.code_groups.append(len(self.blocks))
        self.blocks.append(rendered)

    def fit_to(self, width: int) -> None:
        """Lay the prose out at width (at least ideal_width(), at most the width set) when
        it is shown narrower than it was laid out (a user's bubble shrinks to its text):
        a right-to-left line hugs the right edge of its layout, which must then be the
        bubble's, not the column's. Line breaks stay the same; set_width() undoes it."""
        width = min(max(1, width), self.width)
        moved = -1
        for index, rendered in enumerate(self.blocks):
            if rendered.block.kind is BlockKind.PROSE and rendered.doc.textWidth() != width:
                rendered.doc.setTextWidth(width)
                height = rendered.doc.size().height()
                if height != rendered.height and moved < 0:
                    moved = index
                rendered.height = height
        if moved >= 0:
            self._restack(moved)

    def _direction(self) -> Qt.LayoutDirection | None:
        """The direction the last prose block ended in (None: there is none yet)."""
        for rendered in reversed(self.blocks):
            if rendered.block.kind is BlockKind.PROSE:
                direction = rendered.doc.lastBlock().blockFormat().layoutDirection()
                return None if direction is Qt.LayoutDirection.LayoutDirectionAuto else direction
        return None

    def set_width(self, width: int) -> None:
        """Lay every block out at width (a no-op when it has not changed)."""
        width = max(1, width)
        if width == self.width:
            return
        self.width = width
        for rendered in self.blocks:
            self._layout(rendered)
        self._ideal = None
        self.first_changed = 0
        self._restack(0)

    def plain_text(self) -> str:
        """What the message shows, as text (code as written, prose without markup)."""
        parts: list[str] = []
        for index, rendered in enumerate(self.blocks):
            if index:
                parts.append("\n" if self._continues(index) else "\n\n")
            block = rendered.block
            parts.append(block.source if block.kind is BlockKind.CODE else _plain(rendered.doc))
        return "".join(parts)

    def code_text(self, group_number: int) -> str:
        """The whole code of the group_number-th code block (all its chunks)."""
        first = self.code_groups[group_number]
        group = self.blocks[first].block.group
        chunks = [self.blocks[first].block.source]
        for rendered in self.blocks[first + 1 :]:
            if rendered.block.kind is not BlockKind.CODE or rendered.block.group != group:
                break
            chunks.append(rendered.block.source)
        return "\n".join(chunks)

    def code_language(self, group_number: int) -> str:
        return self.blocks[self.code_groups[group_number]].block.language

    def ideal_width(self) -> float:
        """The narrowest width that shows the text with the same line breaks."""
        if self._ideal is None:
            ideal = 0.0
            for rendered in self.blocks:
                if rendered.block.kind is BlockKind.CODE:
                    ideal = float(self.width)
                    break
                ideal = max(ideal, rendered.doc.idealWidth())
            self._ideal = ideal
        return self._ideal

    # -- geometry -----------------------------------------------------------------------

    def block_index_at(self, y: float) -> int:
        if not self._tops:
            return 0
        return max(0, bisect_right(self._tops, y) - 1)

    def code_header_rect(self, group_number: int) -> QRectF:
        rendered = self.blocks[self.code_groups[group_number]]
        return QRectF(0, rendered.top, self.width, self.renderer.code_header_height)

    def changed_rect(self) -> QRectF:
        """The area the last change may have repainted (from the first changed block)."""
        if self.first_changed >= len(self.blocks):
            top = self.height
        else:
            top = self.blocks[self.first_changed].top
        return QRectF(0, top, self.width, max(0.0, self.height - top) + 1)

    def _layout(self, rendered: RenderedBlock) -> None:
        if self.width <= 0:
            return
        renderer = self.renderer
        if rendered.block.kind is BlockKind.CODE:
            rendered.doc.setTextWidth(max(1, self.width - 2 * renderer.code_pad))
            height = rendered.doc.size().height()
            if rendered.block.first:
                height += renderer.code_header_height
            rendered.height = height
        else:
            rendered.doc.setTextWidth(self.width)
            rendered.height = rendered.doc.size().height()

    def _continues(self, index: int) -> bool:
        """Whether block index is a later chunk of the code block before it."""
        block = self.blocks[index].block
        if block.kind is not BlockKind.CODE or block.first or index == 0:
            return False
        before = self.blocks[index - 1].block
        return before.kind is BlockKind.CODE and before.group == block.group

    def _gap_before(self, index: int) -> float:
        if self._continues(index):
            return 0.0
        before = self.blocks[index - 1].block
        pad = self.renderer.code_pad if before.kind is BlockKind.CODE else 0
        return float(self.renderer.block_spacing + pad)

    def _restack(self, start: int) -> None:
        del self._tops[start:]
        for index in range(start, len(self.blocks)):
            rendered = self.blocks[index]
            if index == 0:
                rendered.top = 0.0
            else:
                before = self.blocks[index - 1]
                rendered.top = before.top + before.height + self._gap_before(index)
            self._tops.append(rendered.top)
        if not self.blocks:
            self.height = 0.0
            return
        last = self.blocks[-1]
        pad = self.renderer.code_pad if last.block.kind is BlockKind.CODE else 0
        self.height = last.top + last.height + pad

    # -- painting and hit testing ---------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        clip: QRectF,
        palette: QPalette,
        selection: tuple[Position, Position] | None = None,
    ) -> None:
        """Paint the blocks that intersect clip (body coordinates)."""
        renderer = self.renderer
        start = self.block_index_at(clip.top())
        for index in range(start, len(self.blocks)):
            rendered = self.blocks[index]
            if rendered.top > clip.bottom():
                break
            block = rendered.block
            if block.kind is BlockKind.CODE:
                self._paint_code_frame(painter, index, clip)
                x = float(renderer.code_pad)
                y = rendered.top + (renderer.code_header_height if block.first else 0)
                context_palette = renderer.code_palette
            else:
                x, y = 0.0, rendered.top
                context_palette = palette
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette = context_palette
            context.clip = clip.translated(-x, -y)
            if selection is not None:
                chosen = self._selection_in(index, selection, palette)
                if chosen is not None:
                    context.selections = [chosen]
            painter.save()
            painter.translate(x, y)
            painter.setClipRect(context.clip)
            rendered.doc.documentLayout().draw(painter, context)
            painter.restore()

    def _paint_code_frame(self, painter: QPainter, index: int, clip: QRectF) -> None:
        renderer = self.renderer
        theme = renderer.theme
        rendered = self.blocks[index]
        ends = index + 1 == len(self.blocks) or not self._continues(index + 1)
        bottom_pad = renderer.code_pad if ends else 0
        rect = QRectF(0, rendered.top, self.width, rendered.height + bottom_pad)
        radius = 6.0
        # Chunks of one code block draw one rounded frame: extend the rounded rect past
        # the edges that join another chunk and clip it back.
        frame = QRectF(rect)
        if not rendered.block.first:
            frame.setTop(frame.top() - 2 * radius)
        if not ends:
            frame.setBottom(frame.bottom() + 2 * radius)
        path = QPainterPath()
        path.addRoundedRect(frame, radius, radius)
        painter.save()
        painter.setClipRect(rect.intersected(clip))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillPath(path, theme.background)
        if rendered.block.first:
            header = QRectF(0, rendered.top, self.width, renderer.code_header_height)
            painter.setClipRect(header.intersected(clip))
            painter.fillPath(path, theme.header)
            painter.setPen(theme.muted)
            painter.setFont(renderer.code_font)
            painter.drawText(
                header.adjusted(renderer.code_pad, 0, -renderer.code_pad, 0),
                # Absolute: the header belongs to the code, left to right in any window.
                int(
                    Qt.AlignmentFlag.AlignVCenter
                    | Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignAbsolute
                ),
                rendered.block.language or "code",
            )
        painter.restore()

    def _doc_origin(self, index: int) -> QPointF:
        rendered = self.blocks[index]
        if rendered.block.kind is BlockKind.CODE:
            header = self.renderer.code_header_height if rendered.block.first else 0
            return QPointF(self.renderer.code_pad, rendered.top + header)
        return QPointF(0, rendered.top)

    def hit_test(self, point: QPointF) -> Position | None:
        """The character under point (body coordinates), clamped into the nearest block."""
        if not self.blocks:
            return None
        index = self.block_index_at(point.y())
        rendered = self.blocks[index]
        local = point - self._doc_origin(index)
        if local.y() >= rendered.doc.size().height():
            return index, _end_position(rendered.doc)
        if local.y() < 0:
            return index, 0
        position = rendered.doc.documentLayout().hitTest(local, Qt.HitTestAccuracy.FuzzyHit)
        return index, max(0, position)

    def anchor_at(self, point: QPointF) -> str:
        """The link under point, or ''."""
        if not self.blocks:
            return ""
        index = self.block_index_at(point.y())
        local = point - self._doc_origin(index)
        return self.blocks[index].doc.documentLayout().anchorAt(local)

    def selected_text(self, start: Position, end: Position) -> str:
        start, end = min(start, end), max(start, end)
        parts: list[str] = []
        for index in range(start[0], min(end[0], len(self.blocks) - 1) + 1):
            doc = self.blocks[index].doc
            lo = start[1] if index == start[0] else 0
            hi = end[1] if index == end[0] else _end_position(doc)
            cursor = QTextCursor(doc)
            cursor.setPosition(min(lo, _end_position(doc)))
            cursor.setPosition(min(hi, _end_position(doc)), QTextCursor.MoveMode.KeepAnchor)
            if index > start[0]:
                parts.append("\n" if self._continues(index) else "\n\n")
            selected = cursor.selectedText().translate(ISOLATES)  # see markdown_render
            parts.append(selected.replace("\u2029", "\n").replace("\u2028", "\n"))
        return "".join(parts)

    def _selection_in(
        self, index: int, selection: tuple[Position, Position], palette: QPalette
    ) -> QAbstractTextDocumentLayout.Selection | None:
        start, end = min(selection), max(selection)
        if not start[0] <= index <= end[0] or start == end:
            return None
        doc = self.blocks[index].doc
        last = _end_position(doc)
        cursor = QTextCursor(doc)
        cursor.setPosition(min(start[1], last) if index == start[0] else 0)
        cursor.setPosition(
            min(end[1], last) if index == end[0] else last, QTextCursor.MoveMode.KeepAnchor
        )
        chosen = QAbstractTextDocumentLayout.Selection()
        chosen.cursor = cursor
        char_format = QTextCharFormat()
        char_format.setBackground(palette.color(QPalette.ColorRole.Highlight))
        char_format.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        chosen.format = char_format
        return chosen


def _end_position(doc: QTextDocument) -> int:
    return max(0, doc.characterCount() - 1)


def _plain(doc: QTextDocument) -> str:
    # Without the isolates around inline code (markdown_render): copied text is as written.
    text = doc.toPlainText().translate(ISOLATES)
    return text.replace("\u2029", "\n").replace("\u2028", "\n")
