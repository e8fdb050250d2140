"""Images in a chat request: OpenAI's image_url parts, decoded from data URLs into files of
the request's own that live until the engine is done with them (Message.images are paths).

Only inline images are taken. Hearth never fetches a URL on a client's behalf: the server
would reach whatever network it sits on (an intranet, a cloud's metadata address) for
anyone who can send it a request, and a file: URL would read the person's own files.
"""

from __future__ import annotations

import base64
import binascii
import shutil
import tempfile
from pathlib import Path
from typing import Any

from desktop.api.errors import ApiError, invalid, refused
from desktop.engine.images import MAX_IMAGE_BYTES, READABLE, sniff

# A request's images are bounded by the body's limit (app.MAX_BODY) first; this is the cap
# for a server started with a larger body limit.
MAX_IMAGES = 32
_EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif", "image/bmp": ".bmp"}
NO_FETCH = (
    "Hearth does not fetch images from the network on a client's behalf: send the image "
    "inline as a base64 data URL (data:image/png;base64,...)."
)


class Uploads:
    """The image files one request's messages carry, in a temporary folder made on the
    first one; remove() deletes the folder (call it once the engine is done with them)."""

    def __init__(self) -> None:
        self._folder: Path | None = None
        self._count = 0

    @property
    def folder(self) -> Path | None:
        return self._folder

    def add(self, part: dict[str, Any], param: str) -> str:
        """The path of the file holding an image_url part's image; ApiError(400) saying why
        when it is not an inline image Hearth can read."""
        data = decode_image_url(_url_of(part, param), param)
        if self._count >= MAX_IMAGES:
            raise invalid(f"A request may carry at most {MAX_IMAGES} images.", param)
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="hearth-api-images-"))
        mime = sniff(data[:16])
        assert mime is not None  # decode_image_url checked it
        self._count += 1
        path = self._folder / f"image-{self._count}{_EXTENSIONS[mime]}"
        path.write_bytes(data)
        return str(path)

    def remove(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


def _url_of(part: dict[str, Any], param: str) -> str:
    # OpenAI's shape is {"url": ..., "detail": ...}; some clients send the URL alone.
    image = part.get("image_url")
    url = image.get("url") if isinstance(image, dict) else image
    if not isinstance(url, str) or not url:
        raise invalid(f"{param} is an image_url part without a url.", param)
    return url


def decode_image_url(url: str, param: str) -> bytes:
    """The image a data URL holds; ApiError(400) for a network or file URL (never fetched),
    a malformed or oversized data URL, or bytes that are not an image Hearth reads."""
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme in ("http", "https"):
        raise ApiError(400, NO_FETCH, param=param, code="image_url_not_fetched")
    if scheme != "data":
        raise refused(param, f"Hearth takes images as base64 data URLs only. {NO_FETCH}")
    header, comma, payload = url[5:].partition(",")
    kinds = header.split(";")
    if not comma or "base64" not in (k.strip().lower() for k in kinds[1:]):
        raise invalid(
            f"{param} is a data URL that is not base64 (data:image/png;base64,...).", param
        )
    if kinds[0] and not kinds[0].lower().startswith("image/"):
        raise invalid(f"{param} is a data URL of {kinds[0]}, not an image.", param)
    if len(payload) > (MAX_IMAGE_BYTES // 3 + 1) * 4 + 2:
        raise invalid(f"{param} is larger than {MAX_IMAGE_BYTES // 2**20} MB.", param)
    try:
        data = base64.b64decode("".join(payload.split()), validate=True)
    except (binascii.Error, ValueError):
        raise invalid(f"{param} is a data URL whose base64 cannot be decoded.", param) from None
    if sniff(data[:16]) is None:
        raise invalid(f"{param} is not an image Hearth can read ({READABLE}).", param)
    return data
