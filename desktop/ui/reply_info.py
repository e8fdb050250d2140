"""A reply's info popover: what wrote it, what it cost, and Reproduce (exactly those settings)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.connections import parse_remote_key
from desktop.core.history import StoredMessage
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.core.types import SamplingParams, StopReason
from desktop.models.locale_format import number
from desktop.ui import icons

if TYPE_CHECKING:
    from desktop.services.chat_session import ChatSession
    from desktop.ui.chat_view import ChatView

# English sources, shown through _t (translated when shown).
STOP_WORDS = {
    StopReason.END_OF_TURN: QT_TRANSLATE_NOOP("reply_info", "the model finished its answer"),
    StopReason.MAX_TOKENS: QT_TRANSLATE_NOOP("reply_info", "it reached the reply's token limit"),
    StopReason.STOP_STRING: QT_TRANSLATE_NOOP("reply_info", "a stop text appeared"),
    StopReason.CONTEXT_FULL: QT_TRANSLATE_NOOP("reply_info", "the context was full"),
    StopReason.USER: QT_TRANSLATE_NOOP("reply_info", "you stopped it"),
    StopReason.ERROR: QT_TRANSLATE_NOOP("reply_info", "an error ended it"),
    StopReason.UNKNOWN: QT_TRANSLATE_NOOP(
        "reply_info", "a reason this version of Hearth does not know"
    ),
}
NOT_KEPT = QT_TRANSLATE_NOOP("reply_info", "not kept")


def _t(text: str) -> str:
    """A text of this module (a literal marked above, or in the call), translated."""
    return QCoreApplication.translate("reply_info", text)


def _g(value: float) -> str:
    """A setting's value as short as it goes (0.8, 1, 0.05), as the language writes it."""
    return QLocale().toString(float(value), "g", 6)


def sampling_text(p: SamplingParams) -> str:
    """The sampling settings in one line, in the panel's words."""
    parts = [
        QCoreApplication.translate("reply_info", "temperature {value}").format(
            value=_g(p.temperature)
        )
    ]
    parts.append(
        QCoreApplication.translate("reply_info", "top-p {value}").format(value=_g(p.top_p))
        if p.top_p is not None
        else QCoreApplication.translate("reply_info", "top-p off")
    )
    parts.append(
        QCoreApplication.translate("reply_info", "top-k {value}").format(value=number(p.top_k))
    )
    parts.append(
        QCoreApplication.translate("reply_info", "min-p {value}").format(value=_g(p.min_p))
    )
    parts.append(
        QCoreApplication.translate("reply_info", "repeat penalty {value} (last {count})").format(
            value=_g(p.repeat_penalty), count=number(p.repeat_last_n)
        )
    )
    # No plural count (n): the text has no %n, and with one Qt would miss its translation.
    parts.append(
        QCoreApplication.translate("reply_info", "at most {count} tokens").format(
            count=number(p.max_tokens)
        )
    )
    if p.stop:
        stops = ", ".join(repr(s) for s in p.stop)
        parts.append(
            QCoreApplication.translate("reply_info", "stop at {texts}").format(texts=stops)
        )
    return " · ".join(parts)


def reply_seed(message: StoredMessage) -> int | None:
    """The seed the reply was sampled with: the engine's report, else the one asked for."""
    if message.stats is not None:
        return message.stats.seed
    return message.repro.seed if message.repro is not None else None


