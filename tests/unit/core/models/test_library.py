"""Model library: HF cache listing, imports, verification, deletion, the state file."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
from pathlib import Path

import pytest

from desktop.core.errors import ModelFileError
from desktop.core.gguf_check import check_gguf
from desktop.core.models import hashing, library_files
from desktop.core.models.library import (
    STATE_VERSION,
    Library,
    LibraryError,
    VerificationCancelled,
)

COMMIT = "c" * 40
OLD_COMMIT = "b" * 40


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def repo_folder(cache: Path, repo_id: str) -> Path:
    return cache / ("models--" + repo_id.replace("/", "--"))


def add_hub_file(
    cache: Path,
    repo_id: str,
    filename: str,
    source: Path | bytes,
    *,
    commit: str = COMMIT,
    blob_name: str | None = None,
    link: bool = True,
) -> Path:
    """Put a file in the HF cache the way huggingface_hub does; returns the snapshot path."""
    repo = repo_folder(cache, repo_id)
    data = source if isinstance(source, bytes) else source.read_bytes()
    blob_name = blob_name or hashlib.sha256(data).hexdigest()
    snapshot = repo / "snapshots" / commit / filename
    snapshot.parent.mkdir(parents=True, exist_ok=True)
    (repo / "refs").mkdir(parents=True, exist_ok=True)
    (repo / "refs" / "main").write_text(commit)
    if link:
        blob = repo / "blobs" / blob_name
        blob.parent.mkdir(parents=True, exist_ok=True)
        if not blob.exists():
            blob.write_bytes(data)
        snapshot.symlink_to(os.path.relpath(blob, snapshot.parent))
    else:  # Windows without symlinks: the snapshot entry is the file itself
        snapshot.write_bytes(data)
    return snapshot


def hearth_download(
    lib: Library,
    cache: Path,
    repo_id: str,
    filename: str,
    source: Path | bytes,
    commit: str = COMMIT,
) -> Path:
    """A file as Hearth's downloader leaves it: in the cache, then record_verified."""
    path = add_hub_file(cache, repo_id, filename, source, commit=commit)
    lib.record_verified(path, sha256_of(path))
    return path


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    folder = tmp_path / "hf" / "hub"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def state_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "library.json"


@pytest.fixture
def lib(state_file: Path, cache: Path) -> Library:
    return Library(state_file, cache, starter=None)


@pytest.fixture
def model_copy(tiny_model: Path, tmp_path: Path) -> Path:
    """A private copy of the tiny model (tests change and delete it)."""
    target = tmp_path / "mine" / "my-model.Q8_0.gguf"
    target.parent.mkdir()
    shutil.copyfile(tiny_model, target)
    return target


def names(lib: Library) -> list[str]:
    return [m.file_name for m in lib.models()]


# --- listing ----------------------------------------------------------------------------


def test_empty_cache_lists_nothing(lib: Library) -> None:
    assert lib.models() == []
    assert lib.disk_usage() == 0


def test_missing_cache_folder_lists_nothing(state_file: Path, tmp_path: Path) -> None:
    assert Library(state_file, tmp_path / "nowhere", starter=None).models() == []


def test_hub_model_is_listed_with_header_metadata(
    lib: Library, cache: Path, tiny_model: Path
) -> None:
    path = add_hub_file(cache, "org/Tiny-Chat-GGUF", "tiny-chat-Q4_K_M.gguf", tiny_model)
    info = check_gguf(tiny_model)

    [model] = lib.models()

    assert model.path == path
    assert model.name == "Tiny-Chat"
    assert model.file_name == "tiny-chat-Q4_K_M.gguf"
    assert model.source == "hub"
    assert model.repo_id == "org/Tiny-Chat-GGUF"
    assert model.size == tiny_model.stat().st_size
    assert model.quantization == info.quantization
    assert model.architecture == "llama"
    assert model.parameters == info.parameter_count
    assert model.context_length == 512
    assert model.verification == "unverified"
    assert model.sha256 == sha256_of(tiny_model)  # the LFS hash the blob is named by
    assert model.last_used is None
    assert model.error is None


