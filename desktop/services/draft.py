"""DraftCounter: the composer's token meter and the refusal of a draft that cannot be sent."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from desktop.core.history import engine_turns
from desktop.core.types import Message

if TYPE_CHECKING:
    from desktop.services.chat_session import ChatSession

DRAFT_COUNT_DELAY_MS = 300  # the composer's text is counted this long after typing stops
# A token covers at least one byte of text: a message's bytes bound its tokens from above,
# plus what the chat template wraps around it (generous: some templates add a preamble).
TEMPLATE_SLACK = 128


@dataclass(frozen=True, slots=True)
class DraftCount:
    """The composer's meter: the tokens the next prompt holds (system prompt, the branch
    shown and the draft), the most the context leaves for a prompt (n_ctx less the reply's
    room), whether the figure is a guess (counted while a reply streamed), and whether the
    draft fits with the system prompt alone (else sending it is refused; older turns are
    left out by the context policy, so only these two must fit)."""

    tokens: int
    limit: int
    n_ctx: int
    estimated: bool = False
    fits: bool = True

    @property
    def room_left(self) -> int:
        return self.limit - self.tokens

    @property
    def over(self) -> bool:
        """More than the context holds: older turns will be left out, or (not fits) the
        draft cannot be sent at all."""
        return self.tokens > self.limit or not self.fits


def refused_sentence(tokens: int, limit: int, n_ctx: int) -> str:
    """Why a message was not sent: even alone with the system prompt it cannot fit."""
    return QCoreApplication.translate(
        "draft",
        "This message is too long to send: with the system prompt it is {tokens} tokens, "
        "and the model's {n_ctx}-token context holds {limit} once room for the reply "
        "is kept. Shorten it, or load the model with a larger context.",
    ).format(tokens=f"{tokens:,}", n_ctx=f"{n_ctx:,}", limit=f"{limit:,}")


class DraftCounter(QObject):
    """Counts the composer's text on the session's worker once typing stops, and decides
    whether a message may be sent.

    Owned by a ChatSession, which relays the three signals as its draftCounted,
    draftRefused and draftSent. A draft is counted twice: with the branch shown (the
    meter) and alone with the system prompt (whether it may be sent at all); a message
    whose fit is not known yet is held while it is counted, then sent or refused.
    """

    counted = Signal(object)  # DraftCount: the composer's meter
    refused = Signal(str)  # a sentence: the draft cannot fit; nothing was stored
    sent = Signal(str)  # a draft held while its tokens were counted was sent

    _count = Signal(int, object)  # queued to the worker's thread

    def __init__(
        self,
        session: ChatSession,
        ids: Iterator[int],
        send: Callable[[str], None],
        usage: Callable[[], int],
        writing: Callable[[], int | None],
    ) -> None:
        """ids: the session's request ids (counts share them with replies); send: store
        and answer a message; usage: the open conversation's tokens so far; writing: the
        id of the reply being written (left out of what is counted)."""
        super().__init__(session)
        self._session = session
        self._ids = ids
        self._send = send
        self._usage = usage
        self._writing = writing
        self._draft = ""  # the composer's text
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_COUNT_DELAY_MS)
        self._timer.timeout.connect(self._count_draft)
        self._counting: dict[int, tuple[str, str, str]] = {}  # id: kind, system, draft
        self._alone: tuple[str, str, int] | None = None  # system, draft, tokens (no branch)
        self._full: tuple[str, str, int] | None = None  # the same with the branch shown
        self._held: str | None = None  # sent while its fit was unknown: sent once counted
        self._closing = False
        self._count.connect(session.worker.count)
        session.worker.counted.connect(self._on_counted)

    def set_draft(self, text: str) -> None:
        """The composer's text changed: it is counted once typing stops (never while a
        reply streams: the engine is busy, and the meter shows an estimate meanwhile)."""
        self._draft = text
        if self._held is not None and text.strip() != self._held:
            self._held = None  # edited while counted: the person sends it again
        self.schedule()

    def may_send(self, text: str) -> bool:
        """Whether text (stripped) may be sent now. When its fit is not known yet it is
        held while its tokens are counted (False), then sent (sent) or refused; when it
        cannot fit it is refused (refused, False)."""
        fits = self._fits(text)
        if fits is None:
            if self._held != text:
                self._held = text
                self._count_draft(text)
            return False
        if not fits:
            self._refuse(text)
            return False
        self._held = None
        return True

    def forget_counts(self) -> None:
        """Another model counts differently: forget the counts, and any still on the way."""
        self._alone = self._full = None
        self._counting.clear()

    def close(self) -> None:
        """No more counts: the worker's thread is ending."""
        self._closing = True
        self._timer.stop()

    def schedule(self) -> None:
        """What the meter counts may have changed: count once typing stops when idle, else
        announce an estimate now."""
        s = self._session
        if s.model is None or self._closing:
            return
        if s.can_send():
            self._timer.start()  # (again): counted once typing stops
        else:
            self._timer.stop()
            self.report()

    def report(self) -> None:
        """Announce the meter: the draft's count when known, else an estimate (the
        conversation's use so far and about four characters a token)."""
        s = self._session
        if s.model is None:
            return
        draft = self._draft.strip()
        full = self._full
        if full is not None and full[:2] == (s.system_prompt, draft):
            tokens, estimated = full[2], False
        else:
            tokens, estimated = self._usage() + (len(draft) + 3) // 4, True
        fits = self._fits(draft) is not False
        self.counted.emit(DraftCount(tokens, s.prompt_limit(), s.model.n_ctx, estimated, fits))

    def _prompt_messages(self, draft: str, branch: bool) -> tuple[Message, ...]:
        """What the next prompt holds: the system prompt, the branch shown (without a reply
        being written), the draft as the user's turn."""
        s = self._session
        path = s.tree.active_path() if branch and s.tree is not None else []
        out = engine_turns(s.system_prompt, path, self._writing())
        out.append(Message("user", draft))
        return tuple(out)

    def _count_draft(self, text: str | None = None) -> None:
        """Ask the worker for the draft's tokens: with the branch (the meter) and alone with
        the system prompt (whether it may be sent); one request for a branch-less chat."""
        s = self._session
        if s.model is None or not s.can_send():
            return
        draft = (self._draft if text is None else text).strip()
        system = s.system_prompt
        has_branch = s.tree is not None and bool(s.tree.active_path())
        kinds = ("full", "alone") if has_branch else ("both",)
        for kind in kinds:
            rid = next(self._ids)
            self._counting[rid] = (kind, system, draft)
            self._count.emit(rid, self._prompt_messages(draft, kind == "full"))

    @Slot(int, int)
    def _on_counted(self, request_id: int, tokens: int) -> None:
        entry = self._counting.pop(request_id, None)
        if entry is None:
            return  # asked for another model, or not this counter's (an edit's)
        kind, system, draft = entry
        if tokens >= 0:
            if kind in ("alone", "both"):
                self._alone = (system, draft, tokens)
            if kind in ("full", "both"):
                self._full = (system, draft, tokens)
        if self._counting:
            return  # the other half is on its way
        self.report()
        held = self._held
        if held is None or not self._session.can_send():
            return
        self._held = None
        if self._fits(held) is False:
            self._refuse(held)
        else:  # fits, or could not be counted: the engine's own policy has the last word
            self._send(held)
            self.sent.emit(held)

    def _fits(self, text: str) -> bool | None:
        """Whether the draft fits with the system prompt alone (None: not known yet). Its
        count when known, else an upper bound (bytes bound tokens) that settles most."""
        s = self._session
        if s.model is None:
            return None
        limit = s.prompt_limit()
        known = self._alone
        bound = len(s.system_prompt.encode()) + len(text.encode()) + TEMPLATE_SLACK
        if known is not None and known[0] == s.system_prompt:
            if known[1] == text:
                return known[2] <= limit
            bound = min(bound, known[2] + len(text.encode()) + TEMPLATE_SLACK)
        return True if bound <= limit else None

    def _refuse(self, text: str) -> None:
        s = self._session
        known = self._alone
        assert s.model is not None and known is not None and known[1] == text
        self.refused.emit(refused_sentence(known[2], s.prompt_limit(), s.model.n_ctx))
