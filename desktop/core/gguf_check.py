"""Strict, iterative GGUF header pre-check: the security gate before llama.cpp sees a file.

llama.cpp's loader has had memory-safety bugs on malformed headers, and gguf-py's reader
trusts counts and lengths. This parser walks the header once, iteratively (no recursion),
with every count and length bounded by a cap and by the bytes that remain, sizes computed
with Python ints, and only small values kept. It reads through mmap, so a file's header
costs no more memory than the values it keeps. A file it refuses raises ModelFileError with
a sentence and a reason code; a file it accepts comes back as GGUFInfo, the metadata the app
shows.

It is over 400 lines because it is one security gate: the caps, the reader and every check
of the header stay in one file a reviewer can audit at once.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import mmap
import os
import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.errors import ModelFileError

MAGIC = b"GGUF"
MAX_TENSORS = 1 << 16
MAX_KV = 1 << 16
MAX_KEY_LEN = 1 << 10
MAX_STRING_LEN = 1 << 24  # 16 MiB: more than any real metadata string
MAX_TEMPLATE_LEN = 1 << 18  # 256 KiB: real chat templates are under 30 KiB
MAX_ARRAY_LEN = 1 << 23  # 8 M elements: tokenizer merges of the largest vocabularies
MAX_KEPT_STRING = 1 << 16  # strings longer than this are checked but not kept
MAX_TENSOR_NAME = 63  # GGML_MAX_NAME is 64 with the terminating NUL
MAX_DIMS = 4
MAX_BLOCK_COUNT = 4096
MAX_ALIGNMENT = 1 << 16
DEFAULT_ALIGNMENT = 32

# GGUF value types: (struct format, size) for scalars.
_SCALARS: dict[int, tuple[str, int]] = {
    0: ("<B", 1),
    1: ("<b", 1),
    2: ("<H", 2),
    3: ("<h", 2),
    4: ("<I", 4),
    5: ("<i", 4),
    6: ("<f", 4),
    7: ("<?", 1),
    10: ("<Q", 8),
    11: ("<q", 8),
    12: ("<d", 8),
}
_STRING = 8
_ARRAY = 9
_INT_TYPES = {0, 1, 2, 3, 4, 5, 10, 11}


@dataclass(frozen=True, slots=True)
class _Tables:
    """gguf-py's tables of architectures, tensor types and file types."""

    architectures: frozenset[str]
    tensor_types: dict[int, tuple[str, tuple[int, int]]]  # type: name, (block, bytes)
    file_types: dict[int, str]


@functools.cache
def _tables() -> _Tables:
    # Imported on first check, not with this module: the gguf package pulls in NumPy,
    # which the window does not need to show itself (start-up is a measured figure).
    from gguf.constants import GGML_QUANT_SIZES, MODEL_ARCH_NAMES, LlamaFileType

    return _Tables(
        frozenset(MODEL_ARCH_NAMES.values()),
        {int(t): (t.name, sizes) for t, sizes in GGML_QUANT_SIZES.items()},
        {int(t): t.name.removeprefix("MOSTLY_") for t in LlamaFileType},
    )


@dataclass(frozen=True, slots=True)
class TensorInfo:
    """One tensor as the header describes it."""

    name: str
    type_name: str
    shape: tuple[int, ...]
    n_bytes: int


