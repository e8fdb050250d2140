"""The "Vision" tag on a repo's file choices and in the library, and the projector counted in
the download size and the fit verdict.

Real parts: HubCalls against a HubServer on 127.0.0.1, the real DiscoverPage and RepoPage
offscreen, the app's own App with a model and its projector in a private Hugging Face cache.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hubserver import HubServer
from keyrings import MemoryKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from vision_gguf import write_tiny_projector

from desktop.app import App
from desktop.core import fit
from desktop.core.hub import HubClient, HubFile, RepoDetails, group_files
from desktop.core.secrets import TokenStore
from desktop.core.units import format_bytes
from desktop.models.vision import VISION, download_tip, load_tip
from desktop.services.hub_calls import HubCalls
from desktop.ui.discover_page import DiscoverPage
from desktop.ui.repo_page import FIT_CONTEXT, RepoPage
from desktop.ui.vision_tag import VisionTagDelegate

REPO = "acme/Tiny-VL-GGUF"
PROJECTOR = 2_500_000  # bytes: "2.5 MB" on screen
BUDGET = fit.Budget(ram_available=8 * 2**30, gpus=())


@pytest.fixture
def server(local_network_only, tmp_path: Path, monkeypatch, tiny_model) -> Iterator[HubServer]:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf_cache"))
    with HubServer() as hub:
        files = {"tiny-Q4_K_M.gguf": tiny_model, "mmproj-tiny-f16.gguf": b"G" * PROJECTOR}
        hub.add_repo(REPO, files)
        hub.add_repo("acme/Tiny-GGUF", {"tiny-Q4_K_M.gguf": tiny_model})
        yield hub


def open_repo(qtbot, page: DiscoverPage, repo_id: str) -> object:
    """Open repo_id's page; its details, then the selected file's header, arrive. The header."""
    with (
        qtbot.waitSignal(page.hub.detailsDone, timeout=20000),
        qtbot.waitSignal(page.hub.headerDone, timeout=20000) as header,
    ):
        page.open_repo(repo_id)
    qtbot.waitUntil(lambda: page.repo.fit_note.text() != "")
    return header.args[2]


def test_a_vision_repo_tags_its_files_and_counts_the_projector(qtbot, server, tiny_model):
    page = DiscoverPage(HubCalls(lambda: HubClient(endpoint=server.url)), [], lambda: BUDGET)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    try:
        info = open_repo(qtbot, page, REPO)
        repo = page.repo
        first = repo.choices.index(0, 0)
        tip = download_tip(PROJECTOR)
        assert tip == "Reads images: downloads a vision projector (mmproj, 2.5 MB) with the model"
        assert first.data(VISION) == tip
        assert first.data(Qt.ItemDataRole.ToolTipRole) == tip
        assert "Vision" in first.data(Qt.ItemDataRole.AccessibleTextRole)
        assert isinstance(repo.choice_view.itemDelegateForColumn(0), VisionTagDelegate)
        # The size shown and the Download button are what the download fetches.
        both = format_bytes(tiny_model.stat().st_size + PROJECTOR)
        assert repo.choices.index(0, 2).data() == both
        assert repo.download.text() == f"Download tiny-Q4_K_M.gguf ({both})"
        # The header's plan counts the projector (loaded whole, in RAM with no GPU).
        plain = fit.plan_for_file(info, FIT_CONTEXT, BUDGET.ram_available, BUDGET.gpus)
        shown = repo.choices.row_at(0).fit
        assert shown.cpu_bytes - plain.cpu_bytes == PROJECTOR

        open_repo(qtbot, page, "acme/Tiny-GGUF")  # no projector: no tag, the file's own size
        first = repo.choices.index(0, 0)
        assert first.data(VISION) is None
        assert "Vision" not in str(first.data(Qt.ItemDataRole.AccessibleTextRole))
        assert repo.choices.index(0, 2).data() == format_bytes(tiny_model.stat().st_size)
    finally:
        qtbot.waitUntil(lambda: not page.hub.busy, timeout=20000)
        page.hub.shutdown()


def test_the_projector_can_turn_the_verdict_and_the_tag_is_painted(qtbot):
    model, projector = 4_000_000_000, 600_000_000
    alone = fit.plan_for_size(model, FIT_CONTEXT, 64 * 2**30)
    # Room for the model alone, not for the model and its projector.
    budget = fit.Budget(ram_available=alone.cpu_bytes + fit.RAM_RESERVE + projector // 2)
    files = [
        HubFile("m-Q4_K_M.gguf", model, None),
        HubFile("mmproj-m-f16.gguf", projector, None),
    ]
    page = RepoPage()
    qtbot.addWidget(page)
    page.resize(900, 400)
    page.show()
    page.show_details(RepoDetails("acme/M-GGUF", "mit", False, group_files(files)), budget)
    plain = fit.plan_for_size(model, FIT_CONTEXT, budget.ram_available)
    assert plain.verdict == "cpu"
    assert page.choices.row_at(0).fit.verdict == "wont_fit"
    assert page.choices.index(0, 3).data() == page.choices.row_at(0).fit.badge

    # The delegate makes room for the tag and paints it: the cell differs from a plain one.
    view, index = page.choice_view, page.choices.index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    tagged = view.itemDelegateForColumn(0)
    assert (
        tagged.sizeHint(option, index).width()
        > QStyledItemDelegate().sizeHint(option, index).width()
    )
    qtbot.waitExposed(page)
    with_tag = view.viewport().grab(view.visualRect(index)).toImage()
    plain_delegate = QStyledItemDelegate(view)
    view.setItemDelegateForColumn(0, plain_delegate)
    without = view.viewport().grab(view.visualRect(index)).toImage()
    assert with_tag != without


def add_snapshot(cache: Path, repo_id: str, files: dict[str, Path]) -> Path:
    """Files in one hub snapshot as huggingface_hub lays them out; the snapshot's folder."""
    repo = cache / ("models--" + repo_id.replace("/", "--"))
    commit = "c" * 40
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text(commit)
    snapshot = repo / "snapshots" / commit
    snapshot.mkdir(parents=True)
    for name, source in files.items():
        data = source.read_bytes()
        blob = repo / "blobs" / hashlib.sha256(data).hexdigest()
        blob.parent.mkdir(exist_ok=True)
        blob.write_bytes(data)
        (snapshot / name).symlink_to(os.path.relpath(blob, snapshot))
    return snapshot


