"""English reads right for one and for many (issue 16): every plural source in the code is
written "%n file(s)" or "(was|were)", so the English .qm gives "1 file" and "2 files" (a
source written "%n files" would read "1 files"). The sources are gathered by Qt's lupdate."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from english_plurals import english, forms
from PySide6.QtCore import QCoreApplication

REPO = Path(__file__).resolve().parents[3]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
COUNT = re.compile(r"%L?n")
SINGLE_ELSEWHERE = {
    # A count with no noun after it: the same for one and many.
    ("ModelManager", "Downloads (%Ln)"),
    # The same English as core's trimmed_sentence (the command line's, with no translator);
    # "1 messages were" there too: to change with core.context together.
    (
        "Trimmed",
        "The conversation is longer than the model's context ({n_ctx} tokens): the "
        "oldest %n messages were left out of this reply. The system prompt was kept.",
    ),
    # Sentences used only for counts other than one (one has its own sentence).
    ("History", "Imported %n conversations."),
    ("MainWindow", "Message and the %n messages under it deleted."),
    ("ConnectionJobs", "“{name}” replied in {ms} ms with %n models: {listed}."),
    ("ConnectionJobs", "“{name}” replied in {ms} ms with %n models: {listed} and {more} more."),
}


def plural_sources(tmp_path: Path) -> list[tuple[str, str]]:
    ts = tmp_path / "all.ts"
    sources = [str(p) for p in sorted((REPO / "desktop").rglob("*.py"))]
    subprocess.run([str(LUPDATE), *sources, "-ts", str(ts)], check=True, capture_output=True)
    found = []
    for context in ET.parse(ts).getroot():
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            if COUNT.search(source):
                found.append((name, source))
    return found


def test_every_plural_source_reads_right_in_english_for_one(tmp_path: Path) -> None:
    sources = plural_sources(tmp_path)
    assert len(sources) > 10  # lupdate saw the code's plurals
    # No "(s)" or "(a|b)" in it: English reads the same for one as for many ("1 files").
    bare = [
        f"{context}: {source!r}"
        for context, source in sources
        if (context, source) not in SINGLE_ELSEWHERE and len(set(forms(source))) == 1
    ]
    assert bare == [], "\n".join(bare)


def test_the_english_forms_of_a_source() -> None:
    assert forms("Indexed %n changed files.") == ("Indexed %n changed files.",) * 2
    assert forms("Indexed %n changed file(s).")[0] == "Indexed %n changed file."
    assert forms("the oldest %n message(s) (was|were) left out") == (
        "the oldest %n message was left out",
        "the oldest %n messages were left out",
    )


def test_the_english_translator_gives_one_and_many(qapp: object, tmp_path: Path) -> None:
    source = "Indexed %n changed file(s)."
    with english(tmp_path, [("KnowledgeSettings", source)]):
        one = QCoreApplication.translate("KnowledgeSettings", source, None, 1)
        many = QCoreApplication.translate("KnowledgeSettings", source, None, 3)
    assert (one, many) == ("Indexed 1 changed file.", "Indexed 3 changed files.")
