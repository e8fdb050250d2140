"""ChatSession: the one owner of the conversation on screen, announced as granular events.

Longer than 400 lines: it is the single owner the design asks for (the open conversation,
its branch, sampling, system prompt, the engine's thread, the stream and its throttle, the
reply's state machine and its saves). These share one state (the reply being written is a
row shown, a share of the context in use and the engine's one request), so splitting them
would spread one state machine over two owners. What stands apart lives beside it: the
draft's token count and what cannot be sent (services.draft), Continue's rules
(services.continuation), edits that must fit (services.edits); the whole history (list,
search, trash, export, import, saving) is services.history's.
"""

from __future__ import annotations

import contextlib
import enum
import itertools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from desktop.core.context import reply_room
from desktop.core.documents.types import Source
from desktop.core.history import (
    Attachment,
    FinishStatus,
    Repro,
    Status,
    StoredMessage,
    engine_turns,
)
from desktop.core.history.tree import ConversationTree
from desktop.core.types import (
    GenerationStats,
    LoadParams,
    Message,
    ModelInfo,
    OutputFormat,
    SamplingParams,
    StopReason,
    Thinking,
    ToolCall,
)
from desktop.engine.backend import Backend
from desktop.engine.formats import ToolCallArgsDelta, ToolCallEnd, ToolCallStart
from desktop.services.attachments import (
    PreparedTurn,
    TurnPreparer,
    conversation_documents,
    has_vision,
    refuse_images,
    reply_inputs,
    room_for_documents,
)
from desktop.services.continuation import (
    JoinStops,
    closed_stats,
    combined_stats,
    continuable,
    continue_messages,
)
from desktop.services.draft import DraftCount as DraftCount  # its callers' old import
from desktop.services.draft import DraftCounter
from desktop.services.history import History
from desktop.services.inference import GenerateRequest, InferenceWorker, Trimmed
from desktop.services.said import said
from desktop.services.thought import Thought
from desktop.services.throttle import Throttle
from desktop.services.tool_cards import DECISIONS, ToolCard, ToolCards, ToolResult, cards_from

if TYPE_CHECKING:
    from desktop.services.tool_turn import ToolTurn

log = logging.getLogger(__name__)

FLUSH_INTERVAL_MS = 500  # a streaming reply is saved this often
STREAM_INTERVAL_MS = 33  # the one throttle between the engine's stream and the view (~30 Hz)
DRAFT = -1  # the conversation id shown for a new chat not yet stored
SHUTDOWN_TIMEOUT_MS = 2500


class ChatState(enum.Enum):
    NO_MODEL = "no model"
    LOADING = "loading"
    IDLE = "idle"
    GENERATING = "generating"
    STOPPING = "stopping"


_BUSY = (ChatState.GENERATING, ChatState.STOPPING)

_STATUS_FOR_STOP: dict[StopReason, FinishStatus] = {
    StopReason.USER: "stopped",
    StopReason.ERROR: "error",
}


@dataclass(frozen=True, slots=True)
class Shown:
    """A message as the chat shows it: the stored message (a reply being written with all
    its text so far) and its place among its versions (0-based, of sibling_count)."""

    message: StoredMessage
    sibling_index: int = 0
    sibling_count: int = 1
    thinking: bool = False  # a reply being written is thinking now
    tools: tuple[ToolCard, ...] = ()  # its tool calls as cards

    def same_as(self, other: Shown) -> bool:
        """Whether a view showing `other` shows this (save times do not count, nor the text
        of a reply being written: that arrives as streamAppended)."""
        return self._looks() == other._looks()

    def _looks(self) -> tuple[object, ...]:
        m = self.message
        live = m.status == "streaming"
        text = None if live else m.content
        thought = None if live else (m.reasoning, m.reasoning_ms)
        return (
            m.id,
            m.role,
            m.status,
            m.stats,
            text,
            self.sibling_index,
            self.sibling_count,
            thought,
            self.tools,
            m.attachments,
            m.sources,
        )


