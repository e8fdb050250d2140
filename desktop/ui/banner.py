"""A banner above the chat: a sentence, an optional action button, a close button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desktop.ui.announce import announce

# The text keeps at least this many average characters per line beside the buttons; with
# less room the buttons go below it (a sentence squeezed beside them reads a word per line).
MIN_CHARS_BESIDE = 48
MIN_TEXT_WIDTH = 120  # the least the banner asks of a window, in pixels


class Banner(QFrame):
    """Shows one message at a time; hidden when there is none.

    A message may name its scope, what it is about ('chat', 'model', 'save'): clear(scope)
    hides it once that is over (another chat opened, a model loaded, everything saved).
    Messages without a scope stay until dismissed or replaced.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long word (a file name) must not force the window wider: the label asks for
        # little and wraps over whatever width it gets.
        self.label.setMinimumWidth(MIN_TEXT_WIDTH)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.label.setSizePolicy(policy)
        self.action = QPushButton(self)
        self.action.setObjectName("bannerAction")
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        self.close_button.setObjectName("bannerClose")
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setAccessibleDescription(self.tr("Hides this message"))
        self._buttons = QHBoxLayout()
        self._buttons.setContentsMargins(0, 0, 0, 0)
        self._buttons.addStretch(1)
        self._buttons.addWidget(self.action)
        self._buttons.addWidget(self.close_button)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(10, 6, 10, 6)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(4)
        self._grid.addWidget(self.label, 0, 0)
        self._grid.addLayout(self._buttons, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        self._grid.setColumnStretch(0, 1)
        self.buttons_below = False
        self._callback: Callable[[], None] | None = None
        self.scope = ""
        self.action.clicked.connect(self._run)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_message(
        self,
        text: str,
        action: str = "",
        callback: Callable[[], None] | None = None,
        scope: str = "",
    ) -> None:
        self.scope = scope
        self.label.setText(text)
        self._callback = callback
        self.action.setText(action)
        self.action.setVisible(bool(action and callback))
        self._arrange(self.width())
        self.show()
        # A screen reader says it at once: a banner brings news or an error.
        announce(self, text, urgent=True)

    def clear(self, scope: str) -> None:
        """Hide the message shown if it is about scope."""
        if scope and self.scope == scope:
            self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def minimumSizeHint(self) -> QSize:
        """As narrow as the buttons below the text: a parent may squeeze the banner that far,
        and it rearranges itself (see _arrange)."""
        hint = super().minimumSizeHint()
        margins = self._grid.contentsMargins()
        below = max(MIN_TEXT_WIDTH, self._buttons_width()) + margins.left() + margins.right()
        return QSize(min(hint.width(), below), hint.height())

    def _buttons_width(self) -> int:
        shown = [b for b in (self.action, self.close_button) if not b.isHidden()]
        spacing = self._buttons.spacing() * max(len(shown) - 1, 0)
        return sum(b.sizeHint().width() for b in shown) + spacing

    def _arrange(self, width: int) -> None:
        """Buttons beside the text when it keeps room for a readable line, below it
        otherwise (right-aligned, as a dialog's)."""
        margins = self._grid.contentsMargins()
        inner = width - margins.left() - margins.right()
        metrics = self.label.fontMetrics()
        wanted = max(
            MIN_TEXT_WIDTH,
            min(
                metrics.horizontalAdvance(self.label.text()),
                metrics.averageCharWidth() * MIN_CHARS_BESIDE,
            ),
        )
        beside = inner - self._buttons_width() - self._grid.horizontalSpacing()
        below = beside < wanted
        if below == self.buttons_below:
            return
        self.buttons_below = below
        self._grid.removeItem(self._buttons)
        if below:
            self._grid.addLayout(self._buttons, 1, 0)
        else:
            self._grid.addLayout(self._buttons, 0, 1, Qt.AlignmentFlag.AlignVCenter)

    def _run(self) -> None:
        callback = self._callback
        self.hide()
        if callback is not None:
            callback()
