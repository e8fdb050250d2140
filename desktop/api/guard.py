"""The API's door: the Host header must name this server (against DNS rebinding from a web
page) and, when a key is set, each request must carry it as a Bearer token."""

from __future__ import annotations

import hmac
import ipaddress

from starlette.types import ASGIApp, Receive, Scope, Send

from desktop.api.errors import ApiError

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def is_loopback(host: str) -> bool:
    """Whether host (a name or an address) only reaches this machine."""
    host = host.strip("[]")
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """The Host header without its port, lowercased ("[::1]:8080" -> "::1")."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class Guard:
    """Pure ASGI middleware (no body buffering, streams pass through untouched)."""

    def __init__(self, app: ASGIApp, api_key: str | None, allowed_hosts: frozenset[str]) -> None:
        self.app = app
        self.api_key = api_key.encode() if api_key else None
        self.any_host = "*" in allowed_hosts
        self.hosts = LOOPBACK_NAMES | {h.lower().strip("[]") for h in allowed_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        error = self._check(
            headers.get(b"host", b"").decode("latin-1"),
            headers.get(b"authorization", b"").decode("latin-1"),
        )
        if error is not None:
            await error.response()(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _check(self, host: str, authorization: str) -> ApiError | None:
        name = host_name(host)
        if not self.any_host and name not in self.hosts:
            return ApiError(
                421,
                f"This server does not answer to the host {name or '(none)'!r}: use the "
                "address it was started on.",
                code="host_not_allowed",
            )
        if self.api_key is None:
            return None
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            token.strip().encode(), self.api_key
        ):
            return ApiError(
                401,
                "This server needs an API key: send it as 'Authorization: Bearer <key>'.",
                "authentication_error",
                code="invalid_api_key",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return None
