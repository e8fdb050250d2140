"""Speculative decoding in the engine's own loop: drafts checked in one batch, same output.

After a token is sampled, the loop decodes it together with the tokens a Drafter expects to
follow (prompt lookup: NgramDrafter; or a draft model) in one llama_decode with logits at
every position. The next samples read those positions in turn: a sampled token equal to the
next drafted one is already in the context; the first one that differs removes the drafted
positions after it from the KV cache (llama_memory_seq_rm) and the loop goes on as without
drafts. Every token is still sampled by the same chain from the same logits, in the same
order, so the reply is the one decoding without drafts gives for the same seed.

A batch of k+1 tokens costs more than one token; drafts pay only while the tokens they add
outweigh that. The cost curve is measured (calibrate) lazily, at the first reply that would
draft with speculative "auto", before its prompt is decoded (the measuring decodes sit after
the context's tokens and are removed); it is remembered per model file, threads and KV types
in paths.speculative_calibration_file(). _Pace sizes each draft from that curve and the
acceptance seen so far, and stops drafting for a while when drafts do not pay (prose).
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

import llama_cpp

from desktop.core import paths
from desktop.core.atomic import write_text_atomic
from desktop.core.types import GenerationStats

log = logging.getLogger(__name__)

MAX_DRAFT = 8  # tokens per draft at most: past this the batch costs grow faster than gains
_MEASURED = (1, 2, 3, 5, 9)  # batch sizes timed by the calibration (others interpolated)
_ROUNDS = 3  # timed decodes per size (the fastest counts: noise only ever adds time)
_AUTO_GAIN = 1.1  # "auto" drafts only when a well-predicted draft is this much faster
_PROBE = 0.6  # the acceptance assumed after a pause, so drafting is tried again
_PAUSE, _PAUSE_MAX = 16, 256  # tokens without drafts after drafts stopped paying


class Drafter(Protocol):
    """Proposes the tokens that may follow a history (prompt and reply so far)."""

    def draft(self, history: Sequence[int], limit: int) -> list[int]:
        """At most limit tokens expected to follow history; [] for no guess."""
        ...

    def close(self) -> None: ...


class NgramDrafter:
    """Prompt lookup: the tokens that followed the last time the history's last n tokens
    (n from n_max down to n_min) occurred. The index grows with the history (one entry per
    n per new token), so a call costs O(n) whatever the history's length."""

    def __init__(self, n_max: int = 4, n_min: int = 2) -> None:
        self.sizes = tuple(range(n_max, n_min - 1, -1))
        # Per n: the n tokens -> the position after their latest occurrence that has a follower.
        self._index: dict[int, dict[tuple[int, ...], int]] = {n: {} for n in self.sizes}
        self._history: Sequence[int] | None = None
        self._done = 0  # positions indexed: every n-gram ending before this one

    def draft(self, history: Sequence[int], limit: int) -> list[int]:
        end = len(history)
        if history is not self._history or end < self._done:
            self._history, self._done = history, 0  # another history: index it anew
            for table in self._index.values():
                table.clear()
        # An n-gram is indexed once the token after it is known: the last one is looked up.
        for j in range(self._done, end):
            for n, table in self._index.items():
                if j >= n:
                    table[tuple(history[j - n : j])] = j
        self._done = end
        if limit <= 0:
            return []
        for n, table in self._index.items():
            if end >= n:
                found = table.get(tuple(history[end - n :]))
                if found is not None:
                    return list(history[found : found + limit])
        return []

    def close(self) -> None:
        for table in self._index.values():
            table.clear()


class _Either:
    """Prompt lookup first; the draft model when the history has no match."""

    def __init__(self, first: Drafter, second: Drafter) -> None:
        self.first, self.second = first, second

    def draft(self, history: Sequence[int], limit: int) -> list[int]:
        return self.first.draft(history, limit) or self.second.draft(history, limit)

    def close(self) -> None:
        self.first.close()  # the draft model belongs to the loaded model, which closes it


class BatchDecoder:
    """One llama_batch for a reply: a token and its draft at consecutive positions of
    sequence 0, with logits at every position. free() it."""

    def __init__(self, ctx: Any, capacity: int) -> None:
        self.ctx, self.capacity = ctx, capacity
        self.batch = llama_cpp.llama_batch_init(capacity, 0, 1)
        b = self.batch
        for i in range(capacity):  # the same for every decode: filled once
            b.n_seq_id[i] = 1
            b.seq_id[i][0] = 0
            b.logits[i] = 1

    def decode(self, tokens: Sequence[int], pos: int) -> int:
        """Decode tokens at pos, pos+1, ...; llama_decode's status."""
        b = self.batch
        token, position = b.token, b.pos
        for i, t in enumerate(tokens):
            token[i] = t
            position[i] = pos + i
        b.n_tokens = len(tokens)
        return int(llama_cpp.llama_decode(self.ctx, b))

    def free(self) -> None:
        if self.batch is not None:
            llama_cpp.llama_batch_free(self.batch)
            self.batch = None


