"""The main window's pages: a navigation rail (Chat, Models, Hardware, Settings) and a stack
of pages, each built on its first visit and then kept, so what it shows survives switching."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import icons

CHAT = "chat"
RAIL_WIDTH = 76  # wide enough for "Hardware" under its icon at the default font


@dataclass
class _Entry:
    """One rail entry: a page (built by factory on first visit) or an action (run)."""

    key: str
    label: str
    button: QToolButton
    factory: Callable[[], QWidget] | None = None
    run: Callable[[], object] | None = None
    on_show: Callable[[QWidget], object] | None = None
    frame: PageFrame | None = None


class PageFrame(QWidget):
    """A page under its header: Back to the chat, and the page's title."""

    def __init__(self, title: str, page: QWidget) -> None:
        super().__init__()
        self.page = page
        self.back_button = QToolButton()
        self.back_button.setObjectName("pageBack")
        self.back_button.setText("Back to chat")
        self.back_button.setToolTip("Return to the chat (Esc)")
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.setAutoRaise(True)
        icons.attach(self.back_button, "mdi6.arrow-left")
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        header = QHBoxLayout()
        header.setContentsMargins(6, 6, 12, 0)
        header.setSpacing(12)
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(page, 1)


class PageHost(QWidget):
    """The rail on the window's left edge and the pages beside it. The chat is always the
    first page; others are registered by key with a factory, built on first visit and kept.
    Esc (or a page's Back button) returns to the chat, where the composer gets the focus."""

    pageChanged = Signal(str)  # the key of the page now shown

    def __init__(
        self,
        chat: QWidget,
        focus_chat: Callable[[], object],
        chat_only: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._chat = chat
        self._focus_chat = focus_chat
        # Actions that mean something only on the chat (Esc = Stop): off while away, so
        # Esc on another page is Back, never an ambiguous shortcut.
        self._chat_only = list(chat_only)
        self._held: dict[QAction, bool] = {}
        self._entries: dict[str, _Entry] = {}

        self.rail = QFrame()
        self.rail.setObjectName("navRail")
        self.rail.setFixedWidth(RAIL_WIDTH)
        rail = QVBoxLayout(self.rail)
        rail.setContentsMargins(4, 8, 4, 8)
        rail.setSpacing(4)
        rail.addStretch(1)  # page entries go above it, bottom ones (Settings) below
        self._rail_layout = rail
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(chat)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        layout.addWidget(line)
        layout.addWidget(self.stack, 1)

        self.back_action = QAction("Back to chat", self)
        self.back_action.setObjectName("backToChatAction")
        self.back_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.back_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.back_action.setEnabled(False)  # on the chat, Esc is the chat's own
        self.back_action.triggered.connect(self._escape)
        self.addAction(self.back_action)

        button = self._add_button(CHAT, "Chat", "mdi6.chat-outline", "Your conversations")
        self._entries[CHAT] = _Entry(CHAT, "Chat", button)
        button.setChecked(True)

    @classmethod
    def install(
        cls,
        window: QMainWindow,
        focus_chat: Callable[[], object],
        chat_only: Sequence[QAction] = (),
    ) -> PageHost:
        """Put the window's central widget (the chat) on a PageHost that takes its place."""
        chat = window.takeCentralWidget()  # taken, not deleted, as setCentralWidget would
        if chat is None:
            raise ValueError("the window has no central widget to put on a page")
        host = cls(chat, focus_chat, chat_only)
        window.setCentralWidget(host)
        return host

    # --- registering -----------------------------------------------------------------------

    def register(
        self,
        key: str,
        label: str,
        icon: str,
        factory: Callable[[], QWidget],
        *,
        tooltip: str = "",
        on_show: Callable[[QWidget], object] | None = None,
        bottom: bool = False,
    ) -> QToolButton:
        """A page on the rail: factory builds it on its first visit (nothing is imported or
        built before); on_show runs with the page on every visit."""
        button = self._add_button(key, label, icon, tooltip, bottom)
        self._entries[key] = _Entry(key, label, button, factory=factory, on_show=on_show)
        return button

    def bring_chat_for(self, actions: Sequence[QAction]) -> None:
        """Actions about the chat (New chat, Search, Focus composer) show the chat first
        when used from another page: their shortcuts switch before the action runs, so it
        puts the focus where it means to; from a menu, the chat is shown after it ran."""
        for action in actions:
            action.installEventFilter(self)
            action.triggered.connect(self._chat_action_done)

    def register_action(
        self,
        key: str,
        label: str,
        icon: str,
        run: Callable[[], object],
        *,
        tooltip: str = "",
        bottom: bool = False,
    ) -> QToolButton:
        """A rail entry that runs something (e.g. opens a dialog) instead of showing a page."""
        button = self._add_button(key, label, icon, tooltip, bottom)
        button.setCheckable(False)
        self.group.removeButton(button)
        self._entries[key] = _Entry(key, label, button, run=run)
        return button

    # --- switching -------------------------------------------------------------------------

    def show_page(self, key: str) -> QWidget:
        """Show the page registered as key (built now if this is its first visit); the page."""
        if key == CHAT:
            self.show_chat()
            return self._chat
        entry = self._entries[key]
        if entry.factory is None:
            raise KeyError(f"{key!r} is an action on the rail, not a page")
        if entry.frame is None:
            frame = PageFrame(entry.label, entry.factory())
            frame.back_button.clicked.connect(self.show_chat)
            self.stack.addWidget(frame)
            entry.frame = frame
        self._switch(entry, entry.frame)
        if entry.on_show is not None:
            entry.on_show(entry.frame.page)
        _focus_into(entry.frame.page)
        return entry.frame.page

    def show_chat(self) -> None:
        """Back to the chat, with the focus in the composer."""
        self._switch(self._entries[CHAT], self._chat)
        self._focus_chat()

    def current_key(self) -> str:
        for entry in self._entries.values():
            shown = self._chat if entry.key == CHAT else entry.frame
            if shown is not None and self.stack.currentWidget() is shown:
                return entry.key
        return CHAT

    def page(self, key: str) -> QWidget | None:
        """The page registered as key if it was built already, else None."""
        if key == CHAT:
            return self._chat
        frame = self._entries[key].frame
        return frame.page if frame is not None else None

    def frame(self, key: str) -> PageFrame | None:
        """The page with its header (Back and title), if built."""
        return self._entries[key].frame

    def button(self, key: str) -> QToolButton:
        return self._entries[key].button

    # --- internals -------------------------------------------------------------------------

    def _add_button(
        self, key: str, label: str, icon: str, tooltip: str, bottom: bool = False
    ) -> QToolButton:
        button = QToolButton()
        button.setObjectName(f"rail_{key}")
        button.setText(label)
        button.setToolTip(tooltip or label)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setIconSize(QSize(24, 24))
        button.setFixedWidth(RAIL_WIDTH - 8)
        button.setMinimumHeight(56)
        icons.attach(button, icon)
        self.group.addButton(button)
        button.clicked.connect(lambda: self._clicked(key))
        layout = self._rail_layout
        layout.insertWidget(layout.count() if bottom else self._stretch_index(), button)
        return button

    def _stretch_index(self) -> int:
        layout = self._rail_layout
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item is not None and item.spacerItem() is not None:
                return i
        return layout.count()

    def _clicked(self, key: str) -> None:
        entry = self._entries[key]
        if entry.run is not None:
            entry.run()
        else:
            self.show_page(key)

    def _switch(self, entry: _Entry, widget: QWidget) -> None:
        before = self.current_key()
        on_chat = entry.key == CHAT
        if not on_chat and before == CHAT:
            self._held = {a: a.isEnabled() for a in self._chat_only}
            for action in self._chat_only:
                action.setEnabled(False)
        elif on_chat and before != CHAT:
            for action in self._chat_only:
                action.setEnabled(self._held.get(action, True))
        self.back_action.setEnabled(not on_chat)
        self.stack.setCurrentWidget(widget)
        entry.button.setChecked(True)
        if entry.key != before:
            self.pageChanged.emit(entry.key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut and self.current_key() != CHAT:
            self._switch(self._entries[CHAT], self._chat)  # the action then sets the focus
        return super().eventFilter(watched, event)

    def _chat_action_done(self) -> None:
        if self.current_key() != CHAT:
            self.show_chat()

    def _escape(self) -> None:
        """Esc away from the chat: a search or field with text in it is cleared first (an
        undoable edit); otherwise back to the chat."""
        focus = QApplication.focusWidget()
        if (
            isinstance(focus, QLineEdit)
            and focus.text()
            and not focus.isReadOnly()
            and self.stack.isAncestorOf(focus)
        ):
            focus.clear()
            return
        self.show_chat()


def _focus_into(page: QWidget) -> None:
    """The focus goes where the page says (its focus_page()), else to its first widget that
    takes Tab focus, so the keyboard works on the page at once."""
    focus_page = getattr(page, "focus_page", None)
    if callable(focus_page):
        focus_page()
        return
    widget = page.nextInFocusChain()
    for _ in range(500):  # the chain is a ring through the whole window
        if widget is None or widget is page:
            break
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if page.isAncestorOf(widget) and takes_tab and widget.isVisible() and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget = widget.nextInFocusChain()
    page.setFocus(Qt.FocusReason.OtherFocusReason)
