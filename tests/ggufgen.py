"""Writes tiny random-weight GGUF models (llama architecture) for fast tests."""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from pathlib import Path

import gguf
import numpy as np

CHATML_TEMPLATE = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content']"
    " + '<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}"
    "{{ '<|im_start|>assistant\n' }}{% endif %}"
)

# Phi-3-mini-4k-instruct's own template (from the GGUF of microsoft/Phi-3-mini-4k-instruct-gguf).
PHI3_TEMPLATE = (
    "{{ bos_token }}{% for message in messages %}{% if (message['role'] == 'system') %}"
    "{{'<|system|>' + '\n' + message['content'] + '<|end|>' + '\n'}}"
    "{% elif (message['role'] == 'user') %}{{'<|user|>' + '\n' + message['content'] + '<|end|>'"
    " + '\n' + '<|assistant|>' + '\n'}}{% elif message['role'] == 'assistant' %}"
    "{{message['content'] + '<|end|>' + '\n'}}{% endif %}{% endfor %}"
)
PHI3_SPECIALS = ["<|assistant|>", "<|end|>", "<|system|>", "<|user|>", "<|endoftext|>"]

NORMAL, UNKNOWN, CONTROL, BYTE = 1, 2, 3, 6


@dataclass
class TinySpec:
    """What to put in a tiny model; the defaults load and generate in milliseconds."""

    template: str | None = CHATML_TEMPLATE
    specials: list[str] = field(default_factory=lambda: ["<|im_start|>", "<|im_end|>"])
    eot: str | None = "<|im_end|>"
    n_layers: int = 2
    n_embd: int = 64
    n_head: int = 4
    n_ff: int = 128
    context_length: int = 512
    seed: int = 0
    name: str = "tiny-test"
    always: str | None = None  # a token the model predicts after every input


def vocabulary(spec: TinySpec) -> tuple[list[str], list[float], list[int]]:
    """A SentencePiece-style vocabulary with byte fallback: specials, bytes, ▁, characters."""
    tokens = ["<unk>", "<s>", "</s>", *spec.specials]
    types = [UNKNOWN, CONTROL, CONTROL] + [CONTROL] * len(spec.specials)
    tokens += [f"<0x{b:02X}>" for b in range(256)]
    types += [BYTE] * 256
    chars = ["▁", *list(string.ascii_letters + string.digits + string.punctuation)]
    words = ["▁the", "▁a", "▁and", "▁ice", "▁hockey", "▁hello", "▁world", "er", "in", "on"]
    tokens += chars + words
    types += [NORMAL] * (len(chars) + len(words))
    scores = [0.0] * (3 + len(spec.specials) + 256) + [
        -float(i) for i in range(len(chars) + len(words))
    ]
    return tokens, scores, types


def write_tiny_model(path: Path, spec: TinySpec | None = None) -> Path:
    """Write a tiny llama-architecture GGUF at path and return the path."""
    spec = spec or TinySpec()
    rng = np.random.default_rng(spec.seed)
    tokens, scores, types = vocabulary(spec)
    n_vocab = len(tokens)
    w = gguf.GGUFWriter(str(path), "llama")
    w.add_name(spec.name)
    w.add_context_length(spec.context_length)
    w.add_embedding_length(spec.n_embd)
    w.add_block_count(spec.n_layers)
    w.add_feed_forward_length(spec.n_ff)
    w.add_head_count(spec.n_head)
    w.add_head_count_kv(spec.n_head)
    w.add_layer_norm_rms_eps(1e-5)
    w.add_rope_dimension_count(spec.n_embd // spec.n_head)
    w.add_vocab_size(n_vocab)
    w.add_file_type(gguf.LlamaFileType.ALL_F32)
    w.add_tokenizer_model("llama")
    w.add_token_list(tokens)
    w.add_token_scores(scores)
    w.add_token_types(types)
    w.add_bos_token_id(1)
    w.add_eos_token_id(2)
    w.add_unk_token_id(0)
    w.add_add_bos_token(True)
    if spec.eot is not None:
        w.add_eot_token_id(tokens.index(spec.eot))
    if spec.template is not None:
        w.add_chat_template(spec.template)

    def tensor(name: str, *shape: int) -> None:
        scale = 0.0 if spec.always else 0.5
        w.add_tensor(name, (rng.standard_normal(shape) * scale).astype(np.float32))

    e, f = spec.n_embd, spec.n_ff
    if spec.always:
        # Zero layers leave the residual stream equal to the embedding: with every embedding
        # the same positive vector, only the chosen token's output row scores above zero.
        w.add_tensor("token_embd.weight", np.ones((n_vocab, e), dtype=np.float32))
    else:
        tensor("token_embd.weight", n_vocab, e)
    for i in range(spec.n_layers):
        w.add_tensor(f"blk.{i}.attn_norm.weight", np.ones(e, dtype=np.float32))
        tensor(f"blk.{i}.attn_q.weight", e, e)
        tensor(f"blk.{i}.attn_k.weight", e, e)
        tensor(f"blk.{i}.attn_v.weight", e, e)
        tensor(f"blk.{i}.attn_output.weight", e, e)
        w.add_tensor(f"blk.{i}.ffn_norm.weight", np.ones(e, dtype=np.float32))
        tensor(f"blk.{i}.ffn_gate.weight", f, e)
        tensor(f"blk.{i}.ffn_up.weight", f, e)
        tensor(f"blk.{i}.ffn_down.weight", e, f)
    w.add_tensor("output_norm.weight", np.ones(e, dtype=np.float32))
    if spec.always:
        output = np.zeros((n_vocab, e), dtype=np.float32)
        output[tokens.index(spec.always)] = 1.0
        w.add_tensor("output.weight", output)
    else:
        tensor("output.weight", n_vocab, e)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


def phi3_spec() -> TinySpec:
    """A tiny model carrying Phi-3-mini's real chat template and special tokens."""
    return TinySpec(template=PHI3_TEMPLATE, specials=PHI3_SPECIALS, eot="<|end|>", name="tiny-phi3")
