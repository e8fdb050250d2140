"""The prompt of a continued reply: the turns before it, its generation prompt, its text."""

from __future__ import annotations

from desktop.core.types import Message
from desktop.engine.host import _Loaded
from desktop.engine.template import ChatTemplate, render_transcript

CHATML = (
    "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
TURNS = [Message("system", "Be brief."), Message("user", "Why is the sky blue?")]
PARTIAL = Message("assistant", "Because of Rayleigh")


def model(template: ChatTemplate | None) -> _Loaded:
    """Only the formatting part of a loaded model (no weights needed to render a prompt)."""
    m = _Loaded.__new__(_Loaded)
    m.template = template
    return m


def test_a_template_prompt_ends_with_the_partial_reply_left_open():
    template = ChatTemplate(CHATML, "", "")
    prompt, stops = model(template).format_chat([*TURNS, PARTIAL], continue_reply=True)
    closed = template.render([*TURNS, PARTIAL], add_generation_prompt=False)
    assert prompt == closed.removesuffix("<|im_end|>\n")
    assert prompt.endswith("<|im_start|>assistant\nBecause of Rayleigh") and stops == ()
    # Without the flag the reply is a finished turn and a new one is prompted.
    assert model(template).format_chat([*TURNS, PARTIAL])[0] == template.render([*TURNS, PARTIAL])


def test_a_transcript_prompt_ends_with_the_partial_reply():
    prompt, stops = model(None).format_chat([*TURNS, PARTIAL], continue_reply=True)
    assert prompt == render_transcript(TURNS) + " Because of Rayleigh"
    assert prompt.endswith("\n\nAssistant: Because of Rayleigh") and stops
    empty, _ = model(None).format_chat([*TURNS, Message("assistant", "")], continue_reply=True)
    assert empty == render_transcript(TURNS)
