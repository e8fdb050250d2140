"""The Help menu: About Hearth, Keyboard shortcuts and Open logs folder.

The dialogs are imported when first opened (start-up budget). The llama.cpp build the About
box shows comes from the engine child when it starts (the GUI process never loads llama.cpp).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QActionEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QWidget

from desktop.core import paths
from desktop.ui import icons

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from desktop.ui.about_dialog import AboutDialog, ShortcutsDialog


def window_actions(window: QWidget) -> list[QAction]:
    """Every action of the window: its own, its menus' and toolbars', its children's."""
    seen: dict[int, QAction] = {}
    for action in [*window.actions(), *window.findChildren(QAction)]:
        seen.setdefault(id(action), action)
    return list(seen.values())


class HelpMenu(QObject):
    """Adds the Help menu to window's menu bar, kept last when other menus are added."""

    def __init__(self, window: QMainWindow, engine_started: SignalInstance | None = None) -> None:
        super().__init__(window)
        self.setObjectName("helpMenu")
        self._window = window
        self.engine_info: str | None = None
        self.about_dialog: AboutDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        bar = window.menuBar()
        self.menu = QMenu(self.tr("&Help"), bar)
        self.menu.setObjectName("helpMenu")
        self.shortcuts_action = self._add(
            self.tr("Keyboard shortcuts"), "mdi6.keyboard-outline", self.show_shortcuts
        )
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.logs_action = self._add(
            self.tr("Open logs folder"), "mdi6.folder-text-outline", self.open_logs
        )
        self.logs_action.setToolTip(
            self.tr("Hearth's log files, in {folder}").format(folder=paths.log_dir())
        )
        self.menu.addSeparator()
        self.about_action = self._add(
            self.tr("About Hearth"), "mdi6.information-outline", self.show_about
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        bar.addMenu(self.menu)
        bar.installEventFilter(self)
        if engine_started is not None:
            engine_started.connect(self._engine_started)

    def _add(self, text: str, icon: str, slot: object) -> QAction:
        action = QAction(text, self._window)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        icons.attach(action, icon)
        self.menu.addAction(action)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Help stays the last menu (menus added later go before it, as desktops expect)."""
        if (
            event.type() == QEvent.Type.ActionAdded
            and isinstance(watched, QMenuBar)
            and isinstance(event, QActionEvent)
            and event.action() is not self.menu.menuAction()
        ):
            watched.removeAction(self.menu.menuAction())
            watched.addAction(self.menu.menuAction())
        return False

    @Slot(str)
    def _engine_started(self, system_info: str) -> None:
        self.engine_info = system_info

    @Slot()
    def show_about(self) -> AboutDialog:
        from desktop.ui.about_dialog import AboutDialog

        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self.engine_info, self._window)
        else:  # the engine may have started since
            from desktop.ui.about_dialog import about_html

            self.about_dialog.text.setHtml(about_html(self.engine_info))
        self.about_dialog.show()
        self.about_dialog.raise_()
        return self.about_dialog

    @Slot()
    def show_shortcuts(self) -> ShortcutsDialog:
        """Listed from the window's actions as they are now (never a hand-kept copy)."""
        from desktop.ui.about_dialog import ShortcutsDialog, shortcut_rows

        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.deleteLater()
        rows = shortcut_rows(window_actions(self._window))
        self.shortcuts_dialog = ShortcutsDialog(rows, self._window)
        self.shortcuts_dialog.show()
        return self.shortcuts_dialog

    @Slot()
    def open_logs(self) -> QUrl:
        """The log folder in the file manager (made first, so there is always one to show)."""
        folder = paths.log_dir()
        # When it cannot be made, the file manager says why better than we could.
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        url = QUrl.fromLocalFile(str(folder))
        QDesktopServices.openUrl(url)
        return url
