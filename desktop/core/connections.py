"""Remote OpenAI-compatible servers: names and URLs in a JSON file, API keys in the keyring.

A remote model is chosen by its key, remote://NAME/MODEL_ID (a name never holds a slash; a
model id may). keyring is imported when a store is made, not when the window starts.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from desktop.core import paths
from desktop.core.atomic import read_json_object, write_text_atomic
from desktop.core.errors import HearthError
from desktop.core.sentence import Sentence
from desktop.core.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import keyring.backend

log = logging.getLogger(__name__)

FILE_NAME = "connections.json"
VERSION = 1
SERVICE = "Hearth connections"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
REMOTE_PREFIX = "remote://"


def remote_key(name: str, model_id: str) -> str:
    """The model key of a connection's model (what the picker and the settings hold)."""
    return f"{REMOTE_PREFIX}{name}/{model_id}"


def parse_remote_key(key: str) -> tuple[str, str] | None:
    """(connection name, model id) of a remote model key; None for a local model's key."""
    if not key.startswith(REMOTE_PREFIX):
        return None
    name, slash, model_id = key[len(REMOTE_PREFIX) :].partition("/")
    return (name, model_id) if slash and name and model_id else None


def short_model_id(model_id: str) -> str:
    """A model id to show: llama_cpp.server names a model by its file's full path, which
    only its file name makes readable (an id like org/model stays whole)."""
    if model_id.startswith("/") or re.match(r"^[A-Za-z]:[\\/]", model_id):
        return re.split(r"[\\/]", model_id)[-1] or model_id
    return model_id


def remote_label(key: str) -> str:
    """How a remote model is named on screen: “NAME / MODEL_ID” (a path id shortened)."""
    parsed = parse_remote_key(key)
    return f"{parsed[0]} / {short_model_id(parsed[1])}" if parsed else key


class ConnectionProblem(HearthError):
    """A connection that cannot be added, found or used (offline, a bad URL, no such name)."""


@dataclass(frozen=True, slots=True)
class Connection:
    """A named OpenAI-compatible server; its API key, if any, is in the keyring."""

    name: str
    base_url: str  # up to and including /v1, without a trailing slash

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or ""


def connections_path() -> Path:
    return paths.config_dir() / FILE_NAME


def normalize_url(url: str) -> str:
    """The base URL with a scheme and /v1 (http://host:port -> http://host:port/v1).
    Raises ConnectionProblem with a sentence for anything that is not an http(s) URL."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConnectionProblem(
            f"“{url}” is not a server address: give one like http://127.0.0.1:8080/v1."
        )
    if not parts.path:
        url += "/v1"
    return url


def is_loopback(host: str) -> bool:
    """Whether host names this machine (localhost, 127.0.0.0/8, ::1)."""
    if host.lower() in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


OFFLINE_BLOCKED = QT_TRANSLATE_NOOP(
    "core",
    "Hearth is in offline mode, so the connection “{name}” to {host} is blocked: only servers "
    "on this machine (localhost) can be used. Turn offline mode off in the settings to use it.",
)


def offline_sentence(connection: Connection) -> str:
    """Why offline mode blocks this connection (the picker's tooltip, a refused chat)."""
    return Sentence(OFFLINE_BLOCKED, name=connection.name, host=connection.host)


def check_offline(connection: Connection, offline: bool) -> None:
    """Raise ConnectionProblem when offline mode forbids reaching this connection."""
    if offline and not is_loopback(connection.host):
        raise ConnectionProblem(offline_sentence(connection))


def _default_backend() -> keyring.backend.KeyringBackend | None:
    """The system keychain (keyring imported now, not at start-up)."""
    from desktop.core import secrets

    return secrets._default_backend()


class ConnectionStore:
    """The list of connections (a small JSON file) and their keys (the keyring; when no
    keychain is usable, keys are kept in memory for this run only and `notice` says so)."""

    def __init__(
        self, path: Path | None = None, backend: keyring.backend.KeyringBackend | None = None
    ) -> None:
        from desktop.core.secrets import _usable

        self.path = path or connections_path()
        self._backend = backend if backend is not None else _default_backend()
        self._persistent = self._backend is not None and _usable(self._backend)
        self._memory: dict[str, str] = {}
        self.notice: str | None = (
            None
            if self._persistent
            else "No system keychain is available, so API keys are kept only until Hearth closes."
        )

    def all(self) -> list[Connection]:
        data = read_json_object(self.path, log, "Connections file")
        if data is None:
            return []
        found: list[Connection] = []
        for entry in data.get("connections", []):
            if isinstance(entry, dict):
                name, url = entry.get("name"), entry.get("base_url")
                if isinstance(name, str) and isinstance(url, str):
                    found.append(Connection(name, url))
        return found

    def get(self, name: str) -> Connection:
        for connection in self.all():
            if connection.name == name:
                return connection
        raise ConnectionProblem(
            f"There is no connection named “{name}”: `hearth connections list` shows them."
        )

    def add(self, name: str, url: str, api_key: str | None = None) -> Connection:
        """Add (or replace) a connection; the key goes to the keyring, never to the file."""
        if not _NAME.match(name):
            raise ConnectionProblem(
                f"“{name}” cannot name a connection: use letters, digits, '.', '_' or '-'."
            )
        connection = Connection(name, normalize_url(url))
        kept = [c for c in self.all() if c.name != name]
        self._write([*kept, connection])
        if api_key:
            self._set_key(name, api_key)
        else:
            self._delete_key(name)
        return connection

    def remove(self, name: str) -> None:
        connection = self.get(name)
        self._write([c for c in self.all() if c.name != connection.name])
        self._delete_key(name)

    def api_key(self, name: str) -> str | None:
        if not self._persistent:
            return self._memory.get(name)
        assert self._backend is not None
        import keyring.errors

        try:
            key = self._backend.get_password(SERVICE, name)
        except keyring.errors.KeyringError as exc:
            log.warning("The keychain failed to read a connection's key (%s).", type(exc).__name__)
            return self._memory.get(name)
        return key if isinstance(key, str) and key else None

    def _write(self, connections: list[Connection]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = {
            "version": VERSION,
            "connections": [{"name": c.name, "base_url": c.base_url} for c in connections],
        }
        write_text_atomic(self.path, json.dumps(body, indent=2) + "\n")

    def _set_key(self, name: str, key: str) -> None:
        import keyring.errors

        self._memory[name] = key
        if self._persistent:
            assert self._backend is not None
            try:
                self._backend.set_password(SERVICE, name, key)
            except keyring.errors.KeyringError as exc:
                log.warning("The keychain refused a connection's key (%s).", type(exc).__name__)
                self._persistent = False
                self.notice = (
                    "The system keychain refused the API key, so it is kept only until "
                    "Hearth closes."
                )

    def _delete_key(self, name: str) -> None:
        import keyring.errors

        self._memory.pop(name, None)
        if self._persistent:
            assert self._backend is not None
            try:
                self._backend.delete_password(SERVICE, name)
            except keyring.errors.PasswordDeleteError:
                pass  # there was none
            except keyring.errors.KeyringError as exc:
                log.warning("The keychain failed to delete a key (%s).", type(exc).__name__)
