"""T1: the strict GGUF header pre-check against crafted, mutated and real model files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

import gguf
import pytest
from gguf_corpus import (
    BOOL,
    F32,
    HUGE,
    I32,
    MAX_TEMPLATE,
    N_EMBD,
    N_VOCAB,
    STRING,
    TEMPLATE,
    U32,
    U64,
    Case,
    Crafted,
    Tensor,
    array,
    array_2e40_in_49_bytes,
    corpus,
    nested_5000_deep,
    u32,
    u64,
    value,
)
from ggufgen import CHATML_TEMPLATE, TinySpec, vocabulary
from hypothesis import event, given, settings
from hypothesis import strategies as st

from desktop.core.errors import ModelFileError
from desktop.core.gguf_check import MAX_BLOCK_COUNT, GGUFInfo, check_gguf

REPO = Path(__file__).resolve().parents[3]
CORPUS = corpus()
CASES = {case.name: case for case in CORPUS}

# Every reason code check_gguf may give; a mutant refused with anything else is a bug.
REASONS = frozenset(
    {
        "not_found",
        "not_a_file",
        "empty",
        "unreadable",
        "bad_magic",
        "bad_version",
        "too_many_tensors",
        "too_many_keys",
        "string_too_long",
        "truncated",
        "bad_utf8",
        "duplicate_key",
        "template_too_large",
        "nested_array",
        "bad_value_type",
        "array_too_long",
        "bad_alignment",
        "missing_architecture",
        "unknown_architecture",
        "no_tensors",
        "misaligned_tensor",
        "tensor_out_of_bounds",
        "overlapping_tensors",
        "bad_block_count",
        "tensor_name_too_long",
        "duplicate_tensor",
        "bad_dims",
        "bad_tensor_type",
        "missing_vocab",
        "tokenizer_mismatch",
        "bad_key_type",
        "special_id_out_of_range",
    }
)

# Safety limits of the checker on any input: generous on purpose, not speed benchmarks.
MAX_SECONDS = 2.0
MAX_PEAK_BYTES = 64 * 1024 * 1024


def _assert_sentence(message: str) -> None:
    """A refusal is one line a person can read: no traceback, no repr, no wall of text."""
    assert message.strip() == message
    assert message
    assert "\n" not in message
    assert "\r" not in message
    assert "Traceback" not in message
    assert message[-1] in ".!", message
    assert len(message) < 1000


def _measured(path: Path) -> tuple[ModelFileError | GGUFInfo, float, int]:
    """check_gguf's outcome, its wall time and its peak Python allocation."""
    tracemalloc.start()
    try:
        start = time.perf_counter()
        try:
            outcome: ModelFileError | GGUFInfo = check_gguf(path)
        except ModelFileError as e:
            outcome = e
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return outcome, elapsed, peak


# --- the crafted corpus ------------------------------------------------------------------


def test_corpus_is_large_and_covers_the_reasons() -> None:
    assert len(CORPUS) >= 25
    assert len(CASES) == len(CORPUS), "case names must be unique"
    assert {case.reason for case in CORPUS} <= REASONS
    # Each reason a hostile header can earn has at least one crafted file behind it.
    assert REASONS - {case.reason for case in CORPUS} == set()


def test_unbroken_crafted_model_is_accepted(tmp_path: Path) -> None:
    """The corpus's baseline passes, so each case's refusal comes from its one change."""
    path = tmp_path / "crafted.gguf"
    path.write_bytes(Crafted().to_bytes())
    info = check_gguf(path)
    assert info.architecture == "llama"
    assert info.name == "crafted"
    assert info.version == 3
    assert info.layers == 1
    assert info.context_length == 256
    assert info.embedding_length == N_EMBD
    assert info.head_count == 2
    assert info.head_count_kv == 2
    assert info.vocab_size == N_VOCAB
    assert info.chat_template == TEMPLATE
    assert info.quantization == "ALL_F32"
    assert info.parameter_count == N_EMBD * N_VOCAB + N_EMBD
    assert info.tensor_bytes == 4 * info.parameter_count
    assert info.file_size == path.stat().st_size
    assert [(t.name, t.type_name, t.shape) for t in info.tensors] == [
        ("token_embd.weight", "F32", (N_EMBD, N_VOCAB)),
        ("output_norm.weight", "F32", (N_EMBD,)),
    ]
    assert info.metadata["tokenizer.ggml.bos_token_id"] == 1


