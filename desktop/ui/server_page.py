"""The Server page: the API server on or off, where it listens, its key (shown once), what
it does now and a log of the requests it served. Settings go through Preferences.

A little over 400 lines since its texts are translated and its controls named for screen
readers; each part (switch, address, key, status, log) is a few lines of one page."""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.settings import PORT_RANGE, ServerSettings, checked_server
from desktop.models.locale_format import number
from desktop.services.api_service import ApiService, ServerState
from desktop.services.preferences import Preferences
from desktop.ui.page_text import heading, note

MAX_WIDTH = 820  # pixels: the page's column on a wide window, as Settings
PORT_SETTLE_MS = 700  # ms: clicks on the port's arrows this close together restart once


def any_port() -> str:
    return QCoreApplication.translate("server_page", "Any free port")


def address_help() -> str:
    return QCoreApplication.translate(
        "server_page",
        "127.0.0.1: only programs on this computer can connect. Any other address (0.0.0.0 for "
        "every network) lets other computers in, and needs the API key.",
    )


def _label(text: str, buddy: QWidget) -> QLabel:
    """A field's label: its mnemonic (Alt+letter) focuses the field, readers name it."""
    label = QLabel(text)
    label.setBuddy(buddy)
    buddy.setAccessibleName(text.replace("&", ""))
    if buddy.toolTip():
        buddy.setAccessibleDescription(buddy.toolTip())
    return label


def _origins(text: str) -> tuple[str, ...]:
    return tuple(o for o in re.split(r"[\s,]+", text) if o)


