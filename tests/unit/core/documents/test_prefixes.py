"""The embedders' query/passage prefixes: the table, the GGUF's name deciding, and a real
Indexer on a real KnowledgeIndex sending prefixed passages and a prefixed query to embed."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from ggufgen import TinySpec, write_tiny_model

from desktop.core.documents.index import KnowledgeIndex
from desktop.core.documents.indexer import Indexer
from desktop.core.documents.prefixes import (
    BGE_EN,
    NOMIC,
    NONE,
    Prefixes,
    prefixes_for,
    prefixes_of_file,
)

BGE_QUERY = "Represent this sentence for searching relevant passages: "


@pytest.mark.parametrize(
    ("names", "query", "passage"),
    [
        (["nomic-embed-text-v1.5"], "search_query: ", "search_document: "),
        (["nomic-embed-text-v1.5.Q8_0.gguf"], "search_query: ", "search_document: "),
        (["Nomic Embed Text v1.5"], "search_query: ", "search_document: "),
        (["bge-small-en-v1.5-q8_0.gguf"], BGE_QUERY, ""),
        (["BGE_Small_EN_v1.5"], BGE_QUERY, ""),
        (["all-MiniLM-L6-v2-Q8_0.gguf"], "", ""),
        (["some-other-embedder.gguf"], "", ""),
        # general.name first: a renamed file keeps its model's prefixes.
        (["bge-small-en-v1.5", "my-embedder.gguf"], BGE_QUERY, ""),
    ],
)
def test_the_table(names: list[str], query: str, passage: str) -> None:
    assert prefixes_for(names) == Prefixes(query, passage)


def test_the_gguf_name_decides_and_the_prefix_is_part_of_the_vectors_id(tmp_path: Path) -> None:
    renamed = write_tiny_model(tmp_path / "embedder.gguf", TinySpec(name="nomic-embed-text-v1.5"))
    assert prefixes_of_file(renamed) == NOMIC
    assert prefixes_of_file(tmp_path / "bge-small-en-v1.5.gguf") == BGE_EN  # no file: its name
    assert NONE.vector_id("m.gguf") == BGE_EN.vector_id("m.gguf") == "m.gguf"
    assert NOMIC.vector_id("m.gguf") != "m.gguf"  # vectors without the prefix are redone
    assert BGE_EN.question_first(lambda t: [[float(len(x))] for x in t])(["q", "p"]) == [
        [float(len(BGE_QUERY) + 1)],
        [1.0],
    ]


class Spy:
    """An embedder that keeps every text it is asked for (8-d vectors from a hash)."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, texts: list[str]) -> list[list[float]]:
        self.texts.extend(texts)
        out = []
        for text in texts:
            raw = [b - 127.5 for b in hashlib.sha256(text.encode()).digest()[:8]]
            norm = sum(x * x for x in raw) ** 0.5
            out.append([x / norm for x in raw])
        return out


@pytest.fixture
def index(tmp_path: Path) -> Iterator[KnowledgeIndex]:
    ix = KnowledgeIndex(tmp_path / "k.sqlite3")
    try:
        yield ix
    finally:
        ix.close()


def test_indexing_and_search_send_the_prefixes(index: KnowledgeIndex, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "falcon.md").write_text("# Falcon\n\nThe launch of Falcon is in March.\n")
    spy = Spy()
    index.set_embedder(NOMIC.vector_id("nomic-embed-text-v1.5.gguf"), 8)
    Indexer(index, embed=NOMIC.passages(spy)).run([docs])
    [passage] = [t for t in spy.texts if "Falcon" in t]
    assert passage.startswith("search_document: ") and "launch of Falcon" in passage
    assert index.chunks_without_vectors() == []  # every passage has its vector

    spy.texts.clear()
    question = "When is the launch?"
    assert len(NOMIC.queries(spy)([question]) or []) == 1
    assert spy.texts == ["search_query: When is the launch?"]
    # By a vector alone: a hash is close to nothing else (search keeps only close
    # passages), so the stored passage's own vector finds it.
    [found] = index.search("", vector=spy([passage])[0], k=1)
    assert found.name == "falcon.md"
    assert NONE.passages(spy) is spy and NONE.queries(spy) is spy  # MiniLM: as they are
