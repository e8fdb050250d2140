"""plan_chat on the real templates: what each template is given, how the reply is parsed and
which grammar constrains it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.types import Message, Thinking, ToolCall, ToolSpec
from desktop.engine.chat_plan import ChatPlan, plan_chat
from desktop.engine.formats import detect
from desktop.engine.template import ChatTemplate

DATA = Path(__file__).parents[2] / "data" / "chat_formats"
HELLO = [Message("user", "hello")]
TOOL = ToolSpec("get_time", "The time", {"type": "object", "properties": {}})
CHATML = (
    "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def plan(
    name: str | None,
    messages: list[Message] = HELLO,
    tools: tuple[ToolSpec, ...] = (),
    choice: str = "auto",
    thinking: Thinking | None = None,
) -> tuple[ChatPlan, ChatTemplate]:
    source = (DATA / name).read_text("utf-8") if name else CHATML
    template = ChatTemplate(source, "<s>", "</s>")
    fmt = detect(source, template.generation_prompt())
    result = plan_chat(
        messages,
        fmt,
        tools,
        choice,
        thinking,
        template.reads_enable_thinking,
        template.generation_prompt,
    )
    return result, template


def test_a_plain_template_with_no_tools_is_rendered_and_read_as_before():
    p, _ = plan(None)
    assert p.messages == tuple(HELLO) and p.tools == () and p.render == ()
    assert p.reply_format is None and p.grammar is None and p.lazy_grammar is None


def test_enable_thinking_is_always_explicit_for_templates_that_read_it():
    p, t = plan("Qwen-QwQ-32B.jinja")
    assert dict(p.render) == {"enable_thinking": True}
    # QwQ opens the thought in its generation prompt: the reply starts inside it.
    assert p.reply_format is not None and p.reply_format.starts_in_thinking
    off, _ = plan("Qwen-QwQ-32B.jinja", thinking=Thinking(False))
    assert dict(off.render) == {"enable_thinking": False}
    assert off.reply_format is not None and not off.reply_format.starts_in_thinking
    # Undefined, the template would close the thought: the reason it is always passed.
    assert t.render(HELLO).endswith("</think>")


def test_qwen3_writes_its_own_think_tag_and_gets_the_tools_natively():
    p, t = plan("Qwen-Qwen3-0.6B.jinja", tools=(TOOL,))
    assert p.reply_format is not None
    assert (p.reply_format.reasoning, p.reply_format.tools) == ("think_tags", "hermes")
    assert not p.reply_format.starts_in_thinking
    assert p.tools == (TOOL.openai(),) and p.grammar is None and p.lazy_grammar is None
    prompt = t.render(p.messages, tools=list(p.tools), **dict(p.render))
    assert '"name": "get_time"' in prompt
    required, _ = plan("Qwen-Qwen3-0.6B.jinja", tools=(TOOL,), choice="required")
    assert required.grammar is not None and "get_time" in required.grammar


def test_reasoning_effort_goes_only_to_harmony():
    gpt, _ = plan("openai-gpt-oss-120b.jinja", thinking=Thinking(effort="low"))
    assert dict(gpt.render) == {"reasoning_effort": "low"}
    assert gpt.reply_format is not None and gpt.reply_format.reasoning == "harmony"
    qwen, _ = plan("Qwen-Qwen3-0.6B.jinja", thinking=Thinking(effort="low"))
    assert "reasoning_effort" not in dict(qwen.render)


def test_no_tool_format_means_tools_in_the_system_prompt_and_a_grammar():
    auto, _ = plan(None, tools=(TOOL,))
    assert auto.messages[0].role == "system" and "get_time" in auto.messages[0].content
    assert auto.reply_format is not None and auto.reply_format.tools == "hermes"
    assert auto.grammar is None and auto.lazy_grammar is not None
    required, _ = plan(None, tools=(TOOL,), choice="required")
    assert required.grammar is not None and required.lazy_grammar is None


@pytest.mark.parametrize("name", [None, "Qwen-Qwen3-0.6B.jinja"])
def test_tool_choice_none_offers_nothing_and_reads_calls_as_text(name):
    p, _ = plan(name, tools=(TOOL,), choice="none")
    assert p.tools == () and p.grammar is None and p.lazy_grammar is None
    assert p.reply_format is None or p.reply_format.tools == "none"


def test_past_calls_are_rewritten_for_a_template_with_no_tool_role_even_with_no_tools():
    call = ToolCall("abcdefghi", "get_time", {})
    turns = [
        *HELLO,
        Message("assistant", "", tool_calls=(call,)),
        Message("tool", "14:05", tool_call_id=call.id, name="get_time"),
    ]
    p, _ = plan(None, turns, choice="none")
    assert [m.role for m in p.messages] == ["user", "assistant", "user"]
    assert "<tool_call>" in p.messages[1].content and "14:05" in p.messages[2].content


def test_a_turn_with_two_calls_renders_in_llama_31_as_two_call_and_result_pairs():
    a, b = ToolCall("aaaaaaaaa", "get_time", {}), ToolCall("bbbbbbbbb", "get_time", {})
    turns = [
        *HELLO,
        Message("assistant", "", tool_calls=(a, b)),
        Message("tool", "first", tool_call_id=a.id, name="get_time"),
        Message("tool", "second", tool_call_id=b.id, name="get_time"),
    ]
    p, t = plan("meta-llama-Llama-3.1-8B-Instruct.jinja", turns, tools=(TOOL,))
    assert [(m.role, len(m.tool_calls), m.content) for m in p.messages[1:]] == [
        ("assistant", 1, ""),
        ("tool", 0, "first"),
        ("assistant", 1, ""),
        ("tool", 0, "second"),
    ]
    prompt = t.render(p.messages, tools=list(p.tools), **dict(p.render))
    assert prompt.index("first") < prompt.index("second")
    # As they were, the template refuses them.
    with pytest.raises(Exception, match="single tool-calls"):
        t.render(turns, tools=list(p.tools))
