"""The engine as an embedder: all-MiniLM-L6-v2 converted to GGUF (tests/embedder_gguf.py),
against sentence-transformers' own vectors; refusals of chat, of too long inputs, and of
embedding on a chat model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from embedder_gguf import DIMENSIONS, N_CTX_TRAIN, cosine, embedder_for, reference

from desktop.core.errors import ContextOverflow, EngineError
from desktop.core.types import LoadParams, Message, SamplingParams
from desktop.engine.backend import CannotChat, Embeddings
from desktop.engine.session import EngineSession

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def embedder(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return embedder_for(request.config, tmp_path_factory)


@pytest.fixture(scope="module")
def session(embedder: Path) -> Iterator[EngineSession]:
    s = EngineSession()
    try:
        # More context than BERT's position table holds: the engine caps it.
        s.load(LoadParams(str(embedder), n_ctx=4096))
        yield s
    finally:
        s.close()


def test_embedder_loads_in_embedding_mode(session):
    assert session.model is not None
    assert session.model.can_embed
    assert session.model.n_ctx == N_CTX_TRAIN


def test_vectors_match_sentence_transformers(session):
    texts, expected = reference()  # cat on a mat, kitten on a rug, the 1929 crash
    vectors = session.embed(texts)
    assert isinstance(vectors, Embeddings)
    assert len(vectors) == len(texts)
    assert all(len(v) == DIMENSIONS for v in vectors)
    assert np.allclose(np.linalg.norm(np.asarray(vectors), axis=1), 1.0, atol=1e-4)
    for got, want in zip(vectors, expected, strict=True):
        assert cosine(got, want) >= 0.99
    cat, kitten, crash = vectors
    assert cosine(cat, kitten) > cosine(cat, crash) + 0.3
    # [CLS] and [SEP] around each text's WordPiece tokens.
    assert vectors.prompt_tokens == sum(len(t.split()) + 2 for t in texts)
    # One text alone gets the vector it gets in a batch.
    assert cosine(session.embed([texts[2]])[0], crash) > 0.9999


def test_a_too_long_input_is_refused_whole(session):
    with pytest.raises(ContextOverflow) as refused:
        session.embed(["short", "word " * 600])
    assert "Input 2 of 2 is 602 tokens long" in refused.value.user_message
    assert "at most 512 tokens" in refused.value.user_message


def test_an_embedding_model_refuses_to_chat(session, embedder):
    with pytest.raises(CannotChat) as refused:
        list(session.chat([Message("user", "Hello")], SamplingParams(max_tokens=8)))
    assert refused.value.user_message == f"{embedder.name} is an embedding model: it cannot chat."
    assert len(session.embed(["still embeds"])[0]) == DIMENSIONS


def test_a_chat_model_refuses_to_embed(starter):
    s = EngineSession()
    try:
        info = s.load(LoadParams(str(starter), n_ctx=512))
        assert not info.can_embed
        with pytest.raises(EngineError, match="is not an embedding model: it cannot embed"):
            s.embed(["hello"])
    finally:
        s.close()
