"""KnowledgeIndex on real apsw + sqlite-vec: whole-file replacement, folders, the embedder's
vectors, hybrid search with hostile queries, path filters; rank_passages for attachments."""

from __future__ import annotations

import math
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.core.documents.index import (
    NO_EMBEDDER,
    FileUpdate,
    KnowledgeIndex,
    fts_query,
    fuse,
    rank_passages,
)
from desktop.core.documents.ranking import SEMANTIC_FLOOR, SEMANTIC_MARGIN, close_hits
from desktop.core.documents.types import Chunk, Document


def _unit(*xs: float) -> list[float]:
    n = math.sqrt(sum(x * x for x in xs))
    return [x / n for x in xs]


@pytest.fixture
def index(tmp_path: Path):
    ix = KnowledgeIndex(tmp_path / "knowledge.sqlite3")
    try:
        yield ix
    finally:
        ix.close()


def _file(folder: str, name: str, texts: list[str], vectors=None, size: int = 1) -> FileUpdate:
    chunks = [Chunk(i, t, f"page {i + 1}") for i, t in enumerate(texts)]
    return FileUpdate(folder, f"{folder}/{name}", size, 7, "sha", chunks, vectors)


def test_replace_file_replaces_every_chunk_and_fts_row(index):
    index.replace_file(_file("/d", "a.txt", ["red apples grow", "green pears fall", "plums"]))
    index.replace_file(_file("/d", "a.txt", ["blue whales swim"]))
    assert index.counts() == (1, 1)
    assert index.search("apples") == []
    [hit] = index.search("whales")
    assert (hit.name, hit.locator, hit.text, hit.path) == (
        "a.txt",
        "page 1",
        "blue whales swim",
        "/d/a.txt",
    )
    assert index.folders()[0].chunks == 1
    # The FTS index holds exactly the rows of chunks (external content kept in step).
    assert index._value("SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH 'apples'") == 0
    index._conn.execute("INSERT INTO chunks_fts(chunks_fts, rank) VALUES ('integrity-check', 1)")


def test_a_failing_transaction_leaves_the_old_file(index):
    index.replace_file(_file("/d", "a.txt", ["old text here"]))
    bad = _file("/d", "a.txt", ["new one", "new two"])
    bad = FileUpdate(bad.folder, bad.path, 1, 7, "s", [bad.chunks[0], bad.chunks[0]])  # dup ordinal
    with pytest.raises(Exception, match="UNIQUE"):
        index.replace_file(bad)
    assert [s.text for s in index.search("old")] == ["old text here"]
    assert index.counts() == (1, 1)


def test_folders_files_errors_and_removal(index):
    index.add_folder("/d")
    index.add_folder("/e")
    index.replace_files(
        [
            _file("/d", "a.txt", ["one", "two"]),
            FileUpdate("/d", "/d/b.pdf", 5, 1, status="error", error="b.pdf is encrypted."),
            _file("/e", "c.md", ["three"]),
        ]
    )
    assert [(f.path, f.files, f.chunks, f.errors) for f in index.folders()] == [
        ("/d", 2, 2, 1),
        ("/e", 1, 1, 0),
    ]
    assert [(f.path, f.status, f.error) for f in index.files("/d")] == [
        ("/d/a.txt", "ok", ""),
        ("/d/b.pdf", "error", "b.pdf is encrypted."),
    ]
    index.remove_file("/d/a.txt")
    assert index.search("one") == []
    index.remove_folder("/d")
    assert [f.path for f in index.folders()] == ["/e"]
    assert index.counts() == (1, 1)


def test_hostile_queries_never_raise(index):
    index.replace_file(_file("/d", "a.txt", ['say "foo" AND (bar) NEAR/2 baz* col:umn ^x']))
    for query in [
        '"foo AND (',
        "NOT",
        "*",
        "col:umn",
        "^",
        "",
        "   ",
        "'",
        "AND OR NOT",
        "foo\x00",
    ]:
        index.search(query)
    assert [s.path for s in index.search('"foo AND (')] == ["/d/a.txt"]
    assert fts_query('x "b" c') == '"x" OR "b" OR "c"'
    assert fts_query("what is the warranty?") == '"warranty"'  # function words left out...
    assert fts_query("To be or not to be") == '"to" OR "be" OR "or" OR "not"'  # ...unless all