def _interpolated(sizes: Sequence[int], costs: Sequence[float]) -> list[float]:
    """Cost of a batch of 1..MAX_DRAFT+1 tokens, relative to one token (sizes from 1 up)."""
    out = []
    for n in range(1, MAX_DRAFT + 2):
        hi = next((i for i, size in enumerate(sizes) if size >= n), len(sizes) - 1)
        lo = max(hi - 1, 0)
        if sizes[hi] == sizes[lo]:
            out.append(costs[hi] * n / sizes[hi])
        else:
            share = (n - sizes[lo]) / (sizes[hi] - sizes[lo])
            out.append(costs[lo] + (costs[hi] - costs[lo]) * share)
    # A larger batch never costs less: a dip is noise (another program), not a saving.
    for i in range(1, len(out)):
        out[i] = max(out[i], out[i - 1])
    return [c / out[0] for c in out]


def measure(ctx: Any, memory: Any, base: int, n_vocab: int) -> list[float]:
    """Time batches of _MEASURED sizes decoded at positions base..; the relative cost of
    1..MAX_DRAFT+1 tokens. The positions are removed after each decode."""
    batch = BatchDecoder(ctx, max(_MEASURED))
    try:
        tokens = [(7 + 131 * i) % n_vocab for i in range(max(_MEASURED))]
        best = dict.fromkeys(_MEASURED, float("inf"))
        for r in range(_ROUNDS + 1):  # the first round warms the caches up, untimed
            for n in _MEASURED:
                started = time.perf_counter()
                status = batch.decode(tokens[:n], base)
                llama_cpp.llama_synchronize(ctx)
                elapsed = time.perf_counter() - started
                llama_cpp.llama_memory_seq_rm(memory, 0, base, -1)
                if status != 0:
                    raise RuntimeError(f"llama_decode {status}")
                if r:
                    best[n] = min(best[n], elapsed)
    finally:
        batch.free()
    return _interpolated(_MEASURED, [best[n] for n in _MEASURED])


def _expected(a: float, k: int) -> float:
    """Tokens a batch of one token and k drafts yields when each draft is kept with odds a."""
    return float(k + 1) if a >= 1.0 else (1.0 - a ** (k + 1)) / (1.0 - a)


def useful_length(costs: Sequence[float], a: float = 0.9) -> int:
    """The draft length that pays most at acceptance a (0: none pays)."""
    best, best_k = 1.0, 0
    for k in range(1, min(MAX_DRAFT, len(costs) - 1) + 1):
        gain = _expected(a, k) / costs[k]
        if gain > best:
            best, best_k = gain, k
    return best_k


class Calibrations:
    """The measured cost curves, per model file, threads and KV types (a JSON file)."""

    def __init__(self, file: Path) -> None:
        self.file = file
        try:
            data = json.loads(file.read_text("utf-8"))
            self.curves: dict[str, list[float]] = {
                str(k): [float(c) for c in v["costs"]] for k, v in data.items()
            }
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            self.curves = {}

    @staticmethod
    def key(path: str, n_threads: int, type_k: str, type_v: str) -> str:
        st = os.stat(path)
        return (
            f"{os.path.basename(path)}|{st.st_size}|{st.st_mtime_ns}|{n_threads}|{type_k}|{type_v}"
        )

    def save(self, key: str, costs: list[float]) -> None:
        self.curves[key] = costs
        data = {k: {"costs": v, "max_draft": useful_length(v)} for k, v in self.curves.items()}
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(self.file, json.dumps(data, indent=1) + "\n")
        except OSError as e:  # measured again next time: costs a fraction of a second
            log.warning("could not save the speculative calibration: %s", e)


class _Pace:
    """How many tokens to draft next: grows on full acceptance, shrinks on a rejection,
    pauses when the acceptance seen does not pay for the batch (costs None: "on", always)."""

    def __init__(self, costs: Sequence[float] | None) -> None:
        self.costs = costs
        self.cap = 2
        self.kept, self.refused = 2.0 * _PROBE, 2.0 * (1.0 - _PROBE)  # decayed counts
        self.pause_for, self.paused = _PAUSE, 0

    def length(self, limit: int) -> int:
        """The most tokens worth asking the drafter for (0: none now)."""
        if self.paused:
            self.paused -= 1
            return 0
        return min(self.cap, limit)

    def trim(self, n: int) -> int:
        """How many of a draft's n tokens are worth their place in the batch."""
        if self.costs is None:
            return n
        k = min(n, useful_length(self.costs, self.kept / (self.kept + self.refused)))
        if k == 0:  # drafts cost more than they bring: rest, then try again
            self.paused, self.pause_for = self.pause_for, min(self.pause_for * 2, _PAUSE_MAX)
            self.kept, self.refused = 2.0 * _PROBE, 2.0 * (1.0 - _PROBE)
        return k

    def result(self, drafted: int, kept: int) -> None:
        self.kept = self.kept * 0.8 + kept
        self.refused = self.refused * 0.8 + (kept < drafted)
        if kept == drafted:
            self.cap, self.pause_for = min(self.cap * 2, MAX_DRAFT), _PAUSE
        else:
            self.cap = max(1, kept + 1)


