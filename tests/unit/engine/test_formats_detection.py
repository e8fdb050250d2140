"""Format detection on real chat templates: Qwen3, QwQ, Llama 3.1, Mistral Nemo, gpt-oss."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2.sandbox import ImmutableSandboxedEnvironment

from desktop.core.types import Message
from desktop.engine.formats import ChatFormat, detect, opens_thinking
from desktop.engine.formats.detection import DEEPSEEK_CALLS
from desktop.engine.template import ChatTemplate

DATA = Path(__file__).parents[2] / "data" / "chat_formats"


def source(name: str) -> str:
    return (DATA / f"{name}.jinja").read_text(encoding="utf-8")


def generation_prompt(src: str) -> str:
    """What add_generation_prompt adds, rendered in Hearth's sandbox (llama.cpp's rule)."""
    t = ChatTemplate(src, "", "")
    msgs = [Message(role="user", content="Hi")]
    with_prompt, without = t.render(msgs, True), t.render(msgs, False)
    assert with_prompt.startswith(without)
    return with_prompt[len(without) :]


@pytest.mark.parametrize(
    ("name", "fmt_name", "reasoning", "tools"),
    [
        ("Qwen-Qwen3-0.6B", "hermes", "think_tags", "hermes"),
        ("Qwen-QwQ-32B", "hermes", "think_tags", "hermes"),
        ("meta-llama-Llama-3.1-8B-Instruct", "llama3", "none", "llama3_json"),
        ("mistralai-Mistral-Nemo-Instruct-2407", "mistral_nemo", "none", "mistral_nemo"),
        ("openai-gpt-oss-120b", "gpt_oss", "harmony", "harmony"),
    ],
)
def test_real_templates_are_detected(name: str, fmt_name: str, reasoning: str, tools: str) -> None:
    src = source(name)
    fmt = detect(src, generation_prompt(src))
    assert (fmt.name, fmt.reasoning, fmt.tools) == (fmt_name, reasoning, tools)


def test_qwen3_leaves_the_thought_to_the_model() -> None:
    src = source("Qwen-Qwen3-0.6B")
    assert generation_prompt(src) == "<|im_start|>assistant\n"
    assert detect(src, generation_prompt(src)).starts_in_thinking is False


def test_qwq_opens_the_thought_when_thinking_is_on() -> None:
    src = source("Qwen-QwQ-32B")
    env = ImmutableSandboxedEnvironment()
    gen = env.from_string(src).render(
        messages=[{"role": "user", "content": "Hi"}],
        add_generation_prompt=True,
        enable_thinking=True,
        bos_token="",
    )
    assert gen.endswith("<think>\n")
    assert detect(src, gen).starts_in_thinking is True
    # Hearth's render does not pass enable_thinking yet, so this template closes the thought.
    assert generation_prompt(src).endswith("</think>")
    assert detect(src, generation_prompt(src)).starts_in_thinking is False


def test_llama31_builtin_tools_and_markers() -> None:
    fmt = detect(source("meta-llama-Llama-3.1-8B-Instruct"))
    assert fmt.python_tag is True
    assert fmt.markers == ("<|python_tag|>",)
    assert detect(source("Qwen-Qwen3-0.6B")).markers == (
        "<think>",
        "</think>",
        "<tool_call>",
        "</tool_call>",
    )
    assert "<|channel|>" in detect(source("openai-gpt-oss-120b")).markers
    assert detect(source("mistralai-Mistral-Nemo-Instruct-2407")).markers == ("[TOOL_CALLS]",)


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        # first match wins, in llama.cpp's order
        ("{{ '<|channel|>' }} {{ '<tool_call>' }}", "gpt_oss"),
        (DEEPSEEK_CALLS + " <tool_call> </think>", "deepseek_r1"),
        ("<tool_call><function><function=<parameters><parameter=", "qwen3_coder_xml"),
        ("[gMASK]<sop> <arg_key> <arg_value> <tool_call>", "glm_4_5"),
        ("<tool_call> <|start_header_id|>ipython<|end_header_id|>", "hermes"),
        ("[SYSTEM_PROMPT] [TOOL_CALLS] [ARGS]", "ministral"),
        ("{% for m in messages %}<|im_start|>{{ m.content }}{% endfor %}", "content"),
    ],
)
def test_detection_order(src: str, expected: str) -> None:
    assert detect(src).name == expected


def test_think_tags_without_tools_and_forced_open() -> None:
    fmt = detect("{{ '</think>' }}", "<\uff5cAssistant\uff5c><think>\n")
    assert fmt == ChatFormat("content", "think_tags", "none", starts_in_thinking=True)
    assert opens_thinking("<think>") and not opens_thinking("<think>\n</think>\n\n")
    # no </think> in the template: a generation prompt cannot force a thought
    assert detect("plain", "<think>\n").starts_in_thinking is False
