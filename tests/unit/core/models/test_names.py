"""Reading GGUF file names: split parts, quantizations, unfinished downloads, display names."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import paths
from desktop.core.hub import HubFile, group_files
from desktop.core.models import names
from desktop.core.models.names import Split


@pytest.mark.parametrize(
    ("name", "quant"),
    [
        # From the hub's tests: what the old enumerated list said.
        ("Phi-3-mini-4k-instruct-q4.gguf", "unknown"),
        ("Llama-3.2-1B-Instruct-Q4_K_M.gguf", "Q4_K_M"),
        ("qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf", "Q4_K_M"),
        ("gemma-3-270m-it-Q8_0.gguf", "Q8_0"),
        ("mistral-7b-instruct-v0.3.IQ4_XS.gguf", "IQ4_XS"),
        ("SmolLM2-135M-Instruct.Q4_1.gguf", "Q4_1"),
        ("model-f16.gguf", "F16"),
        ("model.fp16.gguf", "F16"),
        ("model.FP32.gguf", "F32"),
        ("subdir/Model-BF16.gguf", "BF16"),
        ("q4_k_m/other-Q5_K_S.gguf", "Q5_K_S"),  # only the file's own name counts
        # Types the old enumerated list cut short or missed.
        ("Qwen3-30B-A3B-UD-Q4_K_XL.gguf", "Q4_K_XL"),
        ("gpt-oss-20b-MXFP4_MOE.gguf", "MXFP4_MOE"),
        ("gpt-oss-20b-mxfp4.gguf", "MXFP4"),
        ("BitNet-b1.58-TQ1_0.gguf", "TQ1_0"),
        ("model-IQ2_XXS.gguf", "IQ2_XXS"),
        ("model-Q4_0_4_4.gguf", "Q4_0_4_4"),
        # Not quantizations: a bare "q4", a year, words glued to a real one.
        ("model-q4.gguf", "unknown"),
        ("model-Q1_2024.gguf", "unknown"),
        ("model-Q4_K_M_instruct.gguf", "Q4_K_M"),
        ("phi-3-mini-4k.gguf", "unknown"),
        ("MyQ4_K_M.gguf", "unknown"),  # glued to a word before it
        ("README.md", "unknown"),
        # The last one wins: the name's own quantization comes after the base model's.
        ("Llama-F16-distilled-Q5_K_M.gguf", "Q5_K_M"),
    ],
)
def test_quantization_from_the_file_name(name: str, quant: str) -> None:
    assert names.quantization_of(name) == quant


@pytest.mark.parametrize(
    ("name", "split"),
    [
        ("big-Q4_K_M-00001-of-00003.gguf", Split("big-Q4_K_M", 1, 3)),
        ("big-Q4_K_M-00003-of-00003.GGUF", Split("big-Q4_K_M", 3, 3)),
        ("sub/dir/x-00002-of-00002.gguf", Split("sub/dir/x", 2, 2)),
        # The stem keeps anything that merely looks like a part number.
        ("a-00001-of-00002-00001-of-00004.gguf", Split("a-00001-of-00002", 1, 4)),
        ("big-Q4_K_M.gguf", None),
        ("big-0001-of-0003.gguf", None),  # gguf-split writes five digits
        ("big-00001-of-00003.gguf.part", None),
        ("-00001-of-00002.gguf", None),  # no stem
        ("big-00001-of-00002.gguf\n", None),  # a newline is not the end of the name
    ],
)
def test_split_parts_are_read_from_the_name(name: str, split: Split | None) -> None:
    assert names.split_of(name) == split


def test_every_part_of_a_split_is_named_and_part_one_is_first() -> None:
    assert names.part_names("m-00002-of-00003.gguf") == [
        "m-00001-of-00003.gguf",
        "m-00002-of-00003.gguf",
        "m-00003-of-00003.gguf",
    ]
    assert names.part_names("single.gguf") == ["single.gguf"]
    folder = Path("/models")
    assert names.first_part(folder / "m-00003-of-00003.gguf") == folder / "m-00001-of-00003.gguf"
    assert names.first_part(folder / "single.gguf") == folder / "single.gguf"
    assert names.part_paths(folder / "m-00001-of-00002.gguf") == [
        folder / "m-00001-of-00002.gguf",
        folder / "m-00002-of-00002.gguf",
    ]
    assert names.model_name("sub/m-00001-of-00002.gguf") == "sub/m"
    assert names.model_name("single.gguf") == "single.gguf"


@given(
    stem=st.text(st.characters(blacklist_characters="\n\r"), min_size=1, max_size=40),
    total=st.integers(1, 99_999),
    data=st.data(),
)
def test_a_part_name_reads_back_as_itself(stem: str, total: int, data: st.DataObject) -> None:
    part = data.draw(st.integers(1, total))
    name = Split(stem, part, total).part_name(part)
    assert names.split_of(name) == Split(stem, part, total)
    assert names.is_model_file(name) == (part == 1)


@pytest.mark.parametrize(
    ("name", "model"),
    [
        ("x.gguf", True),
        ("X.GGUF", True),
        ("x-00001-of-00002.gguf", True),
        ("x-00002-of-00002.gguf", False),  # only part 1 names the model
        ("x.gguf.part", False),
        ("x.gguf.incomplete", False),
        ("x.gguf.crdownload", False),
        ("0123abcd.incomplete", False),
        ("x.bin", False),
    ],
)
def test_which_names_are_complete_model_files(name: str, model: bool) -> None:
    assert names.is_model_file(name) is model


def test_unfinished_downloads_are_recognised_by_their_suffix() -> None:
    assert names.is_partial("model.gguf.PART")
    assert names.is_partial("blob.incomplete")
    assert not names.is_partial("model.gguf")


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Llama-3.2-1B-Q4_K_M.gguf", "Llama-3.2-1B-Q4_K_M"),
        ("big-Q8_0-00001-of-00002.gguf", "big-Q8_0"),
        ("weights.bin", "weights"),
    ],
)
def test_display_stem(name: str, shown: str) -> None:
    assert names.display_stem(name) == shown


@pytest.mark.parametrize(
    ("repo_id", "shown"),
    [
        ("bartowski/Llama-3.2-1B-Instruct-GGUF", "Llama-3.2-1B-Instruct"),
        ("org/model_gguf", "model"),
        ("org/model.GGUF", "model"),
        ("org/plain", "plain"),
        ("org/-GGUF", "org/-GGUF"),  # nothing left: the repo id itself
    ],
)
def test_a_repo_names_its_model_without_the_gguf_suffix(repo_id: str, shown: str) -> None:
    assert names.repo_model_name(repo_id) == shown


def f(path: str, size: int = 10) -> HubFile:
    return HubFile(path, size, "0" * 64)


def test_split_parts_count_as_one_model_and_incomplete_splits_are_left_out() -> None:
    files = [
        f("big-Q4_K_M-00001-of-00003.gguf", 100),
        f("big-Q4_K_M-00003-of-00003.gguf", 50),
        f("big-Q4_K_M-00002-of-00003.gguf", 100),
        f("broken-Q8_0-00001-of-00002.gguf", 10),  # its second part is missing
        f("small-Q2_K.gguf", 5),
        f("README.md", 1),
        f("config.json", 1),
    ]
    choices = group_files(files)
    assert [c.name for c in choices] == ["small-Q2_K.gguf", "big-Q4_K_M"]
    big = choices[1]
    assert big.is_split and big.size == 250 and big.quantization == "Q4_K_M"
    assert [x.path for x in big.files] == [
        "big-Q4_K_M-00001-of-00003.gguf",
        "big-Q4_K_M-00002-of-00003.gguf",
        "big-Q4_K_M-00003-of-00003.gguf",
    ]
    assert not choices[0].is_split


@pytest.mark.parametrize(
    ("name", "file_name", "quantization", "shown"),
    [
        ("tiny", "tiny.gguf", "", "tiny"),  # a file's own stem says it all
        (
            "Llama-3.2-1B-Instruct",
            "Llama-3.2-1B-Instruct-Q4_K_M.gguf",
            "",
            "Llama-3.2-1B-Instruct · Q4_K_M",
        ),
        ("Tiny", "tiny-Q4_K_M.gguf", "Q8_0", "Tiny · Q8_0"),  # the header's word wins
        (
            "Phi-3-mini-4k-instruct",
            "Phi-3-mini-4k-instruct-q4.gguf",
            "",
            "Phi-3-mini-4k-instruct (Phi-3-mini-4k-instruct-q4.gguf)",
        ),
        ("qwen-F16", "x-F16.gguf", "", "qwen-F16"),  # the name says the quantization already
        ("big", "big-Q4_K_M-00001-of-00002.gguf", "", "big · Q4_K_M"),
        ("big-Q4_K_M", "big-Q4_K_M-00001-of-00002.gguf", "", "big-Q4_K_M"),  # a split's stem
    ],
)
def test_display_name(name: str, file_name: str, quantization: str, shown: str) -> None:
    assert names.display_name(name, file_name, quantization) == shown


def test_a_bare_file_is_named_as_the_library_would_name_it(tmp_path: Path) -> None:
    assert names.file_display_name(tmp_path / "Llama-3.2-1B-Instruct-Q4_K_M.gguf") == (
        "Llama-3.2-1B-Instruct-Q4_K_M"
    )
    assert names.file_display_name("/m/big-Q4_K_M-00001-of-00002.gguf") == "big-Q4_K_M"
    starter = paths.starter_model_path()
    assert starter is not None
    assert names.file_display_name(str(starter)) == paths.STARTER_LABEL