def test_vectors_fuse_with_bm25_and_an_embedder_change_reembeds(index):
    assert not index.vectors_on and index.vectors_off_reason == NO_EMBEDDER
    assert index.set_embedder("mini", 3)
    assert not index.set_embedder("mini", 3)  # the same embedder keeps its vectors
    assert index.vectors_on
    index.replace_file(
        _file("/d", "a.txt", ["cats purr", "dogs bark"], [_unit(1, 0, 0), _unit(0, 1, 0)])
    )
    index.replace_file(_file("/d", "b.txt", ["kittens nap"], [_unit(0.9, 0.1, 0)]))
    # Words and meaning agree on "cats purr"; meaning alone brings the kitten second.
    hits = index.search("cats", vector=_unit(1, 0, 0), k=3)
    assert [h.text for h in hits] == ["cats purr", "kittens nap"]  # not the far dogs
    assert hits[0].score > hits[1].score
    assert index.chunks_without_vectors() == []
    # Another embedder: every vector goes, every chunk waits for a new one.
    assert index.set_embedder("bge", 2)
    missing = index.chunks_without_vectors(10)
    assert sorted(t for _, t in missing) == ["cats purr", "dogs bark", "kittens nap"]
    assert [h.text for h in index.search("zzz", vector=[1.0, 0.0])] == []
    index.put_vectors([i for i, _ in missing], [_unit(1, 0), None, _unit(0, 1)])
    assert index.chunks_without_vectors() == []  # refused (None) is not asked again
    assert index.search("zzz", vector=[1.0, 0.0], k=1)[0].text == "cats purr"
    # Removing the file drops its vectors too.
    index.remove_file("/d/a.txt")
    assert all(h.path == "/d/b.txt" for h in index.search("cats", vector=[1.0, 0.0]))


def test_paths_limit_the_search(index):
    index.replace_file(_file("/d", "a.txt", ["shared word alpha"]))
    index.replace_file(_file("/dd", "b.txt", ["shared word beta"]))
    assert {h.path for h in index.search("shared", paths=["/d"])} == {"/d/a.txt"}
    assert {h.path for h in index.search("shared", paths=["/dd/b.txt"])} == {"/dd/b.txt"}
    assert len(index.search("shared")) == 2


def test_schema_is_versioned_and_reopens(tmp_path):
    path = tmp_path / "k.sqlite3"
    ix = KnowledgeIndex(path)
    ix.replace_file(_file("/d", "a.txt", ["kept"]))
    ix.close()
    ix = KnowledgeIndex(path)
    try:
        assert ix._value("PRAGMA user_version") == 1
        assert ix._value("PRAGMA journal_mode") == "wal"
        assert [h.text for h in ix.search("kept")] == ["kept"]
    finally:
        ix.close()


def test_threads_share_one_index(index):
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(20):
                index.replace_file(_file("/d", f"{n}-{i}.txt", [f"word{n} text {i}"]))
                index.search(f"word{n}")
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert index.counts() == (80, 80)


def test_fuse_is_reciprocal_rank():
    assert fuse([1, 2], [2, 3]) == [(2, 1 / 62 + 1 / 61), (1, 1 / 61), (3, 1 / 62)]


def _pairs(texts: list[str]) -> list[tuple[Document, Chunk]]:
    doc = Document("/x/a.md", "a", "markdown", ())
    return [(doc, Chunk(i, t)) for i, t in enumerate(texts)]


