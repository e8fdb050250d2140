"""Transports to MCP servers (stdio capped, streamable HTTP), their results as text, and
the sentence for each way they fail.

Why not the SDK's stdio_client (mcp 2.3): it joins str chunks, `(buffer + chunk).split()`,
which is quadratic in the length of one message (a 50 MB reply took 23 s and held the GIL
long enough to freeze the window for 244 ms), and it has no limit. This one splits bytes
linearly and stops a server whose message passes the cap. It reuses the SDK's private
process helpers (a new session on POSIX, a Job Object on Windows, and the spec's shutdown:
close stdin, wait 2 s, terminate the tree, kill), hence the pinned mcp minor. Imported only
from the hub's thread: mcp takes half a second to import.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import logging
import os
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO

import anyio
import anyio.lowlevel
import httpx2
import mcp_types
from mcp.client import stdio as sdk_stdio
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError
from mcp.shared.message import SessionMessage
from mcp_types.jsonrpc import CONNECTION_CLOSED, REQUEST_TIMEOUT

from desktop.core.sentence import Sentence
from desktop.core.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from mcp.client._transport import TransportStreams
    from mcp.client.stdio import StdioServerParameters

    from desktop.tools.mcp_config import McpServerConfig

log = logging.getLogger(__name__)

MAX_MESSAGE = 8 << 20  # bytes in one JSON-RPC message from a server
STDERR_KEEP = 64 << 10  # bytes of a server's stderr kept (the rest is read and dropped)


@dataclass
class Watch:
    """What the transport saw of one server process (read by the hub for its sentences)."""

    max_message: int = MAX_MESSAGE
    pid: int | None = None
    returncode: int | None = None
    bad_lines: int = 0  # stdout lines that were not JSON at all (stray prints): dropped
    bad_reply: bool = False  # a JSON line that is not valid JSON-RPC: the server was cut off
    oversize: int = 0  # bytes buffered when a message passed max_message: cut off
    eof: bool = False  # stdout ended: the server is gone (or was cut off)
    http_status: int = 0  # the last HTTP status (the SDK's errors drop it)


class StderrTail:
    """A pipe for a server's stderr that is always drained (a child never blocks on a full
    pipe, and nothing reaches the disk) and keeps only its last `keep` bytes. POSIX: read
    by the hub's event loop (no thread per server); elsewhere by a small daemon thread."""

    def __init__(self, keep: int = STDERR_KEEP) -> None:
        read_fd, write_fd = os.pipe()
        self.writer: BinaryIO = os.fdopen(write_fd, "wb", buffering=0)
        self._reader: BinaryIO = os.fdopen(read_fd, "rb", buffering=0)
        self._chunks: collections.deque[bytes] = collections.deque()
        self._size = 0
        self._keep = keep
        self.total = 0
        self._eof = asyncio.Event()
        self._transport: asyncio.ReadTransport | None = None

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        if os.name == "posix":
            tail = self

            class _Protocol(asyncio.Protocol):
                def data_received(self, data: bytes) -> None:
                    tail._add(data)

                def connection_lost(self, exc: Exception | None) -> None:
                    tail._eof.set()

            self._transport, _ = await loop.connect_read_pipe(_Protocol, self._reader)
            return

        def drain() -> None:  # pragma: no cover - Windows
            with contextlib.suppress(OSError, ValueError), self._reader:
                while chunk := self._reader.read(65536):
                    loop.call_soon_threadsafe(self._add, chunk)
            loop.call_soon_threadsafe(self._eof.set)

        threading.Thread(target=drain, name="mcp-stderr", daemon=True).start()

    def _add(self, chunk: bytes) -> None:
        self.total += len(chunk)
        self._chunks.append(chunk)
        self._size += len(chunk)
        while self._size - len(self._chunks[0]) >= self._keep:
            self._size -= len(self._chunks.popleft())

    def last_line(self, limit: int = 300) -> str:
        lines = b"".join(self._chunks).decode("utf-8", "replace").strip().splitlines()
        return lines[-1].strip()[:limit] if lines else ""

    @property
    def kept(self) -> int:
        return self._size

    async def wait_eof(self, timeout_s: float) -> None:
        """Wait (bounded) until every process holding the pipe has closed it."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._eof.wait(), timeout_s)

    def close_writer(self) -> None:
        """Close Hearth's copy of the write end (the child keeps its own)."""
        self.writer.close()

    def close(self) -> None:
        self.writer.close()
        if self._transport is not None:
            self._transport.close()
        elif os.name == "posix":
            self._reader.close()


