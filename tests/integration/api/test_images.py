"""Images through the API with the official openai SDK: a real ApiServer over the tiny text
model with the tiny LLaVA projector of tests/vision_gguf.py, image_url parts as data URLs
(decoded into files removed after the request), network URLs refused, and a model without
vision answering 400 with the engine's sentence."""

from __future__ import annotations

import base64
import queue
import selectors
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest
from ggufgen import write_tiny_model
from vision_gguf import N_PATCHES, write_png, write_tiny_projector

from desktop.api.run import Served
from desktop.api.serve import ApiServer
from desktop.core.types import LoadParams
from desktop.engine.session import EngineSession

pytestmark = pytest.mark.integration

WAIT_S = 60.0


class Running:
    """A server over a loaded session, and each finished request's record as it ends."""

    def __init__(self, params: LoadParams) -> None:
        self.session = EngineSession()
        self.server: ApiServer | None = None
        self.records: queue.Queue[Served] = queue.Queue()
        self.session.load(params)
        self.server = ApiServer(self.session, "tiny", port=0, on_served=self.records.put)
        self.server.start()
        self.client = openai.OpenAI(
            base_url=self.server.url, api_key="unused", timeout=WAIT_S, max_retries=0
        )

    def served(self) -> Served:
        return self.records.get(timeout=WAIT_S)

    def close(self) -> None:
        self.client.close()
        if self.server is not None:
            self.server.stop()
        self.session.close()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("api-vision")
    fake = d / "fake.png"  # a PNG's signature, then nothing an image decoder can use
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 64)
    return {
        "model": write_tiny_model(d / "tiny.gguf"),
        "mmproj": write_tiny_projector(d / "mmproj-tiny.gguf", text_n_embd=64),
        "png": write_png(d / "picture.png"),
        "fake": fake,
    }


@pytest.fixture(scope="module")
def uploads_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Where the server's temporary files go (the server runs in this process)."""
    folder = tmp_path_factory.mktemp("api-temp")
    before = tempfile.tempdir
    tempfile.tempdir = str(folder)
    try:
        yield folder
    finally:
        tempfile.tempdir = before


@pytest.fixture(scope="module")
def seeing(files: dict[str, Path], uploads_dir: Path) -> Iterator[Running]:
    running = Running(LoadParams(str(files["model"]), n_ctx=512, mmproj=str(files["mmproj"])))
    try:
        yield running
    finally:
        running.close()


def data_url(path: Path, mime: str = "image/png") -> str:
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def user(*parts: dict[str, Any]) -> list[Any]:
    return [{"role": "user", "content": list(parts)}]


def text(t: str) -> dict[str, Any]:
    return {"type": "text", "text": t}


def image(url: str) -> dict[str, Any]:
    return {"type": "image_url", "image_url": {"url": url}}


def ask(running: Running, messages: list[Any], stream: bool = False) -> int:
    """The prompt's token count of a reply (temperature 0, a few tokens)."""
    fields: dict[str, Any] = {"model": "tiny", "messages": messages, "max_tokens": 4}
    if stream:
        chunks = list(
            running.client.chat.completions.create(
                **fields, temperature=0, stream=True, stream_options={"include_usage": True}
            )
        )
        usage = chunks[-1].usage
    else:
        reply = running.client.chat.completions.create(**fields, temperature=0)
        assert reply.choices[0].message.content is not None
        usage = reply.usage
    assert usage is not None and usage.completion_tokens > 0
    return usage.prompt_tokens


