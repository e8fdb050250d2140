"""Reading GGUF file names: quantizations and split models."""

from __future__ import annotations

import pytest

from desktop.core.hub import HubFile, group_files, quantization_of


@pytest.mark.parametrize(
    ("name", "quant"),
    [
        ("Phi-3-mini-4k-instruct-q4.gguf", "unknown"),
        ("Llama-3.2-1B-Instruct-Q4_K_M.gguf", "Q4_K_M"),
        ("qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf", "Q4_K_M"),
        ("gemma-3-270m-it-Q8_0.gguf", "Q8_0"),
        ("mistral-7b-instruct-v0.3.IQ4_XS.gguf", "IQ4_XS"),
        ("SmolLM2-135M-Instruct.Q4_1.gguf", "Q4_1"),
        ("model-f16.gguf", "F16"),
        ("model.fp16.gguf", "F16"),
        ("subdir/Model-BF16.gguf", "BF16"),
        ("q4_k_m/other-Q5_K_S.gguf", "Q5_K_S"),
    ],
)
def test_quantization_from_the_file_name(name, quant):
    assert quantization_of(name) == quant


def f(path: str, size: int = 10) -> HubFile:
    return HubFile(path, size, "0" * 64)


def test_split_parts_count_as_one_model_and_incomplete_splits_are_left_out():
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