def _parse(line: bytes, watch: Watch) -> SessionMessage | Exception | None:
    """One stdout line: a message, an Exception the session hands to its message handler,
    or None for a blank line. A JSON line that is not valid JSON-RPC marks the server as
    broken (bad_reply); plain text (a stray print) is only counted."""
    if not line.strip():
        return None
    try:
        return SessionMessage(mcp_types.jsonrpc_message_adapter.validate_json(line, by_name=False))
    except ValueError as exc:
        try:
            data = json.loads(line)
        except ValueError:
            watch.bad_lines += 1
        else:  # JSON: a broken message if it claims to be JSON-RPC, else a stray log line
            watch.bad_reply = isinstance(data, dict) and ("jsonrpc" in data or "id" in data)
            watch.bad_lines += not watch.bad_reply
        return exc


@contextlib.asynccontextmanager
async def capped_stdio_client(
    params: StdioServerParameters, tail: StderrTail, watch: Watch
) -> AsyncIterator[TransportStreams]:
    """Run the server and connect to it over stdin/stdout (the SDK's transport shape).
    Raises OSError when the command cannot be started."""
    command = await sdk_stdio._get_executable_command(params.command)
    try:
        # Shielded: a cancel that lands between the fork and the return would lose the child.
        with anyio.CancelScope(shield=True):
            process = await sdk_stdio._create_platform_compatible_process(
                command=command,
                args=params.args,
                env=sdk_stdio.get_default_environment() | (params.env or {}),
                errlog=tail.writer,  # type: ignore[arg-type]  # any object with a fileno()
                cwd=params.cwd,
            )
    finally:
        tail.close_writer()  # the child has its copy: EOF comes when it (and its children) exit
    watch.pid = process.pid
    read_w, read_r = anyio.create_memory_object_stream[SessionMessage | Exception](0)
    write_w, write_r = anyio.create_memory_object_stream[SessionMessage](0)
    writer_done = anyio.Event()

    async def stdout_reader() -> None:
        assert process.stdout is not None
        buffer = bytearray()
        scan = 0  # where the search for the next newline resumes: each byte is looked at once
        try:
            async with read_w:  # closed before the drain below: pending requests fail at once
                async for chunk in process.stdout:
                    buffer += chunk
                    while (end := buffer.find(b"\n", scan)) >= 0:
                        item = _parse(bytes(buffer[:end]), watch)
                        del buffer[: end + 1]
                        scan = 0
                        if watch.bad_reply:
                            return
                        if item is not None:
                            await read_w.send(item)
                    scan = len(buffer)
                    if len(buffer) > watch.max_message:
                        watch.oversize = len(buffer)
                        return
        except (anyio.ClosedResourceError, anyio.BrokenResourceError, ConnectionError):
            pass  # our own shutdown, or the session went away
        finally:
            watch.eof = True
            del buffer[:]
            # Keep reading (and dropping) so a server blocked on a full pipe can still exit.
            await sdk_stdio._drain_stdout(process)

    async def stdin_writer() -> None:
        assert process.stdin is not None
        try:
            async with write_r:
                async for message in write_r:
                    data = message.message.model_dump_json(by_alias=True, exclude_unset=True)
                    await process.stdin.send((data + "\n").encode("utf-8"))
        except (anyio.ClosedResourceError, anyio.BrokenResourceError, OSError):
            await read_w.aclose()  # the server is gone: let pending requests fail now
        finally:
            writer_done.set()

    async def shutdown() -> None:
        read_r.close()
        write_w.close()
        with anyio.move_on_after(0.5):
            await writer_done.wait()
        await sdk_stdio._stop_server_process(process)
        watch.returncode = process.returncode
        for stream in (read_r, write_w, read_w, write_r):
            await stream.aclose()
        await anyio.lowlevel.checkpoint()

    async with anyio.create_task_group() as group:
        group.start_soon(stdout_reader)
        group.start_soon(stdin_writer)
        try:
            yield read_r, write_w
        finally:
            # Shielded (every wait inside is bounded): a cancelled owner still reaps its child.
            with anyio.CancelScope(shield=True):
                await shutdown()
            group.cancel_scope.cancel()


