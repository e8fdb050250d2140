"""ChatController: one conversation's turns between the composer, the history and the engine."""

from __future__ import annotations

import contextlib
import enum
import itertools
import json
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from desktop.core.history import (
    ConversationStore,
    FinishStatus,
    HistoryError,
    Repro,
    SearchHit,
    Status,
    StoredConversation,
    StoredMessage,
    write_atomic,
)
from desktop.core.history.transfer import read_document
from desktop.core.history.tree import ConversationTree
from desktop.core.types import (
    GenerationStats,
    LoadParams,
    Message,
    ModelInfo,
    SamplingParams,
    StopReason,
)
from desktop.services.conversations import Conversations
from desktop.services.inference import GenerateRequest, InferenceWorker, Trimmed

log = logging.getLogger(__name__)

FLUSH_INTERVAL_MS = 500
DRAFT = -1  # the conversation id shown for a new chat not yet stored
SHUTDOWN_TIMEOUT_MS = 2500


class ChatState(enum.Enum):
    NO_MODEL = "no model"
    LOADING = "loading"
    IDLE = "idle"
    GENERATING = "generating"
    STOPPING = "stopping"


_STATUS_FOR_STOP: dict[StopReason, FinishStatus] = {
    StopReason.USER: "stopped",
    StopReason.ERROR: "error",
}


