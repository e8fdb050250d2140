"""Draft models for a model: the library's smaller files that share its vocabulary exactly.

A draft proposes token ids that the main model checks, so both must number the same tokens
the same way. The fingerprint is read from the GGUF header: the tokenizer kind, BOS and EOS,
and a digest of the raw token list. The header is walked with gguf_check's own bounded
reader, after its full check passes: no tensor is read, and no second parser is trusted.
"""

from __future__ import annotations

import hashlib
import mmap
import os
import threading
from collections.abc import Iterable

from desktop.core.errors import ModelFileError
from desktop.core.gguf_check import _Cursor, _read_value, check_gguf

_TOKENS = "tokenizer.ggml.tokens"
# A draft saves time only when it is much cheaper than the model it drafts for.
MAX_SIZE_RATIO = 0.25

_cache: dict[tuple[str, int, int], str | None] = {}
_lock = threading.Lock()


def vocab_fingerprint(path: str) -> str | None:
    """A digest that two GGUF files share exactly when their vocabularies are the same; None
    for a file that is not a readable model. Cached by path, size and modification time."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    key = (os.path.abspath(path), st.st_size, st.st_mtime_ns)
    with _lock:
        if key in _cache:
            return _cache[key]
    found = _fingerprint(path)
    with _lock:
        _cache[key] = found
    return found


def _fingerprint(path: str) -> str | None:
    try:
        info = check_gguf(path)  # the strict gate: every length below is already checked
        tokens = _token_list_bytes(path)
    except (ModelFileError, OSError, ValueError):
        return None
    if tokens is None:
        return None
    meta = info.metadata
    digest = hashlib.sha256()
    for name in (
        "tokenizer.ggml.model",
        "tokenizer.ggml.bos_token_id",
        "tokenizer.ggml.eos_token_id",
    ):
        digest.update(f"{name}={meta.get(name)!r}\n".encode())
    digest.update(tokens)
    return digest.hexdigest()


def _token_list_bytes(path: str) -> bytes | None:
    """The digest of the token list exactly as the file stores it (count and strings)."""
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as buf:
        cur = _Cursor(buf, len(buf))
        cur.pos = 8  # magic and version
        cur.u64("header")  # tensors
        n_kv = cur.u64("header")
        for _ in range(n_kv):
            key = cur.string("metadata keys")
            vtype = cur.u32("metadata")
            start = cur.pos
            _read_value(cur, vtype, key or "")
            if key == _TOKENS:
                return hashlib.sha256(buf[start : cur.pos]).digest()
    return None


def draft_candidates(model_path: str, library_paths: Iterable[str]) -> list[str]:
    """The files in library_paths that can draft for model_path: the same vocabulary and at
    most a quarter of its size, smallest first."""
    wanted = vocab_fingerprint(model_path)
    if wanted is None:
        return []
    limit = os.path.getsize(model_path) * MAX_SIZE_RATIO
    found: list[tuple[int, str]] = []
    seen = {os.path.abspath(model_path)}
    for path in library_paths:
        full = os.path.abspath(path)
        if full in seen:
            continue
        seen.add(full)
        try:
            size = os.path.getsize(path)
        except OSError:
            continue
        # Size first: it costs a stat, the fingerprint a walk through the header.
        if size <= limit and vocab_fingerprint(path) == wanted:
            found.append((size, path))
    return [path for _, path in sorted(found)]
