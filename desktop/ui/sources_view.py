"""Under a reply, "Sources": one line per passage it drew on (file — place); clicking one
opens the passage in a small dialog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.documents.types import Source
from desktop.core.translatable import QT_TRANSLATE_NOOP

HEADING = QT_TRANSLATE_NOOP("SourcesView", "Sources")  # shown translated


def source_line(source: Source) -> str:
    """ "manual.pdf — page 3" (the name alone when the place is not known)."""
    if not source.locator:
        return source.name
    return QCoreApplication.translate("sources_view", "{name} — {place}").format(
        name=source.name, place=source.locator
    )


def line_count(sources: Sequence[Source]) -> int:
    """How many lines the view takes (heading and one per source; 0 when there are none),
    so the transcript can reserve the room before it is shown."""
    return 1 + len(sources) if sources else 0


class PassageDialog(QDialog):
    """The passage a source quotes, read only, with where it came from."""

    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passageDialog")
        self.setWindowTitle(source_line(source))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        where = source.path or source.name
        self.where = QLabel(where, self)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("passageText")
        self.text.setReadOnly(True)
        self.text.setPlainText(source.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.where)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)


class SourcesView(QWidget):
    """The Sources heading and a flat button per source; a click opens its passage
    (sourceOpened says which, then the dialog shows)."""

    sourceOpened = Signal(object)  # Source

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesView")
        self.sources: tuple[Source, ...] = ()
        self.buttons: list[QPushButton] = []
        self.dialog: PassageDialog | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.heading = QLabel(QCoreApplication.translate("SourcesView", HEADING), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self._layout.addWidget(self.heading)
        self.hide()

    def set_sources(self, sources: Sequence[Source]) -> None:
        """Show these sources (cheap when they are the ones shown)."""
        sources = tuple(sources)
        if sources == self.sources:
            return
        self.sources = sources
        for button in self.buttons:
            button.hide()
            button.deleteLater()
        self.buttons = []
        for source in sources:
            button = QPushButton(source_line(source), self)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            # The theme's link colour: it reads as something to click, in light and dark.
            # A style sheet's text-align is not mirrored: the leading side by hand.
            side = "right" if self.isRightToLeft() else "left"
            button.setStyleSheet(f"text-align: {side}; padding: 0 2px; color: palette(link);")
            button.setToolTip(self.tr("Open the passage"))
            button.setAccessibleName(
                self.tr("Source {source}: open the passage").format(source=source_line(source))
            )
            button.clicked.connect(lambda _=False, s=source: self.open_passage(s))
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.setVisible(bool(sources))

    def open_passage(self, source: Source) -> PassageDialog:
        """Show the passage (one dialog at a time: the previous one closes)."""
        if self.dialog is not None:
            self.dialog.close()
        dialog = PassageDialog(source, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        self.dialog = dialog
        self.sourceOpened.emit(source)
        dialog.show()
        return dialog

    def _closed(self, dialog: PassageDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