def test_a_data_url_image_reaches_the_model_and_its_file_is_removed(seeing, files, uploads_dir):
    plain = ask(seeing, user(text("what is this")))
    seeing.served()
    one = ask(seeing, user(text("what is this"), image(data_url(files["png"]))))
    record = seeing.served()  # the request's files are gone once its record is written
    assert record.stop_reason != "error"
    assert list(uploads_dir.iterdir()) == []
    two = ask(
        seeing,
        user(image(data_url(files["png"])), text("what is this"), image(data_url(files["png"]))),
        stream=True,
    )
    seeing.served()
    assert list(uploads_dir.iterdir()) == []
    # Each image is N_PATCHES embeddings in the prompt, as through the engine directly.
    assert one >= plain + N_PATCHES
    assert two - one == N_PATCHES


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("https://example.com/cat.png", "does not fetch images from the network"),
        ("http://169.254.169.254/latest/meta-data", "does not fetch images from the network"),
        ("file:///etc/passwd", "base64 data URLs only"),
        ("data:image/png;base64,@@not base64@@", "cannot be decoded"),
        ("data:image/png," + "x" * 20, "not base64"),
        (
            "data:image/png;base64," + base64.b64encode(b"text, no image").decode(),
            "not an image",
        ),
    ],
)
def test_an_image_hearth_will_not_read_is_a_400_sentence(seeing, uploads_dir, url, says):
    with pytest.raises(openai.BadRequestError, match=says) as caught:
        seeing.client.chat.completions.create(
            model="tiny", messages=user(text("look"), image(url)), max_tokens=4
        )
    assert caught.value.status_code == 400
    assert list(uploads_dir.iterdir()) == []
    assert seeing.records.empty()  # refused before it waited in line


def test_an_image_the_engine_cannot_decode_is_a_400(seeing, files, uploads_dir):
    # A PNG's signature passes the server's check; mtmd's decoder refuses the rest.
    with pytest.raises(openai.BadRequestError, match="is not an image Hearth can read"):
        seeing.client.chat.completions.create(
            model="tiny", messages=user(text("look"), image(data_url(files["fake"]))), max_tokens=4
        )
    assert seeing.served().stop_reason == "error"
    assert list(uploads_dir.iterdir()) == []
    assert ask(seeing, user(text("still there?"), image(data_url(files["png"])))) > N_PATCHES
    seeing.served()


def test_a_model_without_vision_answers_400_with_the_engines_sentence(files, uploads_dir):
    blind = Running(LoadParams(str(files["model"]), n_ctx=512))
    try:
        for stream in (False, True):
            with pytest.raises(openai.BadRequestError, match="can't see images") as caught:
                blind.client.chat.completions.create(
                    model="tiny",
                    messages=user(text("look"), image(data_url(files["png"]))),
                    max_tokens=4,
                    stream=stream,
                )
            assert caught.value.status_code == 400
            assert "tiny.gguf reads text only" in str(caught.value)
        assert list(uploads_dir.iterdir()) == []
        assert ask(blind, user(text("text still works"))) > 0
    finally:
        blind.close()


def test_hearth_serve_loads_the_projector_it_is_given(files):
    proc = subprocess.Popen(
        [
            *[sys.executable, "-m", "desktop", "serve", "--port", "0", "--ctx", "512"],
            *["--model", str(files["model"]), "--mmproj", str(files["mmproj"])],
        ],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    try:
        url = _served_url(proc)
        with openai.OpenAI(base_url=url, api_key="unused", timeout=WAIT_S, max_retries=0) as c:
            model = c.models.list().data[0].id
            counts = []
            for parts in ([text("hi")], [text("hi"), image(data_url(files["png"]))]):
                reply = c.chat.completions.create(
                    model=model, messages=user(*parts), max_tokens=2, temperature=0
                )
                assert reply.usage is not None
                counts.append(reply.usage.prompt_tokens)
        assert counts[1] >= counts[0] + N_PATCHES
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=WAIT_S) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=WAIT_S)
        if proc.stderr is not None:
            proc.stderr.close()


def _served_url(proc: subprocess.Popen[str]) -> str:
    """The URL `hearth serve` says it serves on (each wait for a line is limited)."""
    assert proc.stderr is not None
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stderr, selectors.EVENT_READ)
        while True:
            assert selector.select(WAIT_S), "hearth serve said nothing in time"
            line = proc.stderr.readline()
            assert line, "hearth serve ended before serving"
            if "serving " in line:
                return line.split(" on ", 1)[1].split(";", 1)[0]
