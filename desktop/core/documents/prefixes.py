"""The texts some embedders want before a query or a passage, chosen by the model's name.

Sources, the models' cards on Hugging Face:
- nomic-ai/nomic-embed-text-v1.5 (and v1): "search_query: " before a query,
  "search_document: " before a passage ("the text prompt must include a task instruction
  prefix"); without them its vectors rank noticeably worse.
- BAAI/bge-small-en-v1.5 (and the base/large English models, v1 and v1.5): for retrieval
  with short queries, "Represent this sentence for searching relevant passages: " before the
  query; passages go in as they are.
- sentence-transformers/all-MiniLM-L6-v2: no prefixes (symmetric).
A model not in the table gets none. The prefixes change the vectors, so they are part of
what the index stores its vectors under (vector_id): adding one re-embeds once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

Embed = Callable[[list[str]], list[list[float]] | None]


@dataclass(frozen=True, slots=True)
class Prefixes:
    """What goes before a search query and before a stored passage."""

    query: str = ""
    passage: str = ""

    def passages(self, embed: Embed) -> Embed:
        """embed for passages (indexing): each text with the passage prefix."""
        return embed if not self.passage else lambda texts: embed([self.passage + t for t in texts])

    def queries(self, embed: Embed) -> Embed:
        """embed for queries (search): each text with the query prefix."""
        return embed if not self.query else lambda texts: embed([self.query + t for t in texts])

    def question_first(self, embed: Embed) -> Embed:
        """embed for rank_passages, which embeds the question, then the passages, in one call."""
        if not (self.query or self.passage):
            return embed
        return lambda texts: embed(
            [self.query + t for t in texts[:1]] + [self.passage + t for t in texts[1:]]
        )

    def vector_id(self, model_id: str) -> str:
        """The id the index keeps the vectors under: the model's, and its passage prefix."""
        return f"{model_id} [{self.passage.strip()}]" if self.passage else model_id


NONE = Prefixes()
NOMIC = Prefixes(query="search_query: ", passage="search_document: ")
BGE_EN = Prefixes(query="Represent this sentence for searching relevant passages: ")

# (words that name the model, its prefixes): the first whose words all occur in a name wins.
TABLE: tuple[tuple[tuple[str, ...], Prefixes], ...] = (
    (("nomic-embed-text",), NOMIC),
    (("bge-small-en",), BGE_EN),
    (("bge-base-en",), BGE_EN),
    (("bge-large-en",), BGE_EN),
    (("minilm",), NONE),
)


def prefixes_for(names: Iterable[str]) -> Prefixes:
    """The prefixes of the model known by any of names (the GGUF's general.name, its file
    name); none for a model the table does not know."""
    for name in names:
        key = name.lower().replace("_", "-").replace(" ", "-")
        for words, prefixes in TABLE:
            if all(word in key for word in words):
                return prefixes
    return NONE


def prefixes_of_file(path: Path) -> Prefixes:
    """The prefixes of an embedding GGUF, by its general.name and its file name."""
    from desktop.core.gguf_check import check_gguf

    names = [path.name]
    with contextlib.suppress(Exception):  # unreadable header: the file name still counts
        names.insert(0, check_gguf(path).name)
    return prefixes_for(names)