def test_crafted_writer_agrees_with_gguf_py(tmp_path: Path) -> None:
    """The byte-level writer makes real GGUF: the reference reader sees the same file."""
    model = Crafted()
    path = tmp_path / "crafted.gguf"
    path.write_bytes(model.to_bytes())
    reader = gguf.GGUFReader(str(path))
    assert reader.data_offset == model.layout().data_start
    assert [(t.name, tuple(int(d) for d in t.shape)) for t in reader.tensors] == [
        ("token_embd.weight", (N_EMBD, N_VOCAB)),
        ("output_norm.weight", (N_EMBD,)),
    ]
    arch = reader.fields["general.architecture"]
    assert bytes(arch.parts[arch.data[0]]).decode() == "llama"
    assert len(reader.fields["tokenizer.ggml.tokens"].data) == N_VOCAB
    assert len(reader.fields) == len(model.kv) + 3  # gguf-py adds the three GGUF.* fields


@pytest.mark.parametrize("case", CORPUS, ids=[case.name for case in CORPUS])
def test_crafted_file_is_refused(case: Case, tmp_path: Path) -> None:
    path = case.materialize(tmp_path)
    outcome, elapsed, peak = _measured(path)
    assert isinstance(outcome, ModelFileError), f"{case.name} was accepted"
    assert outcome.reason == case.reason, outcome.user_message
    _assert_sentence(outcome.user_message)
    assert elapsed < MAX_SECONDS, f"{case.name} took {elapsed:.2f} s"
    assert peak < MAX_PEAK_BYTES, f"{case.name} allocated {peak:,} bytes"


def test_not_a_file_says_what_it_is(tmp_path: Path) -> None:
    folder = CASES["directory"].materialize(tmp_path)
    fifo = CASES["fifo"].materialize(tmp_path)
    with pytest.raises(ModelFileError, match="is a folder, not a model file"):
        check_gguf(folder)
    with pytest.raises(ModelFileError, match="is not a regular file, not a model file"):
        check_gguf(fifo)


def test_hostile_files_are_as_small_as_claimed(tmp_path: Path) -> None:
    """The famous tiny files are really tiny: the cap, not the file size, refuses them."""
    assert len(array_2e40_in_49_bytes()) == 49
    deep = nested_5000_deep()
    assert len(deep) == 24 + 12 + 4 + 5000 * 12 + 13  # header, key, type, levels, leaf
    assert CASES["template_claims_2e40"].build is not None
    assert len(CASES["template_claims_2e40"].build()) < 4096
    big = CASES["template_over_cap"].materialize(tmp_path)
    assert big.stat().st_size > MAX_TEMPLATE


# Values at the very edge of each limit must still pass: the checker refuses no real model.
def _at_edge(name: str) -> Crafted:
    model = Crafted()
    if name == "version_2":
        model.version = 2
    elif name == "template_at_cap":
        model.set("tokenizer.chat_template", value(STRING, "t" * MAX_TEMPLATE))
    elif name == "tensor_name_63_bytes":
        model.tensors[1] = Tensor("n" * 63, (N_EMBD,))
    elif name == "alignment_64":
        model.set("general.alignment", value(U32, 64))
        model.alignment = 64
    elif name == "alignment_1":
        model.set("general.alignment", value(U64, 1))
        model.alignment = 1
    elif name == "special_ids_none":
        model.set("tokenizer.ggml.eos_token_id", value(I32, -1))
        model.set("tokenizer.ggml.bos_token_id", value(U32, 0xFFFFFFFF))
    elif name == "block_count_max":
        model.set("llama.block_count", value(U32, MAX_BLOCK_COUNT))
    elif name == "four_dims":
        model.tensors[1] = Tensor("output_norm.weight", (N_EMBD, 1, 1, 1))
    elif name == "unrelated_bool_and_float_keys":
        model.set("x.flag", value(BOOL, True))
        model.set("x.vector", array(F32, [0.5, -1.0, 2.0]))
    else:
        raise AssertionError(name)
    return model


