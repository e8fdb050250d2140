"""MCP server configuration: the `mcpServers` JSON other apps use, secrets and import."""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from desktop.core import paths
from desktop.core.atomic import write_text_atomic
from desktop.core.connections import is_loopback
from desktop.core.errors import HearthError

if TYPE_CHECKING:
    import keyring.backend

log = logging.getLogger(__name__)

FILE_NAME = "mcp.json"
VERSION = 1
SERVICE = "Hearth MCP"  # the keychain service that holds ${keyring:NAME} values
_REF = re.compile(r"\$\{(keyring|env):([^}]+)\}")
_SECRETISH = re.compile(r"TOKEN|KEY|SECRET|PASSWORD|PASS|AUTH|CREDENTIAL", re.IGNORECASE)
_HTTP_TYPES = ("http", "streamable-http", "streamable_http", "streamableHttp")


class McpConfigError(HearthError):
    """A configuration file or a secret that cannot be used (the sentence says why)."""


@dataclass(frozen=True)
class McpServerConfig:
    """One MCP server: a command to run (stdio) or a streamable HTTP URL.

    Values in env and headers may hold ${keyring:NAME} or ${env:NAME} references, resolved
    only when the server starts (resolve_secrets), so the file never holds the secret.
    """

    name: str
    command: str = ""
    args: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)
    cwd: str | None = None
    url: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    enabled: bool = True

    @property
    def is_http(self) -> bool:
        return bool(self.url)

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or "" if self.url else ""

    @property
    def loopback(self) -> bool:
        """Whether an HTTP server is on this machine (stdio servers count as local)."""
        return not self.is_http or is_loopback(self.host)

    def to_json(self) -> dict[str, Any]:
        """The entry as written in an mcpServers file."""
        entry: dict[str, Any]
        if self.is_http:
            entry = {"type": "http", "url": self.url}
            if self.headers:
                entry["headers"] = dict(self.headers)
        else:
            entry = {"command": self.command, "args": list(self.args)}
            if self.env:
                entry["env"] = dict(self.env)
            if self.cwd:
                entry["cwd"] = self.cwd
        if not self.enabled:
            entry["disabled"] = True
        return entry


@dataclass(frozen=True)
class ParsedConfig:
    """The servers a file describes, and a sentence for each entry that was left out."""

    servers: tuple[McpServerConfig, ...] = ()
    problems: tuple[str, ...] = ()

    def get(self, name: str) -> McpServerConfig | None:
        return next((s for s in self.servers if s.name == name), None)


def config_path() -> Path:
    """Hearth's own mcp.json (same shape as Claude Desktop's, plus a version)."""
    return paths.config_dir() / FILE_NAME


def known_sources() -> list[tuple[str, Path]]:
    """Other apps' MCP files found on this machine: (app, path), for “Import from…”."""
    home = Path.home()
    found: list[tuple[str, Path]] = []
    if sys.platform == "win32":
        claude = Path(os.environ.get("APPDATA", home)) / "Claude"
    elif sys.platform == "darwin":
        claude = home / "Library" / "Application Support" / "Claude"
    else:  # no official Linux build; community builds use this folder
        claude = home / ".config" / "Claude"
    for app, path in (
        ("Claude Desktop", claude / "claude_desktop_config.json"),
        ("LM Studio", home / ".lmstudio" / "mcp.json"),
        ("Cursor", home / ".cursor" / "mcp.json"),
    ):
        if path.is_file():
            found.append((app, path))
    return found


