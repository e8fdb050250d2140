"""Masks tokens and keys in log records and other text before they leave the process."""

from __future__ import annotations

import logging
import re

MASK = "***"

# Each pattern keeps its group 1 (a prefix that says what was masked) and masks the rest.
_PATTERNS: tuple[re.Pattern[str], ...] = (
    # Hugging Face user access tokens.
    re.compile(r"(?<![A-Za-z0-9])(hf_)[A-Za-z0-9]{20,}"),
    # OpenAI-style keys, including sk-proj-... and sk-ant-... forms.
    re.compile(r"(?<![A-Za-z0-9])(sk-)[A-Za-z0-9_\-]{16,}"),
    # GitHub tokens (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_).
    re.compile(r"(?<![A-Za-z0-9])(gh[pousr]_|github_pat_)[A-Za-z0-9_]{20,}"),
    # HTTP authorization headers: "Bearer <token>", "Authorization: token <token>".
    re.compile(r"(?i)\b(bearer\s+|authorization:\s*(?:token\s+)?)[A-Za-z0-9._~+/=\-]{8,}"),
    # key=value / key: value / "key": "value" for names that hold secrets.
    re.compile(
        r"(?i)(?<![A-Za-z0-9])((?:api[_-]?key|access[_-]?token|auth[_-]?token|token|secret|password|passwd)"
        r"[\"']?\s*[=:]\s*[\"']?)[^\s\"',;&]{8,}"
    ),
)


def mask_secrets(text: str) -> str:
    """Return text with anything shaped like a token or key replaced by its prefix and ***."""
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + MASK, text)
    return text


class TokenMaskingFilter(logging.Filter):
    """A logging filter that masks tokens in a record's message, arguments and traceback.

    Attach it to every handler (filters on a logger do not see records propagated from
    child loggers). The record is rewritten in place: its message is formatted once with
    its arguments, masked, and stored as ``msg`` with ``args`` cleared, so every later
    handler and formatter sees only the masked text. The filter never drops a record.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask the record in place and let it through."""
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: logging reports it itself, keep going
            message = str(record.msg)
        masked = mask_secrets(message)
        if masked != record.msg or record.args:
            record.msg = masked
            record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_secrets(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_secrets(record.stack_info)
        return True
