"""The knowledge index: folders' files, their chunks, FTS5 and sqlite-vec in one SQLite file.

apsw, not the stdlib's sqlite3: the project's Python cannot load extensions, and apsw carries
its own SQLite with FTS5 and load_extension (sqlite-vec's vec0). Search is hybrid: BM25 hits
from FTS5 and the passages close in meaning from vec0, fused by reciprocal rank (k=60).
Without sqlite-vec or an embedder the index still works on BM25 alone and
`vectors_off_reason` says why.

Threads: one KnowledgeIndex may be shared; every method holds the index's lock around the one
connection, and each write is one short transaction (one batch of whole files), so a search
waits at most for one batch. A kill at any moment leaves each file either old or new.
(Longer than most modules: the schema and every write that must share a transaction with
it stay together; the ranking helpers are in ranking.py.)
"""

from __future__ import annotations

import array
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.documents.ranking import (
    STOPWORDS,
    close_hits,
    fts_query,
    fuse,
    knowledge_connection,
    rank_passages,
)
from desktop.core.documents.types import Chunk, Source
from desktop.core.translatable import QT_TRANSLATE_NOOP

SCHEMA_VERSION = 1
NO_EMBEDDER = QT_TRANSLATE_NOOP("core", "no embedding model")
# Up to this many vectors, search compares the query with each (exact, a few ms). Past it a
# vec0 table of 1-bit vectors (dims/8 bytes each) finds candidates by Hamming distance and the
# float vectors rank those: sqlite-vec's wheel has no SIMD, and a float scan of 100,000
# 384-d vectors takes ~100 ms on 2 cores against ~15 ms for the bit scan.
EXACT_MAX = 10_000
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS folders(path TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS files(
  id INTEGER PRIMARY KEY,
  folder TEXT NOT NULL REFERENCES folders(path) ON DELETE CASCADE,
  path TEXT NOT NULL UNIQUE,
  size INTEGER, mtime_ns INTEGER, sha256 TEXT,
  status TEXT NOT NULL CHECK (status IN ('ok', 'error', 'pending')),
  error TEXT NOT NULL DEFAULT '',
  chunks INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS files_folder ON files(folder);
CREATE TABLE IF NOT EXISTS chunks(
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL, text TEXT NOT NULL, locator TEXT NOT NULL DEFAULT '',
  embedded INTEGER NOT NULL DEFAULT 0,  -- 1 has a vector, 0 wants one, -1 the embedder refused
  UNIQUE(file_id, ordinal));
CREATE INDEX IF NOT EXISTS chunks_unembedded ON chunks(id) WHERE embedded = 0;
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
  text, content='chunks', content_rowid='id', tokenize='porter unicode61');
CREATE TABLE IF NOT EXISTS chunk_vectors(
  chunk_id INTEGER PRIMARY KEY REFERENCES chunks(id) ON DELETE CASCADE,
  embedding BLOB NOT NULL);  -- float32, the exact vector
CREATE TRIGGER IF NOT EXISTS chunks_ai AFTER INSERT ON chunks BEGIN
  INSERT INTO chunks_fts(rowid, text) VALUES (new.id, new.text); END;
CREATE TRIGGER IF NOT EXISTS chunks_ad AFTER DELETE ON chunks BEGIN
  INSERT INTO chunks_fts(chunks_fts, rowid, text) VALUES ('delete', old.id, old.text); END;
"""


@dataclass(frozen=True, slots=True)
class FolderStatus:
    """A knowledge folder as the settings list shows it."""

    path: str
    files: int
    chunks: int
    errors: int


@dataclass(frozen=True, slots=True)
class FileStatus:
    """One indexed file: what the indexer compares (size, mtime_ns, sha256) and its state."""

    path: str
    size: int | None
    mtime_ns: int | None
    sha256: str
    status: str  # 'ok' | 'error' | 'pending'
    error: str
    chunks: int


@dataclass(frozen=True, slots=True)
class FileUpdate:
    """A file's new state for replace_files: its chunks (and vectors, one per chunk, or None)
    for status 'ok', the sentence for 'error', nothing for 'pending' (read it again)."""

    folder: str
    path: str
    size: int | None
    mtime_ns: int | None
    sha256: str = ""
    chunks: Sequence[Chunk] = ()
    vectors: Sequence[Sequence[float] | None] | None = None
    status: str = "ok"
    error: str = ""


def _blob(vector: Sequence[float]) -> bytes:
    return array.array("f", vector).tobytes()


class KnowledgeIndex:
    """knowledge.sqlite3: folders, files, chunks, chunks_fts (FTS5), chunk_vectors (float32)
    and chunk_bits (vec0, 1 bit a dimension, for large indexes)."""

    def __init__(self, path: Path | str) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._nvec: int | None = None
        self._conn, self._vec_error = knowledge_connection(str(path))
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")  # WAL: a crash loses the last commits,
        self._conn.execute("PRAGMA foreign_keys=ON")  # never consistency
        self._conn.execute("PRAGMA mmap_size=536870912")  # vec0 scans read pages: map them
        with self._tx():
            version = self._value("PRAGMA user_version")
            if version > SCHEMA_VERSION:
                raise RuntimeError(
                    f"{path} was written by a newer Hearth (schema {version}): update Hearth."
                )
            self._conn.execute(_SCHEMA)
            self._conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    # -- plumbing ---------------------------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[None]:
        with self._lock, self._conn:  # apsw: a savepoint, committed or rolled back
            self._nvec = None  # every write may change it
            yield

    def _value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def _meta(self, key: str) -> str | None:
        value = self._value("SELECT value FROM meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    def _vector_count(self) -> int:
        """How many vectors are stored (counting 100,000 rows costs ~10 ms: kept)."""
        if self._nvec is None:
            self._nvec = int(self._value("SELECT count(*) FROM chunk_vectors"))
        return self._nvec

    def _has_bits(self) -> bool:
        return self._value("SELECT 1 FROM sqlite_master WHERE name = 'chunk_bits'") is not None

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- vectors ----------------------------------------------------------------------------

    @property
    def embedder(self) -> tuple[str, int] | None:
        """(model id, dimensions) of the vectors stored, or None."""
        with self._lock:
            model, dims = self._meta("embedder"), self._meta("dims")
        return (model, int(dims)) if model is not None and dims is not None else None

    @property
    def vectors_off_reason(self) -> str:
        """Why search runs on BM25 alone ('' when vectors are on)."""
        if self._vec_error:
            return self._vec_error
        return "" if self.embedder is not None else NO_EMBEDDER

    @property
    def vectors_on(self) -> bool:
        return not self.vectors_off_reason

    def set_embedder(self, model_id: str, dims: int) -> bool:
        """Store vectors of this embedder from now on. Another embedder than before drops every
        vector and marks all chunks to be embedded again; True when that happened."""
        if self._vec_error:
            return False
        with self._tx():
            if self.embedder == (model_id, dims):
                return False
            self._conn.execute("DELETE FROM chunk_vectors")
            self._conn.execute("DROP TABLE IF EXISTS chunk_bits")
            if dims % 8 == 0:  # bit vectors come in bytes; other sizes are searched exactly
                self._conn.execute(
                    "CREATE VIRTUAL TABLE chunk_bits USING vec0("
                    f"chunk_id INTEGER PRIMARY KEY, embedding bit[{int(dims)}])"
                )
            self._conn.execute("UPDATE chunks SET embedded = 0 WHERE embedded != 0")
            for key, value in (("embedder", model_id), ("dims", str(int(dims)))):
                self._conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
        return True

    def chunks_without_vectors(self, limit: int = 256) -> list[tuple[int, str]]:
        """(chunk id, text) of chunks still to embed (none while vectors are off)."""
        if not self.vectors_on:
            return []
        with self._lock:
            sql = "SELECT id, text FROM chunks WHERE embedded = 0 ORDER BY id LIMIT ?"
            return [(int(i), str(t)) for i, t in self._conn.execute(sql, (limit,))]

    def put_vectors(self, ids: Sequence[int], vectors: Sequence[Sequence[float] | None]) -> None:
        """Store one vector per chunk id; None marks a chunk the embedder refused (not asked
        again). Ids of chunks gone meanwhile are ignored."""
        with self._tx():
            for chunk_id, vector in zip(ids, vectors, strict=True):
                self._put_vector(chunk_id, vector)

    def _put_vector(self, chunk_id: int, vector: Sequence[float] | None) -> None:
        if self._value("SELECT embedded FROM chunks WHERE id = ?", (chunk_id,)) != 0:
            return  # gone, or already embedded
        if vector is not None:
            blob = _blob(vector)
            self._conn.execute("INSERT INTO chunk_vectors VALUES (?, ?)", (chunk_id, blob))
            if self._has_bits():
                self._conn.execute(
                    "INSERT INTO chunk_bits(chunk_id, embedding) "
                    "VALUES (?, vec_quantize_binary(?))",
                    (chunk_id, blob),
                )
        flag = 1 if vector is not None else -1
        self._conn.execute("UPDATE chunks SET embedded = ? WHERE id = ?", (flag, chunk_id))

    # -- folders and files ------------------------------------------------------------------

    def add_folder(self, path: Path | str) -> None:
        with self._tx():
            self._conn.execute("INSERT OR IGNORE INTO folders VALUES (?)", (str(path),))

    def remove_folder(self, path: Path | str) -> None:
        """Forget a folder and everything indexed from it."""
        with self._tx():
            for (file_id,) in self._conn.execute(
                "SELECT id FROM files WHERE folder = ?", (str(path),)
            ).fetchall():
                self._drop_file_rows(int(file_id))
            self._conn.execute("DELETE FROM folders WHERE path = ?", (str(path),))

    def folders(self) -> list[FolderStatus]:
        sql = """SELECT d.path, count(f.id), coalesce(sum(f.chunks), 0),
                 coalesce(sum(f.status = 'error'), 0)
                 FROM folders d LEFT JOIN files f ON f.folder = d.path
                 GROUP BY d.path ORDER BY d.path"""
        with self._lock:
            return [
                FolderStatus(str(p), int(n), int(c), int(e))
                for p, n, c, e in self._conn.execute(sql)
            ]

    def files(self, folder: Path | str, status: str | None = None) -> list[FileStatus]:
        """The folder's files (only those of one status, e.g. 'error', when given)."""
        sql = """SELECT path, size, mtime_ns, coalesce(sha256, ''), status, error, chunks
                 FROM files WHERE folder = ? AND (? IS NULL OR status = ?) ORDER BY path"""
        with self._lock:
            rows = self._conn.execute(sql, (str(folder), status, status))
            return [FileStatus(*row) for row in rows]

    def file_map(self, folder: Path | str) -> dict[str, tuple[int | None, int | None, str, str]]:
        """path -> (size, mtime_ns, sha256, status) of the files under folder, for the indexer
        (by path: a folder inside another knowledge folder shares its files, not twice)."""
        prefix = str(folder).rstrip(os.sep) + os.sep
        sql = (
            "SELECT path, size, mtime_ns, coalesce(sha256, ''), status FROM files "
            "WHERE folder = ? OR substr(path, 1, ?) = ?"
        )
        with self._lock:
            rows = self._conn.execute(sql, (str(folder), len(prefix), prefix))
            return {str(p): (s, m, h, st) for p, s, m, h, st in rows}

    def replace_file(self, update: FileUpdate) -> None:
        """Replace ALL of one file's chunks, FTS rows and vectors in one transaction."""
        self.replace_files([update])

    def replace_files(self, updates: Iterable[FileUpdate]) -> None:
        """replace_file for several files in one transaction (fewer commits while indexing)."""
        with self._tx():
            for update in updates:
                self._replace(update)

    def touch_file(self, path: str, size: int, mtime_ns: int) -> None:
        """A file whose bytes did not change (same sha256) but whose mtime did."""
        with self._tx():
            sql = "UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?"
            self._conn.execute(sql, (size, mtime_ns, path))

    def remove_file(self, path: Path | str) -> None:
        with self._tx():
            file_id = self._value("SELECT id FROM files WHERE path = ?", (str(path),))
            if file_id is not None:
                self._drop_file_rows(int(file_id))

    def remove_files(self, paths: Iterable[str]) -> None:
        with self._tx():
            for path in paths:
                file_id = self._value("SELECT id FROM files WHERE path = ?", (path,))
                if file_id is not None:
                    self._drop_file_rows(int(file_id))

    def _drop_file_rows(self, file_id: int, *, keep_file: bool = False) -> None:
        for table in ("chunk_vectors", "chunk_bits") if self._has_bits() else ("chunk_vectors",):
            self._conn.execute(
                f"DELETE FROM {table} WHERE chunk_id IN "
                "(SELECT id FROM chunks WHERE file_id = ? AND embedded = 1)",
                (file_id,),
            )
        self._conn.execute("DELETE FROM chunks WHERE file_id = ?", (file_id,))  # FTS: trigger
        if not keep_file:
            self._conn.execute("DELETE FROM files WHERE id = ?", (file_id,))

    def _replace(self, u: FileUpdate) -> None:
        self._conn.execute("INSERT OR IGNORE INTO folders VALUES (?)", (u.folder,))
        file_id = self._value("SELECT id FROM files WHERE path = ?", (u.path,))
        if file_id is not None and u.status == "pending":
            # Changed while read: keep the old chunks, read it again next time.
            sql = "UPDATE files SET size = NULL, mtime_ns = NULL, status = 'pending' WHERE id = ?"
            self._conn.execute(sql, (file_id,))
            return
        if file_id is not None:
            self._drop_file_rows(int(file_id), keep_file=True)
            self._conn.execute(
                "UPDATE files SET folder = ?, size = ?, mtime_ns = ?, sha256 = ?, status = ?, "
                "error = ?, chunks = ? WHERE id = ?",
                (u.folder, u.size, u.mtime_ns, u.sha256, u.status, u.error, len(u.chunks), file_id),
            )
        else:
            file_id = self._value(
                "INSERT INTO files(folder, path, size, mtime_ns, sha256, status, error, chunks) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (u.folder, u.path, u.size, u.mtime_ns, u.sha256, u.status, u.error, len(u.chunks)),
            )
        vectors = u.vectors if u.vectors is not None and self.vectors_on else None
        for i, chunk in enumerate(u.chunks):
            chunk_id = self._value(
                "INSERT INTO chunks(file_id, ordinal, text, locator) VALUES (?, ?, ?, ?) "
                "RETURNING id",
                (file_id, chunk.ordinal, chunk.text, chunk.locator),
            )
            if vectors is not None:
                self._put_vector(int(chunk_id), vectors[i])

    def counts(self) -> tuple[int, int]:
        """(files, chunks) in the whole index."""
        with self._lock:
            return (
                self._value("SELECT count(*) FROM files"),
                self._value("SELECT count(*) FROM chunks"),
            )

    # -- search -----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        vector: Sequence[float] | None = None,
        k: int = 5,
        paths: Sequence[str] | None = None,
    ) -> list[Source]:
        """Up to k passages that answer query: BM25 hits and (with a vector) the passages close
        in meaning (ranking.close_hits), fused by reciprocal rank; fewer, or none, when fewer
        match. paths limits the search to files in those folders (or those files)."""
        depth = max(4 * k, 40)
        with self._lock:
            keep = self._path_filter(paths)
            lexical = self._bm25(query, depth, keep)
            semantic = self._nearest(vector, depth, keep) if vector is not None else []
            fused = fuse(lexical, semantic)[:k]
            return [self._source(chunk_id, score) for chunk_id, score in fused]

    def _path_filter(self, paths: Sequence[str] | None) -> Callable[[int], bool] | None:
        if paths is None:
            return None
        roots = [str(p) for p in paths]
        prefixes = tuple(r.rstrip(os.sep) + os.sep for r in roots)

        def keep(chunk_id: int) -> bool:
            sql = "SELECT f.path FROM chunks c JOIN files f ON f.id = c.file_id WHERE c.id = ?"
            path = str(self._value(sql, (chunk_id,)))
            return path in roots or path.startswith(prefixes)

        return keep

    def _bm25(self, query: str, depth: int, keep: Callable[[int], bool] | None) -> list[int]:
        match = fts_query(query)
        if not match:
            return []
        limit = depth if keep is None else depth * 10
        sql = "SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH ? ORDER BY rank LIMIT ?"
        ids = [int(r) for (r,) in self._conn.execute(sql, (match, limit))]
        return _first(ids, keep, depth)

    def _nearest(
        self, vector: Sequence[float], depth: int, keep: Callable[[int], bool] | None
    ) -> list[int]:
        if not self.vectors_on:
            return []
        blob, want = _blob(vector), depth if keep is None else depth * 10
        # Only the passages close to the best count (close_hits): nearest neighbours always
        # exist, and a search that fills k with them lists sources that do not answer.
        exact = (
            "SELECT chunk_id, vec_distance_cosine(embedding, ?1) AS d FROM chunk_vectors {} "
            "ORDER BY d LIMIT ?2"
        )

        def close(where: str) -> list[int]:
            rows = [
                (int(i), 1.0 - float(d))
                for i, d in self._conn.execute(exact.format(where), (blob, want))
            ]
            return close_hits([r for r in rows if keep is None or keep(r[0])][:depth])

        if not self._has_bits() or self._vector_count() <= EXACT_MAX:
            return close("")
        # Candidates by Hamming distance of the bit vectors, ranked by their float vectors:
        # Twice the depth keeps the true neighbours of real embeddings among them (the bit
        # scan's cost grows with its k: 10 ms for 50, 18 ms for 100 over 100,000 vectors).
        coarse = min(max(want * 2, 50), 4096)  # vec0's k is capped at 4096
        sql = (
            "SELECT chunk_id FROM chunk_bits WHERE embedding MATCH vec_quantize_binary(?) AND k = ?"
        )
        candidates = [int(r) for (r,) in self._conn.execute(sql, (blob, coarse))]
        if not candidates:
            return []
        return close(f"WHERE chunk_id IN ({','.join(map(str, candidates))})")  # ints: no injection

    def _source(self, chunk_id: int, score: float) -> Source:
        row = self._conn.execute(
            "SELECT f.path, c.locator, c.text FROM chunks c JOIN files f ON f.id = c.file_id "
            "WHERE c.id = ?",
            (chunk_id,),
        ).fetchone()
        path, locator, text = (str(v) for v in row)
        return Source(name=Path(path).name, locator=locator, text=text, path=path, score=score)


def _first(ids: list[int], keep: Callable[[int], bool] | None, n: int) -> list[int]:
    return ids[:n] if keep is None else [i for i in ids if keep(i)][:n]


__all__ = [
    "STOPWORDS",
    "FileStatus",
    "FileUpdate",
    "FolderStatus",
    "KnowledgeIndex",
    "fts_query",
    "fuse",
    "rank_passages",
]
