"""Indexer on real files and a real index: only changes are read, files gone are forgotten,
errors are sentences, symlink loops end, 20,000 files stay fast, pause/resume/stop, files
changing while read, embeddings in batches."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from desktop.core.documents.index import NO_EMBEDDER, KnowledgeIndex
from desktop.core.documents.indexer import EMBED_BATCH, Indexer, IndexProgress, walk


@pytest.fixture
def index(tmp_path: Path):
    ix = KnowledgeIndex(tmp_path / "k.sqlite3")
    try:
        yield ix
    finally:
        ix.close()


def _tree(root: Path) -> Path:
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text("Apples are red fruit.")
    (root / "sub" / "b.md").write_text("# Pears\n\nPears are green.")
    (root / "sub" / "deeper" / "c.txt").write_text("Cherries are small.")
    (root / ".hidden" / "d.txt").write_text("Hidden dates.")
    (root / "e.bin").write_bytes(b"\x00\x01")  # unsupported: not read, not listed
    return root


def _paths(index: KnowledgeIndex, folder: Path) -> list[str]:
    return [os.path.relpath(f.path, folder) for f in index.files(folder)]


def test_index_then_only_changes(index, tmp_path):
    docs = _tree(tmp_path / "docs")
    seen: list[IndexProgress] = []
    last = Indexer(index, embed=None, on_progress=seen.append).run([docs])
    assert (last.done, last.total, last.errors) == (3, 3, 0)
    assert _paths(index, docs) == [
        "a.txt",
        os.path.join("sub", "b.md"),
        os.path.join("sub", "deeper", "c.txt"),
    ]
    assert index.search("pears")[0].locator == "Pears"
    assert index.search("hidden dates") == []
    # Nothing changed: nothing read.
    assert Indexer(index, embed=None).run([docs]).total == 0
    # A touch (same bytes, new mtime) is noted, not re-read; an edit, a new and a gone file are.
    os.utime(docs / "a.txt", ns=(1, 1_000_000_000))
    (docs / "sub" / "b.md").write_text("# Pears\n\nPears are yellow now.")
    (docs / "new.txt").write_text("Bananas are long.")
    (docs / "sub" / "deeper" / "c.txt").unlink()
    last = Indexer(index, embed=None).run([docs])
    assert last.total == 3  # a.txt (checked by its sha256), b.md, new.txt
    assert index.search("yellow")[0].name == "b.md"
    assert index.search("green") == []
    assert index.search("cherries") == []
    assert index.search("bananas")[0].name == "new.txt"
    assert [f.mtime_ns for f in index.files(docs) if f.path.endswith("a.txt")] == [1_000_000_000]
    assert index.counts() == (3, 3)
    assert Indexer(index, embed=None).run([docs]).total == 0


def test_bad_files_get_a_sentence_and_the_run_goes_on(index, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ok.txt").write_text("fine text")
    (docs / "bin.txt").write_bytes(bytes(range(256)) * 40)  # a binary file named .txt
    last = Indexer(index, embed=None).run([docs])
    assert last.errors == 1
    status = {Path(f.path).name: (f.status, f.error) for f in index.files(docs)}
    assert status["ok.txt"] == ("ok", "")
    assert status["bin.txt"][0] == "error" and "bin.txt" in status["bin.txt"][1]
    assert [f.errors for f in index.folders()] == [1]


def test_a_missing_folder_keeps_its_rows(index, tmp_path):
    docs = _tree(tmp_path / "docs")
    Indexer(index, embed=None).run([docs])
    docs.rename(tmp_path / "unplugged")
    assert Indexer(index, embed=None).run([docs]).total == 0
    assert index.counts()[0] == 3


def test_symlink_loops_end(index, tmp_path):
    docs = tmp_path / "docs"
    (docs / "a").mkdir(parents=True)
    (docs / "a" / "x.txt").write_text("loop text")
    (docs / "a" / "up").symlink_to(docs, target_is_directory=True)
    (docs / "self").symlink_to(docs / "a", target_is_directory=True)
    Indexer(index, embed=None).run([docs])
    assert len(index.files(docs)) == 1  # each directory entered once


def test_twenty_thousand_files_are_fast(index, tmp_path):
    docs = tmp_path / "many"
    for d in range(20):
        sub = docs / f"d{d:02}"
        sub.mkdir(parents=True)
        for i in range(1000):
            name = f"f{i}.txt" if i % 10 == 0 else f"f{i}.skip"  # 2,000 read, 18,000 skipped
            (sub / name).write_text(f"note {d} {i}")
    assert sum(1 for _ in walk(str(docs))) == 20_000
    started = time.perf_counter()
    last = Indexer(index, embed=None).run([docs])
    first = time.perf_counter() - started
    assert last.done == 2000 and index.counts() == (2000, 2000)
    started = time.perf_counter()
    assert Indexer(index, embed=None).run([docs]).total == 0
    again = time.perf_counter() - started
    assert first < 30 and again < 10, (first, again)


def test_pause_resume_and_stop(index, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(50):
        (docs / f"{i:02}.txt").write_text(f"text {i}")
    reached = {10: threading.Event(), 20: threading.Event()}
    indexer: Indexer

    def on_progress(p: IndexProgress) -> None:
        if p.done in reached:
            indexer.pause()
            reached[p.done].set()

    indexer = Indexer(index, embed=None, on_progress=on_progress)
    result: list[IndexProgress] = []
    worker = threading.Thread(target=lambda: result.append(indexer.run([docs])))
    worker.start()
    try:
        assert reached[10].wait(10) and indexer.paused.wait(10)
        # Paused: what was done is on disk, the worker waits.
        assert index.counts()[0] == 10
        indexer.resume()
        assert reached[20].wait(10) and indexer.paused.wait(10)
        assert index.counts()[0] == 20
        indexer.stop()
    finally:
        indexer.stop()
        worker.join(10)
    assert not worker.is_alive()
    assert result[0].done == 20 and index.counts()[0] == 20
    assert Indexer(index, embed=None).run([docs]).total == 30  # the next run carries on


def test_a_file_changing_while_read_is_read_again(index, tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    target = docs / "moving.txt"
    target.write_text("first version")
    import desktop.core.documents.extract as extract_module

    real = extract_module.extract
    calls = []

    def extract(path, **kw):
        doc = real(path, **kw)
        calls.append(path)
        if len(calls) == 1:  # written to while Hearth reads it
            target.write_text("second version, longer")
        return doc

    monkeypatch.setattr(extract_module, "extract", extract)
    Indexer(index, embed=None).run([docs])
    assert len(calls) == 2
    assert [h.text for h in index.search("version")] == ["second version, longer"]
    # Changing at every read: left 'pending' with no half chunks, read again next run.
    calls.clear()
    target.write_text("third")

    def always(path, **kw):
        doc = real(path, **kw)
        target.write_text(f"changed {len(calls)}" + "x" * len(calls))
        calls.append(path)
        return doc

    monkeypatch.setattr(extract_module, "extract", always)
    Indexer(index, embed=None).run([docs])
    [row] = index.files(docs)
    assert row.status == "pending"
    assert [h.text for h in index.search("version")] == ["second version, longer"]
    monkeypatch.setattr(extract_module, "extract", real)
    assert Indexer(index, embed=None).run([docs]).done == 1
    assert index.files(docs)[0].status == "ok"


def test_embeddings_in_batches_and_backfill(index, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "long.txt").write_text(
        "\n\n".join(f"Paragraph {i} " + "word " * 150 for i in range(40))
    )
    (docs / "refused.txt").write_text("REFUSE this passage")
    batches: list[int] = []
    searchable_first: list[bool] = []

    def embed(texts: list[str]) -> list[list[float]]:
        if len(texts) > 1 and not searchable_first:  # words work before vectors are in
            searchable_first.append(bool(index.search("Paragraph")))
        if any("REFUSE" in t for t in texts):
            raise ValueError("too many tokens")
        batches.append(len(texts))
        return [[1.0, float(len(t) % 7), 0.5] for t in texts]

    off = Indexer(index, embed=None)
    assert off.vectors_off_reason == NO_EMBEDDER and not off.vectors_on
    indexer = Indexer(index, embed=embed)
    indexer.run([docs])
    assert index.embedder == ("unnamed", 3)
    assert indexer.vectors_on
    assert max(batches) == EMBED_BATCH and index.chunks_without_vectors() == []
    assert searchable_first == [True]
    # Meaning alone finds the passages whose vector is the query's (the others are far).
    hits = index.search("zzz", vector=[1.0, 0.0, 0.5], k=3)
    assert hits and all(len(h.text) % 7 == 0 for h in hits)
    # A new embedder: the next run re-embeds every chunk, and only that.
    index.set_embedder("other", 3)
    batches.clear()
    assert Indexer(index, embed=embed).run([docs]).total == 0
    assert sum(batches) == index.counts()[1] - 1 and index.chunks_without_vectors() == []


def test_a_folder_inside_another_is_read_once(index, tmp_path):
    docs = _tree(tmp_path / "docs")
    assert Indexer(index, embed=None).run([docs, docs / "sub"]).total == 3
    assert Indexer(index, embed=None).run([docs, docs / "sub"]).total == 0
    assert Indexer(index, embed=None).run([docs / "sub"]).total == 0
    assert index.counts() == (3, 3)


def test_an_embedder_that_fails_everything_leaves_vectors_for_later(index, tmp_path):
    docs = _tree(tmp_path / "docs")
    index.set_embedder("m", 2)
    calls: list[int] = []

    def down(texts: list[str]) -> list[list[float]]:
        calls.append(len(texts))
        raise ConnectionError("engine gone")

    indexer = Indexer(index, embed=down)
    indexer.run([docs])
    assert indexer.vectors_off_reason == "the embedding model failed (engine gone)"
    assert calls == [3, 1, 1, 1, 1]  # the batch, each text alone, a probe; then no more
    assert index.counts() == (3, 3)  # BM25 still has them
    assert len(index.chunks_without_vectors()) == 3  # not marked refused: a later run embeds
    Indexer(index, embed=lambda texts: [[1.0, 0.0] for _ in texts]).run([docs])
    assert index.chunks_without_vectors() == []


def test_a_file_deleted_while_read_is_forgotten(index, tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "keep.txt").write_text("kept text")
    doomed = docs / "doomed.txt"
    doomed.write_text("old text")
    Indexer(index, embed=None).run([docs])
    doomed.write_text("new text, deleted while Hearth reads it")
    import desktop.core.documents.extract as extract_module

    real = extract_module.extract

    def extract(path, **kw):
        doc = real(path, **kw)
        if path == doomed:
            doomed.unlink()
        return doc

    monkeypatch.setattr(extract_module, "extract", extract)
    Indexer(index, embed=None).run([docs])
    assert [Path(f.path).name for f in index.files(docs)] == ["keep.txt"]
    assert index.search("text")[0].text == "kept text" and len(index.search("text")) == 1
