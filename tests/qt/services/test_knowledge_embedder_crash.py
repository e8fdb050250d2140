"""The knowledge folders' embedder dies under indexing (its real engine child aborts on every
embedding from a point on): the knowledge state says so in a sentence, the new file is
indexed and found by its words, and nothing hangs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from embedder_gguf import embedder_for
from pytestqt.qtbot import QtBot

from desktop.services.knowledge import KnowledgeService
from desktop.services.preferences import Preferences

WAIT_MS = 60_000


@pytest.fixture(scope="module")
def embedder(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(embedder_for(request.config, tmp_path_factory))


@pytest.fixture
def service(tmp_path: Path, embedder: Path) -> Iterator[KnowledgeService]:
    prefs = Preferences(tmp_path / "settings.json")
    prefs.set_embedding_model(str(embedder))
    knowledge = KnowledgeService(prefs, index_path=tmp_path / "knowledge.sqlite3", watch=False)
    yield knowledge
    knowledge.shutdown()


def test_an_embedder_that_dies_while_indexing_leaves_words_and_a_sentence(
    qtbot: QtBot, service: KnowledgeService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    arm = tmp_path / "crash-now"
    monkeypatch.setenv("HEARTH_FAULT_EMBED", str(arm))  # the child aborts once arm exists
    first = tmp_path / "first"
    first.mkdir()
    (first / "otters.md").write_text("# Otters\n\nOtters hold hands while they sleep.\n")
    service.preferences.set_knowledge_folders([str(first)])
    with qtbot.waitSignal(service.vectors_changed, timeout=WAIT_MS) as on:
        service.start()
    assert on.args == [True, ""]
    qtbot.waitUntil(lambda: service.search("otters") != [], timeout=WAIT_MS)

    arm.touch()
    second = tmp_path / "second"
    second.mkdir()
    (second / "herons.md").write_text("# Herons\n\nA grey heron waits still in the reeds.\n")
    with qtbot.waitSignal(service.vectors_changed, timeout=WAIT_MS) as off:
        service.add_folder(second)
    on_now, why = off.args
    assert not on_now
    assert why.startswith("The embedding model stopped (")
    assert "search uses words only" in why
    assert service.vectors == (False, why)
    # The file went in all the same, found by its words; the first file's too.
    qtbot.waitUntil(lambda: [s.name for s in service.search("heron reeds")] == ["herons.md"])
    assert [s.name for s in service.search("otters sleep")][:1] == ["otters.md"]
    qtbot.waitUntil(lambda: service.state == "idle", timeout=WAIT_MS)
