"""ChatController: one conversation's turn-taking between the composer, the store and the engine."""

from __future__ import annotations

import contextlib
import enum
import itertools
import json
import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from desktop.core.errors import HearthError
from desktop.core.history import (
    ConversationStore,
    FinishStatus,
    HistoryError,
    HistoryNotFound,
    Repro,
    SearchHit,
    StoredConversation,
    StoredMessage,
    write_atomic,
)
from desktop.core.types import (
    GenerationStats,
    LoadParams,
    Message,
    ModelInfo,
    SamplingParams,
    StopReason,
)
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
    """Drives replies: commits the user turn first, streams the reply into a `streaming`
    row flushed every 500 ms, and always ends a reply as complete, stopped or error."""

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

    # Queued to the worker thread.
    _load = Signal(object)
    _generate = Signal(object)
    _shutdown = Signal()

    def __init__(self, store: ConversationStore) -> None:
        super().__init__()
        self.store = store
        self.state = ChatState.NO_MODEL
        self.model: ModelInfo | None = None
        self.load_params: LoadParams | None = None
        self.sampling = SamplingParams()
        self.system_prompt = ""
        self.conversation_id: int | None = None
        self._ids = itertools.count(1)
        self._request_id = 0
        self._reply_id: int | None = None
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

    # --- model ---------------------------------------------------------------------

    def load_model(self, params: LoadParams) -> None:
        if self.state in (ChatState.GENERATING, ChatState.STOPPING):
            self.stop()
        self.load_params = params
        self._set_state(ChatState.LOADING)
        self._load.emit(params)

    def restart_engine(self) -> None:
        """After a crash: start a fresh engine with the last model."""
        if self.load_params is not None:
            self.load_model(self.load_params)

    # --- conversations -------------------------------------------------------------

    def new_conversation(self) -> None:
        """Open an empty draft; it is stored with the first message, so no empty chats pile up."""
        if self.state in (ChatState.GENERATING, ChatState.STOPPING):
            self.stop()
        self.conversation_id = None
        self.conversationOpened.emit(DRAFT, [])
        self.systemPromptChanged.emit(self.system_prompt)

    def open_conversation(self, conversation_id: int) -> None:
        if conversation_id != self.conversation_id:
            self.stop()  # one reply at a time: leaving its conversation ends it
        self.conversation_id = conversation_id
        self.system_prompt = self.store.get_conversation(conversation_id).system_prompt
        path = self.store.active_path(conversation_id)
        if self._reply_id is not None:
            # The stored reply lags its last flush: show the text as far as it has come.
            live = "".join(self._reply_text)
            path = [replace(m, content=live) if m.id == self._reply_id else m for m in path]
        self.conversationOpened.emit(conversation_id, path)
        self.systemPromptChanged.emit(self.system_prompt)

    def set_system_prompt(self, text: str) -> None:
        """The system prompt of the open conversation (or of the draft)."""
        self.system_prompt = text.strip()
        if self.conversation_id is not None:
            self.store.set_system_prompt(self.conversation_id, self.system_prompt)

    def reload(self) -> None:
        if self.conversation_id is not None:
            self.open_conversation(self.conversation_id)

    def list_conversations(self, limit: int = 200, offset: int = 0) -> list[StoredConversation]:
        return self.store.list_conversations(limit=limit, offset=offset)

    def conversation_exists(self, conversation_id: int) -> bool:
        """Stored and not in the trash."""
        try:
            return self.store.get_conversation(conversation_id).deleted_at is None
        except HistoryNotFound:
            return False

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        self.store.rename_conversation(conversation_id, title)
        self.conversationsChanged.emit()

    def delete_conversation(self, conversation_id: int) -> None:
        """Soft delete, so the person can undo it."""
        if conversation_id == self.conversation_id and self.state in (
            ChatState.GENERATING,
            ChatState.STOPPING,
        ):
            self.stop()
        self.store.delete_conversation(conversation_id)
        if conversation_id == self.conversation_id:
            self.conversation_id = None
        self.conversationsChanged.emit()

    def restore_conversation(self, conversation_id: int) -> None:
        self.store.restore_conversation(conversation_id)
        self.conversationsChanged.emit()

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        return self.store.search(query, limit=limit) if query.strip() else []

    def export_conversation(self, conversation_id: int, path: Path) -> None:
        """Markdown for .md, JSON otherwise; written atomically."""
        if path.suffix.lower() == ".md":
            text = self.store.export_markdown(conversation_id)
        else:
            text = json.dumps(self.store.export_json(conversation_id), indent=2, ensure_ascii=False)
        write_atomic(path, text)

    def export_all(self, path: Path) -> None:
        write_atomic(path, json.dumps(self.store.export_all_json(), indent=2, ensure_ascii=False))

    def import_file(self, path: Path) -> list[int]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise HistoryError(f"{path.name} is not a Hearth export: {e}") from e
        ids = self.store.import_json(data)
        self.conversationsChanged.emit()
        return ids

    # --- turns ---------------------------------------------------------------------

    def can_send(self) -> bool:
        return self.state is ChatState.IDLE

    def submit(self, text: str) -> bool:
        """Send a user message; refused (False) unless a model is loaded and idle."""
        text = text.strip()
        if not text or not self.can_send():
            return False
        if self.conversation_id is None:
            created = self.store.create_conversation(system_prompt=self.system_prompt)
            self.conversation_id = created.id
        path = self.store.active_path(self.conversation_id)
        parent = path[-1].id if path else None
        try:
            user = self.store.add_message(self.conversation_id, parent, "user", text)
        except HearthError as e:
            self.error.emit(e.user_message)
            return False
        if not path:
            self.store.rename_conversation(self.conversation_id, _title_from(text))
        self.conversationsChanged.emit()
        self._start_reply(user.id)
        return True

    def regenerate(self, assistant_id: int) -> None:
        """A new reply to the same user message, kept beside the old one."""
        if not self.can_send():
            return
        message = self._message(assistant_id)
        if message is None or message.parent_id is None:
            return
        self._start_reply(message.parent_id)

    def edit(self, user_id: int, text: str) -> None:
        """Edit a user message: a new branch with the new text, then a new reply."""
        if not self.can_send() or not text.strip():
            return
        edited = self.store.edit_message(user_id, text.strip())
        self._start_reply(edited.id)

    def switch_branch(self, message_id: int, delta: int) -> None:
        siblings = self.store.siblings(message_id)
        ids = [m.id for m in siblings]
        if message_id not in ids or self.state in (ChatState.GENERATING, ChatState.STOPPING):
            return
        target = ids[(ids.index(message_id) + delta) % len(ids)]
        self.store.switch_branch(target)
        self.reload()

    def delete_message(self, message_id: int) -> None:
        if self.state in (ChatState.GENERATING, ChatState.STOPPING):
            return
        self.store.delete_message(message_id)
        self.reload()

    def stop(self) -> None:
        """Stop the reply being written (the worker sees the flag between tokens)."""
        if self.state in (ChatState.GENERATING, ChatState.STOPPING):
            self._set_state(ChatState.STOPPING)
            self.worker.stop(self._request_id)

    # --- shutdown ------------------------------------------------------------------

    def shutdown(self) -> bool:
        """Stop, save, reap the engine, end the worker thread. True when it ended in time."""
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

    def _message(self, message_id: int) -> StoredMessage | None:
        if self.conversation_id is None:
            return None
        for m in self.store.active_path(self.conversation_id):
            if m.id == message_id:
                return m
        return None

    def _start_reply(self, parent_id: int) -> None:
        assert self.conversation_id is not None and self.model is not None
        repro = Repro(
            model_name=Path(self.model.path).name,
            model_path=self.model.path,
            sampling=self.sampling,
            seed=self.sampling.seed,
            chat_template_sha256=self.model.chat_template_sha256,
        )
        self._reply_id = self.store.begin_reply(self.conversation_id, parent_id, repro=repro)
        self._reply_text = []
        messages = self._engine_messages()
        self._request_id = next(self._ids)
        self._set_state(ChatState.GENERATING)
        self.reload()
        self.replyStarted.emit(self._reply_id)
        self._flush.start()
        self._generate.emit(GenerateRequest(self._request_id, tuple(messages), self.sampling))

    def _engine_messages(self) -> list[Message]:
        assert self.conversation_id is not None
        conversation = self.store.get_conversation(self.conversation_id)
        out = [Message("system", conversation.system_prompt)] if conversation.system_prompt else []
        for m in self.store.active_path(self.conversation_id):
            if m.id == self._reply_id or not m.content:
                continue
            out.append(Message(m.role, m.content))
        return out

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
        if self._reply_id is None:
            return
        try:
            self.store.flush_reply(self._reply_id, "".join(self._reply_text))
        except HearthError as e:
            # The text stays in memory and is saved with the final status if the disk allows.
            self.error.emit(e.user_message)

    def _end_reply(self, status: FinishStatus, stats: GenerationStats | None) -> None:
        reply_id, self._reply_id = self._reply_id, None
        self._flush.stop()
        if reply_id is None:
            return
        text = "".join(self._reply_text)
        try:
            self.store.finish_reply(reply_id, text, status, stats)
        except HearthError as e:
            self.error.emit(e.user_message)
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