@dataclass(frozen=True, slots=True)
class GGUFInfo:
    """What the header says about a model, for the UI, the engine and the fit estimate."""

    path: str
    file_size: int
    version: int
    architecture: str
    name: str
    parameter_count: int
    quantization: str
    context_length: int
    layers: int
    embedding_length: int
    head_count: int
    head_count_kv: int
    vocab_size: int
    chat_template: str | None
    tensor_bytes: int
    tensors: tuple[TensorInfo, ...]
    split_count: int
    metadata: dict[str, Any]

    @property
    def has_chat_template(self) -> bool:
        return bool(self.chat_template)

    @property
    def chat_template_sha256(self) -> str | None:
        if not self.chat_template:
            return None
        return hashlib.sha256(self.chat_template.encode("utf-8")).hexdigest()

    @property
    def parameters_label(self) -> str:
        n = self.parameter_count
        if n >= 1e9:
            return f"{n / 1e9:.1f}B"
        return f"{n / 1e6:.0f}M"


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _refuse(reason: str, sentence: str, details: str = "") -> ModelFileError:
    # Names quoted from the file may hold control characters: keep the sentence one line.
    return ModelFileError(_CONTROL.sub("?", sentence), reason=reason, details=details)


def _damaged(what: str, reason: str) -> ModelFileError:
    return _refuse(
        reason,
        f"This model file is damaged or not a real model: {what}. "
        "Download it again or choose another file.",
    )


class _Cursor:
    """Reads little-endian values from a buffer, never past its end."""

    def __init__(self, buf: mmap.mmap | bytes, size: int) -> None:
        self.buf = buf
        self.size = size
        self.pos = 0

    def need(self, n: int, what: str) -> None:
        if n < 0 or self.pos + n > self.size:
            raise _refuse(
                "truncated",
                f"This model file ends too early (in its {what}). It is probably an "
                "incomplete download: download it again.",
            )

    def scalar(self, vtype: int, what: str) -> Any:
        fmt, size = _SCALARS[vtype]
        self.need(size, what)
        (value,) = struct.unpack_from(fmt, self.buf, self.pos)
        self.pos += size
        return value

    def u32(self, what: str) -> int:
        return int(self.scalar(4, what))

    def u64(self, what: str) -> int:
        return int(self.scalar(10, what))

    def string(
        self, what: str, cap: int = MAX_STRING_LEN, keep_max: int = MAX_KEPT_STRING
    ) -> str | None:
        """Read a length-prefixed string; longer than keep_max is checked and skipped."""
        n = self.u64(what)
        if n > cap:
            raise _damaged(f"a text field in its {what} claims {n:,} bytes", "string_too_long")
        self.need(n, what)
        start = self.pos
        self.pos += n
        if n > keep_max:
            return None
        try:
            return bytes(self.buf[start : start + n]).decode("utf-8")
        except UnicodeDecodeError:
            raise _damaged(f"a text field in its {what} is not valid UTF-8", "bad_utf8") from None

    def skip_strings(self, count: int, what: str) -> None:
        # The hot loop for tokenizer arrays: check each length, keep nothing.
        buf, size, pos = self.buf, self.size, self.pos
        unpack = struct.Struct("<Q").unpack_from
        for _ in range(count):
            if pos + 8 > size:
                self.pos = pos
                self.need(8, what)
            (n,) = unpack(buf, pos)
            pos += 8
            if n > MAX_STRING_LEN:
                raise _damaged(f"a text field in its {what} claims {n:,} bytes", "string_too_long")
            if pos + n > size:
                self.pos = pos
                self.need(n, what)
            pos += n
        self.pos = pos


