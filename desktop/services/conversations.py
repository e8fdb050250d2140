"""Conversations: the history as the window sees it, never waiting on the disk.

Reads come from the file (SQLite in WAL mode: readers do not wait for a writer); every
write goes to the HistoryWriter thread. What this session changed is held in memory
first (the trees of the conversations opened, the records of the ones created, renamed
or deleted), so the window shows it at once and keeps showing it while the writer waits
for a locked or full disk. Nothing here blocks the GUI thread on a write; the writer's
progress arrives as signals on the GUI thread.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop.core.history import (
    Attachment,
    ConversationStore,
    HistoryError,
    HistoryNotFound,
    Repro,
    Role,
    SearchHit,
    Status,
    StoredConversation,
    StoredMessage,
)
from desktop.core.history.repair import RepairReport
from desktop.core.history.repair import repair as repair_file
from desktop.core.history.tree import ConversationTree
from desktop.core.history.writer import HistoryWriter, Write, WriterStatus
from desktop.services.background import Background
from desktop.services.said import said

log = logging.getLogger(__name__)

PURGE_AFTER_S = 30 * 24 * 3600  # the trash is emptied of what sat in it for 30 days
# Reads on the GUI thread never wait for a writer in WAL mode; this bounds the rare case
# that does (another program holding an exclusive lock): a short stall and a sentence.
READ_BUSY_TIMEOUT_MS = 200


def open_read_store(path: Path) -> ConversationStore:
    """The window's store: reads only (recovery runs on the writer thread)."""
    return ConversationStore(path, recover=False, busy_timeout_ms=READ_BUSY_TIMEOUT_MS)


