"""Run the API with uvicorn on its own thread, stop it cleanly; and `hearth serve`."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import uvicorn

from desktop.api.app import MAX_BODY, TIME_LIMIT_S, ModelId, create_app
from desktop.api.guard import is_loopback
from desktop.api.queue import MAX_WAITING, EngineQueue, QueueStatus
from desktop.api.run import Served
from desktop.core.types import LoadParams
from desktop.engine.gate import EngineGate
from desktop.engine.session import EngineSession

log = logging.getLogger(__name__)

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8080


def check_bind(host: str, api_key: str | None) -> None:
    """Raise ValueError (a sentence) for a bind that would expose the model without a key."""
    if not is_loopback(host) and not api_key:
        raise ValueError(
            f"serving on {host} lets other machines use the model: set an API key "
            "(--api-key-stdin) or bind 127.0.0.1"
        )


def model_id_for(path: str) -> str:
    """The id clients name the model by: its file name without .gguf."""
    return Path(path).name.removesuffix(".gguf")


class _Uvicorn(uvicorn.Server):
    """uvicorn.Server that says when it listens (or failed to), for a caller on another thread."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list | None = None) -> None:  # type: ignore[type-arg]
        try:
            await super().startup(sockets)
        finally:
            self.ready.set()

    def install_signal_handlers(self) -> None:
        pass  # not on the main thread: the owner stops the server


class ApiServer:
    """The API over a session that is already loaded, served on a thread.

    The session stays the caller's: stop() ends the server and the queue, not the engine.
    port 0 picks a free port (see .port once started). gate: shared with the window when the
    window uses the same session (its replies go ahead of waiting requests). model_id: a
    str, or a function giving the id of the model loaded now (None: none; requests get 503).
    The limits (max_waiting, max_tokens, time_limit_s) and cors_origins: see create_app.
    on_served may be called on the queue's thread or on the server's."""

    def __init__(
        self,
        session: EngineSession,
        model_id: ModelId,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        api_key: str | None = None,
        max_body: int = MAX_BODY,
        on_served: Callable[[Served], None] | None = None,
        gate: EngineGate | None = None,
        *,
        max_waiting: int = MAX_WAITING,
        max_tokens: int | None = None,
        time_limit_s: float = TIME_LIMIT_S,
        cors_origins: Sequence[str] = (),
    ) -> None:
        check_bind(host, api_key)
        self.host = host
        self.queue = EngineQueue(session, gate, max_waiting)
        # A wildcard bind answers to whatever name reaches it (the key guards it); a named
        # one to its own name and loopback.
        wildcard = host in ("0.0.0.0", "::", "")
        try:
            self.app = create_app(
                self.queue,
                model_id,
                api_key,
                frozenset({"*"} if wildcard else {host}),
                max_body,
                on_served,
                max_tokens=max_tokens,
                time_limit_s=time_limit_s,
                cors_origins=cors_origins,
            )
        except BaseException:
            self.queue.close()  # a value create_app refuses must not leave the queue's thread
            raise
        config = uvicorn.Config(
            self.app, host=host, port=port, log_level="warning", access_log=False, lifespan="off"
        )
        self._server = _Uvicorn(config)
        self._thread = threading.Thread(target=self._server.run, name="hearth-api", daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.servers[0].sockets[0].getsockname()[1])

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/v1"

    def status(self) -> QueueStatus:
        """For display (any thread): the running request's id, how many wait, and whether
        the window waits for the engine ahead of them."""
        return self.queue.status()

    def start(self) -> None:
        """Listen; raises OSError (a sentence) when the address cannot be bound."""
        self._thread.start()
        self._server.ready.wait()
        if not self._server.started:
            self._thread.join()
            self.queue.close()
            raise OSError(f"could not listen on {self.host} (is the port in use?)")

    def stop(self) -> None:
        """Stop every reply, close the connections and end both threads."""
        self._server.should_exit = True
        self.queue.close()
        if self._thread.is_alive():
            self._thread.join()


def serve(
    load: LoadParams,
    host: str,
    port: int,
    api_key: str | None,
    max_waiting: int = MAX_WAITING,
    cors_origins: Sequence[str] = (),
) -> int:
    """`hearth serve`: load the model, serve until Ctrl-C, then stop and reap the engine."""
    check_bind(host, api_key)
    session = EngineSession(notice=_notice)
    try:
        info = session.load(load)
        server = ApiServer(
            session,
            model_id_for(load.path),
            host,
            port,
            api_key,
            on_served=_log_served,
            max_waiting=max_waiting,
            cors_origins=cors_origins,
        )
        try:
            server.start()
        except OSError as e:
            sys.stderr.write(f"hearth: {e}.\n")
            return 1
        try:
            sys.stderr.write(
                f"hearth: serving {model_id_for(load.path)} (context {info.n_ctx}) on "
                f"{server.url}; Ctrl-C stops.\n"
            )
            sys.stderr.flush()
            server._thread.join()  # Ctrl-C interrupts the wait
        finally:
            server.stop()
    except KeyboardInterrupt:
        pass
    finally:
        session.close()
    return 0


def _notice(sentence: str) -> None:
    sys.stderr.write(f"hearth: {sentence}\n")


def _log_served(record: Served) -> None:
    sys.stderr.write(
        f"[{record.id[-8:]} {'stream' if record.stream else 'complete'}: prompt "
        f"{record.prompt_tokens} tokens, reply {record.completion_tokens} tokens, "
        f"{record.stop_reason}{', client gone' if record.disconnected else ''}, "
        f"{record.tokens_per_s:.1f} tok/s]\n"
    )
