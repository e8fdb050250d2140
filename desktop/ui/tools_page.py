"""The Tools page: the MCP servers, each with its status, its switch and its tools, and imports.

A widget shows and asks; McpService decides, reads and writes (off the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.types import ToolSpec
from desktop.models.locale_format import number
from desktop.services.mcp_service import McpService, ServerStatus
from desktop.tools.mcp_config import ImportResult, McpServerConfig
from desktop.ui import file_dialogs
from desktop.ui.page_text import heading, note

MAX_WIDTH = 820  # pixels: the page's column on a wide window, as Settings and Server


def reading() -> str:
    return QCoreApplication.translate("tools_page", "Reading the list of servers…")


def where(server: McpServerConfig) -> str:
    """The command line a server runs, or its address."""
    return server.url if server.is_http else " ".join([server.command, *server.args])


def tool_lines(specs: list[ToolSpec]) -> str:
    if not specs:
        return QCoreApplication.translate("tools_page", "This server offers no tools.")
    return "\n".join(
        f"{s.name}: {s.description.strip().splitlines()[0]}" if s.description.strip() else s.name
        for s in specs
    )


class ServerRow(QFrame):
    """One server: its name and command (or URL), its status, its switch, its tools."""

    def __init__(self, service: McpService, server: McpServerConfig) -> None:
        super().__init__()
        self.setObjectName("mcpServerRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.service, self.server = service, server
        self.name = QLabel(server.name)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.where = note(where(server))
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setToolTip(where(server))
        self.status = QLabel()
        self.status.setObjectName("mcpServerStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.switch = QCheckBox(self.tr("On", "an MCP server switched on"))
        self.switch.setObjectName("mcpServerSwitch")
        self.switch.setAccessibleName(self.tr("Use the server {name}").format(name=server.name))
        self.switch.setToolTip(self.tr("Switched off, its tools are offered to no chat"))
        self.switch.setAccessibleDescription(self.switch.toolTip())
        self.switch.toggled.connect(self._switched)
        self.show_tools = QToolButton()
        self.show_tools.setObjectName("mcpShowTools")
        self.show_tools.setText(self.tr("Show tools"))
        self.show_tools.setAccessibleName(
            self.tr("Show the tools of {name}").format(name=server.name)
        )
        self.show_tools.setCheckable(True)
        self.show_tools.setAutoRaise(True)
        self.show_tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.show_tools.setArrowType(self._closed_arrow())
        self.show_tools.toggled.connect(self._expand)
        self.forget = QPushButton()
        self.forget.setObjectName("mcpForgetApprovals")
        self.forget.setToolTip(self.tr("Ask again before each of this server's tools runs"))
        self.forget.setAccessibleDescription(self.forget.toolTip())
        self.forget.clicked.connect(lambda: service.forget_approvals(server.name))
        self.tools = QLabel()
        self.tools.setObjectName("mcpServerTools")
        self.tools.setWordWrap(True)
        self.tools.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tools.setIndent(18)  # on the leading side, in either direction
        self.tools.hide()

        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.switch, 0, 1, Qt.AlignmentFlag.AlignTrailing)
        grid.addWidget(self.where, 1, 0, 1, 2)
        grid.addWidget(self.status, 2, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_tools)
        buttons.addStretch(1)
        buttons.addWidget(self.forget)
        grid.addLayout(buttons, 3, 0, 1, 2)
        grid.addWidget(self.tools, 4, 0, 1, 2)
        self.set_server(server)
        self.show_approvals()

    def set_server(self, server: McpServerConfig) -> None:
        """The server as mcp.json says now (its switch back in the person's hands)."""
        self.server = server
        self.where.setText(where(server))
        self.where.setToolTip(where(server))
        self.switch.blockSignals(True)  # showing the file's state is not a click
        self.switch.setChecked(server.enabled)
        self.switch.blockSignals(False)
        self.switch.setEnabled(True)
        if not server.enabled:
            self.show_tools.setChecked(False)
        self.show_status(self.service.status(server.name))

    def show_status(self, status: ServerStatus) -> None:
        self.status.setText(status.text)
        failed = status.state in ("failed", "blocked")
        self.status.setStyleSheet("color: #c0392b;" if failed else "")  # light and dark
        self.show_tools.setEnabled(status.state not in ("off", "blocked"))
        if failed and self.show_tools.isChecked():
            self.tools.setText(self.tr("No tools could be listed."))  # the status says why

    def show_tool_list(self, specs: list[ToolSpec]) -> None:
        self.tools.setText(tool_lines(specs))

    def show_approvals(self) -> None:
        count = self.service.approvals(self.server.name)
        self.forget.setText(self.tr("Forget “Always allow” ({count})").format(count=number(count)))
        self.forget.setVisible(count > 0)

    def _switched(self, on: bool) -> None:
        self.switch.setEnabled(False)  # until the file says so (serversChanged)
        self.service.set_enabled(self.server.name, on)

    def _closed_arrow(self) -> Qt.ArrowType:
        """The closed arrow points the way text reads (left in Persian and Arabic)."""
        return Qt.ArrowType.LeftArrow if self.isRightToLeft() else Qt.ArrowType.RightArrow

    def _expand(self, shown: bool) -> None:
        arrow = Qt.ArrowType.DownArrow if shown else self._closed_arrow()
        self.show_tools.setArrowType(arrow)
        self.show_tools.setText(self.tr("Hide tools") if shown else self.tr("Show tools"))
        self.tools.setVisible(shown)
        if shown:
            self.tools.setText(self.tr("Starting the server and asking for its tools…"))
            self.service.list_tools(self.server.name)


class ToolsPage(QWidget):
    """Lists McpService's servers; every change goes through the service."""

    def __init__(self, service: McpService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toolsPage")
        self.service = service
        self.rows: dict[str, ServerRow] = {}
        self.setMaximumWidth(MAX_WIDTH)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 24)
        column.setSpacing(10)
        column.addWidget(
            note(
                self.tr(
                    "Tools let the model look things up and act for you through MCP servers "
                    "(the Model Context Protocol), the same servers Claude Desktop, LM Studio "
                    "and Cursor use. Every tool asks you before it runs, and shows what it was "
                    "given and what it gave back."
                )
            )
        )
        column.addWidget(
            note(
                self.tr(
                    "Offline mode blocks servers reached over the network, except those on this "
                    "computer (localhost). Servers Hearth starts as a program run only when a "
                    "chat needs them."
                )
            )
        )

        self.import_button = QToolButton()
        self.import_button.setObjectName("mcpImport")
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setAccessibleName(self.tr("Import MCP servers"))
        self.import_button.setToolTip(self.tr("Add servers from another app's MCP configuration"))
        self.import_button.setAccessibleDescription(self.import_button.toolTip())
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.import_menu = QMenu(self.import_button)
        self.import_button.setMenu(self.import_menu)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("MCP servers")))
        top.addStretch(1)
        top.addWidget(self.import_button)
        column.addSpacing(8)
        column.addLayout(top)

        self.message = QLabel(reading())
        self.message.setObjectName("mcpMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.message)
        self.list = QVBoxLayout()
        self.list.setSpacing(8)
        column.addLayout(self.list)
        self.where = note(
            self.tr("Hearth keeps its servers in {file}.").format(file=service.config_file)
        )
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.where)
        column.addStretch(1)

        service.serversChanged.connect(self.show_servers)
        service.statusChanged.connect(self._status)
        service.toolsListed.connect(self._tools)
        service.sourcesFound.connect(self._sources)
        service.imported.connect(self._imported)
        service.failed.connect(self._failed)
        service.approvalsChanged.connect(self._approvals)
        self._sources(service.sources)
        if service.loaded:
            self.show_servers(service.servers())

    # --- shown --------------------------------------------------------------------------

    def show_servers(self, servers: tuple[McpServerConfig, ...]) -> None:
        """One row per server, in the file's order (a row shown already is updated in
        place, so its tools stay open and the focus stays on its switch)."""
        names = [s.name for s in servers]
        if names != list(self.rows):
            kept = {name: row for name, row in self.rows.items() if name in names}
            for name, row in self.rows.items():
                self.list.removeWidget(row)  # a kept row goes back in its new place
                if name not in kept:
                    row.deleteLater()
            self.rows = {}
            for server in servers:
                row = kept.get(server.name) or ServerRow(self.service, server)
                self.rows[server.name] = row
                self.list.addWidget(row)
        for server in servers:
            self.rows[server.name].set_server(server)
        problems = " ".join(self.service.problems)
        if self.message.text() == reading() or not self.message.text():
            empty = self.tr(
                "No MCP servers yet: import another app's, or add them to the file below."
            )
            self.message.setText(problems or ("" if servers else empty))
        self.message.setVisible(bool(self.message.text()))

    def import_from(self, path: Path) -> None:
        self._say(self.tr("Importing {file}…").format(file=path.name))
        self.service.import_file(path)

    # --- reactions ---------------------------------------------------------------------

    def _say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.setVisible(bool(sentence))

    def _sources(self, sources: list[tuple[str, Path]]) -> None:
        menu = self.import_menu
        menu.clear()
        menu.addAction(self.tr("From a file…"), self._choose_file)
        if sources:
            menu.addSeparator()
        for app, path in sources:
            action = menu.addAction(self.tr("From {app}").format(app=app))
            action.triggered.connect(self._importer(path))
            action.setToolTip(str(path))
            action.setObjectName(f"mcpImportFrom_{app}")
        menu.setToolTipsVisible(True)

    def _importer(self, path: Path) -> Callable[[], None]:
        return lambda: self.import_from(path)

    def _choose_file(self) -> None:
        filters = self.tr("MCP configuration (*.json);;All files (*)")
        chosen = file_dialogs.open_file(
            self, self.tr("Import MCP servers"), str(Path.home()), filters
        )
        if chosen:
            self.import_from(Path(chosen))

    def _imported(self, result: ImportResult) -> None:
        added = ", ".join(f"“{name}”" for name in result.added)
        said = [
            self.tr("Added {servers}.").format(servers=added)
            if added
            else self.tr("No server was added.")
        ]
        self._say(" ".join([*said, *result.problems]))

    def _failed(self, sentence: str) -> None:
        self._say(sentence)
        self.show_servers(self.service.servers())  # the switches as the file says

    def _status(self, name: str, status: ServerStatus) -> None:
        row = self.rows.get(name)
        if row is not None:
            row.show_status(status)

    def _tools(self, name: str, specs: list[ToolSpec]) -> None:
        row = self.rows.get(name)
        if row is not None:
            row.show_tool_list(specs)

    def _approvals(self) -> None:
        for row in self.rows.values():
            row.show_approvals()
