"""T5: a canary token goes through a gated download and is found nowhere on disk or in
the output, debug logs included; it reaches the hub, and only the hub."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hubserver import HubServer
from keyrings import FileKeyring

from desktop.core.secrets import TokenStore

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("local_network_only")]

CANARY = "hf_CanaryTokenZZ9PluralZAlpha0123456789"
TESTS = Path(__file__).resolve().parents[2]


def files_containing(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_the_token_reaches_the_hub_and_nothing_else(
    tiny_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keychain = tmp_path / "keychain" / "keyring.json"
    keychain.parent.mkdir()
    monkeypatch.setenv("HEARTH_TEST_KEYRING", str(keychain))
    store = TokenStore(backend=FileKeyring())
    store.set(CANARY)
    assert store.persistent and store.get() == CANARY

    with HubServer() as hub:
        hub.add_repo("meta/gated-GGUF", {"tiny.Q8_0.gguf": tiny_model}, gated=True)
        hub.add_token(CANARY)
        hub.grant("meta/gated-GGUF", CANARY)
        env = {
            **os.environ,
            "HF_ENDPOINT": hub.url,
            "PYTHONPATH": str(TESTS),
            "PYTHON_KEYRING_BACKEND": "keyrings.FileKeyring",
        }
        command = ["models", "download", "meta/gated-GGUF", "tiny.Q8_0.gguf"]
        got = subprocess.run(
            [sys.executable, "-m", "desktop", "--debug", *command],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert got.returncode == 0, got.stderr
        sent = [r for r in hub.requests if r.authorization]
        assert sent and all(r.authorization == f"Bearer {CANARY}" for r in sent)
        assert all(not r.path.startswith("/lfs/") for r in sent), "token sent to the CDN"

    assert "DEBUG" in got.stderr  # the debug log really was on
    assert CANARY not in got.stdout + got.stderr
    for var in ("HEARTH_DATA_DIR", "HEARTH_CONFIG_DIR", "HEARTH_LOG_DIR", "HF_HUB_CACHE"):
        root = Path(os.environ[var])
        assert files_containing(root, CANARY.encode()) == [], var
    assert CANARY.encode() in keychain.read_bytes()  # where it belongs
