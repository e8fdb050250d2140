"""The message composer: Enter (or Ctrl+Enter, a setting) sends, Tab moves on; files come
with a message by the paperclip, by drag and drop and by paste (chips above the text).

A little over 400 lines since its texts are translated and every control is named for
screen readers; the chips themselves live in attachment_chips.py."""

from __future__ import annotations

import contextlib
import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.core.types import ModelInfo
from desktop.models import locale_format
from desktop.services.attachments import has_vision, refuse_images
from desktop.services.draft import DraftCount
from desktop.ui import file_dialogs, icons, metrics
from desktop.ui.attachment_chips import AttachmentChips, click_on_enter
from desktop.ui.thinking_controls import ThinkingControls
from desktop.ui.tools_menu import ToolsMenuButton

WARNING = QColor("#d9534f")  # readable on the light and the dark palettes
# The send key's hint: (what sends, what breaks the line).
SEND_HINTS = {"enter": ("Enter", "Shift+Enter"), "ctrl+enter": ("Ctrl+Enter", "Enter")}
# The paperclip's tooltip: what it takes, by whether the loaded model reads images. These
# texts are the English sources; the composer shows them through _t (translated at use).
ATTACH_TIP = QT_TRANSLATE_NOOP("Composer", "Attach files (or drop them here, or paste)")
ATTACH_TIP_VISION = QT_TRANSLATE_NOOP(
    "Composer",
    "Attach files or images: the loaded model reads images (or drop them here, or paste)",
)


KNOWLEDGE_ON = QT_TRANSLATE_NOOP("Composer", "On: replies use passages from your knowledge folders")
KNOWLEDGE_OFF = QT_TRANSLATE_NOOP("Composer", "Off: replies do not search your knowledge folders")


