"""McpService with a real MCP server (mcp-server-time as a child process): mcp.json read off
the GUI thread, status as signals, tools listed and called through Futures, switches written
to the file, imports, offline mode, and the approvals and per-chat choices kept on disk."""

from __future__ import annotations

import concurrent.futures
import json
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from processes import process_gone

from desktop.core.types import ToolSpec
from desktop.services.mcp_service import McpService, ServerStatus
from desktop.services.preferences import Preferences
from desktop.tools.mcp_config import config_path

TIME = str(Path(sys.executable).parent / "mcp-server-time")
TIME_ENTRY = {"command": TIME, "args": ["--local-timezone", "UTC"]}
WAIT_MS = 30000

MakeService = Callable[..., McpService]


def write_config(servers: dict[str, object], path: Path | None = None) -> Path:
    path = path or config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"version": 1, "mcpServers": servers}), encoding="utf-8")
    return path


def done(future: concurrent.futures.Future[object]) -> Callable[[], bool]:
    return future.done


@pytest.fixture
def make_service(qtbot, tmp_path: Path) -> Iterator[MakeService]:
    made: list[McpService] = []

    def make(preferences: Preferences | None = None) -> McpService:
        service = McpService(preferences, keyring_get={}.get)
        made.append(service)
        qtbot.waitUntil(lambda: service.loaded, timeout=WAIT_MS)
        return service

    yield make
    for service in made:
        service.shutdown()


def test_a_server_starts_when_asked_lists_its_tools_and_runs_one(qtbot, make_service):
    write_config({"time": TIME_ENTRY})
    service = make_service()
    assert [s.name for s in service.servers()] == ["time"]
    assert service.status("time") == ServerStatus("not started")
    assert service._hub is None  # nothing runs before a conversation needs tools

    with (
        qtbot.waitSignal(service.toolsListed, timeout=WAIT_MS) as listed,
        qtbot.waitSignal(service.statusChanged, timeout=WAIT_MS) as starting,
    ):
        service.list_tools("time")
    assert starting.args == ["time", ServerStatus("starting")]
    name, specs = listed.args
    assert name == "time" and "get_current_time" in [s.name for s in specs]
    assert service.status("time").state == "ready"
    assert service.status("time").text == f"Ready: {len(specs)} tools"

    every = service.tools_for(42)
    qtbot.waitUntil(done(every), timeout=WAIT_MS)
    assert [(server, spec.name) for server, spec in every.result()] == [
        ("time", s.name) for s in specs
    ]
    call = service.call_future("time", "get_current_time", {"timezone": "UTC"}, 20.0)
    qtbot.waitUntil(done(call), timeout=WAIT_MS)
    result = call.result()
    assert not result.is_error and "UTC" in result.text


def test_a_switch_writes_the_file_and_stops_the_server(qtbot, make_service):
    path = write_config({"time": TIME_ENTRY})
    service = make_service()
    with qtbot.waitSignal(service.toolsListed, timeout=WAIT_MS):
        service.list_tools("time")
    pid = service.hub().pid("time")
    assert pid is not None and not process_gone(pid)

    with qtbot.waitSignal(service.serversChanged, timeout=WAIT_MS) as changed:
        service.set_enabled("time", False)
    assert [s.enabled for s in changed.args[0]] == [False]
    assert json.loads(path.read_text())["mcpServers"]["time"]["disabled"] is True
    assert service.status("time").state == "off"
    qtbot.waitUntil(lambda: process_gone(pid), timeout=WAIT_MS)  # the old hub stopped it
    refused = service.call_future("time", "get_current_time", {"timezone": "UTC"})
    assert refused.done() and "switched off" in str(refused.exception())
    assert service.servers_for(1) == ()

    with qtbot.waitSignal(service.serversChanged, timeout=WAIT_MS):
        service.set_enabled("time", True)
    assert "disabled" not in json.loads(path.read_text())["mcpServers"]["time"]
    assert service.servers_for(1) == ("time",)


def test_a_server_that_cannot_start_says_why_and_the_others_still_answer(qtbot, make_service):
    write_config({"broken": {"command": "/nonexistent/mcp-server"}, "time": TIME_ENTRY})
    service = make_service()
    every = service.tools_for(None)
    qtbot.waitUntil(done(every), timeout=WAIT_MS)
    assert {server for server, _spec in every.result()} == {"time"}
    qtbot.waitUntil(lambda: service.status("broken").state == "failed", timeout=WAIT_MS)
    assert "broken" in service.status("broken").text


