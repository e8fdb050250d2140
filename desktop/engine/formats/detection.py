"""Which reasoning and tool-call format a chat template uses, read from its source text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ToolStyle = Literal["none", "hermes", "llama3_json", "mistral_nemo", "harmony"]
ReasoningStyle = Literal["none", "think_tags", "harmony"]

THINK_OPEN = "<think>"
THINK_CLOSE = "</think>"
TOOL_CALL_OPEN = "<tool_call>"
TOOL_CALL_CLOSE = "</tool_call>"
PYTHON_TAG = "<|python_tag|>"
MISTRAL_CALLS = "[TOOL_CALLS]"
DEEPSEEK_CALLS = "<\uff5ctool\u2581calls\u2581begin\uff5c>"  # full-width bars, as DeepSeek writes
# gpt-oss (harmony) markers; <|call|> and <|return|> are end-of-generation tokens.
HARMONY_MARKERS = (
    "<|start|>",
    "<|channel|>",
    "<|message|>",
    "<|constrain|>",
    "<|end|>",
    "<|call|>",
    "<|return|>",
)


@dataclass(frozen=True)
class ChatFormat:
    """How a model marks its thinking and its tool calls, as the parser needs it.

    `name` is the llama.cpp format it follows (for logs and the UI), `starts_in_thinking` says the
    generation prompt already opened the thought (QwQ, DeepSeek-R1 distills), so the reply starts
    inside it.
    """

    name: str = "content"
    reasoning: ReasoningStyle = "none"
    tools: ToolStyle = "none"
    starts_in_thinking: bool = False
    python_tag: bool = False  # Llama 3.x: built-in tools written after <|python_tag|>

    @property
    def markers(self) -> tuple[str, ...]:
        """Marker texts the engine must render as text (they may be control tokens)."""
        found: list[str] = []
        if self.reasoning == "think_tags":
            found += [THINK_OPEN, THINK_CLOSE]
        if self.tools == "hermes":
            found += [TOOL_CALL_OPEN, TOOL_CALL_CLOSE]
        elif self.tools == "llama3_json" and self.python_tag:
            found.append(PYTHON_TAG)
        elif self.tools == "mistral_nemo":
            found.append(MISTRAL_CALLS)
        if self.reasoning == "harmony":
            found += HARMONY_MARKERS
        return tuple(found)


def opens_thinking(generation_prompt: str) -> bool:
    """True when the rendered generation prompt ends inside an opened <think> (llama.cpp's
    `thinking_forced_open`)."""
    return generation_prompt.rstrip().endswith(THINK_OPEN)


def detect(source: str, generation_prompt: str = "") -> ChatFormat:
    """The format of a chat template, by llama.cpp common/chat.cpp's substring tests, first match
    wins. `generation_prompt` is what add_generation_prompt=True adds to a one-message render
    (the caller renders it in the sandbox); it tells whether the template opens the thought."""
    think: ReasoningStyle = "think_tags" if THINK_CLOSE in source else "none"
    forced = think == "think_tags" and opens_thinking(generation_prompt)
    # Current llama.cpp checks harmony first (common_chat_try_specialized_template).
    if "<|channel|>" in source:
        return ChatFormat("gpt_oss", "harmony", "harmony")
    # Formats Hearth does not parse calls for yet keep their thinking; the order matters because
    # e.g. DeepSeek R1 and Qwen3-Coder templates also contain markers tested later.
    if DEEPSEEK_CALLS in source:
        return ChatFormat("deepseek_r1", think, "none", forced)
    if "<|END_THINKING|><|START_ACTION|>" in source:
        return ChatFormat("command_r7b", "none", "none")
    if "elif thinking" in source and "<|tool_call|>" in source:
        return ChatFormat("granite", think, "none", forced)
    if "[gMASK]<sop>" in source and "<arg_key>" in source and "<arg_value>" in source:
        return ChatFormat("glm_4_5", think, "none", forced)
    xml_markers = ("<tool_call>", "<function>", "<function=", "<parameters>", "<parameter=")
    if all(m in source for m in xml_markers):
        return ChatFormat("qwen3_coder_xml", think, "none", forced)
    if TOOL_CALL_OPEN in source:
        return ChatFormat("hermes", think, "hermes", forced)
    if "<|start_header_id|>ipython<|end_header_id|>" in source:
        return ChatFormat("llama3", think, "llama3_json", forced, python_tag=PYTHON_TAG in source)
    if "[SYSTEM_PROMPT]" in source and MISTRAL_CALLS in source and "[ARGS]" in source:
        return ChatFormat("ministral", "none", "none")
    if MISTRAL_CALLS in source:
        return ChatFormat("mistral_nemo", think, "mistral_nemo", forced)
    return ChatFormat("content", think, "none", forced)
