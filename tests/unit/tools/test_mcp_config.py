"""mcpServers files as Claude Desktop, LM Studio, Cursor and VS Code write them; secrets; import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from keyrings import MemoryKeyring

from desktop.tools.mcp_config import (
    SERVICE,
    KeyringSecrets,
    McpConfigError,
    McpServerConfig,
    config_path,
    import_config,
    load_config,
    parse_config,
    plain_secrets,
    resolve_secrets,
)

CLAUDE = {
    "mcpServers": {
        "time": {"command": "uvx", "args": ["mcp-server-time", "--local-timezone=UTC"]},
        "github": {
            "command": "npx",
            "args": ["-y", "@modelcontextprotocol/server-github"],
            "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_plaintext", "PORT": 8080},
            "cwd": "/srv",
        },
    }
}
LMSTUDIO = {
    "mcpServers": {
        "hf": {
            "url": "https://huggingface.co/mcp",
            "headers": {"Authorization": "Bearer ${keyring:mcp/hf/Authorization}"},
        },
        "local": {"type": "streamable-http", "url": "http://127.0.0.1:8000/mcp"},
        "off": {"command": "x", "disabled": True},
    }
}


def test_stdio_and_http_entries_come_out_typed() -> None:
    parsed = parse_config(CLAUDE)
    assert parsed.problems == ()
    assert parsed.servers == (
        McpServerConfig("time", "uvx", ("mcp-server-time", "--local-timezone=UTC")),
        McpServerConfig(
            "github",
            "npx",
            ("-y", "@modelcontextprotocol/server-github"),
            {"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_plaintext", "PORT": "8080"},
            cwd="/srv",
        ),
    )
    lm = parse_config(LMSTUDIO)
    hf, local, off = lm.servers
    assert (hf.is_http, hf.url, hf.loopback) == (True, "https://huggingface.co/mcp", False)
    assert hf.headers == {"Authorization": "Bearer ${keyring:mcp/hf/Authorization}"}
    assert (local.is_http, local.loopback, local.host) == (True, True, "127.0.0.1")
    assert (off.enabled, off.is_http, off.loopback) == (False, False, True)
    # VS Code's key for the same object.
    assert parse_config({"servers": CLAUDE["mcpServers"]}).servers == parse_config(CLAUDE).servers


def test_a_bad_entry_gets_a_sentence_and_loses_nothing_else() -> None:
    parsed = parse_config(
        {
            "mcpServers": {
                "good": {"command": "mcp-server-time"},
                "old": {"type": "sse", "url": "http://127.0.0.1:9000/sse"},
                "nothing": {"args": ["x"]},
                "notobj": ["x"],
                "badargs": {"command": "x", "args": "--flag"},
                "badenv": {"command": "x", "env": {"A": {"nested": 1}}},
                "badurl": {"url": "ftp://example.org/mcp"},
                "weird": {"type": "websocket", "url": "ws://127.0.0.1/"},
                "": {"command": "x"},
                "http2": {"type": "http", "url": "http://[::1]:8000/mcp", "extra": "ignored"},
            }
        }
    )
    assert [s.name for s in parsed.servers] == ["good", "http2"]
    assert parsed.servers[1].loopback
    assert parsed.problems == (
        "“old” was skipped: it uses the old SSE transport, which Hearth does not support; "
        "ask its author for a streamable HTTP URL.",
        "“nothing” was skipped: it has neither a “command” nor a “url”.",
        "“notobj” was skipped: its entry is not an object.",
        "“badargs” was skipped: its “args” is not a list of words.",
        "“badenv” was skipped: “env.A” is not a text value.",
        "“badurl” was skipped: its “url” is not an http:// or https:// address.",
        "“weird” was skipped: Hearth does not know the transport “websocket”.",
        "A server named '' was skipped: a name needs 1 to 64 visible characters.",
    )
    assert parse_config([1]).problems == ("The file has no “mcpServers” object.",)


def test_load_config_reads_a_file_and_says_why_it_cannot(tmp_path: Path) -> None:
    assert load_config(tmp_path / "missing.json").servers == ()
    assert load_config(tmp_path / "missing.json").problems == ()
    good = tmp_path / "claude_desktop_config.json"
    good.write_text(json.dumps(CLAUDE), encoding="utf-8")
    assert [s.name for s in load_config(good).servers] == ["time", "github"]
    broken = tmp_path / "mcp.json"
    broken.write_text('{"mcpServers": {"a": {"command": "x",}}}', encoding="utf-8")
    assert load_config(broken).problems == ("mcp.json is not valid JSON (line 1, column 38).",)
    assert broken.exists()  # a person's file is never moved or rewritten by reading it


def test_keyring_and_env_references_resolve_at_start_time_only() -> None:
    store = {"mcp/hf/Authorization": "hf_secret"}
    hf = parse_config(LMSTUDIO).servers[0]
    resolved = resolve_secrets(hf, store.get)
    assert resolved.headers == {"Authorization": "Bearer hf_secret"}
    assert hf.headers["Authorization"].endswith("${keyring:mcp/hf/Authorization}")
    env_ref = McpServerConfig("e", "x", env={"TOKEN": "${env:MY_TOKEN}", "PLAIN": "1"})
    assert resolve_secrets(env_ref, store.get, {"MY_TOKEN": "t"}).env == {
        "TOKEN": "t",
        "PLAIN": "1",
    }
    with pytest.raises(McpConfigError) as missing:
        resolve_secrets(hf, {}.get)
    assert str(missing.value) == (
        "The secret “mcp/hf/Authorization” for the MCP server “hf” is not in the keychain."
    )
    with pytest.raises(McpConfigError, match="not in the environment"):
        resolve_secrets(env_ref, store.get, {})


def test_keyring_secrets_use_the_hearth_mcp_service() -> None:
    backend = MemoryKeyring()
    secrets = KeyringSecrets(backend)
    assert secrets.get("mcp/hf/Authorization") is None
    secrets.set("mcp/hf/Authorization", "hf_secret")
    assert backend.store == {(SERVICE, "mcp/hf/Authorization"): "hf_secret"}
    hf = parse_config(LMSTUDIO).servers[0]
    assert resolve_secrets(hf, secrets.get).headers["Authorization"] == "Bearer hf_secret"


def test_plain_secrets_are_flagged_for_the_keychain() -> None:
    github = parse_config(CLAUDE).servers[1]
    assert plain_secrets(github) == ["GITHUB_PERSONAL_ACCESS_TOKEN"]
    assert plain_secrets(parse_config(LMSTUDIO).servers[0]) == []  # already a reference
    bearer = McpServerConfig("b", url="https://x.org/mcp", headers={"X-Api": "Bearer abc"})
    assert plain_secrets(bearer) == ["X-Api"]


def test_import_merges_into_hearths_file_atomically(tmp_path: Path) -> None:
    claude = tmp_path / "claude.json"
    claude.write_text(json.dumps(CLAUDE), encoding="utf-8")
    lmstudio = tmp_path / "lmstudio.json"
    lmstudio.write_text(json.dumps(LMSTUDIO), encoding="utf-8")
    dest = config_path()
    assert not dest.exists()

    first = import_config(claude)
    assert (first.added, first.problems) == (("time", "github"), ())
    # The person's own entry (with a key Hearth does not know) survives every import.
    document = json.loads(dest.read_text(encoding="utf-8"))
    document["mcpServers"]["mine"] = {"command": "my-server", "comment": "kept"}
    dest.write_text(json.dumps(document), encoding="utf-8")

    again = import_config(claude)
    assert again.added == ()
    assert again.problems == ("“time” is already there.", "“github” is already there.")

    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps({"mcpServers": {"time": {"command": "other"}}}), "utf-8")
    renamed = import_config(changed)
    assert renamed.added == ("time-2",)
    assert renamed.problems == ("“time” was added as “time-2”: the name was taken.",)

    assert import_config(lmstudio).added == ("hf", "local", "off")
    final = json.loads(dest.read_text(encoding="utf-8"))
    assert final["mcpServers"]["mine"] == {"command": "my-server", "comment": "kept"}
    assert final["mcpServers"]["off"] == {"command": "x", "args": [], "disabled": True}
    names = [s.name for s in load_config().servers]
    assert names == ["time", "github", "mine", "time-2", "hf", "local", "off"]
    assert list(dest.parent.glob(".mcp.json.*")) == []  # no temp file left behind


def test_import_refuses_unusable_files_without_touching_hearths(tmp_path: Path) -> None:
    with pytest.raises(McpConfigError, match="There is no file"):
        import_config(tmp_path / "nope.json", tmp_path / "mcp.json")
    src = tmp_path / "src.json"
    src.write_text(json.dumps(CLAUDE), encoding="utf-8")
    dest = tmp_path / "mcp.json"
    dest.write_text("{not json", encoding="utf-8")
    with pytest.raises(McpConfigError, match=r"mcp.json is not valid JSON \(line 1, column 2\)"):
        import_config(src, dest)
    assert dest.read_text(encoding="utf-8") == "{not json"