def test_starter_is_listed(state_file: Path, cache: Path, starter: Path) -> None:
    [model] = Library(state_file, cache, starter=starter).models()
    assert model.source == "starter"
    assert model.path == starter
    assert model.repo_id is None
    assert model.error is None
    assert model.name == "Starter"  # the default; the app passes paths.STARTER_LABEL


def test_starter_is_named_and_verified_against_its_wheel_record(
    state_file: Path, cache: Path
) -> None:
    from desktop.core import paths

    real = paths.starter_model_path()
    recorded = paths.starter_model_sha256()
    assert real is not None and recorded == sha256_of(real)
    lib = Library(state_file, cache, real, recorded, paths.STARTER_LABEL)
    [model] = lib.models()
    assert (model.name, model.verification) == (paths.STARTER_LABEL, "unverified")
    assert lib.verify(real) == "verified"
    assert lib.models()[0].verification == "verified"
    wrong = Library(state_file, cache, real, "0" * 64)
    assert wrong.verify(real) == "mismatch"


def test_missing_starter_is_not_listed(state_file: Path, cache: Path, tmp_path: Path) -> None:
    assert Library(state_file, cache, starter=tmp_path / "gone.gguf").models() == []


def test_downloads_in_progress_are_not_listed(lib: Library, cache: Path, tiny_model: Path) -> None:
    add_hub_file(cache, "org/done-GGUF", "done.gguf", tiny_model)
    repo = repo_folder(cache, "org/partial-GGUF")
    blobs = repo / "blobs"
    blobs.mkdir(parents=True)
    (blobs / ("a" * 64 + ".incomplete")).write_bytes(tiny_model.read_bytes()[:1000])
    snapshot = repo / "snapshots" / COMMIT
    snapshot.mkdir(parents=True)
    # A link whose blob is not there yet, and a stray partial in the snapshot.
    (snapshot / "partial.gguf").symlink_to(f"../../blobs/{'a' * 64}")
    (snapshot / "other.gguf.incomplete").write_bytes(tiny_model.read_bytes())

    assert names(lib) == ["done.gguf"]


def test_split_model_is_listed_once_and_only_when_complete(
    lib: Library, cache: Path, tiny_model: Path
) -> None:
    data = tiny_model.read_bytes()
    parts = [
        add_hub_file(cache, "org/Big-GGUF", f"big-Q4_K_M-0000{i}-of-00003.gguf", data + bytes([i]))
        for i in (1, 2)
    ]
    assert lib.models() == []  # part 3 is missing

    parts.append(add_hub_file(cache, "org/Big-GGUF", "big-Q4_K_M-00003-of-00003.gguf", data + b"3"))
    [model] = lib.models()
    assert model.path == parts[0]
    assert model.name == "Big"
    assert model.size == sum(p.stat().st_size for p in parts)
    assert model.error is None


def test_model_in_a_subfolder_of_the_snapshot(lib: Library, cache: Path, tiny_model: Path) -> None:
    path = add_hub_file(cache, "org/Multi-GGUF", "Q8_0/multi-Q8_0.gguf", tiny_model)
    [model] = lib.models()
    assert model.path == path
    assert model.quantization == check_gguf(tiny_model).quantization


def test_two_snapshots_of_one_blob_are_listed_once(
    lib: Library, cache: Path, tiny_model: Path
) -> None:
    add_hub_file(cache, "org/m-GGUF", "m.gguf", tiny_model, commit=OLD_COMMIT)
    current = add_hub_file(cache, "org/m-GGUF", "m.gguf", tiny_model, commit=COMMIT)
    [model] = lib.models()
    assert model.path == current  # refs/main's snapshot wins
    assert lib.disk_usage() == tiny_model.stat().st_size