def _strings(value: object, what: str, name: str) -> dict[str, str] | str:
    """A JSON object of scalars as str -> str, or a sentence saying what is wrong."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        return f"“{name}” was skipped: its “{what}” is not an object of names and values."
    out: dict[str, str] = {}
    for key, item in value.items():
        if isinstance(item, bool) or not isinstance(item, (str, int, float)):
            return f"“{name}” was skipped: “{what}.{key}” is not a text value."
        out[str(key)] = str(item)
    return out


def _entry(name: str, raw: object) -> McpServerConfig | str:
    """One server entry, or the sentence saying why it cannot be used."""
    if not name.strip() or len(name) > 64 or any(ord(c) < 32 for c in name):
        return f"A server named {name!r} was skipped: a name needs 1 to 64 visible characters."
    if not isinstance(raw, dict):
        return f"“{name}” was skipped: its entry is not an object."
    enabled = not bool(raw.get("disabled", False))
    kind = raw.get("type") or raw.get("transport")
    if kind is None:
        kind = "stdio" if "command" in raw else "http" if "url" in raw else None
    if kind == "sse":
        return (
            f"“{name}” was skipped: it uses the old SSE transport, which Hearth does not "
            "support; ask its author for a streamable HTTP URL."
        )
    if kind == "stdio":
        command, args = raw.get("command"), raw.get("args", [])
        if not isinstance(command, str) or not command.strip():
            return f"“{name}” was skipped: it has no command to run."
        if not isinstance(args, list) or not all(
            isinstance(a, (str, int, float)) and not isinstance(a, bool) for a in args
        ):
            return f"“{name}” was skipped: its “args” is not a list of words."
        env = _strings(raw.get("env"), "env", name)
        if isinstance(env, str):
            return env
        cwd = raw.get("cwd")
        if cwd is not None and not isinstance(cwd, str):
            return f"“{name}” was skipped: its “cwd” is not a folder path."
        return McpServerConfig(
            name,
            command=command,
            args=tuple(map(str, args)),
            env=env,
            cwd=cwd or None,
            enabled=enabled,
        )
    if kind in _HTTP_TYPES:
        url = raw.get("url")
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            return f"“{name}” was skipped: its “url” is not an http:// or https:// address."
        headers = _strings(raw.get("headers"), "headers", name)
        if isinstance(headers, str):
            return headers
        return McpServerConfig(name, url=str(url), headers=headers, enabled=enabled)
    if kind is None:
        return f"“{name}” was skipped: it has neither a “command” nor a “url”."
    return f"“{name}” was skipped: Hearth does not know the transport “{kind}”."


def parse_config(data: object) -> ParsedConfig:
    """Servers from a parsed mcpServers document ({"mcpServers": {...}}, or VS Code's
    {"servers": {...}}); every entry that cannot be used gets a sentence, the rest stay."""
    servers = data.get("mcpServers", data.get("servers")) if isinstance(data, dict) else None
    if not isinstance(servers, dict):
        return ParsedConfig(problems=("The file has no “mcpServers” object.",))
    found: list[McpServerConfig] = []
    problems: list[str] = []
    for name, raw in servers.items():
        result = _entry(str(name), raw)
        (problems if isinstance(result, str) else found).append(result)  # type: ignore[arg-type]
    return ParsedConfig(tuple(found), tuple(problems))


def _read_document(path: Path) -> dict[str, Any] | None:
    """The JSON object in path, None when the file does not exist. Raises McpConfigError
    with a sentence when it cannot be read or is not a JSON object."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise McpConfigError(f"Could not read {path}: {exc}.") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise McpConfigError(
            f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno})."
        ) from None
    if not isinstance(data, dict):
        raise McpConfigError(f"{path.name} does not hold a JSON object.")
    return data


def load_config(path: Path | None = None) -> ParsedConfig:
    """The servers in an mcpServers file (Hearth's own by default). A missing file means
    no servers; a file that cannot be used gives a sentence and no servers."""
    path = path or config_path()
    try:
        data = _read_document(path)
    except McpConfigError as exc:
        return ParsedConfig(problems=(exc.user_message,))
    if data is None:
        return ParsedConfig()
    return parse_config(data)


@dataclass(frozen=True)
class ImportResult:
    """What an import added (under which names) and the sentences for what it left out."""

    added: tuple[str, ...]
    problems: tuple[str, ...]


