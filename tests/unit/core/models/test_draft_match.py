"""draft_match: vocabulary fingerprints of GGUF headers and the library's draft candidates."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from ggufgen import TinySpec, phi3_spec, write_tiny_model

from desktop.core.models.draft_match import draft_candidates, vocab_fingerprint


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    d = tmp_path_factory.mktemp("drafts")
    big = TinySpec(n_embd=256, n_ff=1024, n_layers=4, seed=1, name="big")
    return {
        "model": str(write_tiny_model(d / "model.gguf", big)),
        "draft2": str(write_tiny_model(d / "draft2.gguf", TinySpec(n_layers=2, seed=2))),
        "draft1": str(write_tiny_model(d / "draft1.gguf", TinySpec(n_layers=1, seed=3))),
        "other_vocab": str(write_tiny_model(d / "phi3.gguf", phi3_spec())),
        "as_big": str(
            write_tiny_model(d / "as-big.gguf", TinySpec(n_embd=256, n_ff=1024, n_layers=4, seed=4))
        ),
    }


def test_same_vocabulary_same_fingerprint_whatever_the_weights(files):
    model = vocab_fingerprint(files["model"])
    assert model is not None
    assert vocab_fingerprint(files["draft1"]) == model
    assert vocab_fingerprint(files["draft2"]) == model


def test_another_vocabulary_another_fingerprint(files):
    assert vocab_fingerprint(files["other_vocab"]) not in (None, vocab_fingerprint(files["model"]))


def test_not_a_model_has_no_fingerprint(tmp_path):
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"GGUF" + b"\xff" * 64)
    assert vocab_fingerprint(str(junk)) is None
    assert vocab_fingerprint(str(tmp_path / "missing.gguf")) is None


def test_a_rewritten_file_is_read_again(tmp_path):
    path = tmp_path / "m.gguf"
    write_tiny_model(path)
    first = vocab_fingerprint(str(path))
    write_tiny_model(path, phi3_spec())
    os.utime(path, ns=(1, 1))  # a different modification time even on a coarse clock
    assert vocab_fingerprint(str(path)) not in (None, first)


def test_candidates_share_the_vocabulary_are_much_smaller_and_come_smallest_first(files, tmp_path):
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"not a model")
    library = [
        files["as_big"],
        files["other_vocab"],
        files["draft2"],
        files["model"],
        str(junk),
        files["draft1"],
        files["draft1"],
        str(tmp_path / "gone.gguf"),
    ]
    assert os.path.getsize(files["draft1"]) < os.path.getsize(files["draft2"])
    assert draft_candidates(files["model"], library) == [files["draft1"], files["draft2"]]


def test_no_candidates_for_a_small_model_or_a_file_that_is_not_one(files, tmp_path):
    assert draft_candidates(files["draft1"], [files["model"], files["draft2"]]) == []
    assert draft_candidates(str(tmp_path / "gone.gguf"), [files["draft1"]]) == []


def test_the_starter_has_a_fingerprint(starter: Path):
    assert vocab_fingerprint(str(starter)) is not None
    assert draft_candidates(str(starter), [str(starter)]) == []
