"""Images through the real engine child: a tiny random text model with a tiny random LLaVA
projector (tests/vision_gguf.py) loaded by llama.cpp's mtmd; refusals for a model without
vision and for files that are not images, with the engine still serving afterwards."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ggufgen import write_tiny_model
from hubserver import HubServer
from vision_gguf import N_PATCHES, write_png, write_tiny_projector

from desktop.core import paths
from desktop.core.errors import EngineError
from desktop.core.hub import HubClient
from desktop.core.models.library import Library
from desktop.core.models.projectors import with_projector
from desktop.core.types import LoadParams, Message, SamplingParams, StopReason
from desktop.engine.client import EngineClient
from desktop.engine.session import EngineSession

pytestmark = pytest.mark.integration

SAMPLING = SamplingParams(temperature=0.0, max_tokens=6, seed=1)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("vision")
    garbage = d / "noise.png"
    garbage.write_bytes(bytes(range(256)) * 8)
    fake = d / "fake.png"  # a PNG's signature, then nothing an image decoder can use
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 64)
    return {
        "model": write_tiny_model(d / "tiny.gguf"),
        "mmproj": write_tiny_projector(d / "mmproj-tiny.gguf", text_n_embd=64),
        "wrong": write_tiny_projector(d / "mmproj-wide.gguf", text_n_embd=96),
        "png": write_png(d / "picture.png"),
        "garbage": garbage,
        "fake": fake,
    }


@pytest.fixture(scope="module")
def session() -> Iterator[EngineSession]:
    s = EngineSession()
    try:
        yield s
    finally:
        s.close()


def vision_load(session: EngineSession, files: dict[str, Path]) -> None:
    wanted = LoadParams(str(files["model"]), n_ctx=512, mmproj=str(files["mmproj"]))
    if session.model is None or session.load_params != wanted:
        session.load(wanted)


def ask(session: EngineSession, *images: Path, text: str = "what is this") -> tuple[str, int]:
    reply = session.chat([Message("user", text, images=tuple(map(str, images)))], SAMPLING)
    out = "".join(reply)
    stats = reply.stats
    assert stats is not None
    assert stats.generated_tokens > 0
    assert stats.stop_reason in (StopReason.MAX_TOKENS, StopReason.END_OF_TURN)
    return out, stats.prompt_tokens


def test_a_model_with_a_projector_sees_an_image_and_replies(session, files):
    vision_load(session, files)
    assert session.model is not None
    assert session.model.extra.get("vision") == "1"
    plain_text, plain = ask(session)
    _, one = ask(session, files["png"])
    _, two = ask(session, files["png"], files["png"])
    # Each image is N_PATCHES embeddings in the prompt (the projector's 2x2 grid of patches);
    # the first also brings the newline written after the markers.
    assert two - one == N_PATCHES
    assert one >= plain + N_PATCHES
    # A count is what the prompt will take, images included.
    assert session.count([Message("user", "what is this", images=(str(files["png"]),))]) == one
    # The context left by a prompt with images is not mistaken for a text prompt's.
    again, plain_again = ask(session)
    assert plain_again == plain
    assert again == plain_text


def test_the_context_policy_drops_old_turns_with_their_images(session, files):
    vision_load(session, files)
    png = str(files["png"])
    turns: list[Message] = []
    for i in range(12):
        turns.append(Message("user", f"picture {i}: what is in it", images=(png,)))
        turns.append(Message("assistant", f"a gradient, number {i}"))
    turns.append(Message("user", "and this one?", images=(png, png)))
    reply = session.chat(turns, SAMPLING)
    assert "".join(reply) is not None
    trimmed, stats = reply.trimmed, reply.stats
    assert trimmed is not None and trimmed.dropped_messages > 0
    assert stats is not None and stats.generated_tokens > 0
    # What the policy counted is what mtmd made of the kept turns and their images.
    assert stats.prompt_tokens == trimmed.prompt_tokens <= trimmed.n_ctx


def test_a_model_without_a_projector_refuses_images_before_sending(session, files):
    session.load(LoadParams(str(files["model"]), n_ctx=512))
    assert session.model is not None
    assert "vision" not in session.model.extra
    with pytest.raises(EngineError, match="can't see images; pick a model with a vision"):
        session.chat([Message("user", "look", images=(str(files["png"]),))], SAMPLING)
    # The engine refuses too, for a caller that goes round the session.
    backend = session.backend
    assert isinstance(backend, EngineClient)
    with pytest.raises(EngineError, match="can't see images"):
        backend.chat([Message("user", "look", images=(str(files["png"]),))], SAMPLING).wait()
    assert ask(session)[1] > 0


@pytest.mark.parametrize("which", ["garbage", "fake"])
def test_a_file_that_is_not_an_image_is_a_sentence_and_the_engine_lives_on(session, files, which):
    vision_load(session, files)
    pid = session.pid
    with pytest.raises(EngineError, match=re.escape(f"{files[which].name} is not an image")):
        "".join(session.chat([Message("user", "look", images=(str(files[which]),))], SAMPLING))
    assert session.pid == pid
    ask(session)
    ask(session, files["png"])


def test_a_projector_made_for_another_model_is_a_load_sentence(session, files):
    wrong = LoadParams(str(files["model"]), n_ctx=512, mmproj=str(files["wrong"]))
    with pytest.raises(EngineError, match=re.escape("mmproj-wide.gguf could not be loaded")):
        session.load(wrong)
    vision_load(session, files)
    ask(session, files["png"])


def test_a_hub_model_with_a_projector_downloads_with_it_and_sees(
    local_network_only, session, files, monkeypatch
):
    repo = "org/tiny-VL-GGUF"
    model_file, projector_file = "tiny-vl.Q8_0.gguf", "mmproj-tiny-vl-f16.gguf"
    with HubServer() as hub:
        hub.add_repo(
            repo,
            {
                model_file: files["model"],
                projector_file: files["mmproj"],
                "mmproj-tiny-vl-Q8_0.gguf": files["wrong"],  # the f16 one is preferred
            },
        )
        monkeypatch.setenv("HF_ENDPOINT", hub.url)
        (choice,) = HubClient(endpoint=hub.url).repo_details(repo).choices
        assert choice.name == model_file and choice.vision
        assert choice.projector is not None and choice.projector.path == projector_file
        got = subprocess.run(
            [sys.executable, "-m", "desktop", "models", "download", repo, model_file],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env=os.environ.copy(),
        )
    assert got.returncode == 0, got.stderr
    downloaded = [Path(line.split("\t")[0]) for line in got.stdout.splitlines()]
    assert [p.name for p in downloaded] == [model_file, projector_file]
    library = Library(paths.library_file(), paths.hf_cache_dir(), None)
    (listed,) = [m for m in library.models() if m.source == "hub"]
    assert listed.path == downloaded[0] and listed.vision
    assert listed.projector == downloaded[1]
    params = with_projector(LoadParams(str(listed.path), n_ctx=512))
    assert params.mmproj == str(downloaded[1])
    session.load(params)
    _, with_image = ask(session, files["png"])
    _, without = ask(session)
    assert with_image >= without + N_PATCHES
