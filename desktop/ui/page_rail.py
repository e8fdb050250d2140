"""The main window's pages: a navigation rail (Chat, Models, Hardware, Settings) and a stack
of pages, each built on its first visit and then kept, so what it shows survives switching.

The rail is one Tab stop, as a tab list is: Tab lands on the current entry, Up and Down (Home,
End) move along the rail, Enter or Space shows the entry's page. Each entry has a shortcut
(Ctrl+1, Ctrl+2, ...) named in its tooltip. Longer than 400 lines only by that keyboard part."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import icons

CHAT = "chat"
RAIL_WIDTH = 76  # the narrowest rail: "Hardware" under its icon at the default font
RAIL_MAX_EMS = 9  # wider labels wrap onto two lines (at a space) before the rail widens


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
    action: QAction | None = None  # its shortcut (Ctrl+<n>)


class PageFrame(QWidget):
    """A page under its header: Back to the chat, and the page's title."""

    def __init__(self, title: str, page: QWidget) -> None:
        super().__init__()
        self.page = page
        self.back_button = QToolButton()
        self.back_button.setObjectName("pageBack")
        self.back_button.setText(self.tr("Back to chat"))
        self.back_button.setToolTip(self.tr("Return to the chat ({keys})").format(keys=_esc_key()))
        self.back_button.setAccessibleName(self.tr("Back to chat"))
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
        # A page wider than a small window scrolls instead of widening the window past the
        # screen (a page's own lists scroll inside it as before).
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("pageScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(page)
        layout.addWidget(self.scroll_area, 1)


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
        chat_shortcut: str = "Ctrl+1",
    ) -> None:
        super().__init__(parent)
        self._chat = chat
        self._focus_chat = focus_chat
        # Actions that mean something only on the chat (Esc = Stop): off while away, so
        # Esc on another page is Back, never an ambiguous shortcut.
        self._chat_only = list(chat_only)
        self._held: dict[QAction, bool] = {}
        self._entries: dict[str, _Entry] = {}
        self._toggled_to: str | None = None  # a page shown by its button's toggle, not click

        self.rail = QFrame()
        self.rail.setObjectName("navRail")
        self.rail.setAccessibleName(self.tr("Pages"))
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

        self.back_action = QAction(self.tr("Back to chat"), self)
        self.back_action.setObjectName("backToChatAction")
        self.back_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.back_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.back_action.setEnabled(False)  # on the chat, Esc is the chat's own
        self.back_action.triggered.connect(self._escape)
        self.addAction(self.back_action)

        chat_label = self.tr("Chat", "the chat page on the navigation rail")
        button = self._add_button(CHAT, chat_label, "mdi6.chat-outline")
        self._entries[CHAT] = _Entry(CHAT, chat_label, button)
        self._describe(self._entries[CHAT], self.tr("Your conversations"), chat_shortcut, ())
        button.setChecked(True)
        self._set_tab_stop(button)

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
        shortcut: str = "",
        also: Sequence[QAction] = (),
    ) -> QToolButton:
        """A page on the rail: factory builds it on its first visit (nothing is imported or
        built before); on_show runs with the page on every visit. shortcut shows the page;
        the tooltip names it and the shortcuts of also (actions elsewhere, e.g. a menu's,
        that show the page too)."""
        button = self._add_button(key, label, icon, bottom)
        entry = _Entry(key, label, button, factory=factory, on_show=on_show)
        self._entries[key] = entry
        self._describe(entry, tooltip, shortcut, also)
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
        shortcut: str = "",
    ) -> QToolButton:
        """A rail entry that runs something (e.g. opens a dialog) instead of showing a page."""
        button = self._add_button(key, label, icon, bottom)
        button.setCheckable(False)
        self.group.removeButton(button)
        entry = _Entry(key, label, button, run=run)
        self._entries[key] = entry
        self._describe(entry, tooltip, shortcut, ())
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

    def rail_buttons(self) -> list[QToolButton]:
        """The rail's entries, top to bottom."""
        layout = self._rail_layout
        items = [layout.itemAt(i) for i in range(layout.count())]
        return [b for i in items if i is not None and isinstance(b := i.widget(), QToolButton)]

    # --- internals -------------------------------------------------------------------------

    def _add_button(self, key: str, label: str, icon: str, bottom: bool = False) -> QToolButton:
        button = QToolButton()
        button.setObjectName(f"rail_{key}")
        button.setText(label)
        button.setAccessibleName(label)
        button.setCheckable(True)
        # Tab reaches the rail on one entry (see _set_tab_stop); a click never takes the
        # focus from where the page puts it.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.installEventFilter(self)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setIconSize(QSize(24, 24))
        button.setMinimumHeight(56)
        icons.attach(button, icon)
        self.group.addButton(button)
        button.clicked.connect(lambda: self._clicked(key))
        # Checking the entry without a click (a screen reader's Toggle action) shows its page too.
        button.toggled.connect(lambda checked: self._toggled(key, checked))
        layout = self._rail_layout
        layout.insertWidget(layout.count() if bottom else self._stretch_index(), button)
        buttons = self.rail_buttons()
        for before, after in itertools.pairwise(buttons):
            QWidget.setTabOrder(before, after)  # the rail's order, top to bottom
        self._fit_rail(extra={button: label})
        return button

    def _fit_rail(self, extra: dict[QToolButton, str] | None = None) -> None:
        """The rail as wide as its widest label needs in the current font and language:
        a label wider than RAIL_MAX_EMS wraps at its middle space onto two lines, and one
        that cannot wrap still gets its width (cut would be worse than a wide rail)."""
        labels = {e.button: e.label for e in self._entries.values()} | (extra or {})
        metrics = self.rail.fontMetrics()
        cap = max(RAIL_WIDTH - 8, metrics.horizontalAdvance("M") * RAIL_MAX_EMS)
        width = RAIL_WIDTH - 8
        for button, label in labels.items():
            metrics = button.fontMetrics()
            text = label
            if metrics.horizontalAdvance(label) > cap - 12:
                text = _wrapped(label, metrics.horizontalAdvance)
            if button.text() != text:
                button.setText(text)
            width = max(width, button.sizeHint().width())
        for button in labels:
            button.setFixedWidth(width)
        self.rail.setFixedWidth(width + 8)

    def _describe(
        self, entry: _Entry, description: str, shortcut: str, also: Sequence[QAction]
    ) -> None:
        """The entry's shortcut (an action of the host), and its tooltip: the label, the
        keys that show it, then what the page is for."""
        keys: list[QKeySequence] = []
        if shortcut:
            action = QAction(self.tr("Go to {page}").format(page=entry.label), self)
            action.setObjectName(f"goTo_{entry.key}")
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda: self._clicked(entry.key))
            self.addAction(action)
            entry.action = action
            keys.append(action.shortcut())
        keys.extend(k for a in also for k in a.shortcuts() if not k.isEmpty())
        named = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        title = (
            self.tr("{page} ({keys})").format(page=entry.label, keys=named)
            if named
            else entry.label
        )
        entry.button.setToolTip(f"{title}\n{description}" if description else title)
        if description:  # the tooltip's sentence, for a screen reader
            entry.button.setAccessibleDescription(description)

    def _set_tab_stop(self, button: QToolButton) -> None:
        """One rail entry at a time takes Tab focus (a tab list's roving stop): the
        current page's, or the one the arrows last moved to."""
        for other in self.rail_buttons():
            other.setFocusPolicy(
                Qt.FocusPolicy.TabFocus if other is button else Qt.FocusPolicy.NoFocus
            )

    def _rail_key(self, button: QToolButton, event: QKeyEvent) -> bool:
        """Up, Down, Home and End move along the rail (wrapping round), Enter shows the
        entry's page; True when the key was one of these."""
        buttons = [b for b in self.rail_buttons() if b.isVisible() and b.isEnabled()]
        if button not in buttons or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        index = buttons.index(button)
        key = Qt.Key(event.key())
        moves = {
            Qt.Key.Key_Up: index - 1,
            Qt.Key.Key_Down: index + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(buttons) - 1,
        }
        if key in moves:
            target = buttons[moves[key] % len(buttons)]
            self._set_tab_stop(target)
            target.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            button.click()
            return True
        return False

    def _stretch_index(self) -> int:
        layout = self._rail_layout
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item is not None and item.spacerItem() is not None:
                return i
        return layout.count()

    def _toggled(self, key: str, checked: bool) -> None:
        """A click toggles first (then clicked shows the page: skipped once here)."""
        if checked and key in self._entries and self.current_key() != key:
            self._toggled_to = key
            self.show_page(key)

    def _clicked(self, key: str) -> None:
        if self._toggled_to == key:  # this click's toggle showed the page already
            self._toggled_to = None
            return
        entry = self._entries[key]
        if entry.run is not None:
            entry.run()
        else:
            self.show_page(key)

    def _switch(self, entry: _Entry, widget: QWidget) -> None:
        before = self.current_key()
        if self._toggled_to != entry.key:
            self._toggled_to = None
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
        self._set_tab_stop(entry.button)
        if entry.key != before:
            self.pageChanged.emit(entry.key)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rail()  # a bigger font (200% text) needs a wider rail
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QToolButton)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            return self._rail_key(watched, event) or super().eventFilter(watched, event)
        if event.type() == QEvent.Type.Shortcut and self.current_key() != CHAT:
            self._switch(self._entries[CHAT], self._chat)  # the action then sets the focus
        return super().eventFilter(watched, event)

    def _chat_action_done(self) -> None:
        if self.current_key() != CHAT:
            self.show_chat()

    def _escape(self) -> None:
        """Esc away from the chat: a search or field with text in it is cleared first (an
        undoable edit); otherwise back to the chat. A spin box's or combo box's own line
        is never cleared (Esc there is Back, not an empty number)."""
        focus = QApplication.focusWidget()
        if (
            isinstance(focus, QLineEdit)
            and not isinstance(focus.parentWidget(), QAbstractSpinBox | QComboBox)
            and focus.text()
            and not focus.isReadOnly()
            and self.stack.isAncestorOf(focus)
        ):
            focus.clear()
            return
        self.show_chat()


def _wrapped(label: str, advance: Callable[[str], int]) -> str:
    """label on two lines, broken at the space that makes the wider line narrowest (as is
    when it has no space)."""
    words = label.split(" ")
    if len(words) < 2:
        return label
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    first, second = min(splits, key=lambda pair: max(advance(pair[0]), advance(pair[1])))
    return f"{first}\n{second}"


def _esc_key() -> str:
    """Esc as the platform writes it (never translated)."""
    return QKeySequence(Qt.Key.Key_Escape).toString(QKeySequence.SequenceFormat.NativeText)


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