def test_rank_passages_returns_only_matches() -> None:
    pairs = _pairs(["intro", "the warranty lasts two years", "pricing", "contact", "appendix"])
    ranked = rank_passages("How long is the warranty?", pairs, 2)
    assert [c.ordinal for _, c in ranked] == [1]  # the hit alone: no filling from file order
    assert rank_passages("anything", pairs[:2], 5) == []  # few pairs are not all matches
    assert rank_passages("warranty", [], 5) == []


def test_close_hits_keep_passages_near_the_best_above_the_floor() -> None:
    best = 0.6
    near, far = best - SEMANTIC_MARGIN + 0.01, best - SEMANTIC_MARGIN - 0.01
    assert close_hits([(1, far), (2, best), (3, near)]) == [2, 3]
    assert close_hits([(1, SEMANTIC_FLOOR - 0.01), (2, SEMANTIC_FLOOR - 0.05)]) == []
    assert close_hits([]) == []


def test_rank_passages_by_meaning_keep_only_the_close_ones() -> None:
    pairs = _pairs(["alpha", "beta", "gamma", "delta", "epsilon"])
    table = {"q": _unit(0, 0, 1), "alpha": _unit(1, 0, 0), "beta": _unit(0, 1, 0)}
    table |= {"gamma": _unit(0, 0.1, 1), "delta": _unit(1, 1, 0), "epsilon": _unit(0, 0.3, 1)}

    def embed(texts: list[str]) -> list[list[float]]:
        return [table[t] for t in texts]

    # gamma (0.995) and epsilon (0.958) are close; the orthogonal three are not sources.
    assert [c.text for _, c in rank_passages("q", pairs, 5, embed=embed)] == ["gamma", "epsilon"]


def test_rank_passages_with_vectors_and_a_failing_embedder():
    pairs = _pairs(["alpha", "beta", "gamma", "delta"])
    table = {"q": _unit(0, 0, 1), "alpha": _unit(1, 0, 0), "beta": _unit(0, 1, 0)}
    table |= {"gamma": _unit(0, 0.1, 1), "delta": _unit(1, 1, 0)}

    def embed(texts: list[str]) -> list[list[float]]:
        return [table[t] for t in texts]

    assert [c.text for _, c in rank_passages("q", pairs, 1, embed=embed)] == ["gamma"]

    def broken(texts: list[str]) -> list[list[float]]:
        raise RuntimeError("engine gone")

    assert [c.text for _, c in rank_passages("beta", pairs, 1, embed=broken)] == ["beta"]


def test_large_indexes_search_bit_vectors_then_rank_exactly(index, monkeypatch):
    import desktop.core.documents.index as index_module

    monkeypatch.setattr(index_module, "EXACT_MAX", 2)  # the path of 10,000+ vectors
    index.set_embedder("eight", 8)
    assert index._has_bits()
    axes = [[1.0 if i == j else 0.0 for i in range(8)] for j in range(8)]
    index.replace_file(_file("/d", "a.txt", [f"axis {j}" for j in range(8)], axes))
    close = _unit(0.2, 1, 0.9, 0, 0, 0, 0, 0)  # cosines 0.74, 0.66 (close), 0.15 (not)
    assert [h.text for h in index.search("", vector=close, k=3)] == ["axis 1", "axis 2"]
    index.remove_file("/d/a.txt")
    assert index._value("SELECT count(*) FROM chunk_bits") == 0
    assert index.search("", vector=close) == []


def test_opening_the_index_loads_sqlite_vec_without_importing_numpy() -> None:
    """sqlite_vec's __init__ imports numpy; numpy imported on the knowledge thread while the
    library's GGUF check imports it on another failed half-initialised at start-up ("cannot
    import name 'NDArray'"). The extension is found without running the package."""
    code = (
        "import sys\n"
        "from desktop.core.documents.ranking import knowledge_connection\n"
        "conn, why = knowledge_connection(':memory:')\n"
        "assert why == '', why\n"
        "print(conn.execute('select vec_version()').fetchall()[0][0], 'numpy' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    version, numpy_imported = done.stdout.split()
    assert version.startswith("v") and numpy_imported == "False"