def import_config(src: Path, dest: Path | None = None) -> ImportResult:
    """Merge the usable servers of another app's file into Hearth's mcp.json (written
    atomically). Existing entries are kept as they are; an imported server whose name is
    taken by a different server gets a new name (“time-2”); an identical one is not added
    twice. Nothing is run. Raises McpConfigError when either file cannot be used."""
    dest = dest or config_path()
    source = _read_document(src)
    if source is None:
        raise McpConfigError(f"There is no file {src}.")
    parsed = parse_config(source)
    document = _read_document(dest) or {"version": VERSION, "mcpServers": {}}
    existing = document.setdefault("mcpServers", {})
    if not isinstance(existing, dict):
        raise McpConfigError(f"{dest.name} has an “mcpServers” that is not an object.")
    mine = parse_config(document)
    added: list[str] = []
    problems = list(parsed.problems)
    for server in parsed.servers:
        name = server.name
        if mine.get(name) == server:
            problems.append(f"“{name}” is already there.")
            continue
        counter = 2
        while name in existing:
            name = f"{server.name}-{counter}"
            counter += 1
        if name != server.name:
            problems.append(f"“{server.name}” was added as “{name}”: the name was taken.")
        existing[name] = server.to_json()
        added.append(name)
    if added:
        dest.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(dest, json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return ImportResult(tuple(added), tuple(problems))


def plain_secrets(server: McpServerConfig) -> list[str]:
    """env or header names whose plain values look like secrets (an import offers to move
    them into the keychain)."""
    items = server.headers if server.is_http else server.env
    return [
        key
        for key, value in items.items()
        if not _REF.search(value)
        and (_SECRETISH.search(key) or value.lower().startswith("bearer "))
    ]


def secret_name(server: str, key: str) -> str:
    """The keychain name a moved secret gets: mcp/<server>/<KEY>."""
    return f"mcp/{server}/{key}"


class KeyringSecrets:
    """${keyring:NAME} values in the OS keychain (service “Hearth MCP”); keyring is
    imported when a value is first needed, never at start-up."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    def _keychain(self) -> keyring.backend.KeyringBackend | None:
        if self._backend is None:
            from desktop.core import secrets

            backend = secrets._default_backend()
            self._backend = backend if backend is not None and secrets._usable(backend) else None
        return self._backend

    def get(self, name: str) -> str | None:
        import keyring.errors

        backend = self._keychain()
        if backend is None:
            return None
        try:
            value = backend.get_password(SERVICE, name)
        except keyring.errors.KeyringError as exc:
            log.warning("The keychain failed to read an MCP secret (%s).", type(exc).__name__)
            return None
        return value if isinstance(value, str) and value else None

    def set(self, name: str, value: str) -> None:
        """Store a value; raises McpConfigError when there is no usable keychain."""
        import keyring.errors

        backend = self._keychain()
        if backend is None:
            raise McpConfigError("No system keychain is available to keep this secret.")
        try:
            backend.set_password(SERVICE, name, value)
        except keyring.errors.KeyringError as exc:
            raise McpConfigError(f"The system keychain refused the secret “{name}”.") from exc


def resolve_secrets(
    server: McpServerConfig,
    keyring_get: Callable[[str], str | None],
    environ: Mapping[str, str] = os.environ,
) -> McpServerConfig:
    """The config with every ${keyring:NAME} / ${env:NAME} in env and headers replaced by
    its value (at start time only; never written back). Raises McpConfigError."""

    def one(match: re.Match[str]) -> str:
        kind, ref = match.groups()
        value = keyring_get(ref) if kind == "keyring" else environ.get(ref)
        if value is None:
            where = "keychain" if kind == "keyring" else "environment"
            raise McpConfigError(
                f"The secret “{ref}” for the MCP server “{server.name}” is not in the {where}."
            )
        return value

    def resolved(values: dict[str, str]) -> dict[str, str]:
        return {key: _REF.sub(one, value) for key, value in values.items()}

    return McpServerConfig(
        server.name,
        server.command,
        server.args,
        resolved(server.env),
        server.cwd,
        server.url,
        resolved(server.headers),
        server.enabled,
    )
