"""Documents cut into overlapping passages for retrieval, within one section each (so every
passage has the right page or heading), at paragraph, sentence or word boundaries. Pure and
deterministic: the index relies on the same file giving the same chunks."""

from __future__ import annotations

import re

from desktop.core.documents.types import Chunk, Document

# Where a passage may end, best first: after a blank line, after a sentence or a line, after
# a word. A cut never makes a passage shorter than half of max_chars.
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"[.!?;:](?=\s)|\n"), re.compile(r"\s"))
_SENTENCE_START = re.compile(r"[.!?;:\n]\s+(?=\S)")
_WORD_START = re.compile(r"\s+(?=\S)")


def chunk_document(doc: Document, *, max_chars: int = 1000, overlap: int = 150) -> list[Chunk]:
    """The document's passages in order (ordinal 0..n-1), none longer than max_chars, each
    sharing up to overlap characters with the one before it in its section. start is the
    passage's offset in doc.text (sections joined by a blank line, as Document.text does).
    Passages of only whitespace are left out. Raises ValueError on a bad max_chars/overlap."""
    if max_chars < 1 or not 0 <= overlap < max_chars:
        raise ValueError(
            f"need max_chars >= 1 and 0 <= overlap < max_chars: {max_chars}, {overlap}"
        )
    chunks: list[Chunk] = []
    offset = 0
    for section in doc.sections:
        if not section.text:
            continue  # Document.text leaves empty sections out, and so their separator
        for start, end in _spans(section.text, max_chars, overlap):
            text = section.text[start:end]
            if text.strip():
                chunks.append(Chunk(len(chunks), text, section.locator, offset + start))
        offset += len(section.text) + 2
    return chunks


def _spans(text: str, max_chars: int, overlap: int) -> list[tuple[int, int]]:
    """[start, end) ranges covering text, each at most max_chars long."""
    spans: list[tuple[int, int]] = []
    pos, length = 0, len(text)
    while True:
        if length - pos <= max_chars:
            spans.append((pos, length))
            return spans
        limit = pos + max_chars
        # The cut leaves at least half a passage, and more than the overlap (so the next
        # passage starts after this one's start: the loop always advances).
        floor = pos + min(max(max_chars // 2, overlap + 1), max_chars)
        end = _cut(text, floor, limit)
        spans.append((pos, end))
        pos = _next_start(text, end, overlap, pos)


def _cut(text: str, floor: int, limit: int) -> int:
    """The best end in (floor, limit]: just after the last break of the best kind found."""
    for pattern in _BREAKS:
        last = None
        for match in pattern.finditer(text, floor, limit):
            last = match
        if last is not None and last.end() > floor:
            return last.end()
    return limit


def _next_start(text: str, end: int, overlap: int, pos: int) -> int:
    """Where the next passage starts: up to overlap characters back from end, at the first
    sentence start in that stretch, else the first word start (never mid-word)."""
    if overlap == 0:
        return end
    start = max(end - overlap, pos + 1)
    if start > 0 and not text[start - 1].isspace():
        found = _SENTENCE_START.search(text, start, end) or _WORD_START.search(text, start, end)
        if found is not None:
            start = found.end()
    return start if start < end else end