def test_the_library_tags_a_model_downloaded_with_its_projector(
    qtbot, tmp_path, monkeypatch, tiny_model, tiny_phi3
):
    cache = tmp_path / "hf_cache"
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    projector = write_tiny_projector(tmp_path / "mmproj-tiny-f16.gguf")
    seeing = add_snapshot(
        cache, REPO, {"tiny-Q4_K_M.gguf": tiny_model, "mmproj-tiny-f16.gguf": projector}
    )
    blind = add_snapshot(cache, "acme/Phi-GGUF", {"phi-Q4_K_M.gguf": tiny_phi3})
    app = App([], tokens=TokenStore(backend=MemoryKeyring()))
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.library_jobs.listed, timeout=20000):
        app.start(load=False)
    try:
        page = app.open_models("library").library_page
        model = page.model
        tagged = model.index(model.row_of(seeing / "tiny-Q4_K_M.gguf"), 0)
        untagged = model.index(model.row_of(blind / "phi-Q4_K_M.gguf"), 0)
        assert tagged.row() >= 0 and untagged.row() >= 0
        tip = load_tip(projector.stat().st_size)
        assert tagged.data(VISION) == tip
        assert tip in tagged.data(Qt.ItemDataRole.ToolTipRole)
        assert tagged.data(Qt.ItemDataRole.AccessibleTextRole).endswith(f"Vision: {tip}")
        assert untagged.data(VISION) is None
        assert "Reads images" not in untagged.data(Qt.ItemDataRole.ToolTipRole)
        assert isinstance(page.view.itemDelegateForColumn(0), VisionTagDelegate)
        files = {m.file_name for m in model.models()}
        assert "mmproj-tiny-f16.gguf" not in files  # the projector is no model of its own
    finally:
        app.window.close()
