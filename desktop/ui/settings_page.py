"""The Settings page of the main window: chat (default system prompt, send key, font size),
appearance, model folders, downloads (offline, downloads at once, the token), the conversation
cache (desktop/ui/cache_settings.py) and where data lives. Every change applies at once
through Preferences, except the language (at the next start, said under its box). A few lines
over 400: its rows are translated and named."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import paths
from desktop.core.history import default_path
from desktop.core.settings import FONT_SIZE_RANGE, MAX_DOWNLOADS_LIMIT
from desktop.services.hub_calls import HubCalls
from desktop.services.preferences import Preferences
from desktop.ui import file_dialogs, i18n
from desktop.ui.cache_settings import CacheSettings
from desktop.ui.page_text import heading, note
from desktop.ui.settings_token import TOKEN_HELP, TokenBox

if TYPE_CHECKING:  # keyring is imported when the token is first needed
    from desktop.core.secrets import TokenStore
    from desktop.services.knowledge import KnowledgeService

__all__ = ["TOKEN_HELP", "SettingsPage"]

MAX_WIDTH = 820  # pixels: the page's column on a wide window
PROMPT_PAUSE_MS = 600  # the default prompt is saved once typing pauses, not per keystroke
SYSTEM_FONT = FONT_SIZE_RANGE[0] - 1  # the font box's "System size" value


def send_key_labels() -> dict[str, str]:
    """The send key's choices by settings key, in the window's language (read when built)."""
    return {
        "enter": QCoreApplication.translate(
            "settings_page", "Enter sends (Shift+Enter starts a new line)"
        ),
        "ctrl+enter": QCoreApplication.translate(
            "settings_page", "Ctrl+Enter sends (Enter starts a new line)"
        ),
    }


def theme_labels() -> dict[str, str]:
    """The theme's choices by settings key, in the window's language (read when built)."""
    return {
        "system": QCoreApplication.translate("settings_page", "Follow the system"),
        "light": QCoreApplication.translate("settings_page", "Light"),
        "dark": QCoreApplication.translate("settings_page", "Dark"),
        "contrast": QCoreApplication.translate("settings_page", "High contrast"),
    }


def data_folders(preferences: Preferences) -> dict[str, Path]:
    """Where Hearth keeps each kind of data, by the label the Data section shows."""
    return {
        QCoreApplication.translate("settings_page", "Conversations"): default_path().parent,
        QCoreApplication.translate("settings_page", "Settings"): preferences.path.parent,
        QCoreApplication.translate("settings_page", "Logs"): paths.log_dir(),
        QCoreApplication.translate("settings_page", "Downloaded models"): paths.hf_cache_dir(),
    }


def open_folder(folder: Path) -> bool:
    """Show folder in the system's file manager (made first, so it always opens)."""
    with contextlib.suppress(OSError):  # openUrl then fails; the path is on screen to copy
        folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class SettingsPage(QWidget):
    """The settings, grouped under headings; each change goes to Preferences at once, and
    what Preferences changes elsewhere (View > Theme, Ctrl+=) shows here."""

    tokenChanged = Signal()  # a token was saved or removed: the hub client must change

    def __init__(
        self,
        preferences: Preferences,
        tokens: TokenStore,
        hub: HubCalls,
        parent: QWidget | None = None,
        knowledge: KnowledgeService | None = None,
        running_language: str | None = None,
    ) -> None:
        """running_language: the code the window speaks now (App.language.code); None works
        it out from the setting, as i18n.install did at start."""
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.preferences = preferences
        p = preferences
        self.running_language = (
            running_language if running_language is not None else i18n.resolve(p.language)
        )
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 16, 24, 24)
        column.setSpacing(10)

        # Chat
        self.default_prompt = QPlainTextEdit()
        self.default_prompt.setObjectName("defaultSystemPrompt")
        self.default_prompt.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.default_prompt.setPlainText(p.default_system_prompt)
        self.default_prompt.setPlaceholderText(
            self.tr("None: new chats start without a system prompt.")
        )
        self.default_prompt.setMaximumHeight(110)
        self.default_prompt.setToolTip(
            self.tr(
                "Instructions every new chat starts with. Each conversation keeps its own, which "
                "you can change in the panel beside the chat; this changes no existing chat."
            )
        )
        self.send_key = QComboBox()
        self.send_key.setObjectName("sendKey")
        for key, label in send_key_labels().items():
            self.send_key.addItem(label, key)
        self.font_size = QSpinBox()
        self.font_size.setObjectName("fontSize")
        self.font_size.setRange(SYSTEM_FONT, FONT_SIZE_RANGE[1])
        self.font_size.setSpecialValueText(self.tr("System size"))
        self.font_size.setSuffix(self.tr(" pt", "font size unit, after the number"))
        self.font_size.setToolTip(
            self.tr("The size of the conversation's and the message box's text")
        )
        chat = QFormLayout()
        self._row(chat, self.tr("Default system prompt"), self.default_prompt)
        self._row(chat, self.tr("Send with"), self.send_key)
        self._row(chat, self.tr("Text size"), self.font_size)
        chat.addRow(
            "",
            note(
                self.tr(
                    "{bigger} and {smaller} change the text size anywhere; {reset} resets it."
                ).format(bigger="Ctrl+=", smaller="Ctrl+-", reset="Ctrl+0")
            ),
        )
        self._section(column, self.tr("Chat"), chat)

        # Appearance
        self.theme = QComboBox()
        self.theme.setObjectName("themeChoice")
        for key, label in theme_labels().items():
            self.theme.addItem(label, key)
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem(self.tr("Follow the system"), "")
        for language in i18n.LANGUAGES:
            self.language.addItem(language.native_name, language.code)
        self.language.setToolTip(self.tr("The language of Hearth's window"))
        self.language_note = note(self.tr("Hearth shows the new language the next time it starts."))
        self.language_note.setObjectName("languageRestartNote")
        self.language_note.hide()
        appearance = QFormLayout()
        self._row(appearance, self.tr("Theme"), self.theme)
        self._row(appearance, self.tr("Language"), self.language)
        appearance.addRow("", self.language_note)
        self._section(column, self.tr("Appearance"), appearance)

        # Models
        self.folders = QListWidget()
        self.folders.setObjectName("modelFolders")
        self.folders.setMaximumHeight(100)
        self.folders.setAccessibleName(self.tr("Model folders"))
        self.add_folder = QPushButton(self.tr("Add folder…"))
        self.add_folder.setAccessibleName(self.tr("Add a model folder"))
        self.remove_folder = QPushButton(self.tr("Remove"))
        self.remove_folder.setAccessibleName(self.tr("Remove the model folder"))
        self.remove_folder.setToolTip(self.tr("Stop listing this folder's models (the files stay)"))
        self.remove_folder.setAccessibleDescription(self.remove_folder.toolTip())
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_folder)
        buttons.addWidget(self.remove_folder)
        buttons.addStretch(1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folders, 1)
        folder_row.addLayout(buttons)
        models = QVBoxLayout()
        models.addWidget(
            note(
                self.tr(
                    "Hearth lists the GGUF models in these folders (and their subfolders) in the "
                    "Library beside its own downloads, and uses them where they are."
                )
            )
        )
        models.addLayout(folder_row)
        self._section(column, self.tr("Model folders"), models)

        # Knowledge (its own widget: desktop/ui/knowledge_settings.py)
        self.knowledge = None
        if knowledge is not None:
            from desktop.ui.knowledge_settings import KnowledgeSettings

            self.knowledge = KnowledgeSettings(knowledge)
            section = QVBoxLayout()
            section.addWidget(self.knowledge)
            self._section(column, self.tr("Knowledge"), section)

        # Downloads
        self.offline = QCheckBox(self.tr("Work offline: never connect to the hub"))
        self.offline.setObjectName("offlineBox")
        self.offline.setToolTip(
            self.tr("No searches or downloads; the models you have and your chats keep working.")
        )
        self.offline.setAccessibleDescription(self.offline.toolTip())
        self.max_downloads = QSpinBox()
        self.max_downloads.setObjectName("maxDownloads")
        self.max_downloads.setRange(1, MAX_DOWNLOADS_LIMIT)
        self.max_downloads.setToolTip(self.tr("How many downloads run at the same time"))
        downloads = QFormLayout()
        downloads.addRow(self.offline)
        self._row(downloads, self.tr("Downloads at once"), self.max_downloads)
        self.token_box = TokenBox(tokens, hub)
        self.token_box.tokenChanged.connect(self.tokenChanged)
        downloads.addRow(self.token_box)
        self._section(column, self.tr("Network and downloads"), downloads)

        # Conversation cache (its own widget: desktop/ui/cache_settings.py)
        self.cache = CacheSettings(p)
        cache = QVBoxLayout()
        cache.addWidget(self.cache)
        self._section(column, self.tr("Conversation cache"), cache)

        # Data
        self.data_folders = data_folders(p)
        self.open_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for row, (label, folder) in enumerate(self.data_folders.items()):
            where = QLabel(str(folder))
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setWordWrap(True)
            button = QPushButton(self.tr("Open folder"))
            button.setToolTip(self.tr("Show {folder} in the file manager").format(folder=folder))
            button.setAccessibleName(self.tr("Open the {kind} folder").format(kind=label))
            button.setAccessibleDescription(button.toolTip())
            button.clicked.connect(lambda _=False, f=folder: open_folder(f))
            self.open_buttons[label] = button
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(where, row, 1)
            grid.addWidget(button, row, 2)
        grid.setColumnStretch(1, 1)
        self._section(column, self.tr("Where your data lives"), grid)
        column.addStretch(1)
        body.setMaximumWidth(MAX_WIDTH)  # lines stay readable on a wide window
        # The forms' labels share one width, so every section's fields start in one column.
        forms = [chat, appearance, downloads, self.cache.form]
        labels: list[QWidget] = []
        for form in forms:
            # A field too wide beside its label (a long choice in a longer language or at a
            # large text size) moves under it rather than being squeezed and elided.
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    labels.append(widget)
        width = max((w.sizeHint().width() for w in labels), default=0)
        for w in labels:
            w.setMinimumWidth(width)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

        self._prompt_timer = QTimer(self)
        self._prompt_timer.setSingleShot(True)
        self._prompt_timer.setInterval(PROMPT_PAUSE_MS)
        self._prompt_timer.timeout.connect(self.save_prompt)
        self._show()
        self.default_prompt.textChanged.connect(self._prompt_timer.start)
        self.send_key.currentIndexChanged.connect(
            lambda _: p.set_send_key(str(self.send_key.currentData()))
        )
        self.font_size.valueChanged.connect(self._font_chosen)
        self.theme.currentIndexChanged.connect(lambda _: p.set_theme(str(self.theme.currentData())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.add_folder.clicked.connect(self._add_folder)
        self.remove_folder.clicked.connect(self._remove_folder)
        self.folders.currentRowChanged.connect(lambda _: self._update_folder_buttons())
        self.offline.toggled.connect(p.set_offline)
        self.max_downloads.valueChanged.connect(p.set_max_downloads)
        for signal in (
            p.themeChanged,
            p.fontSizeChanged,
            p.sendKeyChanged,
            p.modelFoldersChanged,
            p.networkChosen,
            p.languageChanged,
        ):
            signal.connect(self._show)

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget) -> None:
        """A labelled row: the label is the field's buddy (Alt+letter) and its accessible name."""
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(text.replace("&", ""))
        if field.toolTip():
            field.setAccessibleDescription(field.toolTip())
        form.addRow(label, field)

    def _section(
        self, column: QVBoxLayout, title: str, layout: QFormLayout | QGridLayout | QVBoxLayout
    ) -> None:
        column.addSpacing(8)
        column.addWidget(heading(title))
        column.addLayout(layout)

    # --- what Preferences holds, shown -------------------------------------------------

    def _show(self, *_: object) -> None:
        """Every field as Preferences has it (its signals are not echoed back)."""
        p = self.preferences
        widgets = (
            self.send_key,
            self.font_size,
            self.theme,
            self.language,
            self.offline,
            self.max_downloads,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.send_key.setCurrentIndex(max(self.send_key.findData(p.send_key), 0))
            self.font_size.setValue(p.font_size or SYSTEM_FONT)
            self.theme.setCurrentIndex(max(self.theme.findData(p.theme), 0))
            self.language.setCurrentIndex(max(self.language.findData(p.language), 0))
            self.offline.setChecked(p.offline)
            self.max_downloads.setValue(p.max_downloads)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._show_language_note()
        current = self.folders.currentItem()
        chosen = current.text() if current is not None else ""
        self.folders.clear()
        self.folders.addItems(list(p.model_folders))
        for row in range(self.folders.count()):
            if self.folders.item(row).text() == chosen:
                self.folders.setCurrentRow(row)
        self._update_folder_buttons()

    def _update_folder_buttons(self) -> None:
        self.remove_folder.setEnabled(self.folders.currentItem() is not None)

    # --- changes -----------------------------------------------------------------------

    def save_prompt(self) -> None:
        """Save the default system prompt now (also what a pause in typing does)."""
        self._prompt_timer.stop()
        self.preferences.set_default_system_prompt(self.default_prompt.toPlainText())

    def _language_chosen(self, _index: int) -> None:
        code = str(self.language.currentData() or "")
        self.preferences.set_language(code)
        self._show_language_note()

    def next_language(self) -> str:
        """The language the next start will show, as chosen in the box."""
        code = str(self.language.currentData() or "")
        return code if code in i18n.CODES else i18n.resolve(code)

    def _show_language_note(self) -> None:
        """The restart note, only when the choice differs from the language shown now."""
        self.language_note.setVisible(self.next_language() != self.running_language)

    def _font_chosen(self, value: int) -> None:
        self.preferences.set_font_size(None if value == SYSTEM_FONT else value)

    def _add_folder(self) -> None:
        folder = file_dialogs.directory(self, self.tr("Add a model folder"), str(Path.home()))
        if folder:
            self.preferences.add_model_folder(folder)

    def _remove_folder(self) -> None:
        item = self.folders.currentItem()
        if item is not None:
            self.preferences.remove_model_folder(item.text())

    def hideEvent(self, event: QHideEvent) -> None:
        if self._prompt_timer.isActive():
            self.save_prompt()  # leaving the page keeps what was typed
        super().hideEvent(event)
