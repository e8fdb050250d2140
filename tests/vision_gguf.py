"""Writes a tiny random-weight CLIP vision projector GGUF (LLaVA's "mlp") and small PNGs.

The projector is what llama.cpp's mtmd (tools/mtmd/clip.cpp) loads for LLaVA-1.5: a ViT
(patch embedding, class embedding, learned positions, pre-norm blocks with separate q/k/v)
and a two-layer MLP from the ViT's width to the text model's n_embd. Its keys and tensor
names are the ones convert_image_encoder_to_gguf.py writes; the sizes are the smallest that
make a 2x2 grid of patches, so an image costs 4 tokens in the text model.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import gguf
import numpy as np

IMAGE_SIZE = 28
PATCH_SIZE = 14
N_PATCHES = (IMAGE_SIZE // PATCH_SIZE) ** 2  # the tokens one image costs the text model


def write_tiny_projector(path: Path, text_n_embd: int = 64, seed: int = 0) -> Path:
    """Write a tiny LLaVA-style projector GGUF at path whose output width is text_n_embd."""
    rng = np.random.default_rng(seed)
    e, ff, n_head, n_layers = 32, 64, 4, 1
    w = gguf.GGUFWriter(str(path), "clip")
    w.add_name("tiny-test-mmproj")
    w.add_file_type(gguf.LlamaFileType.ALL_F32)
    w.add_bool("clip.has_text_encoder", False)
    w.add_bool("clip.has_vision_encoder", True)
    w.add_bool("clip.has_llava_projector", True)
    w.add_string("clip.projector_type", "mlp")
    w.add_bool("clip.use_gelu", True)
    w.add_uint32("clip.vision.image_size", IMAGE_SIZE)
    w.add_uint32("clip.vision.patch_size", PATCH_SIZE)
    w.add_uint32("clip.vision.embedding_length", e)
    w.add_uint32("clip.vision.feed_forward_length", ff)
    w.add_uint32("clip.vision.projection_dim", text_n_embd)
    w.add_uint32("clip.vision.attention.head_count", n_head)
    w.add_float32("clip.vision.attention.layer_norm_epsilon", 1e-5)
    w.add_uint32("clip.vision.block_count", n_layers)
    w.add_array("clip.vision.image_mean", [0.5, 0.5, 0.5])
    w.add_array("clip.vision.image_std", [0.5, 0.5, 0.5])

    def tensor(name: str, *shape: int, scale: float = 0.1) -> None:
        w.add_tensor(name, (rng.standard_normal(shape) * scale).astype(np.float32))

    def norm(prefix: str, width: int) -> None:
        w.add_tensor(f"{prefix}.weight", np.ones(width, dtype=np.float32))
        w.add_tensor(f"{prefix}.bias", np.zeros(width, dtype=np.float32))

    tensor("v.patch_embd.weight", e, 3, PATCH_SIZE, PATCH_SIZE)
    tensor("v.class_embd", e)
    tensor("v.position_embd.weight", N_PATCHES + 1, e)
    norm("v.pre_ln", e)
    for i in range(n_layers):
        for part in ("attn_q", "attn_k", "attn_v", "attn_out"):
            tensor(f"v.blk.{i}.{part}.weight", e, e)
            tensor(f"v.blk.{i}.{part}.bias", e)
        norm(f"v.blk.{i}.ln1", e)
        norm(f"v.blk.{i}.ln2", e)
        tensor(f"v.blk.{i}.ffn_up.weight", ff, e)
        tensor(f"v.blk.{i}.ffn_up.bias", ff)
        tensor(f"v.blk.{i}.ffn_down.weight", e, ff)
        tensor(f"v.blk.{i}.ffn_down.bias", e)
    norm("v.post_ln", e)
    tensor("mm.0.weight", text_n_embd, e)
    tensor("mm.0.bias", text_n_embd)
    tensor("mm.2.weight", text_n_embd, text_n_embd)
    tensor("mm.2.bias", text_n_embd)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


def write_png(path: Path, width: int = 32, height: int = 24) -> Path:
    """Write a small RGB gradient PNG by hand (zlib and struct; no imaging library)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(
        b"\x00" + bytes(v for x in range(width) for v in (x * 8 % 256, y * 10 % 256, 128))
        for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
    path.write_bytes(png)
    return path