_calibrations: Calibrations | None = None


def pace(m: Any, allowed: bool) -> _Pace | None:
    """How this reply drafts, or None: speculative "off", not allowed (a grammar, images),
    a model whose memory cannot drop positions, or "auto" where drafts measured slower.
    Call before the prompt is decoded: "auto" may calibrate after the context's tokens."""
    global _calibrations
    mode = m.params.speculative
    model = llama_cpp.llama_get_model(m.ctx)
    if mode == "off" or not allowed or m.n_ctx < MAX_DRAFT * 4:
        return None
    if llama_cpp.llama_model_is_recurrent(model) or llama_cpp.llama_model_is_hybrid(model):
        return None  # a recurrent state cannot take back the drafts it was fed
    if mode == "on":
        return _Pace(None)
    file = paths.speculative_calibration_file()
    if _calibrations is None or _calibrations.file != file:
        _calibrations = Calibrations(file)
    key = Calibrations.key(m.params.path, m.n_threads, m.params.type_k, m.params.type_v)
    costs = _calibrations.curves.get(key)
    if costs is None:
        try:
            costs = measure(m.ctx, m.memory, len(m.cached), m.n_vocab)
        except RuntimeError as e:
            log.warning("speculative calibration failed: %s", e)
            return None
        _calibrations.save(key, costs)
    return _Pace(costs) if useful_length(costs) > 0 else None


def draft_model_pays(m: Any, costs: Sequence[float]) -> bool:
    """Whether m's draft model can pay for itself at a high acceptance: each token it drafts
    costs a decode of the draft model too, about its size against the main model's (both
    run the same kind of arithmetic on the same cores)."""
    try:
        ratio = os.path.getsize(m.params.draft_model) / os.path.getsize(m.params.path)
    except (OSError, ZeroDivisionError):
        return False
    with_drafts = [c + k * ratio for k, c in enumerate(costs)]
    return useful_length(with_drafts) > 0


class Speculation:
    """One reply's drafts: decodes each sampled token with its draft and keeps the KV cache
    and m.cached (the tokens the context holds) in step with what was kept."""

    def __init__(self, m: Any, pace: _Pace) -> None:
        self.memory = m.memory
        self.cached: list[int] = m.cached
        self.pace = pace
        model = getattr(m, "draft_model", None)
        if model is not None and pace.costs is not None and not draft_model_pays(m, pace.costs):
            model = None  # "auto": prompt lookup only
        self.ngrams = NgramDrafter()
        self.drafter: Drafter = self.ngrams if model is None else _Either(self.ngrams, model)
        self.room = m.n_ctx  # positions the context has
        self.batch = BatchDecoder(m.ctx, MAX_DRAFT + 1)
        self.drafted: list[int] = []  # the last batch's draft, in the context after its token
        self.next = 0  # the draft's first token not yet sampled
        self.draft_tokens = self.accepted_tokens = 0

    def feed(self, token: int, remaining: int) -> tuple[int, int]:
        """token was sampled and the reply goes on (remaining: tokens it may still sample):
        put it in the context. llama_decode's status (0 also when the token was drafted and
        is there already) and the batch index of the next token's logits."""
        cached, drafted = self.cached, self.drafted
        if self.next < len(drafted):
            if token == drafted[self.next]:
                self.next += 1
                self.accepted_tokens += 1
                cached.append(token)
                if self.next == len(drafted):
                    self.pace.result(len(drafted), self.next)
                return 0, self.next
            self.pace.result(len(drafted), self.next)
            llama_cpp.llama_memory_seq_rm(self.memory, 0, len(cached), -1)
        pos = len(cached)
        cached.append(token)
        # A draft longer than the reply's remaining tokens or the context would be wasted.
        k = self.pace.length(min(remaining - 1, self.room - pos - 2))
        draft = self.drafter.draft(cached, k) if k > 0 else []
        if draft:
            draft = draft[: self.pace.trim(min(len(draft), k))]
        self.drafted, self.next = draft, 0
        self.draft_tokens += len(draft)
        status = self.batch.decode([token, *draft], pos)
        if status != 0:
            cached.pop()
            self.drafted = []
        return status, 0

    def stats(self, stats: GenerationStats) -> GenerationStats:
        return replace(stats, draft_tokens=self.draft_tokens, accepted_tokens=self.accepted_tokens)

    def finish(self, m: Any) -> None:
        """Drop the drafts no sample reached from the context; free the batch."""
        if m.cached is self.cached and self.next < len(self.drafted):
            llama_cpp.llama_memory_seq_rm(self.memory, 0, len(self.cached), -1)
        self.drafted = []
        self.drafter.close()
        self.batch.free()
