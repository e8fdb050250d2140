"""A sequence's saved state (its tokens and KV cache): the cache key, the .hkv file format,
and the llama.cpp calls that take the state out of a context and put it back."""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import struct
import sys
from array import array
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import llama_cpp

from desktop.core.atomic import write_chunks_atomic

# magic | version u32 | header length u32 | JSON header | n_tokens u32 | tokens int32 LE
# | state length u64 | state | sha256 of everything before (32 bytes)
MAGIC = b"HEARTHKV"
VERSION = 1
_HEAD = struct.Struct("<8sII")
_COUNT = struct.Struct("<I")
_STATE_LEN = struct.Struct("<Q")
_DIGEST = 32
_MAX_HEADER = 64 * 1024
SEQ = 0  # the one sequence Hearth generates in


class BadStateFile(Exception):
    """A state file that cannot be used; the message says why (for the log line)."""


@dataclass(frozen=True, slots=True)
class CacheKey:
    """What a saved state depends on: the model's bytes, the context's size and KV layout,
    the chat template (the same text tokenizes the same) and the engine that wrote it."""

    model_sha256: str
    n_ctx: int
    type_k: str
    type_v: str
    flash_attn: bool  # llama.cpp stores V transposed without it: the layout differs
    template_sha256: str
    llama_cpp_version: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def digest16(self) -> str:
        """The key folder's name: 16 hex digits of the key's hash."""
        text = json.dumps(self.as_dict(), sort_keys=True)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _tokens_bytes(tokens: Sequence[int]) -> bytes:
    values = array("i", tokens)
    if sys.byteorder == "big":
        values.byteswap()
    return values.tobytes()


def _tokens_from(raw: bytes | memoryview) -> list[int]:
    values = array("i")
    values.frombytes(raw)
    if sys.byteorder == "big":
        values.byteswap()
    return values.tolist()


def _header(key: CacheKey, conversation: str, n_tokens: int) -> bytes:
    header = {"key": key.as_dict(), "conversation": conversation, "n_tokens": n_tokens}
    return json.dumps(header, sort_keys=True).encode("utf-8")


def encode(
    key: CacheKey, conversation: str, tokens: Sequence[int], state: bytes | bytearray | memoryview
) -> bytes:
    """The whole file's bytes (tests and small states; write_file streams the same)."""
    return b"".join(_pieces(key, conversation, tokens, state, hashlib.sha256()))


def _pieces(
    key: CacheKey,
    conversation: str,
    tokens: Sequence[int],
    state: bytes | bytearray | memoryview,
    digest: Any,
) -> list[bytes | bytearray | memoryview]:
    header = _header(key, conversation, len(tokens))
    pieces: list[bytes | bytearray | memoryview] = [
        _HEAD.pack(MAGIC, VERSION, len(header)),
        header,
        _COUNT.pack(len(tokens)),
        _tokens_bytes(tokens),
        _STATE_LEN.pack(len(state)),
        state,
    ]
    for piece in pieces:
        digest.update(piece)
    pieces.append(digest.digest())
    return pieces


