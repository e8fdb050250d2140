"""The composer's "Tools" button: which MCP servers this conversation uses, and whether the model
must call a tool first. Hidden while no server is switched on in the Tools page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.models import locale_format
from desktop.ui import icons

if TYPE_CHECKING:
    from desktop.services.chat_session import ChatSession
    from desktop.services.mcp_service import McpService
    from desktop.services.tool_turn import McpChatTools

REQUIRED_TEXT = QT_TRANSLATE_NOOP("tools_menu", "Make the model call a tool first")


class ToolsMenuButton(QToolButton):
    """A menu of the servers switched on (checkable: used by this conversation or not) and
    the "call a tool first" switch; it only shows and asks (serverToggled, requiredToggled)."""

    serverToggled = Signal(str, bool)  # server name, on
    requiredToggled = Signal(bool)  # the first round must call a tool

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toolsButton")
        self.setText(self.tr("Tools"))
        self.setAccessibleName(self.tr("Tools for this chat"))
        self.setToolTip(self.tr("Which MCP servers' tools this chat may use"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        icons.attach(self, "mdi6.tools")
        self.menu_ = QMenu(self)
        self.menu_.setAccessibleName(self.tr("Tools for this chat"))
        self.setMenu(self.menu_)
        self.server_actions: dict[str, QAction] = {}
        self.required = QAction(QCoreApplication.translate("tools_menu", REQUIRED_TEXT), self)
        self.required.setCheckable(True)
        self.required.setToolTip(
            self.tr(
                "The first reply to each message calls one of the tools (small models often "
                "call tools only when told to)"
            )
        )
        self.required.toggled.connect(self.requiredToggled)
        self.show_servers((), ())

    def show_servers(self, servers: tuple[str, ...], on: tuple[str, ...]) -> None:
        """The servers switched on (in the file's order) and those this chat uses."""
        self.menu_.clear()
        self.server_actions = {}
        for name in servers:
            action = QAction(name, self.menu_)
            action.setCheckable(True)
            action.setChecked(name in on)
            action.toggled.connect(lambda checked, n=name: self.serverToggled.emit(n, checked))
            self.menu_.addAction(action)
            self.server_actions[name] = action
        self.menu_.addSeparator()
        self.menu_.addAction(self.required)
        used = sum(1 for name in servers if name in on)
        total = len(servers)  # a plain name: lupdate drops a count that is a call
        self.setText(
            self.tr("Tools ({count})").format(count=locale_format.number(used))
            if used
            else self.tr("Tools")
        )
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "ToolsMenuButton",
                "{used} of %n tool server(s) on for this chat",
                None,
                total,
            ).format(used=locale_format.number(used))
            if servers
            else ""
        )
        self.setVisible(bool(servers))


def connect_tools_menu(
    button: ToolsMenuButton, mcp: McpService, chat: ChatSession, tools: McpChatTools
) -> None:
    """Keep the button in step with the servers and the open conversation, and carry its
    choices to McpService (per conversation) and to the sends' tools."""

    def conversation() -> int:
        cid = chat.conversation_id
        return cid if cid is not None else -1  # a new chat: its choice follows it once stored

    def refresh(*_args: object) -> None:
        servers = tuple(s.name for s in mcp.servers() if s.enabled)
        button.show_servers(servers, mcp.servers_for(conversation()))

    def changed(conversation_id: int, _servers: object) -> None:
        if conversation_id == conversation():
            refresh()

    mcp.serversChanged.connect(refresh)
    mcp.conversationServersChanged.connect(changed)
    chat.conversationIdChanged.connect(refresh)
    button.serverToggled.connect(
        lambda name, on: mcp.set_conversation_server(conversation(), name, on)
    )
    button.requiredToggled.connect(
        lambda on: setattr(tools, "tool_choice", "required" if on else "auto")
    )
    chat.tool_turn = tools.turn_for
    refresh()
