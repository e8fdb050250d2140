"""Services' translated sentences with no QCoreApplication (the CLI): the English source."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# Run in a fresh interpreter: pytest-qt's session makes a QApplication in this one.
SCRIPT = textwrap.dedent(
    """
    from PySide6.QtCore import QCoreApplication

    from desktop.core.context import trimmed_sentence
    from desktop.services.draft import refused_sentence
    from desktop.services.history import export_file_name
    from desktop.services.hub_calls import OFFLINE_SETTING, said
    from desktop.services.inference import Trimmed

    assert QCoreApplication.instance() is None
    assert Trimmed(1, 3, 10, 4096).sentence == trimmed_sentence(4096, 3)
    assert said(OFFLINE_SETTING) == "Hearth is offline (Settings): the hub is not contacted."
    assert export_file_name("", ".md") == "Conversation.md"
    sentence = refused_sentence(4321, 3072, 4096)
    assert sentence.startswith("This message is too long to send: with the system prompt it "
                               "is 4,321 tokens, and the model's 4,096-token context"), sentence
    assert QCoreApplication.instance() is None  # nothing above made one
    print("ok")
    """
)


def test_sentences_are_english_and_whole_without_an_application():
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
