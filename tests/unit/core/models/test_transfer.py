"""download_file against the local hub server: each transport fault, gating, offline, space."""

from __future__ import annotations

import hashlib
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hubserver import HubServer

from desktop.core.hub import HubClient
from desktop.core.models.hf_cache import cached_file, repo_folder
from desktop.core.models.partials import discard_partial, partial_downloads, sweep_orphans
from desktop.core.models.transfer import DownloadError, DownloadOptions, Progress, download_file

REPO = "org/tiny-GGUF"
FILE = "tiny.Q8_0.gguf"
FAST = DownloadOptions(backoff=(0.01, 0.02, 0.04), progress_interval=0.0)

pytestmark = pytest.mark.usefixtures("local_network_only")


@pytest.fixture
def hub(tiny_model: Path) -> Iterator[HubServer]:
    with HubServer() as server:
        server.add_repo(REPO, {FILE: tiny_model, "config.json": b'{"a": 1}\n'})
        yield server


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "hf" / "hub", tmp_path / "state"


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(
    hub: HubServer,
    dirs: tuple[Path, Path],
    *,
    filename: str = FILE,
    repo: str = REPO,
    client: HubClient | None = None,
    options: DownloadOptions = FAST,
    cancel: threading.Event | None = None,
    seen: list[Progress] | None = None,
):  # type: ignore[no-untyped-def]
    cache, state = dirs
    return download_file(
        client or HubClient(endpoint=hub.url),
        repo,
        filename,
        cache_dir=cache,
        state_dir=state,
        on_progress=seen.append if seen is not None else None,
        cancel=cancel,
        options=options,
    )


def assert_installed(result_path: Path, source: Path, dirs: tuple[Path, Path]) -> None:
    cache, state = dirs
    assert result_path.read_bytes() == source.read_bytes()
    assert not list(cache.rglob("*.incomplete")), "a partial was left behind"
    assert partial_downloads(state, cache) == []


def test_download_lands_in_the_huggingface_cache_layout(
    hub: HubServer, dirs: tuple[Path, Path], tiny_model: Path
) -> None:
    seen: list[Progress] = []
    result = fetch(hub, dirs, seen=seen)
    cache, _ = dirs
    digest = sha256_of(tiny_model)
    assert result.sha256 == digest and result.size == tiny_model.stat().st_size
    commit = hub.repos[REPO].sha
    assert result.path == repo_folder(cache, REPO) / "snapshots" / commit / FILE
    assert result.path.is_symlink()
    assert os.readlink(result.path) == f"../../blobs/{digest}"
    assert (repo_folder(cache, REPO) / "refs" / "main").read_text() == commit
    assert cached_file(cache, REPO, FILE) == result.path
    assert_installed(result.path, tiny_model, dirs)
    assert seen[-1].phase == "done" and seen[-1].done == seen[-1].total
    assert "downloading" in {p.phase for p in seen}


def test_huggingface_hub_reads_what_hearth_downloaded(
    hub: HubServer, dirs: tuple[Path, Path]
) -> None:
    from huggingface_hub import hf_hub_download, scan_cache_dir

    result = fetch(hub, dirs)
    cache, _ = dirs
    served = len(hub.requests_to("/lfs/", "GET"))
    again = hf_hub_download(REPO, FILE, cache_dir=cache, endpoint=hub.url, token=False)
    assert Path(again) == result.path
    assert len(hub.requests_to("/lfs/", "GET")) == served, "huggingface_hub downloaded it again"
    (repo,) = scan_cache_dir(cache).repos
    assert repo.repo_id == REPO and {f.file_name for f in next(iter(repo.revisions)).files} == {
        FILE
    }


def test_a_small_non_lfs_file_is_checked_by_its_git_blob_id(
    hub: HubServer, dirs: tuple[Path, Path]
) -> None:
    result = fetch(hub, dirs, filename="config.json")
    assert result.path.read_bytes() == b'{"a": 1}\n'


