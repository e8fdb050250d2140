"""Chat templates: real ones render exactly; escapes and denial of service end in TemplateError.

The template comes from the GGUF, so it is untrusted code. These tests feed ChatTemplate the
templates real models ship, then the known sandbox-escape payloads (CVE-2024-34359 style) and
templates built to exhaust time or memory, measuring how long each took to stop and how far
the process grew. The last tests drive the engine process with such models.
"""

from __future__ import annotations

import datetime
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest
from ggufgen import CHATML_TEMPLATE, PHI3_TEMPLATE, TinySpec, write_tiny_model

from desktop.core.errors import TemplateError
from desktop.core.types import LoadParams, Message, SamplingParams
from desktop.engine.client import EngineClient
from desktop.engine.template import (
    MAX_OUTPUT_CHARS,
    MAX_TEMPLATE_CHARS,
    RENDER_SECONDS,
    ChatTemplate,
)

CHAT = [
    Message("system", "You are terse."),
    Message("user", "Hi"),
    Message("assistant", "Hello."),
    Message("user", "Name a colour."),
]
GREEDY = SamplingParams(temperature=0, max_tokens=8)
STOP_WITHIN_S = RENDER_SECONDS + 5.0  # the deadline plus slack for a busy machine
MAX_GROWTH = 600 * 1024 * 1024


def render(source: str, messages: list[Message] = CHAT, generation_prompt: bool = True) -> str:
    return ChatTemplate(source, "<s>", "</s>").render(messages, generation_prompt)


# --- real templates ----------------------------------------------------------------------


def test_chatml_renders_exactly():
    assert render(CHATML_TEMPLATE) == (
        "<|im_start|>system\nYou are terse.<|im_end|>\n"
        "<|im_start|>user\nHi<|im_end|>\n"
        "<|im_start|>assistant\nHello.<|im_end|>\n"
        "<|im_start|>user\nName a colour.<|im_end|>\n"
        "<|im_start|>assistant\n"
    )
    assert render(CHATML_TEMPLATE, generation_prompt=False).endswith("Name a colour.<|im_end|>\n")


def test_phi3_renders_exactly_with_bos():
    assert render(PHI3_TEMPLATE) == (
        "<s><|system|>\nYou are terse.<|end|>\n"
        "<|user|>\nHi<|end|>\n<|assistant|>\n"
        "Hello.<|end|>\n"
        "<|user|>\nName a colour.<|end|>\n<|assistant|>\n"
    )


# The system and turn handling of Llama 3.2 Instruct's template (tools left out).
LLAMA3_TEMPLATE = """{{- bos_token }}
{%- if strftime_now is defined %}
    {%- set date_string = strftime_now("%d %b %Y") %}
{%- else %}
    {%- set date_string = "26 Jul 2024" %}
{%- endif %}
{%- if messages[0]['role'] == 'system' %}
    {%- set system_message = messages[0]['content']|trim %}
    {%- set messages = messages[1:] %}
{%- else %}
    {%- set system_message = "" %}
{%- endif %}
{{- "<|start_header_id|>system<|end_header_id|>\\n\\n" }}
{{- "Cutting Knowledge Date: December 2023\\n" }}
{{- "Today Date: " + date_string + "\\n\\n" }}
{{- system_message }}
{{- "<|eot_id|>" }}
{%- for message in messages %}
    {{- '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n'
        + message['content'] | trim + '<|eot_id|>' }}
{%- endfor %}
{%- if add_generation_prompt %}
    {{- '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}
{%- endif %}
"""


def test_llama3_style_template_uses_bos_and_todays_date():
    days = {datetime.date.today().strftime("%d %b %Y")}
    prompt = ChatTemplate(LLAMA3_TEMPLATE, "<|begin_of_text|>", "<|eot_id|>").render(CHAT)
    days.add(datetime.date.today().strftime("%d %b %Y"))  # in case midnight passed
    expected = {
        "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n"
        "Cutting Knowledge Date: December 2023\n"
        f"Today Date: {day}\n\n"
        "You are terse.<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\nHello.<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\nName a colour.<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\n"
        for day in days
    }
    assert prompt in expected


