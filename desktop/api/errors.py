"""Errors in OpenAI's shape: {"error": {"message", "type", "param", "code"}}, each a sentence."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse


class ApiError(Exception):
    """A refusal the client gets as an OpenAI error body with this HTTP status."""

    def __init__(
        self,
        status: int,
        message: str,
        type: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.headers = headers

    def body(self) -> dict[str, Any]:
        return error_body(self.message, self.type, self.param, self.code)

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.status, headers=self.headers)


def error_body(
    message: str, type: str, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    return {"error": {"message": message, "type": type, "param": param, "code": code}}


def refused(param: str, message: str) -> ApiError:
    """A 400 for a field Hearth does not support (never a silent ignore)."""
    return ApiError(400, message, param=param, code="unsupported_parameter")


def invalid(message: str, param: str | None = None) -> ApiError:
    """A 400 for a request that is malformed (a sentence says what is wrong)."""
    return ApiError(400, message, param=param)
