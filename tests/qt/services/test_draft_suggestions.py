"""DraftSuggestions: the library's draft models for a loaded model, found on a worker thread
from real GGUF headers, and only the last model's answer delivered."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator

import pytest
from ggufgen import TinySpec, phi3_spec, write_tiny_model

from desktop.services.draft_suggestions import DraftSuggestions


@pytest.fixture
def suggestions() -> Iterator[DraftSuggestions]:
    made = DraftSuggestions()
    yield made
    made.shutdown()


def test_found_names_the_smaller_files_with_the_same_vocabulary(qtbot, suggestions, tmp_path):
    model = write_tiny_model(tmp_path / "model.gguf", TinySpec(n_embd=256, n_ff=1024, n_layers=4))
    small = write_tiny_model(tmp_path / "small.gguf", TinySpec(seed=5))
    other = write_tiny_model(tmp_path / "phi3.gguf", phi3_spec())
    library = [("Model", str(model)), ("Other", str(other)), ("Small one", str(small))]
    with qtbot.waitSignal(suggestions.found, timeout=10000) as found:
        suggestions.suggest(str(model), library)
    assert found.args == [[("Small one", str(small))]]


def test_a_model_with_no_match_gets_an_empty_list(qtbot, suggestions, tmp_path):
    model = write_tiny_model(tmp_path / "model.gguf")
    with qtbot.waitSignal(suggestions.found, timeout=10000) as found:
        suggestions.suggest(str(model), [("Model", str(model))])
    assert found.args == [[]]


def test_only_the_last_model_answer_is_delivered(qtbot, tmp_path):
    release = threading.Event()
    asked: list[str] = []

    def candidates(model: str, library: Iterable[str]) -> list[str]:
        asked.append(model)
        release.wait(10)  # the first search is still running when the second is asked
        return list(library)

    drafts = DraftSuggestions(candidates)
    try:
        got: list[object] = []
        drafts.found.connect(got.append)
        drafts.suggest("first.gguf", [("A", "a.gguf")])
        drafts.suggest("second.gguf", [("B", "b.gguf")])
        release.set()
        # One worker: the first answer arrives (and is dropped) before the second.
        qtbot.waitUntil(lambda: bool(got), timeout=10000)
        assert asked == ["first.gguf", "second.gguf"]
        assert got == [[("B", "b.gguf")]]
    finally:
        drafts.shutdown()
