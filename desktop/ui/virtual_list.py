"""A scroll area of variable-height rows that makes widgets only for the rows on screen.

To a screen reader it is a list whose items are the row widgets on screen, in row order; the
keyboard moves from row to row (Up, Down, Home, End), scrolling the row into view first.
Longer than 400 lines for that: the list's accessible interface and its keyboard walk need
the rows, heights and widgets kept here, and would otherwise reach into them from outside."""

from __future__ import annotations

import time
from bisect import bisect_right
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface, QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAccessibleWidget,
    QApplication,
    QToolButton,
    QWidget,
)

_FOLLOW_SLACK = 4  # px from the bottom that still counts as "at the bottom"
_MEASURE_BUDGET_S = 0.004  # idle measuring of off-screen rows, per event-loop turn
_POOL = 12  # hidden row widgets kept for reuse

W = TypeVar("W", bound=QWidget)


class VirtualList(QAbstractScrollArea, Generic[W]):
    """Rows laid out on a list of heights; widgets exist only for the rows on screen.

    Rows not yet on screen have estimated heights, refined in small idle slices (and at
    once when they scroll into view, keeping the first visible row still). The view
    follows the bottom unless the person scrolled up. A subclass owns the data: it gives
    the estimates (_reset_rows, _insert_rows, _remove_rows), measures a row (_measure,
    which calls _set_height) and makes, fills and empties the row widgets.
    """

    row_type: type[QWidget] | None = None  # the row widgets' class (list items to readers)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self._heights: list[int] = []
        self._exact: list[bool] = []
        self._tops: list[int] = []  # valid for the first len(self._tops) rows
        self._width = 0
        self._widgets: dict[int, W] = {}
        self._pool: list[W] = []
        self._follow = True
        self._anchor: tuple[int, int] | None = None
        self._programmatic = 0
        self._in_layout = False
        self._measure_timer = QTimer(self)
        self._measure_timer.setInterval(0)
        self._measure_timer.timeout.connect(self._measure_some)
        self._measure_next = -1
        self._current = -1  # the row the keyboard was last on (-1: none yet)
        self.jump_button = QToolButton(self)
        self.jump_button.setText("↓")
        self.jump_button.setToolTip(self.tr("Scroll to the latest message"))
        self.jump_button.setAccessibleName(self.tr("Scroll to the latest message"))
        self.jump_button.hide()
        _install_access()
        self.jump_button.clicked.connect(self.scroll_to_bottom)

    # -- what a subclass provides -------------------------------------------------------

    def _measure(self, row: int) -> None:
        """Give row its exact height (with _set_height)."""
        raise NotImplementedError

    def _new_widget(self) -> W:
        """A new row widget, a child of the viewport."""
        raise NotImplementedError

    def _show_row(self, widget: W, row: int) -> None:
        """Fill widget (already placed) with row."""
        raise NotImplementedError

    def _hide_row(self, widget: W) -> None:
        """Empty widget (already hidden) before it is kept for reuse."""
        raise NotImplementedError

    def _measuring_paused(self) -> bool:
        """Whether idle measuring waits (e.g. for a stream to end: it has priority)."""
        return False

    def _bottom_margin(self) -> int:
        """Space below the last row."""
        return 0

    # -- public API ---------------------------------------------------------------------

    def visible_rows(self) -> list[int]:
        """The rows that have a widget (those on screen)."""
        return sorted(self._widgets)

    def is_following(self) -> bool:
        """Whether the view sticks to the bottom as the last row grows."""
        return self._follow

    def scroll_to_bottom(self) -> None:
        self._follow = True
        self._sync()

    def scroll_to_row(self, row: int) -> None:
        """Put row at the top of the viewport and stop following."""
        self._ensure_tops(row + 1)
        self._follow = False
        self._anchor = (row, 0)
        self._sync()

    def focus_row(self, row: int) -> W | None:
        """Scroll row into view (whole when it fits) and give its widget the keyboard focus;
        its widget (made now if it was off screen), None when there is no such row."""
        if not 0 <= row < len(self._heights):
            return None
        self.ensure_row_visible(row)
        widget = self._widgets.get(row)
        if widget is not None:
            self._current = row
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def ensure_row_visible(self, row: int) -> None:
        """Scroll as little as needed for row to be on screen (its top when it is taller)."""
        for _attempt in range(3):  # measuring a row on screen may change its height
            bar, height = self.verticalScrollBar(), self.viewport().height()
            top = self._top(row)
            bottom = top + self._heights[row]
            if top >= bar.value() and bottom <= bar.value() + height:
                break
            if top < bar.value() or self._heights[row] > height:
                self._anchor = (row, 0)
            else:
                self._anchor = (row, self._heights[row] - height)
            self._follow = False
            self._sync()
        bar = self.verticalScrollBar()
        self._follow = bar.value() >= bar.maximum() - _FOLLOW_SLACK
        self._layout_widgets()
        self._update_jump_button()

    def row_of_widget(self, widget: QWidget) -> int | None:
        """The row widget shows (None: not a row on screen)."""
        for row, shown in self._widgets.items():
            if shown is widget:
                return row
        return None

    def step_focus(self, widget: QWidget, step: int) -> None:
        """Move the keyboard from widget's row by step rows (clamped to the list)."""
        row = self.row_of_widget(widget)
        if row is not None and self._heights:
            self.focus_row(max(0, min(len(self._heights) - 1, row + step)))

    def accessible_items(self) -> list[QWidget]:
        """What a screen reader finds in the list: the rows on screen in order, then the
        jump button when it shows (a subclass adds what it lays over the rows)."""
        items: list[QWidget] = [
            self._widgets[row] for row in sorted(self._widgets) if self._widgets[row].isVisible()
        ]
        if self.jump_button.isVisible():
            items.append(self.jump_button)
        return items

    def idle_work_pending(self) -> bool:
        """Whether rows still wait for their exact height."""
        return self._measure_timer.isActive()

    # -- row changes --------------------------------------------------------------------

    def _reset_rows(self, heights: list[int]) -> None:
        """Start over with these estimated heights, following the bottom."""
        self._release_all()
        count = len(heights)
        self._heights = heights
        self._exact = [False] * count
        self._tops = []
        self._follow = True
        self._anchor = None
        self._measure_next = count - 1
        self._sync()
        self._schedule_measuring()

    def _insert_rows(self, first: int, heights: list[int]) -> None:
        """Rows with these estimated heights now start at first."""
        count = len(heights)
        last = first + count - 1
        appended = first == len(self._heights)
        self._heights[first:first] = heights
        self._exact[first:first] = [False] * count
        del self._tops[first:]
        if not appended:
            self._release_all()  # row numbers of the widgets after first moved
            if self._anchor is not None and self._anchor[0] >= first:
                self._anchor = (self._anchor[0] + count, self._anchor[1])
        self._measure_next = max(self._measure_next, last)
        self._sync()
        self._schedule_measuring()

    def _remove_rows(self, first: int, last: int) -> None:
        for row in [row for row in self._widgets if row >= first]:
            self._release(row)
        del self._heights[first : last + 1]
        del self._exact[first : last + 1]
        del self._tops[first:]
        count = last - first + 1
        if self._anchor is not None and self._anchor[0] >= first:
            row = self._anchor[0]
            self._anchor = (row - count, self._anchor[1]) if row > last else (first, 0)
            if self._anchor[0] >= len(self._heights):
                self._anchor = None
        self._measure_next = min(self._measure_next, len(self._heights) - 1)
        self._sync()

    def _forget_heights(self) -> None:
        """Every height is an estimate again (the width or the font changed)."""
        self._exact = [False] * len(self._heights)
        self._measure_next = len(self._heights) - 1

    # -- heights ------------------------------------------------------------------------

    def _set_height(self, row: int, height: int) -> None:
        self._exact[row] = True
        if self._heights[row] != height:
            self._heights[row] = height
            del self._tops[row + 1 :]

    def _ensure_tops(self, count: int) -> None:
        tops, heights = self._tops, self._heights
        count = min(count, len(heights))
        while len(tops) < count:
            index = len(tops)
            tops.append(0 if index == 0 else tops[index - 1] + heights[index - 1])

    def _top(self, row: int) -> int:
        self._ensure_tops(row + 1)
        return self._tops[row]

    def _content_height(self) -> int:
        if not self._heights:
            return 0
        last = len(self._heights) - 1
        return self._top(last) + self._heights[last] + self._bottom_margin()

    def _row_at(self, y: int) -> int:
        self._ensure_tops(len(self._heights))
        return max(0, min(len(self._heights) - 1, bisect_right(self._tops, y) - 1))

    # -- scrolling and widgets ----------------------------------------------------------

    def _sync(self) -> None:
        self._sync_range()
        self._layout_widgets()

    def _sync_range(self) -> None:
        """Set the scroll range, then the value: the bottom when following, else the anchor."""
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        maximum = max(0, self._content_height() - height)
        self._programmatic += 1
        try:
            bar.setPageStep(max(1, height))
            bar.setRange(0, maximum)
            if self._follow:
                target = maximum
            elif self._anchor is not None and self._anchor[0] < len(self._heights):
                target = self._top(self._anchor[0]) + self._anchor[1]
            else:
                target = bar.value()
            bar.setValue(max(0, min(maximum, target)))
        finally:
            self._programmatic -= 1
        self._update_jump_button()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # Called first on every value change (before valueChanged's other slots): a change
        # we did not make is the person scrolling, and decides whether to follow.
        if self._programmatic:
            return
        bar = self.verticalScrollBar()
        self._follow = bar.value() >= bar.maximum() - _FOLLOW_SLACK
        self._layout_widgets()
        self._update_jump_button()
        if self._follow:
            self._schedule_measuring()

    def _layout_widgets(self) -> None:
        """Measure and place the rows on screen; release the widgets of the others."""
        if self._in_layout:
            return
        if not self._heights or self._width <= 0:
            self._release_all()
            return
        self._in_layout = True
        try:
            bar = self.verticalScrollBar()
            height = self.viewport().height()
            first = last = 0
            for _attempt in range(16):
                value = bar.value()
                first = self._row_at(value)
                last = self._row_at(value + max(0, height - 1))
                self._anchor = (first, value - self._top(first))
                pending = [row for row in range(first, last + 1) if not self._exact[row]]
                if not pending:
                    break
                for row in pending:
                    self._measure(row)
                self._sync_range()
            value = bar.value()
            for row in [row for row in self._widgets if not first <= row <= last]:
                self._release(row)
            width = self.viewport().width()
            for row in range(first, last + 1):
                widget = self._widgets.get(row)
                if widget is None:
                    widget = self._acquire()
                    self._widgets[row] = widget
                    widget.setGeometry(0, self._top(row) - value, width, self._heights[row])
                    self._show_row(widget, row)
                    self._pin(widget)
                    widget.show()
                else:
                    widget.setGeometry(0, self._top(row) - value, width, self._heights[row])
        finally:
            self._in_layout = False

    def _pin(self, widget: QWidget) -> None:
        """Put the row and its controls right after the list in the focus chain (a widget
        made later goes to the window's end, where Tab from another part of the window
        would land in a row): Tab from outside reaches rows only through the list."""
        before: QWidget = self
        for child in [widget, *widget.findChildren(QWidget)]:
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                QWidget.setTabOrder(before, child)
                before = child

    def _acquire(self) -> W:
        if self._pool:
            return self._pool.pop()
        return self._new_widget()

    def _release(self, row: int) -> None:
        widget = self._widgets.pop(row)
        widget.hide()
        self._hide_row(widget)
        if len(self._pool) < _POOL:
            self._pool.append(widget)
        else:
            widget.deleteLater()

    def _release_all(self) -> None:
        for row in list(self._widgets):
            self._release(row)

    def _drop_widgets(self) -> None:
        """Release every widget and delete the pooled ones (they are made anew)."""
        self._release_all()
        for widget in self._pool:
            widget.deleteLater()
        self._pool.clear()

    def _update_jump_button(self) -> None:
        bar = self.verticalScrollBar()
        show = not self._follow and bar.maximum() > 0
        if show:
            size = self.jump_button.sizeHint()
            side = max(size.width(), size.height()) + 8
            area = self.viewport().geometry()
            # At the trailing corner, as the scroll bar (left, right to left).
            x = area.left() + 16 if self.isRightToLeft() else area.right() - side - 16
            self.jump_button.setGeometry(x, area.bottom() - side - 12, side, side)
            self.jump_button.raise_()
        self.jump_button.setVisible(show)

    # -- idle measuring -----------------------------------------------------------------

    def _schedule_measuring(self) -> None:
        if not self._measuring_paused() and self._width > 0 and not all(self._exact):
            self._measure_timer.start()

    def _measure_some(self) -> None:
        # Off-screen rows get exact heights a few at a time so the scroll bar tells the
        # truth without a freeze on opening a long list.
        if self._measuring_paused() or self._width <= 0:
            self._measure_timer.stop()
            return
        deadline = time.perf_counter() + _MEASURE_BUDGET_S
        changed = False
        while time.perf_counter() < deadline:
            row = self._next_unmeasured()
            if row is None:
                self._measure_timer.stop()
                break
            self._measure(row)
            changed = True
        if changed:
            self._sync()

    def _next_unmeasured(self) -> int | None:
        row = min(self._measure_next, len(self._exact) - 1)
        while row >= 0 and self._exact[row]:
            row -= 1
        if row < 0:
            # Rows above the cursor are done; look once more from the bottom.
            row = len(self._exact) - 1
            while row >= 0 and self._exact[row]:
                row -= 1
        self._measure_next = row
        return row if row >= 0 else None

    # -- Qt events ----------------------------------------------------------------------

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Tab (or Shift+Tab) into the list lands on a message: the last one the keyboard
        # was on, else the newest. Tab from it leaves the list (focusNextPrevChild).
        if self._heights:
            current = self._current if 0 <= self._current < len(self._heights) else -1
            self.focus_row(current if current >= 0 else len(self._heights) - 1)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab within a row goes through its own controls, then out of the list (to what
        # follows the list in the window's order), never through the other rows: rows are
        # made as they scroll in, so their place in Qt's focus chain says nothing.
        focused = QApplication.focusWidget()
        row = self._row_holding(focused)
        if row is None:
            return super().focusNextPrevChild(next)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        stops = _tab_stops(row)
        index = stops.index(focused) if focused in stops else 0
        index += 1 if next else -1
        target = stops[index] if 0 <= index < len(stops) else self._beside(next)
        if target is None:
            return super().focusNextPrevChild(next)
        target.setFocus(reason)
        return True

    def _row_holding(self, widget: QWidget | None) -> QWidget | None:
        """The row widget widget is (or is inside of), None when it is in no row."""
        while widget is not None and widget.parentWidget() is not self.viewport():
            widget = widget.parentWidget()
        if widget is None or self.row_of_widget(widget) is None:
            return None
        return widget

    def _beside(self, forward: bool) -> QWidget | None:
        """The first widget Tab (or Shift+Tab) reaches outside the list."""
        widget = self.nextInFocusChain() if forward else self.previousInFocusChain()
        while widget is not None and widget is not self:
            if not self.isAncestorOf(widget) and _takes_tab(widget):
                return widget
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End)
        if event.key() in keys and self._heights:
            if event.key() == Qt.Key.Key_Home:
                self.focus_row(0)
            elif event.key() == Qt.Key.Key_End or not 0 <= self._current < len(self._heights):
                self.focus_row(len(self._heights) - 1)
            else:
                self.focus_row(self._current)
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        if width != self._width:
            self._width = width
            # Every height depends on the width: keep the old ones as estimates, measure
            # the visible rows now and the rest when idle.
            self._forget_heights()
        self._sync()
        self._schedule_measuring()


