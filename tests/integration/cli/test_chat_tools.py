"""`hearth chat` with MCP tools and a JSON schema, run as a real subprocess on the starter with
the real mcp-server-time: the starter (whose template has no tool format) calls a tool through
the grammar path, the result reaches the transcript and the model answers with it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

# Greedy, no penalty: the same call and the same answer every run (checked on the starter).
GREEDY = ("--temperature", "0", "--repeat-penalty", "1", "--seed", "7", "--max-tokens", "120")


def hearth(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        input=stdin,  # a pipe, not a terminal: nothing can be asked
        timeout=180,
        check=False,
    )


@pytest.fixture(scope="module")
def time_config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("mcp") / "mcp.json"
    server = {
        "command": sys.executable,
        "args": ["-m", "mcp_server_time", "--local-timezone", "UTC"],
    }
    path.write_text(json.dumps({"mcpServers": {"time": server}}), encoding="utf-8")
    return path


def test_the_starter_calls_a_tool_and_answers_with_its_result(time_config: Path):
    run = hearth(
        "chat", "--model", "starter", "--prompt", "What is the current time?",
        "--mcp-config", str(time_config), "--allow-tool", "get_current_time",
        "--tool-choice", "required", *GREEDY,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    call = re.search(r"^→ tool get_current_time (\{.*\})$", run.stderr, re.MULTILINE)
    assert call is not None, run.stderr
    assert set(json.loads(call.group(1))) == {"timezone"}
    result = re.search(r'^← ok: .*"datetime": "([0-9T:+-]+)".* \(\d+ ms\)$', run.stderr, re.M)
    assert result is not None, run.stderr
    # The answer quotes what only the tool knew: today's date and the time, to the second.
    assert result.group(1)[:19] in run.stdout, (run.stdout, run.stderr)


def test_a_tool_not_allowed_is_denied_without_a_terminal(time_config: Path):
    run = hearth(
        "chat", "--model", "starter", "--prompt", "What is the current time?",
        "--mcp-config", str(time_config), "--tool-choice", "required", *GREEDY,
        "--max-tokens", "60",  # room for the call (about 30), not for a long answer after
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert (
        "hearth: get_current_time was not run: allow it with --allow-tool get_current_time "
        "(there is no terminal to ask on)." in run.stderr
    )
    assert "← denied: " in run.stderr and "← ok" not in run.stderr


def test_a_json_schema_shapes_the_reply(tmp_path: Path):
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string"}, "population": {"type": "integer"}},
        "required": ["city", "population"],
    }
    path = tmp_path / "schema.json"
    path.write_text(json.dumps(schema), encoding="utf-8")
    args = (
        "chat",
        "--model",
        "starter",
        "--prompt",
        "Name a big city.",
        "--json-schema",
        str(path),
    )
    run = hearth(*args, *GREEDY)
    assert run.returncode == 0, run.stderr
    reply = json.loads(run.stdout)
    assert isinstance(reply["city"], str) and isinstance(reply["population"], int)
    # Cut short by the token limit: the reply is kept, and said not to be whole JSON.
    cut = hearth(*args, "--max-tokens", "4")
    assert cut.returncode == 0 and "hearth: The reply is not complete JSON (" in cut.stderr
    path.write_text("[1, 2]", encoding="utf-8")
    wrong = hearth(*args)
    assert wrong.returncode == 2
    assert f"hearth: --json-schema: {path} holds no JSON schema (an object)." in wrong.stderr
