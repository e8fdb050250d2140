"""DownloadsPage: one row per download with its progress and Pause/Resume/Cancel buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.models.download_list import DownloadListModel, Role
from desktop.services.download_queue import DownloadItem, DownloadManager
from desktop.ui import icons

_Index = QModelIndex | QPersistentModelIndex

EMPTY_TEXT = QT_TRANSLATE_NOOP(  # the English source; the page shows it translated
    "DownloadsPage", "No downloads yet. Models you download from Discover show up here."
)


class DownloadRow(QFrame):
    """One download: name, state, progress bar, sizes, speed, time left, the sentence and
    the buttons that fit its state."""

    def __init__(self, manager: DownloadManager, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._manager = manager
        self.setObjectName("downloadRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.name = QLabel()
        self.name.setObjectName("downloadName")
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.state = QLabel()
        self.state.setObjectName("downloadState")
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(True)
        self.sizes = QLabel()
        self.speed = QLabel()
        self.eta = QLabel()
        self.sentence = QLabel()
        self.sentence.setObjectName("downloadSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pause_button = QPushButton(self.tr("Pause"))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.pause_button.clicked.connect(lambda: self._manager.pause(self.key))
        self.resume_button.clicked.connect(lambda: self._manager.resume(self.key))
        self.cancel_button.clicked.connect(lambda: self._manager.cancel(self.key))
        icons.attach(self.pause_button, "mdi6.pause")
        icons.attach(self.resume_button, "mdi6.play")
        icons.attach(self.cancel_button, "mdi6.close-circle-outline")

        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.state)
        figures = QHBoxLayout()
        figures.addWidget(self.sizes)
        figures.addStretch(1)
        figures.addWidget(self.speed)
        figures.addWidget(self.eta)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.cancel_button)
        grid = QGridLayout(self)
        grid.addLayout(top, 0, 0)
        grid.addWidget(self.bar, 1, 0)
        grid.addLayout(figures, 2, 0)
        grid.addWidget(self.sentence, 3, 0)
        grid.addLayout(buttons, 4, 0)

    def update_from(self, index: _Index) -> None:
        item: DownloadItem = index.data(Role.Item)
        self.name.setText(item.name)
        # Every row has the same buttons: their names say which download they act on.
        self.bar.setAccessibleName(self.tr("Progress of {name}").format(name=item.name))
        self.pause_button.setAccessibleName(self.tr("Pause {name}").format(name=item.name))
        self.name.setToolTip(index.data(Qt.ItemDataRole.ToolTipRole))
        self.state.setText(index.data(Role.StateLabel))
        self.state.setProperty("state", item.state)  # for style sheets
        percent: int = index.data(Role.Percent)
        if percent < 0 and item.state == "running":
            self.bar.setRange(0, 0)  # size not known yet: a busy bar
        else:
            self.bar.setRange(0, 100)
            self.bar.setValue(max(percent, 0))
        # %p is Qt's percentage, in the window's digits.
        self.bar.setFormat(self.tr("Stalled") if item.state == "stalled" else self.tr("%p%"))
        self.sizes.setText(index.data(Role.Sizes))
        self.speed.setText(index.data(Role.Speed))
        self.eta.setText(index.data(Role.Eta))
        sentence: str = index.data(Role.Sentence)
        self.sentence.setText(sentence)
        self.sentence.setVisible(bool(sentence))

        active = item.state in ("queued", "running", "stalled")
        self.pause_button.setVisible(active)
        self.resume_button.setVisible(item.state in ("paused", "failed"))
        failed = item.state == "failed"
        self.resume_button.setText(self.tr("Retry") if failed else self.tr("Resume"))
        self.resume_button.setAccessibleName(
            (self.tr("Retry {name}") if failed else self.tr("Resume {name}")).format(name=item.name)
        )
        done = item.state == "done"
        self.cancel_button.setText(self.tr("Clear") if done else self.tr("Cancel"))
        self.cancel_button.setAccessibleName(
            (self.tr("Clear {name}") if done else self.tr("Cancel {name}")).format(name=item.name)
        )
        self.cancel_button.setToolTip(
            self.tr("Remove from this list (the model stays installed)")
            if done
            else self.tr("Stop and delete what has been downloaded")
        )
        self.cancel_button.setAccessibleDescription(self.cancel_button.toolTip())


class DownloadsPage(QWidget):
    """The download queue; shows an empty state when there is nothing to show."""

    def __init__(self, manager: DownloadManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("downloadsPage")
        self.manager = manager
        self.model = DownloadListModel(manager)
        self.model.setParent(self)
        self._rows: list[DownloadRow] = []

        self.empty = QLabel(QCoreApplication.translate("DownloadsPage", EMPTY_TEXT))
        self.empty.setObjectName("downloadsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._list)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.model.rowsInserted.connect(self._on_inserted)
        self.model.rowsRemoved.connect(self._on_removed)
        self.model.dataChanged.connect(self._on_changed)
        self.model.modelReset.connect(self._rebuild)
        self._rebuild()

    def rows(self) -> list[DownloadRow]:
        return list(self._rows)

    def row(self, key: str) -> DownloadRow:
        for r in self._rows:
            if r.key == key:
                return r
        raise KeyError(key)

    @Slot()
    def _rebuild(self) -> None:
        for r in self._rows:
            r.setParent(None)
            r.deleteLater()
        self._rows = []
        if self.model.rowCount():
            self._on_inserted(QModelIndex(), 0, self.model.rowCount() - 1)
        self._update_empty()

    @Slot(QModelIndex, int, int)
    def _on_inserted(self, parent: _Index, first: int, last: int) -> None:
        for i in range(first, last + 1):
            index = self.model.index(i)
            r = DownloadRow(self.manager, index.data(Role.Key), self._list)
            r.update_from(index)
            self._rows.insert(i, r)
            self._list_layout.insertWidget(i, r)
        self._update_empty()

    @Slot(QModelIndex, int, int)
    def _on_removed(self, parent: _Index, first: int, last: int) -> None:
        for _ in range(first, last + 1):
            r = self._rows.pop(first)
            self._list_layout.removeWidget(r)
            r.hide()
            r.deleteLater()  # later: its own Cancel click may be what removed it
        self._update_empty()

    @Slot(QModelIndex, QModelIndex)
    def _on_changed(self, top: _Index, bottom: _Index) -> None:
        for i in range(top.row(), bottom.row() + 1):
            if 0 <= i < len(self._rows):
                self._rows[i].update_from(self.model.index(i))

    def _update_empty(self) -> None:
        self.stack.setCurrentIndex(0 if not self._rows else 1)
