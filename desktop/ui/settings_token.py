"""The Hugging Face token in Settings: verify with the hub, save to the keychain, remove."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.services.hub_calls import HubCalls
from desktop.services.said import said

if TYPE_CHECKING:  # keyring is imported when the token is first needed
    from desktop.core.secrets import TokenStore

TOKEN_HELP = QT_TRANSLATE_NOOP(
    "settings_token",
    "A token lets Hearth download gated models whose licence you accepted on the hub. "
    "Create a read token at huggingface.co/settings/tokens. It is kept in your system's "
    "keychain (or, without one, in memory until Hearth closes), never in Hearth's files "
    "or logs.",
)


class TokenBox(QGroupBox):
    """Token actions take effect at once; tokenChanged says the hub client must change."""

    tokenChanged = Signal()

    def __init__(self, tokens: TokenStore, hub: HubCalls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Hugging Face token"))
        self.tokens = tokens
        self.hub = hub
        self._checking = ""
        help_label = QLabel(QCoreApplication.translate("settings_token", TOKEN_HELP))
        help_label.setWordWrap(True)
        self.token = QLineEdit()
        self.token.setObjectName("tokenField")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText("hf_…")
        self.token.setClearButtonEnabled(True)
        self.token.setAccessibleName(self.tr("Hugging Face token"))
        self.token.setAccessibleDescription(
            self.tr("Paste a read token from huggingface.co/settings/tokens")
        )
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_button.setToolTip(self.tr("Ask the hub whose token this is"))
        self.verify_button.setAccessibleDescription(self.tr("Ask the hub whose token this is"))
        self.save_button = QPushButton(self.tr("Save", "save the token"))
        self.save_button.setToolTip(self.tr("Keep the token in the system keychain"))
        self.save_button.setAccessibleDescription(self.tr("Keep the token in the system keychain"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Forget the saved token"))
        self.remove_button.setAccessibleDescription(self.tr("Forget the saved token"))
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
        column = QVBoxLayout(self)
        column.addWidget(help_label)
        column.addLayout(row)
        column.addWidget(self.check_result)
        column.addWidget(self.token_state)

        self.verify_button.clicked.connect(self.verify)
        self.save_button.clicked.connect(self.save_token)
        self.remove_button.clicked.connect(self.remove_token)
        self.token.textChanged.connect(lambda _: self._update_buttons())
        hub.whoamiDone.connect(self._verified)
        hub.whoamiFailed.connect(self._refused)
        self._stored = self.tokens.get() is not None
        self._show_state()

    def verify(self) -> None:
        """Check the typed token (or the saved one when nothing is typed) with whoami."""
        token = self.token.text().strip() or self.tokens.get() or ""
        if not token:
            self.check_result.setText(self.tr("Paste a token first."))
            return
        self._checking = token
        self.check_result.setText(self.tr("Asking the hub…"))
        self.verify_button.setEnabled(False)
        self.hub.whoami(token)

    def _verified(self, user: str) -> None:
        if not self._checking:
            return
        self._checking = ""
        self.check_result.setText(self.tr("This token belongs to {user}.").format(user=user))
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
            text = self.tr("No token is saved: public models download without one.")
        elif self.tokens.persistent:
            text = self.tr("A token is saved in the system keychain.")
        else:
            notice = self.tokens.notice
            text = (said(notice) if notice else "") or self.tr(
                "The token is kept only until Hearth closes."
            )
        self.token_state.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        typed = bool(self.token.text().strip())
        self.save_button.setEnabled(typed)
        self.verify_button.setEnabled((typed or self._stored) and not self._checking)
        self.remove_button.setEnabled(self._stored)
