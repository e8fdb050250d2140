"""The conversation cache's policy in the engine child: after each reply, a snapshot of the
context (RAM, least recently used out) and a file written on one writer thread; before a
prefill, the snapshot or file sharing the longest prefix with the prompt put back."""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import llama_cpp

from desktop.core import kv_files
from desktop.core.types import LoadParams
from desktop.engine import memory as engine_memory
from desktop.engine.kv_identity import Identities
from desktop.engine.kv_state import (
    BadStateFile,
    CacheKey,
    capture,
    read_file,
    read_tokens,
    restore,
    write_file,
)

log = logging.getLogger(__name__)
# A restore costs a copy of the state: worth it only when it saves this many tokens more.
MARGIN = 32
MAX_SNAPSHOTS = 8
RAM_SHARE = 4  # snapshots take at most 1/RAM_SHARE of the available RAM
WRITER_WAIT_S = 2.0  # below the client's shutdown wait: a close waits for the last write
_CONVERSATION = re.compile(r"^[0-9A-Za-z_]{1,64}$")


class Model(Protocol):
    """What the cache needs of the engine's loaded model (host._Loaded)."""

    params: LoadParams
    llm: Any
    ctx: Any
    memory: Any
    n_ctx: int
    cached: list[int]
    template_sha256: str | None


def shared_prefix(a: Sequence[int], b: Sequence[int], limit: int) -> int:
    """Length of the common prefix of two token lists, at most limit (slices compare in C)."""
    lo, hi = 0, max(0, min(len(a), len(b), limit))
    a, b = list(a[:hi]), list(b[:hi])
    if a == b:
        return hi
    while lo < hi:  # a[:lo] == b[:lo] holds, a[:hi] != b[:hi]
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


@dataclass(slots=True)
class _Snapshot:
    tokens: list[int]
    state: bytearray


@dataclass(slots=True)
class _Job:
    name: str  # the file's name in its key's folder
    key: CacheKey | None  # None: the model's hash is still being computed
    model: Model  # whose state this is (its key once hashed)
    conversation: str
    tokens: list[int]
    state: bytearray


class _Writer:
    """One thread writing state files, newest job per file; a write under way completes."""

    def __init__(
        self,
        folder: Path,
        budget: Callable[[], int],
        key_of: Callable[[Model], CacheKey | None],
    ) -> None:
        self.folder, self.budget, self.key_of = folder, budget, key_of
        self._pending: OrderedDict[str, _Job] = OrderedDict()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closing = False

    def put(self, job: _Job) -> None:
        with self._cond:
            self._pending[job.name] = job
            self._pending.move_to_end(job.name)
            if self._thread is None:
                self._closing = False
                self._thread = threading.Thread(target=self._run, name="hearth-kv-writer")
                self._thread.daemon = True  # close() waits; a killed engine leaves a tmp file
                self._thread.start()
            self._cond.notify()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._closing:
                    self._cond.wait()
                if not self._pending:
                    self._thread = None
                    return
                _name, job = self._pending.popitem(last=False)
            budget = self.budget()
            key = job.key or self.key_of(job.model)  # hashes the model file if need be
            if budget <= 0 or key is None:
                continue
            path = self.folder / key.digest16() / job.name
            try:
                write_file(path, key, job.conversation, job.tokens, job.state)
                kv_files.evict(self.folder, budget, keep={path})
            except OSError as exc:
                log.warning("Could not save the conversation state %s (%s).", path, exc)

    def close(self, timeout: float) -> None:
        """Write what is pending, waiting at most timeout seconds."""
        with self._cond:
            thread = self._thread
            self._closing = True
            self._cond.notify()
        if thread is not None:
            thread.join(timeout)


