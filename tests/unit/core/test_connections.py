"""Connections: names and URLs in a JSON file, keys only in the keyring, offline mode."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from keyrings import MemoryKeyring

from desktop.core.connections import (
    SERVICE,
    Connection,
    ConnectionProblem,
    ConnectionStore,
    check_offline,
    connections_path,
    is_loopback,
    normalize_url,
    parse_remote_key,
    remote_key,
    remote_label,
)


def test_add_list_rm_with_the_key_in_the_keyring_only(tmp_path: Path):
    ring = MemoryKeyring()
    store = ConnectionStore(tmp_path / "connections.json", ring)
    store.add("gpu-box", "http://10.0.0.5:8000/v1/", "sk-secret-123")
    store.add("local", "http://127.0.0.1:8080")
    assert store.all() == [
        Connection("gpu-box", "http://10.0.0.5:8000/v1"),
        Connection("local", "http://127.0.0.1:8080/v1"),
    ]
    assert ring.store == {(SERVICE, "gpu-box"): "sk-secret-123"}
    text = (tmp_path / "connections.json").read_text()
    assert "sk-secret" not in text
    assert json.loads(text)["version"] == 1
    # A new store (a new run) reads the same.
    again = ConnectionStore(tmp_path / "connections.json", ring)
    assert again.api_key("gpu-box") == "sk-secret-123" and again.api_key("local") is None

    again.remove("gpu-box")
    assert [c.name for c in again.all()] == ["local"]
    assert ring.store == {}
    with pytest.raises(ConnectionProblem, match="no connection named"):
        again.remove("gpu-box")


def test_replacing_a_connection_without_a_key_forgets_the_old_key(tmp_path: Path):
    ring = MemoryKeyring()
    store = ConnectionStore(tmp_path / "c.json", ring)
    store.add("box", "https://box.example/v1", "k1")
    store.add("box", "https://box.example/v1")
    assert store.api_key("box") is None and len(store.all()) == 1


def test_the_file_lives_in_the_config_dir():
    assert connections_path().parent.name == "hearth_config_dir"
    store = ConnectionStore(backend=MemoryKeyring())
    store.add("a", "http://localhost:1234")
    assert connections_path().is_file()


@pytest.mark.parametrize("url", ["ftp://x/v1", "not a url", "http://"])
def test_bad_urls_are_sentences(url: str):
    with pytest.raises(ConnectionProblem, match="is not a server address"):
        normalize_url(url)


def test_bad_names_are_refused(tmp_path: Path):
    with pytest.raises(ConnectionProblem, match="cannot name a connection"):
        ConnectionStore(tmp_path / "c.json", MemoryKeyring()).add("a b/c", "http://x")


def test_offline_blocks_every_connection_but_loopback():
    remote = Connection("box", "http://192.168.1.20:8000/v1")
    with pytest.raises(ConnectionProblem, match="offline mode"):
        check_offline(remote, offline=True)
    check_offline(remote, offline=False)
    for url in ("http://127.0.0.1:8080/v1", "http://localhost:1/v1", "http://[::1]:8000/v1"):
        check_offline(Connection("here", url), offline=True)
    assert not is_loopback("example.com") and is_loopback("127.4.5.6")


def test_remote_model_keys_round_trip_ids_with_slashes():
    key = remote_key("gpu-box", "meta-llama/Llama-3.1-8B-Instruct")
    assert key == "remote://gpu-box/meta-llama/Llama-3.1-8B-Instruct"
    assert parse_remote_key(key) == ("gpu-box", "meta-llama/Llama-3.1-8B-Instruct")
    assert remote_label(key) == "gpu-box / meta-llama/Llama-3.1-8B-Instruct"
    for local in ("starter", "/models/a.gguf", "remote://", "remote://name-only"):
        assert parse_remote_key(local) is None


def test_keyring_is_not_imported_until_a_store_is_made():
    import subprocess
    import sys

    code = "import sys, desktop.core.connections; print('keyring' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr
