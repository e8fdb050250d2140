"""The fake Hub in tests/hubserver.py, driven by the real huggingface_hub client."""

from __future__ import annotations

import hashlib
import http.client
import threading
import types
from collections.abc import Iterator
from pathlib import Path

import huggingface_hub
import pytest
from hubserver import HubServer, server_threads
from huggingface_hub import HfApi, constants, file_download, hf_hub_download
from huggingface_hub.errors import GatedRepoError, HfHubHTTPError, RepositoryNotFoundError

REPO = "hearth-test/tiny-GGUF"
GATED = "hearth-test/gated-GGUF"
GOOD_TOKEN = "hf_good_token"
OTHER_TOKEN = "hf_other_token"


@pytest.fixture(autouse=True)
def _offline_from_the_world(local_network_only: None) -> None:
    """Every test here: huggingface_hub pointed away from huggingface.co (conftest)."""


@pytest.fixture
def no_retry_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """huggingface_hub sleeps 1 s before resuming a broken download; record it instead."""
    sleeps: list[float] = []
    monkeypatch.setattr(file_download, "time", types.SimpleNamespace(sleep=sleeps.append))
    return sleeps


@pytest.fixture
def hub(tiny_model: Path) -> Iterator[HubServer]:
    with HubServer() as server:
        server.add_token(GOOD_TOKEN, "alice")
        server.add_token(OTHER_TOKEN, "bob")
        server.add_repo(
            REPO,
            {
                "tiny.gguf": tiny_model,
                "config.json": b'{"model_type": "llama"}',
                "extra/notes.txt": b"notes",
            },
            downloads=50,
            likes=1,
            last_modified="2024-03-01T00:00:00.000Z",
        )
        server.add_repo(
            "hearth-test/other-GGUF",
            {"other.Q4_K_M.gguf": b"GGUF" + bytes(range(256)) * 8},
            downloads=500,
            likes=0,
            last_modified="2024-01-01T00:00:00.000Z",
        )
        server.add_repo("someone/plain-model", {"model.txt": b"no gguf here"}, downloads=10_000)
        server.add_repo(GATED, {"gated.gguf": b"GGUF-secret" * 100}, gated=True, license="other")
        yield server
    assert server_threads() == []


@pytest.fixture
def api(hub: HubServer) -> HfApi:
    return HfApi(endpoint=hub.url, token=False)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def download(hub: HubServer, tmp_path: Path, filename: str = "tiny.gguf", **kwargs) -> Path:
    kwargs.setdefault("token", False)
    return Path(
        hf_hub_download(
            kwargs.pop("repo_id", REPO),
            filename,
            cache_dir=tmp_path / "cache",
            endpoint=hub.url,
            **kwargs,
        )
    )


