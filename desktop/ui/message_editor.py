"""The in-place message editor: a message's text, editable where it stands in the transcript."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import icons

MIN_LINES = 3
MAX_LINES = 14  # longer texts scroll inside the editor: the transcript stays in sight
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class MessageEditor(QFrame):
    """Edits one message inside the transcript (ChatView places it over the message's row).

    A user message offers Save (the text is replaced, its reply stays) and Save and
    regenerate (a new version and a new reply; Ctrl+Enter); a reply offers Save (Ctrl+Enter).
    Esc cancels. While the edit is checked against the context the buttons wait; a refusal
    shows its sentence here and the text stays for the person to shorten.
    """

    saveRequested = Signal(str, bool)  # the new text (changed, not empty), regenerate
    cancelled = Signal()  # Cancel, Esc, or a save with nothing changed
    heightChanged = Signal()

    def __init__(
        self, message_id: int, role: str, text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.message_id = message_id
        self.role = role
        self.original = text
        self.setObjectName("messageEditor")
        # Painted (paintEvent): the window colour, so the text box (base) stands out in
        # both themes, inside a highlight-coloured border that says "editing here".
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.title = QLabel(
            self.tr("Edit your message") if role == "user" else self.tr("Edit the reply"), self
        )
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlainText(text)
        self.edit.setAccessibleName(self.tr("Message text"))
        self.title.setBuddy(self.edit)
        self.edit.setTabChangesFocus(True)  # Tab leaves the editor (no keyboard trap)
        self.edit.installEventFilter(self)
        self.edit.textChanged.connect(self._on_text_changed)
        self.note = QLabel(self)  # why the edit was refused
        self.note.setWordWrap(True)
        self.note.setObjectName("editRefusal")
        self.note.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Leave the message as it was (Esc)"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.clicked.connect(lambda: self.save(False))
        icons.attach(self.save_button, "mdi6.content-save-outline")
        self.regenerate_button = QPushButton(self.tr("Save and regenerate"), self)
        self.regenerate_button.setToolTip(
            self.tr("Save as a new version and write a new reply ({keys})").format(
                keys="Ctrl+Enter"
            )
        )
        self.regenerate_button.clicked.connect(lambda: self.save(True))
        icons.attach(self.regenerate_button, "mdi6.send")
        if role == "user":
            self.save_button.setToolTip(self.tr("Replace the text and keep the reply below it"))
            self.regenerate_button.setDefault(True)
        else:
            self.save_button.setToolTip(
                self.tr("Replace the reply's text ({keys})").format(keys="Ctrl+Enter")
            )
            self.regenerate_button.hide()
            self.save_button.setDefault(True)
        buttons = self._buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.setSpacing(6)
        buttons.addStretch(1)
        for button in (self.cancel_button, self.save_button, self.regenerate_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.edit)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.setTabOrder(self.edit, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.save_button)
        self.setTabOrder(self.save_button, self.regenerate_button)
        self._fit_edit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1.5))
        painter.setBrush(palette.color(QPalette.ColorRole.Window))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 10, 10)
        painter.end()

    def text(self) -> str:
        return self.edit.toPlainText()

    def changed(self) -> bool:
        return self.text().strip() != self.original.strip()

    def save(self, regenerate: bool) -> None:
        """Ask for the edit to be stored (the buttons wait for the answer); an empty text is
        refused here, an unchanged one cancels."""
        text = self.text().strip()
        if not text:
            self.show_refusal(
                self.tr("A message cannot be empty: write something, or press Cancel.")
            )
        elif not self.changed() or (regenerate and self.role != "user"):
            self.cancelled.emit()  # nothing to store
        else:
            self.set_checking(True)
            self.saveRequested.emit(text, regenerate)

    def set_checking(self, checking: bool) -> None:
        """While the edit is counted against the context, it cannot be sent twice."""
        for button in (self.save_button, self.regenerate_button):
            button.setEnabled(not checking)
        if checking:
            self.note.hide()
            self.heightChanged.emit()

    def show_refusal(self, sentence: str) -> None:
        """Say why the edit was not saved; the text stays for the person to change."""
        self.set_checking(False)
        self.note.setText(sentence)
        self.note.show()
        self.heightChanged.emit()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def refusal(self) -> str:
        """The refusal shown ('' when none)."""
        return self.note.text() if not self.note.isHidden() else ""

    def height_for(self, width: int) -> int:
        """The editor's height at width (its text box grows with the text, within limits;
        the buttons stack when a narrow column cannot hold them side by side)."""
        self._fit_edit(width)
        buttons = (self.cancel_button, self.save_button, self.regenerate_button)
        wide = sum(b.sizeHint().width() + 6 for b in buttons if not b.isHidden()) + 20
        direction = QBoxLayout.Direction.LeftToRight
        if width < wide:
            direction = QBoxLayout.Direction.BottomToTop  # the main action on top
        if self._buttons.direction() != direction:
            self._buttons.setDirection(direction)
        layout = self.layout()
        assert layout is not None
        if layout.hasHeightForWidth():
            return layout.totalHeightForWidth(width)
        return layout.totalSizeHint().height()

    def _fit_edit(self, width: int | None = None) -> None:
        metrics = QFontMetrics(self.edit.font())
        inner = max(40, (width or max(self.width(), 400)) - 20 - 2 * self.edit.frameWidth() - 12)
        text = self.text() or " "
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeading)
        lines_h = metrics.boundingRect(QRect(0, 0, inner, 1 << 20), flags, text).height()
        lines_h = max(
            MIN_LINES * metrics.lineSpacing(), min(lines_h, MAX_LINES * metrics.lineSpacing())
        )
        margin = 2 * (self.edit.frameWidth() + int(self.edit.document().documentMargin()))
        height = lines_h + margin + 2
        if self.edit.height() != height or self.edit.minimumHeight() != height:
            self.edit.setFixedHeight(height)

    def _on_text_changed(self) -> None:
        before = self.edit.minimumHeight()
        self._fit_edit()
        if self.edit.minimumHeight() != before:
            self.heightChanged.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The editor's keys come before the window's shortcuts (Esc there leaves a page).
        if watched is self.edit and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            ours = key == Qt.Key.Key_Escape or (key in _ENTER and ctrl)
            if ours and event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if ours and event.type() == QEvent.Type.KeyPress:
                if key == Qt.Key.Key_Escape:
                    self.cancelled.emit()
                elif self.save_button.isEnabled():
                    self.save(self.role == "user")
                return True
        return super().eventFilter(watched, event)