EDGES = [
    "version_2",
    "template_at_cap",
    "tensor_name_63_bytes",
    "alignment_64",
    "alignment_1",
    "special_ids_none",
    "block_count_max",
    "four_dims",
    "unrelated_bool_and_float_keys",
]


@pytest.mark.parametrize("name", EDGES)
def test_values_at_the_limits_are_accepted(name: str, tmp_path: Path) -> None:
    model = _at_edge(name)
    path = tmp_path / f"{name}.gguf"
    path.write_bytes(model.to_bytes())
    info = check_gguf(path)
    assert info.architecture == "llama"
    assert info.vocab_size == N_VOCAB
    assert len(info.tensors) == 2
    if name == "template_at_cap":
        assert info.chat_template is not None
        assert len(info.chat_template) == MAX_TEMPLATE
    if name == "block_count_max":
        assert info.layers == MAX_BLOCK_COUNT
    if name == "version_2":
        assert info.version == 2
    if name == "four_dims":
        assert info.tensors[1].shape == (N_EMBD, 1, 1, 1)


# --- mutants of a real tiny model ---------------------------------------------------------


@dataclass(frozen=True)
class Tiny:
    data: bytes
    infos_end: int  # where the tensor infos end
    data_offset: int  # where the tensor data starts
    mutant: Path


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Tiny:
    from ggufgen import write_tiny_model

    folder = tmp_path_factory.mktemp("mutants")
    path = write_tiny_model(folder / "tiny.gguf")
    reader = gguf.GGUFReader(str(path))
    last = reader.tensors[-1].field
    infos_end = last.offset + sum(part.nbytes for part in last.parts)
    data_offset = reader.data_offset
    del reader
    data = path.read_bytes()
    assert check_gguf(path).tensor_bytes == len(data) - data_offset, "no trailing padding"
    return Tiny(data, infos_end, data_offset, folder / "mutant.gguf")


def _outcome(path: Path) -> str:
    """Accept or refuse with ModelFileError; any other exception fails the test."""
    try:
        info: GGUFInfo | ModelFileError = check_gguf(path)
    except ModelFileError as e:
        info = e
    if isinstance(info, ModelFileError):
        assert info.reason in REASONS, info.reason
        _assert_sentence(info.user_message)
        return info.reason
    assert isinstance(info, GGUFInfo)
    assert 1 <= info.layers <= MAX_BLOCK_COUNT
    assert info.vocab_size >= 1
    assert info.parameter_count >= 1
    assert 0 < info.tensor_bytes <= info.file_size
    return "accepted"


def _expected_cut_reason(tiny: Tiny, cut: int) -> str:
    if cut == 0:
        return "empty"
    if cut < tiny.infos_end:
        return "truncated"
    return "tensor_out_of_bounds"


def _header_offsets(tiny: Tiny) -> st.SearchStrategy[int]:
    # Half the draws hit the fixed header and the first keys, where the counts live.
    return st.one_of(st.integers(0, 127), st.integers(0, tiny.data_offset - 1))


_INTERESTING = [
    u64(0),
    u64(1),
    u64(HUGE),
    u64(1 << 62),
    u64(1 << 40),
    u64(1 << 23),
    u64(1 << 16),
    u32(0),
    u32(0xFFFFFFFF),
    u32(9),  # ARRAY
    u32(8),  # STRING
    u32(13),  # no such value type
    b"\xff",
    b"\x00",
    b"\x80",
]

