"""The API's door: Host names, loopback addresses and the bind check."""

from __future__ import annotations

import pytest

from desktop.api.guard import Guard, host_name, is_loopback
from desktop.api.serve import check_bind


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("127.0.0.1:8080", "127.0.0.1"),
        ("LocalHost", "localhost"),
        ("[::1]:8080", "::1"),
        ("[::1]", "::1"),
        ("evil.example:80", "evil.example"),
        ("", ""),
    ],
)
def test_host_name(header, name):
    assert host_name(header) == name


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "127.8.9.1", "::1", "[::1]", "localhost", "a.localhost"]
)
def test_loopback(host):
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.5", "example.com", ""])
def test_not_loopback(host):
    assert not is_loopback(host)


def test_a_non_loopback_bind_needs_a_key():
    with pytest.raises(ValueError, match="API key"):
        check_bind("0.0.0.0", None)
    with pytest.raises(ValueError, match="API key"):
        check_bind("192.168.1.5", "")
    check_bind("0.0.0.0", "secret")
    check_bind("127.0.0.1", None)


def test_guard_checks_host_then_key():
    guard = Guard(app=None, api_key="k", allowed_hosts=frozenset({"box.lan"}))  # type: ignore[arg-type]
    rebinding = guard._check("attacker.example:8080", "Bearer k")
    assert rebinding is not None and rebinding.status == 421
    missing = guard._check("box.lan:8080", "")
    assert missing is not None and missing.status == 401
    wrong = guard._check("127.0.0.1:8080", "Bearer nope")
    assert wrong is not None and wrong.status == 401
    assert guard._check("[::1]:8080", "bearer k") is None
    assert guard._check("box.lan", "Bearer k") is None
    anywhere = Guard(app=None, api_key=None, allowed_hosts=frozenset({"*"}))  # type: ignore[arg-type]
    assert anywhere._check("whatever.example", "") is None
