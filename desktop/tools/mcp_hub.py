"""McpHub: MCP servers started when needed and called from any thread, with sentences.

One asyncio loop on one daemon thread ("mcp-hub"), started at first use; mcp is imported
there (it takes half a second). Each server is owned by one long-lived task, because anyio
cancel scopes must be entered and left by the same task; callers on other threads submit
coroutines and wait with a deadline (tools, call) or take a concurrent Future (the window
adds a done-callback and never blocks). A server that crashed, hung or broke the protocol
is retired (stopped in the background) and the next call starts a fresh one.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Coroutine, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.core.errors import HearthError
from desktop.core.types import ToolSpec
from desktop.tools.mcp_config import KeyringSecrets, McpConfigError, McpServerConfig

if TYPE_CHECKING:
    from mcp import Client

    from desktop.tools.mcp_transport import StderrTail, Watch

log = logging.getLogger(__name__)

_T = TypeVar("_T")
START_TIMEOUT_S = 30.0  # `npx -y` / `uvx` may download the server the first time
MAX_RESULT_CHARS = 100_000
MAX_MESSAGE_BYTES = 8 << 20
_MAX_PAGES = 50  # tools/list pages followed before giving up on a server's cursor


class McpError(HearthError):
    """Every MCP failure: user_message is the one sentence to show (or give the model)."""


@dataclass(frozen=True, slots=True)
class ToolResult:
    """A finished call: text for the model (capped; attachments described in words),
    whether the tool reported an error, and how long the call took."""

    text: str
    is_error: bool
    elapsed_s: float
    truncated: bool = False


class _Server:
    """One configured server and its current owner task (loop thread only)."""

    def __init__(self, config: McpServerConfig) -> None:
        self.config = config
        self.task: asyncio.Task[None] | None = None
        self.ready: asyncio.Future[Client] | None = None
        self.stop: asyncio.Event | None = None
        self.scope: Any = None  # the owner's anyio CancelScope: cancels a start that hangs
        self.watch: Watch | None = None
        self.tail: StderrTail | None = None

    def quoted(self) -> str:
        return f"The MCP server “{self.config.name}”"


class McpHub:
    """The configured MCP servers; thread-safe. offline() is asked before each use of an
    HTTP server (and must be cheap and thread-safe): when it is true only loopback URLs
    are reached. keyring_get resolves ${keyring:NAME} values when a server starts."""

    def __init__(
        self,
        servers: Iterable[McpServerConfig],
        *,
        offline: Callable[[], bool] = lambda: False,
        keyring_get: Callable[[str], str | None] | None = None,
        start_timeout_s: float = START_TIMEOUT_S,
        max_result_chars: int = MAX_RESULT_CHARS,
        max_message_bytes: int = MAX_MESSAGE_BYTES,
    ) -> None:
        self._servers = {s.name: _Server(s) for s in servers}
        self._offline = offline
        self._keyring_get = keyring_get or KeyringSecrets().get
        self._start_timeout = start_timeout_s
        self._max_chars = max_result_chars
        self._max_message = max_message_bytes
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._closed = False
        self._dying: set[asyncio.Task[None]] = set()

    # ---- any thread ------------------------------------------------------------------
    @property
    def server_names(self) -> tuple[str, ...]:
        return tuple(self._servers)

    def pid(self, server_name: str) -> int | None:
        """The process id of the server's latest child (None for HTTP or before a start)."""
        server = self._servers.get(server_name)
        return server.watch.pid if server is not None and server.watch is not None else None

    def stderr(self, server_name: str) -> str:
        """The last line the server's latest child wrote on stderr (its log)."""
        server = self._servers.get(server_name)
        return server.tail.last_line() if server is not None and server.tail else ""

    def tools_future(
        self, server_name: str, timeout_s: float = 30.0
    ) -> concurrent.futures.Future[list[ToolSpec]]:
        return self._submit(self._tools(server_name, timeout_s))

    def call_future(
        self, server_name: str, tool_name: str, arguments: dict[str, Any], timeout_s: float = 60.0
    ) -> concurrent.futures.Future[ToolResult]:
        return self._submit(self._call(server_name, tool_name, arguments, timeout_s))

    def tools(self, server_name: str, timeout_s: float = 30.0) -> list[ToolSpec]:
        """The server's tools (starting it if needed, within the hub's start timeout).
        Raises McpError. Blocks: never call it on the GUI thread."""
        return self._wait(self.tools_future(server_name, timeout_s), server_name, timeout_s)

    def call(
        self, server_name: str, tool_name: str, arguments: dict[str, Any], timeout_s: float = 60.0
    ) -> ToolResult:
        """Call one tool; a tool that reports an error is a ToolResult with is_error.
        Raises McpError when the server could not answer. Blocks (not on the GUI thread)."""
        future = self.call_future(server_name, tool_name, arguments, timeout_s)
        return self._wait(future, server_name, timeout_s)

    def close(self, timeout_s: float = 15.0) -> None:
        """Stop every server (reaping its children) and the loop thread; twice is fine."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(self._close_all(), loop).result(timeout_s)
        except Exception:
            log.warning("MCP servers did not all stop within %g s.", timeout_s, exc_info=True)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout_s)

    def _submit(self, coro: Coroutine[Any, Any, _T]) -> concurrent.futures.Future[_T]:
        with self._lock:
            if self._closed:
                coro.close()
                raise McpError("MCP servers are shut down: Hearth is closing.")
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                self._thread = threading.Thread(
                    target=self._run_loop, args=(self._loop,), name="mcp-hub", daemon=True
                )
                self._thread.start()
            return asyncio.run_coroutine_threadsafe(coro, self._loop)

    @staticmethod
    def _run_loop(loop: asyncio.AbstractEventLoop) -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
            loop.close()

    def _wait(self, future: concurrent.futures.Future[_T], name: str, timeout_s: float) -> _T:
        # The coroutine bounds itself; this deadline only guards against a stuck loop.
        deadline = self._start_timeout + timeout_s + 10.0
        try:
            return future.result(deadline)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise McpError(
                f"The MCP server “{name}” did not answer within {deadline:g} s."
            ) from None
        except concurrent.futures.CancelledError:
            raise McpError("MCP servers are shut down: Hearth is closing.") from None

    # ---- the loop thread -------------------------------------------------------------
    def _server(self, name: str) -> _Server:
        server = self._servers.get(name)
        if server is None:
            raise McpError(f"There is no MCP server named “{name}”.")
        return server

    async def _tools(self, name: str, timeout_s: float) -> list[ToolSpec]:
        server = self._server(name)
        client = await self._client(server)
        found: list[ToolSpec] = []
        cursor: str | None = None
        try:
            async with asyncio.timeout(timeout_s):
                for _ in range(_MAX_PAGES):
                    page = await client.list_tools(cursor=cursor)
                    found += [
                        ToolSpec(t.name, t.description or "", dict(t.input_schema))
                        for t in page.tools
                    ]
                    if not (cursor := page.next_cursor):
                        break
        except Exception as exc:
            raise await self._failure(server, exc, timeout_s) from exc
        return found

    async def _call(
        self, name: str, tool: str, arguments: dict[str, Any], timeout_s: float
    ) -> ToolResult:
        server = self._server(name)
        client = await self._client(server)
        started = time.perf_counter()
        try:
            async with asyncio.timeout(timeout_s + 1.0):  # the SDK's own timeout comes first
                result = await client.call_tool(tool, arguments, read_timeout_seconds=timeout_s)
        except asyncio.CancelledError:
            self._retire(server)  # the caller gave up mid-call: the server may be stuck
            raise
        except Exception as exc:
            raise await self._failure(server, exc, timeout_s) from exc
        from desktop.tools.mcp_transport import result_text

        text, truncated = result_text(result, self._max_chars)
        return ToolResult(text, result.is_error, time.perf_counter() - started, truncated)

    async def _client(self, server: _Server) -> Client:
        config = server.config
        if not config.enabled:
            raise McpError(f"{server.quoted()} is switched off.")
        if config.is_http and not config.loopback and self._offline():
            raise McpError(
                f"Hearth is in offline mode, so the MCP server “{config.name}” at {config.host} is "
                "blocked: only servers on this machine (localhost) can be used."
            )
        if server.ready is not None and server.ready.done() and server.watch and server.watch.eof:
            self._retire(server)  # it exited (or was cut off) since the last call
        if server.task is None or server.task.done():
            try:
                from desktop.tools.mcp_config import resolve_secrets

                resolved = resolve_secrets(config, self._keyring_get)
            except McpConfigError as exc:
                raise McpError(exc.user_message) from exc
            self._start(server, resolved)
        assert server.task is not None and server.ready is not None
        task, ready, watch, tail = server.task, server.ready, server.watch, server.tail
        try:
            # Bounded here: the SDK's first probe (server/discover) has its own 10 s timeout.
            return await asyncio.wait_for(asyncio.shield(ready), self._start_timeout)
        except Exception as exc:
            if server.task is task:
                self._retire(server)
            said = self._sentence(server, exc, self._start_timeout, True, watch, tail)
            raise McpError(said) from exc

    def _start(self, server: _Server, config: McpServerConfig) -> None:
        from desktop.tools.mcp_transport import StderrTail, Watch

        loop = asyncio.get_running_loop()
        server.watch = Watch(max_message=self._max_message)
        server.tail = None if config.is_http else StderrTail()
        server.scope = None
        server.ready, server.stop = loop.create_future(), asyncio.Event()
        # A start nobody waits for any more (timed out, closed) must not log its failure.
        server.ready.add_done_callback(lambda f: f.cancelled() or f.exception())
        server.task = loop.create_task(
            self._own(server, config, server.ready, server.stop), name=f"mcp:{config.name}"
        )

    async def _own(
        self,
        server: _Server,
        config: McpServerConfig,
        ready: asyncio.Future[Client],
        stop: asyncio.Event,
    ) -> None:
        """The server's whole life: connect, publish the client, wait for stop, disconnect."""
        import anyio
        from mcp import Client

        tail, watch = server.tail, server.watch
        assert watch is not None
        try:
            with anyio.CancelScope() as server.scope:
                async with contextlib.AsyncExitStack() as stack:
                    transport: Any
                    if config.is_http:
                        from desktop.tools.mcp_transport import http_transport

                        transport = await http_transport(config, watch, stack)
                    else:
                        from mcp import StdioServerParameters

                        from desktop.tools.mcp_transport import capped_stdio_client

                        assert tail is not None
                        await tail.start()
                        params = StdioServerParameters(
                            command=config.command,
                            args=list(config.args),
                            env=config.env or None,
                            cwd=config.cwd,
                        )
                        transport = capped_stdio_client(params, tail, watch)
                    client = Client(transport, read_timeout_seconds=self._start_timeout, cache=None)
                    await stack.enter_async_context(client)
                    ready.set_result(client)
                    await stop.wait()
        except BaseException as exc:
            if not ready.done():
                if tail is not None:  # the last stderr line says why it failed to start
                    await tail.wait_eof(0.5)
                stopped = McpError(f"{server.quoted()} was stopped while starting.")
                ready.set_exception(exc if isinstance(exc, Exception) else stopped)
            if not isinstance(exc, Exception):
                raise
        finally:
            if not ready.done():
                ready.set_exception(McpError(f"{server.quoted()} was stopped while starting."))
            if tail is not None:
                tail.close()

    async def _failure(self, server: _Server, exc: BaseException, timeout_s: float) -> McpError:
        """Retire the server unless it only refused this request, and say what happened."""
        from desktop.tools.mcp_transport import connection_closed, refusal

        if (message := refusal(exc)) is not None:
            return McpError(f"{server.quoted()} refused the request: {message}")
        owner, watch, tail = server.task, server.watch, server.tail
        self._retire(server)
        if connection_closed(exc) and owner is not None:
            # Wait (bounded, without cancelling it) for the owner to reap the child: the
            # sentence wants its exit code and last stderr line.
            await asyncio.wait([owner], timeout=2.5)
        return McpError(self._sentence(server, exc, timeout_s, False, watch, tail))

    @staticmethod
    def _sentence(
        server: _Server,
        exc: BaseException,
        timeout_s: float,
        starting: bool,
        watch: Watch | None,
        tail: StderrTail | None,
    ) -> str:
        """The sentence for one run of the server (a concurrent caller may start the next)."""
        from desktop.tools.mcp_transport import Watch, explain, leaf

        if isinstance(error := leaf(exc), McpError):
            return error.user_message
        line = tail.last_line() if tail is not None else ""
        return explain(exc, server.config, watch or Watch(), line, timeout_s, starting)

    def _retire(self, server: _Server) -> None:
        """Detach the server's owner and stop it in the background (a stuck child takes up
        to 2 s + 2 s to die); the next call starts a fresh process at once."""
        task, ready, stop, scope = server.task, server.ready, server.stop, server.scope
        if task is None:
            return
        server.task = None

        async def stop_owner() -> None:
            if not task.done():
                if ready is not None and ready.done() and stop is not None:
                    stop.set()  # clean: close stdin, 2 s grace, SIGTERM, 2 s, SIGKILL (SDK)
                elif scope is not None:
                    scope.cancel()  # still starting; the transport's shielded shutdown reaps
                else:
                    task.cancel()
            await asyncio.gather(task, return_exceptions=True)

        dying = asyncio.get_running_loop().create_task(stop_owner())
        self._dying.add(dying)
        dying.add_done_callback(self._dying.discard)

    async def _close_all(self) -> None:
        for server in self._servers.values():
            self._retire(server)
        await asyncio.gather(*list(self._dying), return_exceptions=True)
        current = asyncio.current_task()
        rest = [t for t in asyncio.all_tasks() if t is not current]
        for task in rest:
            task.cancel()
        await asyncio.gather(*rest, return_exceptions=True)