def test_a_cut_connection_resumes_with_a_range_request(
    hub: HubServer, dirs: tuple[Path, Path], tiny_model: Path
) -> None:
    hub.faults.cut_after = 100_000
    seen: list[Progress] = []
    result = fetch(hub, dirs, seen=seen)
    assert_installed(result.path, tiny_model, dirs)
    gets = hub.requests_to("/lfs/", "GET")
    assert [g.range for g in gets] == [None, "bytes=100000-"]
    retry = next(p for p in seen if p.phase == "retrying")
    assert retry.note == "Retrying in 0.01 s: The connection to the hub was cut."
    assert (retry.speed, retry.eta) == (0.0, None), "a retry must not show an old speed"
    assert hub.body_bytes == tiny_model.stat().st_size, "bytes were downloaded twice"


def test_repeated_cuts_keep_going_while_bytes_arrive(
    hub: HubServer, dirs: tuple[Path, Path], tiny_model: Path
) -> None:
    hub.faults.cut_after, hub.faults.times = 50_000, 8  # more cuts than retries allowed
    result = fetch(hub, dirs, options=DownloadOptions(retries=2, backoff=(0.01,)))
    assert_installed(result.path, tiny_model, dirs)
    assert len(hub.requests_to("/lfs/", "GET")) == 9


def test_a_server_that_ignores_range_restarts_from_zero(
    hub: HubServer, dirs: tuple[Path, Path], tiny_model: Path
) -> None:
    hub.faults.cut_after = 200_000
    hub.faults.ignore_range = True
    result = fetch(hub, dirs)
    assert_installed(result.path, tiny_model, dirs)
    assert result.sha256 == sha256_of(tiny_model)


@pytest.mark.parametrize("advertised", [10, 10_000_000])
def test_a_wrong_content_length_still_ends_verified(
    hub: HubServer, dirs: tuple[Path, Path], tiny_model: Path, advertised: int
) -> None:
    hub.faults.content_length = advertised
    result = fetch(hub, dirs)
    assert_installed(result.path, tiny_model, dirs)


def test_a_flipped_byte_is_caught_and_the_file_deleted(
    hub: HubServer, dirs: tuple[Path, Path], tiny_model: Path
) -> None:
    hub.faults.flip_byte_at = 12_345
    with pytest.raises(DownloadError, match="damaged") as caught:
        fetch(hub, dirs)
    assert caught.value.reason == "checksum"
    cache, state = dirs
    assert not [p for p in cache.rglob("*") if p.is_file() and "blobs" in p.parts]
    assert cached_file(cache, REPO, FILE) is None
    assert partial_downloads(state, cache) == []
    result = fetch(hub, dirs)  # the fault was one-shot: the next try is clean
    assert_installed(result.path, tiny_model, dirs)


def test_server_errors_are_retried_then_reported(
    hub: HubServer, dirs: tuple[Path, Path], tiny_model: Path
) -> None:
    lfs = f"/lfs/{sha256_of(tiny_model)}"
    hub.faults.fail_next(lfs, 2)
    result = fetch(hub, dirs)
    assert_installed(result.path, tiny_model, dirs)

    hub.faults.fail_next(f"/{REPO}/resolve/main/config.json", 10)
    with pytest.raises(DownloadError, match="kept failing") as caught:
        fetch(
            hub, dirs, filename="config.json", options=DownloadOptions(retries=3, backoff=(0.01,))
        )
    assert caught.value.reason == "network"


def test_a_stall_is_shown_as_stalled_then_recovers(
    hub: HubServer, dirs: tuple[Path, Path], tiny_model: Path
) -> None:
    hub.faults.stall_after = 100_000
    hub.faults.stall_timeout = 30.0
    seen: list[Progress] = []
    stalled = threading.Event()

    def record(p: Progress) -> None:
        seen.append(p)
        if p.phase == "stalled":
            stalled.set()
            hub.release()

    options = DownloadOptions(stall_after=0.2, read_timeout=30.0, progress_interval=0.0)
    cache, state = dirs
    result = download_file(
        HubClient(endpoint=hub.url),
        REPO,
        FILE,
        cache_dir=cache,
        state_dir=state,
        on_progress=record,
        options=options,
    )
    assert stalled.is_set()
    stall = next(p for p in seen if p.phase == "stalled")
    assert stall.speed == 0.0 and stall.eta is None and "stalled" in stall.note
    assert stall.done == 100_000
    after = seen[seen.index(stall) + 1 :]
    assert any(p.phase == "downloading" for p in after)
    assert_installed(result.path, tiny_model, dirs)
    assert len(hub.requests_to("/lfs/", "GET")) == 1, "a stall that recovers needs no retry"


