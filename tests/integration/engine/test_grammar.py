"""Output formats as llama.cpp grammars, on the starter's real vocabulary (loaded alone, in
this process): compiled once and cached, refused with a sentence, and the guard's check and
mask agree with the grammar."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import llama_cpp
import numpy as np
import pytest

from desktop.core.types import OutputFormat
from desktop.engine.grammar import GrammarError, GrammarGuard, Grammars

pytestmark = pytest.mark.integration

SCHEMA = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}


@pytest.fixture(scope="module")
def vocab(starter: Path) -> Iterator[Any]:
    llm = llama_cpp.Llama(str(starter), vocab_only=True, verbose=False)
    try:
        yield llm._model.vocab
    finally:
        llm.close()


def token(vocab: Any, text: str) -> int:
    buffer = (llama_cpp.llama_token * 8)()
    n = llama_cpp.llama_tokenize(vocab, text.encode(), len(text.encode()), buffer, 8, False, False)
    assert n == 1, f"{text!r} is not one token"
    return int(buffer[0])


def test_a_grammar_is_compiled_once_per_schema(vocab):
    grammars = Grammars()
    first = grammars.gbnf(vocab, OutputFormat("json_schema", SCHEMA))
    # The same schema with its keys in another order is the same grammar, from the cache.
    again = grammars.gbnf(vocab, OutputFormat("json_schema", dict(reversed(SCHEMA.items()))))
    assert again is first
    assert grammars.gbnf(vocab, OutputFormat("json_object")) is not first


@pytest.mark.parametrize(
    ("schema", "start"),
    [
        ({"properties": {"a": {"$ref": "#/$defs/missing"}}}, "The JSON schema cannot be"),
        # Parsed, this one would overflow the stack: the engine would die, not refuse it.
        (
            {"type": "array", "items": {"type": "integer"}, "maxItems": 20000},
            "The JSON schema makes",
        ),
    ],
)
def test_a_schema_that_cannot_be_enforced_gets_a_sentence(vocab, schema, start):
    with pytest.raises(GrammarError) as caught:
        Grammars().gbnf(vocab, OutputFormat("json_schema", schema))
    assert str(caught.value).startswith(start) and str(caught.value).endswith(".")


def test_the_guard_checks_a_token_and_masks_the_rest(vocab):
    n_vocab = llama_cpp.llama_vocab_n_tokens(vocab)
    guard = GrammarGuard(vocab, Grammars().gbnf(vocab, OutputFormat("json_object")), n_vocab)
    try:
        brace, word = token(vocab, "{"), token(vocab, "Hello")
        assert guard.allows(brace) and not guard.allows(word)
        logits = np.zeros(n_vocab, dtype=np.float32)
        guard.mask(logits.ctypes.data_as(llama_cpp.ctypes.POINTER(llama_cpp.ctypes.c_float)))
        allowed = set(np.flatnonzero(np.isfinite(logits)).tolist())
        assert brace in allowed and word not in allowed
        assert all(guard.allows(t) for t in list(allowed)[:50])  # check and mask agree
        guard.accept(brace)
        assert guard.allows(token(vocab, "}")) and not guard.allows(brace)
    finally:
        guard.free()