class ConversationCache:
    """Saved conversation states for the loaded model: RAM snapshots and files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.budget = kv_files.DEFAULT_BUDGET_BYTES
        self.identities = Identities(folder)
        self.key: CacheKey | None = None
        self._attached: Model | None = None
        self._ram: OrderedDict[str, _Snapshot] = OrderedDict()
        self._index: dict[Path, list[int]] = {}  # file -> tokens, read lazily per load
        self._n_swa = 0  # the model's attention window (0: none)
        self._writer = _Writer(folder, lambda: self.budget, self._key_when_hashed)

    # --- the host's hooks --------------------------------------------------------------

    def attach(self, m: Model) -> None:
        """A model was loaded: its key (None, and no files, until its hash is known)."""
        self.detach()
        self._n_swa = int(llama_cpp.llama_model_n_swa(m.llm._model.model))
        self._attached = m
        sha = self.identities.known(m.params.path)
        if sha is None:
            # A file with no stated hash: hashed beside the chat (or by the writer, for a
            # reply saved before then); its files are looked up once the hash is known.
            self.identities.compute_later(m.params.path, lambda sha: self._keyed(m, sha))
            return
        self._keyed(m, sha)

    def _keyed(self, m: Model, sha: str) -> CacheKey:
        """m's key; the current one when m is still the loaded model (one assignment, safe
        from the hashing and writer threads)."""
        key = CacheKey(
            model_sha256=sha,
            n_ctx=m.n_ctx,
            type_k=getattr(m.params, "type_k", "f16"),
            type_v=getattr(m.params, "type_v", "f16"),
            flash_attn=bool(m.params.flash_attn),
            template_sha256=m.template_sha256 or "",
            llama_cpp_version=llama_cpp.__version__,
        )
        if self._attached is m:
            self.key = key
        return key

    def _key_when_hashed(self, m: Model) -> CacheKey | None:
        """On the writer thread: m's key, hashing its file first when no one has yet."""
        sha = self.identities.compute(m.params.path)
        return self._keyed(m, sha) if sha is not None else None

    def detach(self) -> None:
        self._attached = None
        self.key = None
        self._ram.clear()
        self._index.clear()

    def set_budget(self, budget: int) -> None:
        """Bytes the files may take; evicts down to it now. 0: the disk cache is off (no
        files read or written; those there stay until cleared)."""
        self.budget = max(0, int(budget))
        if self.budget > 0:
            kv_files.evict(self.folder, self.budget)

    def close(self) -> None:
        """The engine is ending: finish the pending writes (a few seconds at most)."""
        self._writer.close(WRITER_WAIT_S)

    @property
    def key_folder(self) -> Path | None:
        if self.key is None or self.budget <= 0:
            return None
        return self.folder / self.key.digest16()

    def before_prefill(self, m: Model, tokens: Sequence[int], conversation: str) -> int:
        """Put back the snapshot or file sharing the longest prefix with the prompt when it
        beats what the context holds by MARGIN tokens; the prompt tokens it restored."""
        limit = len(tokens) - 1  # the last prompt token is always decoded (for its logits)
        beat = shared_prefix(m.cached, tokens, limit) + MARGIN
        best, source = beat - 1, ""
        for name, snap in self._ram.items():
            n = shared_prefix(snap.tokens, tokens, limit)
            if n > best:
                best, source = n, name
        if source:
            snap = self._ram[source]
            self._ram.move_to_end(source)
            reason = restore(m.ctx, m.memory, snap.state, len(snap.tokens))
            if reason is None:
                m.cached = list(snap.tokens)
                return self.usable(m, best)
            del self._ram[source]
            m.cached = []
            log.warning("Dropped a conversation snapshot in memory: %s.", reason)
            return 0
        path = self._best_file(tokens, _safe(conversation), best, limit)
        return self._restore_file(m, path, tokens, limit) if path is not None else 0

    def after_reply(self, m: Model, conversation: str, n_prompt: int) -> None:
        """Snapshot what the context holds now (after the reply was sent) and queue its file.
        n_prompt: the request's prompt length in tokens (the reply's tokens come after)."""
        # A sliding-window model's saved state keeps only its last window of cells, so it
        # can go on only from its very end; the reply's tokens rarely come back alike in the
        # next prompt (re-rendered, stop strings held back), the prompt's do. So the state
        # kept is the prompt's: the next turn decodes the reply again.
        trim = self._n_swa > 0 and len(m.cached) > n_prompt > 0
        if trim and llama_cpp.llama_memory_seq_rm(m.memory, 0, n_prompt, -1):
            del m.cached[n_prompt:]
        tokens = list(m.cached)
        if len(tokens) < MARGIN:
            return
        conversation = _safe(conversation)
        name = conversation or "a-" + _digest(str(tokens[:256]))
        old = self._ram.get(name)
        if old is not None and old.tokens[: len(tokens)] == tokens:
            self._ram.move_to_end(name)  # nothing new (a stop before the reply started)
            return
        state = capture(m.ctx)
        if not state:
            return
        self._ram[name] = _Snapshot(tokens, state)
        self._ram.move_to_end(name)
        self._trim_ram()
        if self.budget <= 0 or self._attached is not m:
            return
        file_name = kv_files.file_name(conversation, _digest(name))
        folder = self.key_folder
        if folder is not None:
            self._index[folder / file_name] = tokens
        self._writer.put(_Job(file_name, self.key, m, conversation, tokens, state))

    # --- internals ---------------------------------------------------------------------

    def _trim_ram(self) -> None:
        room = engine_memory.available_ram() // RAM_SHARE
        while self._ram and (
            len(self._ram) > MAX_SNAPSHOTS or sum(len(s.state) for s in self._ram.values()) > room
        ):
            self._ram.popitem(last=False)

    def _best_file(
        self, tokens: Sequence[int], conversation: str, best: int, limit: int
    ) -> Path | None:
        folder = self.key_folder
        if folder is None:
            return None
        mine = f"c{conversation}-" if conversation else None
        found: Path | None = None
        # The request's conversation's files first: another file must beat them outright.
        files = sorted(
            (p for p in _files(folder)),
            key=lambda p: not (mine is not None and p.name.startswith(mine)),
        )
        for path in files:
            saved = self._tokens_of(path)
            if saved is None:
                continue
            n = shared_prefix(saved, tokens, limit)
            if n > best:
                best, found = n, path
        return found

    def _tokens_of(self, path: Path) -> list[int] | None:
        saved = self._index.get(path)
        if saved is not None:
            return saved
        assert self.key is not None
        try:
            _conversation, saved = read_tokens(path, self.key)
        except FileNotFoundError:
            return None
        except (BadStateFile, OSError) as exc:
            self._reject(path, str(exc))
            return None
        self._index[path] = saved
        return saved

    def _restore_file(self, m: Model, path: Path, tokens: Sequence[int], limit: int) -> int:
        assert self.key is not None
        try:
            saved, state = read_file(path, self.key)
            reason = restore(m.ctx, m.memory, state, len(saved))
        except FileNotFoundError:
            self._index.pop(path, None)
            return 0
        except (BadStateFile, OSError) as exc:
            reason = str(exc)
        if reason is not None:
            llama_cpp.llama_memory_clear(m.memory, True)
            m.cached = []
            self._reject(path, reason)
            return 0
        kv_files.touch(path)
        m.cached = saved
        self._index[path] = saved
        return self.usable(m, shared_prefix(saved, tokens, limit))

    def usable(self, m: Model, keep: int) -> int:
        """keep, when the restored state can go on from its keep-th token; else 0 with the
        context emptied. A sliding-window model's saved state holds only the last window of
        cells: going on from further back would attend to cells that are gone (llama.cpp's
        server makes the same check)."""
        if self._n_swa > 0:
            low = int(llama_cpp.llama_memory_seq_pos_min(m.memory, 0))
            if low > max(0, keep - self._n_swa):
                llama_cpp.llama_memory_clear(m.memory, True)
                m.cached = []
                return 0
        return keep

    def _reject(self, path: Path, reason: str) -> None:
        self._index.pop(path, None)
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            reason += f"; it could not be deleted ({exc})"
        log.warning("Ignored and deleted the conversation state %s: %s.", path.name, reason)


def _files(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.name.endswith(kv_files.SUFFIX)]
    except OSError:
        return []


def _safe(conversation: str) -> str:
    """A conversation id usable in a file name, else none."""
    return conversation if _CONVERSATION.match(conversation) else ""


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
