"""Reliability T14: a second real process indexing a folder is killed (SIGKILL) mid-index;
the next run resumes, and the index holds every file once with no duplicate chunks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.documents.chunking import chunk_document
from desktop.core.documents.extract import extract
from desktop.core.documents.index import KnowledgeIndex
from desktop.core.documents.indexer import Indexer

pytestmark = pytest.mark.integration

CHILD = Path(__file__).with_name("index_kill_child.py")
FILES = 600
KILL_AT = 150
FLUSHED = 128  # the indexer commits every 64 files: by "done 150", two commits are in


def _corpus(folder: Path) -> int:
    """FILES files of several chunks each; returns the chunks they should give."""
    folder.mkdir()
    expected = 0
    for i in range(FILES):
        path = folder / f"note-{i:03}.md"
        paragraphs = [f"Note {i} paragraph {p}: " + f"word{i}x{p} " * 60 for p in range(6)]
        path.write_text("\n\n".join(paragraphs), encoding="utf-8")
        expected += len(chunk_document(extract(path)))
    return expected


def _kill_mid_index(db: Path, folder: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(Path.cwd()))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        for line in child.stdout:  # blocks on the child's output: no sleeping
            if line.startswith("done") and int(line.split()[1]) >= KILL_AT:
                child.send_signal(signal.SIGKILL)
                break
        else:
            pytest.fail(f"the child ended first: {child.stderr.read() if child.stderr else ''}")
    finally:
        child.kill()
        child.wait(30)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL


def test_a_killed_index_resumes_without_duplicates(tmp_path):
    folder = tmp_path / "notes"
    expected = _corpus(folder)
    db = tmp_path / "knowledge.sqlite3"
    _kill_mid_index(db, folder)

    index = KnowledgeIndex(db)
    try:
        assert index._value("PRAGMA integrity_check") == "ok"
        files_after_kill, _ = index.counts()
        assert FLUSHED <= files_after_kill < FILES  # killed mid-index, work kept
        # Every file stored is whole: its chunk count is what the file gives.
        for row in index.files(folder):
            assert row.chunks == len(chunk_document(extract(Path(row.path))))
        last = Indexer(index, embed=_embed_from_child(), on_progress=lambda _: None).run([folder])
        assert last.total == FILES - files_after_kill  # it carried on, nothing twice
        assert index.counts() == (FILES, expected)
        dup = (
            "SELECT count(*) FROM "
            "(SELECT 1 FROM chunks GROUP BY file_id, ordinal HAVING count(*) > 1)"
        )
        assert index._value(dup) == 0
        assert index._value("SELECT count(*) FROM chunk_vectors") == expected
        assert index.chunks_without_vectors() == []
        index._conn.execute(
            "INSERT INTO chunks_fts(chunks_fts, rank) VALUES ('integrity-check', 1)"
        )
        assert {r.status for r in index.files(folder)} == {"ok"}
        assert index.search("word7x3")[0].name == "note-007.md"
    finally:
        index.close()


def _embed_from_child():
    sys.path.insert(0, str(CHILD.parent))
    try:
        from index_kill_child import embed
    finally:
        sys.path.remove(str(CHILD.parent))
    return embed
