"""The child of test_index_kill.py: index a folder, printing "done N" after each file, until
the test kills it. Vectors are made up from the text (deterministic, 8-d): the kill test is
about the database, not the embedder."""

from __future__ import annotations

import hashlib
import sys

from desktop.core.documents.index import KnowledgeIndex
from desktop.core.documents.indexer import Indexer, IndexProgress


def embed(texts: list[str]) -> list[list[float]]:
    return [[b / 255 + 0.01 for b in hashlib.sha256(t.encode()).digest()[:8]] for t in texts]


def report(progress: IndexProgress) -> None:
    print(f"done {progress.done} of {progress.total}", flush=True)  # noqa: T201 - the test reads it


def main() -> None:
    db, folder = sys.argv[1], sys.argv[2]
    index = KnowledgeIndex(db)
    index.set_embedder("made-up", 8)
    Indexer(index, embed=embed, on_progress=report).run([folder])
    index.close()
    print("finished", flush=True)  # noqa: T201 - the test reads it


if __name__ == "__main__":
    main()
