"""Discover when the hub cannot help: the curated catalog is searched locally, the page says
once why, and a search never ends on an empty list while catalog entries match.

Real parts: HubCalls against a HubServer on 127.0.0.1 (or a closed port for an unreachable
hub), the shipped catalog, the real DiscoverPage offscreen. Waits on signals, never on time.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hubserver import HubServer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.core import fit
from desktop.core.hub import HubClient
from desktop.core.models.catalog import load_catalog
from desktop.services.hub_calls import OFFLINE_SETTING, WENT_OFFLINE, HubCalls
from desktop.ui.discover_page import DiscoverPage
from desktop.ui.repo_page import OFFLINE_FILES

BUDGET = fit.Budget(ram_available=8 * 2**30, gpus=())


@pytest.fixture
def server(local_network_only, tmp_path: Path, monkeypatch, tiny_model) -> Iterator[HubServer]:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf_cache"))
    with HubServer() as hub:
        hub.add_repo("acme/Tiny-GGUF", {"tiny-Q4_K_M.gguf": tiny_model}, downloads=3)
        yield hub


def make_page(qtbot, endpoint: str, offline: bool = False) -> DiscoverPage:
    client = HubClient(endpoint=endpoint)
    calls = HubCalls(lambda: client, offline=offline)
    page = DiscoverPage(calls, load_catalog(), memory=lambda: BUDGET)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    return page


def shown_names(page: DiscoverPage) -> list[str]:
    model = page.catalog_model
    return [model.row_at(i).entry.name for i in range(model.rowCount())]


def said(page: DiscoverPage, sentence: str) -> int:
    """How many visible labels of the page carry sentence."""
    labels = [w for w in page.findChildren(QLabel) if w.isVisible()]
    return sum(sentence in w.text() for w in labels)


def finish(qtbot, page: DiscoverPage) -> None:
    qtbot.waitUntil(lambda: not page.hub.busy, timeout=20000)
    page.hub.shutdown()


def test_offline_the_catalog_filters_as_one_types_and_says_why_once(qtbot, server):
    page = make_page(qtbot, server.url, offline=True)
    everything = shown_names(page)
    qtbot.keyClicks(page.search, "llama")  # no Return, no wait: each key filters at once
    assert page.lists.currentWidget() is page.catalog_view
    assert shown_names(page) == [n for n in everything if "Llama" in n]
    assert page.heading.text() == "3 recommended models match “llama”."
    assert page.message.isVisible() and page.message.text() == OFFLINE_SETTING
    assert said(page, OFFLINE_SETTING) == 1
    qtbot.keyClicks(page.search, " 3.2")
    assert shown_names(page) == ["Llama 3.2 1B Instruct", "Llama 3.2 3B Instruct"]
    assert said(page, OFFLINE_SETTING) == 1
    # A catalog model's page says what the catalog knows, and why its files are missing.
    view = page.catalog_view
    rect = view.visualRect(page.catalog_model.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.repo.title.text() == "Llama 3.2 3B Instruct"
    assert "Meta's mid-size Llama 3.2" in page.repo.card.text()
    assert page.repo.card_scroll.isVisible()
    assert page.repo.status.text() == OFFLINE_FILES  # not the offline sentence again
    assert said(page, OFFLINE_SETTING) == 1
    # Nothing matches: an empty list with a sentence, not a blank page.
    page.search.clear()
    qtbot.keyClicks(page.search, "no-such-model")
    assert page.lists.currentWidget() is page.results_view
    assert page.results_model.rowCount() == 0
    assert page.heading.text() == "No recommended model matches “no-such-model”."
    assert page.message.text() == OFFLINE_SETTING
    page.search.clear()  # the whole catalog again, with no sentence
    assert shown_names(page) == everything and not page.message.isVisible()
    finish(qtbot, page)
    assert server.requests == []


def test_an_unreachable_hub_shows_the_catalog_matches_with_one_sentence(qtbot, local_network_only):
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there: connections are refused
    page = make_page(qtbot, f"http://127.0.0.1:{port}")
    assert not page.hub.offline  # not offline mode: the hub is tried first
    with qtbot.waitSignal(page.hub.searchFailed, timeout=20000) as failed:
        qtbot.keyClicks(page.search, "phi")
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert failed.args[2] == WENT_OFFLINE
    assert page.lists.currentWidget() is page.catalog_view
    assert shown_names(page) == ["Phi-3 Mini 4K Instruct"]
    assert page.heading.text() == "1 recommended model matches “phi”."
    assert said(page, WENT_OFFLINE) == 1
    # Offline for the session now: further words filter locally, still one sentence.
    qtbot.keyClicks(page.search, " reasoning")
    assert shown_names(page) == ["Phi-3 Mini 4K Instruct"]
    assert said(page, WENT_OFFLINE) == 1
    finish(qtbot, page)


def test_a_hub_search_with_no_hits_offers_the_matching_catalog_models(qtbot, server):
    page = make_page(qtbot, server.url)
    with qtbot.waitSignal(page.hub.searchDone, timeout=20000) as done:
        qtbot.keyClicks(page.search, "gemma")
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert done.args[2] == []  # the local hub has no gemma
    assert page.lists.currentWidget() is page.catalog_view
    assert shown_names(page) == ["Gemma 3 1B Instruct", "Gemma 3 4B Instruct"]
    assert page.heading.text() == "Nothing on the hub matches “gemma”; 2 recommended models match."
    assert not page.message.isVisible()
    with qtbot.waitSignal(page.hub.searchDone, timeout=20000):
        page.search.setText("tiny")
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.lists.currentWidget() is page.results_view  # hub hits win when there are some
    assert page.results_model.repo_ids() == ["acme/Tiny-GGUF"]
    finish(qtbot, page)


def test_the_list_gets_the_larger_share_of_the_page(qtbot, local_network_only):
    page = make_page(qtbot, "http://127.0.0.1:9", offline=True)
    page.resize(1000, 700)
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.splitter.width() > 900)
    left, right = page.splitter.sizes()
    assert left >= 0.58 * (left + right) and right >= 0.35 * (left + right)
    finish(qtbot, page)