def test_windows_style_snapshot_file_is_listed(lib: Library, cache: Path, tiny_model: Path) -> None:
    path = add_hub_file(cache, "org/w-GGUF", "w.gguf", tiny_model, link=False)
    [model] = lib.models()
    assert model.path == path
    assert model.sha256 is None
    # No LFS name to check against: the first hash becomes the reference.
    assert lib.verify(path) == "verified"
    path.write_bytes(tiny_model.read_bytes() + b"changed")
    assert lib.verify(path) == "mismatch"


def test_a_broken_file_is_listed_with_a_sentence(
    lib: Library, cache: Path, tiny_model: Path
) -> None:
    add_hub_file(cache, "org/bad-GGUF", "bad.gguf", b"GGUF" + b"\x00" * 50)
    add_hub_file(cache, "org/good-GGUF", "good.gguf", tiny_model)

    models = {m.file_name: m for m in lib.models()}

    bad = models["bad.gguf"]
    assert bad.error is not None
    assert bad.error.endswith(".")
    assert bad.architecture is None
    assert bad.parameters is None
    assert models["good.gguf"].error is None


def test_models_are_sorted_by_name(lib: Library, cache: Path, tiny_model: Path) -> None:
    for repo in ("org/zeta-GGUF", "org/Alpha-GGUF", "other/beta-GGUF"):
        add_hub_file(cache, repo, "model.gguf", tiny_model)
    assert [m.name for m in lib.models()] == ["Alpha", "beta", "zeta"]


