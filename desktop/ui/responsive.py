"""The window at any size: below a width the parameters become a drawer and the conversations
fold away; the window is never placed bigger than its screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import icons

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

DRAWER_BELOW = 900  # window width under which the parameters leave the splitter
SIDEBAR_HIDDEN_BELOW = 640  # and under which the conversations fold away
DRAWER_WIDTH = 360
CHAT_LEFT_VISIBLE = 48  # of the chat beside an open drawer: where the person was stays in view
PICKER_WIDE, PICKER_NARROW, PICKER_NARROW_MAX = 320, 120, 220  # the model picker's widths
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
SIDEBAR_NARROW_SHARE = 0.42  # of the window, for conversations shown on a narrow window
SIDEBAR_KEYS, PARAMS_KEYS = "Ctrl+B", "Ctrl+Shift+P"  # free in main_window, page_rail, help_menu
METER_NARROW = "%v / %m"  # the status bar's context meter (narrow; meter_wide() when wide)
METER_SAMPLE = "000000 / 000000"  # the widest count it shows (a 6-digit context)


def fit_rect(rect: QRect, room: QRect) -> QRect:
    """rect made to fit inside room: shrunk to room's size at most, then moved inside it."""
    width, height = min(rect.width(), room.width()), min(rect.height(), room.height())
    x = min(max(rect.x(), room.x()), room.x() + room.width() - width)
    y = min(max(rect.y(), room.y()), room.y() + room.height() - height)
    return QRect(x, y, width, height)


def fit_to_screen(window: QWidget) -> None:
    """Place window (its frame included) inside the available area of its screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    if extra_h == 0:
        # Not decorated yet (the window manager adds its title bar once the window maps):
        # room is kept for a usual one, or the status bar would end below the screen.
        style = window.style()
        extra_w = 2 * style.pixelMetric(QStyle.PixelMetric.PM_MdiSubWindowFrameWidth)
        extra_h = style.pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight) + extra_w
        frame = frame.adjusted(0, 0, extra_w, extra_h)
    fitted = fit_rect(frame, room)
    if fitted == frame:
        return
    window.resize(fitted.width() - extra_w, fitted.height() - extra_h)
    window.move(fitted.topLeft())


class ElidedLabel(QLabel):
    """A one-line label that, short of room, shows its text cut with an ellipsis at the end
    rather than pushing its neighbours away; text() keeps the whole text."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.fontMetrics().horizontalAdvance("Mmm…")
        return QSize(min(hint.width(), least), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            rect,
            # Mirrored in a right-to-left layout, as QLabel's own painting is.
            int(QStyle.visualAlignment(self.layoutDirection(), self.alignment())),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )


def meter_wide() -> str:
    """The context meter's wide format (%v: tokens used, %m: the context's size)."""
    return QCoreApplication.translate("responsive", "context %v / %m")


def fit_meter(meter: QProgressBar, narrow: bool) -> None:
    """The context meter on one line: the shorter "63 / 4096" when narrow (the word is in
    its tooltip), and never narrower than its text (the style would wrap it)."""
    wide = meter_wide()
    meter.setFormat(METER_NARROW if narrow else wide)
    sample = METER_SAMPLE if narrow else wide.replace("%v", "000000").replace("%m", "000000")
    meter.setMinimumWidth(meter.fontMetrics().horizontalAdvance(sample) + 16)


def with_keys(tip: str, keys: str) -> str:
    """A tooltip naming the shortcut as this platform writes it (Cmd on macOS)."""
    return f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"


