"""The Connections tab: add (the key to the keyring only), list a server's models, test one
(its models and one timed reply, in sentences), use a model, remove. All off the GUI thread,
against a real llama_cpp.server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import remote_servers
from keyrings import MemoryKeyring
from PySide6.QtCore import Qt

from desktop.core.connections import SERVICE, ConnectionStore, remote_key
from desktop.services.connection_jobs import ConnectionJobs
from desktop.ui.connections_page import ConnectionsPage, none_yet

pytestmark = pytest.mark.integration
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def server(starter: Path) -> Iterator[str]:
    with remote_servers.llama_server(starter) as base:
        yield base


@pytest.fixture
def page(qtbot, tmp_path) -> Iterator[tuple[ConnectionsPage, MemoryKeyring, Path]]:
    ring = MemoryKeyring()
    file = tmp_path / "connections.json"
    jobs = ConnectionJobs(store=lambda: ConnectionStore(file, ring))
    with qtbot.waitSignal(jobs.listed, timeout=10000):
        jobs.refresh()
    page = ConnectionsPage(jobs)
    qtbot.addWidget(page)
    yield page, ring, file
    jobs.shutdown()


def test_add_test_use_and_remove_a_connection(qtbot, page, server):
    page, ring, file = page
    assert page.status.text() == none_yet() and not page.add_button.isEnabled()
    qtbot.keyClicks(page.name, "here")
    qtbot.keyClicks(page.url, server)
    qtbot.keyClicks(page.key, "sk-local-123")
    with qtbot.waitSignal(page.jobs.listed, timeout=30000):
        qtbot.mouseClick(page.add_button, LEFT)
    assert page.key.text() == ""  # not left on screen
    assert ring.store == {(SERVICE, "here"): "sk-local-123"}
    assert "sk-local" not in file.read_text()
    top = page.tree.topLevelItem(0)
    assert top is not None and top.text(0) == "here" and top.text(1) == server
    assert top.childCount() == 1
    model_id = top.child(0).toolTip(0)  # the whole id (the row shows its file name)

    page.tree.setCurrentItem(top)
    with qtbot.waitSignal(page.jobs.tested, timeout=60000):
        qtbot.mouseClick(page.test_button, LEFT)
    said = page.status.text()
    assert "“here” replied in" in said and "with 1 model" in said
    assert f"{model_id} replied in" in said and "tokens/s" in said, said

    page.tree.setCurrentItem(top.child(0))
    with qtbot.waitSignal(page.useRequested) as used:
        qtbot.mouseClick(page.use_button, LEFT)
    assert used.args == [remote_key("here", model_id)]

    page.tree.setCurrentItem(top)
    with qtbot.waitSignal(page.jobs.listed, timeout=30000):
        qtbot.mouseClick(page.remove_button, LEFT)
    assert page.tree.topLevelItemCount() == 0 and page.status.text() == none_yet()
    assert ring.store == {}


def test_an_unreachable_server_and_a_bad_address_are_sentences(qtbot, page):
    page, _ring, _file = page
    dead = f"http://127.0.0.1:{remote_servers.free_port()}/v1"  # nothing listens there
    with qtbot.waitSignal(page.jobs.listed, timeout=30000):
        page.jobs.add("dead", dead, None)
    top = page.tree.topLevelItem(0)
    assert top is not None and top.childCount() == 1
    assert "Cannot connect to" in top.child(0).text(0) and top.child(0).isDisabled()
    with qtbot.waitSignal(page.jobs.failed, timeout=10000):
        page.jobs.add("bad", "ftp://example", None)
    assert "is not a server address" in page.status.text()
