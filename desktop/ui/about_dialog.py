"""The About box and the keyboard shortcuts list, both opened from the Help menu."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
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
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.ui import metrics

NOT_STARTED = QT_TRANSLATE_NOOP(
    "about_dialog", "The engine has not started yet: load a model to see how llama.cpp was built."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("about_dialog", text)


def _table(rows: Iterable[Sequence[str]], header: Sequence[str]) -> str:
    # No align: a header cell starts where the text does (the right in a right-to-left UI).
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
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
    build = (
        html.escape(engine_info.strip())
        if engine_info
        else html.escape(QCoreApplication.translate("about_dialog", NOT_STARTED))
    )
    version = _tr("Version")
    parts = [
        "<h2>Hearth</h2>",
        "<p>"
        + html.escape(
            _tr(
                "A local and private chat with language models. Your conversations stay on "
                "this computer."
            )
        )
        + "</p>",
        "<h3>" + html.escape(_tr("Versions")) + "</h3>",
        _table(versions, ("", version)),
        "<h3>" + html.escape(_tr("llama.cpp build")) + "</h3>",
        # The engine's build line is code: it stays left to right in any language.
        f"<p dir='ltr'><code>{build}</code></p>",
        "<h3>" + html.escape(_tr("Starter model")) + "</h3>",
        "<p>"
        + _tr("{model} ({name} {version}), licence: <b>{licence}</b>").format(
            model="SmolLM2 135M Instruct",
            name=html.escape(starter.name),
            version=html.escape(starter.version),
            licence=html.escape(starter.licence),
        )
        + "</p>",
        "<h3>" + html.escape(_tr("Libraries")) + "</h3>",
        _table(
            [(c.name, c.version, c.licence) for c in about.libraries()],
            (_tr("Library"), version, _tr("Licence")),
        ),
        "<p>"
        + _tr("Hearth itself is released under the {licence} licence.").format(
            licence=html.escape(about.component(about.DISTRIBUTION).licence)
        )
        + "</p>",
    ]
    return "".join(parts)


class AboutDialog(QDialog):
    """Hearth's version, what it runs on, how the engine was built and every licence."""

    def __init__(self, engine_info: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Hearth"))
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(True)
        self.text.setAccessibleName(self.tr("About Hearth"))
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
        return QCoreApplication.translate("about_dialog", " (in the focused list)")
    return QCoreApplication.translate("about_dialog", " (in the focused field)")


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
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (label, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(keys)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, item)
        self.table.resizeColumnToContents(0)
        note = QLabel(
            self.tr("Shortcuts work anywhere in the main window unless they say where."), self
        )
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
