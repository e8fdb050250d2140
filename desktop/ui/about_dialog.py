"""The About box and the keyboard shortcuts list, both opened from the Help menu."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core import about
from desktop.ui import metrics

NOT_STARTED = "The engine has not started yet: load a model to see how llama.cpp was built."


def _table(rows: Iterable[Sequence[str]], header: Sequence[str]) -> str:
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"


def about_html(engine_info: str | None) -> str:
    """What the About box says: versions, the engine's build, the licences."""
    llama = about.component("llama-cpp-python")
    versions = [
        ("Hearth", about.app_version()),
        *about.runtime(),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("llama-cpp-python", llama.version),
    ]
    starter = about.starter()
    build = html.escape(engine_info.strip()) if engine_info else html.escape(NOT_STARTED)
    parts = [
        "<h2>Hearth</h2>",
        "<p>A local and private chat with language models. Your conversations stay on this "
        "computer.</p>",
        "<h3>Versions</h3>",
        _table(versions, ("", "Version")),
        "<h3>llama.cpp build</h3>",
        f"<p><code>{build}</code></p>",
        "<h3>Starter model</h3>",
        f"<p>SmolLM2 135M Instruct ({html.escape(starter.name)} {html.escape(starter.version)}), "
        f"licence: <b>{html.escape(starter.licence)}</b></p>",
        "<h3>Libraries</h3>",
        _table(
            [(c.name, c.version, c.licence) for c in about.libraries()],
            ("Library", "Version", "Licence"),
        ),
        f"<p>Hearth itself is released under the "
        f"{html.escape(about.component(about.DISTRIBUTION).licence)} licence.</p>",
    ]
    return "".join(parts)


class AboutDialog(QDialog):
    """Hearth's version, what it runs on, how the engine was built and every licence."""

    def __init__(self, engine_info: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle("About Hearth")
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(about_html(engine_info))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*[metrics.SPACE_L] * 4)
        layout.setSpacing(metrics.SPACE_M)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 560)


def clean_label(text: str) -> str:
    """An action's text as a person reads it: no mnemonic '&', no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ").strip()


def where_it_works(action: QAction) -> str:
    """Where a shortcut that is not the window's works ('' for the window's own)."""
    scoped = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if action.shortcutContext() not in scoped:
        return ""
    widgets = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
    if widgets and isinstance(widgets[0], QAbstractItemView):
        return " (in the focused list)"
    return " (in the focused field)"


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(what it does, keys) for every action with a shortcut, each listed once, sorted."""
    rows: dict[tuple[str, str], None] = {}
    for action in actions:
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or not action.text():
            continue
        text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows[(clean_label(action.text()) + where_it_works(action), text)] = None
    return sorted(rows, key=lambda row: row[0].lower())


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window, read from its actions (never a copy of them)."""

    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard shortcuts")
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels(["Action", "Keys"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (label, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(keys)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, item)
        self.table.resizeColumnToContents(0)
        note = QLabel("Shortcuts work anywhere in the main window unless they say where.", self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*[metrics.SPACE_L] * 4)
        layout.setSpacing(metrics.SPACE_M)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(440, 420)

    def rows(self) -> list[tuple[str, str]]:
        """What the table lists, top to bottom."""

        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]
