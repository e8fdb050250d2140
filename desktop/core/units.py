"""Sizes as people read them: one formatter for the window, the CLI and error sentences."""

from __future__ import annotations


def format_bytes(n: float) -> str:
    """Decimal units, as the hub and file managers show them: 512 B, 526 KB, 98.4 MB."""
    if n < 1000:
        return f"{int(n)} B"
    value = float(n)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1000
        if value < 1000 or unit == "TB":
            return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"
    raise AssertionError("unreachable")