def test_two_hundred_models_are_all_listed(
    state_file: Path, cache: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One file's bytes under 200 names: hardlinks share the bytes, the names differ.
    for i in range(200):
        repo = repo_folder(cache, f"org/model-{i:03d}-GGUF")
        blob = repo / "blobs" / f"{i:064x}"
        blob.parent.mkdir(parents=True)
        os.link(tiny_model, blob)
        snapshot = repo / "snapshots" / COMMIT / f"model-{i:03d}-Q4_K_M.gguf"
        snapshot.parent.mkdir(parents=True)
        snapshot.symlink_to(os.path.relpath(blob, snapshot.parent))

    models = Library(state_file, cache, starter=None).models()

    assert [m.name for m in models] == [f"model-{i:03d}" for i in range(200)]
    assert {m.architecture for m in models} == {"llama"}
    assert all(m.error is None and m.size == tiny_model.stat().st_size for m in models)
    assert {m.sha256 for m in models} == {f"{i:064x}" for i in range(200)}

    # Warm: a new Library (a new run) lists them again without reading one header.
    def no_header_reads(path: object) -> object:
        raise AssertionError(f"header read twice: {path}")

    monkeypatch.setattr(library_files, "check_gguf", no_header_reads)
    again = Library(state_file, cache, starter=None)
    assert again.models() == models
    # Hardlinks of one file: its bytes are counted once.
    assert again.disk_usage() == tiny_model.stat().st_size


def test_a_changed_file_has_its_header_read_again(
    lib: Library, cache: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = add_hub_file(cache, "org/m-GGUF", "m.gguf", tiny_model)
    lib.models()
    calls: list[object] = []
    real = library_files.check_gguf

    def counting(p: object) -> object:
        calls.append(p)
        return real(p)  # type: ignore[arg-type]

    monkeypatch.setattr(library_files, "check_gguf", counting)
    lib.models()
    assert calls == []
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    lib.models()
    assert len(calls) == 1


# --- imports ----------------------------------------------------------------------------


def test_import_uses_the_file_in_place(lib: Library, model_copy: Path) -> None:
    model = lib.import_file(model_copy)

    assert model.path == model_copy
    assert model.source == "imported"
    assert model.name == "my-model.Q8_0"
    assert model.verification == "unverified"
    assert model.repo_id is None
    assert lib.models() == [model]
    assert list(model_copy.parent.iterdir()) == [model_copy]  # nothing copied


def test_import_refuses_a_file_that_is_not_a_model(lib: Library, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.gguf"
    bogus.write_text("hello")
    with pytest.raises(ModelFileError) as err:
        lib.import_file(bogus)
    assert err.value.reason == "bad_magic"
    assert lib.models() == []


def test_import_refuses_a_split_model_with_a_missing_part(
    lib: Library, tiny_model: Path, tmp_path: Path
) -> None:
    first = tmp_path / "x-00001-of-00002.gguf"
    shutil.copyfile(tiny_model, first)
    with pytest.raises(ModelFileError) as err:
        lib.import_file(first)
    assert err.value.reason == "missing_parts"
    shutil.copyfile(tiny_model, tmp_path / "x-00002-of-00002.gguf")
    model = lib.import_file(tmp_path / "x-00002-of-00002.gguf")  # any part adds the model
    assert model.path == first
    assert model.size == 2 * tiny_model.stat().st_size


def test_import_of_a_hub_file_returns_the_hub_model(
    lib: Library, cache: Path, tiny_model: Path
) -> None:
    path = add_hub_file(cache, "org/m-GGUF", "m.gguf", tiny_model)
    model = lib.import_file(path)
    assert model.source == "hub"
    assert [m.path for m in lib.models()] == [path]


def test_an_imported_file_that_disappears_is_listed_with_a_sentence(
    lib: Library, model_copy: Path
) -> None:
    lib.import_file(model_copy)
    model_copy.unlink()

    [model] = lib.models()
    assert model.error is not None
    assert "no longer" in model.error
    assert model.size == 0

    lib.forget(model_copy)
    assert lib.models() == []


def test_forget_keeps_the_file(lib: Library, model_copy: Path) -> None:
    lib.import_file(model_copy)
    lib.forget(model_copy)
    assert lib.models() == []
    assert model_copy.is_file()


def test_forget_refuses_hearths_downloads_and_the_starter(
    state_file: Path, cache: Path, tiny_model: Path, starter: Path
) -> None:
    lib = Library(state_file, cache, starter=starter)
    path = hearth_download(lib, cache, "org/m-GGUF", "m.gguf", tiny_model)
    with pytest.raises(LibraryError, match="delete it"):
        lib.forget(path)
    with pytest.raises(LibraryError, match="starter"):
        lib.forget(starter)
    assert len(lib.models()) == 2


# --- verification -----------------------------------------------------------------------


def test_hub_blob_is_verified_against_its_name(lib: Library, cache: Path, tiny_model: Path) -> None:
    path = add_hub_file(cache, "org/m-GGUF", "m.gguf", tiny_model)
    progress: list[tuple[int, int]] = []

    assert lib.verify(path, on_progress=lambda done, total: progress.append((done, total))) == (
        "verified"
    )
    size = tiny_model.stat().st_size
    assert progress[0] == (0, size)
    assert progress[-1] == (size, size)
    [model] = lib.models()
    assert model.verification == "verified"
    assert model.sha256 == sha256_of(tiny_model)


def test_hub_blob_with_wrong_bytes_is_a_mismatch(
    lib: Library, cache: Path, tiny_model: Path
) -> None:
    path = add_hub_file(cache, "org/m-GGUF", "m.gguf", tiny_model, blob_name="d" * 64)
    assert lib.verify(path) == "mismatch"
    [model] = lib.models()
    assert model.verification == "mismatch"
    assert model.sha256 == sha256_of(tiny_model)  # what the file really holds


def test_imported_file_first_hash_is_its_reference(lib: Library, model_copy: Path) -> None:
    lib.import_file(model_copy)
    assert lib.verify(model_copy) == "verified"
    assert lib.models()[0].verification == "verified"
    assert lib.models()[0].sha256 == sha256_of(model_copy)

    with model_copy.open("ab") as handle:
        handle.write(b"tampered")
    assert lib.models()[0].verification == "unverified"  # changed since it was hashed
    assert lib.verify(model_copy) == "mismatch"
    assert lib.models()[0].verification == "mismatch"


def test_record_verified_lasts_until_the_file_changes(
    lib: Library, cache: Path, tiny_model: Path
) -> None:
    path = add_hub_file(cache, "org/m-GGUF", "m.gguf", tiny_model)
    lib.record_verified(path, sha256_of(tiny_model).upper())
    assert lib.models()[0].verification == "verified"
    # A new Library (another run) sees the same.
    assert Library(lib.state_file, cache, None).models()[0].verification == "verified"

    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    assert lib.models()[0].verification == "unverified"


def test_record_verified_refuses_a_bad_hash(lib: Library, model_copy: Path) -> None:
    with pytest.raises(ValueError, match="sha256"):
        lib.record_verified(model_copy, "abc")


def test_verify_a_split_model_hashes_every_part(
    lib: Library, cache: Path, tiny_model: Path
) -> None:
    data = tiny_model.read_bytes()
    first = add_hub_file(cache, "org/s-GGUF", "s-00001-of-00002.gguf", data + b"1")
    add_hub_file(cache, "org/s-GGUF", "s-00002-of-00002.gguf", data + b"2", blob_name="e" * 64)
    totals: list[tuple[int, int]] = []
    assert lib.verify(first, on_progress=lambda d, t: totals.append((d, t))) == "mismatch"
    assert totals[-1] == (2 * len(data) + 2, 2 * len(data) + 2)


def test_verify_stops_when_cancelled(
    lib: Library, model_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hashing, "HASH_CHUNK", 1024)
    lib.import_file(model_copy)
    cancel = threading.Event()
    seen: list[int] = []

    def on_progress(done: int, total: int) -> None:
        seen.append(done)
        cancel.set()  # cancel as soon as hashing starts

    with pytest.raises(VerificationCancelled):
        lib.verify(model_copy, cancel=cancel, on_progress=on_progress)
    assert seen == [0]
    assert lib.models()[0].verification == "unverified"  # nothing recorded


def test_verify_refuses_a_file_outside_the_library(lib: Library, model_copy: Path) -> None:
    with pytest.raises(LibraryError, match="not in the library"):
        lib.verify(model_copy)


# --- delete -----------------------------------------------------------------------------


def test_delete_hub_model_removes_link_blob_and_empty_repo(
    lib: Library, cache: Path, tiny_model: Path
) -> None:
    path = hearth_download(lib, cache, "org/m-GGUF", "m.gguf", tiny_model)
    assert lib.models()[0].downloaded
    blob = path.resolve()
    lib.delete(path)
    assert not os.path.lexists(path)
    assert not blob.exists()
    assert not repo_folder(cache, "org/m-GGUF").exists()
    assert lib.models() == []


def test_delete_keeps_a_blob_another_snapshot_uses(
    lib: Library, cache: Path, tiny_model: Path
) -> None:
    old = add_hub_file(cache, "org/m-GGUF", "m.gguf", tiny_model, commit=OLD_COMMIT)
    current = hearth_download(lib, cache, "org/m-GGUF", "m.gguf", tiny_model, commit=COMMIT)
    lib.delete(current)
    assert not os.path.lexists(current)
    assert old.resolve().is_file()
    [model] = lib.models()
    assert model.path == old


def test_delete_keeps_other_files_of_the_repo(lib: Library, cache: Path, tiny_model: Path) -> None:
    a = hearth_download(lib, cache, "org/m-GGUF", "m-Q4_K_M.gguf", tiny_model)
    b = hearth_download(lib, cache, "org/m-GGUF", "m-Q8_0.gguf", tiny_model.read_bytes() + b"x")
    lib.delete(a)
    assert [m.path for m in lib.models()] == [b]
    assert b.resolve().is_file()


def test_delete_split_hub_model_removes_every_part(
    lib: Library, cache: Path, tiny_model: Path
) -> None:
    data = tiny_model.read_bytes()
    parts = [
        hearth_download(lib, cache, "org/s-GGUF", f"s-0000{i}-of-00002.gguf", data + bytes([i]))
        for i in (1, 2)
    ]
    lib.delete(parts[1])  # any part names the model
    assert not any(os.path.lexists(p) for p in parts)
    assert not repo_folder(cache, "org/s-GGUF").exists()


def test_delete_never_removes_a_file_outside_the_cache(
    lib: Library, cache: Path, model_copy: Path
) -> None:
    snapshot = repo_folder(cache, "org/x-GGUF") / "snapshots" / COMMIT / "x.gguf"
    snapshot.parent.mkdir(parents=True)
    snapshot.symlink_to(model_copy)  # a link out of the cache
    lib.record_verified(snapshot, sha256_of(model_copy))
    [model] = lib.models()
    lib.delete(model.path)
    assert not os.path.lexists(snapshot)
    assert model_copy.is_file()


def test_delete_refuses_a_model_in_use(lib: Library, cache: Path, tiny_model: Path) -> None:
    path = hearth_download(lib, cache, "org/m-GGUF", "m.gguf", tiny_model)
    with pytest.raises(LibraryError, match="in use"):
        lib.delete(path, in_use=[path])
    with pytest.raises(LibraryError, match="in use"):
        lib.delete(path, in_use={path.resolve()})  # the blob the engine opened
    assert path.resolve().is_file()
    assert len(lib.models()) == 1


def test_delete_refuses_the_starter(state_file: Path, cache: Path, starter: Path) -> None:
    lib = Library(state_file, cache, starter=starter)
    with pytest.raises(LibraryError, match="starter"):
        lib.delete(starter)
    assert starter.is_file()


def test_delete_never_deletes_an_imported_file_and_forget_keeps_it(
    lib: Library, model_copy: Path
) -> None:
    data = model_copy.read_bytes()
    lib.import_file(model_copy)
    lib.mark_used(model_copy)
    with pytest.raises(LibraryError, match="did not download") as err:
        lib.delete(model_copy)
    assert model_copy.read_bytes() == data
    assert str(model_copy) in err.value.user_message  # says where the file stays
    [model] = lib.models()
    assert model.path == model_copy and not model.downloaded

    lib.forget(model_copy)
    assert model_copy.read_bytes() == data
    assert lib.models() == []
    state = json.loads(lib.state_file.read_text())
    assert str(model_copy) not in json.dumps(state)


def test_a_hub_file_hearth_did_not_download_is_hidden_never_deleted(
    lib: Library, cache: Path, tiny_model: Path
) -> None:
    # Another tool (huggingface-cli, say) put this file in the shared cache.
    path = add_hub_file(cache, "org/m-GGUF", "m.gguf", tiny_model)
    blob = path.resolve()
    with pytest.raises(LibraryError, match="did not download"):
        lib.delete(path)
    assert path.is_symlink() and blob.read_bytes() == tiny_model.read_bytes()
    [model] = lib.models()
    assert model.source == "hub" and not model.downloaded

    lib.forget(path)
    assert lib.models() == []
    assert Library(lib.state_file, cache, None).models() == []  # remembered
    assert path.is_symlink() and blob.read_bytes() == tiny_model.read_bytes()
    assert lib.disk_usage() == 0
    # Importing the file (or downloading it with Hearth) lists it again.
    assert lib.import_file(path).path == path
    assert [m.path for m in lib.models()] == [path]


def test_a_hub_file_is_hearths_download_only_while_it_is_the_file_hearth_wrote(
    lib: Library, cache: Path, tiny_model: Path
) -> None:
    path = hearth_download(lib, cache, "org/m-GGUF", "m.gguf", tiny_model)
    assert lib.models()[0].downloaded
    # Another tool replaces the blob with a fresh copy (a new file at the same path).
    blob = path.resolve()
    fresh = blob.with_name("fresh")
    fresh.write_bytes(tiny_model.read_bytes())
    os.replace(fresh, blob)
    assert not lib.models()[0].downloaded
    with pytest.raises(LibraryError, match="did not download"):
        lib.delete(path)
    assert blob.is_file()

    # Gone, then put back by another tool: not Hearth's either.
    other = hearth_download(lib, cache, "org/o-GGUF", "o.gguf", tiny_model.read_bytes() + b"o")
    shutil.rmtree(repo_folder(cache, "org/o-GGUF"))
    lib.models()
    add_hub_file(cache, "org/o-GGUF", "o.gguf", tiny_model.read_bytes() + b"o")
    assert not next(m for m in lib.models() if m.path == other).downloaded


def test_split_hub_model_is_hearths_only_when_every_part_is(
    lib: Library, cache: Path, tiny_model: Path
) -> None:
    data = tiny_model.read_bytes()
    first = hearth_download(lib, cache, "org/s-GGUF", "s-00001-of-00002.gguf", data + b"1")
    second = add_hub_file(cache, "org/s-GGUF", "s-00002-of-00002.gguf", data + b"2")
    assert not lib.models()[0].downloaded
    with pytest.raises(LibraryError, match="did not download"):
        lib.delete(first)
    assert first.is_file() and second.is_file()


def test_forget_refuses_a_model_in_use(lib: Library, model_copy: Path) -> None:
    lib.import_file(model_copy)
    with pytest.raises(LibraryError, match="in use"):
        lib.forget(model_copy, in_use=[model_copy])
    assert [m.path for m in lib.models()] == [model_copy]


def test_delete_refuses_a_file_not_in_the_library(lib: Library, model_copy: Path) -> None:
    with pytest.raises(LibraryError):
        lib.delete(model_copy)
    assert model_copy.is_file()


# --- state file -------------------------------------------------------------------------


def test_mark_used_is_remembered(lib: Library, model_copy: Path) -> None:
    lib.import_file(model_copy)
    lib.mark_used(model_copy)
    [model] = Library(lib.state_file, lib.cache_dir, None).models()
    assert model.last_used is not None
    assert model.last_used > 0


def test_state_file_is_versioned_json_and_keeps_unknown_keys(
    lib: Library, model_copy: Path
) -> None:
    lib.import_file(model_copy)
    data = json.loads(lib.state_file.read_text())
    assert data["version"] == STATE_VERSION
    assert str(model_copy) in data["imported"]
    data["from_the_future"] = {"x": 1}
    lib.state_file.write_text(json.dumps(data))
    lib.mark_used(model_copy)
    assert json.loads(lib.state_file.read_text())["from_the_future"] == {"x": 1}
    leftovers = [p.name for p in lib.state_file.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"version": "x"}'])
def test_corrupt_state_file_is_moved_aside(
    lib: Library, model_copy: Path, state_file: Path, content: str
) -> None:
    state_file.parent.mkdir(parents=True)
    state_file.write_text(content)

    assert lib.models() == []
    broken = [p for p in state_file.parent.iterdir() if ".broken-" in p.name]
    assert len(broken) == 1
    assert broken[0].read_text() == content
    lib.import_file(model_copy)  # and it works from a fresh start
    assert [m.path for m in lib.models()] == [model_copy]


def test_bad_entries_in_the_state_file_are_dropped(
    lib: Library, model_copy: Path, state_file: Path
) -> None:
    lib.import_file(model_copy)
    data = json.loads(state_file.read_text())
    data["files"]["/x.gguf"] = {"size": "big"}
    data["last_used"] = "yesterday"
    state_file.write_text(json.dumps(data))
    [model] = lib.models()
    assert model.path == model_copy
    assert model.last_used is None


def test_save_failure_is_a_sentence(
    state_file: Path, cache: Path, model_copy: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    lib = Library(blocker / "library.json", cache, None)  # its folder is a file
    with pytest.raises(LibraryError, match="could not save"):
        lib.import_file(model_copy)
    lib.mark_used(model_copy)  # logged, not raised


def test_delete_refuses_a_blob_path(lib: Library, cache: Path, tiny_model: Path) -> None:
    path = add_hub_file(cache, "org/m-GGUF", "m.gguf", tiny_model)
    with pytest.raises(LibraryError, match="not a model"):
        lib.delete(path.resolve())
    assert path.resolve().is_file()


# --- model folders (Settings) ------------------------------------------------------------


def test_model_folders_are_listed_used_in_place_verified_and_hidden(
    lib: Library, tiny_model: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "models"
    (folder / "deep" / "er").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    first = folder / "deep" / "er" / "Found-Q8_0.gguf"
    shutil.copyfile(tiny_model, first)
    shutil.copyfile(tiny_model, folder / ".hidden" / "skipped.gguf")
    (folder / "notes.txt").write_text("not a model")
    assert names(lib) == []
    lib.set_folders([str(folder)])
    [model] = lib.models()
    assert (model.path, model.source, model.error) == (first, "folder", None)
    assert model.architecture is not None  # its header was read
    assert lib.verify(first) == "verified"  # first hash: "unchanged since it was listed"
    assert lib.models()[0].verification == "verified"
    lib.forget(first)  # off the list; the file stays
    assert lib.models() == [] and first.is_file()
    lib.import_file(first)  # asked for again
    assert [m.source for m in lib.models()] == ["imported"]
    lib.set_folders([])
    assert [m.source for m in lib.models()] == ["imported"]


def test_delete_takes_the_projector_with_the_last_model_that_loads_with_it(
    lib: Library, cache: Path, tiny_model: Path
) -> None:
    from vision_gguf import write_tiny_projector

    repo = "org/vl-GGUF"
    mmproj = write_tiny_projector(cache.parent / "mmproj-source.gguf")
    q4 = hearth_download(lib, cache, repo, "vl-Q4_K_M.gguf", tiny_model)
    q8 = hearth_download(lib, cache, repo, "vl-Q8_0.gguf", tiny_model.read_bytes() + b"x")
    projector = hearth_download(lib, cache, repo, "mmproj-vl-f16.gguf", mmproj)
    assert {m.path: m.projector for m in lib.models()} == {q4: projector, q8: projector}
    lib.delete(q4)  # Q8_0 still loads with it
    assert projector.resolve().is_file()
    [left] = lib.models()
    assert left.path == q8 and left.projector == projector
    lib.delete(q8)
    assert not os.path.lexists(projector)
    assert not repo_folder(cache, repo).exists()
    assert lib.models() == []
    state = json.loads(lib.state_file.read_text())
    assert not any("mmproj" in key for key in (*state["downloaded"], *state["files"]))


def test_delete_keeps_a_projector_of_another_folder_or_not_downloaded_by_hearth(
    lib: Library, cache: Path, tiny_model: Path
) -> None:
    from vision_gguf import write_tiny_projector

    mmproj = write_tiny_projector(cache.parent / "mmproj-source.gguf")
    # Two models in folders of their own, each with its projector: one goes, one stays.
    a = hearth_download(lib, cache, "org/two-GGUF", "a/a.gguf", tiny_model)
    a_proj = hearth_download(lib, cache, "org/two-GGUF", "a/mmproj-a.gguf", mmproj)
    b = hearth_download(lib, cache, "org/two-GGUF", "b/b.gguf", tiny_model.read_bytes() + b"b")
    b_proj = hearth_download(lib, cache, "org/two-GGUF", "b/mmproj-b.gguf", mmproj.read_bytes())
    lib.delete(a)
    assert not os.path.lexists(a_proj)
    assert b_proj.resolve().is_file() and b.resolve().is_file()
    # A projector another tool put there is not Hearth's to delete.
    m = hearth_download(lib, cache, "org/other-GGUF", "m.gguf", tiny_model)
    theirs = add_hub_file(cache, "org/other-GGUF", "mmproj-m-f16.gguf", mmproj)
    lib.delete(m)
    assert not os.path.lexists(m)
    assert theirs.resolve().is_file()