class ChatSession(QObject):
    """One conversation's turns between the composer, the history and the engine.

    The user turn is stored first; the reply streams into a `streaming` row saved every
    500 ms and always ends as complete, stopped or error. The open conversation lives in
    memory (a ConversationTree); the history writer stores every change in order, off the
    GUI thread (services.history's conversations). Every change to what is shown is
    announced as the smallest event that says it; only opening another conversation
    replaces every row. When the open conversation goes into the trash, a new chat opens
    (a reply being written stops first).
    """

    stateChanged = Signal(object)  # ChatState
    conversationIdChanged = Signal(int)  # the open conversation's id (DRAFT: a new chat)
    # What is shown, as granular events (rows are the active path, top to bottom):
    conversationSwitched = Signal(int, object)  # id (DRAFT), list[Shown]: every row anew
    messageAdded = Signal(object)  # Shown: a new last row
    messageChanged = Signal(int, object)  # row, Shown: the same message, shown anew
    branchSwitched = Signal(int, object)  # row, list[Shown]: the rows from row down are these
    messagesRemoved = Signal(int, int)  # first row, count: deleted from the view
    streamAppended = Signal(int, str)  # message id, text since the last (<= 1 per 33 ms)
    # The reply's thought, apart from its text: message id, thought since the last (with
    # the same throttle, always before the text of the same window), ms thought so far.
    reasoningAppended = Signal(int, str, int)
    thoughtEnded = Signal(int, int)  # message id, how long it thought (ms)
    toolCardsChanged = Signal(int, object)  # message id, tuple[ToolCard, ...]
    approvalRequested = Signal(int, object)  # message id, ToolCard: may it run?
    approvalAnswered = Signal(str, str)  # call id, "once" | "always" | "deny"
    thinkingChanged = Signal(object)  # Thinking: the chat's thinking switch and effort
    messageFinished = Signal(int, str, object)  # message id, status, GenerationStats | None
    promptStarted = Signal(int)  # prompt tokens
    contextUsage = Signal(int, int)  # tokens in use by the open conversation, context size
    systemPromptChanged = Signal(str)
    systemPromptSourceChanged = Signal(bool)  # True: the default system prompt is used
    modelLoaded = Signal(object)  # ModelInfo
    modelLoadFailed = Signal(str)  # sentence
    engineCrashed = Signal(str)  # a sentence; the model is loaded again with the next send
    notice = Signal(str)  # e.g. what the context policy left out
    error = Signal(str)  # a sentence for a banner (a reply failed)
    messagesDeleted = Signal(int, object)  # conversation id, list of message ids (Undo)
    # The draft (services.draft's DraftCounter, relayed):
    draftCounted = Signal(object)  # DraftCount: the composer's meter
    draftRefused = Signal(str)  # a sentence: the draft cannot fit; nothing was stored
    draftSent = Signal(str)  # a draft held while its tokens were counted was sent
    # A message's files (services.attachments): why they cannot be sent (the draft and its
    # files stay in the composer); whether the chat answers from the knowledge folders.
    attachmentRefused = Signal(str)
    knowledgeChanged = Signal(bool)

    # Queued to the worker thread.
    _load = Signal(object)
    _generate = Signal(object)
    _shutdown = Signal()
    _kv_budget = Signal(object)  # int bytes, to the worker's thread (the session's owner)

    def __init__(
        self, history: History, backend_factory: Callable[[], Backend] | None = None
    ) -> None:
        super().__init__()
        self.history = history
        self._conversations = history.conversations  # the open conversation's writes
        history.deleted.connect(self._on_deleted)
        self.state = ChatState.NO_MODEL
        self.model: ModelInfo | None = None
        self.load_params: LoadParams | None = None
        # The loaded file's sha256 as the library knows it (the app sets it; stored with
        # each reply so Reproduce can tell another model apart).
        self.sha256_of: Callable[[str], str | None] = lambda _path: None
        self._sampling = SamplingParams()
        self._default_prompt = ""
        self.system_prompt = ""
        self.tree: ConversationTree | None = None  # None: a new chat, stored on first send
        self._shown: list[Shown] = []  # the rows as last announced
        self._ids = itertools.count(1)
        self._request_id = 0
        self._reply_id: int | None = None
        self._reply_tree: ConversationTree | None = None
        self._reply_text: list[str] = []
        self._thought = Thought()  # the reply's reasoning, apart from its text
        self._cards: dict[int, ToolCards] = {}  # message id -> its calls (the open chat's)
        self.always_allowed: set[str] = set()  # tools the person allowed for this session
        self._thinking: Thinking | None = None  # None: the model's own default
        self._output_format: OutputFormat | None = None  # None: free text
        # A send's tools (the app sets it: services.tool_turn.McpChatTools.turn_for); None:
        # the conversation uses none, and the reply is one chat.
        self.tool_turn: Callable[[int], ToolTurn | None] = lambda _conversation_id: None
        self._round_tail: int | None = None  # the last tool result stored under the reply
        self._pending: list[str] = []  # received, not yet announced (the throttle's window)
        self._stream_id = 0
        self._prompt_tokens = 0
        self._pieces = 0  # each piece holds at least one token: a lower bound while streaming
        self._flush = QTimer(self)
        self._flush.setInterval(FLUSH_INTERVAL_MS)
        self._flush.timeout.connect(self._flush_reply)
        self._stream_throttle = Throttle(self._emit_stream, STREAM_INTERVAL_MS, self)
        self._resuming = False  # the reply being written is a Continue of a stopped one
        self._resumed: GenerationStats | None = None  # its stats from before it resumed
        self._join: JoinStops | None = None  # a Continue's stop strings across the join
        # Attachments and knowledge passages become the user turn off the GUI thread.
        self.attachments = TurnPreparer(self)
        self.use_knowledge = False  # the chat's Knowledge switch
        self._reply_sources: tuple[Source, ...] = ()  # stored with the reply being written

        self._thread = QThread()
        self._thread.setObjectName("inference")
        self.worker = InferenceWorker(backend_factory=backend_factory)
        self.worker.moveToThread(self._thread)
        self._load.connect(self.worker.load)
        self._generate.connect(self.worker.generate)
        self._shutdown.connect(self.worker.shutdown)
        self._kv_budget.connect(self.worker.set_kv_budget)
        self.worker.loaded.connect(self._on_loaded)
        self.worker.loadFailed.connect(self._on_load_failed)
        self.worker.promptStarted.connect(self._on_prompt_started)
        self.worker.tokens.connect(self._on_tokens)
        self.worker.reasoning.connect(self._on_reasoning)
        self.worker.toolEvent.connect(self._on_tool_event)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.worker.checked.connect(self._on_checked)
        self.worker.crashed.connect(self._on_crashed)
        self.worker.trimmed.connect(self._on_trimmed)
        self.worker.notice.connect(self.notice)
        self.worker.loopEvent.connect(self._on_loop_event)
        self.worker.roundStarted.connect(self._on_round)
        self.worker.approvalNeeded.connect(self._on_approval_needed)
        # Direct: the worker's thread is blocked waiting for this very answer.
        self.approvalAnswered.connect(
            self.worker.answer_approval, Qt.ConnectionType.DirectConnection
        )
        self.drafts = DraftCounter(self, self._ids, self._send, self._usage, lambda: self._reply_id)
        self.drafts.counted.connect(self.draftCounted)
        self.drafts.refused.connect(self.draftRefused)
        self.drafts.sent.connect(self.draftSent)
        self._thread.start()

    # --- settings of the chat --------------------------------------------------------

    @property
    def sampling(self) -> SamplingParams:
        """How the next reply is sampled."""
        return self._sampling

    @sampling.setter
    def sampling(self, params: SamplingParams) -> None:
        self.set_sampling(params)

    def set_sampling(self, params: SamplingParams) -> None:
        self._sampling = params
        self.drafts.report()  # the reply's room, so the room left, may have changed

    @property
    def default_system_prompt(self) -> str:
        """What a new chat starts with (Preferences sets it)."""
        return self._default_prompt

    @default_system_prompt.setter
    def default_system_prompt(self, text: str) -> None:
        old, self._default_prompt = self._default_prompt, text.strip()
        if self.tree is None and self.system_prompt == old:
            self._set_prompt(self._default_prompt)  # a draft still on the old default follows
        else:
            self.systemPromptSourceChanged.emit(self.system_prompt_is_default)

    @property
    def system_prompt_is_default(self) -> bool:
        """Whether the open chat uses the default system prompt (else its own)."""
        return self.system_prompt == self._default_prompt

    def set_system_prompt(self, text: str) -> None:
        """The system prompt of the open conversation (or of the draft)."""
        self.system_prompt = text.strip()
        if self.tree is not None and self.system_prompt != self.tree.conversation.system_prompt:
            self._conversations.set_system_prompt(self.tree.id, self.system_prompt)
        self.systemPromptSourceChanged.emit(self.system_prompt_is_default)
        self.drafts.schedule()

    def _set_prompt(self, text: str) -> None:
        self.system_prompt = text
        self.systemPromptChanged.emit(text)
        self.systemPromptSourceChanged.emit(self.system_prompt_is_default)
        self.drafts.schedule()

    @property
    def thinking(self) -> Thinking | None:
        """The chat's thinking switch and effort (None: as the model's template defaults)."""
        return self._thinking

    def set_thinking(self, thinking: Thinking | None) -> None:
        """Think or not, and how hard, for the next replies (sent only to a model whose
        template reads it: thinking_support says which parts it reads)."""
        if thinking != self._thinking:
            self._thinking = thinking
            self.thinkingChanged.emit(thinking)

    def thinking_support(self) -> tuple[bool, bool]:
        """Whether the loaded model's template reads a thinking switch (enable_thinking)
        and a reasoning effort (gpt-oss), from ModelInfo.extra."""
        extra = self.model.extra if self.model is not None else {}
        return extra.get("thinking_switch") == "1", extra.get("reasoning_effort") == "1"

    def _request_thinking(self) -> Thinking | None:
        """What of the chat's thinking the loaded model reads (None: nothing to send)."""
        switch, effort = self.thinking_support()
        wanted = self._thinking
        if wanted is None or not (switch or effort):
            return None
        return Thinking(wanted.enabled if switch else None, wanted.effort if effort else None)

    @property
    def output_format(self) -> OutputFormat | None:
        """The JSON schema the next replies must follow (None: free text)."""
        return self._output_format

    def set_output_format(self, output_format: OutputFormat | None) -> None:
        """Replies follow this JSON schema from the next one on (the engine's grammar), and
        one that does not (cut short by its token limit) gets a notice."""
        self._output_format = output_format

    # --- tool calls (a tool loop drives these; the cards show them) ------------------------

    def tool_cards(self, message_id: int) -> tuple[ToolCard, ...]:
        cards = self._cards.get(message_id)
        return cards.cards if cards is not None else ()

    def ask_approval(self, message_id: int, call_id: str, server: str = "") -> None:
        """Ask the person whether a call of message_id may run (its card shows Allow once,
        Always allow this tool, Deny); approvalAnswered says what they chose. A tool
        always allowed in this session is answered at once."""
        cards = self._cards.get(message_id)
        card = cards.get(call_id) if cards is not None else None
        if cards is None or card is None:
            return
        if card.name in self.always_allowed:
            self._update_card(message_id, call_id, state="running", server=server)
            self.approvalAnswered.emit(call_id, "always")
            return
        self._update_card(message_id, call_id, state="asking", server=server)
        card = cards.get(call_id)
        self.approvalRequested.emit(message_id, card)

    def answer_approval(self, message_id: int, call_id: str, decision: str) -> None:
        """The person's answer on an approval card."""
        cards = self._cards.get(message_id)
        card = cards.get(call_id) if cards is not None else None
        if card is None or card.state != "asking" or decision not in DECISIONS:
            return
        if decision == "always":
            self.always_allowed.add(card.name)
        self._update_card(message_id, call_id, state="denied" if decision == "deny" else "running")
        self.approvalAnswered.emit(call_id, decision)

    def tool_finished(
        self, message_id: int, call_id: str, result: str, elapsed_ms: int, error: str = ""
    ) -> None:
        """A call ran: its result (or the sentence saying why it failed) and its time."""
        state = "error" if error else "done"
        self._update_card(
            message_id, call_id, state=state, result=result, elapsed_ms=elapsed_ms, error=error
        )

    @Slot(int, object, str)
    def _on_approval_needed(self, request_id: int, call: ToolCall, server: str) -> None:
        if self._current(request_id) and self._reply_id is not None:
            self.ask_approval(self._reply_id, call.id, server)

    @Slot(int, object)
    def _on_loop_event(self, request_id: int, event: object) -> None:
        """The tool loop's events (tools.runner): a call runs, ends (its result is stored
        as a 'tool' message under the reply), or the loop says something."""
        from desktop.tools.runner import LoopNotice, ToolFinished, ToolStarted

        tree, reply_id = self._reply_tree, self._reply_id
        if not self._current(request_id) or tree is None or reply_id is None:
            return
        if isinstance(event, LoopNotice):
            self.notice.emit(said(event.sentence))
        elif isinstance(event, ToolStarted):
            self._update_card(reply_id, event.call.id, state="running")
        elif isinstance(event, ToolFinished):
            ms, call = round(event.elapsed_s * 1000), event.call
            failed = event.status != "ok"
            if event.status != "denied":
                self.tool_finished(reply_id, call.id, event.text, ms, event.text if failed else "")
            else:
                self._update_card(reply_id, call.id, state="denied", result=event.text)
            parent = self._round_tail or reply_id
            if parent in tree:
                added = self._conversations.add(tree, parent, "tool", event.text)
                stored = replace(
                    added, tool_call_id=call.id, name=call.name, elapsed_ms=ms, is_error=failed
                )
                self._conversations.save(tree, stored)
                self._round_tail = stored.id

    @Slot(int, object)
    def _on_round(self, request_id: int, stats: GenerationStats | None) -> None:
        """The tools answered and the model is asked again: the round's message ends (with
        its calls) and the next one streams under the last tool result."""
        tree, old = self._reply_tree, self._reply_id
        if not self._current(request_id) or tree is None or old is None or old not in tree:
            return
        self._end_thought()
        self._emit_stream()
        self._save_reply("complete", stats)
        parent = self._round_tail if self._round_tail in tree else old
        reply = self._conversations.add(
            tree, parent, "assistant", "", "streaming", tree.get(old).repro
        )
        self._reply_id = self._stream_id = reply.id
        self._reply_text, self._pending, self._round_tail = [], [], None
        self._thought = Thought()
        self._cards[reply.id] = ToolCards()
        if tree is self.tree:
            self._announce()

    def _update_card(self, message_id: int, call_id: str, **changes: object) -> None:
        cards = self._cards.get(message_id)
        if cards is not None and cards.update(call_id, **changes):
            self.toolCardsChanged.emit(message_id, cards.cards)

    # --- model -------------------------------------------------------------------------

    def set_kv_budget(self, n_bytes: int) -> None:
        """The disk the engine's saved conversation states may take (Settings; 0: none),
        set on the worker's thread: the engine is never called from this one."""
        self._kv_budget.emit(int(n_bytes))

    def load_model(self, params: LoadParams) -> None:
        if self.state in _BUSY:
            self.stop()
        self.load_params = params
        self._set_state(ChatState.LOADING)
        self._load.emit(params)

    def cancel_load(self) -> None:
        """End a load in progress now (the engine is ended; loadFailed says so)."""
        if self.state is ChatState.LOADING:
            self.worker.cancel_load()

    def reload_model(self) -> None:
        """Load the last model again now (after a crash it would be with the next send)."""
        if self.load_params is not None:
            self.load_model(self.load_params)

    # --- conversations -------------------------------------------------------------------

    @property
    def conversation_id(self) -> int | None:
        """The open conversation's id; None for a new chat not stored yet."""
        return self.tree.id if self.tree is not None else None

    def new_conversation(self) -> None:
        """Open an empty draft with the default system prompt; it is stored with the first
        message, so no empty chats pile up."""
        if self.state in _BUSY:
            self.stop()
        self.tree = None
        self._switched(DRAFT)
        self._set_prompt(self._default_prompt)

    def open_conversation(self, conversation_id: int) -> bool:
        """Show a conversation; False (and a sentence) when it cannot be read."""
        if conversation_id != self.conversation_id:
            self.stop()  # one reply at a time: leaving its conversation ends it
        tree = self.history.open(conversation_id)  # None: the history said why
        if tree is None:
            return False
        self.tree = tree
        self._switched(conversation_id)
        self._set_prompt(tree.conversation.system_prompt)
        return True

    def active_path(self) -> list[StoredMessage]:
        """The open conversation as shown: a reply being written with all its text so far
        (its saves lag by up to half a second)."""
        return [s.message for s in self._shown_path()]

    @Slot(int)
    def _on_deleted(self, conversation_id: int) -> None:
        """The open conversation went into the trash: a new chat (new_conversation stops a
        reply being written first)."""
        if conversation_id == self.conversation_id:
            self.new_conversation()

    # --- turns -----------------------------------------------------------------------------

    def can_send(self) -> bool:
        return self.state is ChatState.IDLE

    def submit(self, text: str, attachments: Sequence[Path] = ()) -> bool:
        """Send a user message; refused (False) unless a model is loaded and idle, and
        refused with draftRefused when it cannot fit the context even with every older turn
        left out. When its fit is not known yet it is held (False) while its tokens are
        counted, then sent (draftSent) or refused. With files attached (or documents earlier
        in the branch, or the Knowledge switch on) it is held while they are read (False),
        then sent (draftSent) or refused with attachmentRefused, the draft kept. Files may go
        with no text (the documents alone are the turn)."""
        text = text.strip()
        if not (text or attachments) or not self.can_send() or self.attachments.busy:
            return False
        files = tuple(Path(p) for p in attachments)
        path = self.tree.active_path() if self.tree else []
        earlier = conversation_documents(path)  # a follow-up is answered from them too
        if files or earlier or self.use_knowledge:
            refusal = refuse_images(files, has_vision(self.model))
            if refusal:  # before anything is read or stored
                self.attachmentRefused.emit(refusal)
                return False
            self._prepare(text, files, earlier, path, partial(self._send_prepared, text))
            return False
        if not self.drafts.may_send(text):
            return False
        self._send(text)
        return True

    def set_knowledge(self, on: bool) -> None:
        """Answer from the knowledge folders (their passages go with each message)."""
        if on != self.use_knowledge:
            self.use_knowledge = on
            self.knowledgeChanged.emit(on)

    def _prepare(
        self,
        question: str,
        files: tuple[Path, ...],
        held: tuple[Attachment, ...],
        before: list[StoredMessage],
        then: Callable[[PreparedTurn], None],
    ) -> None:
        """Read the files off the GUI thread (services.attachments), then `then(turn)` while
        the same conversation is open and idle (else the draft stays, to send again)."""
        tree, turns = self.tree, engine_turns(self.system_prompt, before)
        self.attachments.start(
            question,
            files,
            held,
            room_tokens=room_for_documents(self.prompt_limit(), turns, question),
            use_knowledge=self.use_knowledge,
            done=lambda turn: then(turn) if self.tree is tree and self.can_send() else None,
            failed=self.attachmentRefused.emit,
        )

    def _send_prepared(self, text: str, turn: PreparedTurn) -> None:
        self._send(text, turn)
        self.draftSent.emit(text)

    def _send(self, text: str, turn: PreparedTurn | None = None) -> None:
        if self.tree is None:
            named = turn.attachments[0].name if turn is not None and turn.attachments else ""
            title = _title_from(text) or named  # files sent alone: the first one's name
            self.tree = self._conversations.create(title, self.system_prompt)
            self.conversationIdChanged.emit(self.tree.id)
        path = self.tree.active_path()
        held = turn.attachments if turn is not None else ()
        parent = path[-1].id if path else None
        user = self._conversations.add(self.tree, parent, "user", text, attachments=held)
        self._start_reply(user.id, turn=turn)

    def regenerate(self, assistant_id: int, sampling: SamplingParams | None = None) -> None:
        """A new reply to the same user message, kept beside the old one; sampled as
        given (Reproduce: a reply's stored sampling and seed) or as the panel says. Its
        files are read again from their stored copies."""
        if not self.can_send() or self.tree is None or assistant_id not in self.tree:
            return
        parent = self.tree.get(assistant_id).parent_id
        if parent is not None:
            self._reply_to(parent, sampling)

    def _reply_to(self, parent: int, sampling: SamplingParams | None = None) -> None:
        """A new reply to the user message parent; its files (and the branch's documents)
        read again from their stored copies first."""
        assert self.tree is not None
        before, held = reply_inputs(self.tree.active_path(), self.tree.get(parent))
        if not (held or self.use_knowledge):
            self._start_reply(parent, sampling)
            return
        then = partial(self._start_reply, parent, sampling, None)
        self._prepare(self.tree.get(parent).content, (), held, before, lambda t: then(turn=t))

    def continue_reply(self, assistant_id: int) -> bool:
        """Write on from a reply that was cut short (services.continuation): the same message
        streams again from its text, its stats summed. False when it cannot be continued."""
        if not self.can_send() or self.tree is None or not continuable(self.tree, assistant_id):
            return False
        reply = self.tree.get(assistant_id)
        if reply.parent_id is None:
            return False
        self._start_reply(reply.parent_id, resume=assistant_id)
        return True

    def edit(self, message_id: int, text: str, regenerate: bool = True) -> None:
        """Edit a message. regenerate (a user message): a new version beside the old one,
        then a new reply. Else the text is replaced where it is and the replies stay
        (services.edits checks first that the new text fits the context)."""
        text = text.strip()
        if not text or self.tree is None or message_id not in self.tree or self.state in _BUSY:
            return
        old = self.tree.get(message_id)
        if not regenerate or old.role != "user":
            self._conversations.save(self.tree, replace(old, content=text))
            self._announce()
        elif self.can_send():
            edited = self._conversations.add(
                self.tree, old.parent_id, old.role, text, attachments=old.attachments
            )
            self._reply_to(edited.id)

    def switch_branch(self, message_id: int, delta: int) -> None:
        """Show the previous (-1) or next (+1) version of a message."""
        if self.tree is None or message_id not in self.tree or self.state in _BUSY:
            return
        ids = [m.id for m in self.tree.siblings(message_id)]
        target = ids[(ids.index(message_id) + delta) % len(ids)]
        self._conversations.switch(self.tree, target)
        self._announce()

    def delete_message(self, message_id: int) -> list[int]:
        """A message and the replies under it into the trash; their ids (for Undo)."""
        if self.state in _BUSY or self.tree is None or message_id not in self.tree:
            return []
        ids = self._conversations.delete_messages(self.tree, message_id)
        self._announce(removed=True)
        self.messagesDeleted.emit(self.tree.id, ids)
        return ids

    def restore_messages(self, conversation_id: int, ids: list[int]) -> None:
        """Undo a delete_message (shown again if its conversation is open)."""
        tree = self.history.open(conversation_id)
        if tree is None:
            return
        self._conversations.restore_messages(tree, ids)
        if tree is self.tree:
            self._announce()

    def stop(self) -> None:
        """Stop the reply being written (the worker sees the flag between tokens)."""
        if self.state in _BUSY:
            self._set_state(ChatState.STOPPING)
            self.worker.stop(self._request_id)

    # --- shutdown ----------------------------------------------------------------------------

    def end_reply_for_close(self) -> None:
        """The window is closing: end the reply being written as stopped, with all its
        text, so its last save is queued before the history writer is asked to finish."""
        self.worker.stop(self._request_id)
        self._end_for_close()

    def _end_for_close(self) -> None:
        """End the reply being written as stopped: its stats stay with the engine, but a
        Continue keeps the tokens it wrote (continuation.closed_stats)."""
        if self._reply_id is None:
            return
        stats = None
        if self._resuming:
            stats, self._resuming = closed_stats(self._resumed, self._pieces), False
        self._end_reply("stopped", stats)

    def shutdown(self) -> bool:
        """Stop, save, reap the engine, end the worker thread. True when it ended in time.
        The history writer is closed by the caller (it may have to ask the person)."""
        self.worker.stop(self._request_id)
        self.drafts.close()  # no more counts: the worker's thread is ending
        self.attachments.shutdown()  # a file being copied finishes; its send is dropped
        if self.state is ChatState.LOADING:
            # A load cannot be interrupted and nothing is lost by ending it: do not wait.
            self._kill_engine()
        self._end_for_close()
        self._shutdown.emit()
        done = self._thread.wait(SHUTDOWN_TIMEOUT_MS)
        if not done:
            # The worker is stuck in a native call: end the engine; its wait then returns.
            self._kill_engine()
            done = self._thread.wait(SHUTDOWN_TIMEOUT_MS)
        return done

    def _kill_engine(self) -> None:
        pid = self.worker.engine_pid()
        if pid is None:
            return
        import psutil

        with contextlib.suppress(psutil.Error):
            psutil.Process(pid).kill()

    # --- what is shown ------------------------------------------------------------------------

    def _shown_path(self) -> list[Shown]:
        """The active path with branch positions; a reply being written with its text so far."""
        if self.tree is None:
            return []
        path = self.tree.active_path()
        positions = self.tree.positions(path)
        live = self._reply_tree is self.tree and self._reply_id is not None
        text = "".join(self._reply_text) if live else ""
        thought = self._thought
        results = {  # the tool messages of the path, by the call they answer
            m.tool_call_id: ToolResult(m.content, m.elapsed_ms, m.is_error)
            for m in path
            if m.role == "tool" and m.tool_call_id
        }
        shown = []
        for m in path:
            if m.role == "tool":
                continue  # its call's card shows the result
            index, count = positions.get(m.id, (0, 1))
            cards = self._cards.get(m.id)
            tools = cards.cards if cards is not None else cards_from(m.tool_calls, results)
            if live and m.id == self._reply_id:
                m = replace(m, content=text, reasoning=thought.text, reasoning_ms=thought.ms)
                shown.append(Shown(m, index, count, thought.thinking, tools))
            else:
                shown.append(Shown(m, index, count, tools=tools))
        return shown

    def _switched(self, conversation_id: int) -> None:
        """Another conversation (or a new chat): every row anew."""
        self._emit_stream()  # what the old view still owed is dropped with it
        self._cards = {k: v for k, v in self._cards.items() if k == self._reply_id}
        self._shown = self._shown_path()
        self.conversationSwitched.emit(conversation_id, list(self._shown))
        self.conversationIdChanged.emit(conversation_id)
        self._report_usage()
        self.drafts.schedule()

    def _announce(self, removed: bool = False) -> None:
        """Say how the shown path changed since the last announcement: the rows that kept
        their message but not their branch counters, then the rows from the first message
        that differs (removed: those rows were deleted; else another version replaced them)."""
        self._emit_stream()  # the view gets every piece before rows move under it
        old, new = self._shown, self._shown_path()
        self._shown = new
        same = 0
        while same < min(len(old), len(new)) and old[same].message.id == new[same].message.id:
            same += 1
        for row in range(same):
            if not old[row].same_as(new[row]):
                self.messageChanged.emit(row, new[row])
        if same == len(old) or removed:
            if same < len(old):
                self.messagesRemoved.emit(same, len(old) - same)
            for shown in new[same:]:
                self.messageAdded.emit(shown)
        else:
            self.branchSwitched.emit(same, new[same:])
        self.drafts.schedule()

    def _usage(self) -> int:
        """Tokens the open conversation holds in the context: a reply being written's
        prompt and what it wrote so far, else the last reply's from its stats."""
        if self.tree is None:
            return 0
        if self._reply_tree is self.tree and self._reply_id is not None:
            return self._prompt_tokens + self._pieces
        for m in reversed(self.tree.active_path()):
            if m.stats is not None:
                return m.stats.prompt_tokens + m.stats.generated_tokens
        return 0

    def _report_usage(self) -> None:
        self.contextUsage.emit(self._usage(), self.model.n_ctx if self.model is not None else 0)

    # --- the reply -------------------------------------------------------------------------------

    def _start_reply(
        self,
        parent_id: int,
        sampling: SamplingParams | None = None,
        resume: int | None = None,
        turn: PreparedTurn | None = None,
    ) -> None:
        assert self.tree is not None and self.model is not None
        params = sampling or self._sampling
        repro = Repro(
            model_name=Path(self.model.path).name,
            model_path=self.model.path,
            model_sha256=self.sha256_of(self.model.path),
            sampling=params,
            seed=params.seed,
            chat_template_sha256=self.model.chat_template_sha256,
        )
        if resume is None:
            reply = self._conversations.add(
                self.tree, parent_id, "assistant", "", "streaming", repro
            )
        else:  # Continue: the same message streams again, from its text so far
            reply = self.tree.get(resume)
            self._conversations.save(self.tree, replace(reply, status="streaming"))
        self._resuming, self._resumed = resume is not None, reply.stats
        self._join = JoinStops(reply.content, params.stop) if resume is not None else None
        self._reply_id, self._reply_tree = reply.id, self.tree
        self._stream_id = reply.id
        self._reply_text, self._pending = [reply.content] if resume is not None else [], []
        self._thought = Thought(reply.reasoning, reply.reasoning_ms) if resume else Thought()
        self._cards[reply.id] = ToolCards.of(reply.tool_calls if resume else ())
        self._round_tail = None
        self._reply_sources = turn.sources if turn is not None else reply.sources
        self._prompt_tokens = self._pieces = 0
        self._stream_throttle.cancel()  # the reply's first piece shows at once
        messages = (
            self._engine_messages()
            if resume is None
            else continue_messages(self.tree.conversation.system_prompt, self.tree.active_path())
        )
        if turn is not None and messages and messages[-1].role == "user":
            # The question with its documents' text or passages, and its images.
            messages[-1] = replace(messages[-1], content=turn.content, images=turn.images)
            if turn.note:  # the documents did not fit: the question goes alone
                self.notice.emit(said(turn.note))
        self._request_id = next(self._ids)
        self._set_state(ChatState.GENERATING)
        self._announce()
        self._flush.start()
        self._generate.emit(
            GenerateRequest(
                self._request_id,
                tuple(messages),
                params,
                resume is not None,
                thinking=self._request_thinking(),
                output_format=self._output_format,
                tools=self.tool_turn(self.tree.id) if resume is None else None,
                conversation=str(self.tree.id) if self.tree.id > 0 else "",
            )
        )

    def _engine_messages(self) -> list[Message]:
        assert self.tree is not None
        return engine_turns(
            self.tree.conversation.system_prompt, self.tree.active_path(), self._reply_id
        )

    def _current(self, request_id: int) -> bool:
        return request_id == self._request_id and self._reply_id is not None

    def _showing_reply(self) -> bool:
        return self._reply_id is not None and self._reply_tree is self.tree

    @Slot(object)
    def _on_loaded(self, info: ModelInfo) -> None:
        self.model = info
        self.drafts.forget_counts()  # another model counts differently
        if self.state not in _BUSY:
            self._set_state(ChatState.IDLE)
        self._report_usage()
        self.modelLoaded.emit(info)

    @Slot(str, str)
    def _on_load_failed(self, sentence: str, details: str) -> None:
        log.warning("load failed: %s\n%s", sentence, details)
        self.model = None
        if self.state not in _BUSY:
            self._set_state(ChatState.NO_MODEL)
        self.modelLoadFailed.emit(sentence)

    @Slot(int, int)
    def _on_prompt_started(self, request_id: int, prompt_tokens: int) -> None:
        if self._current(request_id):
            self._prompt_tokens = prompt_tokens
            self.promptStarted.emit(prompt_tokens)
            if self._showing_reply():
                self._report_usage()

    @Slot(int, str)
    def _on_tokens(self, request_id: int, text: str) -> None:
        if not self._current(request_id):
            return
        self._pieces += 1
        if self._join is not None:
            text = self._at_join(text)
            if not text:
                return
        self._end_thought()  # the answer began
        self._reply_text.append(text)
        self._pending.append(text)
        self._stream_throttle()

    @Slot(int, str)
    def _on_reasoning(self, request_id: int, text: str) -> None:
        if not self._current(request_id) or not text:
            return
        self._pieces += 1
        self._thought.add(text)
        self._stream_throttle()

    def _end_thought(self) -> None:
        """The thought ended: what of it is pending is announced, then how long it took."""
        if not self._thought.thinking:
            return
        self._emit_stream()
        ms = self._thought.end()
        if ms is not None and self._reply_id is not None:
            self.thoughtEnded.emit(self._reply_id, ms)

    @Slot(int, object)
    def _on_tool_event(self, request_id: int, event: object) -> None:
        """A tool call forming in the reply (engine.formats events): its card follows it."""
        if not self._current(request_id) or self._reply_id is None:
            return
        self._end_thought()
        cards = self._cards.setdefault(self._reply_id, ToolCards())
        if isinstance(event, ToolCallStart):
            changed = cards.start(event.index, event.name, event.id)
        elif isinstance(event, ToolCallArgsDelta):
            changed = cards.append_arguments(event.index, event.text)
        elif isinstance(event, ToolCallEnd):
            call = ToolCall(event.id, event.name, event.arguments, event.raw, event.error)
            changed = cards.end(event.index, call)
        else:
            return
        if changed:
            self._emit_stream()  # the text before the call shows first
            self.toolCardsChanged.emit(self._reply_id, cards.cards)

    def _at_join(self, text: str) -> str:
        """A Continue's first text (continuation.JoinStops): held back while a stop string
        may begin in the earlier text and end in this; once one does, the earlier text ends
        where it begins and the engine is stopped (the reply ends as complete)."""
        join = self._join
        assert join is not None
        caught = join.cut is not None
        text = join.feed(text)
        if join.cut is not None and not caught:
            before = self._reply_text[0]
            self._reply_text[0] = before[: len(before) - join.cut]
            self.worker.stop(self._request_id)
        return text

    def _emit_stream(self) -> None:
        """Announce what arrived since the last time (the throttle calls this <= 30 times a
        second; the first piece of a reply at once)."""
        thought = self._thought.take()
        if thought:
            self.reasoningAppended.emit(self._stream_id, thought, self._thought.elapsed_ms())
        if not self._pending:
            if thought and self._showing_reply():
                self._report_usage()
            return
        text = "".join(self._pending)
        self._pending = []
        self.streamAppended.emit(self._stream_id, text)
        if self._showing_reply():
            self._report_usage()

    @Slot(int, object)
    def _on_finished(self, request_id: int, stats: GenerationStats) -> None:
        if not self._current(request_id):
            return
        if self._join is not None and self._join.cut is not None:
            stats = replace(stats, stop_reason=StopReason.STOP_STRING)  # stopped at the join
        status: FinishStatus = _STATUS_FOR_STOP.get(stats.stop_reason, "complete")
        self._end_reply(status, stats)

    @Slot(int, str, str)
    def _on_failed(self, request_id: int, sentence: str, details: str) -> None:
        if not self._current(request_id):
            return
        log.warning("reply failed: %s\n%s", sentence, details)
        self._end_reply("error", None)
        self.error.emit(sentence)

    @Slot(int, str)
    def _on_checked(self, request_id: int, sentence: str) -> None:
        if self._current(request_id):  # the reply is not what its JSON schema asks for
            self.notice.emit(sentence)

    @Slot(int, str)
    def _on_crashed(self, request_id: int, sentence: str) -> None:
        # The engine loads the last model again with the next request: Send stays offered.
        if self._current(request_id):
            self._end_reply("error", None)
        self.engineCrashed.emit(sentence)

    @Slot(object)
    def _on_trimmed(self, trimmed: Trimmed) -> None:
        if self._current(trimmed.request_id):
            self.notice.emit(trimmed.sentence)

    @Slot()
    def _flush_reply(self) -> None:
        self._save_reply("streaming", self._resumed if self._resuming else None)

    def _save_reply(self, status: Status, stats: GenerationStats | None) -> None:
        """Queue the reply's whole text so far (memory keeps it until the disk takes it)."""
        tree, reply_id = self._reply_tree, self._reply_id
        if tree is None or reply_id is None or reply_id not in tree:
            return
        cards = self._cards.get(reply_id)
        calls = cards.calls if cards is not None else ()
        reply = replace(
            tree.get(reply_id),
            content="".join(self._reply_text),
            status=status,
            stats=stats,
            reasoning=self._thought.text,
            reasoning_ms=self._thought.ms,
            tool_calls=calls or tree.get(reply_id).tool_calls,
            sources=self._reply_sources,
        )
        self._conversations.save(tree, reply)

    def _end_reply(self, status: FinishStatus, stats: GenerationStats | None) -> None:
        self._flush.stop()
        if self._reply_id is None:
            return
        reply_id, tree = self._reply_id, self._reply_tree
        if self._resuming:  # one reply: its stats over both parts
            stats, self._resuming = combined_stats(self._resumed, stats), False
        join, self._join = self._join, None
        held = join.flush() if join is not None else ""
        if held:  # the reply ended before a stop at the join could complete
            self._reply_text.append(held)
            self._pending.append(held)
        self._end_thought()  # stopped while thinking: the thought ends with the reply
        self._emit_stream()
        self._stream_throttle.cancel()
        self._save_reply(status, stats)
        self._reply_id = self._reply_tree = None
        if tree is self.tree and tree is not None:
            self._shown = [
                Shown(
                    tree.get(s.message.id),
                    s.sibling_index,
                    s.sibling_count,
                    tools=self.tool_cards(reply_id),
                )
                if s.message.id == reply_id and reply_id in tree
                else s
                for s in self._shown
            ]
            cut = join is not None and join.cut is not None
            if cut or self._reply_sources:  # the view shows the cut text, the sources
                for row, shown in enumerate(self._shown):
                    if shown.message.id == reply_id:
                        self.messageChanged.emit(row, shown)
            if stats is not None:
                self._report_usage()
        if self.state is not ChatState.NO_MODEL:
            self._set_state(ChatState.IDLE if self.model is not None else ChatState.NO_MODEL)
        self.messageFinished.emit(reply_id, status, stats)

    def _set_state(self, state: ChatState) -> None:
        if state is not self.state:
            self.state = state
            self.stateChanged.emit(state)
            self.drafts.schedule()

    # --- the draft (services.draft) -------------------------------------------------------------

    def set_draft(self, text: str) -> None:
        """The composer's text changed: it is counted once typing stops (never while a
        reply streams: the engine is busy, and the meter shows an estimate meanwhile)."""
        self.drafts.set_draft(text)

    def prompt_limit(self) -> int:
        """The most tokens a prompt may hold with the loaded model (0: none loaded): the
        context less the reply's room (the engine's own rule)."""
        if self.model is None:
            return 0
        n_ctx = self.model.n_ctx
        return n_ctx - min(reply_room(self._sampling.max_tokens, n_ctx), n_ctx - 1)


TITLE_LIMIT = 200  # characters: a title is a line, not a pasted document


def _title_from(text: str) -> str:
    """A new chat's title: the first line of its first message, whole (the sidebar elides
    what does not fit; a stored ellipsis would show in exports and renames). Only a line
    longer than TITLE_LIMIT is cut, at a word, with no ellipsis."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    title = " ".join(first.split())
    if len(title) > TITLE_LIMIT:
        cut = title[:TITLE_LIMIT]
        title = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return title
