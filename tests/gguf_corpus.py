"""A byte-level GGUF v3 writer and a corpus of hostile files for the header pre-check.

`Crafted()` writes a valid minimal llama model that check_gguf accepts. Every corpus case
changes one thing in it (a count, a length, a type, a value, the end of the file), so its
refusal has exactly one cause, and names the reason code check_gguf must give.

GGUF v3 layout: magic b"GGUF", u32 version, u64 n_tensors, u64 n_kv; then the metadata
(u64-length-prefixed key, u32 value type, value; an array is u32 element type, u64 count,
elements); then the tensor infos (name, u32 n_dims, u64 dims, u32 ggml type, u64 offset);
then padding to the alignment (32 unless general.alignment says otherwise) and the data.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

MAGIC = b"GGUF"
HEADER_SIZE = 24  # magic, version, n_tensors, n_kv

# GGUF metadata value types.
U8, I8, U16, I16, U32, I32, F32, BOOL, STRING, ARRAY, U64, I64, F64 = range(13)
_FORMATS = {
    U8: "<B",
    I8: "<b",
    U16: "<H",
    I16: "<h",
    U32: "<I",
    I32: "<i",
    F32: "<f",
    BOOL: "<?",
    U64: "<Q",
    I64: "<q",
    F64: "<d",
}

# ggml tensor types used here.
GGML_F32, GGML_Q4_0 = 0, 2
GGML_REMOVED_Q4_2 = 4  # a type number ggml retired: no reader knows it now

MAX_TEMPLATE = 1 << 18  # the pre-check's cap on a chat template: 256 KiB

VOCAB = [
    "<unk>",
    "<s>",
    "</s>",
    "▁",
    "a",
    "b",
    "c",
    "d",
    "e",
    "h",
    "i",
    "l",
    "o",
    "▁hi",
    "er",
    "in",
]
N_VOCAB = len(VOCAB)
N_EMBD = 8
TEMPLATE = "{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}\n{% endfor %}"


def u32(v: int) -> bytes:
    return struct.pack("<I", v)


def u64(v: int) -> bytes:
    return struct.pack("<Q", v)


def gstr(text: str | bytes) -> bytes:
    """A GGUF string: u64 byte length, then the bytes (str is encoded as UTF-8)."""
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return u64(len(raw)) + raw


def _payload(vtype: int, v: object) -> bytes:
    if vtype == STRING:
        assert isinstance(v, str | bytes)
        return gstr(v)
    return struct.pack(_FORMATS[vtype], v)


def value(vtype: int, v: object) -> bytes:
    """A typed metadata value: u32 type, then the value."""
    return u32(vtype) + _payload(vtype, v)


def array(etype: int, items: Sequence[object]) -> bytes:
    """A typed metadata array: u32 ARRAY, u32 element type, u64 count, the elements."""
    return u32(ARRAY) + u32(etype) + u64(len(items)) + b"".join(_payload(etype, x) for x in items)


def kv(key: str | bytes, encoded: bytes) -> bytes:
    """One whole metadata entry, for Crafted.raw_kv."""
    return gstr(key) + encoded


def header(n_tensors: int, n_kv: int, version: int = 3, magic: bytes = MAGIC) -> bytes:
    return magic + u32(version) + u64(n_tensors) + u64(n_kv)


@dataclass
class Tensor:
    """A tensor info; offset None packs it after the previous one at the alignment."""

    name: str | bytes
    dims: tuple[int, ...]
    ggml_type: int = GGML_F32
    offset: int | None = None
    n_dims: int | None = None  # None: len(dims); set to lie about the count

    @property
    def n_bytes(self) -> int:
        n = 4  # only F32 tensors carry data here
        for d in self.dims:
            n *= d
        return n

    def info(self, offset: int) -> bytes:
        n_dims = len(self.dims) if self.n_dims is None else self.n_dims
        dims = b"".join(u64(d) for d in self.dims)
        return gstr(self.name) + u32(n_dims) + dims + u32(self.ggml_type) + u64(offset)


def default_kv() -> list[tuple[str, bytes]]:
    return [
        ("general.architecture", value(STRING, "llama")),
        ("general.name", value(STRING, "crafted")),
        ("general.file_type", value(U32, 0)),
        ("llama.block_count", value(U32, 1)),
        ("llama.context_length", value(U32, 256)),
        ("llama.embedding_length", value(U32, N_EMBD)),
        ("llama.attention.head_count", value(U32, 2)),
        ("tokenizer.ggml.model", value(STRING, "llama")),
        ("tokenizer.ggml.tokens", array(STRING, VOCAB)),
        ("tokenizer.ggml.scores", array(F32, [-float(i) for i in range(N_VOCAB)])),
        ("tokenizer.ggml.token_type", array(I32, [3, 3, 3] + [1] * (N_VOCAB - 3))),
        ("tokenizer.ggml.bos_token_id", value(U32, 1)),
        ("tokenizer.ggml.eos_token_id", value(U32, 2)),
        ("tokenizer.chat_template", value(STRING, TEMPLATE)),
    ]


def default_tensors() -> list[Tensor]:
    return [Tensor("token_embd.weight", (N_EMBD, N_VOCAB)), Tensor("output_norm.weight", (N_EMBD,))]


# Tensors that end further than this into the data are not given data bytes (they are the
# ones claiming gigabytes); everything else gets its bytes, so only the intended fault shows.
_MAX_DATA = 1 << 20


@dataclass
class Layout:
    """Where the sections of a crafted file start (byte offsets)."""

    kv_start: int
    kv_offsets: dict[str, int]
    tensors_start: int
    tensors_end: int
    data_start: int
    size: int


@dataclass
class Crafted:
    """A minimal valid GGUF v3 llama model, with knobs to break one thing at a time."""

    magic: bytes = MAGIC
    version: int = 3
    n_tensors: int | None = None  # None: the real count
    n_kv: int | None = None  # None: the real count
    kv: list[tuple[str, bytes]] = field(default_factory=default_kv)
    raw_kv: list[bytes] = field(default_factory=list)  # whole entries appended after kv
    tensors: list[Tensor] = field(default_factory=default_tensors)
    alignment: int = 32  # the padding used to lay the file out
    cut: int | None = None  # truncate the file to this many bytes

    def set(self, key: str, encoded: bytes) -> Crafted:
        """Replace a key's value (or append the key), keeping the order of the others."""
        for i, (k, _) in enumerate(self.kv):
            if k == key:
                self.kv[i] = (key, encoded)
                return self
        self.kv.append((key, encoded))
        return self

    def drop(self, key: str) -> Crafted:
        assert any(k == key for k, _ in self.kv), key
        self.kv = [(k, v) for k, v in self.kv if k != key]
        return self

    def _offsets(self) -> tuple[list[int], int]:
        offsets, pos, data_len = [], 0, 0
        for t in self.tensors:
            if t.offset is None:
                off = -(-pos // self.alignment) * self.alignment
                pos = off + t.n_bytes
            else:
                off = t.offset
            offsets.append(off)
            if off + t.n_bytes <= _MAX_DATA:
                data_len = max(data_len, off + t.n_bytes)
        return offsets, data_len

    def _sections(self) -> tuple[bytes, dict[str, int], bytes, int]:
        n_tensors = len(self.tensors) if self.n_tensors is None else self.n_tensors
        n_kv = len(self.kv) + len(self.raw_kv) if self.n_kv is None else self.n_kv
        head = header(n_tensors, n_kv, self.version, self.magic)
        kv_offsets, parts, pos = {}, [], len(head)
        for key, encoded in self.kv:
            kv_offsets[key] = pos
            entry = gstr(key) + encoded
            parts.append(entry)
            pos += len(entry)
        kv_bytes = b"".join(parts) + b"".join(self.raw_kv)
        offsets, data_len = self._offsets()
        infos = b"".join(t.info(off) for t, off in zip(self.tensors, offsets, strict=True))
        return head + kv_bytes, kv_offsets, infos, data_len

    def layout(self) -> Layout:
        head_kv, kv_offsets, infos, data_len = self._sections()
        tensors_end = len(head_kv) + len(infos)
        data_start = (
            -(-tensors_end // self.alignment) * self.alignment if self.tensors else tensors_end
        )
        return Layout(
            HEADER_SIZE, kv_offsets, len(head_kv), tensors_end, data_start, data_start + data_len
        )

    def to_bytes(self) -> bytes:
        head_kv, _, infos, data_len = self._sections()
        out = head_kv + infos
        if self.tensors:
            out += bytes(-len(out) % self.alignment)
            # Non-zero data, so that nothing in the data can pass for an empty header field.
            out += bytes(range(1, 256)) * (data_len // 255) + bytes(range(1, 1 + data_len % 255))
        return out if self.cut is None else out[: self.cut]


@dataclass(frozen=True)
class Case:
    """One hostile input and the reason code check_gguf must refuse it with."""

    name: str
    reason: str
    build: Callable[[], bytes] | None = None  # the file's bytes
    make: Callable[[Path], Path] | None = None  # or: make a path in this folder

    def materialize(self, folder: Path) -> Path:
        if self.make is not None:
            return self.make(folder)
        assert self.build is not None
        path = folder / f"{self.name}.gguf"
        path.write_bytes(self.build())
        return path


def _model(**changes: Any) -> Callable[[], bytes]:
    return lambda: replace(Crafted(), **changes).to_bytes()


def _with_kv(key: str, encoded: bytes) -> Callable[[], bytes]:
    return lambda: Crafted().set(key, encoded).to_bytes()


def _without_kv(key: str) -> Callable[[], bytes]:
    return lambda: Crafted().drop(key).to_bytes()


def _with_tensor(tensor: Tensor, index: int = 1) -> Callable[[], bytes]:
    def build() -> bytes:
        model = Crafted()
        model.tensors[index] = tensor
        return model.to_bytes()

    return build


def _cut(where: Callable[[Layout], int]) -> Callable[[], bytes]:
    def build() -> bytes:
        model = Crafted()
        model.cut = where(model.layout())
        return model.to_bytes()

    return build


def _tokens_with_huge_string() -> bytes:
    items = b"".join(gstr(t) for t in VOCAB[:-1]) + u64(1 << 62)
    return u32(ARRAY) + u32(STRING) + u64(N_VOCAB) + items


def array_2e40_in_49_bytes() -> bytes:
    """A 49-byte file: one key whose u8 array claims 2^40 elements."""
    data = header(0, 1) + gstr("a") + u32(ARRAY) + u32(U8) + u64(1 << 40)
    assert len(data) == 49
    return data


def nested_5000_deep() -> bytes:
    """One key whose value is an array of arrays of arrays ... 5000 levels deep."""
    nesting = (u32(ARRAY) + u64(1)) * 5000
    return header(0, 1) + gstr("nest") + u32(ARRAY) + nesting + u32(U8) + u64(1) + b"\x01"


def _nested_model() -> bytes:
    inner = u32(U8) + u64(2) + b"\x01\x02"
    return Crafted().set("x.nested", u32(ARRAY) + u32(ARRAY) + u64(2) + inner + inner).to_bytes()


def _overlapping_tensors() -> bytes:
    # Both inside the file, the second on the first's bytes (offset 0, as a flipped bit makes).
    model = Crafted()
    model.tensors[1] = Tensor("output_norm.weight", (N_EMBD,), offset=0)
    return model.to_bytes()


def _duplicate_tensors() -> bytes:
    model = Crafted()
    model.tensors[1] = Tensor("token_embd.weight", (N_EMBD,))
    return model.to_bytes()


def _directory(folder: Path) -> Path:
    path = folder / "a-folder.gguf"
    path.mkdir()
    return path


def _fifo(folder: Path) -> Path:
    # Opening a FIFO for reading would block until a writer comes: it must be refused unopened.
    path = folder / "a-fifo.gguf"
    os.mkfifo(path)
    return path


def _broken_symlink(folder: Path) -> Path:
    path = folder / "dangling.gguf"
    path.symlink_to(folder / "nowhere.gguf")
    return path


def _symlink_loop(folder: Path) -> Path:
    path = folder / "loop.gguf"
    path.symlink_to(path)
    return path


HUGE = (1 << 64) - 1


def corpus() -> list[Case]:
    """Every hostile file, each with the one reason it must be refused for."""
    big_template = "x" * (MAX_TEMPLATE + 1)
    return [
        # Not a GGUF file at all, or a version Hearth does not read.
        Case("bad_magic", "bad_magic", _model(magic=b"GGML")),
        Case("lowercase_magic", "bad_magic", _model(magic=b"gguf")),
        Case("version_1", "bad_version", _model(version=1)),
        Case("version_4", "bad_version", _model(version=4)),
        Case("version_big_endian", "bad_version", _model(version=3 << 24)),
        # Truncation at each stage of the header, and in the data.
        Case("cut_in_magic", "truncated", _cut(lambda _: 3)),
        Case("cut_in_header", "truncated", _cut(lambda _: 20)),
        Case("cut_in_first_key", "truncated", _cut(lambda lay: lay.kv_start + 12)),
        Case(
            "cut_in_token_array",
            "truncated",
            _cut(lambda lay: lay.kv_offsets["tokenizer.ggml.tokens"] + 60),
        ),
        Case(
            "cut_in_template",
            "truncated",
            _cut(lambda lay: lay.kv_offsets["tokenizer.chat_template"] + 40),
        ),
        Case("cut_in_tensor_infos", "truncated", _cut(lambda lay: lay.tensors_start + 10)),
        Case("cut_in_last_tensor_info", "truncated", _cut(lambda lay: lay.tensors_end - 1)),
        Case("cut_in_tensor_data", "tensor_out_of_bounds", _cut(lambda lay: lay.data_start + 100)),
        Case("cut_last_byte", "tensor_out_of_bounds", _cut(lambda lay: lay.size - 1)),
        # Counts and lengths far beyond the file.
        Case("huge_key_count", "too_many_keys", _model(n_kv=HUGE)),
        Case("key_count_2e17", "too_many_keys", _model(n_kv=1 << 17)),
        Case("huge_tensor_count", "too_many_tensors", _model(n_tensors=1 << 63)),
        Case(
            "string_len_2e62",
            "string_too_long",
            _with_kv("general.name", u32(STRING) + u64(1 << 62) + b"x"),
        ),
        Case("key_len_2e62", "string_too_long", _model(raw_kv=[u64(1 << 62) + b"k"])),
        Case(
            "token_len_2e62",
            "string_too_long",
            _with_kv("tokenizer.ggml.tokens", _tokens_with_huge_string()),
        ),
        Case("array_2e40_in_49_bytes", "array_too_long", array_2e40_in_49_bytes),
        Case(
            "array_2e22_past_eof",
            "truncated",
            _with_kv("x.blob", u32(ARRAY) + u32(U8) + u64(1 << 22) + b"1234"),
        ),
        Case(
            "template_over_cap",
            "template_too_large",
            _with_kv("tokenizer.chat_template", value(STRING, big_template)),
        ),
        Case(
            "template_claims_2e40",
            "template_too_large",
            _with_kv("tokenizer.chat_template", u32(STRING) + u64(1 << 40)),
        ),
        # Types and structure.
        Case("nested_array", "nested_array", _nested_model),
        Case("nested_array_5000_deep", "nested_array", nested_5000_deep),
        Case("unknown_value_type", "bad_value_type", _with_kv("x.odd", u32(13) + u64(0))),
        Case(
            "unknown_array_element_type",
            "bad_value_type",
            _with_kv("x.odd", u32(ARRAY) + u32(99) + u64(1)),
        ),
        Case(
            "duplicate_key",
            "duplicate_key",
            _model(raw_kv=[kv("general.architecture", value(STRING, "llama"))]),
        ),
        Case(
            "invalid_utf8_key", "bad_utf8", _model(raw_kv=[kv(b"general.\xff\xfe", value(U32, 1))])
        ),
        Case(
            "surrogate_utf8_key", "bad_utf8", _model(raw_kv=[kv(b"x.\xed\xa0\x80", value(U32, 1))])
        ),
        Case(
            "invalid_utf8_value",
            "bad_utf8",
            _with_kv("general.name", value(STRING, b"caf\xc3\x28")),
        ),
        # Alignment.
        Case("alignment_3", "bad_alignment", _with_kv("general.alignment", value(U32, 3))),
        Case("alignment_0", "bad_alignment", _with_kv("general.alignment", value(U32, 0))),
        Case("alignment_2e20", "bad_alignment", _with_kv("general.alignment", value(U64, 1 << 20))),
        Case(
            "alignment_string", "bad_alignment", _with_kv("general.alignment", value(STRING, "32"))
        ),
        Case("alignment_bool", "bad_alignment", _with_kv("general.alignment", value(BOOL, True))),
        # Architecture.
        Case("missing_architecture", "missing_architecture", _without_kv("general.architecture")),
        Case(
            "architecture_not_text",
            "missing_architecture",
            _with_kv("general.architecture", value(U32, 1)),
        ),
        Case(
            "unknown_architecture",
            "unknown_architecture",
            _with_kv("general.architecture", value(STRING, "llamma")),
        ),
        # Tensor infos.
        Case("no_tensors", "no_tensors", _model(tensors=[])),
        Case(
            "tensor_name_64_bytes",
            "tensor_name_too_long",
            _with_tensor(Tensor("t" * 64, (N_EMBD,))),
        ),
        Case("tensor_name_invalid_utf8", "bad_utf8", _with_tensor(Tensor(b"blk.\xff", (N_EMBD,)))),
        Case("duplicate_tensor", "duplicate_tensor", _duplicate_tensors),
        Case("overlapping_tensors", "overlapping_tensors", _overlapping_tensors),
        Case("n_dims_0", "bad_dims", _with_tensor(Tensor("output_norm.weight", ()))),
        Case(
            "n_dims_5", "bad_dims", _with_tensor(Tensor("output_norm.weight", (N_EMBD, 1, 1, 1, 1)))
        ),
        Case(
            "n_dims_2e32",
            "bad_dims",
            _with_tensor(Tensor("output_norm.weight", (N_EMBD,), n_dims=0xFFFFFFFF)),
        ),
        Case("zero_dimension", "bad_dims", _with_tensor(Tensor("output_norm.weight", (N_EMBD, 0)))),
        Case("dimension_2e62", "bad_dims", _with_tensor(Tensor("output_norm.weight", (1 << 62,)))),
        Case(
            "elements_overflow_2e93",
            "bad_dims",
            _with_tensor(Tensor("output_norm.weight", (1 << 31,) * 3 + (1,))),
        ),
        Case(
            "partial_quant_block",
            "bad_dims",
            _with_tensor(Tensor("output_norm.weight", (31,), GGML_Q4_0)),
        ),
        Case(
            "unknown_tensor_type",
            "bad_tensor_type",
            _with_tensor(Tensor("output_norm.weight", (N_EMBD,), GGML_REMOVED_Q4_2)),
        ),
        Case(
            "tensor_type_2e32",
            "bad_tensor_type",
            _with_tensor(Tensor("output_norm.weight", (N_EMBD,), 0xFFFFFFFF)),
        ),
        # Tensor data.
        Case(
            "tensor_offset_past_eof",
            "tensor_out_of_bounds",
            _with_tensor(Tensor("output_norm.weight", (N_EMBD,), offset=1 << 40)),
        ),
        Case(
            "tensor_offset_wraps_u64",
            "tensor_out_of_bounds",
            _with_tensor(Tensor("output_norm.weight", (N_EMBD,), offset=(1 << 64) - 32)),
        ),
        Case(
            "tensor_size_past_eof",
            "tensor_out_of_bounds",
            _with_tensor(Tensor("output_norm.weight", (N_EMBD, 1 << 30))),
        ),
        Case(
            "misaligned_tensor_offset",
            "misaligned_tensor",
            _with_tensor(Tensor("output_norm.weight", (N_EMBD,), offset=4 * N_EMBD * N_VOCAB + 4)),
        ),
        # Tokenizer and model numbers.
        Case(
            "tokens_vs_scores",
            "tokenizer_mismatch",
            _with_kv("tokenizer.ggml.scores", array(F32, [0.0] * (N_VOCAB - 1))),
        ),
        Case(
            "tokens_vs_token_types",
            "tokenizer_mismatch",
            _with_kv("tokenizer.ggml.token_type", array(I32, [1] * (N_VOCAB + 1))),
        ),
        Case(
            "bos_id_equals_n_vocab",
            "special_id_out_of_range",
            _with_kv("tokenizer.ggml.bos_token_id", value(U32, N_VOCAB)),
        ),
        Case(
            "eos_id_2e31",
            "special_id_out_of_range",
            _with_kv("tokenizer.ggml.eos_token_id", value(U32, 1 << 31)),
        ),
        Case(
            "eos_id_negative",
            "special_id_out_of_range",
            _with_kv("tokenizer.ggml.eos_token_id", value(I32, -5)),
        ),
        Case(
            "bos_id_not_integer",
            "bad_key_type",
            _with_kv("tokenizer.ggml.bos_token_id", value(STRING, "1")),
        ),
        Case("missing_vocab", "missing_vocab", _without_kv("tokenizer.ggml.tokens")),
        Case("empty_vocab", "missing_vocab", _with_kv("tokenizer.ggml.tokens", array(STRING, []))),
        Case(
            "vocab_not_text",
            "missing_vocab",
            _with_kv("tokenizer.ggml.tokens", array(I32, list(range(N_VOCAB)))),
        ),
        Case("block_count_0", "bad_block_count", _with_kv("llama.block_count", value(U32, 0))),
        Case(
            "block_count_2e32",
            "bad_block_count",
            _with_kv("llama.block_count", value(U32, 0xFFFFFFFF)),
        ),
        Case(
            "block_count_u64_max",
            "bad_block_count",
            _with_kv("llama.block_count", value(U64, HUGE)),
        ),
        Case("block_count_missing", "bad_block_count", _without_kv("llama.block_count")),
        Case(
            "block_count_not_integer",
            "bad_key_type",
            _with_kv("llama.block_count", value(F32, 2.0)),
        ),
        # Not a regular file, or no file at all.
        Case("empty_file", "empty", lambda: b""),
        Case("directory", "not_a_file", make=_directory),
        Case("fifo", "not_a_file", make=_fifo),
        Case("missing_file", "not_found", make=lambda folder: folder / "no-such-model.gguf"),
        Case("dangling_symlink", "not_found", make=_broken_symlink),
        Case("symlink_loop", "not_found", make=_symlink_loop),
        Case(
            "file_name_too_long", "unreadable", make=lambda folder: folder / ("m" * 300 + ".gguf")
        ),
        Case("nul_in_path", "not_found", make=lambda folder: folder / "a\x00b.gguf"),
    ]