MUTANT_SETTINGS = settings(
    max_examples=300,
    deadline=None,
    database=None,  # no .hypothesis folder in the work tree
)


@MUTANT_SETTINGS
@given(data=st.data())
def test_header_bit_flips_are_accepted_or_refused_cleanly(tiny: Tiny, data: st.DataObject) -> None:
    flips = data.draw(
        st.lists(st.tuples(_header_offsets(tiny), st.integers(0, 7)), min_size=1, max_size=8),
        label="flips",
    )
    mutant = bytearray(tiny.data)
    for offset, bit in flips:
        mutant[offset] ^= 1 << bit
    tiny.mutant.write_bytes(mutant)
    event(_outcome(tiny.mutant))


@MUTANT_SETTINGS
@given(data=st.data())
def test_header_overwrites_are_accepted_or_refused_cleanly(tiny: Tiny, data: st.DataObject) -> None:
    writes = data.draw(
        st.lists(
            st.tuples(
                _header_offsets(tiny),
                st.one_of(st.binary(min_size=1, max_size=16), st.sampled_from(_INTERESTING)),
            ),
            min_size=1,
            max_size=4,
        ),
        label="writes",
    )
    mutant = bytearray(tiny.data)
    for offset, raw in writes:
        mutant[offset : offset + len(raw)] = raw
    assert len(mutant) == len(tiny.data)
    tiny.mutant.write_bytes(mutant)
    event(_outcome(tiny.mutant))


@MUTANT_SETTINGS
@given(data=st.data())
def test_random_truncations_are_refused(tiny: Tiny, data: st.DataObject) -> None:
    cut = data.draw(
        st.one_of(st.integers(0, tiny.data_offset + 64), st.integers(0, len(tiny.data) - 1)),
        label="cut",
    )
    tiny.mutant.write_bytes(tiny.data[:cut])
    reason = _outcome(tiny.mutant)
    event(reason)
    assert reason == _expected_cut_reason(tiny, cut)


def test_every_truncation_in_the_header_is_refused(tiny: Tiny) -> None:
    """Every 7th cut through the whole header, and the boundaries, exactly."""
    cuts = [*range(0, tiny.data_offset + 256, 7)]
    cuts += [tiny.infos_end - 1, tiny.infos_end, tiny.data_offset, len(tiny.data) - 1]
    assert len(cuts) > 2048 // 7
    seen = set()
    for cut in cuts:
        tiny.mutant.write_bytes(tiny.data[:cut])
        reason = _outcome(tiny.mutant)
        assert reason == _expected_cut_reason(tiny, cut), f"cut at {cut}: {reason}"
        seen.add(reason)
    assert seen == {"empty", "truncated", "tensor_out_of_bounds"}


def test_the_unmutated_tiny_model_is_accepted(tiny: Tiny) -> None:
    tiny.mutant.write_bytes(tiny.data)
    assert _outcome(tiny.mutant) == "accepted"


# --- real models ------------------------------------------------------------------------


def test_tiny_model_is_accepted_with_its_metadata(tiny_model: Path) -> None:
    spec = TinySpec()
    tokens, _, _ = vocabulary(spec)
    info = check_gguf(tiny_model)
    assert info.architecture == "llama"
    assert info.name == spec.name
    assert info.layers == spec.n_layers
    assert info.vocab_size == len(tokens)
    assert info.context_length == spec.context_length
    assert info.embedding_length == spec.n_embd
    assert info.head_count == spec.n_head
    assert info.head_count_kv == spec.n_head
    assert info.chat_template == CHATML_TEMPLATE
    assert info.has_chat_template
    assert info.chat_template_sha256 is not None
    assert len(info.chat_template_sha256) == 64
    assert info.quantization == "ALL_F32"
    assert info.split_count == 1
    assert info.file_size == tiny_model.stat().st_size

    # The tensors match the reference reader's view, and the counts follow from them.
    reader = gguf.GGUFReader(str(tiny_model))
    expected = [(t.name, tuple(int(d) for d in t.shape)) for t in reader.tensors]
    assert [(t.name, t.shape) for t in info.tensors] == expected
    n_params = sum(int(t.n_elements) for t in reader.tensors)
    assert info.parameter_count == n_params > 0
    assert info.tensor_bytes == 4 * n_params
    e, f, v = spec.n_embd, spec.n_ff, len(tokens)
    assert n_params == 2 * v * e + e + spec.n_layers * (2 * e + 4 * e * e + 3 * e * f)


