"""Hearth: a local and private LLM chat app for the desktop."""

__version__ = "0.1.0"
