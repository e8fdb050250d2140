"""Markdown rendering for chat messages: stable blocks, Pygments code, O(1) streaming updates."""

from __future__ import annotations

import enum
import re
import time
from bisect import bisect_right
from collections import deque
from dataclasses import dataclass
from typing import Any

from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.lexers.special import TextLexer
from pygments.style import StyleMeta
from pygments.styles import get_style_by_name
from pygments.token import _TokenType
from pygments.util import ClassNotFound
from PySide6.QtCore import QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

# A prose block longer than this may be cut before a list item or a heading, so a long
# list does not become one ever-growing block that is re-rendered on every token.
PROSE_SPLIT_LINES = 12
# A code block is rendered in chunks of this many lines; only the last chunk grows.
# Pygments' Python lexer costs ~0.15 ms a line, so a chunk stays well under a frame.
CODE_CHUNK_LINES = 16

_FENCE_OPEN = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
_FENCE_PREFIX = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CLOSE_CANDIDATE = re.compile(r"^ {0,3}(`+|~+)[ \t]*$")
_SPLIT_POINT = re.compile(r"^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|^#{1,6}(?:[ \t]|$)")

# Raw HTML from a model is shown as text, never interpreted.
_MARKDOWN_FEATURES = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)


class BlockKind(enum.Enum):
    PROSE = "prose"
    CODE = "code"


@dataclass(frozen=True, slots=True)
class Block:
    """A piece of a message rendered as one document.

    For code, source is the code itself (no fences) and group numbers the fenced block
    within the message: a long fence is cut into chunks that share a group, and only the
    first chunk (first=True) carries the header with the language and the Copy button.
    """

    kind: BlockKind
    source: str
    language: str = ""
    group: int = -1
    first: bool = True


class BlockSplitter:
    """Cuts a growing Markdown text into blocks at boundaries that later text cannot move.

    A boundary is a blank line outside a code fence (decided only once the next line has
    started and is not indented, since an indented line continues the block), a fence, or
    a chunk limit. Each feed() scans only the lines added since the previous one.
    """

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self._text = ""
        self._start = 0  # where the open block's source starts
        self._scan = 0  # start of the first line not yet classified
        self._lines = 0  # lines in the open block
        self._blank_pending = False  # the open prose block ended with a blank line
        self._in_code = False
        self._fence = ""
        self._fence_indent = 0
        self._language = ""
        self._group = -1
        self._first_chunk = True

    @property
    def text(self) -> str:
        return self._text

    def feed(self, text: str) -> tuple[list[Block], Block | None]:
        """Blocks completed since the last feed, and the open (still growing) block."""
        if not text.startswith(self._text):
            self.reset()
        self._text = text
        done: list[Block] = []
        while (end := text.find("\n", self._scan)) >= 0:
            start, self._scan = self._scan, end + 1
            if self._in_code:
                self._code_line(start, end, done)
            else:
                self._prose_line(start, end, done)
        if (
            not self._in_code
            and self._blank_pending
            and self._scan < len(text)
            and text[self._scan] not in " \t"
        ):
            # The line after a blank line has started unindented: a new block begins.
            self._commit_prose(self._scan, done)
            self._start = self._scan
        return done, self._tail()

    def _prose_line(self, start: int, end: int, done: list[Block]) -> None:
        line = self._text[start:end]
        fence = _FENCE_OPEN.match(line)
        if fence and not (fence.group(2)[0] == "`" and "`" in fence.group(3)):
            self._commit_prose(start, done)
            info = fence.group(3).split()
            self._in_code = True
            self._fence = fence.group(2)
            self._fence_indent = len(fence.group(1))
            self._language = info[0] if info else ""
            self._group += 1
            self._first_chunk = True
            self._start = end + 1
            return
        if not line.strip():
            if self._lines:
                self._blank_pending = True
            else:
                self._start = end + 1  # blank lines before a block belong to no block
            return
        if self._blank_pending:
            self._blank_pending = False
            if line[0] not in " \t":
                self._commit_prose(start, done)
                self._start = start
        elif self._lines >= PROSE_SPLIT_LINES and _SPLIT_POINT.match(line):
            self._commit_prose(start, done)
            self._start = start
        self._lines += 1

    def _code_line(self, start: int, end: int, done: list[Block]) -> None:
        if self._closes_fence(self._text[start:end]):
            self._commit_code(start, done)
            self._in_code = False
            self._start = end + 1
            return
        if self._lines >= CODE_CHUNK_LINES:
            self._commit_code(start, done)
            self._start = start
        self._lines += 1

    def _closes_fence(self, line: str) -> bool:
        match = _CLOSE_CANDIDATE.match(line)
        if match is None:
            return False
        run = match.group(1)
        return run[0] == self._fence[0] and len(run) >= len(self._fence)

    def _commit_prose(self, end: int, done: list[Block]) -> None:
        source = self._text[self._start : end].rstrip()
        if source.strip():
            done.append(Block(BlockKind.PROSE, source))
        self._lines = 0
        self._blank_pending = False

    def _commit_code(self, end: int, done: list[Block]) -> None:
        code = self._text[self._start : end]
        code = code.removesuffix("\n")
        if self._first_chunk or code:
            done.append(self._code_block(code))
            self._first_chunk = False
        self._lines = 0

    def _code_block(self, code: str) -> Block:
        if self._fence_indent:
            code = _dedent(code, self._fence_indent)
        return Block(BlockKind.CODE, code, self._language, self._group, self._first_chunk)

    def _tail(self) -> Block | None:
        text = self._text
        partial = text[self._scan :]
        if self._in_code:
            code = text[self._start :]
            if partial and _CLOSE_CANDIDATE.match(partial) and partial.strip()[0] == self._fence[0]:
                # Probably a closing fence being typed: do not flash it as code.
                code = code[: len(code) - len(partial)]
            code = code.removesuffix("\n")
            if not code and not self._first_chunk:
                return None
            return self._code_block(code)
        end = len(text)
        if partial and _FENCE_PREFIX.match(partial):
            end = self._scan  # an opening fence being typed
        source = text[self._start : end].rstrip()
        if not source.strip():
            return None
        return Block(BlockKind.PROSE, source)


