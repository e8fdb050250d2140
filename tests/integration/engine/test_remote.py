"""RemoteBackend against real servers on 127.0.0.1: llama-cpp-python's own OpenAI server with
the starter, and tiny http.server servers that fail in each way a remote server can."""

from __future__ import annotations

import dataclasses
import http.server
import io
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import remote_servers
from keyrings import MemoryKeyring

from desktop import cli
from desktop.core import connections
from desktop.core.connections import Connection, ConnectionProblem, ConnectionStore, remote_key
from desktop.core.types import LoadParams, Message, SamplingParams, StopReason
from desktop.engine.remote import RemoteBackend, RemoteError
from desktop.engine.session import LOCAL, EngineSession, remote_route

pytestmark = pytest.mark.integration

QUESTION = [Message("user", "Name the three primary colors.")]
RELEASE = threading.Event()  # ends the request of the server that never answers
GREEDY = SamplingParams(temperature=0.0, max_tokens=24, repeat_penalty=1.0, seed=7)
SHORT = dataclasses.replace(GREEDY, max_tokens=4)  # a reply that shows the engine answers


def _free_port() -> int:
    return remote_servers.free_port()


@pytest.fixture(scope="module")
def llama_server(starter: Path) -> Iterator[str]:
    """llama_cpp.server with the starter; its base URL. Terminated and reaped at the end."""
    with remote_servers.llama_server(starter) as base:
        yield base


@pytest.fixture(scope="module")
def model_id(llama_server: str) -> str:
    return str(httpx.get(f"{llama_server}/models", timeout=5).json()["data"][0]["id"])


def _session(base: str, **kwargs: object) -> EngineSession:
    backend = RemoteBackend(Connection("test", base), **kwargs)  # type: ignore[arg-type]
    return EngineSession(backend_factory=lambda: backend)


def test_a_streamed_reply_through_the_session_has_hearths_stats(llama_server, model_id):
    session = _session(llama_server)
    try:
        info = session.load(LoadParams(model_id, n_ctx=2048))
        # "vision": "server": whether it sees images is the server's to say.
        assert info.extra == {"connection": "test", "model_id": model_id, "vision": "server"}
        reply = session.chat(QUESTION, GREEDY)
        assert reply.wait_prompt_started() > 0
        pieces = list(reply)
        assert len(pieces) > 1 and "".join(pieces) == reply.text
        stats = reply.stats
        assert stats is not None
        assert stats.ttft_ms > 0 and stats.total_ms >= stats.ttft_ms
        assert stats.generated_tokens == len(pieces)  # this server sends no usage
        assert stats.tokens_per_s > 0
        assert stats.stop_reason in (StopReason.MAX_TOKENS, StopReason.END_OF_TURN)
        assert session.count(QUESTION) > 0
    finally:
        session.close()


def test_stop_closes_the_stream_mid_reply_and_the_server_keeps_serving(llama_server, model_id):
    session = _session(llama_server)
    try:
        session.load(LoadParams(model_id, n_ctx=2048))
        long = SamplingParams(temperature=0.0, max_tokens=400, repeat_penalty=1.0)
        reply = session.chat([Message("user", "Write a long story about a dragon.")], long)
        got = []
        for piece in reply:
            got.append(piece)
            if len(got) == 3:
                session.stop()
        assert len(got) == 3
        assert reply.stats is not None and reply.stats.stop_reason is StopReason.USER
        again = session.chat(QUESTION, GREEDY)
        assert "".join(again) and again.stats is not None
    finally:
        session.close()


def test_an_unknown_model_is_a_sentence(llama_server):
    session = _session(llama_server)
    try:
        with pytest.raises(RemoteError, match="has no model “nope”") as caught:
            session.load(LoadParams("nope"))
        assert caught.value.kind == "model"
    finally:
        session.close()


