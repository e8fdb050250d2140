"""fit_documents() and with_passages(): whole documents when they fit, else ranked passages
labelled with file and place, dropped from the lowest rank until they fit; question last."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.documents.context import (
    NOTHING_FITS,
    OPENING_CHUNKS,
    OPENING_HEADER,
    PASSAGES_ALONE_HEADER,
    PASSAGES_HEADER,
    WHOLE_ALONE_HEADER,
    WHOLE_HEADER,
    Prepared,
    fit_documents,
    with_passages,
)
from desktop.core.documents.ranking import rank_passages
from desktop.core.documents.types import Chunk, Document, Section, Source


def count_tokens(text: str) -> int:
    return len(text) // 4


def rank_by_overlap(
    question: str, pairs: Sequence[tuple[Document, Chunk]], k: int
) -> list[tuple[Document, Chunk]]:
    """Chunks sharing the most words with the question first (ties in file order)."""
    words = set(question.lower().split())
    scored = [(len(words & set(c.text.lower().split())), i) for i, (_d, c) in enumerate(pairs)]
    best = sorted((s for s in scored if s[0] > 0), key=lambda s: (-s[0], s[1]))[:k]
    return [pairs[i] for _score, i in best]


def _filler(topic: str, n: int) -> str:
    return "\n\n".join(f"Paragraph {i} is about {topic} and nothing else." for i in range(n))


NOTES = Document("/d/notes.md", "notes.md", "markdown", (Section("Tea is brewed at 80 C.", ""),))
BOOK = Document(
    "/d/book.pdf",
    "book.pdf",
    "pdf",
    (
        Section(_filler("rivers", 120), "page 1"),
        Section(_filler("mountains", 120) + "\n\nThe secret password is heron.", "page 2"),
        Section(_filler("oceans", 120), "page 3"),
    ),
    pages=3,
)


def _fit(question: str, docs: Sequence[Document], room: int, k: int = 5) -> Prepared:
    return fit_documents(
        question, docs, room_tokens=room, count_tokens=count_tokens, rank=rank_by_overlap, k=k
    )


def test_documents_that_fit_go_in_whole() -> None:
    prepared = _fit("How hot is tea brewed?", [NOTES, BOOK], room=10_000)
    assert prepared.whole == ("notes.md", "book.pdf")
    assert prepared.sources == ()
    assert prepared.note == ""
    assert prepared.content.startswith(WHOLE_HEADER + "\n\n[notes.md]\nTea is brewed at 80 C.")
    assert "[book.pdf]\nParagraph 0 is about rivers" in prepared.content
    assert prepared.content.endswith("\n\nQuestion: How hot is tea brewed?")
    assert count_tokens(prepared.content) <= 10_000


def test_long_documents_give_ranked_passages_with_places() -> None:
    question = "What is the secret password?"
    prepared = _fit(question, [NOTES, BOOK], room=1000, k=3)
    assert prepared.whole == ()
    assert 1 <= len(prepared.sources) <= 3
    top = prepared.sources[0]
    assert (top.name, top.locator, top.path) == ("book.pdf", "page 2", "/d/book.pdf")
    assert "heron" in top.text
    assert prepared.content.startswith(PASSAGES_HEADER + "\n\n[book.pdf, page 2]\n")
    assert prepared.content.endswith(f"Question: {question}")
    assert count_tokens(prepared.content) <= 1000


def test_lowest_ranked_dropped_until_fit_and_nothing_fits() -> None:
    question = "Paragraph about mountains rivers oceans"
    roomy = _fit(question, [BOOK], room=2000, k=5)
    assert len(roomy.sources) == 5
    tight = _fit(question, [BOOK], room=count_tokens(with_passages(question, roomy.sources[:2])))
    assert tight.sources == roomy.sources[:2]  # the top two kept, in rank order
    nothing = _fit(question, [BOOK], room=10)
    assert nothing == Prepared(question, note=NOTHING_FITS)


def test_no_match_falls_back_to_the_beginning_and_empty_documents_are_left_out() -> None:
    empty = Document("/d/empty.txt", "empty.txt", "text", ())
    prepared = _fit("zzz qqq", [empty, BOOK], room=800, k=2)
    assert [s.locator for s in prepared.sources] == ["page 1", "page 1"]
    assert prepared.content.startswith(OPENING_HEADER + "\n\n[book.pdf, page 1]\n")
    # The opening is OPENING_CHUNKS per document, fewer than k: not k unrelated passages.
    opening = _fit("zzz qqq", [BOOK], room=2000, k=5)
    assert [s.locator for s in opening.sources] == ["page 1"] * OPENING_CHUNKS
    assert opening.sources[0].text.startswith("Paragraph 0 is about rivers")
    assert "empty.txt" not in prepared.content
    assert _fit("hello", [empty], room=100) == Prepared("hello")


def test_with_passages_layout() -> None:
    sources = [
        Source("a.md", "Install", " Run it. \n", path="/k/a.md"),
        Source("b.txt", "", "Plain.", path="/k/b.txt"),
    ]
    assert with_passages("Why?", sources) == (
        f"{PASSAGES_HEADER}\n\n[a.md, Install]\nRun it.\n\n[b.txt]\nPlain.\n\nQuestion: Why?"
    )
    assert with_passages("Why?", []) == "Why?"


def test_documents_sent_without_a_question_go_alone() -> None:
    whole = _fit("", [NOTES], room=10_000)
    assert whole.whole == ("notes.md",)
    assert whole.content.startswith(WHOLE_ALONE_HEADER + "\n\n[notes.md]\nTea is brewed at 80 C.")
    assert "Question" not in whole.content and not whole.content.endswith("\n")
    passages = _fit("  ", [BOOK], room=1000, k=2)
    assert [s.locator for s in passages.sources] == ["page 1", "page 1"]  # the beginning
    assert passages.content.startswith(PASSAGES_ALONE_HEADER + "\n\n[book.pdf, page 1]\n")
    assert "Question" not in passages.content


MANUAL_TOPICS = ["rivers", "mountains", "oceans", "deserts", "forests", "glaciers"]
MANUAL = Document(
    "/d/manual.md",
    "Long manual",
    "markdown",
    (
        Section("This manual covers the X100 and its accessories.", "Long manual"),
        *(Section(_filler(t, 25), f"Section {i}") for i, t in enumerate(MANUAL_TOPICS)),
        Section("To reset the router, hold the reset button for ten seconds.", "Resetting"),
    ),
)


def test_one_answering_section_is_the_only_source() -> None:
    """A long document whose one section answers: that section alone, not k passages."""
    prepared = fit_documents(
        "How do I reset the router?",
        [MANUAL],
        room_tokens=1500,
        count_tokens=count_tokens,
        rank=lambda q, pairs, k: rank_passages(q, pairs, k),
    )
    assert [s.locator for s in prepared.sources] == ["Resetting"]
    assert prepared.content.startswith(PASSAGES_HEADER + "\n\n[Long manual, Resetting]\n")
