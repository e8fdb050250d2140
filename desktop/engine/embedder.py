"""Embedding models in the engine process: which GGUFs are embedders, and texts to vectors."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

# Encoder-only architectures (gguf-py's names): llama.cpp runs them for embeddings only.
ENCODER_ARCHITECTURES = frozenset(
    {"bert", "modern-bert", "nomic-bert", "nomic-bert-moe", "jina-bert-v2", "jina-bert-v3"}
)
_POOLING_MEAN = 1  # llama.h's LLAMA_POOLING_TYPE_MEAN (this module does not import llama_cpp)


def is_embedding_model(architecture: str, metadata: Mapping[str, Any]) -> bool:
    """Whether a GGUF is an embedding model: an encoder-only architecture, or a model whose
    converter wrote how its outputs are pooled (convert_hf_to_gguf does so for every
    sentence-transformers model, decoders such as Qwen3-Embedding included)."""
    return architecture in ENCODER_ARCHITECTURES or f"{architecture}.pooling_type" in metadata


def load_args(path: str, n_ctx: int, n_batch: int) -> dict[str, Any]:
    """Llama()'s context sizes for the file at path, with embedding mode for an embedder.

    An encoder sees a whole text in one batch (its attention is not causal), so batch and
    micro-batch are the context; the context is at most what the model was trained for
    (BERT's position table ends there). A file that does not say how to pool gets the mean,
    the pooling of most sentence embedders: per-token vectors are no text embedding."""
    from desktop.core.errors import ModelFileError
    from desktop.core.gguf_check import check_gguf

    sizes: dict[str, Any] = {"n_ctx": n_ctx, "n_batch": n_batch, "n_ubatch": n_batch}
    try:
        info = check_gguf(path)
    except ModelFileError:
        return sizes  # llama.cpp says what is wrong with it
    if not is_embedding_model(info.architecture, info.metadata):
        return sizes
    trained = info.context_length
    if trained > 0:
        n_ctx = min(n_ctx or trained, trained)
    sizes = {"n_ctx": n_ctx, "n_batch": n_ctx, "n_ubatch": n_ctx, "embedding": True}
    if f"{info.architecture}.pooling_type" not in info.metadata:
        sizes["pooling_type"] = _POOLING_MEAN
    return sizes


class TooLong(Exception):
    """An input longer than the model embeds at once: refused whole, as OpenAI does (never
    cut, which would give a vector for a different text)."""

    def __init__(self, index: int, count: int, n_tokens: int, n_ctx: int) -> None:
        which = "The input" if count == 1 else f"Input {index + 1} of {count}"
        super().__init__(
            f"{which} is {n_tokens:,} tokens long; this model embeds at most {n_ctx:,} tokens "
            "at a time. Shorten it or split it into smaller pieces."
        )
        self.n_tokens = n_tokens
        self.n_ctx = n_ctx


def embed_texts(llm: Any, texts: Sequence[str], n_ctx: int) -> tuple[list[list[float]], int]:
    """Each text's vector (pooled as the model says, scaled to unit length) and the tokens
    all of them took. llm is a llama_cpp.Llama made with embedding=True and a batch of
    n_ctx tokens (an encoder needs a whole text in one batch). Raises TooLong, before any
    work, for a text that does not fit in n_ctx tokens."""
    # A lone surrogate (undecodable bytes escaped by Python) has no UTF-8 form.
    clean = [t.encode("utf-8", "replace").decode("utf-8") for t in texts]
    # The same tokenization Llama.embed does (special tokens as text, [CLS] ... [SEP] added).
    counts = [len(llm.tokenize(t.encode("utf-8"), add_bos=True, special=False)) for t in clean]
    for i, n in enumerate(counts):
        if n > n_ctx:
            raise TooLong(i, len(texts), n, n_ctx)
    fault = os.environ.get("HEARTH_FAULT_EMBED")
    if fault and os.path.exists(fault):
        # Test-only (armed by creating the file the variable names): the engine child dies
        # in llama_decode, as Q8_0/Q4_0 encoders did on CPUs with AMX before
        # host.amx_weights_off; no file crashes this build for real.
        os.abort()
    # One text per llama_decode. Llama.embed(list) packs several texts into one batch, and
    # an encoder's attention then spans the whole packed batch (the other texts masked
    # out, still computed): all-MiniLM-L6-v2 on 250-token passages took 160 CPU ms each one
    # at a time and 230-245 packed two to a batch, for the same vectors.
    vectors = [llm.embed([text], normalize=True, truncate=False)[0] for text in clean]
    return [[float(x) for x in v] for v in vectors], sum(counts)