def write_file(
    path: Path,
    key: CacheKey,
    conversation: str,
    tokens: Sequence[int],
    state: bytes | bytearray | memoryview,
) -> None:
    """Write the state file through a temp file and os.replace: a reader (or a crash) sees
    the whole old file or the whole new one. Raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # The temp file is .<name>.<random>.tmp: kv_files counts and evicts only *.hkv files.
    write_chunks_atomic(path, _pieces(key, conversation, tokens, state, hashlib.sha256()))


def _parse_head(data: bytes | memoryview, size: int) -> tuple[dict[str, Any], int]:
    """The header and the offset of the token count; raises BadStateFile."""
    if size < _HEAD.size:
        raise BadStateFile("truncated header")
    magic, version, header_len = _HEAD.unpack_from(data, 0)
    if magic != MAGIC:
        raise BadStateFile("not a Hearth state file")
    if version != VERSION:
        raise BadStateFile(f"format version {version}, expected {VERSION}")
    if header_len > _MAX_HEADER or _HEAD.size + header_len + _COUNT.size > size:
        raise BadStateFile("truncated header")
    start = _HEAD.size
    try:
        header = json.loads(bytes(data[start : start + header_len]).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadStateFile(f"unreadable header ({exc})") from exc
    if not isinstance(header, dict):
        raise BadStateFile("unreadable header")
    return header, start + header_len


def _check_key(header: dict[str, Any], key: CacheKey, n_tokens: int) -> None:
    if header.get("key") != key.as_dict():
        raise BadStateFile("saved for another model, context, KV type or template")
    if header.get("n_tokens") != n_tokens:
        raise BadStateFile("the header and the token list disagree")


def read_header(path: Path) -> dict[str, Any]:
    """A state file's JSON header (key, conversation, n_tokens), unchecked (tools, bench).
    Raises BadStateFile, OSError."""
    with open(path, "rb") as handle:
        head = handle.read(_HEAD.size + _MAX_HEADER + _COUNT.size)
    return _parse_head(head, len(head))[0]


def read_tokens(path: Path, key: CacheKey) -> tuple[str, list[int]]:
    """The conversation and token ids a state file holds, read without its state (for the
    index of candidates). Raises BadStateFile, OSError (FileNotFoundError: gone)."""
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        head = handle.read(min(size, _HEAD.size + _MAX_HEADER + _COUNT.size))
        header, at = _parse_head(head, len(head))
        (n_tokens,) = _COUNT.unpack_from(head, at)
        at += _COUNT.size
        if at + 4 * n_tokens + _STATE_LEN.size + _DIGEST > size:
            raise BadStateFile("truncated token list")
        _check_key(header, key, n_tokens)
        handle.seek(at)
        raw = handle.read(4 * n_tokens)
    conversation = header.get("conversation")
    return (conversation if isinstance(conversation, str) else ""), _tokens_from(raw)


def read_file(path: Path, key: CacheKey) -> tuple[list[int], memoryview]:
    """The token ids and state of a checked file (sizes, checksum, key). The state is a
    writable view (ctypes passes it to llama.cpp without a copy). Raises BadStateFile,
    OSError."""
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        buf = bytearray(size)
        got = handle.readinto(buf)
    if got != size:
        raise BadStateFile("shorter than its size (written meanwhile?)")
    data = memoryview(buf)
    header, at = _parse_head(data, size)
    (n_tokens,) = _COUNT.unpack_from(data, at)
    at += _COUNT.size
    tokens_at, at = at, at + 4 * n_tokens
    if at + _STATE_LEN.size > size:
        raise BadStateFile("truncated token list")
    (state_len,) = _STATE_LEN.unpack_from(data, at)
    at += _STATE_LEN.size
    if at + state_len + _DIGEST != size:
        raise BadStateFile(
            f"truncated or padded state ({size} bytes, expected {at + state_len + _DIGEST})"
        )
    end = at + state_len
    if hashlib.sha256(data[:end]).digest() != bytes(data[end:]):
        raise BadStateFile("checksum mismatch")
    _check_key(header, key, n_tokens)
    return _tokens_from(data[tokens_at : tokens_at + 4 * n_tokens]), data[at:end]


def capture(ctx: Any) -> bytearray:
    """Sequence 0's state (its KV cells) as bytes; empty when llama.cpp gives none."""
    size = int(llama_cpp.llama_state_seq_get_size(ctx, SEQ))
    if size <= 0:
        return bytearray()
    buf = bytearray(size)
    view = (ctypes.c_uint8 * size).from_buffer(buf)
    written = int(llama_cpp.llama_state_seq_get_data(ctx, view, size, SEQ))
    del view  # the export must end before the buffer may be resized
    if written <= 0:
        return bytearray()
    if written < size:
        del buf[written:]
    return buf


def restore(ctx: Any, memory: Any, state: bytearray | memoryview, n_tokens: int) -> str | None:
    """Put a saved state into sequence 0 of an emptied context: None when it holds exactly
    n_tokens positions afterwards, else why not (the context is then emptied again)."""
    llama_cpp.llama_memory_clear(memory, True)
    size = len(state)
    if size == 0 or n_tokens <= 0:
        return "empty state"
    view = (ctypes.c_uint8 * size).from_buffer(state)
    try:
        read = int(llama_cpp.llama_state_seq_set_data(ctx, view, size, SEQ))
    finally:
        del view
    if read == 0:
        reason = "llama.cpp refused the state"
    else:
        top = int(llama_cpp.llama_memory_seq_pos_max(memory, SEQ))
        if top == n_tokens - 1:
            return None
        reason = f"the state holds {top + 1} positions for {n_tokens} tokens"
    llama_cpp.llama_memory_clear(memory, True)
    return reason
