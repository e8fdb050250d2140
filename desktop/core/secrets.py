"""The Hugging Face token in the OS keychain (keyring), or in memory only when there is none.

Never on disk by Hearth's own hand and never in a log line: when no usable keyring backend
exists (keyring's fail backend, an empty chainer, the null backend) or the keychain refuses
an operation, the token is kept in this process's memory until the app closes and
``persistent`` turns False, with ``notice`` holding a sentence the UI shows. A frozen build
loses keyring's entry-point metadata, so the platform's backend modules are imported
explicitly (which registers them) before a backend is chosen.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import sys
from typing import Any

import keyring
import keyring.backend
import keyring.core
import keyring.errors
from keyring.backends import chainer, fail

from desktop.core.translatable import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

USERNAME = "huggingface-token"

# The backends keyring itself would offer on each OS (imported to register them).
_PLATFORM_BACKENDS = {
    "darwin": ("keyring.backends.macOS",),
    "win32": ("keyring.backends.Windows",),
}
_OTHER_BACKENDS = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
)

NO_KEYCHAIN = QT_TRANSLATE_NOOP(
    "core",
    "No system keychain is available, so your Hugging Face token is kept only until "
    "Hearth closes; you will need to enter it again next time.",
)


def _import_platform_backends() -> None:
    for module in _PLATFORM_BACKENDS.get(sys.platform, _OTHER_BACKENDS):
        # A backend whose system library is missing fails to import: it is simply not there.
        with contextlib.suppress(Exception):
            importlib.import_module(module)


def _usable(backend: keyring.backend.KeyringBackend) -> bool:
    """Whether backend can keep a secret across runs."""
    if isinstance(backend, fail.Keyring):
        return False
    if type(backend).__module__ == "keyring.backends.null":
        return False
    if isinstance(backend, chainer.ChainerBackend):
        try:
            return bool(backend.backends)
        except Exception:
            return False
    return True


def _default_backend() -> keyring.backend.KeyringBackend | None:
    frozen = bool(getattr(sys, "frozen", False))
    if frozen:
        _import_platform_backends()
    try:
        backend = keyring.get_keyring()
        if frozen and not _usable(backend):
            # Chosen before the imports above registered the platform's backend: choose again.
            keyring.backend.get_all_keyring.reset()
            keyring.core.init_backend()
            backend = keyring.get_keyring()
    except Exception:
        logger.warning("The keyring could not choose a backend.", exc_info=True)
        return None
    return backend


class TokenStore:
    """Get, set and delete one secret (the Hugging Face token) for a service name."""

    def __init__(
        self, service: str = "Hearth", backend: keyring.backend.KeyringBackend | None = None
    ) -> None:
        self.service = service
        self._backend = backend if backend is not None else _default_backend()
        self._memory: str | None = None
        self._persistent = self._backend is not None and _usable(self._backend)
        self.notice: str | None = None if self._persistent else NO_KEYCHAIN
        if not self._persistent:
            name = type(self._backend).__name__ if self._backend is not None else "none"
            logger.warning("No usable keyring backend (%s); the token stays in memory.", name)

    @property
    def persistent(self) -> bool:
        """False when the token is only kept in memory (the UI says so)."""
        return self._persistent

    def get(self) -> str | None:
        """The token, or None when none is set."""
        if not self._persistent:
            return self._memory
        try:
            token = self._call("get_password")
        except keyring.errors.KeyringError as exc:
            self._fall_back("read", exc)
            return self._memory
        return token if isinstance(token, str) and token else None

    def set(self, token: str) -> None:
        """Keep the token in the keychain (or in memory when there is none)."""
        if not token:
            raise ValueError("An empty token cannot be stored; use delete() instead.")
        # Also kept in memory: a keychain that later refuses a read still has it this run.
        self._memory = token
        if self._persistent:
            try:
                self._call("set_password", token)
            except keyring.errors.KeyringError as exc:
                self._fall_back("save", exc)
            else:
                logger.info("Stored the Hugging Face token in %s.", self._backend_name())

    def delete(self) -> None:
        """Forget the token (a token that is not there is not an error)."""
        self._memory = None
        if not self._persistent:
            return
        try:
            self._call("delete_password")
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored
        except keyring.errors.KeyringError as exc:
            self._fall_back("delete", exc)
        else:
            logger.info("Removed the Hugging Face token from %s.", self._backend_name())

    def _call(self, method: str, *args: Any) -> Any:
        assert self._backend is not None
        return getattr(self._backend, method)(self.service, USERNAME, *args)

    def _backend_name(self) -> str:
        return type(self._backend).__name__

    def _fall_back(self, action: str, exc: keyring.errors.KeyringError) -> None:
        # Log only the error's type: a backend's message could quote what it was given.
        logger.warning(
            "The keychain (%s) failed to %s the token (%s); keeping it in memory.",
            self._backend_name(),
            action,
            type(exc).__name__,
        )
        self._persistent = False
        self.notice = (
            f"The system keychain refused to {action} your Hugging Face token, so it is kept "
            "only until Hearth closes; you will need to enter it again next time."
        )


def keyring_report(roundtrip: bool = False) -> dict[str, object]:
    """Which keyring backend this build (frozen or not) chooses, and every backend class it
    registered with its priority or why it cannot be used. With roundtrip, a throwaway
    secret under the service "Hearth self-test" (never the person's token) is stored, read
    back and deleted. A frozen keyring that lost its backends finds only the fail one."""
    import secrets as random

    store = TokenStore(service="Hearth self-test")  # imports the platform's backends
    backend = store._backend
    registered: dict[str, str] = {}
    for cls in sorted(keyring.backend.KeyringBackend._classes, key=lambda c: c.__module__):
        name = f"{cls.__module__}.{cls.__name__}"
        try:
            registered[name] = f"priority {cls.priority}"
        except Exception as e:  # a backend's priority raises when it cannot run here
            registered[name] = f"unusable: {e}"
    report: dict[str, object] = {
        "frozen": bool(getattr(sys, "frozen", False)),
        "backend": None
        if backend is None
        else f"{type(backend).__module__}.{type(backend).__name__}",
        "persistent": store.persistent,
        "registered": registered,
        "roundtrip": None,
    }
    if roundtrip and store.persistent:
        value = random.token_hex(16)
        store.set(value)
        read = store.get()
        store.delete()
        report["roundtrip"] = read == value and store.persistent and store.get() is None
    return report
