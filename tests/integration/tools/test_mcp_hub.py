"""McpHub against real MCP servers: the reference servers from PyPI, a streamable HTTP
server on 127.0.0.1, and hostile ones (tests/mcp_hostile) that hang, exit, flood or lie."""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil
import pytest
from processes import process_gone

from desktop.tools.mcp_config import McpServerConfig
from desktop.tools.mcp_hub import McpError, McpHub

BIN = Path(sys.executable).parent
HOSTILE = Path(__file__).resolve().parents[2] / "mcp_hostile"
TOKEN = "s3cret-token"

MakeHub = Callable[..., McpHub]


def hostile(name: str, mode: str = "ok") -> McpServerConfig:
    return McpServerConfig(name, sys.executable, (str(HOSTILE / "server.py"), mode))


def reference(name: str, *args: str) -> McpServerConfig:
    return McpServerConfig(name, str(BIN / f"mcp-server-{name}"), args)


def reaped(pid: int | None) -> bool:
    """The child is gone and was waited for by the hub (not left as our zombie)."""
    assert pid is not None
    return pid not in {c.pid for c in psutil.Process().children(recursive=True)} and process_gone(
        pid
    )


@pytest.fixture
def make_hub() -> Iterator[MakeHub]:
    hubs: list[McpHub] = []

    def make(*servers: McpServerConfig, **options: object) -> McpHub:
        options.setdefault("keyring_get", {}.get)
        hub = McpHub(servers, **options)  # type: ignore[arg-type]
        hubs.append(hub)
        return hub

    yield make
    for hub in hubs:
        hub.close()


@pytest.fixture(scope="module")
def http_mcp_url() -> Iterator[str]:
    """tests/mcp_hostile/http_server.py in a child: a streamable HTTP MCP server that
    answers 401 without `Authorization: Bearer TOKEN`."""
    child = subprocess.Popen(
        [sys.executable, str(HOSTILE / "http_server.py"), TOKEN],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout is not None
        port = int(child.stdout.readline())
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        child.terminate()
        child.wait(10)


@pytest.fixture
def web_page(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "index.html").write_text(
        "<html><body><h1>Hello Hearth</h1><p>A local page.</p></body></html>", encoding="utf-8"
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="test-web-page")
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_time_server_lists_its_tools_and_answers(make_hub: MakeHub) -> None:
    hub = make_hub(reference("time", "--local-timezone", "UTC"))
    tools = {t.name: t for t in hub.tools("time", timeout_s=20)}
    assert set(tools) == {"get_current_time", "convert_time"}
    assert tools["get_current_time"].parameters["required"] == ["timezone"]
    result = hub.call("time", "get_current_time", {"timezone": "Europe/Paris"}, timeout_s=20)
    answer = json.loads(result.text)
    assert (answer["timezone"], result.is_error, result.truncated) == ("Europe/Paris", False, False)
    assert 0 < result.elapsed_s < 20
    refused = hub.call("time", "get_current_time", {"timezone": "Mars/Olympus"}, timeout_s=20)
    assert refused.is_error
    assert "Mars/Olympus" in refused.text
    pid = hub.pid("time")
    hub.close()
    hub.close()  # twice is fine
    assert reaped(pid)
    with pytest.raises(McpError, match="MCP servers are shut down"):
        hub.call("time", "get_current_time", {"timezone": "UTC"})


def test_git_server_reads_a_temporary_repository(make_hub: MakeHub, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "a.txt").write_text("hi\n", encoding="utf-8")
    git = ["git", "-C", str(repo), "-c", "user.name=T", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "add", "a.txt"], check=True)
    subprocess.run([*git, "commit", "-qm", "First commit from the test"], check=True)
    (repo / "b.txt").write_text("new\n", encoding="utf-8")

    hub = make_hub(reference("git", "--repository", str(repo)))
    log = hub.call("git", "git_log", {"repo_path": str(repo), "max_count": 5}, timeout_s=20)
    assert not log.is_error
    assert "First commit from the test" in log.text
    status = hub.call("git", "git_status", {"repo_path": str(repo)}, timeout_s=20)
    assert "b.txt" in status.text