def test_starter_model_is_accepted_with_its_metadata(starter: Path) -> None:
    outcome, elapsed, peak = _measured(starter)
    assert isinstance(outcome, GGUFInfo), outcome
    info = outcome
    assert info.architecture == "llama"
    assert info.quantization == "Q4_1"
    assert info.context_length == 8192
    assert info.layers == 30
    assert info.vocab_size == 49152
    assert info.embedding_length == 576
    assert info.head_count == 9
    assert info.head_count_kv == 3
    assert info.has_chat_template
    assert info.chat_template is not None
    assert "<|im_start|>" in info.chat_template
    assert 100_000_000 < info.parameter_count < 200_000_000
    assert info.parameters_label == "135M"
    assert 0 < info.tensor_bytes <= info.file_size == starter.stat().st_size
    names = {t.name for t in info.tensors}
    assert {"token_embd.weight", "blk.0.attn_q.weight", "blk.29.ffn_down.weight"} <= names
    assert "Q4_1" in {t.type_name for t in info.tensors}
    # Accepting a 100 MB model costs no more than refusing a hostile one.
    assert elapsed < MAX_SECONDS
    assert peak < MAX_PEAK_BYTES


# --- the command line ------------------------------------------------------------------

CLI_CASES = [
    "bad_magic",
    "version_4",
    "huge_key_count",
    "array_2e40_in_49_bytes",
    "nested_array_5000_deep",
    "tensor_offset_past_eof",
    "file_name_too_long",
]


def _hearth(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _refusal(case: Case, folder: Path) -> tuple[Path, ModelFileError]:
    path = case.materialize(folder)
    with pytest.raises(ModelFileError) as caught:
        check_gguf(path)
    assert caught.value.reason == case.reason
    return path, caught.value


@pytest.mark.parametrize("name", CLI_CASES)
def test_doctor_refuses_with_one_sentence(name: str, tmp_path: Path) -> None:
    path, error = _refusal(CASES[name], tmp_path)
    run = _hearth("doctor", str(path))
    assert run.returncode == 3, run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    lines = run.stdout.splitlines()
    verdict = lines.index(f"{path}: refused ({error.reason})")
    assert lines[verdict + 1].strip() == error.user_message
    assert lines[verdict + 2 :] == []
    assert run.stderr == ""


@pytest.mark.parametrize("name", CLI_CASES)
def test_chat_refuses_with_one_sentence(name: str, tmp_path: Path) -> None:
    path, error = _refusal(CASES[name], tmp_path)
    run = _hearth("chat", "--model", str(path), "--prompt", "hi")
    assert run.returncode == 3, run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    assert run.stdout == ""
    assert run.stderr.splitlines() == [f"hearth: {error.user_message}"]


def test_doctor_json_names_the_reason(tmp_path: Path) -> None:
    path, error = _refusal(CASES["nested_array_5000_deep"], tmp_path)
    run = _hearth("doctor", "--json", str(path))
    assert run.returncode == 3, run.stderr
    report = json.loads(run.stdout)
    assert report["file"] == {
        "path": str(path),
        "verdict": "refused",
        "reason": "nested_array",
        "message": error.user_message,
    }
