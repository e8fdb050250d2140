"""A folder of many files (issue 15, part 5): walked and finished without error, nothing read
that cannot be read, and a second run reads nothing. 30,000 files here: creating 100,000
takes 3 s on an idle machine but 10-20 s on 2 busy cores (the indexer's two runs take 0.7 s
of it); `hearth bench --docs` walks and indexes 100,000 files of words."""

from __future__ import annotations

import os
import time
from pathlib import Path

from desktop.core.documents.index import KnowledgeIndex
from desktop.core.documents.indexer import Indexer, walk

FOLDERS, PER_FOLDER = 30, 1000  # 30,000 files


def test_a_folder_of_30000_files_is_walked_and_finished(tmp_path: Path) -> None:
    docs = tmp_path / "many"
    for d in range(FOLDERS):
        sub = docs / f"d{d:03}"
        sub.mkdir(parents=True)
        for i in range(PER_FOLDER):
            # Empty files of suffixes Hearth does not read, and one empty note a folder.
            name = f"{i:04}.md" if i == 0 else f"{i:04}.dat"
            # os.open: Path.touch() takes 3-4 times as long for 100,000 files.
            os.close(os.open(sub / name, os.O_CREAT | os.O_WRONLY, 0o644))
    index = KnowledgeIndex(tmp_path / "k.sqlite3")
    try:
        assert sum(1 for _ in walk(str(docs))) == FOLDERS * PER_FOLDER
        started = time.perf_counter()
        last = Indexer(index, embed=None).run([docs])
        seconds = time.perf_counter() - started
        assert (last.done, last.total) == (FOLDERS, FOLDERS)  # the notes only
        [status] = index.folders()
        assert (status.path, status.files) == (str(docs), FOLDERS)
        # An empty note is no error: it has nothing to find.
        assert status.errors == 0 and status.chunks == 0, index.files(docs, status="error")[:1]
        assert Indexer(index, embed=None).run([docs]).total == 0  # nothing changed: none read
        assert seconds < 5, seconds  # ~0.1 s idle
    finally:
        index.close()
