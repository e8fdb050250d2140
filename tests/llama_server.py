"""Runs llama-cpp-python's own OpenAI server with the engine's AMX workaround (a test helper).

`python tests/llama_server.py --model M --host 127.0.0.1 --port P`: the arguments are
llama_cpp.server's. The model is loaded inside amx_weights_off(), as Hearth's engine does:
without it, builds with ggml's AMX kernels crash on the first prompt (see desktop/engine/host.py).
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.engine.host import amx_weights_off

if __name__ == "__main__":
    with amx_weights_off():
        runpy.run_module("llama_cpp.server", run_name="__main__", alter_sys=True)
