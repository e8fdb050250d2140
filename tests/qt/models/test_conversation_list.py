"""The sidebar's item models pass Qt's model tester; date groups, dates, renaming, paging
and highlighting behave."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, QTime

from desktop.models.conversation_list import (
    ConversationListModel,
    ConversationRow,
    Role,
    SearchResultsModel,
    SearchRow,
    date_group,
    date_text,
    highlight,
)

TODAY = date(2026, 12, 5)


def at(days_ago: int, hour: int = 12) -> float:
    return datetime.combine(TODAY - timedelta(days=days_ago), time(hour)).timestamp()


def listed(model: ConversationListModel) -> list[str]:
    """Each row's text, headers in brackets."""
    out = []
    for i in range(model.rowCount()):
        index = model.index(i, 0)
        out.append(f"[{index.data()}]" if index.data(Role.IsHeader) else str(index.data()))
    return out


def test_conversation_list_model_passes_the_model_tester(qtmodeltester):
    model = ConversationListModel(today=lambda: TODAY)
    model.set_rows([ConversationRow(i, f"chat {i}", updated_at=at(i)) for i in range(5)])
    qtmodeltester.check(model)
    assert listed(model) == [
        "[Today]",
        "chat 0",
        "[Yesterday]",
        "chat 1",
        "[Previous 7 days]",
        "chat 2",
        "chat 3",
        "chat 4",
    ]
    renamed: list[tuple[int, str]] = []
    model.renamed.connect(lambda cid, title: renamed.append((cid, title)))
    assert model.row_of(2) == 5
    assert model.setData(model.index(5, 0), "  new   name ")
    assert renamed == [(2, "new name")]
    assert model.data(model.index(5, 0)) == "new name"
    assert not model.setData(model.index(3, 0), "   ")  # an empty title is refused
    assert not model.setData(model.index(2, 0), "a header")  # headers are not renamed
    assert model.flags(model.index(2, 0)) == Qt.ItemFlag.NoItemFlags
    assert model.flags(model.index(3, 0)) & Qt.ItemFlag.ItemIsEditable
    qtmodeltester.check(model)


def test_groups_dates_and_the_imported_mark():
    assert date_group(at(0, 23), TODAY) == "Today"
    assert date_group(at(-1), TODAY) == "Today"  # a clock set back: not in the future
    assert date_group(at(1, 0), TODAY) == "Yesterday"
    assert date_group(at(7), TODAY) == "Previous 7 days"
    assert date_group(at(8), TODAY) == "Previous 30 days"
    assert date_group(at(30), TODAY) == "Previous 30 days"
    month = QLocale().standaloneMonthName
    assert date_group(at(31), TODAY) == f"{month(11)} 2026"
    assert date_group(at(365), TODAY) == f"{month(12)} 2025"

    assert date_text(at(0, 14), TODAY) == QLocale().toString(
        QTime(14, 0), QLocale.FormatType.ShortFormat
    )
    assert date_text(at(3), TODAY) == QLocale().dayName(
        (TODAY - timedelta(days=3)).isoweekday(), QLocale.FormatType.ShortFormat
    )
    assert date_text(at(20), TODAY) == QLocale().toString(QDate(2026, 11, 15), "d MMM")
    assert date_text(at(365), TODAY) == QLocale().toString(QDate(2025, 12, 5), "d MMM yyyy")

    model = ConversationListModel(today=lambda: TODAY)
    model.set_rows(
        [
            ConversationRow(1, "mine", updated_at=at(0)),
            ConversationRow(2, "theirs", updated_at=at(0), imported=True),
        ]
    )
    assert model.index(1, 0).data(Role.Imported) is False
    assert model.index(2, 0).data(Role.Imported) is True
    assert "Imported" in model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, 0).data(Role.Group) == "Today"


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
    # 450 conversations, three a day: the pages' seams fall inside a day's group.
    all_rows = [ConversationRow(i, f"chat {i}", updated_at=at(i // 3)) for i in range(450)]
    asked: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[ConversationRow]:
        asked.append((offset, limit))
        return all_rows[offset : offset + limit]

    model = ConversationListModel(fetch, today=lambda: TODAY)
    model.reload()
    assert model.conversation_count() == ConversationListModel.PAGE
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.conversation_count() == 450 and not model.canFetchMore()
    assert asked == [(0, 200), (200, 200), (400, 200)]
    shown = listed(model)
    assert [t for t in shown if not t.startswith("[")] == [f"chat {i}" for i in range(450)]
    headers = [t for t in shown if t.startswith("[")]
    assert len(headers) == len(set(headers))  # no group is split by a page seam
    assert headers[:4] == ["[Today]", "[Yesterday]", "[Previous 7 days]", "[Previous 30 days]"]
    qtmodeltester.check(model)
