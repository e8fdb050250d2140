"""Real clients of the API server on 127.0.0.1 with the starter: the `llm` command line
(configured for an OpenAI-compatible endpoint) and a second Hearth using it as a remote."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.api.serve import ApiServer, model_id_for
from desktop.core.connections import Connection
from desktop.core.types import LoadParams, Message, SamplingParams, StopReason
from desktop.engine.remote import RemoteBackend, RemoteError
from desktop.engine.session import EngineSession

pytestmark = pytest.mark.integration

WAIT_S = 120.0
LLM = Path(sys.executable).parent / "llm"


@pytest.fixture(scope="module")
def server(starter: Path) -> Iterator[ApiServer]:
    session = EngineSession()
    api: ApiServer | None = None
    try:
        session.load(LoadParams(str(starter), n_ctx=1024))
        api = ApiServer(session, model_id_for(str(starter)), port=0)
        api.start()
        yield api
    finally:
        if api is not None:
            api.stop()
        session.close()


@pytest.mark.parametrize("streamed", [True, False])
def test_the_llm_command_line_gets_a_reply(server, starter, tmp_path, streamed):
    (tmp_path / "extra-openai-models.yaml").write_text(
        "- model_id: hearth-test\n"
        f"  model_name: {model_id_for(str(starter))}\n"
        f"  api_base: {server.url}\n",
        encoding="utf-8",
    )
    # LLM_LOAD_PLUGINS empty: no plugin (the starter's own llm plugin) is loaded.
    env = {**os.environ, "LLM_USER_PATH": str(tmp_path), "LLM_LOAD_PLUGINS": ""}
    args = [str(LLM), "-m", "hearth-test", "-o", "max_tokens", "8", "Say hi"]
    run = subprocess.run(
        args if streamed else [*args, "--no-stream"],
        env=env,
        capture_output=True,
        text=True,
        timeout=WAIT_S,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip()


def test_a_second_hearth_uses_it_as_a_remote_engine(server, starter):
    backend = RemoteBackend(Connection("hearth", server.url))
    session = EngineSession(backend_factory=lambda: backend)
    try:
        with pytest.raises(RemoteError, match="has no model “nope”") as unknown:
            session.load(LoadParams("nope"))
        assert unknown.value.kind == "model"
        model = model_id_for(str(starter))
        info = session.load(LoadParams(model, n_ctx=1024))
        assert info.extra == {"connection": "hearth", "model_id": model, "vision": "server"}
        greedy = SamplingParams(temperature=0.0, max_tokens=8, repeat_penalty=1.0, seed=1)
        reply = session.chat([Message("user", "Name a primary color.")], greedy)
        assert reply.wait_prompt_started() > 0
        pieces = list(reply)
        assert pieces and "".join(pieces) == reply.text
        stats = reply.stats
        assert stats is not None and stats.stop_reason in (
            StopReason.MAX_TOKENS,
            StopReason.END_OF_TURN,
        )
        # Measured by the second Hearth; the token counts are the serving Hearth's usage.
        assert stats.ttft_ms > 0 and stats.total_ms >= stats.ttft_ms and stats.tokens_per_s > 0
        assert 0 < stats.generated_tokens <= 8 and stats.prompt_tokens > 0
    finally:
        session.close()
