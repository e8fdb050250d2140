"""A second, smaller model in the engine process that drafts tokens for speculative decoding.

The draft runs on llama.cpp's C API (no llama_cpp.Llama: that wrapper keeps an n_batch x
n_vocab score array and compiles the file's templates, neither of which a drafter needs). It
keeps its own context in step with the conversation: each call decodes only what changed
since the last one, then proposes tokens greedily while it is confident of them.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
from collections.abc import Callable, Sequence
from typing import Any

import llama_cpp
import numpy as np

from desktop.core.errors import ModelFileError
from desktop.core.gguf_check import check_gguf
from desktop.core.sentence import Sentence
from desktop.core.translatable import QT_TRANSLATE_NOOP

VOCABULARIES_DIFFER = QT_TRANSLATE_NOOP(
    "core", "{draft} cannot draft for {model}: their vocabularies differ."
)
DRAFT_LOAD_FAILED = QT_TRANSLATE_NOOP("core", "Replies are not drafted with {draft}. {reason}")
UNREADABLE = QT_TRANSLATE_NOOP("core", "The engine could not read it.")
NO_CONTEXT = QT_TRANSLATE_NOOP("core", "There was no memory for its context.")
# Below this probability of its own best token, the draft stops proposing: a guess the
# draft itself doubts is usually rejected, and each proposal costs the draft a decode.
MIN_PROBABILITY = 0.5


class DraftModelError(Exception):
    """A draft model that cannot be used; str() is a sentence for people."""


def vocabulary_key(vocab: Any) -> tuple[int, int, int, str]:
    """What two models must share for one to draft for the other: the number of tokens,
    BOS and EOS, and a digest of every token's text (a few ms for 150,000 tokens)."""
    n_vocab = int(llama_cpp.llama_vocab_n_tokens(vocab))
    digest = hashlib.sha256()
    text = llama_cpp.llama_vocab_get_text
    for token in range(n_vocab):
        digest.update(text(vocab, token) or b"")
        digest.update(b"\0")
    bos, eos = int(llama_cpp.llama_vocab_bos(vocab)), int(llama_cpp.llama_vocab_eos(vocab))
    return n_vocab, bos, eos, digest.hexdigest()


