"""The sidebar's item models pass Qt's model tester; renaming and highlighting behave."""

from __future__ import annotations

from desktop.models.conversation_list import (
    ConversationListModel,
    ConversationRow,
    SearchResultsModel,
    SearchRow,
    highlight,
)


def test_conversation_list_model_passes_the_model_tester(qtmodeltester):
    model = ConversationListModel()
    model.set_rows([ConversationRow(i, f"chat {i}") for i in range(5)])
    qtmodeltester.check(model)
    renamed: list[tuple[int, str]] = []
    model.renamed.connect(lambda cid, title: renamed.append((cid, title)))
    assert model.setData(model.index(2, 0), "  new   name ")
    assert renamed == [(2, "new name")]
    assert model.data(model.index(2, 0)) == "new name"
    assert not model.setData(model.index(1, 0), "   ")  # an empty title is refused
    qtmodeltester.check(model)


def test_search_results_model_passes_the_model_tester(qtmodeltester):
    model = SearchResultsModel()
    model.set_rows([SearchRow(1, 10, "A <title>", highlight("x \x02word\x03 & y"))])
    qtmodeltester.check(model)
    html = model.data(model.index(0, 0))
    assert html == "<b>A &lt;title&gt;</b><br>x <b>word</b> &amp; y"


def test_single_instance_brings_the_first_window_forward(qtbot, tiny_model):
    from desktop.app import App
    from desktop.services.instance import InstanceGuard

    app = App([])
    qtbot.addWidget(app.window)
    app.start(load=False)
    try:
        with qtbot.waitSignal(app.guard.activated, timeout=5000):
            assert not InstanceGuard().claim_or_activate()  # what a second launch does
    finally:
        app.window.close()
    again = InstanceGuard()
    assert again.claim_or_activate()  # gone with the window: the next launch is the one
    again.release()


def test_conversation_list_loads_pages_as_the_view_asks(qtmodeltester):
    all_rows = [ConversationRow(i, f"chat {i}") for i in range(450)]
    asked: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[ConversationRow]:
        asked.append((offset, limit))
        return all_rows[offset : offset + limit]

    model = ConversationListModel(fetch)
    model.reload()
    assert model.rowCount() == ConversationListModel.PAGE
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    assert asked == [(0, 200), (200, 200), (400, 200)]
    qtmodeltester.check(model)