class ServerPage(QWidget):
    """The API server's page; every change applies at once (a running server restarts)."""

    def __init__(
        self, preferences: Preferences, service: ApiService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serverPage")
        self.preferences = preferences
        self.service = service
        self.setMaximumWidth(MAX_WIDTH)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 24)
        column.setSpacing(10)

        column.addWidget(
            note(
                self.tr(
                    "Editors, scripts and other apps can use the model loaded in the chat "
                    "through an OpenAI-compatible API. The chat goes first: their requests wait "
                    "while it answers."
                )
            )
        )
        self.switch = QCheckBox(self.tr("Serve the API"))
        self.switch.setObjectName("serverSwitch")
        self.switch.setToolTip(
            self.tr("Start or stop the server (it starts with Hearth while it is on)")
        )
        self.switch.setAccessibleDescription(self.switch.toolTip())
        self.status = QLabel()
        self.status.setObjectName("serverStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_url = QPushButton(self.tr("Copy URL"))
        self.copy_url.setToolTip(self.tr("Copy the base URL clients use (it ends in /v1)"))
        self.copy_url.setAccessibleDescription(self.copy_url.toolTip())
        top = QHBoxLayout()
        top.addWidget(self.switch)
        top.addStretch(1)
        top.addWidget(self.copy_url)
        column.addLayout(top)
        column.addWidget(self.status)
        self.problem = QLabel()
        self.problem.setObjectName("serverProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")  # readable on light and dark
        self.problem.hide()
        column.addWidget(self.problem)

        # Where it listens
        self.host = QLineEdit()
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText("127.0.0.1")
        self.host_note = note(address_help())
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setRange(*PORT_RANGE)
        self.port.setSpecialValueText(any_port())
        self.port.setKeyboardTracking(False)  # one restart per port, not one per digit
        self.origins = QLineEdit()
        self.origins.setObjectName("serverOrigins")
        self.origins.setPlaceholderText(self.tr("None: web pages cannot call the API"))
        self.origins.setToolTip(
            self.tr(
                "Web origins whose pages may call the API from a browser (CORS), separated by "
                "spaces or commas, e.g. {example}"
            ).format(example="http://localhost:3000")
        )
        self.host.setMaximumWidth(360)
        self.port.setMinimumWidth(self.port.sizeHint().width())
        port = QHBoxLayout()
        port.addWidget(self.port)
        port.addStretch(1)
        # A grid, not a form: a form sizes the wrapped note for a narrow width (a gap).
        where = QGridLayout()
        where.setColumnStretch(1, 1)
        where.setVerticalSpacing(6)
        where.addWidget(_label(self.tr("&Address"), self.host), 0, 0)
        where.addWidget(self.host, 0, 1)
        where.addWidget(self.host_note, 1, 1)
        where.addWidget(_label(self.tr("&Port"), self.port), 2, 0)
        where.addLayout(port, 2, 1)
        where.addWidget(_label(self.tr("Web &origins"), self.origins), 3, 0)
        where.addWidget(self.origins, 3, 1)
        self._section(column, self.tr("Where it listens"), where)

        # The key
        self.key_status = note()
        self.key_status.setEnabled(True)
        self.new_key = QPushButton()
        self.new_key.setObjectName("newApiKey")
        self.remove_key = QPushButton(self.tr("Remove key"))
        self.remove_key.setToolTip(self.tr("Let programs on this computer in without a key"))
        self.remove_key.setAccessibleDescription(self.remove_key.toolTip())
        self.key_shown = QLineEdit()
        self.key_shown.setObjectName("apiKeyShown")
        self.key_shown.setReadOnly(True)
        self.key_shown.setAccessibleName(self.tr("The new API key"))
        self.copy_key = QPushButton(self.tr("Copy"))
        self.copy_key.setToolTip(self.tr("Copy the new key"))
        self.copy_key.setAccessibleName(self.tr("Copy the new key"))
        self.key_once = note(self.tr("Copy the key now: Hearth will not show it again."))
        self.key_shown.setAccessibleDescription(self.key_once.text())
        # The new key's row and its note, shown together (no box of their own: a box would
        # size the wrapped note for a narrow width).
        self._key_widgets = (self.key_shown, self.copy_key, self.key_once)
        shown_row = QHBoxLayout()
        shown_row.addWidget(self.key_shown, 1)
        shown_row.addWidget(self.copy_key)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_key)
        buttons.addWidget(self.remove_key)
        buttons.addStretch(1)
        self.keychain_note = note()
        key = QVBoxLayout()
        key.addWidget(self.key_status)
        key.addLayout(buttons)
        key.addLayout(shown_row)
        key.addWidget(self.key_once)
        key.addWidget(self.keychain_note)
        self._section(column, self.tr("API key"), key)

        # Now, and the log
        self.now = QLabel()
        self.now.setObjectName("serverNow")
        self.now.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("serverLog")
        self.table.setModel(service.log)
        self.table.setAccessibleName(self.tr("Requests served"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Request columns"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(180)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        activity = QVBoxLayout()
        activity.addWidget(self.now)
        activity.addWidget(self.table, 1)
        self._section(column, self.tr("Requests"), activity)
        column.addStretch(0)

        self.switch.toggled.connect(self._switched)
        self.host.editingFinished.connect(self._fields_edited)
        # Each arrow click changes the value: a running server restarts once the clicks
        # settle (or the field is left), not once per click.
        self._port_settle = QTimer(self)
        self._port_settle.setSingleShot(True)
        self._port_settle.setInterval(PORT_SETTLE_MS)
        self._port_settle.timeout.connect(self._fields_edited)
        self.port.valueChanged.connect(lambda _v: self._port_settle.start())
        self.port.editingFinished.connect(self._fields_edited)
        self.origins.editingFinished.connect(self._fields_edited)
        self.copy_url.clicked.connect(self._copy_url)
        self.new_key.clicked.connect(self._new_key)
        self.remove_key.clicked.connect(self._remove_key)
        self.copy_key.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.key_shown.text())
        )
        service.stateChanged.connect(self.show_state)
        preferences.serverChanged.connect(lambda _s: self._show_settings())
        self._show_settings()
        self._show_key()
        self.hide_key()
        self.show_state(service.state)

    def _section(self, column: QVBoxLayout, title: str, layout: QGridLayout | QVBoxLayout) -> None:
        column.addSpacing(8)
        column.addWidget(heading(title))
        column.addLayout(layout)

    # --- shown --------------------------------------------------------------------------

    def _show_settings(self) -> None:
        s = self.preferences.server
        for widget in (self.host, self.port, self.origins):
            widget.blockSignals(True)
        try:
            self.host.setText(s.host)
            self.port.setValue(s.port)
            self.origins.setText(" ".join(s.cors_origins))
        finally:
            for widget in (self.host, self.port, self.origins):
                widget.blockSignals(False)
        self._show_host_note()

    def _show_host_note(self) -> None:
        from desktop.core.connections import is_loopback

        host = self.host.text().strip() or "127.0.0.1"
        if is_loopback(host):
            self.host_note.setText(address_help())
        elif self.service.has_key():
            self.host_note.setText(
                self.tr(
                    "Other computers can reach {host}: they need the API key to use the model."
                ).format(host=host)
            )
        else:
            self.host_note.setText(
                self.tr(
                    "Serving on {host} lets other computers in, so it needs an API key: create "
                    "one below first."
                ).format(host=host)
            )

    def _show_key(self) -> None:
        has = self.service.has_key()
        self.new_key.setText(self.tr("New key") if has else self.tr("Create key"))
        self.new_key.setToolTip(
            self.tr("Make a new key: the old one stops working at once")
            if has
            else self.tr("Make a key that every client must send")
        )
        self.new_key.setAccessibleDescription(self.new_key.toolTip())
        self.remove_key.setEnabled(has)
        self.key_status.setText(
            self.tr("A key is set: every client must send it ({header}).").format(
                header="Authorization: Bearer <key>"
            )
            if has
            else self.tr("No key: any program on this computer can use the API.")
        )
        notice = self.service.keys.notice
        self.keychain_note.setText(notice)
        self.keychain_note.setVisible(bool(notice))
        self._show_host_note()

    def show_state(self, state: ServerState) -> None:
        """The switch, the status line, the problem and what runs now, as state says."""
        self.switch.blockSignals(True)
        self.switch.setChecked(state.phase in ("starting", "running"))
        self.switch.blockSignals(False)
        self.status.setText(
            {
                "off": self.tr("Off", "the API server"),
                "starting": self.tr("Starting…"),
                "stopping": self.tr("Stopping…"),
                "running": self.tr("Serving at {url}").format(url=state.url),
            }.get(state.phase, state.phase)
        )
        self.copy_url.setEnabled(state.phase == "running")
        self.problem.setText(state.problem)
        self.problem.setVisible(bool(state.problem))
        self.now.setText(_now_sentence(state))

    # --- changes ---------------------------------------------------------------------------

    def _switched(self, on: bool) -> None:
        self._port_settle.stop()  # a port still settling is taken now, with the switch
        self._save(dataclasses.replace(self._fields(), enabled=on))

    def _fields(self) -> ServerSettings:
        return dataclasses.replace(
            self.preferences.server,
            host=self.host.text().strip() or "127.0.0.1",
            port=self.port.value(),
            cors_origins=_origins(self.origins.text()),
        )

    def _fields_edited(self) -> None:
        self._port_settle.stop()
        self._show_host_note()
        server = self._fields()
        # A running server restarts with the new values; one that is off stays off.
        self._save(server, self.service.state.phase in ("starting", "running"))

    def _save(self, server: ServerSettings, apply: bool = True) -> None:
        """Check, remember and apply (a sentence on the page when a value is refused)."""
        try:
            server = checked_server(server)
        except ValueError as e:
            self.problem.setText(str(e))
            self.problem.show()
            return
        self.preferences.set_server(server)
        if apply:
            self.service.apply(self.preferences.server)

    def _copy_url(self) -> None:
        QGuiApplication.clipboard().setText(self.service.state.url)

    def _new_key(self) -> None:
        key = self.service.new_key()
        self.key_shown.setText(key)
        for widget in self._key_widgets:
            widget.show()
        self._show_key()
        if self.service.state.phase in ("starting", "running"):
            self.service.restart(self.preferences.server)
        self.key_shown.setFocus()
        self.key_shown.selectAll()

    def _remove_key(self) -> None:
        self.service.remove_key()
        self.hide_key()
        self._show_key()
        if self.service.state.phase in ("starting", "running"):
            self.service.restart(self.preferences.server)

    def hide_key(self) -> None:
        """Forget the key on screen (it is shown once, until the page is left)."""
        self.key_shown.clear()
        for widget in self._key_widgets:
            widget.hide()

    def hideEvent(self, event: QHideEvent) -> None:
        self.hide_key()
        if self._port_settle.isActive():  # leaving the page applies a port still settling
            self._fields_edited()
        super().hideEvent(event)


