"""chunk_document(): passages within one section, covering it, bounded, overlapping, cut at
paragraph, sentence or word boundaries, and the same every time."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.documents.chunking import chunk_document
from desktop.core.documents.types import Document, Section


def _doc(*sections: Section) -> Document:
    return Document("/docs/a.md", "a.md", "markdown", sections)


_words = st.text(alphabet=st.sampled_from("abc xyz.!?\n\t,;"), max_size=3000)


@settings(max_examples=150, deadline=None)
@given(
    texts=st.lists(_words, min_size=1, max_size=4),
    max_chars=st.integers(min_value=1, max_value=400),
    overlap_share=st.floats(min_value=0, max_value=0.9),
)
def test_chunks_cover_each_section_within_bounds(
    texts: list[str], max_chars: int, overlap_share: float
) -> None:
    overlap = min(int(max_chars * overlap_share), max_chars - 1)
    doc = _doc(*(Section(t, f"part {i}") for i, t in enumerate(texts)))
    chunks = chunk_document(doc, max_chars=max_chars, overlap=overlap)
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    assert chunks == chunk_document(doc, max_chars=max_chars, overlap=overlap)
    full = doc.text
    covered = [False] * len(full)
    for chunk in chunks:
        assert 0 < len(chunk.text) <= max_chars
        assert chunk.text.strip()
        assert full[chunk.start : chunk.start + len(chunk.text)] == chunk.text
        for i in range(chunk.start, chunk.start + len(chunk.text)):
            covered[i] = True
    # Each section's characters are covered by chunks carrying its locator (whitespace-only
    # runs may be left out), and no chunk reaches outside its section.
    offset = 0
    for i, text in enumerate(texts):
        if not text:
            continue  # Document.text leaves empty sections out
        mine = [c for c in chunks if c.locator == f"part {i}"]
        for c in mine:
            assert offset <= c.start and c.start + len(c.text) <= offset + len(text)
        for j, ch in enumerate(text):
            assert covered[offset + j] or ch.isspace(), (i, j)
        offset += len(text) + 2
    starts = [c.start for c in chunks]
    assert starts == sorted(starts)


def test_cuts_at_paragraphs_then_sentences_with_overlap() -> None:
    para = "One sentence here. Another sentence there. " * 6  # ~260 characters
    doc = _doc(Section(f"{para.strip()}\n\n{para.strip()}\n\n{para.strip()}", "Intro"))
    chunks = chunk_document(doc, max_chars=600, overlap=50)
    assert chunks[0].text.endswith("\n\n")  # the first cut is at a paragraph break
    assert all(c.locator == "Intro" for c in chunks)
    small = chunk_document(doc, max_chars=100, overlap=30)
    for before, after in itertools.pairwise(small):
        assert before.text.rstrip().endswith((".", "there", "here"))  # sentence or word ends
        assert after.start < before.start + len(before.text)  # neighbours overlap
        assert after.text[0] != " "  # an overlap starts at a word


def test_sections_never_share_a_chunk_and_offsets_follow_document_text() -> None:
    doc = _doc(Section("alpha " * 30, "page 1"), Section("", "page 2"), Section("beta", "page 3"))
    chunks = chunk_document(doc, max_chars=50, overlap=10)
    assert chunks[-1].text == "beta"
    assert chunks[-1].locator == "page 3"
    assert doc.text[chunks[-1].start :] == "beta"
    assert all("beta" not in c.text for c in chunks[:-1])


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="overlap"):
        chunk_document(_doc(Section("x")), max_chars=10, overlap=10)
