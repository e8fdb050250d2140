"""The Models page's Connections tab: remote OpenAI-compatible servers, added, tested, removed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.connections import parse_remote_key, remote_key, short_model_id
from desktop.services.connection_jobs import ConnectionJobs, ConnectionModels

KEY_ROLE = Qt.ItemDataRole.UserRole


def listing() -> str:
    return QCoreApplication.translate("connections_page", "Asking the servers for their models…")


def none_yet() -> str:
    return QCoreApplication.translate("connections_page", "No connections yet: add one below.")


class ConnectionsPage(QWidget):
    """Lists the connections and their models (ConnectionJobs.listed); adds, tests and
    removes through ConnectionJobs (all off the GUI thread); says each outcome in sentences."""

    useRequested = Signal(str)  # a remote model's key

    def __init__(self, jobs: ConnectionJobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        intro = QLabel(
            self.tr(
                "Chat with models on another machine or server: llama-server, vLLM, Ollama, "
                "LM Studio, another Hearth, or a hosted service (any server that speaks the "
                "OpenAI API). A connection's models appear in the model picker under its name."
            )
        )
        intro.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setObjectName("connectionsTree")
        self.tree.setHeaderLabels([self.tr("Connection and its models"), self.tr("Address")])
        self.tree.setAccessibleName(self.tr("Connections and their models"))
        self.tree.header().setAccessibleName(self.tr("Connection columns"))
        self.tree.setColumnWidth(0, 320)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.tree.itemActivated.connect(lambda *_: self._use())

        self.use_button = QPushButton(self.tr("Use this model"))
        self.use_button.setToolTip(self.tr("Chat with the chosen model"))
        self.test_button = QPushButton(self.tr("Test"))
        self.test_button.setToolTip(self.tr("List the server's models and time one short reply"))
        self.test_button.setAccessibleName(self.tr("Test the connection"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Forget this connection and its API key"))
        self.remove_button.setAccessibleName(self.tr("Remove the connection"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Ask every server for its models again"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the connections"))
        for button in (
            self.use_button,
            self.test_button,
            self.remove_button,
            self.refresh_button,
        ):
            button.setAccessibleDescription(button.toolTip())
        self.use_button.clicked.connect(self._use)
        self.test_button.clicked.connect(self._test)
        self.remove_button.clicked.connect(self._remove)
        self.refresh_button.clicked.connect(self._refresh)
        actions = QHBoxLayout()
        for button in (self.use_button, self.test_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.refresh_button)

        self.status = QLabel(listing())
        self.status.setObjectName("connectionsStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. {example}").format(example="gpu-box"))
        self.url = QLineEdit()
        self.url.setPlaceholderText(
            self.tr("e.g. {example}").format(example="http://192.168.1.20:8080/v1")
        )
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(
            self.tr("optional: kept in the system keychain, never in a file")
        )
        self.add_button = QPushButton(self.tr("Add connection"))
        self.add_button.clicked.connect(self._add)
        for field in (self.name, self.url, self.key):
            field.textChanged.connect(lambda _text: self._enable())
            field.returnPressed.connect(self._add)
        add_box = QGroupBox(self.tr("Add a connection"))
        form = QFormLayout(add_box)
        for text, field in (
            (self.tr("Name"), self.name),
            (self.tr("Address"), self.url),
            (self.tr("API key"), self.key),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text)
            form.addRow(label, field)
        self.key.setAccessibleDescription(self.key.placeholderText())
        form.addRow("", self.add_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(add_box)

        jobs.listed.connect(self.show_models)
        jobs.tested.connect(self._tested)
        jobs.failed.connect(self._say)
        jobs.notice.connect(self._say)
        jobs.changed.connect(lambda _connections: self._say(listing()))
        if jobs.models or not jobs.pending:
            self.show_models(jobs.models)
        self._enable()

    # --- public ------------------------------------------------------------------------

    def show_models(self, connections: list[ConnectionModels]) -> None:
        """The connections and their models (or why there are none), as last listed."""
        chosen = self._chosen_key()
        self.tree.clear()
        for connection in connections:
            top = QTreeWidgetItem([connection.name, connection.base_url])
            top.setData(0, KEY_ROLE, "")
            top.setToolTip(1, connection.base_url)
            self.tree.addTopLevelItem(top)
            for model_id in connection.model_ids:
                child = QTreeWidgetItem([short_model_id(model_id), ""])
                child.setToolTip(0, model_id)
                child.setData(0, KEY_ROLE, remote_key(connection.name, model_id))
                top.addChild(child)
            if connection.problem:
                why = QTreeWidgetItem([connection.problem, ""])  # the whole row: see below
                why.setToolTip(0, connection.problem)
                why.setDisabled(True)
                why.setData(0, KEY_ROLE, "")
                top.addChild(why)
                why.setFirstColumnSpanned(True)
            top.setExpanded(True)
        if chosen:
            self._select(chosen)
        if self.status.text() == listing():
            self._say("" if connections else none_yet())
        self._enable()

    # --- reactions ---------------------------------------------------------------------

    def _chosen_key(self) -> str:
        item = self.tree.currentItem()
        if item is None:
            return ""
        key = item.data(0, KEY_ROLE)
        parent = item.parent()
        if not key and parent is None:
            return f"connection:{item.text(0)}"
        return str(key or "")

    def _chosen_connection(self) -> str:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.text(0) if item is not None else ""

    def _select(self, chosen: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            items = [top, *(top.child(j) for j in range(top.childCount()))]
            for item in items:
                if item is not None and chosen in (
                    item.data(0, KEY_ROLE),
                    f"connection:{item.text(0)}" if item is top else None,
                ):
                    self.tree.setCurrentItem(item)
                    return

    def _enable(self) -> None:
        key = self._chosen_key()
        self.use_button.setEnabled(parse_remote_key(key) is not None)
        has = bool(self._chosen_connection())
        self.test_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.add_button.setEnabled(bool(self.name.text().strip() and self.url.text().strip()))

    def _say(self, sentence: str) -> None:
        self.status.setText(sentence)

    def _use(self) -> None:
        key = self._chosen_key()
        if parse_remote_key(key) is not None:
            self.useRequested.emit(key)

    def _test(self) -> None:
        name = self._chosen_connection()
        if name:
            self._say(
                self.tr("Testing “{name}”: listing its models and timing one short reply…").format(
                    name=name
                )
            )
            self.test_button.setEnabled(False)
            self.jobs.test(name)

    def _tested(self, name: str, sentences: list[str]) -> None:
        self._say(" ".join(sentences))
        self._enable()

    def _remove(self) -> None:
        name = self._chosen_connection()
        if name:
            self._say(self.tr("Removing “{name}”…").format(name=name))
            self.jobs.remove(name)

    def _refresh(self) -> None:
        self._say(listing())
        self.jobs.refresh()

    def _add(self) -> None:
        name, url, key = self.name.text().strip(), self.url.text().strip(), self.key.text()
        if not (name and url):
            return
        self._say(self.tr("Adding “{name}”…").format(name=name))
        self.jobs.add(name, url, key.strip() or None)
        self.key.clear()  # the key is in the keychain now, not on screen
        self.name.clear()
        self.url.clear()
