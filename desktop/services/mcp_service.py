"""McpService: the window's one owner of MCP state: servers, one hub, status, approvals, choices.

Its files' formats and the server status live in desktop.tools.mcp_state (plain Python).
Longer than 400 lines: the hub's Futures, their signals on the GUI thread and the one writer
of three files belong to one owner.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import json
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop.core import paths
from desktop.core.errors import HearthError
from desktop.core.types import ToolSpec
from desktop.services.background import Background
from desktop.services.said import said
from desktop.tools import mcp_state as state
from desktop.tools.mcp_config import (
    ImportResult,
    McpConfigError,
    McpServerConfig,
    ParsedConfig,
    config_path,
    import_config,
    known_sources,
    load_config,
)
from desktop.tools.mcp_state import ApprovalKey, ServerStatus, approval_key

if TYPE_CHECKING:
    from desktop.services.preferences import Preferences
    from desktop.tools.mcp_hub import McpHub, ToolResult

__all__ = ["LIST_TIMEOUT_S", "McpService", "ServerStatus", "approval_key"]

log = logging.getLogger(__name__)

LIST_TIMEOUT_S = 30.0


@dataclass(frozen=True, slots=True)
class _Loaded:
    """What the first background read found."""

    parsed: ParsedConfig
    always: frozenset[ApprovalKey]
    chosen: dict[int, frozenset[str]]
    sources: list[tuple[str, Path]]


class McpService(QObject):
    """The configured MCP servers (read from mcp.json off the GUI thread), one McpHub made
    when tools are first needed and closed by shutdown(), each server's status, the "Always
    allow" memory and the servers each conversation uses. Files are written by one worker,
    one change after another; results arrive on the GUI thread as signals."""

    serversChanged = Signal(object)  # tuple[McpServerConfig, ...], in the file's order
    problemsFound = Signal(object)  # tuple[str, ...]: entries of mcp.json left out, and why
    statusChanged = Signal(str, object)  # server name, ServerStatus
    toolsListed = Signal(str, object)  # server name, list[ToolSpec]
    sourcesFound = Signal(object)  # list[(app, Path)]: other apps' MCP files on this machine
    imported = Signal(object)  # ImportResult
    failed = Signal(str)  # a sentence: a file that could not be read or written
    approvalsChanged = Signal()  # an "Always allow" was remembered or forgotten
    conversationServersChanged = Signal(int, object)  # conversation id, tuple[str, ...]
    _landed = Signal(object)  # a callable from another thread, run on this object's thread

    def __init__(
        self,
        preferences: Preferences | None = None,
        *,
        config_file: Path | None = None,
        approvals_file: Path | None = None,
        choices_file: Path | None = None,
        keyring_get: Callable[[str], str | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.config_file = config_file or config_path()
        self.approvals_file = approvals_file or paths.config_dir() / state.APPROVALS_FILE
        self.choices_file = choices_file or paths.data_dir() / state.CHOICES_FILE
        self._keyring_get = keyring_get
        self._offline = preferences.offline if preferences is not None else False
        if preferences is not None:
            preferences.networkChosen.connect(self._network_chosen)
        self._servers: dict[str, McpServerConfig] = {}
        self._status: dict[str, ServerStatus] = {}
        self._always: set[ApprovalKey] = set()
        self._chosen: dict[int, frozenset[str]] = {}
        self._current: int | None = None
        self.problems: tuple[str, ...] = ()
        self.sources: list[tuple[str, Path]] = []
        self.loaded = False
        self._hub: McpHub | None = None
        self._hub_lock = threading.Lock()
        self._closing: list[threading.Thread] = []
        self._closed = False
        self._pending: dict[Path, str] = {}
        self._pending_lock = threading.Lock()
        # One worker: every read and write of the three files, one after another.
        self._disk = Background(max_workers=1, name="hearth-mcp", parent=self)
        self._landed.connect(self._run_landed, Qt.ConnectionType.QueuedConnection)
        self._disk.submit(self._read_all, self._on_loaded, self._say)

    # --- what is known (GUI thread) -------------------------------------------------------

    @property
    def offline(self) -> bool:
        return self._offline

    def servers(self) -> tuple[McpServerConfig, ...]:
        return tuple(self._servers.values())

    def status(self, name: str) -> ServerStatus:
        return self._status.get(name, ServerStatus())

    def servers_for(self, conversation_id: int | None) -> tuple[str, ...]:
        """The servers a conversation uses: those switched on in mcp.json that were chosen
        for it (set_conversation_servers); a conversation never chosen for uses them all."""
        on = [name for name, s in self._servers.items() if s.enabled]
        chosen = self._chosen.get(conversation_id) if conversation_id is not None else None
        return tuple(on if chosen is None else [n for n in on if n in chosen])

    # --- approvals ----------------------------------------------------------------------

    def is_always_allowed(self, server: str, spec: ToolSpec) -> bool:
        """Whether the person chose "Always allow" for this tool of this server with this
        very schema (a changed schema asks again)."""
        return approval_key(server, spec) in self._always

    def allow_always(self, server: str, spec: ToolSpec) -> None:
        """Remember "Always allow this tool" (saved at once, off the GUI thread)."""
        key = approval_key(server, spec)
        if key not in self._always:
            self._always.add(key)
            self._save_approvals()

    def always_keys(self) -> set[ApprovalKey]:
        """A copy of the remembered keys, for ToolLoop(always=...)."""
        return set(self._always)

    def approvals(self, server: str) -> int:
        """How many of a server's tools are always allowed."""
        return sum(1 for k in self._always if k[0] == server)

    def forget_approvals(self, server: str) -> int:
        """Forget every "Always allow" of a server's tools; how many there were."""
        gone = {k for k in self._always if k[0] == server}
        if gone:
            self._always -= gone
            self._save_approvals()
        return len(gone)

    # --- per-conversation switches -------------------------------------------------------

    def set_conversation_servers(self, conversation_id: int, servers: Iterable[str]) -> None:
        """The servers one conversation uses (a new chat's choice is kept in memory until it
        is stored: follow_conversation carries it over to its id)."""
        chosen = frozenset(servers)
        if self._chosen.get(conversation_id) == chosen:
            return
        self._chosen[conversation_id] = chosen
        if conversation_id >= 0:
            self._save_choices()
        self.conversationServersChanged.emit(conversation_id, self.servers_for(conversation_id))

    def set_conversation_server(self, conversation_id: int, server: str, on: bool) -> None:
        current = set(self.servers_for(conversation_id))
        self.set_conversation_servers(
            conversation_id, current | {server} if on else current - {server}
        )

    def follow_conversation(self, conversation_id: int) -> None:
        """The window shows this conversation now (ChatSession.conversationIdChanged): a
        new chat (negative id) starts from the defaults, and its choice goes with it once it
        is stored under a real id."""
        before, self._current = self._current, conversation_id
        if before == conversation_id:
            return
        if before is not None and before < 0 and conversation_id >= 0:
            draft = self._chosen.pop(before, None)
            if draft is not None and conversation_id not in self._chosen:
                self._chosen[conversation_id] = draft
                self._save_choices()
        elif conversation_id < 0:
            self._chosen.pop(conversation_id, None)

    # --- servers: enable, import, list ---------------------------------------------------

    def set_enabled(self, name: str, enabled: bool) -> None:
        """Switch a server on or off in mcp.json (written atomically off the GUI thread);
        a server switched off is stopped."""
        path = self.config_file
        self._disk.submit(
            lambda: state.write_enabled(path, name, enabled), self._config_changed, self._say
        )

    def import_file(self, source: Path) -> None:
        """Add the usable servers of another app's mcpServers file to mcp.json; `imported`
        says what was added and what was left out. Nothing is run."""
        dest = self.config_file

        def run() -> tuple[ImportResult, ParsedConfig]:
            result = import_config(source, dest)
            return result, load_config(dest)

        self._disk.submit(run, self._on_imported, self._say)

    def reload(self) -> None:
        """Read mcp.json again (edited by hand, say)."""
        self._disk.submit(lambda: load_config(self.config_file), self._config_changed, self._say)

    def list_tools(self, name: str, timeout_s: float = LIST_TIMEOUT_S) -> None:
        """Start the server if needed and list its tools: toolsListed, or a failed status."""
        self.tools_future(name, timeout_s)

    def tools_future(
        self, name: str, timeout_s: float = LIST_TIMEOUT_S
    ) -> concurrent.futures.Future[list[ToolSpec]]:
        """The server's tools as a Future (any thread, never blocks; status and
        toolsListed follow on the GUI thread). A server switched off or blocked fails at
        once with a sentence."""
        refused = self._refusal(name)
        if refused is not None:
            return state.failed_future(refused)
        self._later(lambda: self._starting(name))
        try:
            future = self.hub().tools_future(name, timeout_s)
        except HearthError as e:
            return state.failed_future(e)
        future.add_done_callback(lambda f: self._later(lambda: self._tools_done(name, f)))
        return future

    def tools_for(
        self, conversation_id: int | None, timeout_s: float = LIST_TIMEOUT_S
    ) -> concurrent.futures.Future[list[tuple[str, ToolSpec]]]:
        """Every tool of the conversation's servers, as (server, spec) in the servers'
        order. Never blocks; a server that fails is left out (its status says why)."""
        names = self.servers_for(conversation_id)
        result: concurrent.futures.Future[list[tuple[str, ToolSpec]]] = concurrent.futures.Future()
        futures = [(name, self.tools_future(name, timeout_s)) for name in names]
        if not futures:
            result.set_result([])
            return result
        left = [len(futures)]
        lock = threading.Lock()

        def one_done(_f: concurrent.futures.Future[list[ToolSpec]]) -> None:
            with lock:
                left[0] -= 1
                if left[0]:
                    return
            found: list[tuple[str, ToolSpec]] = []
            for name, future in futures:
                if not future.cancelled() and future.exception() is None:
                    found += [(name, spec) for spec in future.result()]
            result.set_result(found)

        for _name, future in futures:
            future.add_done_callback(one_done)
        return result

    def call_future(
        self, server: str, tool: str, arguments: dict[str, Any], timeout_s: float = 60.0
    ) -> concurrent.futures.Future[ToolResult]:
        """Run one tool (after the person approved it) without blocking: a Future of its
        ToolResult, or of an McpError whose sentence says what happened."""
        refused = self._refusal(server)
        if refused is not None:
            return state.failed_future(refused)
        try:
            future = self.hub().call_future(server, tool, arguments, timeout_s)
        except HearthError as e:
            return state.failed_future(e)
        future.add_done_callback(lambda f: self._later(lambda: self._call_done(server, f)))
        return future

    def tools(self, name: str, timeout_s: float = LIST_TIMEOUT_S) -> list[ToolSpec]:
        """McpHub.tools through this service (its status follows). Blocks: worker threads
        only (a tool loop: McpTools(service, servers) works as with a hub)."""
        return state.wait(self.tools_future(name, timeout_s), name, timeout_s)

    def call(
        self, server: str, tool: str, arguments: dict[str, Any], timeout_s: float = 60.0
    ) -> ToolResult:
        """McpHub.call through this service. Blocks: worker threads only."""
        return state.wait(self.call_future(server, tool, arguments, timeout_s), server, timeout_s)

    def hub(self) -> McpHub:
        """The one hub over the configured servers (made now if needed; any thread). A
        change of the configuration makes a new one and stops the old one's servers."""
        with self._hub_lock:
            if self._closed:
                from desktop.tools.mcp_hub import McpError

                raise McpError("MCP servers are shut down: Hearth is closing.")
            if self._hub is None:
                from desktop.tools.mcp_hub import McpHub

                options: dict[str, Any] = {"offline": self._is_offline}
                if self._keyring_get is not None:
                    options["keyring_get"] = self._keyring_get
                self._hub = McpHub(list(self._servers.values()), **options)
            return self._hub

    def set_offline(self, offline: bool) -> None:
        if offline == self._offline:
            return
        self._offline = offline
        for server in self._servers.values():
            if server.is_http and not server.loopback:
                self._set_status(server.name, self._initial_status(server))

    @Slot(bool, int)
    def _network_chosen(self, offline: bool, _downloads: int) -> None:
        self.set_offline(offline)

    def shutdown(self, timeout_s: float = 15.0) -> None:
        """Stop every server and the hub's thread; write what is still waiting. Once."""
        with self._hub_lock:
            if self._closed:
                return
            self._closed = True
            hub, self._hub = self._hub, None
        self._disk.shutdown(wait=True)
        self._flush_pending()  # writes the worker had not reached yet
        if hub is not None:
            hub.close(timeout_s)
        for thread in self._closing:
            thread.join(timeout_s)

    # --- internals ----------------------------------------------------------------------

    def _is_offline(self) -> bool:
        return self._offline  # read by the hub's thread: a bool, no lock needed

    def _refusal(self, name: str) -> HearthError | None:
        from desktop.tools.mcp_hub import McpError

        server = self._servers.get(name)
        if server is None:
            return McpError(self.tr("There is no MCP server named “{name}”.").format(name=name))
        status = self._initial_status(server)
        if status.state in ("off", "blocked"):
            return McpError(status.sentence or self._switched_off(name))
        return None

    def _initial_status(self, server: McpServerConfig) -> ServerStatus:
        if not server.enabled:
            return ServerStatus("off", sentence=self._switched_off(server.name))
        if server.is_http and not server.loopback and self._offline:
            return ServerStatus(
                "blocked",
                sentence=self.tr("Blocked by offline mode: {host} is not on this computer.").format(
                    host=server.host
                ),
            )
        return ServerStatus()

    def _switched_off(self, name: str) -> str:
        return self.tr("The MCP server “{name}” is switched off.").format(name=name)

    def _set_status(self, name: str, status: ServerStatus) -> None:
        if self._status.get(name) != status:
            self._status[name] = status
            self.statusChanged.emit(name, status)

    def _later(self, call: Callable[[], None]) -> None:
        """Run call on the GUI thread (from the hub's thread)."""
        with contextlib.suppress(RuntimeError):  # the service is gone: nobody to tell
            self._landed.emit(call)

    @Slot(object)
    def _run_landed(self, call: Callable[[], None]) -> None:
        if not self._closed:
            call()

    def _starting(self, name: str) -> None:
        if name in self._servers and self.status(name).state != "ready":
            self._set_status(name, ServerStatus("starting"))

    def _tools_done(self, name: str, future: concurrent.futures.Future[list[ToolSpec]]) -> None:
        if name not in self._servers or future.cancelled():
            return
        error = future.exception()
        if error is not None:
            self._set_status(name, ServerStatus("failed", sentence=said(state.sentence(error))))
            return
        specs = future.result()
        self._set_status(name, ServerStatus("ready", len(specs)))
        self.toolsListed.emit(name, specs)

    def _call_done(self, name: str, future: concurrent.futures.Future[ToolResult]) -> None:
        if name not in self._servers or future.cancelled():
            return
        error = future.exception()
        if error is not None:
            self._set_status(name, ServerStatus("failed", sentence=said(state.sentence(error))))

    def _say(self, sentence: str) -> None:
        self.failed.emit(sentence)

    def _read_all(self) -> _Loaded:
        """Worker: mcp.json, the approvals, the conversations' choices, other apps' files."""
        always = state.read_approvals(self.approvals_file)
        chosen = state.read_choices(self.choices_file)
        return _Loaded(load_config(self.config_file), frozenset(always), chosen, known_sources())

    def _on_loaded(self, found: _Loaded) -> None:
        self._always |= found.always
        for key, names in found.chosen.items():
            self._chosen.setdefault(key, names)  # a choice made while reading wins
        self.sources = found.sources
        self.loaded = True
        self.sourcesFound.emit(found.sources)
        self._config_changed(found.parsed)

    def _on_imported(self, outcome: tuple[ImportResult, ParsedConfig]) -> None:
        result, parsed = outcome
        self._config_changed(parsed)
        self.imported.emit(result)

    def _config_changed(self, parsed: ParsedConfig) -> None:
        servers = {s.name: s for s in parsed.servers}
        changed = servers != self._servers
        self._servers = servers
        self.problems = parsed.problems
        if changed:
            self._retire_hub()
        for server in servers.values():
            status = self._status.get(server.name)
            initial = self._initial_status(server)
            if changed or status is None or initial.state in ("off", "blocked"):
                self._set_status(server.name, initial)
        for name in [n for n in self._status if n not in servers]:
            del self._status[name]
        self.serversChanged.emit(self.servers())
        self.problemsFound.emit(parsed.problems)

    def _retire_hub(self) -> None:
        """The next use makes a hub over the new configuration; the old one's servers stop
        on a thread of their own (a stuck child can take seconds), joined at shutdown."""
        with self._hub_lock:
            hub, self._hub = self._hub, None
        if hub is not None:
            thread = threading.Thread(target=hub.close, name="hearth-mcp-retire", daemon=True)
            self._closing = [t for t in self._closing if t.is_alive()]
            self._closing.append(thread)
            thread.start()

    def _save_approvals(self) -> None:
        self.approvalsChanged.emit()
        self._write(self.approvals_file, state.approvals_document(self._always))

    def _save_choices(self) -> None:
        self._write(self.choices_file, state.choices_document(self._chosen))

    def _write(self, path: Path, document: dict[str, Any]) -> None:
        """Save document to path on the worker; only the latest text of a file is written,
        and what a closing app has not written yet is written by shutdown()."""
        with self._pending_lock:
            self._pending[path] = json.dumps(document, indent=2, ensure_ascii=False) + "\n"

        def write() -> None:
            with self._pending_lock:
                text = self._pending.pop(path, None)
            if text is not None:
                state.save(path, text)

        self._disk.submit(write, lambda _none: None, self._say)

    def _flush_pending(self) -> None:
        with self._pending_lock:
            pending, self._pending = self._pending, {}
        for path, text in pending.items():
            try:
                state.save(path, text)
            except McpConfigError as e:
                log.warning("%s", e.user_message)