def details(message: StoredMessage) -> list[tuple[str, str]]:
    """The popover's lines (label, value) for a reply."""
    repro, stats = message.repro, message.stats
    name = (repro.model_name or Path(repro.model_path).name) if repro else ""
    remote = parse_remote_key(repro.model_path) if repro else None
    if remote is not None:  # a connection's model: its key is the stored path
        name = QCoreApplication.translate(
            "reply_info", "{model} on connection {connection}"
        ).format(model=remote[1], connection=remote[0])
    seed = reply_seed(message)
    not_kept = _t(NOT_KEPT)
    rows = [
        (QCoreApplication.translate("reply_info", "Model"), name or not_kept),
        (
            "sha256",
            (repro.model_sha256 if repro else None)
            or QCoreApplication.translate("reply_info", "not known"),
        ),
        (
            QCoreApplication.translate("reply_info", "Chat format"),
            stats.chat_format if stats else not_kept,
        ),
        (
            QCoreApplication.translate("reply_info", "Sampling"),
            sampling_text(repro.sampling) if repro and repro.sampling else not_kept,
        ),
        (
            QCoreApplication.translate("reply_info", "Seed"),
            str(seed) if seed is not None else not_kept,
        ),
    ]
    stopped_because = QCoreApplication.translate("reply_info", "Stopped because")
    if stats is None:
        ended = {
            "stopped": QCoreApplication.translate("reply_info", "you stopped it"),
            "error": QCoreApplication.translate("reply_info", "an error ended it"),
        }
        rows.append(
            (
                stopped_because,
                ended.get(
                    message.status, QCoreApplication.translate("reply_info", "it did not finish")
                ),
            )
        )
        return rows
    reason = STOP_WORDS.get(stats.stop_reason)
    if stats.cached_tokens:
        tokens = QCoreApplication.translate(
            "reply_info", "{prompt} in the prompt ({reused} reused) · {written} written"
        )
    else:
        tokens = QCoreApplication.translate(
            "reply_info", "{prompt} in the prompt · {written} written"
        )
    speed = QCoreApplication.translate(
        "reply_info",
        "{rate} tok/s writing · {read} tok/s reading the prompt · "
        "first token after {ttft} ms · {total} s in all",
    )
    rows += [
        (stopped_because, _t(reason) if reason else str(stats.stop_reason)),
        (
            QCoreApplication.translate("reply_info", "Tokens"),
            tokens.format(
                prompt=number(stats.prompt_tokens),
                reused=number(stats.cached_tokens),
                written=number(stats.generated_tokens),
            ),
        ),
        (
            QCoreApplication.translate("reply_info", "Speed"),
            speed.format(
                rate=number(stats.tokens_per_s, 1),
                read=number(stats.prompt_tokens_per_s),
                ttft=number(stats.ttft_ms),
                total=number(stats.total_ms / 1000, 1),
            ),
        ),
    ]
    return rows


def reproduce_sampling(message: StoredMessage) -> SamplingParams | None:
    """Exactly how the reply was sampled, its seed included (None: not known)."""
    repro, seed = message.repro, reply_seed(message)
    if repro is None or repro.sampling is None or seed is None:
        return None
    return replace(repro.sampling, seed=seed)


def _short(sha: str | None) -> str:
    return (
        f"sha256 {sha[:12]}…"
        if sha
        else QCoreApplication.translate("reply_info", "sha256 not known")
    )


def model_difference(message: StoredMessage, path: str, sha256: str | None) -> str:
    """A sentence when the loaded model (path, sha256) is not the one that wrote the reply
    ('' when it is): by sha256 when both are known, else by file."""
    repro = message.repro
    if repro is None:
        return ""
    same = (
        repro.model_sha256 == sha256
        if repro.model_sha256 and sha256
        else Path(repro.model_path) == Path(path)
    )
    if same:
        return ""
    return QCoreApplication.translate(
        "reply_info",
        "This reply was written by {old} ({old_sha}); the model loaded now is {new} "
        "({new_sha}), so the new reply will not be the same.",
    ).format(
        old=repro.model_name or QCoreApplication.translate("reply_info", "another model"),
        old_sha=_short(repro.model_sha256),
        new=Path(path).name,
        new_sha=_short(sha256),
    )


