"""The declared ranges: every sampling and load field has one, and the checks, the command
line's options, the engine's clamps, the panel's boxes and both codecs follow it."""

from __future__ import annotations

import dataclasses
import json
import math

import pytest

from desktop.cli import build_parser
from desktop.core.fields import (
    CHOICES,
    LOAD_FIELDS,
    SAMPLING_ALL,
    SAMPLING_FIELDS,
    SAMPLING_NUMBERS,
    STOP,
    Field,
)
from desktop.core.history.codec import sampling_from_dict, sampling_to_dict
from desktop.core.types import PRESETS, LoadParams, SamplingParams

NOT_NUMBERS = {"stop", "path", "flash_attn", "use_mmap", "mmproj", "draft_model"} | set(CHOICES)


def test_every_numeric_field_is_declared_once():
    for cls, table in ((SamplingParams, SAMPLING_NUMBERS), (LoadParams, LOAD_FIELDS)):
        names = [f.name for f in table]
        assert len(names) == len(set(names))
        assert set(names) == {f.name for f in dataclasses.fields(cls)} - NOT_NUMBERS


def _too_high(f: Field) -> int | float:
    return f.high + 1 if f.kind is int else f.high * 1.01


@pytest.mark.parametrize("f", SAMPLING_NUMBERS, ids=lambda f: f.name)
def test_sampling_checks_and_clamps_follow_the_table(f: Field):
    SamplingParams(**{f.name: f.high}).validate()
    with pytest.raises(ValueError, match=f"^{f.label} must be"):
        SamplingParams(**{f.name: _too_high(f)}).validate()
    clamped = SamplingParams(**{f.name: _too_high(f)}).clamped()
    assert getattr(clamped, f.name) == f.high
    clamped.validate()
    if f.kind is float:
        nan = SamplingParams(**{f.name: math.nan}).clamped()
        nan.validate()


@pytest.mark.parametrize("f", LOAD_FIELDS, ids=lambda f: f.name)
def test_load_checks_and_clamps_follow_the_table(f: Field):
    LoadParams("m.gguf", **{f.name: f.high}).validate()
    with pytest.raises(ValueError, match=f"^{f.label} must be"):
        LoadParams("m.gguf", **{f.name: _too_high(f)}).validate()
    assert getattr(LoadParams("m.gguf", **{f.name: _too_high(f)}).clamped(), f.name) == f.high
    for value in f.special:
        assert getattr(LoadParams("m.gguf", **{f.name: value}).clamped(), f.name) == value


def test_special_values_and_open_bounds():
    SamplingParams(repeat_last_n=-1).validate()
    SamplingParams(repeat_last_n=0).validate()
    with pytest.raises(ValueError, match="repeat window"):
        SamplingParams(repeat_last_n=-2).validate()
    with pytest.raises(ValueError, match="top-p must be above 0"):
        SamplingParams(top_p=0.0).validate()
    assert SamplingParams(top_p=0.0).clamped().top_p == 1.0  # off, not "nothing at all"
    assert SamplingParams(repeat_penalty=-3.0).clamped().repeat_penalty == 1.0
    with pytest.raises(ValueError, match="whole number"):
        SamplingParams(top_k=2.5).validate()  # type: ignore[arg-type]
    for preset in PRESETS.values():
        preset.validate()
        assert preset.clamped() == preset


@pytest.mark.parametrize("f", SAMPLING_FIELDS, ids=lambda f: f.name)
def test_chat_options_are_derived_from_the_table(f: Field, capsys: pytest.CaptureFixture[str]):
    parser = build_parser()
    args = parser.parse_args(["chat", "--model", "m", f.option, str(f.high)])
    assert getattr(args, f.option[2:].replace("-", "_")) == f.high
    with pytest.raises(SystemExit) as caught:
        parser.parse_args(["chat", "--model", "m", f.option, str(_too_high(f))])
    assert caught.value.code == 2
    assert f"{f.label} must be {f.range_text()}" in capsys.readouterr().err


# --- one declaration, every use: the boxes' steps, the codecs ---------------------------


