"""Tool sources for the tool loop: MCP servers' tools under one list of names."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from desktop.core.errors import HearthError
from desktop.core.types import ToolSpec

if TYPE_CHECKING:
    from desktop.tools.mcp_hub import McpHub, ToolResult

log = logging.getLogger(__name__)

LIST_TIMEOUT_S = 30.0  # a stdio server starts (and may install itself) on its first listing


class McpTools:
    """The tools of some of a hub's servers (a ToolSource). A name two servers share is kept
    by the first; the second's becomes SERVER_NAME, so the model can call both. A server that
    cannot list its tools is left out and `problems` says why (the chat goes on without it)."""

    def __init__(
        self, hub: McpHub, servers: Sequence[str], timeout_s: float = LIST_TIMEOUT_S
    ) -> None:
        self.hub, self.servers, self.timeout_s = hub, tuple(servers), timeout_s
        self.problems: list[str] = []
        self._where: dict[str, tuple[str, str]] | None = None  # name -> (server, tool)
        self._specs: list[ToolSpec] = []

    def specs(self) -> list[ToolSpec]:
        if self._where is None:
            self._where = {}
            for server in self.servers:
                try:
                    listed = self.hub.tools(server, self.timeout_s)
                except HearthError as e:
                    self.problems.append(e.user_message)
                    continue
                for spec in listed:
                    name = spec.name
                    if name in self._where:
                        name = f"{server}_{spec.name}"
                        log.info("tool %s of %s is called %s", spec.name, server, name)
                    self._where[name] = (server, spec.name)
                    self._specs.append(replace(spec, name=name))
        return list(self._specs)

    def call(self, name: str, arguments: dict[str, Any], timeout_s: float) -> ToolResult:
        self.specs()
        assert self._where is not None
        server, tool = self._where[name]  # the loop only calls names specs() listed
        return self.hub.call(server, tool, arguments, timeout_s)

    def origin(self, name: str) -> str:
        """The server a tool comes from (what "Always allow" remembers with it)."""
        self.specs()
        assert self._where is not None
        return self._where.get(name, ("", name))[0]
