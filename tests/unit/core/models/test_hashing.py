"""The one file hasher: sha256 (and git blob ids) in chunks, cancel, progress, prefixes."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.models import hashing
from desktop.core.models.hashing import (
    ByteProgress,
    HashCancelled,
    Hashes,
    hash_stream,
    is_sha256,
    sha256_file,
)

# Known git blob ids (`git hash-object` of the empty file and of "hello\n").
GIT_EMPTY = "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"
GIT_HELLO = "ce013625030ba8dba906f756967f9e9ca394464a"


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=3000), chunk=st.integers(1, 700))
def test_sha256_of_a_file_across_chunk_boundaries(tmp_path_factory, data, chunk) -> None:
    path = write(tmp_path_factory.mktemp("h") / "f.bin", data)
    hashing_chunk = hashing.HASH_CHUNK
    hashing.HASH_CHUNK = chunk
    try:
        advanced: list[int] = []
        assert sha256_file(path, advance=advanced.append) == hashlib.sha256(data).hexdigest()
    finally:
        hashing.HASH_CHUNK = hashing_chunk
    assert sum(advanced) == len(data)
    assert all(0 < n <= chunk for n in advanced)


def test_a_real_model_file_hashes_like_hashlib(tiny_model: Path) -> None:
    assert sha256_file(tiny_model) == hashlib.sha256(tiny_model.read_bytes()).hexdigest()


def test_cancel_stops_before_the_next_chunk(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(hashing, "HASH_CHUNK", 16)
    path = write(tmp_path / "f.bin", os.urandom(1000))
    cancel = threading.Event()
    read: list[int] = []

    def advance(n: int) -> None:
        read.append(n)
        if len(read) == 3:
            cancel.set()

    with pytest.raises(HashCancelled):
        sha256_file(path, cancel, advance)
    assert read == [16, 16, 16]  # not one chunk after the cancel


def test_a_cancel_set_before_the_start_reads_nothing(tmp_path) -> None:
    cancel = threading.Event()
    cancel.set()
    read: list[int] = []
    with pytest.raises(HashCancelled):
        sha256_file(write(tmp_path / "f.bin", b"x" * 100), cancel, read.append)
    assert read == []


def test_a_prefix_is_hashed_from_where_the_file_stands(tmp_path) -> None:
    data = os.urandom(5000)
    path = write(tmp_path / "f.bin", data)
    hashes = Hashes()
    with open(path, "rb", buffering=0) as handle:
        handle.seek(100)
        assert hash_stream(handle, hashes, 1234) == 1234
        assert handle.tell() == 1334  # the rest is read from here on
    assert hashes.sha256() == hashlib.sha256(data[100:1334]).hexdigest()


def test_a_short_file_says_how_much_there_was(tmp_path) -> None:
    path = write(tmp_path / "f.bin", b"abc")
    hashes = Hashes()
    with open(path, "rb") as handle:
        assert hash_stream(handle, hashes, 10) == 3
    assert hashes.sha256() == hashlib.sha256(b"abc").hexdigest()


def test_the_git_blob_id_only_when_asked() -> None:
    hello = Hashes(git_size=6)
    hello.update(b"hel")
    hello.update(memoryview(b"lo\n"))
    assert hello.git_id() == GIT_HELLO
    assert hello.sha256() == hashlib.sha256(b"hello\n").hexdigest()
    assert Hashes(git_size=0).git_id() == GIT_EMPTY
    assert Hashes().git_id() is None


def test_progress_reports_the_start_throttled_steps_and_the_end(monkeypatch) -> None:
    seen: list[tuple[int, int]] = []
    progress = ByteProgress(100, lambda done, total: seen.append((done, total)))
    progress.advance(40)  # within PROGRESS_INTERVAL of the start: not reported
    assert seen == [(0, 100)]
    monkeypatch.setattr(hashing, "PROGRESS_INTERVAL", 0.0)
    progress.advance(70)  # more than announced: capped at the total
    progress.finish()
    assert seen == [(0, 100), (100, 100), (100, 100)]
    ByteProgress(5, None).advance(5)  # no callback: nothing to call


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("a" * 64, True),
        ("0123456789abcdef" * 4, True),
        ("A" * 64, False),  # recorded hashes are lower case
        ("a" * 63, False),
        ("g" * 64, False),
        ("a" * 64 + "\n", False),
    ],
)
def test_is_sha256(text: str, ok: bool) -> None:
    assert is_sha256(text) is ok