# HuggingFace's {% generation %} marks the assistant's tokens for training; loop.last and
# {% break %} (loopcontrols) are common in recent templates.
GENERATION_TEMPLATE = (
    "{%- set ns = namespace(last_user='') -%}"
    "{%- for m in messages|reverse -%}"
    "{%- if m.role == 'user' -%}{%- set ns.last_user = m.content -%}{%- break -%}{%- endif -%}"
    "{%- endfor -%}"
    "{%- for m in messages -%}"
    "{{ '<|' ~ m.role ~ '|>' }}"
    "{%- if m.role == 'assistant' -%}{% generation %}{{ m.content }}{% endgeneration %}"
    "{%- else -%}{{ m.content }}{%- endif -%}"
    "{{ '<|end|>' if not loop.last else '<|last|>' }}"
    "{%- endfor -%}"
    "{{ '[' ~ ns.last_user ~ ']' }}"
    "{%- if add_generation_prompt -%}{{ '<|assistant|>' }}{%- endif -%}"
)


def test_generation_tags_loop_last_and_break():
    assert render(GENERATION_TEMPLATE) == (
        "<|system|>You are terse.<|end|>"
        "<|user|>Hi<|end|>"
        "<|assistant|>Hello.<|end|>"
        "<|user|>Name a colour.<|last|>"
        "[Name a colour.]<|assistant|>"
    )


def test_tojson_keeps_unicode_and_quotes():
    source = "{{ messages[0]|tojson }}|{{ {'b': 1, 'a': [true, none]}|tojson(indent=None) }}"
    messages = [Message("user", 'Say "héllo"\n')]
    assert render(source, messages) == (
        '{"role": "user", "content": "Say \\"héllo\\"\\n"}|{"b": 1, "a": [true, null]}'
    )


def test_a_template_that_raises_gives_its_reason():
    source = (
        "{% if messages[0].role == 'system' %}{{ raise_exception('No system role!') }}{% endif %}"
    )
    with pytest.raises(TemplateError) as e:
        render(source)
    assert e.value.user_message == (
        "This model's chat template refused the conversation: No system role!"
    )
    assert render(source, CHAT[1:]) == ""


def test_a_syntax_error_is_a_broken_template():
    with pytest.raises(TemplateError, match="broken and cannot be used"):
        ChatTemplate("{% for m in messages %}{{ m.content }}", "", "")


# --- sandbox escapes ---------------------------------------------------------------------

ESCAPES = {
    "self_globals": "{{ self.__init__.__globals__ }}",
    "subclasses": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "cycler_popen": "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "cycler_system": "{{ cycler.__init__.__globals__.os.system('touch MARKER') }}",
    "joiner_system": "{{ joiner.__init__.__globals__.os.system('touch MARKER') }}",
    "namespace_system": "{{ namespace.__init__.__globals__.os.system('touch MARKER') }}",
    "lipsum_system": "{{ lipsum.__globals__['os'].system('touch MARKER') }}",
    "raise_exception_globals": "{{ raise_exception.__globals__['os'].system('touch MARKER') }}",
    "subscript_dunder": "{{ cycler['__init__']['__globals__']['os'].system('touch MARKER') }}",
    # attr() yields a plain Undefined for the unsafe name; using it fails as undefined.
    "attr_filter": (
        "{{ (cycler|attr('__init__')|attr('__globals__'))['os'].system('touch MARKER') }}"
    ),
    "format_field": "{{ '{0.__init__.__globals__}'.format(cycler) }}",
    "messages_append": "{{ messages.append({'role': 'user', 'content': 'injected'}) }}",
    "set_append": "{% set _ = messages.append(1) %}{{ messages|length }}",
    "dict_update": "{{ messages[0].update({'content': 'injected'}) }}",
    "list_pop": "{{ messages.pop() }}",
}
# Payloads that only name something unsafe: Jinja's sandbox renders them as empty.
HARMLESS = {
    "builtins": "{{ __builtins__ }}",
    "self_builtins": "{{ self.__builtins__ }}",
    "class_attr": "{{ ''.__class__ }}",
    "private_attr": "{{ self._TemplateReference__context }}",
    "strftime_globals": "{{ strftime_now.__globals__ }}",
    "format_self": "{{ ''.format.__self__ }}",
    "format_spec_class": "{{ '{0.__class__}'.format('') }}",
}


