"""Records what the real engine says on the starter model, for the scripted Backend.

Run once (python tests/record_chat_events.py); it writes tests/data/chat_events.json: the
loaded model's ModelInfo, then per scenario the prompt length, the text pieces as they
arrived, and how the reply ended (its stats, or the error and where it was raised): one
complete reply, one stopped, one cut short by a killed engine, one too long for the context.
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.context import reply_room  # noqa: E402
from desktop.core.errors import HearthError  # noqa: E402
from desktop.core.paths import starter_model_path  # noqa: E402
from desktop.core.types import LoadParams, Message, SamplingParams  # noqa: E402
from desktop.engine.client import EngineClient  # noqa: E402

OUT = ROOT / "tests" / "data" / "chat_events.json"
N_CTX = 2048
GREEDY = SamplingParams(temperature=0.0, max_tokens=24, repeat_penalty=1.0)
LONG = SamplingParams(temperature=0.0, max_tokens=400, repeat_penalty=1.0)
SYSTEM = Message("system", "You are a helpful assistant.")


def plain(value: Any) -> Any:
    """JSON for dataclasses and enums."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if hasattr(value, "value") and type(value).__module__.startswith("desktop"):
        return value.value
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    return value


def run(
    client: EngineClient,
    messages: list[Message],
    sampling: SamplingParams,
    stop_after: int = 0,
    kill_after: int = 0,
) -> dict[str, Any]:
    """One reply, step by step, as EngineSession drives a Backend."""
    out: dict[str, Any] = {"prompt_tokens": None, "pieces": [], "trimmed": None}
    where = "chat"
    try:
        reply = client.chat(messages, sampling, reply_room(sampling.max_tokens, N_CTX))
        where = "wait_prompt_started"
        out["prompt_tokens"] = reply.wait_prompt_started()
        out["trimmed"] = plain(reply.trimmed)
        where = "iteration"
        for piece in reply:
            out["pieces"].append(piece)
            if stop_after and len(out["pieces"]) == stop_after:
                reply.stop()
            if kill_after and len(out["pieces"]) == kill_after:
                assert client.pid is not None
                os.kill(client.pid, signal.SIGKILL)
        out["stats"] = plain(reply.stats)
    except HearthError as e:
        out["error"] = {
            "kind": type(e).__name__,
            "message": e.user_message,
            "raised_from": where,
            **{
                k: getattr(e, k) for k in ("exit_reason", "prompt_tokens", "n_ctx") if hasattr(e, k)
            },
        }
    return out


def main() -> None:
    path = starter_model_path()
    assert path is not None
    client = EngineClient()
    info = client.start()
    model = client.load(LoadParams(str(path), n_ctx=N_CTX))
    ask = [SYSTEM, Message("user", "What is the capital of France?")]
    story = [SYSTEM, Message("user", "Write a long story about a lighthouse keeper.")]
    too_long = [SYSTEM, Message("user", "word " * 3000)]
    record = {
        "info": {"system_info": info.system_info, "gpu_offload": info.gpu_offload},
        "model": plain(model),
        "complete": run(client, ask, GREEDY),
        "stopped": run(client, story, LONG, stop_after=3),
        "overflow": run(client, too_long, GREEDY),
        "crash": run(client, story, LONG, kill_after=3),
    }
    client.close()
    # Paths of this machine do not belong in the repository.
    record["model"]["path"] = "starter.gguf"
    OUT.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")  # noqa: T201


if __name__ == "__main__":
    main()
