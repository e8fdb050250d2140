"""Searching the history: titles and message texts through the FTS5 indexes, with marked
snippets; any input is safe (fts_query never lets it be parsed as FTS5 syntax)."""

from __future__ import annotations

import sqlite3

from desktop.core.history.records import SearchHit
from desktop.core.history.schema import (
    ELLIPSIS,
    MARK_END,
    MARK_START,
    SEARCH_MESSAGES_SQL,
    SEARCH_TITLES_SQL,
    SNIPPET_TOKENS,
    fts_query,
)


def search(conn: sqlite3.Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """Titles and message texts matching every word of query (as prefixes).

    Title hits come first, then message hits, each newest first; conversations in the
    trash are left out. Raises sqlite3 errors (the store maps them).
    """
    match = fts_query(query)
    if not match or limit <= 0:
        return []
    marks = (MARK_START, MARK_END, ELLIPSIS, SNIPPET_TOKENS)
    hits = [
        SearchHit(row[0], None, row[1], row[2])
        for row in conn.execute(SEARCH_TITLES_SQL, (*marks, match, limit))
    ]
    remaining = limit - len(hits)
    if remaining > 0:
        hits.extend(
            SearchHit(row[0], row[1], row[2], row[3])
            for row in conn.execute(SEARCH_MESSAGES_SQL, (*marks, match, remaining))
        )
    return hits
