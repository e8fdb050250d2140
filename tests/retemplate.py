"""A copy of a real GGUF with another chat template (gguf's own gguf_new_metadata copy), so the
starter's weights can run under the Qwen3, QwQ or other real templates in tests/data."""

from __future__ import annotations

from pathlib import Path

import gguf
from gguf.scripts.gguf_new_metadata import MetadataDetails, copy_with_new_metadata


def with_template(source: Path, template: str, dest: Path) -> Path:
    """dest: source's tensors and metadata, its chat template replaced by template."""
    reader = gguf.GGUFReader(source, "r")
    arch = reader.get_field(gguf.Keys.General.ARCHITECTURE)
    assert arch is not None
    writer = gguf.GGUFWriter(dest, arch=arch.contents(), endianess=reader.endianess)
    new = {gguf.Keys.Tokenizer.CHAT_TEMPLATE: MetadataDetails(gguf.GGUFValueType.STRING, template)}
    copy_with_new_metadata(reader, writer, new, [])
    return dest