class ChatController(QObject):
    """Drives replies: the user turn is stored first, the reply streams into a `streaming`
    row saved every 500 ms, and a reply always ends as complete, stopped or error. The
    open conversation lives in memory (a ConversationTree); the history writer stores
    every change in order, off the GUI thread (see services.conversations)."""

    stateChanged = Signal(object)  # ChatState
    conversationsChanged = Signal()
    conversationOpened = Signal(int, object)  # conversation id (DRAFT), list[StoredMessage]
    systemPromptChanged = Signal(str)
    replyStarted = Signal(int)  # assistant message id
    replyPiece = Signal(int, str)  # message id, the text that just arrived
    replyFinished = Signal(int, str, object)  # message id, status, GenerationStats | None
    promptStarted = Signal(int)  # prompt tokens
    modelLoaded = Signal(object)  # ModelInfo
    modelLoadFailed = Signal(str)  # sentence
    notice = Signal(str)  # e.g. what the context policy left out
    error = Signal(str)  # a sentence for a banner
    engineCrashed = Signal(str)  # a sentence; the UI offers a restart
    contextUsage = Signal(int, int)  # tokens used, context size
    messagesDeleted = Signal(int, object)  # conversation id, list of message ids (Undo)
    info = Signal(str)  # a short sentence for the status bar (an export was written)
    imported = Signal(object)  # the new conversation ids of an import, in order

    # Queued to the worker thread.
    _load = Signal(object)
    _generate = Signal(object)
    _shutdown = Signal()

    def __init__(self, store: ConversationStore) -> None:
        super().__init__()
        self.conversations = Conversations(store)
        self.conversations.listChanged.connect(self.conversationsChanged)
        self.state = ChatState.NO_MODEL
        self.model: ModelInfo | None = None
        self.load_params: LoadParams | None = None
        self.sampling = SamplingParams()
        self.system_prompt = ""
        self.tree: ConversationTree | None = None  # None: a new chat, stored on first send
        self._ids = itertools.count(1)
        self._request_id = 0
        self._reply_id: int | None = None
        self._reply_tree: ConversationTree | None = None
        self._reply_text: list[str] = []
        self._flush = QTimer(self)
        self._flush.setInterval(FLUSH_INTERVAL_MS)
        self._flush.timeout.connect(self._flush_reply)

        self._thread = QThread()
        self._thread.setObjectName("inference")
        self.worker = InferenceWorker()
        self.worker.moveToThread(self._thread)
        self._load.connect(self.worker.load)
        self._generate.connect(self.worker.generate)
        self._shutdown.connect(self.worker.shutdown)
        self.worker.loaded.connect(self._on_loaded)
        self.worker.loadFailed.connect(self._on_load_failed)
        self.worker.promptStarted.connect(self._on_prompt_started)
        self.worker.tokens.connect(self._on_tokens)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.worker.crashed.connect(self._on_crashed)
        self.worker.trimmed.connect(self._on_trimmed)
        self.worker.notice.connect(self.notice)
        self._thread.start()

    @property
    def store(self) -> ConversationStore:
        """The history's read store (a repair may replace it); writes go through
        self.conversations."""
        return self.conversations.store

    # --- model ---------------------------------------------------------------------

    def load_model(self, params: LoadParams) -> None:
        if self.state in (ChatState.GENERATING, ChatState.STOPPING):
            self.stop()
        self.load_params = params
        self._set_state(ChatState.LOADING)
        self._load.emit(params)

    def cancel_load(self) -> None:
        """End a load in progress now (the engine is ended; loadFailed says so)."""
        if self.state is ChatState.LOADING:
            self.worker.cancel_load()

    def restart_engine(self) -> None:
        """After a crash: start a fresh engine with the last model."""
        if self.load_params is not None:
            self.load_model(self.load_params)

    # --- conversations -------------------------------------------------------------

    @property
    def conversation_id(self) -> int | None:
        """The open conversation's id; None for a new chat not stored yet."""
        return self.tree.id if self.tree is not None else None

    def new_conversation(self) -> None:
        """Open an empty draft; it is stored with the first message, so no empty chats pile up."""
        if self.state in (ChatState.GENERATING, ChatState.STOPPING):
            self.stop()
        self.tree = None
        self.conversationOpened.emit(DRAFT, [])
        self.systemPromptChanged.emit(self.system_prompt)

    def open_conversation(self, conversation_id: int) -> bool:
        """Show a conversation; False (and a sentence) when it cannot be read."""
        if conversation_id != self.conversation_id:
            self.stop()  # one reply at a time: leaving its conversation ends it
        try:
            tree = self.conversations.open(conversation_id)
        except HistoryError as e:
            log.warning("could not open conversation %s: %s", conversation_id, e.details)
            self._read_failed(e)
            return False
        self.tree = tree
        self.system_prompt = tree.conversation.system_prompt
        self.conversationOpened.emit(conversation_id, self.active_path())
        self.systemPromptChanged.emit(self.system_prompt)
        return True

    def active_path(self) -> list[StoredMessage]:
        """The open conversation as shown: a reply being written with all its text so far
        (its saves lag by up to half a second)."""
        if self.tree is None:
            return []
        path = self.tree.active_path()
        if self._reply_id is not None:
            live = "".join(self._reply_text)
            path = [replace(m, content=live) if m.id == self._reply_id else m for m in path]
        return path

    def branch_positions(self, path: list[StoredMessage]) -> dict[int, tuple[int, int]]:
        """(place among its versions, how many versions) for each message shown."""
        return self.tree.positions(path) if self.tree is not None else {}

    def set_system_prompt(self, text: str) -> None:
        """The system prompt of the open conversation (or of the draft)."""
        self.system_prompt = text.strip()
        if self.tree is not None and self.system_prompt != self.tree.conversation.system_prompt:
            self.conversations.set_system_prompt(self.tree.id, self.system_prompt)

    def reload(self) -> None:
        if self.tree is not None:
            self.conversationOpened.emit(self.tree.id, self.active_path())

    def list_conversations(self, limit: int = 200, offset: int = 0) -> list[StoredConversation]:
        """A page of the conversation list; an empty page (and a sentence) when the file
        cannot be read."""
        try:
            return self.conversations.page(limit, offset)
        except HistoryError as e:
            log.warning("could not list conversations: %s", e.details)
            self._read_failed(e)
            return []

    def conversation_exists(self, conversation_id: int) -> bool:
        """Stored and not in the trash (False when the file cannot say)."""
        try:
            return self.conversations.exists(conversation_id)
        except HistoryError:
            return False

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        self.conversations.rename(conversation_id, title)

    def delete_conversation(self, conversation_id: int) -> None:
        """Soft delete, so the person can undo it."""
        if conversation_id == self.conversation_id and self.state in (
            ChatState.GENERATING,
            ChatState.STOPPING,
        ):
            self.stop()
        self.conversations.delete(conversation_id)
        if conversation_id == self.conversation_id:
            self.tree = None

    def restore_conversation(self, conversation_id: int) -> None:
        self.conversations.restore(conversation_id)

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        if not query.strip():
            return []
        try:
            return self.conversations.search(query, limit=limit)
        except HistoryError as e:
            self._read_failed(e)
            return []

    def export_conversation(self, conversation_id: int, path: Path) -> None:
        """Markdown for .md, JSON otherwise, written atomically off the GUI thread after
        every change queued before it; info or error says how it went."""

        def job(store: ConversationStore) -> None:
            if path.suffix.lower() == ".md":
                text = store.export_markdown(conversation_id)
            else:
                document = store.export_json(conversation_id)
                text = json.dumps(document, indent=2, ensure_ascii=False)
            write_atomic(path, text)

        self._in_order(job, f"Exported to {path.name}.", "export the conversation")

    def export_all(self, path: Path) -> None:
        def job(store: ConversationStore) -> None:
            text = json.dumps(store.export_all_json(), indent=2, ensure_ascii=False)
            write_atomic(path, text)

        self._in_order(job, f"Exported to {path.name}.", "export the history")

    def import_file(self, path: Path) -> None:
        """Add the conversations of an export file (read and stored off the GUI thread)."""

        def job(store: ConversationStore) -> list[int]:
            return store.import_json(read_document(path), ids=self.conversations.ids)

        def done(ids: Any) -> None:
            self.conversationsChanged.emit()
            count = len(ids)
            self.info.emit(f"Imported {count} conversation{'s' if count != 1 else ''}.")
            self.imported.emit(list(ids))

        self.conversations.run_in_order(job, done, self.error.emit, "import the file")

    def _in_order(self, job: Any, sentence: str, what: str) -> None:
        self.conversations.run_in_order(
            job, lambda _: self.info.emit(sentence), self.error.emit, what
        )

    # --- turns ---------------------------------------------------------------------

    def can_send(self) -> bool:
        return self.state is ChatState.IDLE

    def submit(self, text: str) -> bool:
        """Send a user message; refused (False) unless a model is loaded and idle."""
        text = text.strip()
        if not text or not self.can_send():
            return False
        if self.tree is None:
            self.tree = self.conversations.create(_title_from(text), self.system_prompt)
        path = self.tree.active_path()
        user = self.conversations.add(self.tree, path[-1].id if path else None, "user", text)
        self._start_reply(user.id)
        return True

    def regenerate(self, assistant_id: int) -> None:
        """A new reply to the same user message, kept beside the old one."""
        if not self.can_send() or self.tree is None or assistant_id not in self.tree:
            return
        parent = self.tree.get(assistant_id).parent_id
        if parent is not None:
            self._start_reply(parent)

    def edit(self, user_id: int, text: str) -> None:
        """Edit a user message: a new version beside the old one, then a new reply."""
        if not self.can_send() or not text.strip() or self.tree is None or user_id not in self.tree:
            return
        old = self.tree.get(user_id)
        edited = self.conversations.add(self.tree, old.parent_id, old.role, text.strip())
        self._start_reply(edited.id)

    def switch_branch(self, message_id: int, delta: int) -> None:
        if self.tree is None or message_id not in self.tree:
            return
        if self.state in (ChatState.GENERATING, ChatState.STOPPING):
            return
        ids = [m.id for m in self.tree.siblings(message_id)]
        target = ids[(ids.index(message_id) + delta) % len(ids)]
        self.conversations.switch(self.tree, target)
        self.reload()

    def delete_message(self, message_id: int) -> list[int]:
        """A message and the replies under it into the trash; their ids (for Undo)."""
        if self.state in (ChatState.GENERATING, ChatState.STOPPING):
            return []
        if self.tree is None or message_id not in self.tree:
            return []
        ids = self.conversations.delete_messages(self.tree, message_id)
        self.reload()
        self.messagesDeleted.emit(self.tree.id, ids)
        return ids

    def restore_messages(self, conversation_id: int, ids: list[int]) -> None:
        """Undo a delete_message (shown again if its conversation is open)."""
        try:
            tree = self.conversations.open(conversation_id)
        except HistoryError as e:
            self._read_failed(e)
            return
        self.conversations.restore_messages(tree, ids)
        if tree is self.tree:
            self.reload()

    def stop(self) -> None:
        """Stop the reply being written (the worker sees the flag between tokens)."""
        if self.state in (ChatState.GENERATING, ChatState.STOPPING):
            self._set_state(ChatState.STOPPING)
            self.worker.stop(self._request_id)

    # --- shutdown ------------------------------------------------------------------

    def end_reply_for_close(self) -> None:
        """The window is closing: end the reply being written as stopped, with all its
        text, so its last save is queued before the history writer is asked to finish."""
        self.worker.stop(self._request_id)
        if self._reply_id is not None:
            self._end_reply("stopped", None)

    def shutdown(self) -> bool:
        """Stop, save, reap the engine, end the worker thread. True when it ended in time.
        The history writer is closed by the caller (it may have to ask the person)."""
        self.worker.stop(self._request_id)
        if self.state is ChatState.LOADING:
            # A load cannot be interrupted and nothing is lost by ending it: do not wait.
            self._kill_engine()
        if self._reply_id is not None:
            self._end_reply("stopped", None)
        self._shutdown.emit()
        done = self._thread.wait(SHUTDOWN_TIMEOUT_MS)
        if not done:
            # The worker is stuck in a native call: end the engine; its wait then returns.
            self._kill_engine()
            done = self._thread.wait(SHUTDOWN_TIMEOUT_MS)
        return done

    def _kill_engine(self) -> None:
        client = self.worker._client
        pid = client.pid if client is not None else None
        if pid is None:
            return
        import psutil

        with contextlib.suppress(psutil.Error):
            psutil.Process(pid).kill()

    # --- internals -----------------------------------------------------------------

    def _start_reply(self, parent_id: int) -> None:
        assert self.tree is not None and self.model is not None
        repro = Repro(
            model_name=Path(self.model.path).name,
            model_path=self.model.path,
            sampling=self.sampling,
            seed=self.sampling.seed,
            chat_template_sha256=self.model.chat_template_sha256,
        )
        reply = self.conversations.add(self.tree, parent_id, "assistant", "", "streaming", repro)
        self._reply_id, self._reply_tree = reply.id, self.tree
        self._reply_text = []
        messages = self._engine_messages()
        self._request_id = next(self._ids)
        self._set_state(ChatState.GENERATING)
        self.reload()
        self.replyStarted.emit(reply.id)
        self._flush.start()
        self._generate.emit(GenerateRequest(self._request_id, tuple(messages), self.sampling))

    def _engine_messages(self) -> list[Message]:
        assert self.tree is not None
        prompt = self.tree.conversation.system_prompt
        out = [Message("system", prompt)] if prompt else []
        for m in self.tree.active_path():
            if m.id == self._reply_id or not m.content:
                continue
            out.append(Message(m.role, m.content))
        return out

    def _read_failed(self, error: HistoryError) -> None:
        """A sentence for the banner; a damaged file is repaired in the background."""
        self.error.emit(error.user_message)
        self.conversations.read_failed(error)

    def _current(self, request_id: int) -> bool:
        return request_id == self._request_id and self._reply_id is not None

    @Slot(object)
    def _on_loaded(self, info: ModelInfo) -> None:
        self.model = info
        self._set_state(ChatState.IDLE)
        self.contextUsage.emit(0, info.n_ctx)
        self.modelLoaded.emit(info)

    @Slot(str, str)
    def _on_load_failed(self, sentence: str, details: str) -> None:
        log.warning("load failed: %s\n%s", sentence, details)
        self.model = None
        self._set_state(ChatState.NO_MODEL)
        self.modelLoadFailed.emit(sentence)

    @Slot(int, int)
    def _on_prompt_started(self, request_id: int, prompt_tokens: int) -> None:
        if self._current(request_id):
            self.promptStarted.emit(prompt_tokens)

    @Slot(int, str)
    def _on_tokens(self, request_id: int, text: str) -> None:
        if not self._current(request_id):
            return
        assert self._reply_id is not None
        self._reply_text.append(text)
        self.replyPiece.emit(self._reply_id, text)

    @Slot(int, object)
    def _on_finished(self, request_id: int, stats: GenerationStats) -> None:
        if not self._current(request_id):
            return
        status: FinishStatus = _STATUS_FOR_STOP.get(stats.stop_reason, "complete")
        self._end_reply(status, stats)
        if self.model is not None:
            self.contextUsage.emit(stats.prompt_tokens + stats.generated_tokens, self.model.n_ctx)

    @Slot(int, str, str)
    def _on_failed(self, request_id: int, sentence: str, details: str) -> None:
        if not self._current(request_id):
            return
        log.warning("reply failed: %s\n%s", sentence, details)
        self._end_reply("error", None)
        self.error.emit(sentence)

    @Slot(int, str)
    def _on_crashed(self, request_id: int, sentence: str) -> None:
        self.model = None  # first, so the reply's end does not briefly offer Send
        self._set_state(ChatState.NO_MODEL)
        if self._current(request_id):
            self._end_reply("error", None)
        self.engineCrashed.emit(sentence)

    @Slot(object)
    def _on_trimmed(self, trimmed: Trimmed) -> None:
        if self._current(trimmed.request_id):
            self.notice.emit(
                f"The conversation is longer than the model's context ({trimmed.n_ctx:,} "
                f"tokens): the oldest {trimmed.dropped_messages} messages were left out of "
                "this reply. The system prompt was kept."
            )

    @Slot()
    def _flush_reply(self) -> None:
        self._save_reply("streaming", None)

    def _save_reply(self, status: Status, stats: GenerationStats | None) -> None:
        """Queue the reply's whole text so far (memory keeps it until the disk takes it)."""
        tree, reply_id = self._reply_tree, self._reply_id
        if tree is None or reply_id is None or reply_id not in tree:
            return
        reply = replace(
            tree.get(reply_id), content="".join(self._reply_text), status=status, stats=stats
        )
        self.conversations.save(tree, reply)

    def _end_reply(self, status: FinishStatus, stats: GenerationStats | None) -> None:
        self._flush.stop()
        if self._reply_id is None:
            return
        reply_id = self._reply_id
        self._save_reply(status, stats)
        self._reply_id = self._reply_tree = None
        if self.state is not ChatState.NO_MODEL:
            self._set_state(ChatState.IDLE if self.model is not None else ChatState.NO_MODEL)
        self.replyFinished.emit(reply_id, status, stats)
        self.conversationsChanged.emit()

    def _set_state(self, state: ChatState) -> None:
        if state is not self.state:
            self.state = state
            self.stateChanged.emit(state)


def _title_from(text: str) -> str:
    first = " ".join(text.split())
    return first if len(first) <= 48 else first[:47].rstrip() + "…"