class ReplyInfo(QFrame):
    """The popover: the reply's details and Reproduce (a new version of the reply with
    exactly its sampling and seed). Another model loaded: a sentence says so and the
    button reads "Reproduce anyway"; what cannot be reproduced says why and has no button."""

    reproduceRequested = Signal(int, object)  # message id, SamplingParams

    def __init__(
        self,
        message: StoredMessage,
        loaded: tuple[str, str | None] | None,
        busy: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("replyInfo")
        self.message = message
        self.fields: dict[str, str] = dict(details(message))
        self.sampling = reproduce_sampling(message)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        self._value_labels: dict[str, QLabel] = {}
        for label, value in self.fields.items():
            shown = QLabel(value, self)
            shown.setWordWrap(True)
            shown.setMaximumWidth(460)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._value_labels[label] = shown
            shown.setAccessibleName(label)
            form.addRow(label, shown)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setMaximumWidth(560)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        icons.attach(self.copy_button, "mdi6.content-copy")
        self.copy_button.clicked.connect(self._copy)
        self.reproduce_button = QPushButton(self.tr("Reproduce"), self)
        self.reproduce_button.setToolTip(
            self.tr("Write this reply again with exactly these settings")
        )
        icons.attach(self.reproduce_button, "mdi6.replay")
        self.reproduce_button.clicked.connect(self._reproduce)
        sentence = self._refusal(loaded, busy)
        if sentence:
            self.reproduce_button.hide()
        elif loaded is not None:
            sentence = model_difference(message, *loaded)
            if sentence:
                self.reproduce_button.setText(self.tr("Reproduce anyway"))
        self.note.setText(sentence)
        self.note.setVisible(bool(sentence))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.reproduce_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        title = QLabel(self.tr("About this reply"), self)
        self.setAccessibleName(title.text())
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def _refusal(self, loaded: tuple[str, str | None] | None, busy: bool) -> str:
        """Why Reproduce is not offered ('' when it is)."""
        if self.sampling is None:
            return self.tr(
                "This reply cannot be reproduced: Hearth did not keep its sampling or its seed."
            )
        if loaded is None:
            return self.tr("Load a model to reproduce this reply.")
        if busy:
            return self.tr("A reply is being written: reproduce this one when it ends.")
        return ""

    def value(self, label: str) -> str:
        """The shown value of a line (a hook for tests)."""
        return self._value_labels[label].text()

    def _copy(self) -> None:
        line = self.tr("{label}: {value}")
        text = "\n".join(line.format(label=k, value=v) for k, v in self.fields.items())
        QGuiApplication.clipboard().setText(text)

    def _reproduce(self) -> None:
        if self.sampling is not None:
            self.reproduceRequested.emit(self.message.id, self.sampling)
        self.close()

    def show_at(self, anchor: QWidget | None) -> None:
        """Show below anchor (or at the parent's centre), kept on its screen."""
        self.adjustSize()
        parent = self.parentWidget()
        if anchor is not None:
            point = anchor.mapToGlobal(QPoint(0, anchor.height()))
        elif parent is not None:
            point = parent.mapToGlobal(parent.rect().center())
        else:
            point = QPoint(0, 0)
        screen = QGuiApplication.screenAt(point) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        x = max(area.left(), min(point.x(), area.right() - self.width()))
        y = point.y() if point.y() + self.height() <= area.bottom() else point.y() - self.height()
        self.move(x, max(area.top(), y))
        self.show()
        self.reproduce_button.setFocus(Qt.FocusReason.PopupFocusReason)


def open_reply_info(view: ChatView, session: ChatSession, message_id: int) -> ReplyInfo | None:
    """Show the popover of a reply of the open conversation; Reproduce regenerates it."""
    tree = session.tree
    if tree is None or message_id not in tree:
        return None
    model = session.model
    loaded = (model.path, session.sha256_of(model.path)) if model is not None else None
    busy = model is not None and not session.can_send()
    popover = ReplyInfo(tree.get(message_id), loaded, busy, view)
    popover.reproduceRequested.connect(session.regenerate)
    popover.show_at(view.info_anchor(message_id))
    return popover
