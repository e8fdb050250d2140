"""Image files a user turn carries: read, checked by their header, and put in a prompt.

Pure Python (no llama_cpp): the local engine (engine.vision) and the remote backend (data
URLs) both read images through here, so a file that is not an image is the same sentence
everywhere. The header check comes first because llama.cpp's loader, given bytes it cannot
decode as an image, goes on to try them as audio and then as a video through ffprobe.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from desktop.core.errors import EngineError
from desktop.core.types import Message, ModelInfo

MAX_IMAGE_BYTES = 50 * 1024 * 1024  # larger than any photo a vision model would be shown
# The formats llama.cpp decodes (stb_image), by their leading bytes.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)
READABLE = "PNG, JPEG, GIF or BMP"
# ModelInfo.extra["vision"]: "1" a local model with a projector that sees images; "server"
# a remote model (the server decides, and says so when it cannot); absent: text only.
VISION = "vision"


class ImageError(EngineError):
    """An image a message carries cannot be shown to the model (the message says why)."""


def sniff(head: bytes) -> str | None:
    """The MIME type of an image by its first bytes, or None when it is not one we read."""
    for signature, mime in _SIGNATURES:
        if head.startswith(signature):
            return mime
    return None


def read_image(path: str) -> tuple[bytes, str]:
    """The file's bytes and MIME type; ImageError with a sentence when it cannot be used."""
    name = Path(path).name
    try:
        size = Path(path).stat().st_size
        if size > MAX_IMAGE_BYTES:
            raise ImageError(
                f"The image {name} is {size / 2**20:.0f} MB; images up to "
                f"{MAX_IMAGE_BYTES // 2**20} MB can be shown to a model."
            )
        with open(path, "rb") as f:
            data = f.read(MAX_IMAGE_BYTES + 1)
    except OSError as e:
        raise ImageError(f"The image {name} could not be read: {e.strerror or e}.") from e
    mime = sniff(data[:16])
    if mime is None:
        raise ImageError(not_an_image(name))
    return data, mime


def not_an_image(name: str) -> str:
    return f"{name} is not an image Hearth can read ({READABLE}); the model was not sent it."


def data_url(path: str) -> str:
    """The image as a base64 data URL (how OpenAI-compatible servers take images)."""
    data, mime = read_image(path)
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def has_images(messages: Sequence[Message]) -> bool:
    return any(m.images for m in messages)


def with_markers(messages: Sequence[Message], marker: str) -> tuple[list[Message], list[str]]:
    """The messages with marker written where each image goes (before the turn's text), and
    the image paths in prompt order. The marker is removed from every text first, so a
    person who types it cannot make the markers and the images disagree."""
    out: list[Message] = []
    paths: list[str] = []
    for m in messages:
        text = m.content.replace(marker, "")
        if m.images:
            text = marker * len(m.images) + "\n" + text
            paths.extend(m.images)
        out.append(replace(m, content=text) if text != m.content else m)
    return out, paths


def no_vision(model_name: str) -> str:
    """Why a chat with images is refused for a model without a vision projector."""
    return (
        f"This model can't see images; pick a model with a vision projector (mmproj) to "
        f"send images, or remove them from the message ({model_name} reads text only)."
    )


def sees_images(info: ModelInfo) -> bool:
    """Whether a chat with images may be sent to this loaded model."""
    return info.extra.get(VISION) in ("1", "server")
