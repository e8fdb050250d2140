"""The message composer: Enter sends, Shift+Enter breaks the line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QWidget


class ComposerEdit(QPlainTextEdit):
    """A text box that sends on Enter."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            mods & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    """The text box and its Send button, which turns into Stop while a reply is written."""

    sendRequested = Signal(str)
    stopRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = ComposerEdit(self)
        self.edit.setObjectName("composer")
        self.edit.setPlaceholderText("Message the model (Enter sends, Shift+Enter for a new line)")
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(96)
        self.button = QPushButton("Send", self)
        self.button.setObjectName("sendButton")
        self.button.setMinimumWidth(84)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignBottom)
        self._generating = False
        self._can_send = True
        self.edit.submitted.connect(self._send)
        self.button.clicked.connect(self._clicked)

    def set_generating(self, generating: bool) -> None:
        self._generating = generating
        self.button.setText("Stop" if generating else "Send")
        self.button.setToolTip("Stop the reply (Esc)" if generating else "Send (Enter)")
        self._update_enabled()

    def set_can_send(self, can_send: bool) -> None:
        self._can_send = can_send
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.button.setEnabled(self._generating or self._can_send)

    def _clicked(self) -> None:
        if self._generating:
            self.stopRequested.emit()
        else:
            self._send()

    def _send(self) -> None:
        text = self.edit.toPlainText()
        if self._generating or not self._can_send or not text.strip():
            return
        self.sendRequested.emit(text)

    def clear(self) -> None:
        self.edit.clear()

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