class Conversations(QObject):
    """One per window (services.history builds it): owns the writer; the read store stays
    the caller's."""

    statusChanged = Signal(object)  # WriterStatus, on every change
    listChanged = Signal()  # titles, order or the trash changed (in memory or on disk)
    repaired = Signal(str)  # a damaged file was set aside and repaired: what was kept
    repairFailed = Signal(str)  # a sentence
    # From the writer thread, queued to this object's (the GUI) thread:
    _statusArrived = Signal(object)  # WriterStatus
    _jobEnded = Signal(int, bool, object)  # job id, ok, the result or the sentence

    def __init__(self, store: ConversationStore, clock: Callable[[], float] = time.time) -> None:
        super().__init__()
        self.store = store
        self._clock = clock
        self.ids = store.next_ids()
        self._records: dict[int, StoredConversation] = {}  # changed or opened this session
        # Created or restored this session: maybe missing from the file's list still.
        self._unlisted: set[int] = set()
        self._trees: dict[int, ConversationTree] = {}
        self._writing: set[int] = set()  # replies this session is writing
        self.status = WriterStatus()
        self._closed = False
        self._jobs: dict[int, tuple[Callable[[Any], None], Callable[[str], None]]] = {}
        self._job_ids = itertools.count(1)
        self._statusArrived.connect(self._set_status, Qt.ConnectionType.QueuedConnection)
        self._jobEnded.connect(self._end_job, Qt.ConnectionType.QueuedConnection)
        self.writer = HistoryWriter(store.path, on_status=self._status_from_writer)
        self._repairing = False
        self._repair_job = Background(max_workers=1, name="hearth-repair", parent=self)
        # Recovery and the trash's purge go through the writer too: a locked file at
        # start-up delays them, never the window. The check reads the whole file once, so
        # damage anywhere is found (and repaired) now, not when that chat is opened.
        self._write(lambda s: s.recover(), "recover interrupted replies")
        self._write(lambda s: s.purge_deleted(PURGE_AFTER_S), "empty the trash")
        self.run_in_order(
            lambda s: s.quick_check(), self._checked, lambda _: None, "check the history file"
        )

    # --- reading ------------------------------------------------------------------------

    def page(self, limit: int, offset: int) -> list[StoredConversation]:
        """Conversations not in the trash, newest first: the file's, with this session's
        changes over them (new ones first until the writer has stored them)."""
        rows = [self._records.get(c.id, c) for c in self.store.list_conversations(limit, offset)]
        if offset == 0:
            on_disk = {c.id for c in rows}
            rows += [self._records[i] for i in self._unlisted if i not in on_disk]
            # The file's order lags this session's changes: the newest first, as they are.
            rows.sort(key=lambda c: (c.updated_at, c.id), reverse=True)
        return [c for c in rows if c.deleted_at is None]

    def search(self, query: str, limit: int) -> list[SearchHit]:
        """The file's matches, less what this session moved to the trash meanwhile."""
        hits = []
        for hit in self.store.search(query, limit=limit):
            record = self._records.get(hit.conversation_id)
            tree = self._trees.get(hit.conversation_id)
            if record is not None and record.deleted_at is not None:
                continue
            if tree is not None and hit.message_id is not None and hit.message_id not in tree:
                continue
            hits.append(hit)
        return hits

    def record(self, conversation_id: int) -> StoredConversation:
        """A conversation's record; HistoryNotFound when it is gone."""
        known = self._records.get(conversation_id)
        return known if known is not None else self.store.get_conversation(conversation_id)

    def exists(self, conversation_id: int) -> bool:
        """Stored (or being stored) and not in the trash."""
        try:
            return self.record(conversation_id).deleted_at is None
        except HistoryNotFound:
            return False

    def open(self, conversation_id: int) -> ConversationTree:
        """The conversation's tree: from memory when this session has it (it may hold
        writes the file has not received yet), else read once from the file."""
        tree = self._trees.get(conversation_id)
        if tree is None:
            tree = self.store.conversation_tree(conversation_id)
            # A reply left 'streaming' that this session is not writing was cut off by a
            # crash: recovery marks it in the file soon; show it as it will be.
            for message in tree.active_path():
                if message.status == "streaming" and message.id not in self._writing:
                    tree.update(dataclasses.replace(message, status="interrupted"))
            self._trees[conversation_id] = tree
            self._records.setdefault(conversation_id, tree.conversation)
        return tree

    # --- conversations ---------------------------------------------------------------------

    def create(self, title: str, system_prompt: str) -> ConversationTree:
        """A new conversation, shown at once, stored by the writer."""
        now = self._clock()
        record = StoredConversation(self.ids.conversation(), title, system_prompt, now, now)
        tree = ConversationTree(record, [])
        self._trees[record.id] = tree
        self._records[record.id] = record
        self._unlisted.add(record.id)
        self._write(lambda s: s.insert_conversation(record), f"create conversation {record.id}")
        self.listChanged.emit()
        return tree

    def rename(self, conversation_id: int, title: str) -> None:
        self._change(conversation_id, title=title)
        self._write(lambda s: s.rename_conversation(conversation_id, title), "rename")

    def set_system_prompt(self, conversation_id: int, text: str) -> None:
        self._change(conversation_id, system_prompt=text)
        self._write(lambda s: s.set_system_prompt(conversation_id, text), "system prompt")

    def delete(self, conversation_id: int) -> None:
        """Into the trash (restore undoes it)."""
        self._change(conversation_id, deleted_at=self._clock())
        self._write(lambda s: s.delete_conversation(conversation_id), "delete conversation")

    def restore(self, conversation_id: int) -> None:
        self._unlisted.add(conversation_id)
        self._change(conversation_id, deleted_at=None)
        self._write(lambda s: s.restore_conversation(conversation_id), "restore conversation")

    # --- messages --------------------------------------------------------------------------

    def add(
        self,
        tree: ConversationTree,
        parent_id: int | None,
        role: Role,
        content: str,
        status: Status = "complete",
        repro: Repro | None = None,
        attachments: Sequence[Attachment] = (),
    ) -> StoredMessage:
        """A new message as the active version under parent_id (a user message with the
        files attached to it, copied into the attachment store already)."""
        now = self._clock()
        message = tree.add(
            StoredMessage(
                self.ids.message(),
                tree.id,
                parent_id,
                role,
                content,
                status,
                now,
                now,
                None,
                repro,
                attachments=tuple(attachments),
            )
        )
        if status == "streaming":
            self._writing.add(message.id)
        self._touch(tree, now)
        self._write(lambda s: s.insert_message(message), f"add message {message.id}")
        return message

    def save(self, tree: ConversationTree, message: StoredMessage) -> None:
        """A message's current text, status and stats (a reply as it streams and ends).
        A queued older save of the same message is replaced: each holds the whole text.
        The list hears of a reply's end (its conversation is the newest), not of each save."""
        message = dataclasses.replace(message, updated_at=self._clock())
        tree.update(message)
        self._touch(tree, message.updated_at)
        self._write(
            lambda s: s.save_message(message),
            f"save message {message.id}",
            key=("message", message.id),
        )
        if message.status != "streaming":
            self._writing.discard(message.id)
            self.listChanged.emit()

    def switch(self, tree: ConversationTree, message_id: int) -> None:
        """Show another version of a message."""
        ranks = tree.switch(message_id)
        if ranks:
            self._write(lambda s: s.set_ranks(ranks), "switch version")

    def delete_messages(self, tree: ConversationTree, message_id: int) -> list[int]:
        """A message and its replies into the trash; their ids (for Undo)."""
        at = self._clock()
        ids = tree.delete(message_id, at)
        self._write(lambda s: s.set_deleted(tree.id, ids, at), "delete messages")
        return ids

    def restore_messages(self, tree: ConversationTree, ids: Sequence[int]) -> None:
        tree.restore(ids)
        self._write(lambda s: s.set_deleted(tree.id, list(ids), None), "restore")

    # --- the writer ----------------------------------------------------------------------

    def run_in_order(
        self,
        job: Callable[[ConversationStore], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        what: str,
        failure: str = "",
    ) -> None:
        """A job (an export, an import) on the writer thread, after every write queued
        before it; done or failed then runs on the GUI thread. A failed job is reported,
        never retried. what names the job in the log; failure is the sentence a failure is
        told in ({error}: why), already translated ('' tells it with what, in English)."""

        def apply(store: ConversationStore) -> tuple[bool, Any]:
            try:
                return True, job(store)
            except HistoryError as e:
                return False, said(e)
            except (OSError, ValueError, RecursionError) as e:
                log.warning("%s failed: %r", what, e)
                if failure:
                    return False, failure.format(error=e)
                return False, f"Hearth could not {what}: {e}."

        job_id = next(self._job_ids)
        self._jobs[job_id] = (done, failed)

        def finish(outcome: tuple[bool, Any]) -> None:
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                self._jobEnded.emit(job_id, *outcome)

        self.writer.submit(Write(apply, what, done=finish))

    # --- damage ---------------------------------------------------------------------------

    def read_failed(self, error: HistoryError) -> None:
        """A read failed: a damaged file is repaired (once per session)."""
        if error.reason == "damaged":
            self.repair()

    def _checked(self, ok: object) -> None:
        if ok is False:
            self.repair()

    def repair(self) -> None:
        """Set the damaged file aside, untouched, and put a repaired copy with every row
        that can be read in its place; off the GUI thread. Writes wait meanwhile (they are
        queued), and reads go on from the damaged file until the copy is ready."""
        if self._repairing or self._closed:
            return
        self._repairing = True
        path, writer = self.store.path, self.writer

        def run() -> RepairReport:
            writer.suspend()
            try:
                return repair_file(path)
            finally:
                writer.resume()

        self._repair_job.submit(run, self._repaired, self._repair_failed)

    def _repaired(self, report: RepairReport) -> None:
        old, self.store = self.store, open_read_store(old_path := self.store.path)
        old.close()
        log.warning("history at %s repaired", old_path)
        self.repaired.emit(report.sentence)
        self.listChanged.emit()

    def _repair_failed(self, sentence: str) -> None:
        self.repairFailed.emit(
            self.tr(
                "The history file is damaged and Hearth could not repair it "
                "({reason}). What can be read is shown; new chats are kept in "
                "memory until the file can be written."
            ).format(reason=sentence.rstrip("."))
        )

    def retry_now(self) -> None:
        self.writer.retry_now()

    def wait_saved(self, timeout: float) -> bool:
        """Block until everything is on disk (shutdown and tests); False on timeout."""
        return self.writer.wait_idle(timeout)

    def close(self, timeout: float) -> bool:
        """Write what is queued within timeout and stop the writer; False if writes are
        left (the person was asked before this). Nothing is reported after this."""
        self._closed = True
        self._repair_job.shutdown(wait=True)
        return self.writer.close(timeout)

    # --- internals -------------------------------------------------------------------------

    def _write(
        self,
        apply: Callable[[ConversationStore], Any],
        what: str,
        key: tuple[str, int] | None = None,
    ) -> None:
        self.writer.submit(Write(apply, what, key))

    def _change(self, conversation_id: int, **changes: Any) -> None:
        record = dataclasses.replace(self.record(conversation_id), **changes)
        self._records[conversation_id] = record
        tree = self._trees.get(conversation_id)
        if tree is not None:
            tree.conversation = record
        self.listChanged.emit()

    def _touch(self, tree: ConversationTree, now: float) -> None:
        record = dataclasses.replace(tree.conversation, updated_at=now)
        tree.conversation = record
        self._records[tree.id] = record

    def _status_from_writer(self, status: WriterStatus) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._statusArrived.emit(status)

    @Slot(object)
    def _set_status(self, status: WriterStatus) -> None:
        if self._closed:
            return
        if status.reason == "damaged":
            self.repair()
        self.status = status
        if status.saved:
            self._unlisted.clear()  # on disk now, in the file's list
        self.statusChanged.emit(status)

    @Slot(int, bool, object)
    def _end_job(self, job_id: int, ok: bool, value: object) -> None:
        callbacks = self._jobs.pop(job_id, None)
        if callbacks is None or self._closed:
            return
        done, failed = callbacks
        if ok:
            done(value)
        else:
            failed(str(value))
