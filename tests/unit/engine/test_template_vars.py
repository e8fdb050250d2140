"""Template variables for reasoning and tools (tools, enable_thinking, reasoning_effort) on real
templates, and the generation-prompt probe that format detection reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.gguf_check import check_gguf
from desktop.core.paths import starter_model_path
from desktop.core.types import Message
from desktop.engine.formats import detect
from desktop.engine.template import ChatTemplate

DATA = Path(__file__).parents[2] / "data" / "chat_formats"
CHAT = [Message("system", "You are terse."), Message("user", "What time is it in Paris?")]
TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_time",
            "description": "The current time in a timezone.",
            "parameters": {
                "type": "object",
                "properties": {"timezone": {"type": "string"}},
                "required": ["timezone"],
            },
        },
    }
]


def real(name: str, bos: str = "", eos: str = "") -> ChatTemplate:
    return ChatTemplate((DATA / name).read_text(encoding="utf-8"), bos, eos)


QWEN3 = "Qwen-Qwen3-0.6B.jinja"
QWQ = "Qwen-QwQ-32B.jinja"
LLAMA31 = "meta-llama-Llama-3.1-8B-Instruct.jinja"
GPT_OSS = "openai-gpt-oss-120b.jinja"


def test_starter_template_renders_byte_for_byte_as_before() -> None:
    starter = starter_model_path()
    assert starter is not None
    source = check_gguf(starter).chat_template
    assert source is not None
    template = ChatTemplate(source.strip(), "<|im_start|>", "<|im_end|>")
    chat = [Message("user", "Hi"), Message("assistant", "Hello."), Message("user", "Name one.")]
    expected = (
        "<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face"
        "<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\nHello.<|im_end|>\n"
        "<|im_start|>user\nName one.<|im_end|>\n<|im_start|>assistant\n"
    )
    assert template.render(chat) == expected
    # The new variables' defaults and empty tools change nothing.
    assert template.render(chat, tools=[], enable_thinking=None, reasoning_effort=None) == expected
    assert not template.reads_enable_thinking
    assert template.generation_prompt() == "<|im_start|>assistant\n"
    assert detect(template.source, template.generation_prompt()).name == "content"


def test_qwen3_thinking_switch_changes_the_prompt() -> None:
    template = real(QWEN3, eos="<|im_end|>")
    assert template.reads_enable_thinking
    on = template.render(CHAT, enable_thinking=True)
    off = template.render(CHAT, enable_thinking=False)
    assert on != off
    assert off.endswith("<|im_start|>assistant\n<think>\n\n</think>\n\n")
    assert on.endswith("<|im_start|>assistant\n")
    assert template.render(CHAT) == on  # undefined reads as on in Qwen3's template
    assert template.generation_prompt(True) == "<|im_start|>assistant\n"
    # Thinking off closes the thought in the prompt: the reply does not start inside it.
    fmt = detect(template.source, template.generation_prompt(False))
    assert fmt.name == "hermes" and not fmt.starts_in_thinking


def test_qwq_opens_the_thought_only_when_thinking_is_passed_explicitly() -> None:
    template = real(QWQ, eos="<|im_end|>")
    # llama.cpp's copy closes the thought when enable_thinking is undefined.
    assert template.generation_prompt().endswith("</think>")
    opened = template.generation_prompt(True)
    assert opened == "<|im_start|>assistant\n<think>\n"
    assert detect(template.source, opened).starts_in_thinking
    assert not detect(template.source, template.generation_prompt()).starts_in_thinking


@pytest.mark.parametrize(
    ("name", "bos"), [(QWEN3, ""), (LLAMA31, "<|begin_of_text|>")], ids=["qwen3", "llama3.1"]
)
def test_tools_appear_in_the_prompt(name: str, bos: str) -> None:
    template = real(name, bos=bos)
    plain = template.render(CHAT)
    with_tools = template.render(CHAT, tools=TOOLS)
    assert "get_time" not in plain
    assert "get_time" in with_tools and "The current time in a timezone." in with_tools
    assert '"timezone"' in with_tools
    assert template.render(CHAT, tools=[]) == plain


def test_gpt_oss_reasoning_effort_reaches_the_system_message() -> None:
    template = real(GPT_OSS)
    assert "Reasoning: medium" in template.render(CHAT)  # the template's default
    low = template.render(CHAT, reasoning_effort="low")
    high = template.render(CHAT, reasoning_effort="high")
    assert "Reasoning: low" in low and "Reasoning: medium" not in low
    assert "Reasoning: high" in high
    assert template.generation_prompt() == "<|start|>assistant"
    fmt = detect(template.source, template.generation_prompt())
    assert fmt.name == "gpt_oss" and "<|channel|>" in fmt.markers


def test_generation_prompt_is_empty_when_the_template_refuses_the_probe() -> None:
    template = ChatTemplate("{{ raise_exception('needs a system turn') }}", "", "")
    assert template.generation_prompt() == ""
