"""The declared ranges: every sampling and load field has one, and the checks, the command
line's options and the engine's clamps all follow it."""

from __future__ import annotations

import dataclasses
import math

import pytest

from desktop.cli import build_parser
from desktop.core.fields import LOAD_FIELDS, SAMPLING_FIELDS, Field
from desktop.core.types import PRESETS, LoadParams, SamplingParams

NOT_NUMBERS = {"stop", "path", "flash_attn", "use_mmap"}


def test_every_numeric_field_is_declared_once():
    for cls, table in ((SamplingParams, SAMPLING_FIELDS), (LoadParams, LOAD_FIELDS)):
        names = [f.name for f in table]
        assert len(names) == len(set(names))
        assert set(names) == {f.name for f in dataclasses.fields(cls)} - NOT_NUMBERS


def _too_high(f: Field) -> int | float:
    return f.high + 1 if f.kind is int else f.high * 1.01


@pytest.mark.parametrize("f", SAMPLING_FIELDS, ids=lambda f: f.name)
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
