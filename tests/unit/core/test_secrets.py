"""TokenStore: a real in-memory keyring backend, the fail backend, failures, no leaks."""

from __future__ import annotations

import logging
from pathlib import Path

import keyring.backend
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null
from keyrings import MemoryKeyring

from desktop.core.secrets import NO_KEYCHAIN, USERNAME, TokenStore

CANARY = "hf_CanaryToken0123456789abcdefABCDEF"


class LockedKeyring(MemoryKeyring):
    """A keychain that refuses every write (a locked or broken OS keychain)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"locked, refused {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringError("locked")


class UnreadableKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")


def test_set_get_delete_in_the_keychain() -> None:
    backend = MemoryKeyring()
    store = TokenStore(backend=backend)
    assert store.persistent
    assert store.notice is None
    assert store.get() is None

    store.set(CANARY)
    assert backend.store == {("Hearth", USERNAME): CANARY}
    assert store.get() == CANARY
    # Another store (the next run) reads the same keychain.
    assert TokenStore(backend=backend).get() == CANARY

    store.delete()
    assert backend.store == {}
    assert store.get() is None
    store.delete()  # deleting nothing is fine


def test_service_names_are_separate() -> None:
    backend = MemoryKeyring()
    TokenStore("Hearth", backend).set("hf_first_token_aaaaaaaaaaaaaaaaaaaa")
    TokenStore("Hearth-test", backend).set("hf_second_token_bbbbbbbbbbbbbbbbbbb")
    assert TokenStore("Hearth", backend).get() == "hf_first_token_aaaaaaaaaaaaaaaaaaaa"
    assert len(backend.store) == 2


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring()],
    ids=["fail", "null"],
)
def test_no_usable_backend_keeps_the_token_in_memory(
    backend: keyring.backend.KeyringBackend,
) -> None:
    store = TokenStore(backend=backend)
    assert not store.persistent
    assert store.notice == NO_KEYCHAIN

    store.set(CANARY)
    assert store.get() == CANARY
    assert TokenStore(backend=backend).get() is None  # gone with the process
    store.delete()
    assert store.get() is None


def test_an_empty_chainer_is_not_usable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [])
    backend = chainer.ChainerBackend()
    assert list(backend.backends) == []
    store = TokenStore(backend=backend)
    assert not store.persistent
    store.set(CANARY)
    assert store.get() == CANARY


def test_a_chainer_with_a_backend_is_usable(monkeypatch: pytest.MonkeyPatch) -> None:
    inner = MemoryKeyring()
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [inner])
    store = TokenStore(backend=chainer.ChainerBackend())
    assert store.persistent
    store.set(CANARY)
    assert inner.store == {("Hearth", USERNAME): CANARY}


def test_a_refused_write_falls_back_to_memory_and_says_so() -> None:
    store = TokenStore(backend=LockedKeyring())
    assert store.persistent
    store.set(CANARY)
    assert not store.persistent
    assert store.notice is not None
    assert "keychain" in store.notice
    assert store.get() == CANARY
    store.delete()
    assert store.get() is None


def test_a_refused_read_falls_back_to_memory() -> None:
    store = TokenStore(backend=UnreadableKeyring())
    assert store.get() is None
    assert not store.persistent
    assert store.notice is not None
    store.set(CANARY)
    assert store.get() == CANARY


def test_a_refused_delete_forgets_the_memory_copy() -> None:
    backend = LockedKeyring()
    backend.store[("Hearth", USERNAME)] = CANARY
    store = TokenStore(backend=backend)
    store.delete()
    assert not store.persistent
    assert store.get() is None


def test_empty_token_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        TokenStore(backend=MemoryKeyring()).set("")


def test_default_backend_is_found() -> None:
    # Whatever this machine has: a store that works either way, and says which way.
    store = TokenStore("Hearth-test-default", backend=None)
    assert isinstance(store.persistent, bool)
    assert (store.notice is None) == store.persistent
    if not store.persistent:
        store.set(CANARY)
        assert store.get() == CANARY


def test_the_token_never_reaches_the_logs_or_disk(
    caplog: pytest.LogCaptureFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    caplog.set_level(logging.DEBUG)
    for backend in (MemoryKeyring(), LockedKeyring(), UnreadableKeyring(), fail.Keyring()):
        store = TokenStore(backend=backend)
        store.set(CANARY)
        assert store.get() == CANARY
        store.delete()
    assert caplog.records  # the store did log what it did
    for record in caplog.records:
        assert CANARY not in record.getMessage()
        assert CANARY not in (record.exc_text or "")
    assert CANARY not in caplog.text
    assert list(tmp_path.iterdir()) == []