def test_fetch_server_reads_a_page_on_this_machine(make_hub: MakeHub, web_page: str) -> None:
    # Without --allow-private-ips the server itself refuses 127.0.0.1 (a tool error).
    hub = make_hub(reference("fetch", "--ignore-robots-txt", "--allow-private-ips"))
    page = hub.call("fetch", "fetch", {"url": web_page}, timeout_s=30)
    assert not page.is_error
    assert "## Hello Hearth" in page.text


def test_streamable_http_server_gets_the_headers(make_hub: MakeHub, http_mcp_url: str) -> None:
    hub = make_hub(
        McpServerConfig(
            "add", url=http_mcp_url, headers={"Authorization": "Bearer ${keyring:mcp/add/auth}"}
        ),
        McpServerConfig("wrong", url=http_mcp_url, headers={"Authorization": "Bearer nope"}),
        keyring_get={"mcp/add/auth": TOKEN}.get,
    )
    assert [t.name for t in hub.tools("add", timeout_s=20)] == ["add"]
    result = hub.call("add", "add", {"a": 2, "b": 3}, timeout_s=20)
    assert (result.text, result.is_error) == ("5", False)
    with pytest.raises(McpError) as refused:
        hub.call("wrong", "add", {"a": 2, "b": 3}, timeout_s=20)
    assert str(refused.value) == (
        "The MCP server “wrong” refused the credentials (HTTP 401); check the headers it is given."
    )
    assert hub.call("add", "add", {"a": 1, "b": 1}, timeout_s=20).text == "2"


def test_offline_mode_refuses_remote_urls_only(make_hub: MakeHub, http_mcp_url: str) -> None:
    offline = True
    hub = make_hub(
        McpServerConfig("far", url="http://192.0.2.7:8000/mcp"),  # TEST-NET: never contacted
        McpServerConfig("near", url=http_mcp_url, headers={"Authorization": f"Bearer {TOKEN}"}),
        hostile("local"),
        offline=lambda: offline,
    )
    started = time.perf_counter()
    with pytest.raises(McpError) as refused:
        hub.tools("far")
    assert time.perf_counter() - started < 5
    assert str(refused.value) == (
        "Hearth is in offline mode, so the MCP server “far” at 192.0.2.7 is blocked: only "
        "servers on this machine (localhost) can be used."
    )
    assert hub.call("near", "add", {"a": 2, "b": 2}).text == "4"
    assert hub.call("local", "echo", {"text": "stdio is allowed"}).text == "stdio is allowed"
    offline = False
    with pytest.raises(McpError) as missing:
        hub.tools("nowhere")
    assert str(missing.value) == "There is no MCP server named “nowhere”."


HOSTILE_CASES = [
    ("hang", "echo", r"The MCP server “bad” did not answer within 1 s\."),
    (
        "exit",
        "echo",
        r"The MCP server “bad” exited at once \(exit code 3\): hostile: missing API_KEY",
    ),
    ("flood", "echo", r"The MCP server “bad” sent a message over 8 MB and was stopped\."),
    ("garbage", "echo", r"The MCP server “bad” sent a message that is not valid JSON-RPC"),
    ("ok", "crash", r"The MCP server “bad” stopped \(exit code 9\): hostile: crashing on purpose"),
]


@pytest.mark.parametrize(
    ("mode", "tool", "sentence"), HOSTILE_CASES, ids=[c[0] for c in HOSTILE_CASES]
)
def test_a_hostile_server_gives_a_sentence_and_leaves_nothing(
    make_hub: MakeHub, mode: str, tool: str, sentence: str
) -> None:
    hub = make_hub(hostile("bad", mode), hostile("good"), start_timeout_s=10)
    started = time.perf_counter()
    with pytest.raises(McpError) as failed:
        hub.call("bad", tool, {"text": "x"}, timeout_s=1)
    assert time.perf_counter() - started < 6
    assert re.fullmatch(sentence + ".*", str(failed.value)), str(failed.value)
    first = hub.pid("bad")
    assert hub.call("good", "echo", {"text": "still here"}).text == "still here"
    # The next use starts a fresh process (tools/list is answered in every mode but exit).
    if mode == "exit":
        with pytest.raises(McpError, match="exited at once"):
            hub.tools("bad")
    else:
        assert [t.name for t in hub.tools("bad")] == ["echo", "crash"]
    assert hub.pid("bad") != first
    hub.close()
    assert reaped(first)
    assert reaped(hub.pid("bad"))
    assert reaped(hub.pid("good"))


