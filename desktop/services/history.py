"""History: the whole history for the window: list, search, trash, copies, export, import, saves."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal

from desktop.core import kv_files, paths
from desktop.core.history import (
    ConversationStore,
    HistoryError,
    SearchHit,
    StoredConversation,
    write_atomic,
)
from desktop.core.history.transfer import read_document
from desktop.core.history.tree import ConversationTree
from desktop.core.history.writer import WriterStatus
from desktop.services.background import Background
from desktop.services.conversations import Conversations
from desktop.services.said import said

log = logging.getLogger(__name__)


class History(QObject):
    """One per window, built by the app over the read store (which stays the caller's).

    It owns `conversations` (the read store, the writer, the trees in memory), which the
    ChatSession writes the open conversation through, and fronts the operations on whole
    conversations; what goes wrong becomes a sentence (error), what went well a short one
    (info). A read the file refuses reads as empty (and a damaged file is repaired).
    """

    listChanged = Signal()  # titles, order or the trash changed (or an import added some)
    deleted = Signal(int)  # a conversation went into the trash (the session follows)
    error = Signal(str)  # a sentence for a banner
    info = Signal(str)  # a short sentence for the status bar (an export was written)
    exported = Signal(object)  # the Path of an export written (after info)
    imported = Signal(object)  # the new conversation ids of an import, in order
    duplicated = Signal(int)  # the id of a copy made by duplicate_conversation
    saveStatusChanged = Signal(object)  # WriterStatus, on every change
    repaired = Signal(str)  # a damaged file was set aside and repaired: what was kept
    repairFailed = Signal(str)  # a sentence
    # A deleted conversation's saved engine states are gone: its id, the files removed.
    statesForgotten = Signal(int, int)

    def __init__(self, store: ConversationStore) -> None:
        super().__init__()
        self.conversations = Conversations(store)
        self.conversations.listChanged.connect(self.listChanged)
        self.conversations.statusChanged.connect(self.saveStatusChanged)
        self.conversations.repaired.connect(self.repaired)
        self.conversations.repairFailed.connect(self.repairFailed)
        # A deleted conversation's saved engine states (core.kv_files) are removed on this
        # thread's behalf: files only, no history write, so not through the writer.
        self._states = Background(max_workers=1, name="hearth-kv-forget", parent=self)

    @property
    def store(self) -> ConversationStore:
        """The read store (a repair may replace it); writes go through the writer."""
        return self.conversations.store

    # --- reading --------------------------------------------------------------------------

    def open(self, conversation_id: int) -> ConversationTree | None:
        """A conversation's tree; None (and a sentence) when it cannot be read."""
        try:
            return self.conversations.open(conversation_id)
        except HistoryError as e:
            log.warning("could not open conversation %s: %s", conversation_id, e.details)
            self._read_failed(e)
            return None

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

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        if not query.strip():
            return []
        try:
            return self.conversations.search(query, limit=limit)
        except HistoryError as e:
            self._read_failed(e)
            return []

    # --- changes to whole conversations -----------------------------------------------------

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        self.conversations.rename(conversation_id, title)

    def delete_conversation(self, conversation_id: int) -> None:
        """Into the trash, so the person can undo it (restore_conversation)."""
        self.conversations.delete(conversation_id)
        self.deleted.emit(conversation_id)
        self._forget_states(conversation_id)

    def _forget_states(self, conversation_id: int) -> None:
        """Remove the engine's saved states of the conversation, off the GUI thread (a
        restore from the trash then reads the chat once again, as after a restart)."""
        folder = paths.kv_cache_dir()

        def failed(sentence: str) -> None:
            log.warning("saved states of %d not removed: %s", conversation_id, sentence)

        self._states.submit(
            lambda: kv_files.forget(folder, str(conversation_id)),
            lambda removed: self.statesForgotten.emit(conversation_id, removed),
            failed,
        )

    def restore_conversation(self, conversation_id: int) -> None:
        self.conversations.restore(conversation_id)

    def duplicate_conversation(self, conversation_id: int) -> None:
        """A copy named "<title> (copy)" with the whole tree, made off the GUI thread after
        every change queued before it; duplicated gives its id, error why not."""
        try:
            title = self.conversations.record(conversation_id).title
        except HistoryError as e:
            self.error.emit(said(e))
            return
        copy_title = self.tr("{title} (copy)", "the title of a duplicated conversation").format(
            title=title or self.tr("New chat")
        )
        ids = self.conversations.ids

        def job(store: ConversationStore) -> int:
            return store.duplicate_conversation(conversation_id, copy_title, ids=ids)

        def done(new_id: Any) -> None:
            self.listChanged.emit()
            self.info.emit(self.tr("Duplicated as “{title}”.").format(title=copy_title))
            self.duplicated.emit(int(new_id))

        self.conversations.run_in_order(
            job,
            done,
            self.error.emit,
            "duplicate the conversation",
            self.tr("Hearth could not duplicate the conversation: {error}."),
        )

    # --- export and import ------------------------------------------------------------------

    def title_of(self, conversation_id: int) -> str:
        """The conversation's title as shown ("" when it is gone)."""
        try:
            return self.conversations.record(conversation_id).title
        except HistoryError:
            return ""

    def export_path(self, conversation_id: int, suffix: str) -> Path:
        """Where an export of the conversation is proposed: "<title><suffix>" in the
        person's Documents folder (their home when there is none)."""
        return documents_folder() / export_file_name(self.title_of(conversation_id), suffix)

    def export_conversation(self, conversation_id: int, path: Path) -> None:
        """Markdown for .md, JSON otherwise, written atomically off the GUI thread after
        every change queued before it; info (then exported) or error says how it went."""

        def job(store: ConversationStore) -> None:
            if path.suffix.lower() == ".md":
                text = store.export_markdown(conversation_id)
            else:
                document = store.export_json(conversation_id)
                text = json.dumps(document, indent=2, ensure_ascii=False)
            write_atomic(path, text)

        failure = self.tr("Hearth could not export the conversation: {error}.")
        self._exported(job, path, "export the conversation", failure)

    def export_all(self, path: Path) -> None:
        def job(store: ConversationStore) -> None:
            text = json.dumps(store.export_all_json(), indent=2, ensure_ascii=False)
            write_atomic(path, text)

        self._exported(
            job,
            path,
            "export the history",
            self.tr("Hearth could not export the history: {error}."),
        )

    def import_file(self, path: Path) -> None:
        """Add the conversations of an export file (read and stored off the GUI thread);
        imported gives their ids, info says how many, error why none."""

        def job(store: ConversationStore) -> list[int]:
            return store.import_json(read_document(path), ids=self.conversations.ids)

        def done(ids: Any) -> None:
            self.listChanged.emit()
            count = len(ids)
            # One is its own sentence so English needs no plural file; the numerus form
            # gives every other language its forms for any count. self.tr with a count:
            # lupdate marks only that form (or a literal count) as numerus.
            self.info.emit(
                self.tr("Imported 1 conversation.")
                if count == 1
                else self.tr("Imported %n conversations.", "", count)
            )
            self.imported.emit(list(ids))

        self.conversations.run_in_order(
            job,
            done,
            self.error.emit,
            "import the file",
            self.tr("Hearth could not import the file: {error}."),
        )

    def _exported(self, job: Any, path: Path, what: str, failure: str) -> None:
        def done(_: object) -> None:
            self.info.emit(self.tr("Exported to {name}.").format(name=path.name))
            self.exported.emit(path)

        self.conversations.run_in_order(job, done, self.error.emit, what, failure)

    # --- saving -------------------------------------------------------------------------------

    @property
    def save_status(self) -> WriterStatus:
        """Whether everything shown is on disk, and if not, why (the writer's, now)."""
        return self.conversations.writer.status

    def unsaved_count(self) -> int:
        """How many changes are not on disk yet."""
        return len(self.conversations.writer.unsaved())

    def retry_saving(self) -> None:
        """Try the history writes that wait (a locked file, a full disk) now."""
        self.conversations.retry_now()

    def wait_saved(self, timeout: float) -> bool:
        """Block until everything is on disk (a close, tests); False on timeout."""
        return self.conversations.wait_saved(timeout)

    def close(self, timeout: float) -> bool:
        """Write what is queued within timeout and stop the writer; False if writes are
        left. Nothing is reported after this; the read store stays the caller's."""
        self._states.shutdown(wait=True)  # a few unlinks: the files go before the exit
        return self.conversations.close(timeout)

    def _read_failed(self, error: HistoryError) -> None:
        """A sentence for the banner; a damaged file is repaired in the background."""
        self.error.emit(said(error))
        self.conversations.read_failed(error)


# Characters no file system takes in a name (Windows' set, which covers the others).
_NOT_IN_NAMES = str.maketrans({c: " " for c in '<>:"/\\|?*'})
_NAME_LIMIT = 80  # characters of the title kept in a file name


def export_file_name(title: str, suffix: str) -> str:
    """A file name from a conversation title: what no file system takes becomes a space,
    long titles are cut at a word, and an empty one is "Conversation"."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in title).translate(_NOT_IN_NAMES)
    name = " ".join(cleaned.split()).strip(". ")
    if len(name) > _NAME_LIMIT:
        cut = name[:_NAME_LIMIT]
        name = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(". ")
    if not name:
        name = QCoreApplication.translate("history", "Conversation", "an export's file name")
    return f"{name}{suffix}"


def documents_folder() -> Path:
    """Where file dialogs start: the person's Documents folder, or home when it is missing."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()
