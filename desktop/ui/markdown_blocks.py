"""Markdown cut into blocks that later text cannot change (pure Python: no Qt, no Pygments)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

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
