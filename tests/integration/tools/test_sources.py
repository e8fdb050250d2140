"""McpTools over a real hub: two mcp-server-time children under one list of names (the second
server's names prefixed), calls routed to their server, and a server that cannot start left
out with a sentence."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from desktop.tools.mcp_config import McpServerConfig
from desktop.tools.mcp_hub import McpHub
from desktop.tools.sources import McpTools

TIME_ARGS = ("-m", "mcp_server_time", "--local-timezone", "UTC")


@pytest.fixture
def hub() -> Iterator[McpHub]:
    servers = [
        McpServerConfig("clock", sys.executable, TIME_ARGS),
        McpServerConfig("broken", sys.executable, ("-c", "raise SystemExit(3)")),
        McpServerConfig("spare", sys.executable, TIME_ARGS),
    ]
    hub = McpHub(servers, keyring_get=lambda name: None, start_timeout_s=20)
    try:
        yield hub
    finally:
        hub.close()


def test_tools_of_several_servers_under_one_list_of_names(hub: McpHub):
    tools = McpTools(hub, ["clock", "broken", "spare"], timeout_s=20)
    names = [spec.name for spec in tools.specs()]
    assert names == [
        "get_current_time",
        "convert_time",
        "spare_get_current_time",
        "spare_convert_time",
    ]
    assert len(tools.problems) == 1 and "broken" in tools.problems[0]
    assert tools.origin("get_current_time") == "clock"
    assert tools.origin("spare_get_current_time") == "spare"
    result = tools.call("spare_get_current_time", {"timezone": "Europe/Paris"}, 10)
    assert not result.is_error and '"timezone": "Europe/Paris"' in result.text
    assert tools.specs() is not tools.specs() and len(tools.specs()) == 4  # listed once, copied
