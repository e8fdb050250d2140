"""The window's MCP files: approvals and per-chat choices read back, damaged files moved aside,
and a server's switch written into mcp.json with the rest of the file kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.types import ToolSpec
from desktop.tools import mcp_state
from desktop.tools.mcp_config import McpConfigError
from desktop.tools.runner import approval_key


def test_approvals_and_choices_round_trip_and_a_damaged_file_is_moved_aside(tmp_path: Path):
    spec = ToolSpec("now", "", {"type": "object"})
    keys = {approval_key("time", spec)}
    assert mcp_state.approval_key("time", spec) in keys  # the loop's own key
    approvals = tmp_path / mcp_state.APPROVALS_FILE
    mcp_state.save(approvals, json.dumps(mcp_state.approvals_document(keys)))
    assert mcp_state.read_approvals(approvals) == keys

    choices = tmp_path / mcp_state.CHOICES_FILE
    chosen = {3: frozenset({"time"}), -1: frozenset({"git"}), 4: frozenset()}
    mcp_state.save(choices, json.dumps(mcp_state.choices_document(chosen)))
    assert mcp_state.read_choices(choices) == {3: frozenset({"time"}), 4: frozenset()}

    approvals.write_text("{not json")
    assert mcp_state.read_approvals(approvals) == set()
    assert any(p.name.startswith(f"{approvals.name}.broken-") for p in tmp_path.iterdir())


def test_a_switch_keeps_the_rest_of_the_file(tmp_path: Path):
    path = tmp_path / "mcp.json"
    document = {"version": 1, "mcpServers": {"a": {"command": "x", "env": {"K": "${keyring:k}"}}}}
    path.write_text(json.dumps(document))
    parsed = mcp_state.write_enabled(path, "a", False)
    assert [s.enabled for s in parsed.servers] == [False]
    written = json.loads(path.read_text())
    assert written["mcpServers"]["a"] == {
        "command": "x",
        "env": {"K": "${keyring:k}"},
        "disabled": True,
    }
    mcp_state.write_enabled(path, "a", True)
    assert json.loads(path.read_text()) == document
    with pytest.raises(McpConfigError, match="no server named “b”"):
        mcp_state.write_enabled(path, "b", True)
