"""A banner above the chat: a sentence, an optional action button, a close button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


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
        self.action = QPushButton(self)
        self.close_button = QPushButton("Dismiss", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
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
        self.show()

    def clear(self, scope: str) -> None:
        """Hide the message shown if it is about scope."""
        if scope and self.scope == scope:
            self.hide()

    def _run(self) -> None:
        callback = self._callback
        self.hide()
        if callback is not None:
            callback()
