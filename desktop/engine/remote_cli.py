"""The `hearth connections` commands and the session behind `hearth chat --connection`."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.core.connections import ConnectionStore
from desktop.core.types import LoadParams, Message, SamplingParams

if TYPE_CHECKING:  # httpx is imported only when a connection is used
    from desktop.engine.remote import RemoteBackend
    from desktop.engine.session import EngineSession


def add_parser(sub: argparse._SubParsersAction, parser_class: type) -> None:  # type: ignore[type-arg]
    """The `connections` subcommand and its own subcommands."""
    connections = sub.add_parser("connections", help="remote OpenAI-compatible servers")
    csub = connections.add_subparsers(
        dest="connections_command", parser_class=parser_class, required=True
    )
    add = csub.add_parser("add", help="add (or replace) a connection")
    add.add_argument("name")
    add.add_argument("url", help="the server's base URL, e.g. http://127.0.0.1:8080/v1")
    add.add_argument(
        "--api-key-stdin", action="store_true", help="read the API key from standard input"
    )
    csub.add_parser("list", help="connections, one per line")
    rm = csub.add_parser("rm", help="forget a connection and its key")
    rm.add_argument("name")
    test = csub.add_parser("test", help="list the server's models and time one short reply")
    test.add_argument("name")
    test.add_argument("--model", help="the model to try (default: the first listed)")


def _out(line: str) -> None:
    sys.stdout.write(line + "\n")


def _offline() -> bool:
    from desktop.core.settings import load_settings

    return load_settings().offline


def backend_for(name: str, store: ConnectionStore | None = None) -> RemoteBackend:
    """The backend for a stored connection (its key from the keyring, offline mode applied)."""
    from desktop.engine.remote import RemoteBackend

    store = store or ConnectionStore()
    connection = store.get(name)
    return RemoteBackend(connection, store.api_key(name), offline=_offline())


def run(args: argparse.Namespace, store: ConnectionStore | None = None) -> int:
    """`hearth connections ...`; returns the exit code (HearthError goes to the caller)."""
    store = store or ConnectionStore()
    command = args.connections_command
    if command == "add":
        key = sys.stdin.readline().strip() if args.api_key_stdin else None
        connection = store.add(args.name, args.url, key or None)
        if store.notice and key:
            sys.stderr.write(f"hearth: {store.notice}\n")
        _out(f"{connection.name}\t{connection.base_url}")
    elif command == "list":
        for connection in store.all():
            keyed = "key" if store.api_key(connection.name) else "no key"
            _out(f"{connection.name}\t{connection.base_url}\t{keyed}")
    elif command == "rm":
        store.remove(args.name)
    else:
        return _test(backend_for(args.name, store), args.model)
    return 0


def _test(backend: RemoteBackend, model: str | None) -> int:
    try:
        t0 = time.perf_counter()
        ids = [m["id"] for m in backend.models()]
        _out(f"{backend.base_url}: {len(ids)} models ({(time.perf_counter() - t0) * 1000:.0f} ms)")
        for model_id in ids:
            _out(f"  {model_id}")
        chosen = model or (ids[0] if ids else None)
        if chosen is None:
            return 0
        backend.start()
        backend.load(LoadParams(chosen))
        reply = backend.chat([Message("user", "Say hello.")], SamplingParams(max_tokens=16))
        reply.wait_prompt_started()
        for _ in reply:
            pass
        s = reply.stats
        assert s is not None
        _out(
            f"{chosen}: first token {s.ttft_ms:.0f} ms, {s.generated_tokens} tokens, "
            f"{s.tokens_per_s:.1f} tok/s, {s.total_ms:.0f} ms in all: {reply.text.strip()!r}"
        )
        return 0
    finally:
        backend.close()


def remote_session(
    args: argparse.Namespace, notice: Callable[[str], None]
) -> tuple[EngineSession, LoadParams]:
    """The session and load for `hearth chat --connection NAME --model ID`."""
    from desktop.engine.session import EngineSession

    name = args.connection
    backend = backend_for(name)
    # --ctx is used only when the server does not report its context.
    n_ctx = args.ctx if args.ctx is not None and args.ctx > 0 else 4096
    return EngineSession(backend_factory=lambda: backend, notice=notice), LoadParams(
        args.model, n_ctx=n_ctx
    )
