"""AttachmentStore: content-addressed, hashed while copied, atomic, stored once, capped."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.documents import attachments
from desktop.core.documents.attachments import AttachmentStore
from desktop.core.documents.extract import extract
from desktop.core.documents.types import DocumentError


def test_add_copies_by_content_once(tmp_path: Path) -> None:
    source = tmp_path / "Report.MD"
    body = b"# Title\n\nSome text.\n" * 1000
    source.write_bytes(body)
    store = AttachmentStore(tmp_path / "store")
    stored = store.add(source)
    sha = hashlib.sha256(body).hexdigest()
    assert (stored.sha256, stored.name, stored.size) == (sha, "Report.MD", len(body))
    assert stored.path == tmp_path / "store" / sha[:2] / f"{sha}.md"
    assert stored.path.read_bytes() == body
    assert store.path_of(sha) == stored.path
    # The same content again (even under another name) is the same copy; nothing left over.
    twin = tmp_path / "copy.md"
    twin.write_bytes(body)
    again = store.add(twin)
    assert (again.path, again.name) == (stored.path, "copy.md")
    assert sorted(p.name for p in (tmp_path / "store").rglob("*") if p.is_file()) == [f"{sha}.md"]
    # The copy reads after the original is gone (extract goes by the kept suffix).
    source.unlink()
    twin.unlink()
    assert extract(store.path_of(sha)).sections[0].locator == "Title"


def test_path_of_unknown_and_bad_hash(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path)
    missing = store.path_of("0" * 64)
    assert not missing.exists()
    assert missing == tmp_path / "00" / ("0" * 64)
    with pytest.raises(ValueError, match="sha256"):
        store.path_of("../../etc/passwd")


def test_refuses_missing_folder_and_too_large(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "store", max_bytes=999)
    with pytest.raises(DocumentError, match=r"gone\.txt is no longer there"):
        store.add(tmp_path / "gone.txt")
    with pytest.raises(DocumentError, match="not a file"):
        store.add(tmp_path)
    big = tmp_path / "big.bin"
    with open(big, "wb") as handle:
        handle.truncate(1 << 30)  # sparse 1 GB: refused before a byte is read
    with pytest.raises(DocumentError, match=r"big\.bin is 1\.1 GB, over the 999 B limit"):
        store.add(big)
    assert not (tmp_path / "store").exists()  # refused before anything was created


def test_failed_copy_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "notes.txt"
    source.write_bytes(os.urandom(10_000))
    store = AttachmentStore(tmp_path / "store")

    def crash(source: Path, target: Path, *, sync_source: bool = True) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(attachments, "replace_durably", crash)
    with pytest.raises(OSError, match="No space"):
        store.add(source)
    assert [p for p in (tmp_path / "store").rglob("*") if p.is_file()] == []
    monkeypatch.undo()
    stored = store.add(source)
    assert stored.path.read_bytes() == source.read_bytes()


def test_file_growing_past_the_cap_while_copied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "grows.log"
    source.write_bytes(b"x" * 5000)
    measured = os.stat(source)

    class _MeasuredSmall:
        """The os module as attachments sees it, except that the file measured 500 bytes
        (it grew between the check and the copy)."""

        def __getattr__(self, name: str) -> object:
            return getattr(os, name)

        @staticmethod
        def stat(path: object) -> os.stat_result:
            fields = list(measured)
            fields[6] = 500  # st_size
            return os.stat_result(fields)

    monkeypatch.setattr(attachments, "os", _MeasuredSmall())
    store = AttachmentStore(tmp_path / "store", max_bytes=999)
    with pytest.raises(DocumentError, match=r"grows\.log is 5\.0 KB, over the 999 B limit"):
        store.add(source)
    assert [p for p in (tmp_path / "store").rglob("*") if p.is_file()] == []


def test_default_root_is_under_the_data_folder() -> None:
    assert AttachmentStore().root == paths.attachments_dir()
    assert paths.attachments_dir().parent == paths.data_dir()
