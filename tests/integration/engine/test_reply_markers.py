"""The engine renders a reply format's marker tokens as text even when they are control tokens
(gpt-oss <|channel|>, Llama 3.1 <|python_tag|>), and keeps every other control token hidden."""

from __future__ import annotations

from pathlib import Path

import pytest
from ggufgen import CHATML_TEMPLATE, TinySpec, write_tiny_model

from desktop.core.types import LoadParams, Message, SamplingParams, StopReason
from desktop.engine.client import EngineClient
from desktop.engine.formats.detection import HARMONY_MARKERS

DATA = Path(__file__).parents[2] / "data" / "chat_formats"
HELLO = [Message("user", "hello world")]
GREEDY = SamplingParams(temperature=0, max_tokens=6)
GPT_OSS = (DATA / "openai-gpt-oss-120b.jinja").read_text(encoding="utf-8")
LLAMA31 = (DATA / "meta-llama-Llama-3.1-8B-Instruct.jinja").read_text(encoding="utf-8")
NEMO = (DATA / "mistralai-Mistral-Nemo-Instruct-2407.jinja").read_text(encoding="utf-8")
HARMONY_SPECIALS = [*HARMONY_MARKERS, "<|hidden|>"]
LLAMA_SPECIALS = [
    "<|begin_of_text|>",
    "<|start_header_id|>",
    "<|end_header_id|>",
    "<|eot_id|>",
    "<|eom_id|>",
    "<|python_tag|>",
    "<|hidden|>",
]
NEMO_SPECIALS = ["[INST]", "[/INST]", "[TOOL_CALLS]", "[AVAILABLE_TOOLS]", "<|hidden|>"]


def reply(engine: EngineClient, path: Path) -> tuple[str, str | None]:
    """The reply's raw text (before the app's parser) of a model that writes one token
    forever, and its detected format."""
    info = engine.load(LoadParams(str(path), n_ctx=512))
    chat = engine.chat(HELLO, GREEDY)
    stats = chat.wait()
    assert stats.generated_tokens == GREEDY.max_tokens
    assert stats.stop_reason == StopReason.MAX_TOKENS
    return chat.parts.raw, info.extra.get("reply_format")


def model(tmp_path: Path, template: str, specials: list[str], eot: str, always: str) -> Path:
    spec = TinySpec(template=template, specials=specials, eot=eot, always=always)
    return write_tiny_model(tmp_path / f"m{len(list(tmp_path.iterdir()))}.gguf", spec)


@pytest.mark.parametrize(
    ("template", "specials", "eot", "marker", "name"),
    [
        (LLAMA31, LLAMA_SPECIALS, "<|eot_id|>", "<|python_tag|>", "llama3"),
        (NEMO, NEMO_SPECIALS, "[/INST]", "[TOOL_CALLS]", "mistral_nemo"),
    ],
    ids=["llama3.1-python-tag", "mistral-nemo-tool-calls"],
)
def test_marker_control_tokens_reach_the_text_and_others_stay_hidden(
    engine: EngineClient,
    tmp_path: Path,
    template: str,
    specials: list[str],
    eot: str,
    marker: str,
    name: str,
) -> None:
    # The marker is a CONTROL token in this vocabulary, as in the real GGUFs.
    text, fmt = reply(engine, model(tmp_path, template, specials, eot, marker))
    assert fmt == name
    assert text == marker * GREEDY.max_tokens
    # A control token that is not one of the format's markers stays hidden, as before.
    text, fmt = reply(engine, model(tmp_path, template, specials, eot, "<|hidden|>"))
    assert fmt == name and text == ""
    # The same marker token under a template with no such format is hidden too.
    plain = CHATML_TEMPLATE.replace("im_", "x_")
    text, fmt = reply(engine, model(tmp_path, plain, specials, eot, marker))
    assert fmt == "content" and text == ""


def test_gpt_oss_channel_markers_reach_the_text(engine: EngineClient, tmp_path: Path) -> None:
    # llama.cpp already loads the harmony markers as user-defined tokens; the format's marker
    # ids include them all the same, and <|hidden|> (control) stays hidden.
    text, fmt = reply(
        engine, model(tmp_path, GPT_OSS, HARMONY_SPECIALS, "<|return|>", "<|channel|>")
    )
    assert fmt == "gpt_oss"
    assert text == "<|channel|>" * GREEDY.max_tokens
    text, fmt = reply(
        engine, model(tmp_path, GPT_OSS, HARMONY_SPECIALS, "<|return|>", "<|hidden|>")
    )
    assert fmt == "gpt_oss" and text == ""