def test_a_silent_connection_is_dropped_and_resumed(
    hub: HubServer, dirs: tuple[Path, Path], tiny_model: Path
) -> None:
    hub.faults.stall_after = 100_000
    hub.faults.stall_timeout = 30.0
    options = DownloadOptions(stall_after=0.1, read_timeout=0.5, backoff=(0.01,))
    result = fetch(hub, dirs, options=options)
    hub.release()
    assert_installed(result.path, tiny_model, dirs)
    assert [g.range for g in hub.requests_to("/lfs/", "GET")] == [None, "bytes=100000-"]


def test_pause_keeps_the_partial_and_resume_finishes_it(
    hub: HubServer, dirs: tuple[Path, Path], tiny_model: Path
) -> None:
    hub.faults.stall_after = 300_000
    hub.faults.stall_timeout = 30.0
    cancel = threading.Event()
    errors: list[DownloadError] = []

    reached = threading.Event()

    def progress(p: Progress) -> None:
        if p.done >= 300_000:
            reached.set()

    def run() -> None:
        cache, state = dirs
        try:
            download_file(
                HubClient(endpoint=hub.url),
                REPO,
                FILE,
                cache_dir=cache,
                state_dir=state,
                on_progress=progress,
                cancel=cancel,
                options=FAST,
            )
        except DownloadError as e:
            errors.append(e)

    worker = threading.Thread(target=run)
    worker.start()
    assert reached.wait(10)
    paused_at = time.monotonic()
    cancel.set()
    worker.join(10)
    assert not worker.is_alive()
    assert time.monotonic() - paused_at < 1.0
    assert [e.reason for e in errors] == ["cancelled"]
    cache, state = dirs
    (partial,) = partial_downloads(state, cache)
    assert (partial.repo_id, partial.filename, partial.done) == (REPO, FILE, 300_000)
    assert partial.total == tiny_model.stat().st_size

    hub.release()
    result = fetch(hub, dirs)
    assert_installed(result.path, tiny_model, dirs)
    assert hub.requests_to("/lfs/", "GET")[-1].range == "bytes=300000-"


def test_cancel_discards_the_partial(hub: HubServer, dirs: tuple[Path, Path]) -> None:
    hub.faults.cut_after = 100_000
    with pytest.raises(DownloadError):
        fetch(hub, dirs, options=DownloadOptions(retries=0))
    cache, state = dirs
    assert len(partial_downloads(state, cache)) == 1
    assert list(cache.rglob("*.incomplete"))
    discard_partial(state, cache, REPO, FILE)
    assert partial_downloads(state, cache) == []
    assert not list(cache.rglob("*.incomplete"))
    assert not list(state.glob("*.json"))


def test_gated_repo_says_what_to_do_and_a_granted_token_works(
    hub: HubServer, dirs: tuple[Path, Path], tiny_model: Path
) -> None:
    hub.add_repo("meta/gated-GGUF", {FILE: tiny_model}, gated=True)
    with pytest.raises(DownloadError) as caught:
        fetch(hub, dirs, repo="meta/gated-GGUF")
    assert caught.value.reason == "gated"
    assert f"{hub.url}/meta/gated-GGUF" in caught.value.user_message
    assert "token" in caught.value.user_message

    hub.add_token("hf_canary_abcdef1234567890")
    without_access = HubClient(endpoint=hub.url, token="hf_canary_abcdef1234567890")
    with pytest.raises(DownloadError) as refused:  # a valid token, licence not accepted: 403
        fetch(hub, dirs, repo="meta/gated-GGUF", client=without_access)
    assert refused.value.reason == "gated"
    assert hub.requests_to("/meta/gated-GGUF/resolve/", "HEAD")[-1].authorization
    hub.grant("meta/gated-GGUF", "hf_canary_abcdef1234567890")
    client = HubClient(endpoint=hub.url, token="hf_canary_abcdef1234567890")
    result = fetch(hub, dirs, repo="meta/gated-GGUF", client=client)
    assert_installed(result.path, tiny_model, dirs)
    (cdn_get,) = [r for r in hub.requests_to("/lfs/", "GET")]
    assert cdn_get.authorization is None, "the token was sent to the CDN host"
    assert hub.requests_to("/meta/gated-GGUF/resolve/", "HEAD")[-1].authorization


