"""The Hugging Face cache layout (desktop.core.models.hf_cache), against huggingface_hub's
own reading of a cache Hearth laid out."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core.models import hf_cache

COMMIT = "c" * 40
OLD = "b" * 40


def put(cache: Path, repo_id: str, commit: str, filename: str, data: bytes, etag: str) -> Path:
    """A blob and its snapshot link, laid out by hf_cache itself."""
    blob = hf_cache.blob_path(cache, repo_id, etag)
    blob.parent.mkdir(parents=True, exist_ok=True)
    blob.write_bytes(data)
    pointer = hf_cache.snapshot_path(cache, repo_id, commit, filename)
    hf_cache.link_snapshot(blob, pointer)
    return pointer


def test_folder_names_map_to_repo_ids_both_ways() -> None:
    assert hf_cache.repo_folder_name("org/Model-GGUF") == "models--org--Model-GGUF"
    assert hf_cache.repo_id_of("models--org--Model-GGUF") == "org/Model-GGUF"
    assert hf_cache.repo_id_of("models--single") == "single"


@pytest.mark.parametrize(
    ("revision", "commit"),
    [(COMMIT, True), ("main", False), ("C" * 40, False), ("c" * 39, False), (COMMIT + "\n", False)],
)
def test_a_full_commit_is_told_from_a_branch(revision: str, commit: bool) -> None:
    assert hf_cache.is_commit(revision) is commit


def test_huggingface_hub_reads_the_layout(tmp_path: Path) -> None:
    from huggingface_hub import scan_cache_dir

    sha = "a" * 64
    pointer = put(tmp_path, "org/m-GGUF", COMMIT, "sub/m.gguf", b"GGUF" + b"x" * 10, sha)
    hf_cache.write_ref(tmp_path, "org/m-GGUF", "main", COMMIT)
    assert os.readlink(pointer) == os.path.join("..", "..", "..", "blobs", sha)  # relative
    (repo,) = scan_cache_dir(tmp_path).repos
    assert repo.repo_id == "org/m-GGUF"
    (revision,) = repo.revisions
    assert revision.commit_hash == COMMIT and revision.refs == frozenset({"main"})
    assert {f.file_name for f in revision.files} == {"m.gguf"}
    assert hf_cache.cached_file(tmp_path, "org/m-GGUF", "sub/m.gguf") == pointer
    assert hf_cache.cached_file(tmp_path, "org/m-GGUF", "sub/m.gguf", COMMIT) == pointer
    assert hf_cache.cached_file(tmp_path, "org/m-GGUF", "sub/m.gguf", "dev") is None
    assert hf_cache.blob_sha256(pointer, os.path.realpath(pointer)) == sha


def test_a_ref_is_not_written_for_a_commit_and_a_dangling_link_is_not_cached(
    tmp_path: Path,
) -> None:
    pointer = put(tmp_path, "org/m", COMMIT, "m.gguf", b"data", "e" * 40)
    hf_cache.write_ref(tmp_path, "org/m", COMMIT, COMMIT)
    assert not (hf_cache.repo_folder(tmp_path, "org/m") / "refs").exists()
    assert hf_cache.blob_sha256(pointer, os.path.realpath(pointer)) is None  # a git id
    os.unlink(os.path.realpath(pointer))
    assert hf_cache.cached_file(tmp_path, "org/m", "m.gguf", COMMIT) is None


def test_the_current_snapshot_comes_first(tmp_path: Path) -> None:
    put(tmp_path, "org/m", OLD, "m.gguf", b"old", "1" * 64)
    put(tmp_path, "org/m", COMMIT, "m.gguf", b"new", "2" * 64)
    repo = hf_cache.repo_folder(tmp_path, "org/m")
    assert [p.name for p in hf_cache.snapshot_folders(repo)] == [OLD, COMMIT]
    hf_cache.write_ref(tmp_path, "org/m", "main", COMMIT)
    assert [p.name for p in hf_cache.snapshot_folders(repo)] == [COMMIT, OLD]
    (tmp_path / "datasets--x").mkdir()  # not a model repo
    assert list(hf_cache.repos(tmp_path)) == [("org/m", repo)]


def test_only_snapshot_entries_have_a_repo_folder(tmp_path: Path) -> None:
    pointer = put(tmp_path, "org/m", COMMIT, "m.gguf", b"x", "3" * 64)
    repo = hf_cache.repo_folder(tmp_path, "org/m")
    assert hf_cache.repo_dir_of(pointer, tmp_path) == repo
    assert hf_cache.repo_dir_of(repo / "blobs" / ("3" * 64), tmp_path) is None
    assert hf_cache.repo_dir_of(tmp_path / "elsewhere.gguf", tmp_path) is None
    assert hf_cache.repo_dir_of(tmp_path.parent / "m.gguf", tmp_path) is None


def test_removing_a_file_keeps_a_blob_another_snapshot_needs(tmp_path: Path) -> None:
    first = put(tmp_path, "org/m", OLD, "m.gguf", b"same", "4" * 64)
    second = hf_cache.snapshot_path(tmp_path, "org/m", COMMIT, "m.gguf")
    hf_cache.link_snapshot(Path(os.path.realpath(first)), second)
    blob = Path(os.path.realpath(first))
    hf_cache.remove_snapshot_file(first, str(blob), tmp_path)
    assert blob.exists() and not first.parent.exists()  # its empty snapshot folder went
    hf_cache.remove_snapshot_file(second, str(blob), tmp_path)
    assert not blob.exists()
    repo = hf_cache.repo_folder(tmp_path, "org/m")
    hf_cache.remove_empty_repo(repo)
    assert not repo.exists()
    with pytest.raises(ValueError, match="not in the Hugging Face cache"):
        hf_cache.remove_snapshot_file(tmp_path / "x.gguf", str(tmp_path / "x.gguf"), tmp_path)


def test_incomplete_blobs_name_their_blob_and_lock(tmp_path: Path) -> None:
    blob = hf_cache.blob_path(tmp_path, "org/m", "5" * 64)
    partial = hf_cache.incomplete_path(blob)
    partial.parent.mkdir(parents=True)
    partial.write_bytes(b"half")
    assert list(hf_cache.incomplete_blobs(tmp_path)) == [
        (partial, blob, hf_cache.lock_path(tmp_path, "org/m", "5" * 64))
    ]