@pytest.mark.parametrize("f", SAMPLING_FIELDS, ids=lambda f: f.name)
def test_every_sampling_field_can_be_edited_in_a_box(f: Field):
    default = getattr(SamplingParams(), f.name)
    assert f.problem(default) is None  # the dataclass's default is allowed
    assert f.problem(f.lowest) is None  # the box's lowest value is allowed
    assert f.tooltip().startswith(f.help[:1].upper()) and f.range_text() in f.tooltip()
    assert f.title[:1].isupper()
    if f.kind is float:
        assert f.step >= 10**-f.decimals  # a step the box can show
        assert round(default, f.decimals) == default  # the box keeps the default exactly
    else:
        assert isinstance(f.step, int) and f.step >= 1


def test_the_seed_box_reaches_the_fields_top_value():
    seed = SAMPLING_FIELDS[[f.name for f in SAMPLING_FIELDS].index("seed")]
    assert seed.high == 2**32 - 1 and seed.problem(seed.high) is None
    assert seed.problem(seed.high + 1) is not None


@pytest.mark.parametrize("f", SAMPLING_FIELDS, ids=lambda f: f.name)
def test_the_strict_decoder_checks_types_only(f: Field):
    assert f.decode(f.high) == f.high
    with pytest.raises(ValueError, match=f.name):
        f.decode(True)
    with pytest.raises(ValueError, match=f.name):
        f.decode("1")
    if f.kind is int:
        with pytest.raises(ValueError, match="whole number"):
            f.decode(1.5)
    else:
        assert f.decode(1) == 1.0 and isinstance(f.decode(1), float)
    if f.optional:
        assert f.decode(None) is None
    else:
        with pytest.raises(ValueError, match=f.name):
            f.decode(None)


def test_stop_strings_are_declared_like_the_numbers():
    assert STOP.name == "stop" and STOP.option == "--stop"
    assert STOP.decode(["a", "\nUser:"]) == ("a", "\nUser:")
    assert STOP.encode(("a",)) == ["a"]
    for bad in ("a", ["a", 1], None, {"a": 1}):
        with pytest.raises(ValueError, match="stop"):
            STOP.decode(bad)
    assert STOP.problem(("a",)) is None and STOP.problem(["a"]) is not None
    with pytest.raises(ValueError, match="stop strings"):
        SamplingParams(stop=("a", 1)).validate()  # type: ignore[arg-type]


def test_the_history_codec_is_strict_and_derived_from_the_fields():
    params = SamplingParams(temperature=0.3, top_p=None, seed=2**32 - 1, stop=("\nUser:",))
    data = sampling_to_dict(params)
    assert list(data) == [f.name for f in SAMPLING_ALL]
    assert sampling_from_dict(json.loads(json.dumps(data))) == params
    assert sampling_from_dict({}) == SamplingParams()  # written before the fields existed
    assert sampling_from_dict({"temperature": 1, "new_knob": 3}).temperature == 1.0
    for name, bad in (("top_k", 2.5), ("seed", "7"), ("stop", "x"), ("min_p", None)):
        with pytest.raises(ValueError, match=f"^sampling.{name}"):
            sampling_from_dict({name: bad})
    # Ranges are not checked: a newer Hearth may widen one; the engine clamps.
    assert sampling_from_dict({"temperature": 9.0}).temperature == 9.0


@pytest.mark.parametrize("f", SAMPLING_FIELDS, ids=lambda f: f.name)
def test_every_chat_option_reaches_sampling_params(f: Field):
    from desktop.cli import _sampling

    value = f.lowest if f.lowest not in f.special else f.low
    args = build_parser().parse_args(["chat", "--model", "m", f.option, str(value)])
    expected = None if f.optional and value == f.off else value
    assert getattr(_sampling(args), f.name) == expected


def test_top_p_one_on_the_command_line_switches_it_off_and_stop_repeats():
    from desktop.cli import _sampling

    args = build_parser().parse_args(
        ["chat", "--model", "m", "--top-p", "1", "--stop", "a", "--stop", "\nUser:"]
    )
    assert _sampling(args).top_p is None
    assert _sampling(args).stop == ("a", "\nUser:")


def test_load_choices_check_and_clamp_to_their_words():
    LoadParams("m.gguf", type_k="q8_0", type_v="q4_0", speculative="off").validate()
    with pytest.raises(ValueError, match=r"^V cache type must be one of f16, q8_0, q4_0"):
        LoadParams("m.gguf", type_v="q5_1").validate()
    clamped = LoadParams("m.gguf", type_k="bf16", speculative="maybe").clamped()
    assert (clamped.type_k, clamped.speculative) == ("f16", "auto")
