"""MCP state on disk for the window: "Always allow" choices, each chat's servers, a server's
switch in mcp.json, and a server's status (plain Python: McpService owns them)."""

from __future__ import annotations

import concurrent.futures
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from desktop.core.atomic import read_json_object, write_text_atomic
from desktop.core.errors import HearthError
from desktop.core.types import ToolSpec
from desktop.tools.mcp_config import McpConfigError, ParsedConfig, parse_config

log = logging.getLogger(__name__)

APPROVALS_FILE = "mcp_approvals.json"  # in the config dir: the person's "Always allow" choices
CHOICES_FILE = "mcp_conversations.json"  # in the data dir: which servers each chat uses
VERSION = 1

_T = TypeVar("_T")
ApprovalKey = tuple[str, str, str]  # (server, tool, schema digest): runner.approval_key


def approval_key(server: str, spec: ToolSpec) -> ApprovalKey:
    """The tool loop's own key (desktop.tools.runner), so the loop and this memory agree."""
    from desktop.tools.runner import approval_key as key

    return key(server, spec)


@dataclass(frozen=True, slots=True)
class ServerStatus:
    """What a server is doing: state is "off", "blocked", "not started", "starting",
    "ready" (with its number of tools) or "failed" (with the sentence saying why)."""

    state: str = "not started"
    tools: int = 0
    sentence: str = ""

    @property
    def text(self) -> str:
        if self.state == "ready":
            return f"Ready: {self.tools} tool{'s' if self.tools != 1 else ''}"
        if self.state in ("failed", "blocked"):
            return self.sentence
        return {"off": "Switched off", "starting": "Starting…"}.get(self.state, "Not started")


def read_approvals(path: Path) -> set[ApprovalKey]:
    """The remembered keys (none when the file is missing or damaged: moved aside)."""
    data = read_json_object(path, log, "MCP approvals file") or {}
    items = data.get("always", [])
    return {
        (item[0], item[1], item[2])
        for item in (items if isinstance(items, list) else [])
        if isinstance(item, list) and len(item) == 3 and all(isinstance(x, str) for x in item)
    }


def approvals_document(keys: Iterable[ApprovalKey]) -> dict[str, Any]:
    return {"version": VERSION, "always": sorted(list(k) for k in keys)}


def read_choices(path: Path) -> dict[int, frozenset[str]]:
    """Each stored conversation's servers, by conversation id."""
    data = read_json_object(path, log, "MCP conversations file") or {}
    conversations = data.get("conversations", {})
    return {
        int(key): frozenset(str(n) for n in names)
        for key, names in (conversations.items() if isinstance(conversations, dict) else ())
        if str(key).isdigit() and isinstance(names, list)
    }


def choices_document(chosen: Mapping[int, frozenset[str]]) -> dict[str, Any]:
    """Stored conversations only (a new chat's negative id is not kept)."""
    conversations = {str(k): sorted(v) for k, v in sorted(chosen.items()) if k >= 0}
    return {"version": VERSION, "conversations": conversations}


def save(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, text)
    except OSError as e:
        raise McpConfigError(f"Could not save {path.name}: {e.strerror or e}.") from e


def write_enabled(path: Path, name: str, enabled: bool) -> ParsedConfig:
    """Worker: set or clear the server's "disabled" flag in mcp.json; the servers after."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise McpConfigError(f"Could not change {path.name}: {e}.") from e
    servers = (
        document.get("mcpServers", document.get("servers")) if isinstance(document, dict) else None
    )
    entry = servers.get(name) if isinstance(servers, dict) else None
    if not isinstance(entry, dict):
        raise McpConfigError(f"{path.name} has no server named “{name}” any more.")
    if enabled:
        entry.pop("disabled", None)
    else:
        entry["disabled"] = True
    save(path, json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return parse_config(document)


def wait(future: concurrent.futures.Future[_T], name: str, timeout_s: float) -> _T:
    """The future's result; the hub bounds every call itself, this deadline only guards
    against a stuck loop. Raises McpError."""
    from desktop.tools.mcp_hub import START_TIMEOUT_S, McpError

    deadline = START_TIMEOUT_S + timeout_s + 10.0
    try:
        return future.result(deadline)
    except concurrent.futures.TimeoutError:
        future.cancel()
        raise McpError(f"The MCP server “{name}” did not answer within {deadline:g} s.") from None
    except concurrent.futures.CancelledError:
        raise McpError("MCP servers are shut down: Hearth is closing.") from None


def failed_future(error: BaseException) -> concurrent.futures.Future[Any]:
    future: concurrent.futures.Future[Any] = concurrent.futures.Future()
    future.set_exception(error)
    return future


def sentence(error: BaseException) -> str:
    if isinstance(error, HearthError):
        return error.user_message
    return " ".join(str(error).split()) or type(error).__name__
