"""Markdown blocks to QTextDocuments: Qt's Markdown for prose, Pygments colours for code."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pygments.style import StyleMeta
from pygments.styles import get_style_by_name
from pygments.token import _TokenType
from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPalette,
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