class DraftModel:
    """A Drafter (engine.speculative) backed by a small model with the main model's vocabulary."""

    def __init__(
        self,
        path: str,
        target_vocab: Any,
        target_name: str,
        *,
        n_ctx: int,
        n_batch: int,
        n_threads: int,
        n_gpu_layers: int = 0,
        flash_attn: bool = True,
        extra_buffers: bool = True,
        min_probability: float = MIN_PROBABILITY,
    ) -> None:
        """Load the draft beside the main model; raise DraftModelError with a sentence when
        the file cannot be loaded or its vocabulary is not the main model's.

        extra_buffers: False keeps the weights out of ggml's extra buffer types (the AMX
        fault the main load avoids too: host.amx_weights_off)."""
        self.path = path
        self.name = os.path.basename(path)
        self.min_probability = min_probability
        self._model: Any = None
        self._ctx: Any = None
        try:
            check_gguf(path)  # the same gate as the main model, before llama.cpp reads it
        except ModelFileError as e:
            raise DraftModelError(self._load_failed(str(e))) from e
        mparams = llama_cpp.llama_model_default_params()
        mparams.n_gpu_layers = n_gpu_layers
        mparams.use_extra_bufts = extra_buffers
        self._model = llama_cpp.llama_model_load_from_file(path.encode("utf-8"), mparams)
        if not self._model:
            raise DraftModelError(self._load_failed(Sentence(UNREADABLE)))
        try:
            self.vocab = llama_cpp.llama_model_get_vocab(self._model)
            if vocabulary_key(self.vocab) != vocabulary_key(target_vocab):
                raise DraftModelError(
                    Sentence(VOCABULARIES_DIFFER, draft=self.name, model=target_name)
                )
            cparams = llama_cpp.llama_context_default_params()
            cparams.n_ctx = n_ctx
            cparams.n_batch = n_batch
            cparams.n_ubatch = min(n_batch, cparams.n_ubatch)
            cparams.n_threads = cparams.n_threads_batch = n_threads
            cparams.flash_attn_type = (
                llama_cpp.LLAMA_FLASH_ATTN_TYPE_ENABLED
                if flash_attn
                else llama_cpp.LLAMA_FLASH_ATTN_TYPE_DISABLED
            )
            cparams.no_perf = True
            self._ctx = llama_cpp.llama_init_from_model(self._model, cparams)
            if not self._ctx:
                raise DraftModelError(self._load_failed(Sentence(NO_CONTEXT)))
        except BaseException:
            self.close()
            raise
        self.n_vocab = int(llama_cpp.llama_vocab_n_tokens(self.vocab))
        self.n_ctx = int(llama_cpp.llama_n_ctx(self._ctx))
        self.n_batch = int(llama_cpp.llama_n_batch(self._ctx))
        self._memory = llama_cpp.llama_get_memory(self._ctx)
        self.cached: list[int] = []  # the tokens whose keys and values the draft's context holds
        self._synced = 0  # the length of the history the last call was given
        # Asked between batches of a history's decode; the engine sets it to its Stop flag.
        self.should_stop: Callable[[], bool] = lambda: False
        self._one = (llama_cpp.llama_token * 1)()

    def _load_failed(self, reason: str) -> Sentence:
        return Sentence(DRAFT_LOAD_FAILED, draft=self.name, reason=reason)

    def draft(self, history: Sequence[int], limit: int) -> list[int]:
        """Up to limit tokens the draft expects after history, fewer where it is unsure.

        The draft's context keeps what it decoded last time, the previous proposals included:
        when the main model accepted them they are the shared prefix of the next history."""
        limit = min(limit, self.n_ctx - len(history))
        if limit <= 0 or not history or self._ctx is None:
            return []
        if not self._sync(history):
            return []
        drafted: list[int] = []
        ctx, one, decode = self._ctx, self._one, llama_cpp.llama_decode
        batch_one, is_eog = llama_cpp.llama_batch_get_one, llama_cpp.llama_vocab_is_eog
        while True:
            row = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(ctx, -1), (self.n_vocab,))
            top = int(row.argmax())
            # The top token's softmax probability: 1 / sum(exp(logit - top logit)).
            if float(np.exp(row - row[top]).sum()) * self.min_probability > 1.0:
                break
            drafted.append(top)
            if len(drafted) >= limit or is_eog(self.vocab, top):
                break
            one[0] = top
            if decode(ctx, batch_one(one, 1)) != 0:
                self.cached = []  # a failed decode leaves the context unknown
                break
            self.cached.append(top)
        return drafted

    def _sync(self, history: Sequence[int]) -> bool:
        """Bring the context to history: drop what differs, decode the rest in batches (the
        last token at least, for its logits)."""
        cached, n = self.cached, len(history) - 1
        limit = min(len(cached), n)
        # The history the last call was given is usually still its start: compared as one
        # slice (in C), only the few tokens after it are compared one by one.
        keep = min(self._synced, limit)
        if cached[:keep] != list(history[:keep]):
            keep = 0
        while keep < limit and cached[keep] == history[keep]:
            keep += 1
        if keep == 0 or not llama_cpp.llama_memory_seq_rm(self._memory, 0, keep, -1):
            llama_cpp.llama_memory_clear(self._memory, True)
            keep = 0
        del cached[keep:]
        new = history[keep:]
        array = (llama_cpp.llama_token * len(new))(*new)
        base, size = ctypes.addressof(array), ctypes.sizeof(llama_cpp.llama_token)
        for start in range(0, len(new), self.n_batch):
            if self.should_stop():  # a long history's first decode: Stop must not wait for it
                return False  # what was decoded is kept: the next call goes on from there
            count = min(self.n_batch, len(new) - start)
            ptr = ctypes.cast(base + start * size, llama_cpp.llama_token_p)
            if llama_cpp.llama_decode(self._ctx, llama_cpp.llama_batch_get_one(ptr, count)) != 0:
                self.cached = []
                return False
            cached.extend(new[start : start + count])
        self._synced = len(history)
        return True

    def close(self) -> None:
        """Free the context and the weights (safe to call twice)."""
        if self._ctx:
            llama_cpp.llama_free(self._ctx)
        if self._model:
            llama_cpp.llama_model_free(self._model)
        self._ctx = self._model = None
        self.cached = []


def open_draft(
    path: str,
    target_vocab: Any,
    target_path: str,
    *,
    n_ctx: int,
    n_batch: int,
    n_threads: int,
    n_gpu_layers: int,
    flash_attn: bool,
    extra_buffers: bool,
) -> tuple[DraftModel | None, str]:
    """The draft model, or None and the sentence that says why it is left out (the main
    model loads either way: a draft only makes replies faster)."""
    try:
        return DraftModel(
            path,
            target_vocab,
            os.path.basename(target_path),
            n_ctx=n_ctx,
            n_batch=n_batch,
            n_threads=n_threads,
            n_gpu_layers=n_gpu_layers,
            flash_attn=flash_attn,
            extra_buffers=extra_buffers,
        ), ""
    except DraftModelError as e:
        return None, e.args[0]
