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
# A passage found by meaning alone joins only when it is about as close as the best one:
# cosine >= best - SEMANTIC_MARGIN and >= SEMANTIC_FLOOR. Measured with all-MiniLM-L6-v2
# (tests/embedder_gguf.py) on the retrieval test's 20 questions over 60 reference passages:
# the answer lay within 0.073 of the best in 19 of 20 (0.137 once), never below 0.336; a
# margin of 0.10 keeps 3.5 passages on average (vectors-alone recall@5 0.90 against 0.95
# unfiltered; 0.05 keeps 2.0 at 0.75, 0.15 keeps 5.8). On a seven-section manual the
# answering section scored 0.43-0.74 and the others at least 0.20 below it, most under 0.25.
# Other embedders score on other scales; the margin, relative to the best, carries over
# better than the floor, which only drops passages nothing is close to.
SEMANTIC_MARGIN = 0.10
SEMANTIC_FLOOR = 0.30
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


def close_hits(cosines: Sequence[tuple[int, float]]) -> list[int]:
    """The ids of (id, cosine) pairs close in meaning to the query, best first: within
    SEMANTIC_MARGIN of the best cosine and above SEMANTIC_FLOOR (nearest neighbours always
    exist; most of them are not answers)."""
    ranked = sorted(cosines, key=lambda item: -item[1])
    if not ranked:
        return []
    bar = max(ranked[0][1] - SEMANTIC_MARGIN, SEMANTIC_FLOOR)
    return [key for key, cosine in ranked if cosine >= bar]


def rank_passages(
    question: str,
    pairs: Sequence[tuple[Document, Chunk]],
    k: int,
    *,
    embed: Callable[[list[str]], list[list[float]] | None] | None = None,
) -> list[tuple[Document, Chunk]]:
    """Up to k (document, chunk) pairs of one message's attachments that answer question:
    BM25 hits of an in-memory FTS5 table (passages with the question's words) and, with
    embed, the passages close in meaning (close_hits), fused by reciprocal rank. Only
    matches come back, possibly none (context.fit_documents then sends the openings and
    says they are not matches): filling k with unrelated passages misleads the model and
    lists sources that do not answer."""
    if not pairs:
        return []
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
        semantic = close_hits(list(enumerate(cosines)))
    return [pairs[i] for i, _ in fuse(lexical, semantic)[:k]]
