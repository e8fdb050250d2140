"""Services' sentences through a real installed translator (.ts compiled by lrelease), and the
English sources when none is installed."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.core.history.tree import ConversationTree
from desktop.services.conversations import open_read_store
from desktop.services.draft import refused_sentence
from desktop.services.history import History
from desktop.services.hub_calls import OFFLINE_SETTING, HubCalls

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")

# (context, source, translation or the numerus forms): French, two plural forms.
ENTRIES: list[tuple[str, str, str | tuple[str, str]]] = [
    ("History", "Exported to {name}.", "Exporté vers {name}."),
    ("History", "Imported 1 conversation.", "Une conversation importée."),
    (
        "History",
        "Imported %n conversations.",
        ("%n conversation importée.", "%n conversations importées."),
    ),
    ("HubCalls", OFFLINE_SETTING, "Hearth est hors ligne (Réglages) : le hub n'est pas contacté."),
    (
        "draft",
        "This message is too long to send: with the system prompt it is {tokens} tokens, "
        "and the model's {n_ctx}-token context holds {limit} once room for the reply "
        "is kept. Shorten it, or load the model with a larger context.",
        "Ce message est trop long : {tokens} jetons, le contexte de {n_ctx} en garde {limit}.",
    ),
]


def write_ts(path: Path) -> None:
    contexts: dict[str, list[str]] = {}
    for context, source, translation in ENTRIES:
        if isinstance(translation, tuple):
            forms = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in translation)
            message = (
                f'<message numerus="yes"><source>{escape(source)}</source>'
                f"<translation>{forms}</translation></message>"
            )
        else:
            message = (
                f"<message><source>{escape(source)}</source>"
                f"<translation>{escape(translation)}</translation></message>"
            )
        contexts.setdefault(context, []).append(message)
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>"
        for name, messages in contexts.items()
    )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="fr_FR">{body}</TS>',
        encoding="utf-8",
    )


@pytest.fixture
def french(qapp, tmp_path) -> Iterator[QTranslator]:
    ts, qm = tmp_path / "hearth_fr.ts", tmp_path / "hearth_fr.qm"
    write_ts(ts)
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def history(tmp_path) -> Iterator[History]:
    h = History(open_read_store(tmp_path / "hearth.sqlite3"))
    yield h
    assert h.close(5)
    h.store.close()


def chat(history: History, title: str, text: str) -> ConversationTree:
    tree = history.conversations.create(title, "")
    history.conversations.add(tree, None, "user", text)
    return tree


def export_and_import(qtbot, history: History, tmp_path: Path) -> tuple[str, str]:
    """What info said after exporting two conversations and importing them again."""
    chat(history, "one", "first")
    chat(history, "two", "second")
    everything = tmp_path / "all.json"
    with qtbot.waitSignal(history.info, timeout=10000) as exported:
        history.export_all(everything)
    with qtbot.waitSignal(history.info, timeout=10000) as imported:
        history.import_file(everything)
    return exported.args[0], imported.args[0]


def offline_sentence(qtbot) -> str:
    hub = HubCalls(lambda: pytest.fail("the hub must not be asked"))  # type: ignore[arg-type,return-value]
    with qtbot.waitSignal(hub.offlineChanged, timeout=1000) as changed:
        hub.set_offline(True)
    hub.shutdown()
    return changed.args[1]


def test_a_service_speaks_the_installed_language(qtbot, french, history, tmp_path):
    exported, imported = export_and_import(qtbot, history, tmp_path)
    assert exported == "Exporté vers all.json."
    assert imported == "2 conversations importées."  # the numerus form for 2
    assert offline_sentence(qtbot) == (
        "Hearth est hors ligne (Réglages) : le hub n'est pas contacté."
    )
    assert refused_sentence(4321, 3072, 4096) == (
        "Ce message est trop long : 4,321 jetons, le contexte de 4,096 en garde 3,072."
    )


def test_without_a_translator_the_sentences_stay_english(qtbot, history, tmp_path):
    exported, imported = export_and_import(qtbot, history, tmp_path)
    assert exported == "Exported to all.json."
    assert imported == "Imported 2 conversations."
    assert offline_sentence(qtbot) == OFFLINE_SETTING
    assert refused_sentence(4321, 3072, 4096).startswith("This message is too long to send")
