"""A user turn with its documents: whole when they all fit in the room left in the context,
else the passages that answer the question, each labelled with its file and place, and the
question last (left out when the files came alone), in plain text a small model reads
easily."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.documents.chunking import chunk_document
from desktop.core.documents.types import Chunk, Document, Source
from desktop.core.translatable import QT_TRANSLATE_NOOP

WHOLE_HEADER = "Use these documents to answer. Cite them by name."
PASSAGES_HEADER = "Use these passages from documents to answer. Cite them by name and place."
# Files sent with no text: the documents (or passages) go alone, under a header that says so.
WHOLE_ALONE_HEADER = "These documents were sent without a question. Cite them by name."
PASSAGES_ALONE_HEADER = (
    "These passages are from documents sent without a question. Cite them by name and place."
)
# Nothing in the documents matched the question: their openings go in under a header that
# says so, so the model does not take them for answers.
OPENING_HEADER = (
    "Nothing in these documents matched the question; here is how they begin. Cite them by "
    "name and place, and say if they do not answer."
)
OPENING_CHUNKS = 2  # per document: the opening, not k unrelated passages
NOTHING_FITS = QT_TRANSLATE_NOOP(
    "core",
    "The attached documents do not fit in the room left in this chat's context, even as a "
    "few passages; start a new chat or load the model with a larger context.",
)

Rank = Callable[[str, Sequence[tuple[Document, Chunk]], int], Sequence[tuple[Document, Chunk]]]


@dataclass(frozen=True, slots=True)
class Prepared:
    """What to send as the user turn: content (the question with the documents or passages
    before it), the passages it quotes as sources (none when documents went in whole), the
    names of the documents that went in whole, and note: a sentence for the person when the
    documents could not be used (then content is the question alone)."""

    content: str
    sources: tuple[Source, ...] = ()
    whole: tuple[str, ...] = ()
    note: str = ""


def fit_documents(
    question: str,
    documents: Sequence[Document],
    *,
    room_tokens: int,
    count_tokens: Callable[[str], int],
    rank: Rank,
    k: int = 5,
) -> Prepared:
    """The documents whole when the whole content (header, documents, question) fits in
    room_tokens; else each is chunked, rank(question, pairs, k) picks up to k passages that
    match (when none match: each document's first OPENING_CHUNKS chunks, up to k, under
    OPENING_HEADER), and the lowest ranked are dropped until the content fits. Documents
    without text are left out."""
    readable = [d for d in documents if d.text.strip()]
    if not readable:
        return Prepared(question)
    names = tuple(_name(d) for d in readable)
    blocks = [(f"[{name}]", d.text) for name, d in zip(names, readable, strict=True)]
    content = _layout(WHOLE_HEADER if question.strip() else WHOLE_ALONE_HEADER, blocks, question)
    if count_tokens(content) <= room_tokens:
        return Prepared(content, whole=names)

    pairs = [(d, c) for d in readable for c in chunk_document(d)]
    ranked = list(rank(question, pairs, k))[:k]
    header = PASSAGES_HEADER
    if not ranked:
        ranked = [(d, c) for d, c in pairs if c.ordinal < OPENING_CHUNKS][:k]
        header = OPENING_HEADER
    sources = [_source(d, c) for d, c in ranked]
    while sources:
        content = with_passages(question, sources, header=header)
        if count_tokens(content) <= room_tokens:
            return Prepared(content, sources=tuple(sources))
        sources.pop()  # the lowest ranked goes first
    return Prepared(question, note=NOTHING_FITS)


def with_passages(
    question: str, sources: Sequence[Source], *, header: str = PASSAGES_HEADER
) -> str:
    """The question after the passages, each labelled "[file name, place]" (the layout of
    retrieved attachment passages and of passages found in knowledge folders) under header;
    with no question, the passages alone under PASSAGES_ALONE_HEADER."""
    if not sources:
        return question
    blocks = [(_label(s.name, s.locator), s.text.strip()) for s in sources]
    header = header if question.strip() else PASSAGES_ALONE_HEADER
    return _layout(header, blocks, question)


def _layout(header: str, blocks: Sequence[tuple[str, str]], question: str) -> str:
    parts = [header, *(f"{label}\n{text.strip()}" for label, text in blocks)]
    if question.strip():  # files sent alone have no question to end with
        parts.append(f"Question: {question}")
    return "\n\n".join(parts)


def _label(name: str, locator: str) -> str:
    return f"[{name}, {locator}]" if locator else f"[{name}]"


def _name(doc: Document) -> str:
    return doc.title or Path(doc.path).name


def _source(doc: Document, chunk: Chunk) -> Source:
    return Source(name=_name(doc), locator=chunk.locator, text=chunk.text, path=doc.path)
