"""`hearth models download|list|verify|rm|import` as real subprocesses on a local hub."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hubserver import HubServer

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("local_network_only")]

REPO = "org/tiny-GGUF"
FILE = "tiny.Q8_0.gguf"


@pytest.fixture
def hub(tiny_model: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[HubServer]:
    with HubServer() as server:
        server.add_repo(REPO, {FILE: tiny_model})
        monkeypatch.setenv("HF_ENDPOINT", server.url)
        yield server


def hearth(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "models", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=os.environ.copy(),
    )


def test_download_list_verify_and_remove(hub: HubServer, tiny_model: Path) -> None:
    got = hearth("download", REPO, FILE)
    assert got.returncode == 0, got.stderr
    digest = hashlib.sha256(tiny_model.read_bytes()).hexdigest()
    path_text, sha_text, verdict = got.stdout.strip().split("\t")
    assert (sha_text, verdict) == (f"sha256 {digest}", "verified")
    assert Path(path_text).read_bytes() == tiny_model.read_bytes()
    assert "100.0%" in got.stderr and FILE in got.stderr

    listed = hearth("list")
    assert listed.returncode == 0, listed.stderr
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    hub_rows = [r for r in rows if r[4] == "hub"]
    assert [(r[1], r[5], r[6]) for r in hub_rows] == [(FILE, "verified", path_text)]
    assert any(r[4] == "starter" for r in rows)

    assert hearth("verify", FILE).returncode == 0

    blob = Path(path_text).resolve()
    data = bytearray(blob.read_bytes())
    data[-1] ^= 0xFF
    blob.write_bytes(bytes(data))
    bad = hearth("verify", FILE)
    assert bad.returncode == 3
    assert "mismatch" in bad.stdout

    removed = hearth("rm", FILE)
    assert removed.returncode == 0, removed.stderr
    assert not blob.exists() and not Path(path_text).exists()
    assert FILE not in hearth("list").stdout


def test_a_damaged_download_exits_non_zero_with_a_sentence(hub: HubServer) -> None:
    hub.faults.flip_byte_at = 1000
    got = hearth("download", REPO, FILE)
    assert got.returncode == 4
    assert "sha256 does not match" in got.stderr and "deleted" in got.stderr
    assert FILE not in hearth("list").stdout


def test_a_gated_model_says_where_to_accept_the_licence(hub: HubServer, tiny_model: Path) -> None:
    hub.add_repo("meta/gated-GGUF", {FILE: tiny_model}, gated=True)
    got = hearth("download", "meta/gated-GGUF", FILE)
    assert got.returncode == 4
    assert f"{hub.url}/meta/gated-GGUF" in got.stderr and "token" in got.stderr


def test_a_split_model_downloads_every_part(hub: HubServer) -> None:
    parts = {f"big-Q4_K_M-0000{i}-of-00002.gguf": b"GGUF" + bytes([i]) * 5000 for i in (1, 2)}
    hub.add_repo("org/split-GGUF", parts)
    got = hearth("download", "org/split-GGUF", "big-Q4_K_M")
    assert got.returncode == 0, got.stderr
    lines = got.stdout.splitlines()
    assert [Path(line.split("\t")[0]).name for line in lines] == sorted(parts)
    for line in lines:
        path = Path(line.split("\t")[0])
        assert path.read_bytes() == parts[path.name]


def test_import_uses_a_file_in_place(tmp_path: Path, tiny_model: Path) -> None:
    own = tmp_path / "mine.Q8_0.gguf"
    own.write_bytes(tiny_model.read_bytes())
    got = hearth("import", str(own))
    assert got.returncode == 0, got.stderr
    row = next(r for r in hearth("list").stdout.splitlines() if "mine.Q8_0.gguf" in r)
    assert row.split("\t")[6] == str(own)
    assert hearth("verify", str(own)).returncode == 0
    assert hearth("rm", str(own)).returncode == 0
    assert own.exists(), "forgetting an imported model must not delete the person's file"


def test_rm_keeps_a_file_another_tool_put_in_the_cache(tiny_model: Path) -> None:
    # huggingface_hub's layout, written by "another tool": Hearth did not download it.
    data = tiny_model.read_bytes()
    repo = Path(os.environ["HF_HUB_CACHE"]) / "models--other--tool-GGUF"
    blob = repo / "blobs" / hashlib.sha256(data).hexdigest()
    link = repo / "snapshots" / ("a" * 40) / "theirs.Q8_0.gguf"
    blob.parent.mkdir(parents=True)
    link.parent.mkdir(parents=True)
    blob.write_bytes(data)
    link.symlink_to(os.path.relpath(blob, link.parent))
    assert "theirs.Q8_0.gguf" in hearth("list").stdout

    removed = hearth("rm", "theirs.Q8_0.gguf")
    assert removed.returncode == 0, removed.stderr
    assert "stays" in removed.stdout
    assert blob.read_bytes() == data and link.resolve() == blob.resolve()
    assert "theirs.Q8_0.gguf" not in hearth("list").stdout


def test_chat_finds_a_downloaded_model_by_its_file_name(hub: HubServer) -> None:
    assert hearth("download", REPO, FILE).returncode == 0
    got = subprocess.run(
        [sys.executable, "-m", "desktop", "chat", "--model", FILE, "--prompt", "hi", "--seed", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert got.returncode == 0, got.stderr
    assert got.stdout.strip()


# `hearth` with the hub read timeout shortened to one second (the default is for real hubs).
SHORT_READ_TIMEOUT = (
    "import sys, desktop.core.hub as hub; hub.READ_TIMEOUT = 1.0; "
    "from desktop.__main__ import main; sys.exit(main())"
)


@pytest.mark.parametrize("hang", ["silent", "headers"])
def test_search_on_a_hub_that_never_answers_exits_with_a_sentence(
    hub: HubServer, hang: str
) -> None:
    """T11: the hub accepts the connection and never answers (or never sends the body)."""
    hub.faults.hang = hang  # type: ignore[assignment]
    try:
        got = subprocess.run(
            [sys.executable, "-c", SHORT_READ_TIMEOUT, "models", "search", "x"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env=os.environ.copy(),
        )
    except subprocess.TimeoutExpired:
        pytest.fail("`hearth models search` never returned")
    assert got.returncode == 4
    # (The line before it, if any, is this sandbox's keychain warning.)
    assert got.stderr.splitlines()[-1] == "hearth: The hub stopped answering."
    assert "Traceback" not in got.stderr and got.stdout == ""
