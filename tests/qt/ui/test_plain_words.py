"""Plain words (issue 12.16): no internal jargon ("Answered: none", "Failed or found nothing",
"processing prompt") in any text the window, its pages or its services show."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QGroupBox, QLabel

from desktop.core import hardware
from desktop.ui import main_window
from desktop.ui.chat_style import PROCESSING_TEXT
from desktop.ui.hardware_page import HardwarePage

ROOT = Path(__file__).resolve().parents[3] / "desktop"
# Phrases the first user's run of the window stumbled on (issue 12), in any case.
JARGON = ("answered", "failed or found nothing", "found nothing", "processing prompt", "probe")
# Where the texts people read come from: widgets, item models and the services' sentences.
SHOWN = ("ui", "models", "services")


def docstring_nodes(tree: ast.AST) -> set[int]:
    """The ids of the docstrings' nodes (read by developers, not shown)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def shown_strings(path: Path) -> list[str]:
    """The string literals of a module that are not docstrings (f-strings' parts included)."""
    tree = ast.parse(path.read_text("utf-8"))
    docs = docstring_nodes(tree)
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    ]


def jargon_in(text: str) -> list[str]:
    lowered = text.lower()
    return [word for word in JARGON if word in lowered]


@pytest.mark.parametrize("package", SHOWN)
def test_no_jargon_in_the_texts_of(package):
    files = sorted((ROOT / package).rglob("*.py"))
    assert files
    found = [
        f"{path.relative_to(ROOT)}: {text!r}"
        for path in files
        for text in shown_strings(path)
        if jargon_in(text) and " " in text  # a sentence or label, not an identifier
    ]
    assert found == []


def test_the_reading_marker_and_status_say_what_happens():
    assert PROCESSING_TEXT == "reading the conversation…"
    assert main_window.READING_PREFIX == "Reading the conversation"


def texts(page: HardwarePage) -> list[str]:
    shown = [label.text() for label in page.findChildren(QLabel)]
    shown += [box.title() for box in page.findChildren(QGroupBox)]
    return shown


def test_the_hardware_page_says_how_it_looked_in_plain_words(qtbot):
    machine = hardware.detect()  # this machine, its real tools (most not installed here)
    page = HardwarePage()
    qtbot.addWidget(page)
    page.show_machine(machine)
    shown = texts(page)
    assert "How Hearth looked for graphics cards" in shown
    assert "Worked" in shown and "Did not work" in shown
    failed = [p for p in machine.probes if not p.ok]
    worked = [p for p in machine.probes if p.ok]
    assert page.failed_probes.text() == (
        "\n".join(f"{p.name}: {p.detail}" for p in failed) or "Every check worked."
    )
    assert page.ok_probes.text() == (
        "\n".join(f"{p.name}: {p.detail}" for p in worked) or "No check worked."
    )
    report = page.report()
    assert "GPU checks that worked" in report and "GPU checks that did not work" in report
    for text in [*shown, report]:
        # The tools' own names (nvidia-smi, sysfs) and their sentences may stay as they are.
        assert "Answered" not in text and "Failed or found nothing" not in text
        assert "found nothing" not in text.lower()
