"""The saved conversation-state folder (desktop.core.kv_files): usage, clear, forget, LRU
eviction, touch, and tolerance of missing folders and files deleted meanwhile."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core import kv_files


def _state(folder: Path, key: str, name: str, size: int, mtime_ns: int) -> Path:
    path = folder / key / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    os.utime(path, ns=(mtime_ns, mtime_ns))
    return path


def test_default_budget_is_two_gigabytes() -> None:
    assert kv_files.DEFAULT_BUDGET_BYTES == 2_000_000_000


def test_file_names_and_their_conversation() -> None:
    assert kv_files.file_name("42", "0123456789abcdef") == "c42-0123456789abcdef.hkv"
    assert kv_files.file_name("", "0123456789abcdef") == "a-0123456789abcdef.hkv"
    assert kv_files.conversation_of(Path("k/c42-0123456789abcdef.hkv")) == "42"
    assert kv_files.conversation_of(Path("k/a-0123456789abcdef.hkv")) == ""
    assert kv_files.conversation_of(Path("k/c42-0123.tmp")) == ""


def test_missing_folder_is_empty(tmp_path: Path) -> None:
    missing = tmp_path / "nothing"
    assert kv_files.usage(missing) == 0
    assert kv_files.clear(missing) == 0
    assert kv_files.forget(missing, "1") == 0
    assert kv_files.evict(missing, 0) == 0
    kv_files.touch(missing / "k" / "a-0.hkv")  # no error
    assert not missing.exists()


def test_usage_counts_only_state_files(tmp_path: Path) -> None:
    _state(tmp_path, "k1", "c1-aa.hkv", 100, 1)
    _state(tmp_path, "k2", "a-bb.hkv", 50, 2)
    _state(tmp_path, "k2", ".a-bb.hkv.tmp", 1000, 3)
    (tmp_path / "identities.json").write_text("{}")
    assert kv_files.usage(tmp_path) == 150


def test_clear_removes_every_state_file(tmp_path: Path) -> None:
    _state(tmp_path, "k1", "c1-aa.hkv", 10, 1)
    _state(tmp_path, "k2", "a-bb.hkv", 10, 2)
    (tmp_path / "identities.json").write_text("{}")
    assert kv_files.clear(tmp_path) == 2
    assert kv_files.usage(tmp_path) == 0
    assert (tmp_path / "identities.json").exists()
    assert not (tmp_path / "k1").exists()


def test_forget_removes_one_conversation_in_every_key_folder(tmp_path: Path) -> None:
    _state(tmp_path, "k1", "c7-aa.hkv", 10, 1)
    _state(tmp_path, "k2", "c7-bb.hkv", 10, 1)
    other = _state(tmp_path, "k1", "c77-cc.hkv", 10, 1)
    anonymous = _state(tmp_path, "k1", "a-dd.hkv", 10, 1)
    assert kv_files.forget(tmp_path, "7") == 2
    assert sorted(p.name for p in kv_files.state_files(tmp_path)) == [
        anonymous.name,
        other.name,
    ]
    assert kv_files.forget(tmp_path, "") == 0


def test_evict_removes_least_recently_used_first_until_under_budget(tmp_path: Path) -> None:
    old = _state(tmp_path, "k1", "c1-aa.hkv", 100, 1_000)
    middle = _state(tmp_path, "k2", "c2-bb.hkv", 100, 2_000)
    new = _state(tmp_path, "k1", "c3-cc.hkv", 100, 3_000)
    assert kv_files.evict(tmp_path, 300) == 0
    assert kv_files.evict(tmp_path, 250) == 1
    assert not old.exists() and middle.exists() and new.exists()
    assert kv_files.evict(tmp_path, 0, keep={new}) == 1
    assert new.exists() and not middle.exists()
    assert kv_files.usage(tmp_path) == 100


def test_touch_makes_a_file_recently_used(tmp_path: Path) -> None:
    old = _state(tmp_path, "k", "c1-aa.hkv", 100, 1_000)
    new = _state(tmp_path, "k", "c2-bb.hkv", 100, 2_000)
    kv_files.touch(old)
    assert kv_files.evict(tmp_path, 100) == 1
    assert old.exists() and not new.exists()


def test_evict_tolerates_a_file_deleted_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _state(tmp_path, "k", "c1-aa.hkv", 100, 1_000)
    second = _state(tmp_path, "k", "c2-bb.hkv", 100, 2_000)
    real = kv_files.state_files

    def racing(folder: Path):  # type: ignore[no-untyped-def]
        paths = list(real(folder))
        first.unlink()  # another process evicts it after the listing
        return iter(paths)

    monkeypatch.setattr(kv_files, "state_files", racing)
    assert kv_files.evict(tmp_path, 100) == 0  # its stat fails: it is not counted
    assert second.exists()
    monkeypatch.setattr(kv_files, "state_files", real)
    assert kv_files.usage(tmp_path) == 100