async def http_transport(
    config: McpServerConfig, watch: Watch, stack: contextlib.AsyncExitStack
) -> Any:
    """A streamable HTTP transport with the server's headers; the HTTP client (kept open by
    stack) records each response's status in watch, for the sentences."""

    async def on_response(response: httpx2.Response) -> None:
        watch.http_status = response.status_code

    http = await stack.enter_async_context(
        httpx2.AsyncClient(
            headers=config.headers,
            # httpx2's 5 s default would fail every long tool; each call has its own bound.
            timeout=httpx2.Timeout(30.0, read=None),
            event_hooks={"response": [on_response]},
        )
    )
    return streamable_http_client(config.url, http_client=http)


def leaf(exc: BaseException) -> BaseException:
    """The first real error inside the exception groups task groups raise."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return exc


def result_text(result: mcp_types.CallToolResult, cap_chars: int) -> tuple[str, bool]:
    """The text a model gets from a tool result, and whether it was cut at cap_chars.
    Images, audio and binary resources are described in words; a result with only
    structured content gives its JSON."""
    parts: list[str] = []
    for block in result.content:
        if isinstance(block, mcp_types.TextContent):
            parts.append(block.text)
        elif isinstance(block, (mcp_types.ImageContent, mcp_types.AudioContent)):
            size = len(block.data) * 3 // 4
            parts.append(f"[{block.type} {block.mime_type}, {size:,} bytes]")
        elif isinstance(block, mcp_types.EmbeddedResource):
            res = block.resource
            if isinstance(res, mcp_types.TextResourceContents):
                parts.append(f"[resource {res.uri}]\n{res.text}")
            else:
                parts.append(f"[resource {res.uri}, {res.mime_type}, binary]")
        elif isinstance(block, mcp_types.ResourceLink):
            parts.append(f"[link {block.name}: {block.uri}]")
    if not parts and result.structured_content is not None:
        parts.append(json.dumps(result.structured_content, ensure_ascii=False))
    text = "\n".join(parts)
    if len(text) <= cap_chars:
        return text, False
    note = (
        f"\n[… cut: the tool returned {len(text):,} characters; the first {cap_chars:,} are shown]"
    )
    return text[:cap_chars] + note, True


def refusal(exc: BaseException) -> str | None:
    """The server's message when it only refused one request (it is still usable)."""
    error = leaf(exc)
    if isinstance(error, MCPError) and error.code not in (CONNECTION_CLOSED, REQUEST_TIMEOUT):
        return error.error.message
    return None


def connection_closed(exc: BaseException) -> bool:
    error = leaf(exc)
    return isinstance(error, MCPError) and error.code == CONNECTION_CLOSED


