"""HearthError and its subclasses: a sentence for people, details for the log."""

from __future__ import annotations


class HearthError(Exception):
    """An error with a sentence a person can act on, and optional technical details."""

    def __init__(self, user_message: str, details: str = "") -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.details = details

    def __str__(self) -> str:
        return self.user_message


class ModelFileError(HearthError):
    """A model file was refused before it reached the engine."""

    def __init__(self, user_message: str, reason: str, details: str = "") -> None:
        super().__init__(user_message, details)
        self.reason = reason


class EngineError(HearthError):
    """The engine failed: a load, a generation, or the engine process itself."""


class EngineCrashed(EngineError):
    """The engine process died; a fresh one can be started."""

    def __init__(self, user_message: str, exit_reason: str, details: str = "") -> None:
        super().__init__(user_message, details)
        self.exit_reason = exit_reason


class EngineStalled(EngineCrashed):
    """The engine process stopped answering (stopped, hung) and was killed."""


class ContextOverflow(EngineError):
    """The prompt does not fit in the context window."""

    def __init__(self, user_message: str, prompt_tokens: int, n_ctx: int) -> None:
        super().__init__(user_message)
        self.prompt_tokens = prompt_tokens
        self.n_ctx = n_ctx


class TemplateError(EngineError):
    """The model's chat template failed or broke its limits."""
