"""Output formats as llama.cpp grammars (in the engine process): compiled once, cached,
and enforced by rejection, as llama.cpp's own common sampler does.

Checking the grammar against the whole vocabulary costs far more than a token's decode
(measured on the starter's 49k tokens: 25-55 ms a walk, against about 10 ms for a decode),
so the token is sampled as usual first and only checked (2 us); only when the grammar
refuses it are the logits masked (one walk of the vocabulary) and the token sampled again.
"""

from __future__ import annotations

import ctypes
import json
import math
from collections import OrderedDict
from typing import Any

import llama_cpp
import numpy as np
from llama_cpp.llama_grammar import JSON_GBNF, json_schema_to_gbnf

from desktop.core.types import OutputFormat

ROOT = b"root"
KEPT = 32  # compiled grammars kept: a client sends the same few schemas again and again
REASON_CHARS = 200  # of the converter's reason in the sentence (it may quote the schema)
MAX_NESTING = 1000  # group depth: 10,000 parsed on an 8 MB stack, 20,000 crashed it
DETAILS_CHARS = 4000  # of a refused grammar, for the log: a hostile one can be megabytes


class GrammarError(ValueError):
    """The format cannot be enforced: str() is a sentence, details what llama.cpp said."""

    def __init__(self, sentence: str, details: str = "") -> None:
        super().__init__(sentence)
        self.details = details


class Grammars:
    """GBNF text per output format, each checked by llama.cpp's own parser once."""

    def __init__(self) -> None:
        self._cache: OrderedDict[str, bytes] = OrderedDict()

    def gbnf(self, vocab: Any, fmt: OutputFormat) -> bytes:
        """The grammar for fmt (cached), or GrammarError with a sentence."""
        key = fmt.kind if fmt.kind == "json_object" else json.dumps(fmt.schema, sort_keys=True)
        text = self._cache.get(key)
        if text is not None:
            self._cache.move_to_end(key)
            return text
        text = checked(vocab, self._source(fmt, key))
        self._keep(key, text)
        return text

    def source(self, vocab: Any, source: str) -> bytes:
        """A grammar given as GBNF text (a tool-call grammar), checked once and cached."""
        text = self._cache.get(source)
        if text is not None:
            self._cache.move_to_end(source)
            return text
        text = checked(vocab, source)
        self._keep(source, text)
        return text

    def _keep(self, key: str, text: bytes) -> None:
        self._cache[key] = text
        if len(self._cache) > KEPT:
            self._cache.popitem(last=False)

    @staticmethod
    def _source(fmt: OutputFormat, key: str) -> str:
        if fmt.kind == "json_object":
            source = JSON_GBNF
        else:
            try:
                source = json_schema_to_gbnf(key)
            except Exception as e:
                # The converter (pure Python, given what a client sent) raises bare errors on
                # what it does not support: a $ref elsewhere, an unknown type, a bad pattern.
                reason = " ".join(str(e).split()).rstrip(".") or type(e).__name__
                if len(reason) > REASON_CHARS:
                    reason = reason[:REASON_CHARS] + "..."
                raise GrammarError(
                    f"The JSON schema cannot be turned into a grammar: {reason}.",
                    repr(e)[:DETAILS_CHARS],
                ) from None
        return source


def checked(vocab: Any, source: str) -> bytes:
    """The grammar as llama.cpp takes it, or GrammarError with a sentence."""
    if nesting(source) > MAX_NESTING:
        # llama.cpp's parser recurses once per group: a grammar nested thousands deep
        # (an array's maxItems is spelled as nested optional groups) overflows the
        # engine's stack, which kills it, where a refusal only fails this request.
        raise GrammarError(
            f"The JSON schema makes a grammar nested more than {MAX_NESTING:,} deep: "
            "lower its maxItems or its nesting.",
            source[:DETAILS_CHARS],
        )
    text = source.encode("utf-8")
    # llama.cpp parses the grammar again and refuses (NULL) what its parser does not take.
    sampler = llama_cpp.llama_sampler_init_grammar(vocab, text, ROOT)
    if not sampler:
        raise GrammarError(
            "llama.cpp could not compile the grammar made from the JSON schema (too many "
            "repetitions, or a pattern its grammars cannot express).",
            source[:DETAILS_CHARS],
        )
    llama_cpp.llama_sampler_free(sampler)
    return text


def nesting(gbnf: str) -> int:
    """How deep the grammar's groups nest (parentheses outside literals and classes)."""
    depth = deepest = 0
    i, n = 0, len(gbnf)
    while i < n:
        c = gbnf[i]
        if c in '"[':
            close = '"' if c == '"' else "]"
            i += 1
            while i < n and gbnf[i] != close:
                i += 2 if gbnf[i] == "\\" else 1
        elif c == "#":  # a comment, to the end of its line
            while i < n and gbnf[i] != "\n":
                i += 1
        elif c == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif c == ")":
            depth -= 1
        i += 1
    return deepest


class GrammarGuard:
    """One reply's grammar state: checks a sampled token, masks the logits when it is
    refused, and follows the tokens kept. free() when the reply ends."""

    def __init__(self, vocab: Any, text: bytes, n_vocab: int) -> None:
        self.sampler = llama_cpp.llama_sampler_init_grammar(vocab, text, ROOT)
        self.n_vocab = n_vocab
        self._one = (llama_cpp.llama_token_data * 1)()
        self._one_array = llama_cpp.llama_token_data_array(self._one, 1, -1, False)
        self._all = (llama_cpp.llama_token_data * n_vocab)()
        # The same memory as NumPy fields: the ids are written once, the logits per mask.
        self._all_np = np.ctypeslib.as_array(self._all)
        self._all_np["id"] = np.arange(n_vocab, dtype=np.int32)
        self._all_array = llama_cpp.llama_token_data_array(self._all, n_vocab, -1, False)

    def allows(self, token: int) -> bool:
        """Whether the grammar takes token next (a check of one candidate: cheap)."""
        self._one[0].id = token  # type: ignore[assignment]  # ctypes converts the int
        self._one[0].logit = 0.0
        self._one_array.size, self._one_array.selected = 1, -1
        llama_cpp.llama_sampler_apply(self.sampler, ctypes.byref(self._one_array))
        return math.isfinite(self._one[0].logit)

    def mask(self, logits: Any) -> None:
        """Set the logits of every token the grammar refuses next to -inf (in the context's
        own logits, so the next sample of the chain sees them)."""
        self._all_np["logit"] = 0.0
        self._all_array.size, self._all_array.selected = self.n_vocab, -1
        llama_cpp.llama_sampler_apply(self.sampler, ctypes.byref(self._all_array))
        view = np.ctypeslib.as_array(logits, shape=(self.n_vocab,))
        view[np.isneginf(self._all_np["logit"])] = -np.inf

    def accept(self, token: int) -> None:
        llama_cpp.llama_sampler_accept(self.sampler, token)

    def free(self) -> None:
        llama_cpp.llama_sampler_free(self.sampler)
