"""Image files for a prompt (engine/images.py): header checks, sentences, markers, and the
OpenAI content parts a remote server is sent (engine/remote_tools.py)."""

from __future__ import annotations

import base64
import dataclasses

import pytest
from vision_gguf import write_png

from desktop.core.types import Message, ModelInfo
from desktop.engine.images import (
    MAX_IMAGE_BYTES,
    ImageError,
    has_images,
    read_image,
    sees_images,
    sniff,
    with_markers,
)
from desktop.engine.remote_tools import openai_message

MARK = "<__media__>"


def test_the_header_names_the_format():
    assert sniff(b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert sniff(b"\xff\xd8\xff\xe0") == "image/jpeg"
    assert sniff(b"GIF89a") == "image/gif"
    assert sniff(b"%PDF-1.7") is None
    assert sniff(b"") is None


def test_files_that_cannot_be_shown_are_sentences(tmp_path):
    noise = tmp_path / "noise.png"
    noise.write_bytes(bytes(range(200)))
    with pytest.raises(ImageError, match=r"noise\.png is not an image Hearth can read"):
        read_image(str(noise))
    with pytest.raises(ImageError, match=r"gone\.png could not be read"):
        read_image(str(tmp_path / "gone.png"))
    huge = tmp_path / "huge.png"
    with huge.open("wb") as f:  # sparse: costs no disk
        f.truncate(MAX_IMAGE_BYTES + 1)
    with pytest.raises(ImageError, match=r"huge\.png is 50 MB; images up to 50 MB"):
        read_image(str(huge))
    png = write_png(tmp_path / "ok.png")
    data, mime = read_image(str(png))
    assert mime == "image/png" and data == png.read_bytes()


def test_markers_go_before_the_text_and_typed_markers_are_removed():
    messages = [
        Message("system", f"be brief {MARK}"),
        Message("user", "first", images=("a.png",)),
        Message("assistant", "ok"),
        Message("user", f"two {MARK}more", images=("b.png", "c.png")),
    ]
    marked, paths = with_markers(messages, MARK)
    assert paths == ["a.png", "b.png", "c.png"]
    assert [m.content for m in marked] == [
        "be brief ",
        f"{MARK}\nfirst",
        "ok",
        f"{MARK}{MARK}\ntwo more",
    ]
    assert sum(m.content.count(MARK) for m in marked) == len(paths)
    assert has_images(messages) and not has_images(messages[2:3])


def test_only_a_model_with_vision_or_a_remote_server_takes_images():
    info = ModelInfo("m.gguf", 512, 512, 10, 1, 0, 1, "x", None, 0.0, False)
    assert not sees_images(info)
    assert sees_images(dataclasses.replace(info, extra={"vision": "1"}))
    assert sees_images(dataclasses.replace(info, extra={"vision": "server"}))


def test_a_remote_turn_with_images_is_content_parts_with_data_urls(tmp_path):
    png = write_png(tmp_path / "p.png")
    turn = openai_message(Message("user", "what is it", images=(str(png),)))
    image, text = turn["content"]
    assert text == {"type": "text", "text": "what is it"}
    assert image["type"] == "image_url"
    prefix = "data:image/png;base64,"
    assert image["image_url"]["url"].startswith(prefix)
    assert base64.b64decode(image["image_url"]["url"][len(prefix) :]) == png.read_bytes()
    noise = tmp_path / "n.png"
    noise.write_bytes(b"nope")
    with pytest.raises(ImageError, match=r"n\.png is not an image"):
        openai_message(Message("user", "x", images=(str(noise),)))
