"""MessageEdits: an edit is stored only when it fits the context (counted as drafts are)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.core.types import Message
from desktop.services.chat_session import ChatSession, ChatState
from desktop.services.draft import TEMPLATE_SLACK


def edit_refused_sentence(tokens: int, limit: int, n_ctx: int) -> str:
    """Why an edit was not saved: even alone with the system prompt it cannot fit."""
    return QCoreApplication.translate(
        "edits",
        "This edit is too long to save: with the system prompt it is {tokens} tokens, "
        "and the model's {n_ctx}-token context holds {limit} once room for the reply "
        "is kept. Shorten it, or load the model with a larger context.",
    ).format(tokens=f"{tokens:,}", n_ctx=f"{n_ctx:,}", limit=f"{limit:,}")


# English sources, translated where they are emitted.
BUSY_SENTENCE = QT_TRANSLATE_NOOP(
    "MessageEdits", "A reply is being written: stop it or let it end, then save the edit."
)
NO_MODEL_SENTENCE = QT_TRANSLATE_NOOP(
    "MessageEdits", "Load a model to write a new reply; Save keeps the edit without one."
)


class MessageEdits(QObject):
    """Checks an edit against the loaded model's context before ChatSession.edit stores it.

    The rule is the composer's: a message must fit with the system prompt alone (older
    turns are left out by the context policy). A text under the bytes bound is saved at
    once; a longer one is counted by the session's worker first (the edit waits). With
    no model loaded a Save is stored unchecked (nothing to count with), a Save and
    regenerate is refused.
    """

    saved = Signal(int)  # message id: the edit is stored (a new reply may be on its way)
    refused = Signal(int, str)  # message id, a sentence: nothing was stored

    _count = Signal(int, object)  # queued to the worker's thread

    def __init__(self, session: ChatSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        # Negative ids: the session's own requests count up from 1 and ignore these.
        self._ids = itertools.count(-1, -1)
        self._pending: dict[int, tuple[int, str, bool]] = {}  # id: message, text, regenerate
        self._count.connect(session.worker.count)
        session.worker.counted.connect(self._on_counted)

    def request(self, message_id: int, text: str, regenerate: bool) -> None:
        """Save an edit (regenerate: a new version of a user message and a new reply);
        answered with saved or refused."""
        s = self._session
        text = text.strip()
        tree = s.tree
        if not text or tree is None or message_id not in tree:
            self.refused.emit(message_id, self.tr("This message is no longer in the conversation."))
            return
        if s.state in (ChatState.GENERATING, ChatState.STOPPING):
            self.refused.emit(message_id, self.tr(BUSY_SENTENCE))
            return
        if s.model is None:
            if regenerate:
                self.refused.emit(message_id, self.tr(NO_MODEL_SENTENCE))
            else:
                self._apply(message_id, text, False)
            return
        role = tree.get(message_id).role
        bound = len(s.system_prompt.encode()) + len(text.encode()) + TEMPLATE_SLACK
        if bound <= s.prompt_limit():
            self._apply(message_id, text, regenerate)
            return
        rid = next(self._ids)
        self._pending[rid] = (message_id, text, regenerate)
        messages = [Message("system", s.system_prompt)] if s.system_prompt else []
        messages.append(Message(role, text))
        self._count.emit(rid, tuple(messages))

    def pending(self) -> bool:
        """Whether an edit waits for its count."""
        return bool(self._pending)

    @Slot(int, int)
    def _on_counted(self, request_id: int, tokens: int) -> None:
        entry = self._pending.pop(request_id, None)
        if entry is None:
            return  # the session's own count
        message_id, text, regenerate = entry
        s = self._session
        model = s.model
        if model is None:
            self.refused.emit(message_id, NO_MODEL_SENTENCE)
            return
        limit = s.prompt_limit()
        if tokens > limit:
            self.refused.emit(message_id, edit_refused_sentence(tokens, limit, model.n_ctx))
            return
        # Fits, or could not be counted (-1): the engine's own policy has the last word.
        self._apply(message_id, text, regenerate)

    def _apply(self, message_id: int, text: str, regenerate: bool) -> None:
        s = self._session
        if regenerate and not s.can_send():
            self.refused.emit(message_id, BUSY_SENTENCE if s.model else NO_MODEL_SENTENCE)
            return
        s.edit(message_id, text, regenerate)
        self.saved.emit(message_id)
