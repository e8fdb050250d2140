"""Settings: the Hugging Face token (verify, save, remove), offline mode, parallel downloads,
and the system prompt new chats start with."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.settings import MAX_DOWNLOADS_LIMIT, Settings
from desktop.services.hub_calls import HubCalls

if TYPE_CHECKING:  # keyring is imported when the token is first needed
    from desktop.core.secrets import TokenStore

TOKEN_HELP = (
    "A token lets Hearth download gated models whose licence you accepted on the hub. "
    "Create a read token at huggingface.co/settings/tokens. It is kept in your system's "
    "keychain (or, without one, in memory until Hearth closes), never in Hearth's files "
    "or logs."
)


class SettingsDialog(QDialog):
    """Token actions take effect at once (tokenChanged); the other fields on OK (values())."""

    tokenChanged = Signal()  # a token was saved or removed: the hub client must change

    def __init__(
        self,
        settings: Settings,
        tokens: TokenStore,
        hub: HubCalls,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(520)
        self._settings = settings
        self.tokens = tokens
        self.hub = hub
        self._checking = ""

        help_label = QLabel(TOKEN_HELP)
        help_label.setWordWrap(True)
        self.token = QLineEdit()
        self.token.setObjectName("tokenField")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText("hf_…")
        self.token.setClearButtonEnabled(True)
        self.verify_button = QPushButton("Verify")
        self.verify_button.setToolTip("Ask the hub whose token this is")
        self.save_button = QPushButton("Save")
        self.remove_button = QPushButton("Remove")
        self.remove_button.setToolTip("Forget the saved token")
        self.token_state = QLabel()
        self.token_state.setObjectName("tokenState")
        self.token_state.setWordWrap(True)
        self.check_result = QLabel()
        self.check_result.setObjectName("tokenCheck")
        self.check_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.token, 1)
        row.addWidget(self.verify_button)
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        token_box = QGroupBox("Hugging Face token")
        token_column = QVBoxLayout(token_box)
        token_column.addWidget(help_label)
        token_column.addLayout(row)
        token_column.addWidget(self.check_result)
        token_column.addWidget(self.token_state)

        self.offline = QCheckBox("Work offline: never connect to the hub")
        self.offline.setObjectName("offlineBox")
        self.offline.setToolTip(
            "No searches or downloads; the models you have and your chats keep working."
        )
        self.offline.setChecked(settings.offline)
        self.max_downloads = QSpinBox()
        self.max_downloads.setObjectName("maxDownloads")
        self.max_downloads.setRange(1, MAX_DOWNLOADS_LIMIT)
        self.max_downloads.setValue(settings.max_downloads)
        self.max_downloads.setToolTip("How many downloads run at the same time")
        network_box = QGroupBox("Network and downloads")
        form = QFormLayout(network_box)
        form.addRow(self.offline)
        form.addRow("Downloads at once", self.max_downloads)

        self.default_prompt = QPlainTextEdit()
        self.default_prompt.setObjectName("defaultSystemPrompt")
        self.default_prompt.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.default_prompt.setPlainText(settings.default_system_prompt)
        self.default_prompt.setPlaceholderText("None: new chats start without a system prompt.")
        self.default_prompt.setMaximumHeight(110)
        self.default_prompt.setToolTip(
            "Instructions every new chat starts with. Each conversation keeps its own, which "
            "you can change in the panel beside the chat; this changes no existing chat."
        )
        chats_box = QGroupBox("New chats")
        chats_form = QFormLayout(chats_box)
        chats_form.addRow("Default system prompt", self.default_prompt)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(token_box)
        layout.addWidget(network_box)
        layout.addWidget(chats_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.verify_button.clicked.connect(self.verify)
        self.save_button.clicked.connect(self.save_token)
        self.remove_button.clicked.connect(self.remove_token)
        self.token.textChanged.connect(lambda _: self._update_buttons())
        hub.whoamiDone.connect(self._verified)
        hub.whoamiFailed.connect(self._refused)
        self._stored = self.tokens.get() is not None
        self._show_state()

    # --- results -----------------------------------------------------------------------

    def values(self) -> Settings:
        """The settings with this dialog's offline, download and system prompt choices."""
        return dataclasses.replace(
            self._settings,
            offline=self.offline.isChecked(),
            max_downloads=self.max_downloads.value(),
            default_system_prompt=self.default_prompt.toPlainText().strip(),
        )

    # --- token -------------------------------------------------------------------------

    def verify(self) -> None:
        """Check the typed token (or the saved one when nothing is typed) with whoami."""
        token = self.token.text().strip() or self.tokens.get() or ""
        if not token:
            self.check_result.setText("Paste a token first.")
            return
        self._checking = token
        self.check_result.setText("Asking the hub…")
        self.verify_button.setEnabled(False)
        self.hub.whoami(token)

    def _verified(self, user: str) -> None:
        if not self._checking:
            return
        self._checking = ""
        self.check_result.setText(f"This token belongs to {user}.")
        self._update_buttons()

    def _refused(self, sentence: str) -> None:
        if not self._checking:
            return
        self._checking = ""
        self.check_result.setText(sentence)
        self._update_buttons()

    def save_token(self) -> None:
        token = self.token.text().strip()
        if not token:
            return
        self.tokens.set(token)
        self.token.clear()
        self._stored = True
        self._show_state()
        self.tokenChanged.emit()

    def remove_token(self) -> None:
        self.tokens.delete()
        self.token.clear()
        self._stored = False
        self.check_result.clear()
        self._show_state()
        self.tokenChanged.emit()

    def _show_state(self) -> None:
        if not self._stored:
            text = "No token is saved: public models download without one."
        elif self.tokens.persistent:
            text = "A token is saved in the system keychain."
        else:
            text = self.tokens.notice or "The token is kept only until Hearth closes."
        self.token_state.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        typed = bool(self.token.text().strip())
        self.save_button.setEnabled(typed)
        self.verify_button.setEnabled((typed or self._stored) and not self._checking)
        self.remove_button.setEnabled(self._stored)