@pytest.mark.parametrize("payload", ESCAPES.values(), ids=ESCAPES.keys())
def test_escape_payloads_raise_and_run_nothing(payload, tmp_path):
    marker = tmp_path / "pwned"
    messages = [Message("user", "hi")]
    with pytest.raises(TemplateError) as e:
        render(payload.replace("MARKER", str(marker)), messages)
    assert "is unsafe" in e.value.user_message or "Undefined object" in e.value.user_message
    assert e.value.user_message.startswith("This model's chat template refused the conversation")
    assert not marker.exists()
    assert messages == [Message("user", "hi")]


@pytest.mark.parametrize("payload", HARMLESS.values(), ids=HARMLESS.keys())
def test_unsafe_names_render_empty(payload):
    assert render(payload) == ""


# --- denial of service -------------------------------------------------------------------


@dataclass
class Cost:
    seconds: float = 0.0
    grew: int = 0


def _status_bytes(key: str) -> int | None:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(key):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _reset_peak_rss() -> bool:
    """Reset VmHWM to the current RSS (Linux 4.0+); False where the kernel has no such knob."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        return False
    return _status_bytes("VmHWM:") is not None


@contextmanager
def measured() -> Iterator[Cost]:
    """Wall time and RSS growth of the block: the peak where Linux reports it, else the end."""
    process = psutil.Process()
    before = process.memory_info().rss
    peak_known = _reset_peak_rss()
    cost = Cost()
    started = time.monotonic()
    try:
        yield cost
    finally:
        cost.seconds = time.monotonic() - started
        after = process.memory_info().rss
        peak = _status_bytes("VmHWM:") if peak_known else None
        cost.grew = max(after, peak or 0) - before


DOS = {
    "repeat": ("{{ 'a' * 1000000000 }}", "a repetition larger than the output cap"),
    "repeat_via_variables": (
        "{% set n = 100000 %}{% set s = 'a' * n %}{{ s * n }}",
        "a repetition larger than the output cap",
    ),
    "repeat_product": ("{% set n = 100000 %}{{ 'a' * n * n }}", "a repetition larger than"),
    "list_repeat": ("{{ ([1] * 1000000) * 1000 }}", "a repetition larger than the output cap"),
    "nested_ranges": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        f"rendering took longer than {RENDER_SECONDS:g} s",
    ),
    "huge_range": ("{% for i in range(10**12) %}{% endfor %}", "a call with a size argument"),
    "center": ("{{ 'x'|center(1000000000) }}", "a call with a size argument of 1000000000"),
    "ljust": ("{{ 'x'.ljust(10**9) }}", "a call with a size argument of 1000000000"),
    "power": ("{{ 2 ** 10000000 }}", "a power too large"),
    "percent_width": ("{{ '%999999999s' % 'a' }}", "a format width of 999999999"),
    "percent_star_width": ("{{ '%*s' % (10**9, 'a') }}", "a call with a size argument"),
    "format_filter_width": ("{{ '%999999999s'|format('a') }}", "a format width of 999999999"),
    "str_format_width": ("{{ '{:>999999999}'.format('a') }}", "a format width of 999999999"),
    "recursive_macro": (
        "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
        "recursed too deeply",
    ),
    "fanout_macro": (
        "{% macro f(n) %}{% if n < 60 %}{{ f(n + 1) }}{{ f(n + 1) }}{% endif %}{% endmacro %}"
        "{{ f(0) }}",
        f"rendering took longer than {RENDER_SECONDS:g} s",
    ),
    "tilde_doubling": (
        "{% set ns = namespace(s='a') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
        "{% endfor %}{{ ns.s }}",
        "a value larger than the output cap",
    ),
    "plus_doubling": (
        "{% set ns = namespace(s='a') %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}"
        "{% endfor %}{{ ns.s }}",
        "a value larger than the output cap",
    ),
    "list_doubling": (
        "{% set ns = namespace(s=[1]) %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}"
        "{% endfor %}{{ ns.s|length }}",
        "a value larger than the output cap",
    ),
    "set_block_doubling": (
        "{% set ns = namespace(s='a') %}{% for i in range(40) %}"
        "{% set t %}{{ ns.s }}{{ ns.s }}{% endset %}{% set ns.s = t %}{% endfor %}",
        "output larger than the output cap",
    ),
    "join_doubling": (
        "{% set ns = namespace(s=['a']) %}{% for i in range(40) %}"
        "{% set ns.s = [ns.s|join, ns.s|join] %}{% endfor %}",
        "a filter result larger than the output cap",
    ),
    "output_loop": (
        "{% set s = 'a' * 4000000 %}{% for i in range(100000) %}{{ s }}{% endfor %}",
        "output larger than the output cap",
    ),
    "deep_nesting": ("{{ " + "(" * 100000 + "1" + ")" * 100000 + " }}", "broken"),
    "oversized_template": (
        "{# " + "x" * MAX_TEMPLATE_CHARS + " #}",
        f"{MAX_TEMPLATE_CHARS + 6:,} characters long",
    ),
}


@pytest.mark.parametrize(("source", "reason"), DOS.values(), ids=DOS.keys())
def test_denial_of_service_is_stopped_within_limits(source, reason):
    trace_before = sys.gettrace()
    with measured() as cost, pytest.raises(TemplateError) as e:
        render(source)
    assert reason in e.value.user_message
    assert e.value.user_message.startswith("This model's chat template ")
    assert cost.seconds < STOP_WITHIN_S, f"stopped only after {cost.seconds:.1f} s"
    assert cost.grew < MAX_GROWTH, f"the process grew {cost.grew / 2**20:.0f} MiB"
    assert sys.gettrace() is trace_before  # the deadline's tracer is gone


def test_limits_are_lifted_after_a_render():
    limit_before = _data_limit()
    with pytest.raises(TemplateError):
        render(DOS["tilde_doubling"][0])
    assert _data_limit() == limit_before
    # More memory than the render ceiling allows is usable again.
    block = bytes(700 * 1024 * 1024)  # calloc: reserved, not written
    assert len(block) == 700 * 1024 * 1024
    del block


def _data_limit() -> tuple[int, int] | None:
    """RLIMIT_DATA where the platform has it (the ceiling is set and lifted per render)."""
    try:
        import resource
    except ImportError:
        return None
    return resource.getrlimit(resource.RLIMIT_DATA)


def test_output_just_under_the_cap_is_allowed():
    n = MAX_OUTPUT_CHARS // 2
    source = "{% set s = 'a' * N %}{{ s ~ s }}{% set t %}{{ s }}{{ s }}{% endset %}".replace(
        "N", str(n)
    )
    assert render(source) == "a" * (2 * n)
    with pytest.raises(TemplateError, match="output cap"):
        render(source.replace(str(n), str(n + 1)))


# --- through the engine process ----------------------------------------------------------

# Mistral-7B-Instruct-v0.2's own template: it refuses the system role.
MISTRAL_TEMPLATE = (
    "{{ bos_token }}{% for message in messages %}"
    "{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}"
    "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}"
    "{% endif %}{% if message['role'] == 'user' %}{{ '[INST] ' + message['content'] + ' [/INST]' }}"
    "{% elif message['role'] == 'assistant' %}{{ message['content'] + eos_token}}"
    "{% else %}{{ raise_exception('Only user and assistant roles are supported!') }}"
    "{% endif %}{% endfor %}"
)


def test_system_role_refused_is_folded_into_the_first_user_turn(engine, tmp_path):
    path = write_tiny_model(tmp_path / "mistral.gguf", TinySpec(template=MISTRAL_TEMPLATE))
    engine.load(LoadParams(str(path), n_ctx=512))
    with_system = [Message("system", "You are terse."), Message("user", "hello world")]
    folded = [Message("user", "You are terse.\n\nhello world")]
    assert engine.count_tokens(with_system) == engine.count_tokens(folded)
    reply = engine.chat(with_system, GREEDY)
    stats = reply.wait()
    assert 1 <= stats.generated_tokens <= GREEDY.max_tokens
    assert stats.prompt_tokens == engine.count_tokens(folded)
    # A template error that is not about the system role still reaches the caller.
    with pytest.raises(TemplateError, match="Conversation roles must alternate"):
        engine.chat([Message("assistant", "hi")], GREEDY).wait()


RESTARTED = (
    "the engine process was replaced: a failed chat must leave it serving, not be killed "
    "and restarted by the next request"
)


def test_hostile_templates_fail_in_the_engine_which_then_serves_a_good_model(
    engine: EngineClient, tmp_path: Path, tiny_model: Path
):
    marker = tmp_path / "pwned"
    escape = "{{ cycler.__init__.__globals__.os.system('touch " + str(marker) + "') }}"
    pid = engine.pid
    hello = [Message("system", "You are terse."), Message("user", "hello world")]
    for name, source, reason in (
        ("escape", escape, "is unsafe"),
        ("doubling", DOS["tilde_doubling"][0], "a value larger than the output cap"),
        ("spin", DOS["nested_ranges"][0], f"longer than {RENDER_SECONDS:g} s"),
    ):
        path = write_tiny_model(tmp_path / f"{name}.gguf", TinySpec(template=source, name=name))
        engine.load(LoadParams(str(path), n_ctx=512))
        assert engine.pid == pid, RESTARTED
        with measured() as cost, pytest.raises(TemplateError) as e:
            engine.chat(hello, GREEDY).wait()
        assert reason in e.value.user_message
        assert e.value.user_message.startswith("This model's chat template ")
        assert cost.seconds < STOP_WITHIN_S
        assert engine.alive and engine.pid == pid, RESTARTED
    assert not marker.exists()
    engine.load(LoadParams(str(tiny_model), n_ctx=512))
    stats = engine.chat(hello, GREEDY).wait()
    assert 1 <= stats.generated_tokens <= GREEDY.max_tokens
    assert engine.alive and engine.pid == pid, RESTARTED


def test_templates_hostile_to_the_compiler_are_template_errors(
    engine: EngineClient, tmp_path: Path, tiny_model: Path
):
    """The engine compiles a model's template only in the limited sandbox.

    Jinja folds constant expressions while compiling. An unlimited environment (such as the
    one llama-cpp-python builds for a GGUF's template when a Llama is created) evaluates
    `99999 ** 300000` there, outside every limit: an exponent ten times larger spins for
    minutes, `'a' * 10**10` allocates ten gigabytes. The limited sandbox never folds what
    it intercepts.
    """
    pid = engine.pid
    broken = write_tiny_model(tmp_path / "broken.gguf", TinySpec(template="{% if %}{% endif %}"))
    with pytest.raises(TemplateError) as e:
        engine.load(LoadParams(str(broken), n_ctx=512))
    assert e.value.user_message == "This model's chat template is broken and cannot be used."
    folding = write_tiny_model(
        tmp_path / "folding.gguf", TinySpec(template="{{ 99999 ** 300000 }}")
    )
    with measured() as cost:
        engine.load(LoadParams(str(folding), n_ctx=512))
        with pytest.raises(TemplateError, match="a power too large"):
            engine.chat([Message("user", "hi")], GREEDY).wait()
    assert cost.seconds < STOP_WITHIN_S
    assert engine.alive and engine.pid == pid, RESTARTED
    engine.load(LoadParams(str(tiny_model), n_ctx=512))
    assert engine.chat([Message("user", "hi")], GREEDY).wait().generated_tokens >= 1