def test_a_server_that_never_starts_times_out_and_close_stops_a_start(make_hub: MakeHub) -> None:
    hub = make_hub(hostile("mute", "mute"), start_timeout_s=1)
    started = time.perf_counter()
    with pytest.raises(McpError) as failed:
        hub.tools("mute")
    assert str(failed.value) == "The MCP server “mute” did not answer within 1 s."
    assert time.perf_counter() - started < 4
    first = hub.pid("mute")

    hub.close()
    assert reaped(first)  # the start was cancelled mid-handshake and its child reaped

    # Quitting while a server starts does not wait for it.
    patient = make_hub(hostile("mute", "mute"), start_timeout_s=60)
    pending = patient.tools_future("mute")
    assert not pending.done()
    patient.close()
    with pytest.raises(McpError) as stopped:
        pending.result(timeout=10)
    assert str(stopped.value) == "The MCP server “mute” was stopped while starting."
    pid = patient.pid("mute")  # None when close() came before the spawn
    assert pid is None or reaped(pid)


def test_a_server_killed_between_calls_is_started_again(make_hub: MakeHub) -> None:
    hub = make_hub(hostile("victim"))
    assert hub.call("victim", "echo", {"text": "one"}).text == "one"
    first = hub.pid("victim")
    assert first is not None
    os.kill(first, signal.SIGKILL)
    # The hub may not have seen the death yet: this call either fails with a sentence
    # or already runs on a fresh process; the one after it runs on a fresh process.
    try:
        outcome = hub.call("victim", "echo", {"text": "two"}).text
    except McpError as exc:
        outcome = str(exc)
    assert outcome in ("two", "The MCP server “victim” stopped (killed by signal 9).")
    assert hub.call("victim", "echo", {"text": "three"}).text == "three"
    assert hub.pid("victim") != first
    hub.close()
    assert reaped(first)


def test_a_missing_command_gives_a_sentence(make_hub: MakeHub, tmp_path: Path) -> None:
    hub = make_hub(
        McpServerConfig("gone", str(tmp_path / "no-such-server")),
        McpServerConfig("nowhere", sys.executable, cwd=str(tmp_path / "no-such-folder")),
        McpServerConfig("off", sys.executable, enabled=False),
        McpServerConfig("secret", sys.executable, env={"KEY": "${keyring:mcp/secret/KEY}"}),
    )
    sentences = []
    for name in hub.server_names:
        with pytest.raises(McpError) as failed:
            hub.tools(name)
        sentences.append(str(failed.value))
    assert sentences == [
        f"The MCP server “gone” could not start: the command “{tmp_path / 'no-such-server'}” "
        "was not found.",
        f"The MCP server “nowhere” could not start: its folder {tmp_path / 'no-such-folder'} "
        "does not exist.",
        "The MCP server “off” is switched off.",
        "The secret “mcp/secret/KEY” for the MCP server “secret” is not in the keychain.",
    ]


def test_stderr_is_bounded_and_results_are_capped(make_hub: MakeHub) -> None:
    hub = make_hub(hostile("noisy", "stderrflood"), max_result_chars=10)
    result = hub.call("noisy", "echo", {"text": "a" * 50})
    assert result.truncated
    assert result.text == "a" * 10 + (
        "\n[… cut: the tool returned 50 characters; the first 10 are shown]"
    )
    assert hub.stderr("noisy") == "hostile: flooded stderr"
    tail = hub._servers["noisy"].tail  # 50 MB went through the pipe; only a tail was kept
    assert tail is not None
    assert tail.total > 50_000_000
    assert tail.kept <= 128 * 1024