NO_FOLDER = QT_TRANSLATE_NOOP(
    "core", "The MCP server “{name}” could not start: its folder {cwd} does not exist."
)
NOT_FOUND = QT_TRANSLATE_NOOP(
    "core", "The MCP server “{name}” could not start: the command “{command}” was not found."
)
NOT_EXECUTABLE = QT_TRANSLATE_NOOP(
    "core",
    "The MCP server “{name}” could not start: the command “{command}” is not executable.",
)
OVERSIZE = QT_TRANSLATE_NOOP(
    "core", "The MCP server “{name}” sent a message over {megabytes} MB and was stopped."
)
BAD_REPLY = QT_TRANSLATE_NOOP(
    "core", "The MCP server “{name}” sent a message that is not valid JSON-RPC and was stopped."
)
CREDENTIALS = QT_TRANSLATE_NOOP(
    "core",
    "The MCP server “{name}” refused the credentials (HTTP {status}); check the headers it "
    "is given.",
)
NOT_LISTENING = QT_TRANSLATE_NOOP(
    "core", "The MCP server “{name}” at {url} did not answer: nothing is listening there."
)
TIMED_OUT = QT_TRANSLATE_NOOP(
    "core", "The MCP server “{name}” did not answer within {seconds:g} s."
)
TIMED_OUT_NOISE = QT_TRANSLATE_NOOP(
    "core",
    "The MCP server “{name}” did not answer within {seconds:g} s; it wrote {lines} line(s) "
    "that are not MCP messages.",
)
CANNOT_START = QT_TRANSLATE_NOOP("core", "The MCP server “{name}” could not start: {why}.")
EXIT_CODE = QT_TRANSLATE_NOOP("core", "exit code {code}")
KILLED_BY = QT_TRANSLATE_NOOP("core", "killed by signal {signal}")
EXITED = QT_TRANSLATE_NOOP("core", "The MCP server “{name}” exited at once ({how}).")
EXITED_SAYING = QT_TRANSLATE_NOOP("core", "The MCP server “{name}” exited at once ({how}): {line}")
STOPPED_HOW = QT_TRANSLATE_NOOP("core", "The MCP server “{name}” stopped ({how}).")
STOPPED_HOW_SAYING = QT_TRANSLATE_NOOP("core", "The MCP server “{name}” stopped ({how}): {line}")
CLOSED = QT_TRANSLATE_NOOP("core", "The MCP server “{name}” closed the connection while starting.")
CLOSED_SAYING = QT_TRANSLATE_NOOP(
    "core", "The MCP server “{name}” closed the connection while starting: {line}"
)
STOPPED = QT_TRANSLATE_NOOP("core", "The MCP server “{name}” stopped.")
STOPPED_SAYING = QT_TRANSLATE_NOOP("core", "The MCP server “{name}” stopped: {line}")
HTTP_STATUS = QT_TRANSLATE_NOOP("core", "The MCP server “{name}” answered with HTTP {status}.")
FAILED = QT_TRANSLATE_NOOP("core", "The MCP server “{name}” failed: {error}")


def explain(
    exc: BaseException,
    config: McpServerConfig,
    watch: Watch,
    stderr_line: str,
    timeout_s: float,
    starting: bool,
) -> str:
    """The one sentence for a server that failed to start or to answer (a core Sentence:
    English here, the window's language through services.said)."""
    error = leaf(exc)
    name = config.name
    if isinstance(error, FileNotFoundError) and error.filename == config.cwd:
        return Sentence(NO_FOLDER, name=name, cwd=config.cwd)
    if isinstance(error, FileNotFoundError):
        return Sentence(NOT_FOUND, name=name, command=config.command)
    if isinstance(error, PermissionError):
        return Sentence(NOT_EXECUTABLE, name=name, command=config.command)
    if watch.oversize:
        return Sentence(OVERSIZE, name=name, megabytes=watch.max_message >> 20)
    if watch.bad_reply:
        return Sentence(BAD_REPLY, name=name)
    if watch.http_status in (401, 403):
        return Sentence(CREDENTIALS, name=name, status=watch.http_status)
    if isinstance(error, httpx2.ConnectError):
        return Sentence(NOT_LISTENING, name=name, url=config.url)
    timed_out = isinstance(error, (TimeoutError, httpx2.TimeoutException))
    if timed_out or (isinstance(error, MCPError) and error.code == REQUEST_TIMEOUT):
        if watch.bad_lines:
            return Sentence(TIMED_OUT_NOISE, name=name, seconds=timeout_s, lines=watch.bad_lines)
        return Sentence(TIMED_OUT, name=name, seconds=timeout_s)
    if isinstance(error, OSError) and starting:
        return Sentence(CANNOT_START, name=name, why=str(error.strerror or error))
    if connection_closed(error):
        line = stderr_line
        if watch.returncode is not None:
            code = watch.returncode
            how = Sentence(EXIT_CODE, code=code) if code >= 0 else Sentence(KILLED_BY, signal=-code)
            if starting:
                template = EXITED_SAYING if line else EXITED
            else:
                template = STOPPED_HOW_SAYING if line else STOPPED_HOW
            return Sentence(template, name=name, how=how, line=line)
        if starting:
            return Sentence(CLOSED_SAYING if line else CLOSED, name=name, line=line)
        return Sentence(STOPPED_SAYING if line else STOPPED, name=name, line=line)
    if watch.http_status >= 400:
        return Sentence(HTTP_STATUS, name=name, status=watch.http_status)
    log.info("MCP server %s failed", config.name, exc_info=error)
    return Sentence(FAILED, name=name, error=str(error))