def test_a_missing_file_is_not_found(hub: HubServer, dirs: tuple[Path, Path]) -> None:
    with pytest.raises(DownloadError) as caught:
        fetch(hub, dirs, filename="nope.gguf")
    assert caught.value.reason == "not_found"


def test_offline_opens_no_socket(hub: HubServer, dirs: tuple[Path, Path]) -> None:
    connects: list[object] = []
    watching = True

    def audit(event: str, args: tuple[object, ...]) -> None:
        if watching and event == "socket.connect":
            connects.append(args)

    sys.addaudithook(audit)
    try:
        with pytest.raises(DownloadError) as caught:
            fetch(hub, dirs, client=HubClient(endpoint=hub.url, offline=True))
    finally:
        watching = False
    assert caught.value.reason == "offline"
    assert connects == []
    assert hub.requests == []


def test_not_enough_free_space_refuses_before_downloading(
    hub: HubServer, dirs: tuple[Path, Path]
) -> None:
    huge = 1 << 52  # 4 PiB: more than any disk here
    hub.add_repo("org/huge-GGUF", {FILE: b"GGUF" + bytes(64)}).files[FILE].size = huge
    with pytest.raises(DownloadError, match="free space") as caught:
        fetch(hub, dirs, repo="org/huge-GGUF")
    assert caught.value.reason == "no_space"
    assert hub.requests_to("/lfs/", "GET") == []


def test_a_file_already_in_the_cache_is_verified_not_downloaded(
    hub: HubServer, dirs: tuple[Path, Path], tiny_model: Path
) -> None:
    fetch(hub, dirs)
    gets = len(hub.requests_to("/lfs/", "GET"))
    cache, _ = dirs
    blob = repo_folder(cache, REPO) / "blobs" / sha256_of(tiny_model)
    (repo_folder(cache, REPO) / "snapshots").rename(cache / "gone")
    result = fetch(hub, dirs)
    assert len(hub.requests_to("/lfs/", "GET")) == gets
    assert result.path.resolve() == blob

    data = bytearray(blob.read_bytes())  # damage the cached blob: it is found and deleted
    data[1000] ^= 0xFF
    blob.write_bytes(bytes(data))
    with pytest.raises(DownloadError, match="damaged"):
        fetch(hub, dirs)
    assert not blob.exists()


def test_sweep_removes_orphans_and_keeps_resumable_partials(
    hub: HubServer, dirs: tuple[Path, Path]
) -> None:
    cache, state = dirs
    hub.faults.cut_after = 100_000
    with pytest.raises(DownloadError):
        fetch(hub, dirs, options=DownloadOptions(retries=0))
    blobs = repo_folder(cache, REPO) / "blobs"
    old_orphan = blobs / ("a" * 64 + ".1f2e3d4c.incomplete")  # a killed huggingface_hub's
    fresh_orphan = blobs / ("b" * 64 + ".incomplete")  # maybe another tool, right now
    for orphan in (old_orphan, fresh_orphan):
        orphan.write_bytes(b"partial")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old_orphan, (two_days_ago, two_days_ago))
    (state / "broken.json").write_text("{not json")

    removed = sweep_orphans(state, cache)
    assert set(removed) == {old_orphan, state / "broken.json"}
    assert fresh_orphan.exists()
    assert len(partial_downloads(state, cache)) == 1, "the resumable partial was swept"
    assert sweep_orphans(state, cache, now=time.time() + 2 * 24 * 3600) == [fresh_orphan]