def _dedent(code: str, indent: int) -> str:
    lines = code.split("\n")
    out = []
    for line in lines:
        strip = len(line) - len(line.lstrip(" "))
        out.append(line[min(strip, indent) :])
    return "\n".join(out)


def split_blocks(text: str) -> list[Block]:
    """Every block of a finished text (the last one included)."""
    done, tail = BlockSplitter().feed(text)
    return [*done, tail] if tail is not None else done


@dataclass(frozen=True, slots=True)
class CodeTheme:
    """Colours for code blocks, from a Pygments style matching the palette's lightness."""

    dark: bool
    style_name: str
    background: QColor
    header: QColor
    foreground: QColor
    muted: QColor

    @staticmethod
    def for_palette(palette: QPalette) -> CodeTheme:
        return CodeTheme.named(palette.color(QPalette.ColorRole.Base).lightness() < 128)

    @staticmethod
    def named(dark: bool) -> CodeTheme:
        # github-dark and default both read well on their own backgrounds and keep
        # comments, strings and keywords apart for colour-blind readers.
        name = "github-dark" if dark else "default"
        style = get_style_by_name(name)
        background = QColor(style.background_color)
        foreground = QColor("#e6edf3" if dark else "#1f2328")
        header = background.lighter(135) if dark else background.darker(106)
        muted = QColor("#8b949e" if dark else "#57606a")
        return CodeTheme(dark, name, background, header, foreground, muted)


class _Document(QTextDocument):
    """A document that never loads a resource: an image link in a reply stays offline."""

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return None


class MarkdownRenderer:
    """Turns blocks into QTextDocuments. render_count lets tests check O(1) updates."""

    def __init__(self, font: QFont, theme: CodeTheme) -> None:
        self.font = QFont(font)
        self.code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if font.pointSizeF() > 0:
            self.code_font.setPointSizeF(font.pointSizeF() * 0.95)
        self.theme = theme
        self.render_count = 0
        metrics = QFontMetricsF(self.font)
        line = metrics.height()
        self.block_spacing = round(line * 0.6)
        self.code_pad = round(line * 0.6)
        self.code_header_height = round(line * 1.6)
        self._style: StyleMeta = get_style_by_name(theme.style_name)
        self._formats: dict[_TokenType, QTextCharFormat] = {}
        self._lexers: dict[str, Lexer] = {}
        self.code_palette = QPalette()
        self.code_palette.setColor(QPalette.ColorRole.Text, theme.foreground)

    def render(self, block: Block) -> QTextDocument:
        self.render_count += 1
        doc = _Document()
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(0)
        if block.kind is BlockKind.PROSE:
            doc.setDefaultFont(self.font)
            doc.setMarkdown(block.source, _MARKDOWN_FEATURES)
            return doc
        doc.setDefaultFont(self.code_font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        cursor = QTextCursor(doc)
        for text, char_format in self.highlight(block.source, block.language):
            cursor.insertText(text, char_format)
        return doc

    def highlight(self, code: str, language: str) -> list[tuple[str, QTextCharFormat]]:
        """Runs of code with their Pygments colours (adjacent same-colour tokens merged)."""
        runs: list[tuple[str, QTextCharFormat]] = []
        pending: list[str] = []
        current: QTextCharFormat | None = None
        for token_type, value in self._lexer(language).get_tokens(code):
            char_format = self._format(token_type)
            if char_format is not current:
                if pending and current is not None:
                    runs.append(("".join(pending), current))
                pending, current = [], char_format
            pending.append(value)
        if pending and current is not None:
            runs.append(("".join(pending), current))
        return runs

    def _lexer(self, language: str) -> Lexer:
        key = language.lower()
        lexer = self._lexers.get(key)
        if lexer is None:
            try:
                lexer = get_lexer_by_name(key, stripnl=False, ensurenl=False)
            except ClassNotFound:
                lexer = TextLexer(stripnl=False, ensurenl=False)
            self._lexers[key] = lexer
        return lexer

    def _format(self, token_type: _TokenType) -> QTextCharFormat:
        char_format = self._formats.get(token_type)
        if char_format is None:
            style = self._style.style_for_token(token_type)
            char_format = QTextCharFormat()
            color = style.get("color")
            char_format.setForeground(
                QColor(f"#{color}") if color else QColor(self.theme.foreground)
            )
            if style.get("bold"):
                char_format.setFontWeight(QFont.Weight.Bold)
            if style.get("italic"):
                char_format.setFontItalic(True)
            if style.get("underline"):
                char_format.setFontUnderline(True)
            # Tests and accessibility tools can read which token a run is.
            char_format.setProperty(QTextFormat.Property.UserProperty, str(token_type))
            self._formats[token_type] = char_format
        return char_format


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
            rendered = RenderedBlock(block, self.renderer.render(block))
            self._layout(rendered)
            self.last_update_rendered.append(len(self.blocks))
        if block.kind is BlockKind.CODE and block.first:
            self.code_groups.append(len(self.blocks))
        self.blocks.append(rendered)

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
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
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
            parts.append(cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n"))
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
    return doc.toPlainText().replace("\u2029", "\n").replace("\u2028", "\n")