def _read_value(cur: _Cursor, vtype: int, key: str) -> Any:
    """Read one metadata value; arrays are checked and kept only when short and numeric."""
    if vtype in _SCALARS:
        return cur.scalar(vtype, f"metadata '{key}'")
    if vtype == _STRING:
        if key.startswith("tokenizer.chat_template"):
            length = cur.scalar(10, f"metadata '{key}'")
            cur.pos -= 8
            if length > MAX_TEMPLATE_LEN:
                raise _refuse(
                    "template_too_large",
                    f"This model's chat template is {length:,} bytes, far larger than any real "
                    "template; Hearth will not run it.",
                )
            return cur.string(f"metadata '{key}'", keep_max=MAX_TEMPLATE_LEN)
        return cur.string(f"metadata '{key}'")
    if vtype == _ARRAY:
        etype = cur.u32(f"metadata '{key}'")
        count = cur.u64(f"metadata '{key}'")
        if etype == _ARRAY:
            raise _damaged(f"metadata '{key}' is an array of arrays", "nested_array")
        if etype != _STRING and etype not in _SCALARS:
            raise _damaged(
                f"metadata '{key}' has an unknown element type {etype}", "bad_value_type"
            )
        if count > MAX_ARRAY_LEN:
            raise _damaged(f"metadata '{key}' claims {count:,} elements", "array_too_long")
        if etype == _STRING:
            cur.skip_strings(count, f"metadata '{key}'")
            return _ArrayInfo(etype, count, None)
        _, size = _SCALARS[etype]
        cur.need(count * size, f"metadata '{key}'")
        values = None
        if count <= 64 and etype in _INT_TYPES:
            values = tuple(cur.scalar(etype, key) for _ in range(count))
        else:
            cur.pos += count * size
        return _ArrayInfo(etype, count, values)
    raise _damaged(f"metadata '{key}' has an unknown value type {vtype}", "bad_value_type")


@dataclass(frozen=True, slots=True)
class _ArrayInfo:
    etype: int
    count: int
    values: tuple[int, ...] | None


def check_gguf(path: str | os.PathLike[str]) -> GGUFInfo:
    """Check a GGUF file's header strictly; return its metadata or raise ModelFileError."""
    p = Path(path)
    try:
        # Inside the try: a path can fail to stat (name too long, no permission on a folder).
        if not p.exists():
            raise _refuse("not_found", f"There is no model file at {p}.")
        if not p.is_file():
            what = "a folder" if p.is_dir() else "not a regular file"
            raise _refuse("not_a_file", f"{p} is {what}, not a model file. Choose a .gguf file.")
        with p.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size == 0:
                raise _refuse("empty", f"The model file {p.name} is empty (0 bytes).")
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as buf:
                return _parse(_Cursor(buf, size), str(p), size)
    except PermissionError:
        raise _refuse("unreadable", f"Hearth may not read {p}: check its permissions.") from None
    except OSError as e:
        raise _refuse(
            "unreadable", f"The model file {p.name} could not be read ({e.strerror})."
        ) from e


def check_gguf_header(head: bytes, file_size: int, name: str) -> GGUFInfo:
    """Check the header of a file from its first bytes (read with an HTTP Range request,
    before a download); the tensors are checked against file_size. Raises ModelFileError
    with reason "truncated" when head ends before the header does."""
    return _parse(_Cursor(head, len(head)), name, file_size)