def test_offline_mode_blocks_a_network_server_without_reaching_it(qtbot, make_service, tmp_path):
    write_config(
        {"far": {"type": "http", "url": "https://mcp.example.com/mcp"}, "time": TIME_ENTRY}
    )
    preferences = Preferences(tmp_path / "settings.json")
    service = make_service(preferences)
    assert service.status("far").state == "not started"
    with qtbot.waitSignal(service.statusChanged, timeout=WAIT_MS) as blocked:
        preferences.set_offline(True)
    assert blocked.args[0] == "far" and blocked.args[1].state == "blocked"
    assert "mcp.example.com" in service.status("far").text
    listing = service.tools_future("far")
    assert listing.done() and "offline" in str(listing.exception())
    assert service.status("time").state == "not started"  # stdio servers are the user's
    preferences.set_offline(False)
    assert service.status("far").state == "not started"


def test_import_adds_servers_from_another_apps_file(qtbot, make_service, tmp_path):
    service = make_service()
    assert service.servers() == ()
    claude = tmp_path / "claude_desktop_config.json"
    claude.write_text(
        json.dumps({"mcpServers": {"time": TIME_ENTRY, "old": {"type": "sse", "url": "http://x"}}})
    )
    with qtbot.waitSignal(service.imported, timeout=WAIT_MS) as imported:
        service.import_file(claude)
    assert imported.args[0].added == ("time",)
    assert any("SSE" in p for p in imported.args[0].problems)
    assert [s.name for s in service.servers()] == ["time"]
    assert "time" in json.loads(config_path().read_text())["mcpServers"]
    with qtbot.waitSignal(service.failed, timeout=WAIT_MS) as failed:
        service.import_file(tmp_path / "missing.json")
    assert "missing.json" in failed.args[0]


def test_always_allow_and_each_chats_servers_are_kept(qtbot, make_service):
    write_config({"time": TIME_ENTRY, "other": TIME_ENTRY})
    service = make_service()
    spec = ToolSpec("get_current_time", "Now.", {"type": "object", "properties": {}})
    assert not service.is_always_allowed("time", spec)
    service.allow_always("time", spec)
    assert service.is_always_allowed("time", spec)
    assert not service.is_always_allowed("other", spec)  # another server's tool asks
    # A new chat's choice goes with it when it is stored under its id.
    service.follow_conversation(-1)
    service.set_conversation_server(-1, "other", False)
    assert service.servers_for(-1) == ("time",)
    service.follow_conversation(42)
    assert service.servers_for(42) == ("time",)
    service.follow_conversation(-1)
    assert service.servers_for(-1) == ("time", "other")  # the next new chat starts afresh
    service.shutdown()  # writes what waits

    again = make_service()
    assert again.is_always_allowed("time", spec)
    changed = ToolSpec(spec.name, spec.description, {"type": "object", "required": ["x"]})
    assert not again.is_always_allowed("time", changed)  # a changed schema asks again
    assert again.servers_for(42) == ("time",)
    assert again.servers_for(7) == ("time", "other")
    assert again.forget_approvals("time") == 1
    assert not again.is_always_allowed("time", spec)


def test_a_tool_loops_thread_lists_and_calls_through_the_service(qtbot, make_service):
    """A worker (the tool loop) uses the service as it would a hub; the status follows."""
    write_config({"time": TIME_ENTRY})
    service = make_service()
    outcome: concurrent.futures.Future[tuple[list[str], str]] = concurrent.futures.Future()

    def loop() -> None:
        names = [spec.name for spec in service.tools("time", 20.0)]
        result = service.call("time", "get_current_time", {"timezone": "UTC"}, 20.0)
        outcome.set_result((names, result.text))

    worker = threading.Thread(target=loop)
    worker.start()
    qtbot.waitUntil(done(outcome), timeout=WAIT_MS)
    worker.join()
    names, text = outcome.result()
    assert "get_current_time" in names and "UTC" in text
    qtbot.waitUntil(lambda: service.status("time").state == "ready", timeout=WAIT_MS)