def test_connections_cli_tests_and_chats_with_the_server(
    llama_server, model_id, monkeypatch, capsys
):
    ring = MemoryKeyring()
    monkeypatch.setattr(connections, "_default_backend", lambda: ring)
    monkeypatch.setattr(sys, "stdin", io.StringIO("sk-local-key\n"))
    assert cli.main(["connections", "add", "here", llama_server, "--api-key-stdin"]) == 0
    assert cli.main(["connections", "list"]) == 0
    assert f"here\t{llama_server}\tkey" in capsys.readouterr().out
    assert ring.store == {(connections.SERVICE, "here"): "sk-local-key"}

    assert cli.main(["connections", "test", "here"]) == 0
    out = capsys.readouterr().out
    assert model_id in out and "first token" in out and "tok/s" in out

    argv = ["chat", "--connection", "here", "--model", model_id, "--prompt", "Hi", "--stats"]
    assert cli.main([*argv, "--max-tokens", "8", "--temperature", "0"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() and "first token" in captured.err

    assert cli.main(["connections", "rm", "here"]) == 0
    assert cli.main(["connections", "test", "here"]) == cli.EXIT_ENGINE
    assert "no connection named “here”" in capsys.readouterr().err
    assert ring.store == {}


# --- servers that fail ------------------------------------------------------------------


class _Failing(http.server.BaseHTTPRequestHandler):
    """Answers /<scenario>/v1/...: a model list, and a chat that fails as the scenario says."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path.startswith("/nothing/"):  # another kind of server: no /v1/models
            self._send(404, b"Not Found")
            return
        if self.path.startswith("/props/"):  # llama-server: its context only in /props
            if self.path == "/props/props":
                self._send(200, b'{"default_generation_settings": {"n_ctx": 3072}}')
            else:
                self._send(200, b'{"object": "list", "data": [{"id": "m"}]}')
            return
        self._send(200, b'{"object": "list", "data": [{"id": "m", "max_model_len": 4096}]}')

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        scenario = self.path.split("/")[1]
        if scenario.isdigit():
            retry = {"Retry-After": "7"} if scenario == "429" else {}
            self._send(int(scenario), b'{"error": {"message": "no"}}', retry)
        elif scenario == "hang":
            RELEASE.wait(10)  # set by the test once its client gave up
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            chunk = b'data: {"choices": [{"delta": {"content": "Hel"}, "finish_reason": null}]}\n\n'
            self.wfile.write(chunk)
            if scenario == "malformed":
                self.wfile.write(b"data: <html>502 Bad Gateway</html>\n\n")
            # "truncated": the connection closes here, without data: [DONE]


@pytest.fixture(scope="module")
def failing() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Failing)
    thread = threading.Thread(target=server.serve_forever, name="failing-server")
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        RELEASE.set()
        server.shutdown()
        server.server_close()  # joins the request threads
        thread.join(5)


def _fail(base: str, **kwargs: object) -> RemoteError:
    session = _session(base, read_timeout_s=0.5, connect_timeout_s=2.0, **kwargs)
    try:
        session.load(LoadParams("m"))
        with pytest.raises(RemoteError) as caught:
            reply = session.chat(QUESTION, GREEDY)
            reply.wait_prompt_started()
            list(reply)
        return caught.value
    finally:
        session.close()


@pytest.mark.parametrize(
    ("scenario", "kind", "words"),
    [
        ("401", "key", "refused the API key (HTTP 401)"),
        ("403", "key", "refused the API key (HTTP 403)"),
        ("404", "model", "does not know the model “m” (HTTP 404)"),
        ("429", "rate", "retry after 7 s"),
        ("500", "server", "failed (HTTP 500)"),
        ("503", "server", "failed (HTTP 503)"),
        ("truncated", "truncated", "stopped before it was complete"),
        ("malformed", "malformed", "malformed server-sent events"),
    ],
)
def test_each_failure_is_a_sentence(failing, scenario, kind, words):
    error = _fail(f"{failing}/{scenario}/v1")
    assert error.kind == kind
    assert words in error.user_message


def test_a_server_that_never_answers_is_a_timeout(failing):
    try:
        error = _fail(f"{failing}/hang/v1")
    finally:
        RELEASE.set()
    assert error.kind == "timeout" and "did not answer in time" in error.user_message


def test_refused_and_tls_failures_are_sentences(failing):
    port = _free_port()  # nothing listens there
    session = _session(f"http://127.0.0.1:{port}/v1", connect_timeout_s=2.0)
    with pytest.raises(RemoteError, match="Cannot connect to") as caught:
        session.start()
    assert caught.value.kind == "refused"
    tls = failing.replace("http://", "https://") + "/ok/v1"
    session = _session(tls, connect_timeout_s=2.0, read_timeout_s=2.0)
    with pytest.raises(RemoteError, match="secure \\(TLS\\) connection") as caught:
        session.start()
    assert caught.value.kind == "tls"


def test_offline_mode_blocks_a_remote_address_but_not_loopback(failing):
    far = _session("http://10.255.255.1:8000/v1", offline=True)
    with pytest.raises(ConnectionProblem, match="offline mode"):
        far.start()
    near = _session(f"{failing}/ok/v1", offline=True)
    try:
        assert "OpenAI-compatible server" in near.start().system_info
    finally:
        near.close()


# --- switching engines, and a stop before the first byte ---------------------------------


def test_a_session_switches_between_the_local_engine_and_a_connection(
    llama_server, model_id, starter, tmp_path
):
    import psutil

    store = ConnectionStore(tmp_path / "connections.json", MemoryKeyring())
    store.add("here", llama_server)
    session = EngineSession(route=remote_route(lambda: store, lambda: False))
    try:
        session.load(LoadParams(str(starter), n_ctx=512))
        local_pid = session.pid
        assert local_pid is not None and session.backend_key == LOCAL
        key = remote_key("here", model_id)
        info = session.load(LoadParams(key, n_ctx=1024))
        # The key stays the model's path (what the window remembers and history keeps).
        assert info.path == key and info.extra["connection"] == "here"
        assert session.pid is None and not psutil.pid_exists(local_pid)  # reaped
        reply = session.chat(QUESTION, SHORT)
        assert "".join(reply) and reply.stats is not None
        session.load(LoadParams(str(starter), n_ctx=512))  # back: a fresh local engine
        assert session.pid not in (None, local_pid) and session.backend_key == LOCAL
        again = session.chat(QUESTION, SHORT)
        assert "".join(again)
    finally:
        session.close()


def _stop_once_sent(session: EngineSession, backend: RemoteBackend) -> threading.Thread:
    """A thread that stops the session as soon as the request's body is on the wire."""
    sent = threading.Event()
    traced = backend._trace

    def trace(event: str, info: dict[str, object]) -> None:
        traced(event, info)
        if event == "http11.send_request_body.complete":
            sent.set()

    backend._trace = trace  # type: ignore[method-assign]
    thread = threading.Thread(target=lambda: sent.wait(10) and session.stop(), name="stopper")
    thread.start()
    return thread


def test_a_stop_while_the_server_reads_the_prompt_ends_at_once(llama_server, model_id):
    backend = RemoteBackend(Connection("test", llama_server))
    session = EngineSession(backend_factory=lambda: backend)
    try:
        session.load(LoadParams(model_id, n_ctx=2048))
        long_prompt = [Message("user", "Tell me about the sea. " * 230)]
        reply = session.chat(long_prompt, GREEDY)
        stopper = _stop_once_sent(session, backend)
        t0 = time.perf_counter()
        reply.wait_prompt_started()
        assert list(reply) == [] and reply.text == ""
        elapsed = time.perf_counter() - t0
        stopper.join(10)
        assert reply.stats is not None and reply.stats.stop_reason is StopReason.USER
        assert elapsed < 1.0, f"the stop took {elapsed:.2f} s"
        again = session.chat(QUESTION, GREEDY)  # the server keeps serving
        assert "".join(again)
    finally:
        session.close()


class _Silent:
    """A raw socket server: answers GET /v1/models, takes a POST and never writes back."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.base = f"http://127.0.0.1:{self.listener.getsockname()[1]}/v1"
        self.held: list[socket.socket] = []
        self.done = False
        self.thread = threading.Thread(target=self._serve, name="silent-server")
        self.thread.start()

    def _serve(self) -> None:
        while True:
            conn, _ = self.listener.accept()
            if self.done:
                conn.close()
                return
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                head += chunk
            if head.startswith(b"GET"):
                body = b'{"object": "list", "data": [{"id": "m"}]}'
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )
                conn.close()
            else:
                self.held.append(conn)  # read, never answered

    def close(self) -> None:
        self.done = True
        socket.create_connection(self.listener.getsockname(), timeout=5).close()  # wakes accept
        self.thread.join(5)
        self.listener.close()
        for conn in self.held:
            conn.close()


def test_a_stop_before_a_silent_servers_first_byte_ends_at_once():
    server = _Silent()
    backend = RemoteBackend(Connection("silent", server.base), read_timeout_s=5.0)
    session = EngineSession(backend_factory=lambda: backend)
    try:
        session.load(LoadParams("m"))
        reply = session.chat(QUESTION, GREEDY)
        stopper = _stop_once_sent(session, backend)
        t0 = time.perf_counter()
        assert reply.wait_prompt_started() > 0
        assert list(reply) == []
        elapsed = time.perf_counter() - t0
        stopper.join(10)
        assert reply.stats is not None and reply.stats.stop_reason is StopReason.USER
        assert elapsed < 1.0, f"the stop took {elapsed:.2f} s (the read timeout is 5 s)"
    finally:
        session.close()
        server.close()


def test_the_context_is_the_servers_from_models_or_props_else_the_loads(failing, llama_server):
    for base, expected in (
        (f"{failing}/ok/v1", 4096),  # vLLM's max_model_len in /v1/models
        (f"{failing}/props/v1", 3072),  # llama-server's /props
        (llama_server, 1536),  # llama_cpp.server says neither: the load's n_ctx
    ):
        session = _session(base)
        try:
            model = "m" if base.startswith(failing) else httpx.get(f"{base}/models").json()
            model_id = model if isinstance(model, str) else model["data"][0]["id"]
            assert session.load(LoadParams(model_id, n_ctx=1536)).n_ctx == expected
        finally:
            session.close()


def test_an_address_without_the_api_is_a_sentence_about_the_address(failing):
    backend = RemoteBackend(Connection("x", f"{failing}/nothing/v1"), connect_timeout_s=2.0)
    try:
        with pytest.raises(RemoteError, match="There is no OpenAI-compatible API at"):
            backend.models()
    finally:
        backend.close()