def _t(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Composer", ...), in the window's language."""
    return QCoreApplication.translate("Composer", text)


# palette() roles follow the light and dark themes (re-read when the palette changes).
KNOWLEDGE_CHECKED_STYLE = (
    "QToolButton:checked { background-color: palette(highlight); "
    "color: palette(highlighted-text); border: none; border-radius: 4px; padding: 3px 6px; }"
)


class ComposerEdit(QPlainTextEdit):
    """A text box that sends on Enter. Tab moves the focus on (no keyboard trap); Ctrl+Tab
    types a tab."""

    submitted = Signal()
    filesGiven = Signal(object)  # list[Path]: files dropped or pasted into the box
    imagePasted = Signal(QImage)  # a picture from the clipboard (no file behind it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.send_key = "enter"  # or "ctrl+enter" (Settings): then Enter breaks the line

    # Drops and pastes both come through here: files become attachments, not their paths
    # typed into the text; a copied picture becomes an attached PNG.
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return (
            bool(local_files(source)) or source.hasImage() or super().canInsertFromMimeData(source)
        )

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = local_files(source)
        if files:
            self.filesGiven.emit(files)
        elif source.hasImage():
            image = QImage(source.imageData())
            if not image.isNull():
                self.imagePasted.emit(image)
        else:
            super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Tab and mods & Qt.KeyboardModifier.ControlModifier:
            self.insertPlainText("\t")
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.send_key == "ctrl+enter":
                sends = bool(mods & Qt.KeyboardModifier.ControlModifier)
            else:
                sends = not mods & Qt.KeyboardModifier.ShiftModifier
            if sends:
                self.submitted.emit()
            else:
                self.insertPlainText("\n")  # also for Ctrl+Enter, which Qt would ignore
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    """The text box and its Send button, which turns into Stop while a reply is written;
    below them the draft's tokens against what the context holds, and above them why a
    message was not sent."""

    sendRequested = Signal(str)
    stopRequested = Signal()
    draftChanged = Signal(str)  # the text as typed
    knowledgeToggled = Signal(bool)  # the chat's Knowledge switch

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = ComposerEdit(self)
        self.edit.setObjectName("composer")
        self.edit.setMaximumHeight(96)
        self.button = QPushButton(self.tr("Send"), self)
        self.button.setObjectName("sendButton")
        self.button.setMinimumWidth(84)
        icons.attach(self.button, "mdi6.send")
        self.refusal = QLabel(self)
        self.refusal.setObjectName("composerRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.hide()
        _paint(self.refusal, True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("tokenCount")
        self.count_label.setAlignment(
            Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        )
        self.count_label.hide()  # until a model is loaded and the first count arrives
        self.thinking = ThinkingControls(self)  # shown for a model whose template reads it
        self.tools = ToolsMenuButton(self)  # shown while an MCP server is switched on
        self.chips = AttachmentChips(removable=True, parent=self)  # the next message's files
        self.attach_button = QToolButton(self)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setText(self.tr("Attach"))
        self.attach_button.setToolTip(_t(ATTACH_TIP))
        self._vision: bool | None = None  # whether the loaded model reads images (None: none)
        self.attach_button.setAccessibleName(self.tr("Attach files"))
        icons.attach(self.attach_button, "mdi6.paperclip")
        self.attach_button.clicked.connect(self.pick_files)
        click_on_enter(self.attach_button)
        self.knowledge = QToolButton(self)  # answer from the knowledge folders
        self.knowledge.setObjectName("knowledgeButton")
        self.knowledge.setText(self.tr("Knowledge"))
        self.knowledge.setCheckable(True)
        self.knowledge.setAccessibleName(self.tr("Answer from the knowledge folders"))
        self.knowledge.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Checked, the switch is filled with the theme's accent and its icon filled in: a
        # checked tool button's own look (a slightly darker face) read as off in a walk-through.
        self.knowledge.setStyleSheet(KNOWLEDGE_CHECKED_STYLE)
        self.knowledge.toggled.connect(self._show_knowledge_state)
        self._show_knowledge_state(False)
        self.knowledge.toggled.connect(self.knowledgeToggled)
        click_on_enter(self.knowledge)
        self.set_knowledge_available(None)
        self._pasted: list[Path] = []  # pictures pasted, saved as PNGs this composer removes
        self.chips.changed.connect(self.order_chips)
        self.edit.filesGiven.connect(self.add_files)
        self.edit.imagePasted.connect(self.add_image)
        self.setAcceptDrops(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        m, s = metrics.SPACE_M, metrics.SPACE_S
        layout.setContentsMargins(m, s, m, s)
        layout.setSpacing(metrics.SPACE_S // 2)
        layout.addWidget(self.refusal)
        layout.addWidget(self.chips)
        layout.addLayout(row)
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.thinking)
        below.addWidget(self.tools)
        below.addWidget(self.knowledge)
        below.addStretch(1)
        below.addWidget(self.count_label)
        layout.addLayout(below)
        self._generating = False
        self._can_send = True
        self.edit.submitted.connect(self._send)
        self.button.clicked.connect(self._clicked)
        self.edit.textChanged.connect(self._text_changed)
        self.set_send_key("enter")

    def set_send_key(self, key: str) -> None:
        """Which key sends (Settings): "enter" or "ctrl+enter"; the hints say which."""
        self.edit.send_key = key
        keys = SEND_HINTS.get(key, SEND_HINTS["enter"])
        placeholder = self.tr("Message the model ({send} sends, {newline} for a new line)")
        self.edit.setPlaceholderText(placeholder.format(send=keys[0], newline=keys[1]))
        self.edit.setAccessibleName(self.tr("Message"))
        self.edit.setAccessibleDescription(placeholder.format(send=keys[0], newline=keys[1]))
        self.set_generating(self._generating)

    def set_generating(self, generating: bool) -> None:
        self._generating = generating
        self.button.setText(self.tr("Stop") if generating else self.tr("Send"))
        icons.attach(self.button, "mdi6.stop" if generating else "mdi6.send")
        sends = SEND_HINTS.get(self.edit.send_key, SEND_HINTS["enter"])[0]
        tip = self.tr("Stop the reply (Esc)") if generating else self.tr("Send ({keys})")
        self.button.setToolTip(tip.format(keys=sends) if not generating else tip)
        self.button.setAccessibleDescription(self.button.toolTip())
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
        # Files may go alone (drop a file, press Send), as in LM Studio and Jan.
        if self._generating or not self._can_send or not (text.strip() or self.chips.items()):
            return
        self.sendRequested.emit(text)

    def show_count(self, count: DraftCount) -> None:
        """The meter: "123 / 3,072 tokens" (≈ while a reply streams), in the warning colour
        when the conversation no longer fits whole."""
        n = locale_format.number
        # No plural count (n) passed: these texts have no %n, so they are not plurals in the
        # .ts, and Qt finds no translation for a count that picks a second plural form.
        if count.estimated:
            meter = self.tr("≈ {count} / {limit} tokens")
        else:
            meter = self.tr("{count} / {limit} tokens")
        self.count_label.setText(meter.format(count=n(count.tokens), limit=n(count.limit)))
        # Whole sentences each (a translator may order them): which case, then the context.
        if not count.fits:
            tip = self.tr(
                "This message is too long to send, even with every older message left out. "
                "The model's context holds {n_ctx} tokens; {kept} are kept for the reply."
            )
        elif count.tokens > count.limit:
            tip = self.tr(
                "The oldest messages will be left out of the next reply to make room. "
                "The model's context holds {n_ctx} tokens; {kept} are kept for the reply."
            )
        else:
            tip = self.tr(
                "{left} tokens left before older messages are left out. "
                "The model's context holds {n_ctx} tokens; {kept} are kept for the reply."
            )
        self.count_label.setToolTip(
            tip.format(
                left=n(count.room_left), n_ctx=n(count.n_ctx), kept=n(count.n_ctx - count.limit)
            )
        )
        self.count_label.setProperty("over", count.over)
        _paint(self.count_label, count.over)
        self.count_label.show()

    def show_refusal(self, sentence: str) -> None:
        """Why the message was not sent (it stays in the box); gone once the text changes."""
        self.refusal.setText(sentence)
        self.refusal.show()

    def _text_changed(self) -> None:
        self.refusal.hide()
        self.draftChanged.emit(self.edit.toPlainText())

    def clear(self) -> None:
        """The message went: its text and its files (pasted pictures' PNGs removed)."""
        self.edit.clear()
        self.chips.clear()
        for path in self._pasted:
            with contextlib.suppress(OSError):
                path.unlink()
        self._pasted = []

    # --- attachments -------------------------------------------------------------------

    def attachments(self) -> list[Path]:
        """The files to send with the message, in the order they were added."""
        return [Path(item.path) for item in self.chips.items()]

    def order_chips(self) -> None:
        """Tab goes from the paperclip to each chip's remove button, then on (the window
        chains text, paperclip, Send); a chip made later would otherwise come last."""
        before: QWidget = self.attach_button
        for chip in self.chips.chips:
            if chip.remove_button is not None:
                QWidget.setTabOrder(before, chip.remove_button)
                before = chip.remove_button

    def pick_files(self) -> None:
        chosen = file_dialogs.open_files(
            self, self.tr("Attach files"), str(Path.home()), self.tr("All files (*)")
        )
        self.add_files([Path(p) for p in chosen])

    def add_files(self, paths: list[Path]) -> int:
        """Files picked, dropped or pasted become chips (folders and repeats are skipped);
        how many were added."""
        added = sum(self.chips.add_file(Path(p)) for p in paths)
        if added:
            self.refusal.hide()  # what was refused may be what the person just changed
            self._refuse_images()
        return added

    def set_model(self, info: ModelInfo | None) -> None:
        """The loaded model (None: none): the paperclip says whether it takes images, and
        an image attached for a model without vision is refused at once, not at Send."""
        self._vision = None if info is None else has_vision(info)
        self.attach_button.setToolTip(_t(ATTACH_TIP_VISION if self._vision else ATTACH_TIP))
        if self._vision and self.refusal.text() == refuse_images(self.attachments(), False):
            self.refusal.hide()  # the images refused before are welcome now
        self._refuse_images()

    def _refuse_images(self) -> None:
        # The session's own sentence (it refuses the same at Send); no model yet: no verdict.
        sentence = refuse_images(self.attachments(), self._vision is not False)
        if sentence:
            self.show_refusal(sentence)

    def add_image(self, image: QImage) -> Path | None:
        """A pasted picture, saved as a PNG in the temporary folder and attached."""
        folder = Path(tempfile.gettempdir()) / "hearth-pasted"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"pasted-{uuid.uuid4().hex[:8]}.png"
        if not image.save(str(path)):  # a PNG, by its suffix
            self.show_refusal(self.tr("The pasted picture could not be saved to attach it."))
            return None
        self._pasted.append(path)
        self.add_files([path])
        return path

    def accept_drops_for(self, widget: QWidget) -> None:
        """Files dropped on widget (the transcript) are attached here too."""
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDropEvent) and local_files(event.mimeData()):
            if event.type() == QEvent.Type.Drop:
                self.add_files(local_files(event.mimeData()))
            event.acceptProposedAction()  # DragEnter, DragMove and Drop alike
            return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if files:
            self.add_files(files)
            event.acceptProposedAction()
        else:
            super().dropEvent(event)

    # --- knowledge -------------------------------------------------------------------------

    def set_knowledge_available(self, available: bool | None) -> None:
        """The Knowledge switch: hidden (None: no knowledge service), off and disabled
        (False: no folder added yet) or enabled (True)."""
        self.knowledge.setVisible(available is not None)
        self.knowledge.setEnabled(bool(available))
        self.knowledge.setToolTip(
            self.tr("Answer from the knowledge folders")
            if available
            else self.tr("Add a knowledge folder in Settings to answer from your documents")
        )
        if not available and self.knowledge.isChecked():
            self.knowledge.setChecked(False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a new theme: palette() read again
            self.knowledge.setStyleSheet("")
            self.knowledge.setStyleSheet(KNOWLEDGE_CHECKED_STYLE)

    def _show_knowledge_state(self, on: bool) -> None:
        """The switch's icon and accessible description say whether it is on."""
        icons.attach(self.knowledge, "mdi6.book-search" if on else "mdi6.book-search-outline")
        self.knowledge.setAccessibleDescription(_t(KNOWLEDGE_ON if on else KNOWLEDGE_OFF))

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)


def local_files(mime: QMimeData) -> list[Path]:
    """The local files a drop or a paste carries (none for text or web links)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def _paint(label: QLabel, warning: bool) -> None:
    """The label's text in the warning colour, or in the theme's own (an empty palette sets
    no role, so every colour follows the window's, also when the theme changes)."""
    palette = QPalette()
    if warning:
        palette.setColor(QPalette.ColorRole.WindowText, WARNING)
    label.setPalette(palette)
