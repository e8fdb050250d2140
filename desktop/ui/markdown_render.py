"""Markdown blocks to QTextDocuments: Qt's Markdown for prose, Pygments colours for code."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pygments.style import StyleMeta
from pygments.styles import get_style_by_name
from pygments.token import _TokenType
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from desktop.ui.markdown_blocks import Block, BlockKind
from desktop.ui.theme import is_dark

if TYPE_CHECKING:
    # The lexers are imported with the first code block, not at start-up (a measured cost).
    from pygments.lexer import Lexer

# Raw HTML from a model is shown as text, never interpreted.
_MARKDOWN_FEATURES = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)


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
        return CodeTheme.named(is_dark(palette))

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


# Unicode's isolates: an inline code span is wrapped in them so its own run reads left to
# right inside a right-to-left paragraph (`x = 1;` keeps its semicolon at the end), and is
# passed over when the paragraph's direction is chosen. Copying strips them (ISOLATES).
LRI, PDI = "\u2066", "\u2069"
ISOLATES = str.maketrans("", "", "\u2066\u2067\u2068\u2069")


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of text's first strong character outside isolates (Unicode's rule for
    a paragraph), None when it has none (digits, punctuation, only code, an empty line)."""
    depth = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("LRI", "RLI", "FSI"):
            depth += 1
        elif kind == "PDI":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif kind == "L":
            return Qt.LayoutDirection.LeftToRight
        elif kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


def _is_code(block: QTextBlock) -> bool:
    """An indented code block inside prose (fenced ones are BlockKind.CODE documents)."""
    block_format = block.blockFormat()
    return block_format.hasProperty(
        QTextFormat.Property.BlockCodeLanguage
    ) or block_format.hasProperty(QTextFormat.Property.BlockCodeFence)


def _isolate_code_spans(cursor: QTextCursor, block: QTextBlock) -> None:
    spans: list[tuple[int, int, QTextCharFormat]] = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.isValid() and fragment.charFormat().fontFixedPitch():
            spans.append((fragment.position(), fragment.length(), fragment.charFormat()))
        fragments += 1
    for position, length, char_format in reversed(spans):  # from the end: no shifting
        cursor.setPosition(position + length)
        cursor.insertText(PDI, char_format)
        cursor.setPosition(position)
        cursor.insertText(LRI, char_format)


def set_directions(
    doc: QTextDocument, before: Qt.LayoutDirection | None = None
) -> Qt.LayoutDirection:
    """Give each paragraph, list item, heading and quote of doc the direction of its own
    text, whatever the window's: a Persian paragraph in an English window reads right to
    left from the right edge, an English one in a Persian window left to right from the
    left. A paragraph with no strong character follows the one before it (before: the
    direction the message's previous block ended in), else the document's first strong
    one, else left to right. Code (an indented block) is left to right at the left in
    every case. Written into each block's format, so nothing depends on the application's
    layout direction. Returns the direction the last paragraph took."""
    cursor = QTextCursor(doc)
    codes: list[bool] = []
    directions: list[Qt.LayoutDirection | None] = []
    block = doc.begin()
    while block.isValid():
        code = _is_code(block)
        if not code:
            _isolate_code_spans(cursor, block)
        codes.append(code)
        directions.append(None if code else text_direction(block.text()))
        block = block.next()
    fallback = before
    if fallback is None:
        fallback = next((d for d in directions if d is not None), Qt.LayoutDirection.LeftToRight)
    block = doc.begin()
    for code, direction in zip(codes, directions, strict=True):
        block_format = QTextBlockFormat()
        if code:
            block_format.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            block_format.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        else:
            fallback = fallback if direction is None else direction
            block_format.setLayoutDirection(fallback)
        cursor.setPosition(block.position())
        cursor.mergeBlockFormat(block_format)
        block = block.next()
    return fallback


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

    def render(self, block: Block, before: Qt.LayoutDirection | None = None) -> QTextDocument:
        """block's document; before: the direction the message's previous prose ended in
        (what a paragraph of digits or punctuation alone follows)."""
        self.render_count += 1
        doc = _Document()
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(0)
        if block.kind is BlockKind.PROSE:
            doc.setDefaultFont(self.font)
            doc.setMarkdown(block.source, _MARKDOWN_FEATURES)
            set_directions(doc, before)
            return doc
        doc.setDefaultFont(self.code_font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # Code reads left to right and sits at the left in every language, even a line
        # that starts with a Persian comment or string.
        option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
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
            from pygments.lexers import get_lexer_by_name
            from pygments.lexers.special import TextLexer
            from pygments.util import ClassNotFound

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
