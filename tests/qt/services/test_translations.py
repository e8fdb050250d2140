"""Services' sentences through a real installed translator (.ts compiled by lrelease), and the
English sources when none is installed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from tiny_translator import installed

from desktop.core.history.tree import ConversationTree
from desktop.services.conversations import open_read_store
from desktop.services.draft import refused_sentence
from desktop.services.history import History
from desktop.services.hub_calls import OFFLINE_SETTING, HubCalls

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


@pytest.fixture
def french(qapp, tmp_path) -> Iterator[QTranslator]:
    contexts: dict[str, dict[str, str | tuple[str, str]]] = {}
    for context, source, translation in ENTRIES:
        contexts.setdefault(context, {})[source] = translation
    with installed(tmp_path, "fr_FR", contexts) as translator:
        yield translator


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