class Drawer(QFrame):
    """A side sheet over the right of the window holding one widget; Esc, its Close button
    or the button that opened it closes it."""

    closed = Signal()

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("drawer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)  # the chat under it does not show through
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.close_button = QToolButton()
        self.close_button.setObjectName("drawerClose")
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close {title}").format(title=title))
        self.close_button.setToolTip(self.tr("Close ({key})").format(key="Esc"))
        self.close_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        icons.attach(self.close_button, "mdi6.close")
        self.close_button.clicked.connect(self.close_drawer)
        top = QHBoxLayout()
        top.setContentsMargins(10, 6, 6, 0)
        top.addWidget(heading, 1)
        top.addWidget(self.close_button)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(1, 1, 1, 1)
        self._column.setSpacing(0)
        self._column.addLayout(top)
        self.hide()

    def hold(self, widget: QWidget) -> None:
        self._column.addWidget(widget, 1)
        widget.show()

    def open_drawer(self) -> None:
        self.show()
        self.raise_()
        self.focus_first()

    def focus_first(self) -> None:
        """The keyboard follows the eye: the first field inside takes the focus."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            return
        field = self.nextInFocusChain()
        while field is not None and field is not self and not self._takes_focus(field):
            field = field.nextInFocusChain()
        target = field if field is not None and field is not self else self.close_button
        target.setFocus(Qt.FocusReason.PopupFocusReason)

    def _takes_focus(self, widget: QWidget) -> bool:
        return (
            self.isAncestorOf(widget)
            and widget is not self.close_button
            and widget.isVisible()
            and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        )

    def close_drawer(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def event(self, event: QEvent) -> bool:
        # Esc inside the drawer closes it, before the window's Esc shortcut (Stop) sees it.
        if event.type() == QEvent.Type.ShortcutOverride and _is_escape(event):
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and _is_escape(event):
            self.close_drawer()
            return True
        return super().event(event)


def _is_escape(event: QEvent) -> bool:
    return (
        isinstance(event, QKeyEvent)
        and event.key() == Qt.Key.Key_Escape
        and event.modifiers() == Qt.KeyboardModifier.NoModifier
    )


class Responsive(QObject):
    """Watches the window's width and moves the parameters between the splitter and a
    drawer, folds the conversations away when very narrow, and keeps the window on screen.

    The toolbar's Parameters button (window.toggle_params) shows or hides the panel in the
    splitter when wide and opens or closes the drawer when narrow; `sidebar_action` does the
    same for the conversations."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.drawer = Drawer(self.tr("Parameters"), window)
        self.narrow = False
        self.tiny = False
        self._params_wanted = window.toggle_params.isChecked()  # the choice when wide
        self._params_width = 300
        self._placed = False
        self.sidebar_action = QAction(self.tr("Conversations"), window)
        self.sidebar_action.setObjectName("sidebarAction")
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(True)
        self.sidebar_action.setShortcut(QKeySequence(SIDEBAR_KEYS))
        self.sidebar_action.setToolTip(
            with_keys(self.tr("Show or hide the conversations"), SIDEBAR_KEYS)
        )
        toggle = window.toggle_params
        if toggle.shortcut().isEmpty():
            toggle.setShortcut(QKeySequence(PARAMS_KEYS))
        keys = toggle.shortcut().toString()
        toggle.setToolTip(with_keys(self.tr("Show or hide the parameters"), keys))
        for action in (self.sidebar_action, toggle):
            # On the window too, so the keys work wherever the focus is in it.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
        icons.attach(self.sidebar_action, "mdi6.forum-outline")
        self.sidebar_action.toggled.connect(self._show_sidebar)
        bar = window.findChild(QToolBar, "modelBar")
        if bar is not None:
            actions = bar.actions()
            if actions:
                bar.insertAction(actions[0], self.sidebar_action)
            else:
                bar.addAction(self.sidebar_action)
        for item in window.menuBar().actions():  # beside Parameters in the View menu
            menu = item.menu()
            if isinstance(menu, QMenu) and window.toggle_params in menu.actions():
                menu.insertAction(window.toggle_params, self.sidebar_action)
        window.toggle_params.toggled.connect(self._params_toggled)
        # The splitter's minimum (its panels' side by side) would stop a jump from wide to
        # small (a maximized window restored) short of the size asked: the window takes it,
        # and the panels then rearrange for it.
        window.splitter.setMinimumWidth(1)
        self.drawer.closed.connect(lambda: window.toggle_params.setChecked(False))
        window.installEventFilter(self)
        window.splitter.installEventFilter(self)  # another page shown: the drawer closes
        self.drawer.installEventFilter(self)  # the panel asks for more room: see eventFilter
        self._fit_status_bar(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window.splitter and event.type() == QEvent.Type.Hide:
            self.drawer.close_drawer()
        if (
            watched is self.drawer
            and event.type() == QEvent.Type.LayoutRequest
            and self.drawer.isVisible()
        ):
            self._place_drawer()  # a wider panel (a larger font, a longer preset) widens it
        if watched is self.window:
            kind = event.type()
            if kind == QEvent.Type.Show and not self._placed:
                self._placed = True
                fit_to_screen(self.window)
            elif kind == QEvent.Type.Resize:
                self.apply(self.window.width())
        return False

    def apply(self, width: int) -> None:
        """Lay the window out for width (called on every resize)."""
        narrow = width < DRAWER_BELOW
        if narrow != self.narrow:
            self._to_drawer() if narrow else self._to_splitter()
            self._fit_toolbar(narrow)
            self._fit_status_bar(narrow)
        tiny = width < SIDEBAR_HIDDEN_BELOW
        if tiny != self.tiny:
            self.tiny = tiny
            self.sidebar_action.setChecked(not tiny)
        if self.drawer.isVisible():
            self._place_drawer()

    def restored(self) -> None:
        """After a saved splitter state was applied: a state saved while the window was
        narrow (the parameters in the drawer, the conversations folded) leaves a panel shown
        here no width; it gets its share back."""
        w = self.window
        sizes = w.splitter.sizes()
        least = {w.splitter.indexOf(w.sidebar): 180, w.splitter.indexOf(w.params): 240}
        center = 1  # the chat's column, between the two panels
        for index, width in least.items():
            widget = w.splitter.widget(index) if index >= 0 else None
            if widget is not None and not widget.isHidden() and sizes[index] < width:
                sizes[center] = max(sizes[center] - (width - sizes[index]), 0)
                sizes[index] = width
        w.splitter.setSizes(sizes)

    def _fit_toolbar(self, narrow: bool) -> None:
        """A narrow toolbar shows icons only (names in the tooltips) and a narrower model
        picker, so Parameters stays on it rather than behind the overflow arrow."""
        w = self.window
        bar = w.findChild(QToolBar, "modelBar")
        if bar is not None:
            style = Qt.ToolButtonStyle
            bar.setToolButtonStyle(
                style.ToolButtonIconOnly if narrow else style.ToolButtonTextBesideIcon
            )
        w.model_picker.setMinimumWidth(PICKER_NARROW if narrow else PICKER_WIDE)
        w.model_picker.setMaximumWidth(PICKER_NARROW_MAX if narrow else QWIDGETSIZE_MAX)

    def focus_chat(self) -> None:
        """Where the keyboard goes on coming back to the chat (a page's Back, a chat action
        used from another page): into the parameters drawer when it is open over the chat
        (View > Parameters opened it), else the composer."""
        if self.drawer.isVisible():
            self.drawer.focus_first()
        else:
            self.window.composer.focus()

    def _fit_status_bar(self, narrow: bool) -> None:
        """A narrow status bar stays one line: the model's name elides (an ElidedLabel), the
        speed hides (each reply's stats line says it too), the context meter shortens."""
        w = self.window
        w.speed_label.setVisible(not narrow)
        fit_meter(w.context_meter, narrow)

    def _to_drawer(self) -> None:
        w = self.window
        self.narrow = True
        index = w.splitter.indexOf(w.params)
        if index >= 0 and w.params.isVisible():
            self._params_width = max(w.splitter.sizes()[index], 200)
        self.drawer.hold(w.params)  # takes it out of the splitter
        self._set_toggle(False)

    def _to_splitter(self) -> None:
        w = self.window
        self.narrow = False
        self.drawer.hide()
        sizes = w.splitter.sizes()
        w.splitter.insertWidget(2, w.params)
        w.params.setVisible(self._params_wanted)
        w._set_tab_order()  # the move took the panel out of the window's Tab order
        if len(sizes) == 2:
            center = max(sizes[1] - self._params_width, 200)
            w.splitter.setSizes([sizes[0], center, self._params_width])
        self._set_toggle(self._params_wanted)

    def _set_toggle(self, checked: bool) -> None:
        toggle = self.window.toggle_params
        toggle.blockSignals(True)
        toggle.setChecked(checked)
        toggle.blockSignals(False)

    def _params_toggled(self, shown: bool) -> None:
        if self.narrow:
            if shown:
                self._place_drawer()
                self.drawer.open_drawer()
            else:
                self.drawer.close_drawer()
                self.window.composer.focus()
            return
        self._params_wanted = shown
        self.window.params.setVisible(shown)

    def _place_drawer(self) -> None:
        """Over the trailing side of the chat (the right; the left in a right-to-left
        language), below the toolbar, above the status bar."""
        w = self.window
        # Over the chat's splitter only: a navigation beside it stays in reach.
        area = QRect(w.splitter.mapTo(w, QPoint(0, 0)), w.splitter.size())
        width = min(DRAWER_WIDTH, max(area.width() - CHAT_LEFT_VISIBLE, 200))
        # Never narrower than the panel needs (it would be cut off at the right), unless the
        # window itself is narrower.
        width = min(max(width, self.drawer.minimumSizeHint().width()), area.width())
        right = QRect(area.right() + 1 - width, area.top(), width, area.height())
        self.drawer.setGeometry(QStyle.visualRect(w.layoutDirection(), area, right))

    def _show_sidebar(self, shown: bool) -> None:
        w = self.window
        w.sidebar.setVisible(shown)
        if shown and self.tiny:  # shown on a small window: a share of it, the chat the rest
            index = w.splitter.indexOf(w.sidebar)
            sizes = w.splitter.sizes()
            share = int(w.width() * SIDEBAR_NARROW_SHARE)
            sizes[index + 1] = max(sizes[index + 1] + sizes[index] - share, 0)
            sizes[index] = share
            w.splitter.setSizes(sizes)
