"""KnowledgeService applies the embedder's prefixes (core.documents.prefixes) when it indexes
and when it searches: the real service, index, indexer and embedder engine child, with the
embedder's calls recorded and the table's answer for it set to nomic-embed-text's."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from embedder_gguf import embedder_for
from pytestqt.qtbot import QtBot

from desktop.core.documents.prefixes import NOMIC
from desktop.engine.knowledge_embedder import KnowledgeEmbedder
from desktop.services import knowledge as knowledge_module
from desktop.services.knowledge import IDLE, KnowledgeService
from desktop.services.preferences import Preferences

WAIT_MS = 60_000


@pytest.fixture(scope="module")
def embedder(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return embedder_for(request.config, tmp_path_factory)


def test_indexing_and_search_send_the_embedders_prefixes(
    qtbot: QtBot, tmp_path: Path, embedder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    embed = KnowledgeEmbedder.embed

    def recorded(self: KnowledgeEmbedder, texts: Sequence[str]) -> list[list[float]]:
        asked.extend(texts)
        return embed(self, texts)

    monkeypatch.setattr(KnowledgeEmbedder, "embed", recorded)
    monkeypatch.setattr(knowledge_module, "prefixes_of_file", lambda path: NOMIC)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "garden.md").write_text("# Garden\n\nTomatoes need sun and water every morning.\n")
    prefs = Preferences(tmp_path / "settings.json")
    prefs.set_knowledge_folders([str(notes)])
    prefs.set_embedding_model(str(embedder))
    service = KnowledgeService(prefs, index_path=tmp_path / "knowledge.sqlite3", watch=False)
    try:
        with qtbot.waitSignal(service.vectors_changed, timeout=WAIT_MS) as on:
            service.start()
        assert on.args == [True, ""]
        question = "How should I look after my vegetable plants?"
        qtbot.waitUntil(
            lambda: service.state == IDLE and bool(service.search(question)), timeout=WAIT_MS
        )
        passages = [t for t in asked if "Tomatoes" in t]
        assert passages and all(t.startswith("search_document: # Garden") for t in passages)
        assert f"search_query: {question}" in asked
        assert not any(t.startswith("search_query: search_") for t in asked)  # once each
        assert service.prefixes == NOMIC
    finally:
        service.shutdown()
