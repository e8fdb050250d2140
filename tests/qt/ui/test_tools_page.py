"""The Tools page (issue 14.3): the MCP servers of mcp.json with their status, a switch that
writes the file, imports from another app's file, and each server's tools, listed from a real
mcp-server-time child; and the page on the window's rail (Ctrl+6)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyrings import MemoryKeyring
from processes import process_gone
from PySide6.QtCore import Qt

from desktop.app import App
from desktop.core.secrets import TokenStore
from desktop.core.settings import Settings, save_settings
from desktop.services.mcp_service import McpService
from desktop.tools.mcp_config import config_path
from desktop.ui.tools_page import ToolsPage

LEFT = Qt.MouseButton.LeftButton
TIME = str(Path(sys.executable).parent / "mcp-server-time")
TIME_ENTRY = {"command": TIME, "args": ["--local-timezone", "UTC"]}
WAIT_MS = 30000


def write_config(servers: dict[str, object]) -> Path:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"version": 1, "mcpServers": servers}), encoding="utf-8")
    return path


@pytest.fixture
def open_page(qtbot) -> Iterator[Callable[[], ToolsPage]]:
    services: list[McpService] = []

    def make() -> ToolsPage:
        service = McpService(keyring_get={}.get)
        services.append(service)
        page = ToolsPage(service)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: service.loaded, timeout=WAIT_MS)
        page.resize(760, 560)
        page.show()
        qtbot.waitExposed(page)
        return page

    yield make
    for service in services:
        service.shutdown()


def test_the_page_lists_the_servers_and_a_switch_writes_the_file(qtbot, open_page):
    path = write_config(
        {"time": TIME_ENTRY, "far": {"type": "http", "url": "https://mcp.example.com/mcp"}}
    )
    page = open_page()
    assert list(page.rows) == ["time", "far"]
    row = page.rows["time"]
    assert row.where.text() == f"{TIME} --local-timezone UTC"
    assert page.rows["far"].where.text() == "https://mcp.example.com/mcp"
    assert row.status.text() == "Not started" and row.switch.isChecked()
    assert not page.message.isVisible()  # nothing to say

    with qtbot.waitSignal(page.service.serversChanged, timeout=WAIT_MS):
        qtbot.mouseClick(row.switch, LEFT)
    assert json.loads(path.read_text())["mcpServers"]["time"]["disabled"] is True
    row = page.rows["time"]
    assert not row.switch.isChecked() and row.switch.isEnabled()
    assert row.status.text() == "Switched off" and not row.show_tools.isEnabled()

    with qtbot.waitSignal(page.service.serversChanged, timeout=WAIT_MS):
        qtbot.mouseClick(page.rows["time"].switch, LEFT)
    assert "disabled" not in json.loads(path.read_text())["mcpServers"]["time"]
    assert page.rows["time"].status.text() == "Not started"


def test_import_from_another_app_found_on_this_machine_adds_a_row(
    qtbot, open_page, tmp_path, monkeypatch
):
    monkeypatch.setenv("HOME", str(tmp_path))
    lmstudio = tmp_path / ".lmstudio" / "mcp.json"
    lmstudio.parent.mkdir()
    lmstudio.write_text(json.dumps({"mcpServers": {"clock": TIME_ENTRY}}))
    page = open_page()
    assert page.rows == {} and "No MCP servers yet" in page.message.text()
    actions = {a.text(): a for a in page.import_menu.actions() if a.text()}
    assert list(actions) == ["From a file…", "From LM Studio"]
    assert actions["From LM Studio"].toolTip() == str(lmstudio)

    with qtbot.waitSignal(page.service.imported, timeout=WAIT_MS):
        actions["From LM Studio"].trigger()
    assert list(page.rows) == ["clock"]
    assert page.message.text() == "Added “clock”."
    assert "clock" in json.loads(config_path().read_text())["mcpServers"]
    with qtbot.waitSignal(page.service.imported, timeout=WAIT_MS):
        page.import_from(lmstudio)  # the same file again adds nothing
    assert list(page.rows) == ["clock"]
    assert page.message.text() == "No server was added. “clock” is already there."


def test_show_tools_starts_the_server_and_lists_its_tools(qtbot, open_page):
    write_config({"time": TIME_ENTRY})
    page = open_page()
    row = page.rows["time"]
    assert not row.tools.isVisible()
    with qtbot.waitSignal(page.service.toolsListed, timeout=WAIT_MS):
        qtbot.mouseClick(row.show_tools, LEFT)
        assert row.tools.isVisible() and row.tools.text().startswith("Starting")
    assert "get_current_time: " in row.tools.text()
    assert "convert_time: " in row.tools.text()
    assert row.status.text() == "Ready: 2 tools"
    assert row.show_tools.text() == "Hide tools"


def test_the_rail_shows_the_tools_page_and_its_servers_stop_at_exit(qtbot):
    save_settings(Settings(offline=True))
    write_config({"time": TIME_ENTRY})
    app = App([], tokens=TokenStore(backend=MemoryKeyring()))
    qtbot.addWidget(app.window)
    pid = None
    try:
        with qtbot.waitSignal(app.library_jobs.listed, timeout=WAIT_MS):
            app.start(load=False)
        qtbot.waitUntil(lambda: app.mcp.loaded, timeout=WAIT_MS)
        qtbot.keyClick(app.window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
        assert app.window.pages.current_key() == "tools"
        page = app.tools_page
        assert page is not None and page.isVisible() and list(page.rows) == ["time"]
        with qtbot.waitSignal(app.mcp.toolsListed, timeout=WAIT_MS):
            qtbot.mouseClick(page.rows["time"].show_tools, LEFT)
        pid = app.mcp.hub().pid("time")
        assert pid is not None and not process_gone(pid)
    finally:
        app.window.close()
    assert process_gone(pid)  # the server stops when Hearth closes
