"""The knowledge folders' embedder in its own engine child: a Q8_0 quantization of the test
embedder (the catalog's kind of file) gives the reference vectors, and an engine child that
dies on every embedding ends in a sentence, with no new child per later call."""

from __future__ import annotations

import ctypes
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from embedder_gguf import cosine, embedder_for, reference

from desktop.engine.knowledge_embedder import EmbedderStopped, KnowledgeEmbedder

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def embedder(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(embedder_for(request.config, tmp_path_factory))


@pytest.fixture(scope="module")
def q8_embedder(embedder: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """llama.cpp's own quantize (all but norms, biases and BERT's position and token-type
    tables to Q8_0), as the catalog's *-q8_0.gguf files were made."""
    import llama_cpp

    out = tmp_path_factory.mktemp("q8") / "minilm-q8_0.gguf"
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = llama_cpp.LLAMA_FTYPE_MOSTLY_Q8_0
    params.nthread = 1
    code = llama_cpp.llama_model_quantize(
        str(embedder).encode(), str(out).encode(), ctypes.byref(params)
    )
    assert code == 0
    return out


@pytest.fixture
def closing() -> Iterator[list[KnowledgeEmbedder]]:
    made: list[KnowledgeEmbedder] = []
    yield made
    for e in made:
        e.close()


def test_a_q8_0_embedder_gives_the_reference_vectors(
    q8_embedder: Path, closing: list[KnowledgeEmbedder]
) -> None:
    # On a CPU with AMX, llama.cpp's AMX kernels (Q8_0 and Q4_0 weights) crashed this file's
    # first llama_decode; the engine keeps weights out of them (host.amx_weights_off).
    e = KnowledgeEmbedder(q8_embedder)
    closing.append(e)
    texts, expected = reference()
    vectors = e.embed(texts)
    for got, want in zip(vectors, expected, strict=True):
        assert cosine(got, want) >= 0.99


def test_a_child_that_dies_on_every_embedding_ends_in_a_sentence(
    embedder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    closing: list[KnowledgeEmbedder],
) -> None:
    arm = tmp_path / "crash-now"
    monkeypatch.setenv("HEARTH_FAULT_EMBED", str(arm))  # the child aborts once arm exists
    e = KnowledgeEmbedder(embedder)
    closing.append(e)
    assert len(e.embed(["before the fault"])) == 1
    arm.touch()
    with pytest.raises(EmbedderStopped) as stopped:
        e.embed(["a passage", "another"])
    sentence = stopped.value.user_message
    assert sentence.startswith(f"The embedding model stopped ({embedder.name}: the engine ")
    assert "SIGABRT" in sentence and "search uses words only" in sentence
    assert e.stopped is stopped.value
    # Given up: a later call (a search) says the same at once, with no child started for it.
    arm.unlink()
    with pytest.raises(EmbedderStopped):
        e.embed(["a search"])
    backend = e._session.backend
    assert backend is None or not backend.alive


def test_a_child_killed_once_is_started_again(
    embedder: Path, closing: list[KnowledgeEmbedder]
) -> None:
    e = KnowledgeEmbedder(embedder)
    closing.append(e)
    texts, expected = reference()
    e.embed(texts[:1])
    pid = e._session.pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    vectors = e.embed(texts)  # one retry on a new child, the model loaded again
    assert e.stopped is None
    for got, want in zip(vectors, expected, strict=True):
        assert cosine(got, want) >= 0.99
