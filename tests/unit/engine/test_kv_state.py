"""The saved-state file format (desktop.engine.kv_state), the cache key, the model identity
(desktop.engine.kv_identity) and the prefix match of the cache's policy."""

from __future__ import annotations

import hashlib
import os
import struct
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.paths import starter_model_path, starter_model_sha256
from desktop.engine.conversation_cache import shared_prefix
from desktop.engine.kv_identity import Identities, cheap_sha256
from desktop.engine.kv_state import (
    MAGIC,
    BadStateFile,
    CacheKey,
    encode,
    read_file,
    read_tokens,
    write_file,
)

KEY = CacheKey("ab" * 32, 2048, "f16", "f16", False, "cd" * 32, "0.3.36")
TOKENS = [1, 2, 3, 40000, 7]
STATE = bytes(range(256)) * 4


def _written(tmp_path: Path) -> Path:
    path = tmp_path / KEY.digest16() / "c7-0123456789abcdef.hkv"
    write_file(path, KEY, "7", TOKENS, STATE)
    return path


def test_a_written_file_reads_back(tmp_path: Path) -> None:
    path = _written(tmp_path)
    assert path.read_bytes() == encode(KEY, "7", TOKENS, STATE)
    assert path.read_bytes().startswith(MAGIC)
    tokens, state = read_file(path, KEY)
    assert tokens == TOKENS and bytes(state) == STATE
    assert read_tokens(path, KEY) == ("7", TOKENS)
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp file left


def test_the_key_digest_depends_on_every_field() -> None:
    digests = {
        KEY.digest16(),
        replace(KEY, n_ctx=4096).digest16(),
        replace(KEY, type_k="q8_0").digest16(),
        replace(KEY, type_v="q4_0").digest16(),
        replace(KEY, flash_attn=True).digest16(),
        replace(KEY, template_sha256="").digest16(),
        replace(KEY, llama_cpp_version="0.3.37").digest16(),
        replace(KEY, model_sha256="ef" * 32).digest16(),
    }
    assert len(digests) == 8 and all(len(d) == 16 for d in digests)


def test_a_flipped_byte_in_the_state_fails_the_checksum(tmp_path: Path) -> None:
    path = _written(tmp_path)
    data = bytearray(path.read_bytes())
    data[-100] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(BadStateFile, match="checksum"):
        read_file(path, KEY)


@pytest.mark.parametrize("keep", [0, 5, 20, 200, -1])
def test_a_truncated_file_is_refused(tmp_path: Path, keep: int) -> None:
    path = _written(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[:keep])
    with pytest.raises(BadStateFile):
        read_file(path, KEY)
    if keep < 200 and keep >= 0:  # the token list itself is cut
        with pytest.raises(BadStateFile):
            read_tokens(path, KEY)


def test_another_key_is_refused(tmp_path: Path) -> None:
    path = _written(tmp_path)
    other = replace(KEY, template_sha256="00" * 32)
    with pytest.raises(BadStateFile, match="another model"):
        read_file(path, other)
    with pytest.raises(BadStateFile, match="another model"):
        read_tokens(path, other)


def test_a_header_that_disagrees_with_the_tokens_is_refused(tmp_path: Path) -> None:
    data = bytearray(encode(KEY, "7", TOKENS, STATE))
    # Rewrite the token count (one fewer) and the checksum: the file is whole but inconsistent.
    _magic, _version, header_len = struct.unpack_from("<8sII", data, 0)
    at = 16 + header_len
    struct.pack_into("<I", data, at, len(TOKENS) - 1)
    body = bytes(data[: at + 4]) + bytes(data[at + 4 + 4 : -32])
    path = tmp_path / "x.hkv"
    path.write_bytes(body + hashlib.sha256(body).digest())
    with pytest.raises(BadStateFile, match="disagree"):
        read_file(path, KEY)


def test_not_a_state_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.hkv"
    path.write_bytes(b"GGUF" + b"\0" * 100)
    with pytest.raises(BadStateFile, match="not a Hearth"):
        read_file(path, KEY)
    with pytest.raises(FileNotFoundError):
        read_file(tmp_path / "missing.hkv", KEY)


def test_shared_prefix() -> None:
    assert shared_prefix([1, 2, 3], [1, 2, 4], 10) == 2
    assert shared_prefix([1, 2, 3], [1, 2, 3], 10) == 3
    assert shared_prefix([1, 2, 3], [1, 2, 3], 2) == 2
    assert shared_prefix([], [1], 10) == 0
    assert shared_prefix([5], [1], 10) == 0
    long = list(range(5000))
    assert shared_prefix(long, [*long[:4321], -1], 99999) == 4321
    assert shared_prefix(long, long, -1) == 0


def test_the_model_hash_comes_from_a_hub_blob_name(tmp_path: Path) -> None:
    digest = "0f" * 32
    blob = tmp_path / "blobs" / digest
    blob.parent.mkdir()
    blob.write_bytes(b"weights")
    link = tmp_path / "snapshots" / "main" / "model.gguf"
    link.parent.mkdir(parents=True)
    os.symlink(blob, link)
    assert cheap_sha256(str(link)) == digest


def test_the_starter_hash_comes_from_its_wheel_record() -> None:
    starter = starter_model_path()
    assert starter is not None
    assert cheap_sha256(str(starter)) == starter_model_sha256()


def test_another_file_is_hashed_once_and_remembered(tmp_path: Path) -> None:
    model = tmp_path / "model.gguf"
    model.write_bytes(b"some weights")
    identities = Identities(tmp_path / "kv")
    assert identities.known(str(model)) is None
    expected = hashlib.sha256(b"some weights").hexdigest()
    identities.compute_later(str(model))
    identities.wait(30)
    assert Identities(tmp_path / "kv").known(str(model)) == expected
    model.write_bytes(b"other weights")  # a changed file is not taken for the old one
    assert Identities(tmp_path / "kv").known(str(model)) is None
