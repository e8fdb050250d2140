"""Ranking passages: the user's words as a safe FTS5 query, reciprocal rank fusion, the
apsw connection with sqlite-vec, and one message's attachment chunks ranked in memory."""

from __future__ import annotations

import importlib.util
import logging
import os
import re
from collections.abc import Callable, Sequence
from typing import Any

from desktop.core.documents.types import Chunk, Document

log = logging.getLogger(__name__)

RRF_K = 60  # the constant of reciprocal rank fusion (Cormack et al.)
_MAX_TERMS = 32  # a pasted page as a query stays a cheap OR of its first words
_WORD = re.compile(r"\w+", re.UNICODE)
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    out over own same she should so some such than that the their theirs them then there these
    they this those through to too under until up very was we were what when where which while
    who whom why will with would you your yours""".split()
)


def _vec0_path() -> str:
    """Where sqlite_vec.loadable_path() points, found without running the package: its
    __init__ imports numpy, and numpy imported on two threads at once (this one and the
    library's GGUF check) can fail half-initialised."""
    spec = importlib.util.find_spec("sqlite_vec")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the sqlite-vec package is not installed")
    return os.path.join(next(iter(spec.submodule_search_locations)), "vec0")


def knowledge_connection(path: str) -> tuple[Any, str]:
    """An apsw connection with sqlite-vec loaded when it can be; the reason when not."""
    import apsw  # lazy: only the knowledge features pay for it

    conn = apsw.Connection(path)
    conn.set_busy_timeout(5000)
    try:
        conn.enable_load_extension(True)
        conn.load_extension(_vec0_path())
        conn.enable_load_extension(False)
    except Exception as error:  # a bundle without the library, a locked-down build
        return conn, f"sqlite-vec could not load ({error})"
    return conn, ""


def fts_query(text: str) -> str:
    """The user's words as an FTS5 query that cannot be a syntax error: each word quoted,
    joined by OR (BM25 ranks passages with more and rarer words first). English function
    words are left out when other words remain: "the" matches nearly every passage, and
    ranking them all is what makes a search over 100,000 passages slow."""
    words = list(dict.fromkeys(w.lower() for w in _WORD.findall(text)))
    content = [w for w in words if w not in STOPWORDS]
    words = (content or words)[:_MAX_TERMS]
    return " OR ".join('"' + w.replace('"', '""') + '"' for w in words)


def fuse(*rankings: Sequence[int]) -> list[tuple[int, float]]:
    """Reciprocal rank fusion of ranked id lists: (id, score), best first."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, key in enumerate(ranking, start=1):
            scores[key] = scores.get(key, 0.0) + 1.0 / (RRF_K + rank)
    return sorted(scores.items(), key=lambda item: -item[1])


def rank_passages(
    question: str,
    pairs: Sequence[tuple[Document, Chunk]],
    k: int,
    *,
    embed: Callable[[list[str]], list[list[float]] | None] | None = None,
) -> list[tuple[Document, Chunk]]:
    """The k (document, chunk) pairs of one message's attachments that best answer question:
    BM25 over an in-memory FTS5 table and (with embed) cosine, fused by reciprocal rank.
    Pairs no ranking found follow in document order, so k pairs come back whenever there
    are k (a question like "summarise this" still gets the start of the file)."""
    if len(pairs) <= k:
        return list(pairs)
    conn, _ = knowledge_connection(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(text, tokenize='porter unicode61')")
        with conn:
            for i, (_, chunk) in enumerate(pairs):
                conn.execute("INSERT INTO t(rowid, text) VALUES (?, ?)", (i, chunk.text))
        match = fts_query(question)
        sql = "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rank"
        lexical = [int(r) for (r,) in conn.execute(sql, (match,))] if match else []
    finally:
        conn.close()
    semantic: list[int] = []
    vectors = None
    if embed is not None:
        try:
            vectors = embed([question] + [c.text for _, c in pairs])
        except Exception:  # the embedder refused (too long, gone): BM25 still answers
            log.warning("embedding attachment passages failed", exc_info=True)
    if vectors:
        q, rest = vectors[0], vectors[1:]
        cosines = [sum(a * b for a, b in zip(q, v, strict=False)) for v in rest]  # unit vectors
        semantic = sorted(range(len(rest)), key=lambda i: -cosines[i])
    chosen = [i for i, _ in fuse(lexical, semantic)][:k]
    chosen += [i for i in range(len(pairs)) if i not in set(chosen)][: k - len(chosen)]
    return [pairs[i] for i in chosen]