def raw_get(hub: HubServer, path: str, headers: dict[str, str] | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", hub.port, timeout=10)
    conn.request("GET", path, headers=headers or {})
    return conn, conn.getresponse()


def lfs_path(hub: HubServer, repo_id: str = REPO, name: str = "tiny.gguf") -> str:
    return f"/lfs/{hub.repos[repo_id].files[name].sha256}"


# -- API ----------------------------------------------------------------------------------


def test_list_models_search_filter_and_sort(api: HfApi, hub: HubServer) -> None:
    found = list(api.list_models(search="GGUF", filter="gguf", sort="downloads"))
    assert [m.id for m in found] == ["hearth-test/other-GGUF", REPO, GATED]
    assert [m.downloads for m in found] == [500, 50, 0]
    assert "gguf" in found[0].tags
    assert [m.id for m in api.list_models(search="plain")] == ["someone/plain-model"]
    by_date = list(api.list_models(filter="gguf", sort="last_modified", limit=1))
    assert [m.id for m in by_date] == [REPO]
    (req,) = hub.requests_to("/api/models", "GET")[:1]
    assert req.query["filter"] == ["gguf"]
    assert req.query["search"] == ["GGUF"]
    assert req.authorization is None


def test_list_models_follows_link_pagination(api: HfApi, hub: HubServer) -> None:
    hub.page_size = 2
    found = [m.id for m in api.list_models(filter="gguf", sort="likes")]
    assert found[0] == REPO
    assert sorted(found) == sorted([REPO, "hearth-test/other-GGUF", GATED])
    pages = hub.requests_to("/api/models", "GET")
    assert len(pages) == 2
    assert pages[1].query["cursor"] == ["2"]
    assert pages[1].query["filter"] == ["gguf"]


def test_model_info_with_files_metadata(api: HfApi, hub: HubServer, tiny_model: Path) -> None:
    info = api.model_info(REPO, files_metadata=True)
    assert info.sha == hub.repos[REPO].sha
    assert info.card_data is not None
    assert info.card_data.license == "apache-2.0"
    files = {s.rfilename: s for s in info.siblings or []}
    assert set(files) == {"tiny.gguf", "config.json", "extra/notes.txt", "README.md"}
    gguf = files["tiny.gguf"]
    assert gguf.size == tiny_model.stat().st_size
    assert gguf.lfs is not None
    assert gguf.lfs.sha256 == sha256_of(tiny_model)
    assert gguf.lfs.size == gguf.size
    assert files["config.json"].lfs is None
    assert files["config.json"].size == len(b'{"model_type": "llama"}')
    assert hub.requests[-1].query["blobs"] == ["true"]

    plain = api.model_info(REPO, revision=info.sha)
    assert {s.size for s in plain.siblings or []} == {None}
    assert hub.requests[-1].path == f"/api/models/{REPO}/revision/{info.sha}"
    with pytest.raises(RepositoryNotFoundError):
        api.model_info("nobody/missing")


def test_list_repo_tree(api: HfApi, hub: HubServer, tiny_model: Path) -> None:
    top = {e.path: e for e in api.list_repo_tree(REPO)}
    assert set(top) == {"tiny.gguf", "config.json", "README.md", "extra"}
    assert type(top["extra"]).__name__ == "RepoFolder"
    gguf = top["tiny.gguf"]
    assert gguf.size == tiny_model.stat().st_size
    assert gguf.lfs is not None
    assert gguf.lfs.sha256 == sha256_of(tiny_model)
    assert {e.path for e in api.list_repo_tree(REPO, recursive=True)} == {*top, "extra/notes.txt"}
    assert [e.path for e in api.list_repo_tree(REPO, path_in_repo="extra")] == ["extra/notes.txt"]


def test_whoami(api: HfApi) -> None:
    assert api.whoami(token=GOOD_TOKEN)["name"] == "alice"
    with pytest.raises(HfHubHTTPError) as err:
        api.whoami(token="hf_wrong")
    assert err.value.response.status_code == 401


# -- downloads ----------------------------------------------------------------------------


def test_download_exact_bytes_then_from_cache(
    hub: HubServer, tmp_path: Path, tiny_model: Path
) -> None:
    path = download(hub, tmp_path, token=GOOD_TOKEN)
    assert sha256_of(path) == sha256_of(tiny_model)
    head = hub.requests_to("/resolve/main/tiny.gguf", "HEAD")
    assert len(head) == 1
    assert head[0].authorization == f"Bearer {GOOD_TOKEN}"
    (get,) = hub.requests_to("/lfs/", "GET")
    assert get.authorization is None  # the CDN redirect target gets no token
    assert get.range is None
    assert not hub.requests_to("/resolve/", "GET")

    again = download(hub, tmp_path, token=GOOD_TOKEN)
    assert again == path
    assert len(hub.requests_to("/lfs/", "GET")) == 1  # no new body download
    assert len(hub.requests_to("/resolve/main/tiny.gguf", "HEAD")) == 2

    config = download(hub, tmp_path, "config.json")
    assert config.read_bytes() == b'{"model_type": "llama"}'
    assert len(hub.requests_to("/resolve/main/config.json", "GET")) == 1


def test_range_requests(hub: HubServer, tiny_model: Path) -> None:
    data = tiny_model.read_bytes()
    conn, resp = raw_get(hub, lfs_path(hub), {"Range": "bytes=100-199"})
    assert resp.status == 206
    assert resp.getheader("Content-Range") == f"bytes 100-199/{len(data)}"
    assert resp.getheader("Accept-Ranges") == "bytes"
    assert resp.read() == data[100:200]
    conn.request("GET", lfs_path(hub), headers={"Range": "bytes=-10"})
    resp = conn.getresponse()
    assert (resp.status, resp.read()) == (206, data[-10:])
    conn.request("GET", lfs_path(hub), headers={"Range": f"bytes={len(data)}-"})
    resp = conn.getresponse()
    resp.read()
    assert (resp.status, resp.getheader("Content-Range")) == (416, f"bytes */{len(data)}")
    conn.close()


def test_resolve_headers_match_the_hub(hub: HubServer, tiny_model: Path) -> None:
    meta = huggingface_hub.get_hf_file_metadata(
        huggingface_hub.hf_hub_url(REPO, "tiny.gguf", endpoint=hub.url), token=False
    )
    assert meta.etag == sha256_of(tiny_model)
    assert meta.size == tiny_model.stat().st_size
    assert meta.commit_hash == hub.repos[REPO].sha
    assert meta.location.startswith(hub.cdn_url + "/lfs/")
    assert meta.xet_file_data is None


def test_gated_repo(hub: HubServer, tmp_path: Path) -> None:
    with pytest.raises(GatedRepoError) as anonymous:
        download(hub, tmp_path, "gated.gguf", repo_id=GATED)
    assert anonymous.value.response.status_code == 401
    with pytest.raises(GatedRepoError) as refused:
        download(hub, tmp_path, "gated.gguf", repo_id=GATED, token=GOOD_TOKEN)
    assert refused.value.response.status_code == 403
    assert refused.value.response.headers["X-Error-Code"] == "GatedRepo"

    hub.grant(GATED, GOOD_TOKEN)
    path = download(hub, tmp_path, "gated.gguf", repo_id=GATED, token=GOOD_TOKEN)
    assert path.read_bytes() == b"GGUF-secret" * 100


# -- faults -------------------------------------------------------------------------------


def test_cut_connection_restarts_within_the_first_chunk(
    hub: HubServer, tmp_path: Path, tiny_model: Path, no_retry_sleep: list[float]
) -> None:
    # huggingface_hub writes whole 10 MB chunks: a cut inside the first one loses it all,
    # so the retry asks for the file from the start again.
    hub.faults.cut_after = 1000
    path = download(hub, tmp_path)
    assert sha256_of(path) == sha256_of(tiny_model)
    assert [g.range for g in hub.requests_to("/lfs/", "GET")] == [None, None]
    assert no_retry_sleep == [1]


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(constants, "DOWNLOAD_CHUNK_SIZE", 500)


@pytest.mark.usefixtures("small_chunks")
def test_cut_connection_is_resumed_with_range(
    hub: HubServer, tmp_path: Path, tiny_model: Path, no_retry_sleep: list[float]
) -> None:
    hub.faults.cut_after = 1000
    path = download(hub, tmp_path)
    assert sha256_of(path) == sha256_of(tiny_model)
    gets = hub.requests_to("/lfs/", "GET")
    assert [g.range for g in gets] == [None, "bytes=1000-"]
    assert no_retry_sleep == [1]


@pytest.mark.usefixtures("small_chunks")
def test_ignored_range_makes_the_client_start_over(
    hub: HubServer, tmp_path: Path, tiny_model: Path, no_retry_sleep: list[float]
) -> None:
    hub.faults.cut_after = 1000
    hub.faults.ignore_range = True
    path = download(hub, tmp_path)
    assert sha256_of(path) == sha256_of(tiny_model)  # the 200 reply replaced the partial file
    assert [g.range for g in hub.requests_to("/lfs/", "GET")] == [None, "bytes=1000-"]
    conn, resp = raw_get(hub, lfs_path(hub), {"Range": "bytes=0-9"})
    assert resp.status == 200
    assert resp.read() == tiny_model.read_bytes()
    conn.close()


def test_short_content_length_fails_the_size_check(hub: HubServer, tmp_path: Path) -> None:
    hub.faults.content_length = 100
    with pytest.raises(OSError, match="Consistency check failed"):
        download(hub, tmp_path)
    assert hub.faults.content_length is None  # one-shot
    assert len(hub.requests_to("/lfs/", "GET")) == 1


def test_flipped_byte_is_not_caught_by_huggingface_hub(
    hub: HubServer, tmp_path: Path, tiny_model: Path
) -> None:
    hub.faults.flip_byte_at = 4321
    got = download(hub, tmp_path).read_bytes()
    want = tiny_model.read_bytes()
    assert len(got) == len(want)
    assert [i for i, (a, b) in enumerate(zip(got, want, strict=True)) if a != b] == [4321]


def test_server_errors_for_the_next_requests(api: HfApi, hub: HubServer, tmp_path: Path) -> None:
    hub.faults.fail_next(f"/api/models/{REPO}", 1)
    with pytest.raises(HfHubHTTPError) as err:
        api.model_info(REPO)
    assert err.value.response.status_code == 500
    assert api.model_info(REPO).id == REPO

    resolve = f"/{REPO}/resolve/main/config.json"
    hub.faults.fail_next(resolve, 1)
    assert download(hub, tmp_path, "config.json").read_bytes() == b'{"model_type": "llama"}'
    assert [r.method for r in hub.requests_to(resolve)] == ["HEAD", "HEAD", "GET"]


def test_stall_until_release(hub: HubServer, tiny_model: Path) -> None:
    data = tiny_model.read_bytes()
    hub.faults.stall_after = 500
    conn, resp = raw_get(hub, lfs_path(hub))
    assert resp.status == 200
    assert resp.read(500) == data[:500]
    assert hub.stalled.wait(5)
    hub.release()
    assert resp.read() == data[500:]
    conn.close()


def test_stall_never_blocks_close(tiny_model: Path) -> None:
    received: list[bytes] = []
    with HubServer() as server:
        server.add_repo(REPO, {"tiny.gguf": tiny_model})
        server.faults.stall_after = 10
        server.faults.stall_timeout = 60
        conn, resp = raw_get(server, lfs_path(server))

        def reader() -> None:
            try:
                received.append(resp.read())
            except http.client.IncompleteRead as e:
                received.append(e.partial)

        client = threading.Thread(target=reader)
        client.start()
        assert server.stalled.wait(5)
    client.join(5)
    conn.close()
    assert not client.is_alive()
    assert received[0] == tiny_model.read_bytes()[: len(received[0])]
    assert server_threads() == []


def test_close_drops_kept_alive_connections(hub: HubServer, tmp_path: Path) -> None:
    download(hub, tmp_path, "config.json")  # huggingface_hub keeps its connection pooled
    conn, resp = raw_get(hub, lfs_path(hub))
    resp.read()  # and so does this one
    assert server_threads()
    hub.close()
    conn.close()
    assert server_threads() == []
