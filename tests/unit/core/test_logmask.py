"""Token masking: text patterns and the logging filter on message, args and tracebacks."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator, Mapping

import pytest

from desktop.core.logmask import TokenMaskingFilter, mask_secrets

HF = "hf_" + "aBcDeFgHiJkLmNoPqRsTuVwXyZ012345"
SK = "sk-proj-" + "Abc123Def456Ghi789Jkl"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"token {HF} refused", "token hf_*** refused"),
        (f"HF_TOKEN={HF}", "HF_TOKEN=hf_***"),
        (f"url https://x/?t={HF}&a=1", "url https://x/?t=hf_***&a=1"),
        (f"key {SK}", "key sk-***"),
        ("Authorization: Bearer abc.def-ghi_jkl", "Authorization: Bearer ***"),
        ("authorization: token 0123456789abcdef", "authorization: token ***"),
        ("api_key=s3cr3t-value-123", "api_key=***"),
        ('{"access_token": "abcdefgh12345678"}', '{"access_token": "***"}'),
        ("ghp_" + "A" * 36, "ghp_***"),
    ],
)
def test_mask_secrets(text: str, expected: str) -> None:
    assert mask_secrets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "max_tokens=1024 n_ctx=4096",
        "hf_short is not a token",
        "task-1234567890abcdefghij finished",
        "the shelf_abcdefghijklmnopqrstuvwx",
        "Loaded SmolLM2-135M-Instruct.Q4_1.gguf in 0.4 s",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert mask_secrets(text) == text


def _record(
    msg: str, args: tuple[object, ...] | Mapping[str, object] = (), exc: bool = False
) -> logging.LogRecord:
    exc_info = None
    if exc:
        try:
            raise RuntimeError(f"401 Unauthorized for {HF}")
        except RuntimeError as error:
            exc_info = (type(error), error, error.__traceback__)
    return logging.LogRecord("hearth.test", logging.WARNING, __file__, 1, msg, args, exc_info)


def test_filter_masks_message() -> None:
    record = _record(f"download with {HF} failed")
    assert TokenMaskingFilter().filter(record) is True
    assert record.getMessage() == "download with hf_*** failed"


def test_filter_masks_args() -> None:
    record = _record("token %s, header %r", (HF, f"Bearer {SK}"))
    TokenMaskingFilter().filter(record)
    message = record.getMessage()
    assert HF not in message
    assert SK not in message
    assert message == "token hf_***, header 'Bearer sk-***'"


def test_filter_masks_mapping_args() -> None:
    record = _record("%(who)s used %(token)s", ({"who": "me", "token": HF},))
    TokenMaskingFilter().filter(record)
    assert record.getMessage() == "me used hf_***"


def test_filter_keeps_a_record_without_secrets_intact() -> None:
    record = _record("loaded %d layers", (12,))
    TokenMaskingFilter().filter(record)
    assert record.getMessage() == "loaded 12 layers"


@pytest.fixture
def masked_logger() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(TokenMaskingFilter())
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("hearth.test.masked")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield logger, stream
    finally:
        logger.removeHandler(handler)
        logger.propagate = True


def test_handler_output_has_no_token(masked_logger: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = masked_logger
    logger.warning("saving %s for user %s", HF, "me")
    try:
        raise ValueError(f"bad key {SK}")
    except ValueError:
        logger.exception("request failed")
    output = stream.getvalue()
    assert HF not in output
    assert SK not in output
    assert "saving hf_*** for user me" in output
    assert "ValueError: bad key sk-***" in output
    assert "Traceback (most recent call last)" in output


def test_filter_masks_exception_text() -> None:
    record = _record("request failed", exc=True)
    TokenMaskingFilter().filter(record)
    assert record.exc_text is not None
    assert HF not in record.exc_text
    assert "401 Unauthorized for hf_***" in record.exc_text
