"""Durable files (desktop.core.atomic): atomic writes and replaces, reading versioned JSON
back, moving a corrupt file aside."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from desktop.core.atomic import move_aside, read_json_object, replace_durably, write_text_atomic

log = logging.getLogger("tests.atomic")


def test_write_text_atomic_replaces_the_whole_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "state.json"
    target.write_text("an older and much longer content")
    write_text_atomic(target, "héllo ✓\n")
    assert target.read_bytes() == "héllo ✓\n".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


def test_write_text_atomic_keeps_the_old_file_when_the_replace_fails(tmp_path: Path) -> None:
    target = tmp_path / "folder"
    (target / "inside").mkdir(parents=True)  # os.replace cannot put a file over it
    with pytest.raises(IsADirectoryError):
        write_text_atomic(target, "x")
    assert [p.name for p in tmp_path.iterdir()] == ["folder"]


def test_replace_durably_moves_the_bytes_over_the_target(tmp_path: Path) -> None:
    source, target = tmp_path / "new.tmp", tmp_path / "file"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    replace_durably(source, target)
    assert target.read_bytes() == b"new"
    assert not source.exists()
    with pytest.raises(FileNotFoundError):
        replace_durably(source, target)  # nothing to move: the target stays
    assert target.read_bytes() == b"new"


def test_move_aside_never_overwrites_an_earlier_copy(tmp_path: Path) -> None:
    names = []
    for text in ("one", "two"):
        path = tmp_path / "library.json"
        path.write_text(text)
        names.append(move_aside(path).name)
    assert names[0] != names[1]
    assert all(name.startswith("library.json.broken-") for name in names)
    assert sorted((tmp_path / n).read_text() for n in names) == ["one", "two"]


def test_a_good_file_is_read_and_a_missing_one_is_none_without_a_word(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "state.json"
    path.write_text(json.dumps({"version": 2, "x": [1]}))
    assert read_json_object(path, log, "State file") == {"version": 2, "x": [1]}
    with caplog.at_level(logging.WARNING, logger="tests.atomic"):
        assert read_json_object(tmp_path / "missing.json", log, "State file") is None
    assert caplog.records == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe", "not valid JSON"),
        (b"[1, 2]", "expected a JSON object, found list"),
        (b'{"version": "1"}', "bad version '1'"),
        (b'{"version": true}', "bad version True"),
        (b'{"version": 0}', "bad version 0"),
        (b"{}", "bad version None"),
        (b"[" * 100_000, "not valid JSON"),  # too deep for the parser
    ],
)
def test_a_corrupt_file_is_moved_aside_and_said(
    tmp_path: Path, content: bytes, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="tests.atomic"):
        assert read_json_object(path, log, "State file") is None
    assert not path.exists()
    (aside,) = tmp_path.iterdir()
    assert aside.read_bytes() == content  # kept for the person or a bug report
    (record,) = caplog.records
    assert record.getMessage().startswith(f"State file {path} is corrupt ({reason}")
    assert aside.name in record.getMessage()


def test_a_file_without_a_version_can_count_as_version_zero(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"theme": "dark"}')
    data = read_json_object(path, log, "Settings file", missing_version=0, min_version=0)
    assert data == {"theme": "dark"}


def test_an_unreadable_file_is_left_in_place(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "state.json"
    path.mkdir()  # reading a folder fails like an unreadable file, for root too
    with caplog.at_level(logging.WARNING, logger="tests.atomic"):
        assert read_json_object(path, log, "State file") is None
    assert path.is_dir()
    assert "Could not read state file" in caplog.records[0].getMessage()