def _takes_tab(widget: QWidget) -> bool:
    tab = Qt.FocusPolicy.TabFocus.value
    return widget.isVisible() and widget.isEnabled() and bool(widget.focusPolicy().value & tab)


def _tab_stops(row: QWidget) -> list[QWidget]:
    """The row, then its controls that Tab reaches, in reading order (top to bottom, then
    along the line in the reading direction)."""
    rtl = row.isRightToLeft()

    def place(widget: QWidget) -> tuple[int, int]:
        at = widget.mapTo(row, QPoint(0, 0))
        return at.y(), -(at.x() + widget.width()) if rtl else at.x()

    controls = [w for w in row.findChildren(QWidget) if _takes_tab(w)]
    return [row, *sorted(controls, key=place)]


# -- the list a screen reader walks ------------------------------------------------------


class _ListAccess(QAccessibleWidget):
    """The list: its children are VirtualList.accessible_items() (not the viewport)."""

    def __init__(self, view: VirtualList[Any]) -> None:
        super().__init__(view, QAccessible.Role.List)
        self._view = view

    def childCount(self) -> int:
        return len(self._view.accessible_items())

    # Qt's null interface is None here (out of range); PySide's stubs leave it out.
    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        items = self._view.accessible_items()
        if not 0 <= index < len(items):
            return None
        return QAccessible.queryAccessibleInterface(items[index])

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        items = self._view.accessible_items()
        target = child.object() if child is not None else None
        return next((i for i, item in enumerate(items) if item is target), -1)


class _ItemAccess(QAccessibleWidget):
    """A row: a list item whose parent is the list (the viewport between is left out)."""

    def __init__(self, widget: QWidget, view: VirtualList[Any]) -> None:
        super().__init__(widget, QAccessible.Role.ListItem)
        self._view = view

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return QAccessible.queryAccessibleInterface(self._view)


def _owning_list(obj: QObject) -> VirtualList[Any] | None:
    """The VirtualList whose viewport obj is a row of (None: not a row)."""
    viewport = obj.parent()
    view = viewport.parent() if viewport is not None else None
    if isinstance(view, VirtualList) and viewport is view.viewport():
        row_type = view.row_type
        if row_type is not None and isinstance(obj, row_type):
            return view
    return None


def _access_factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, VirtualList):
        return _ListAccess(obj)
    view = _owning_list(obj) if isinstance(obj, QWidget) else None
    if view is not None and isinstance(obj, QWidget):
        return _ItemAccess(obj, view)
    return None


_installed = False


def _install_access() -> None:
    """Install the factory once (Qt asks it for each object's interface, then caches it)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_access_factory)
        _installed = True