def _parse(cur: _Cursor, path: str, size: int) -> GGUFInfo:
    cur.need(4, "header")
    if bytes(cur.buf[0:4]) != MAGIC:
        raise _refuse(
            "bad_magic",
            "This file is not a GGUF model (it does not start with 'GGUF'). "
            "Hearth runs .gguf files: choose one, or download a GGUF build of this model.",
        )
    cur.pos = 4
    version = cur.u32("header")
    if version not in (2, 3):
        raise _refuse(
            "bad_version",
            f"This GGUF file has format version {version}; Hearth reads versions 2 and 3. "
            "Download a current build of the model.",
        )
    n_tensors = cur.u64("header")
    n_kv = cur.u64("header")
    if n_tensors > MAX_TENSORS:
        raise _damaged(f"it claims {n_tensors:,} tensors", "too_many_tensors")
    if n_kv > MAX_KV:
        raise _damaged(f"it claims {n_kv:,} metadata entries", "too_many_keys")

    meta: dict[str, Any] = {}
    for _ in range(n_kv):
        key = cur.string("metadata keys", cap=MAX_KEY_LEN)
        assert key is not None
        if key in meta:
            raise _damaged(f"the metadata key '{key}' appears twice", "duplicate_key")
        vtype = cur.u32(f"metadata '{key}'")
        meta[key] = _read_value(cur, vtype, key)

    alignment = meta.get("general.alignment", DEFAULT_ALIGNMENT)
    if (
        not isinstance(alignment, int)
        or isinstance(alignment, bool)
        or alignment <= 0
        or alignment > MAX_ALIGNMENT
        or alignment & (alignment - 1)
    ):
        raise _damaged(f"its alignment {alignment!r} is not a power of two", "bad_alignment")

    arch = meta.get("general.architecture")
    if not isinstance(arch, str):
        raise _damaged("it names no architecture", "missing_architecture")
    if arch not in _tables().architectures:
        raise _refuse(
            "unknown_architecture",
            f"This model's architecture '{arch[:40]}' is not one Hearth's engine knows. "
            "Update Hearth or choose another model.",
        )

    tensors = _read_tensors(cur, n_tensors)
    data_start = -(-cur.pos // alignment) * alignment
    if n_tensors == 0:
        raise _damaged("it holds no tensors", "no_tensors")
    split_count = _int_meta(meta, "split.count", 1)
    total_bytes = 0
    for name, _ttype, _shape, offset, n_bytes in tensors:
        if offset % alignment:
            raise _damaged(f"tensor '{name}' is misaligned", "misaligned_tensor")
        if data_start + offset + n_bytes > size:
            raise _damaged(
                f"tensor '{name}' points past the end of the file", "tensor_out_of_bounds"
            )
        total_bytes += n_bytes
    # Two tensors on the same bytes: a damaged offset (each inside the file, together more
    # than it holds). llama.cpp would read one tensor's weights as another's.
    spans = sorted((offset, offset + n_bytes, name) for name, _t, _s, offset, n_bytes in tensors)
    for (_start, end, before), (start, _end, name) in itertools.pairwise(spans):
        if start < end:
            raise _damaged(
                f"tensors '{before}' and '{name}' overlap in the file", "overlapping_tensors"
            )

    n_vocab = _check_tokenizer(meta)
    layers = _int_meta(meta, f"{arch}.block_count", -1)
    if not 1 <= layers <= MAX_BLOCK_COUNT:
        raise _damaged(
            f"its layer count ({arch}.block_count = {layers}) is out of range", "bad_block_count"
        )

    template = meta.get("tokenizer.chat_template")
    return GGUFInfo(
        path=path,
        file_size=size,
        version=version,
        architecture=arch,
        name=str(meta.get("general.name", "") or Path(path).stem),
        parameter_count=sum(_n_elements(shape) for _, _, shape, _, _ in tensors),
        quantization=_quantization(meta, tensors),
        context_length=_int_meta(meta, f"{arch}.context_length", 0),
        layers=layers,
        embedding_length=_int_meta(meta, f"{arch}.embedding_length", 0),
        head_count=_first_int(meta.get(f"{arch}.attention.head_count")),
        head_count_kv=_first_int(meta.get(f"{arch}.attention.head_count_kv"))
        or _first_int(meta.get(f"{arch}.attention.head_count")),
        vocab_size=n_vocab,
        chat_template=template if isinstance(template, str) and template.strip() else None,
        tensor_bytes=total_bytes,
        tensors=tuple(
            TensorInfo(name, _tables().tensor_types[t][0], shape, nb)
            for name, t, shape, _, nb in tensors
        ),
        split_count=split_count,
        metadata={k: v for k, v in meta.items() if not isinstance(v, _ArrayInfo) and v is not None},
    )


def _read_tensors(cur: _Cursor, n_tensors: int) -> list[tuple[str, int, tuple[int, ...], int, int]]:
    seen: set[str] = set()
    out = []
    for _ in range(n_tensors):
        name = cur.string("tensor list", cap=MAX_KEY_LEN)
        assert name is not None
        if len(name.encode("utf-8")) > MAX_TENSOR_NAME:
            raise _damaged(f"a tensor name is {len(name)} characters long", "tensor_name_too_long")
        if name in seen:
            raise _damaged(f"tensor '{name}' appears twice", "duplicate_tensor")
        seen.add(name)
        n_dims = cur.u32(f"tensor '{name}'")
        if not 1 <= n_dims <= MAX_DIMS:
            raise _damaged(f"tensor '{name}' has {n_dims} dimensions", "bad_dims")
        shape = tuple(cur.u64(f"tensor '{name}'") for _ in range(n_dims))
        if any(d < 1 or d >= 1 << 62 for d in shape):
            raise _damaged(f"tensor '{name}' has a dimension out of range {shape}", "bad_dims")
        ttype = cur.u32(f"tensor '{name}'")
        if ttype not in _tables().tensor_types:
            raise _damaged(f"tensor '{name}' has an unknown data type {ttype}", "bad_tensor_type")
        block, type_size = _tables().tensor_types[ttype][1]
        if shape[0] % block:
            raise _damaged(f"tensor '{name}' does not fill whole blocks of its type", "bad_dims")
        n_elements = _n_elements(shape)
        if n_elements >= 1 << 62:
            raise _damaged(f"tensor '{name}' claims {n_elements:,} elements", "bad_dims")
        offset = cur.u64(f"tensor '{name}'")
        out.append((name, ttype, shape, offset, n_elements // block * type_size))
    return out


def _check_tokenizer(meta: dict[str, Any]) -> int:
    lengths = {
        key: value.count
        for key in ("tokenizer.ggml.tokens", "tokenizer.ggml.scores", "tokenizer.ggml.token_type")
        if isinstance(value := meta.get(key), _ArrayInfo)
    }
    tokens = meta.get("tokenizer.ggml.tokens")
    if not isinstance(tokens, _ArrayInfo) or tokens.etype != _STRING or tokens.count == 0:
        raise _damaged("it has no tokenizer vocabulary", "missing_vocab")
    if len(set(lengths.values())) > 1:
        raise _damaged("its tokenizer arrays have different lengths", "tokenizer_mismatch")
    n_vocab = tokens.count
    for key, value in meta.items():
        if key.startswith("tokenizer.ggml.") and key.endswith("_token_id"):
            if not isinstance(value, int) or isinstance(value, bool):
                raise _damaged(f"'{key}' is not an integer", "bad_key_type")
            # -1 (as uint32 0xFFFFFFFF in some converters) means "none" to llama.cpp.
            if value in (-1, 0xFFFFFFFF):
                continue
            if not 0 <= value < n_vocab:
                raise _damaged(
                    f"'{key}' is {value}, outside its {n_vocab:,}-token vocabulary",
                    "special_id_out_of_range",
                )
    return n_vocab


def _n_elements(shape: tuple[int, ...]) -> int:
    n = 1
    for d in shape:
        n *= d
    return n


def _int_meta(meta: dict[str, Any], key: str, default: int) -> int:
    value = meta.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        if key in meta:
            raise _damaged(f"'{key}' is not an integer", "bad_key_type")
        return default
    return value


def _first_int(value: Any) -> int:
    # Per-layer keys (some architectures) are arrays; the first layer stands for all here.
    if isinstance(value, _ArrayInfo):
        return int(value.values[0]) if value.values else 0
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _quantization(
    meta: dict[str, Any], tensors: list[tuple[str, int, tuple[int, ...], int, int]]
) -> str:
    ftype = meta.get("general.file_type")
    if isinstance(ftype, int) and ftype in _tables().file_types:
        return _tables().file_types[ftype]
    # No file type recorded: name it after the type that holds the most bytes.
    by_type: dict[int, int] = {}
    for _, ttype, _, _, n_bytes in tensors:
        by_type[ttype] = by_type.get(ttype, 0) + n_bytes
    return (
        _tables().tensor_types[max(by_type, key=lambda t: by_type[t])][0] if by_type else "unknown"
    )