def _now_sentence(state: ServerState) -> str:
    """What the server does now, in whole sentences (each translated on its own)."""
    if state.phase != "running":
        return QCoreApplication.translate("server_page", "The server is off.")
    model = (
        QCoreApplication.translate("server_page", "Serving {model}.").format(model=state.model_id)
        if state.model_id
        else QCoreApplication.translate(
            "server_page", "No model is loaded: requests get an error until the chat loads one."
        )
    )
    if state.window_answering:
        # The request taken from the line waits for the chat's reply too: it is not running.
        waiting = state.waiting + (state.running is not None)
        work = (
            QCoreApplication.translate(
                "server_page",
                "The chat's reply is using the model; %n request(s) waiting.",
                None,
                waiting,
            )
            if waiting
            else QCoreApplication.translate("server_page", "The chat's reply is using the model.")
        )
        return f"{model} {work}"
    n = number(state.waiting)
    if state.running:
        work = (
            QCoreApplication.translate("server_page", "Answering a request; {n} waiting.").format(
                n=n
            )
            if state.waiting
            else QCoreApplication.translate("server_page", "Answering a request.")
        )
    else:
        work = (
            QCoreApplication.translate("server_page", "Idle, {n} waiting.").format(n=n)
            if state.waiting
            else QCoreApplication.translate("server_page", "Idle.")
        )
    if state.window_ahead:
        work += " " + QCoreApplication.translate(
            "server_page", "The chat goes ahead of the waiting requests."
        )
    return f"{model} {work}"
