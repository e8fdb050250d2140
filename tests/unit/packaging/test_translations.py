"""packaging/translations.py: the pseudo-locale, the check, compiling, and the checked-in
translations being complete."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[3]


def _load_script() -> ModuleType:
    # By path: "packaging" is also the name of pip's packaging library.
    spec = importlib.util.spec_from_file_location(
        "hearth_translations_script", REPO / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


translations = _load_script()
PLACEHOLDER: re.Pattern[str] = translations.PLACEHOLDER


def outside_placeholders(text: str) -> str:
    return PLACEHOLDER.sub("", text)


@pytest.mark.parametrize(
    "source",
    [
        "Models",
        "Delete {name}?",
        "%n file(s)",
        "Open %1 of %L2",
        "<b>Bold</b> text &amp; more",
        "&Open…",
        "{done} of {total} files, {size} left",
        "Use <a href='https://example.org'>the guide</a>, {name}.",
    ],
)
def test_pseudo_text_keeps_placeholders_and_leaves_no_ascii_letter(source: str) -> None:
    pseudo = translations.pseudo_text(source)
    assert PLACEHOLDER.findall(pseudo) == PLACEHOLDER.findall(source)
    assert len(pseudo) > len(source)
    assert not re.search("[A-Za-z]", outside_placeholders(pseudo)), pseudo


# Words, punctuation and placeholders, as in the window's strings.
_WORD = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .,:;!?()-'…"),
    min_size=1,
    max_size=12,
)
_FIELD = st.sampled_from(["{name}", "{count}", "%n", "%1", "%L2", "<b>", "</b>", "&amp;", "<br/>"])


@given(st.lists(st.one_of(_WORD, _FIELD), min_size=1, max_size=8))
def test_pseudo_text_of_any_sentence(pieces: list[str]) -> None:
    source = "".join(pieces)
    pseudo = translations.pseudo_text(source)
    assert PLACEHOLDER.findall(pseudo) == PLACEHOLDER.findall(source)
    assert not re.search("[A-Za-z]", outside_placeholders(pseudo)), pseudo
    if source.strip():
        assert len(pseudo) > len(source)


TS_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr">\n'
)


def ts_file(folder: Path, code: str, messages: str) -> Path:
    path = folder / f"hearth_{code}.ts"
    path.write_text(
        f"{TS_HEAD}<context>\n<name>Window</name>\n{messages}</context>\n</TS>\n", "utf-8"
    )
    return path


COMPLETE = """
<message><source>Delete {name}?</source><translation>Supprimer {name} ?</translation></message>
<message><source>&lt;b&gt;Models&lt;/b&gt;</source><translation>&lt;b&gt;Modèles&lt;/b&gt;</translation></message>
<message numerus="yes"><source>%n file(s) in %1</source><translation>
  <numerusform>%n fichier dans %1</numerusform><numerusform>%n fichiers dans %1</numerusform>
</translation></message>
<message><source>Open</source><comment>verb</comment><translation>Ouvrir</translation></message>
"""


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(translations, "FOLDER", tmp_path)
    # `check` also compares the real code with the real template: tested on its own below.
    monkeypatch.setattr(translations, "missing_from_ts", list)
    return tmp_path


def test_check_passes_a_complete_file(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ts_file(folder, "fr", COMPLETE)
    assert translations.problems("fr") == []
    assert translations.main(["check", "fr"]) == 0
    assert "every string translated" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("message", "said"),
    [
        (
            '<message><source>Models</source><translation type="unfinished"></translation>'
            "</message>",
            "'Models' is not translated",
        ),
        (
            '<message><source>Models</source><translation type="unfinished">Modèles</translation>'
            "</message>",
            "'Models' is not translated",
        ),
        (
            "<message><source>Models</source><translation></translation></message>",
            "'Models' has an empty translation",
        ),
        (
            "<message><source>Delete {name}?</source><translation>Supprimer {nom} ?</translation>"
            "</message>",
            "changes its placeholders: 'Supprimer {nom} ?'",
        ),
        (
            "<message><source>Open %1</source><translation>Ouvrir</translation></message>",
            "changes its placeholders",
        ),
        (
            '<message numerus="yes"><source>%n file(s) in {folder}</source><translation>'
            "<numerusform>%n fichier dans {folder}</numerusform>"
            "<numerusform>%n fichiers</numerusform></translation></message>",
            "changes its placeholders: '%n fichiers'",
        ),
    ],
)
def test_check_fails_an_unfinished_or_changed_string(
    folder: Path, capsys: pytest.CaptureFixture[str], message: str, said: str
) -> None:
    ts_file(folder, "fr", COMPLETE + message)
    found = translations.problems("fr")
    assert len(found) == 1 and said in found[0], found
    assert found[0].startswith("fr Window: ")
    assert translations.main(["check", "fr"]) == 1
    assert said in capsys.readouterr().out


def test_pseudo_fills_every_message_and_compile_makes_a_qm_qt_loads(folder: Path) -> None:
    from PySide6.QtCore import QTranslator

    ts_file(
        folder,
        translations.PSEUDO,
        COMPLETE.replace("<translation>", '<translation type="unfinished">'),
    )
    translations.pseudo()
    assert translations.problems(translations.PSEUDO) == []
    translations.compile_all()
    translator = QTranslator()
    assert translator.load(str(folder / f"hearth_{translations.PSEUDO}.qm"))
    shown = translator.translate("Window", "Delete {name}?")
    assert shown == translations.pseudo_text("Delete {name}?") and "{name}" in shown
    assert translator.translate("Window", "Open", "verb") == translations.pseudo_text("Open")


def _languages() -> list[str]:
    from desktop.ui.i18n import LANGUAGES, SOURCE

    return [language.code for language in LANGUAGES if language.code != SOURCE]


@pytest.mark.parametrize("code", _languages())
def test_checked_in_translation_is_complete(code: str) -> None:
    # Every language the Settings offer: a .ts with every string translated, placeholders kept.
    assert (REPO / "resources" / "translations" / f"hearth_{code}.ts").is_file()
    found = translations.problems(code)
    assert found == [], f"{len(found)} problems, the first: " + "\n".join(found[:20])


def test_every_text_marked_in_the_code_is_in_the_checked_in_ts() -> None:
    # lupdate silently drops some calls (a count that is itself a call): each would stay English.
    assert translations.missing_from_ts() == []
