"""ConversationTree: one conversation's message tree in memory, the same rules as the file.

The window shows the open conversation from here, not from the file: history writes go
through a writer thread and may lag (a locked or full disk), and what is on screen must
never lag with them. Each change returns exactly what the writer must store, so the file
follows the tree. The rules: a message's versions are its siblings under one parent; the
active version is the one with the highest rank, then the newest; a new version takes
the top rank; deleting a message moves it and its replies to the trash (restorable),
and the previously active sibling takes its place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from desktop.core.history.errors import HistoryNotFound
from desktop.core.history.records import StoredConversation, StoredMessage


class ConversationTree:
    """Every message of one conversation, deleted ones included (they keep their rank)."""

    def __init__(self, conversation: StoredConversation, messages: Iterable[StoredMessage]) -> None:
        self.conversation = conversation
        self._nodes: dict[int, StoredMessage] = {}
        self._children: dict[int | None, list[int]] = {}
        for message in sorted(messages, key=lambda m: m.id):
            self._put(message)

    @property
    def id(self) -> int:
        return self.conversation.id

    # --- reading ---------------------------------------------------------------------

    def get(self, message_id: int) -> StoredMessage:
        """A message that is not in the trash; HistoryNotFound otherwise."""
        message = self._nodes.get(message_id)
        if message is None or message.deleted_at is not None:
            raise HistoryNotFound("This message no longer exists.", str(message_id))
        return message

    def __contains__(self, message_id: object) -> bool:
        message = self._nodes.get(message_id) if isinstance(message_id, int) else None
        return message is not None and message.deleted_at is None

    def active_path(self) -> list[StoredMessage]:
        """Root to leaf, following the active version at each step."""
        path: list[StoredMessage] = []
        current = self._active_child(None)
        while current is not None:
            path.append(current)
            current = self._active_child(current.id)
        return path

    def siblings(self, message_id: int) -> list[StoredMessage]:
        """The message and its other versions, oldest first."""
        parent = self.get(message_id).parent_id
        return [self._nodes[i] for i in self._children.get(parent, []) if i in self]

    def positions(self, path: Iterable[StoredMessage]) -> dict[int, tuple[int, int]]:
        """For each message: (its place among its versions, how many versions there are)."""
        out: dict[int, tuple[int, int]] = {}
        for message in path:
            ids = [i for i in self._children.get(message.parent_id, []) if i in self]
            out[message.id] = (ids.index(message.id) if message.id in ids else 0, max(len(ids), 1))
        return out

    def subtree(self, message_id: int) -> list[int]:
        """The message and every reply under it (not in the trash), parents first."""
        out = [message_id]
        for current in out:
            out.extend(i for i in self._children.get(current, []) if i in self)
        return out

    # --- changes (each returns what the file must store) -------------------------------

    def add(self, message: StoredMessage) -> StoredMessage:
        """A new message (its id chosen by the caller) as the active version under its
        parent; returned with its rank."""
        if message.id in self._nodes:
            raise ValueError(f"message {message.id} is already in conversation {self.id}")
        if message.parent_id is not None and message.parent_id not in self:
            raise HistoryNotFound("This message no longer exists.", str(message.parent_id))
        ranks = [self._nodes[i].rank for i in self._children.get(message.parent_id, [])]
        added = dataclasses.replace(
            message, conversation_id=self.id, rank=max(ranks, default=0) + 1, deleted_at=None
        )
        self._put(added)
        return added

    def update(self, message: StoredMessage) -> None:
        """A message's new text, status or stats (a reply as it streams and ends)."""
        old = self._nodes.get(message.id)
        if old is None:
            raise HistoryNotFound("This message no longer exists.", str(message.id))
        self._nodes[message.id] = dataclasses.replace(
            message, parent_id=old.parent_id, rank=old.rank, deleted_at=old.deleted_at
        )

    def switch(self, message_id: int) -> dict[int, int]:
        """Make this version active, and its ancestors too (so a search hit in an old
        branch is on the path); the new ranks by message id."""
        changed: dict[int, int] = {}
        current: StoredMessage | None = self.get(message_id)
        while current is not None:
            top = self._active_child(current.parent_id)
            if top is not None and top.id != current.id:
                current = dataclasses.replace(current, rank=top.rank + 1)
                self._nodes[current.id] = current
                changed[current.id] = current.rank
            current = None if current.parent_id is None else self._nodes[current.parent_id]
        return changed

    def delete(self, message_id: int, at: float) -> list[int]:
        """Move a message and its replies to the trash; their ids."""
        ids = self.subtree(self.get(message_id).id)
        for i in ids:
            self._nodes[i] = dataclasses.replace(self._nodes[i], deleted_at=at)
        return ids

    def restore(self, ids: Iterable[int]) -> None:
        """Take messages out of the trash (Undo of delete)."""
        for i in ids:
            if i in self._nodes:
                self._nodes[i] = dataclasses.replace(self._nodes[i], deleted_at=None)

    # --- internals ---------------------------------------------------------------------

    def _put(self, message: StoredMessage) -> None:
        self._nodes[message.id] = message
        siblings = self._children.setdefault(message.parent_id, [])
        if message.id not in siblings:
            siblings.append(message.id)

    def _active_child(self, parent_id: int | None) -> StoredMessage | None:
        live = [self._nodes[i] for i in self._children.get(parent_id, []) if i in self]
        return max(live, key=lambda m: (m.rank, m.id), default=None)
