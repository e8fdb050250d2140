"""A message's attachments and knowledge passages turned into its engine turn, off the GUI thread.

ChatSession hands over the question, the files picked (or the attachments a message already
holds, for a new reply to it) and how much room the context has left; a worker thread copies
new files into the attachment store, reads the documents, fits them (whole, or the passages
that answer the question) and adds passages from the knowledge folders. What comes back is a
PreparedTurn: the attachments to store with the message, the user turn's text, its images
and the sources to store with the reply. A file that cannot be read ends the job with its
sentence (a DocumentError's), before anything is stored or sent.
"""

from __future__ import annotations

import logging
import math
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, SignalInstance

from desktop.core.documents.prefixes import NONE as NO_PREFIXES
from desktop.core.documents.types import Document, DocumentError, Source
from desktop.core.history import Attachment, ConversationStore, HistoryError, StoredMessage
from desktop.core.types import Message, ModelInfo
from desktop.engine.images import sees_images, sniff
from desktop.services.background import Background

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".bmp"})  # engine.images reads
KNOWLEDGE_PASSAGES = 5
# Tokens kept aside per turn for the chat template's markers when the room is estimated.
_TURN_OVERHEAD = 8
# Documents read from stored copies kept in memory (by their text's length): a follow-up
# reads the branch's documents again at every send, and a large PDF takes seconds to read.
DOCUMENT_CACHE_CHARS = 8_000_000  # about 2,000 pages of text, some 16-32 MB


class Knowledge(Protocol):
    """What a reply needs of services.knowledge.KnowledgeService (callable from any thread)."""

    def search(self, query: str, k: int = 5) -> list[Source]: ...

    def embed(self, texts: list[str]) -> list[list[float]] | None: ...


class KnowledgeSearch(Knowledge, Protocol):
    """What the window needs of services.knowledge.KnowledgeService (a structural type, so
    the tests' stand-ins fit too): the reply's two calls, the folder list and its signal."""

    @property
    def folders_changed(self) -> SignalInstance: ...

    def folders(self) -> Sequence[object]: ...


class DocumentCache:
    """Documents read from stored copies, by the copy's file name (its sha256 and suffix:
    content-addressed, so the same name always reads as the same Document; the suffix says
    how it is read): least recently used first out once their texts pass max_chars in all.
    Thread-safe (the preparer's worker and a test alike)."""

    def __init__(self, max_chars: int = DOCUMENT_CACHE_CHARS) -> None:
        self.max_chars = max_chars
        self._documents: OrderedDict[str, Document] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()

    def get(self, key: str) -> Document | None:
        with self._lock:
            document = self._documents.get(key)
            if document is not None:
                self._documents.move_to_end(key)
            return document

    def put(self, key: str, document: Document) -> None:
        """Keep document (one larger than max_chars alone is not kept)."""
        size = len(document.text)
        with self._lock:
            old = self._documents.pop(key, None)
            if old is not None:
                self._chars -= len(old.text)
            if size > self.max_chars:
                return
            self._documents[key] = document
            self._chars += size
            while self._chars > self.max_chars:
                _, dropped = self._documents.popitem(last=False)
                self._chars -= len(dropped.text)

    def __len__(self) -> int:
        return len(self._documents)

    @property
    def chars(self) -> int:
        return self._chars


@dataclass(frozen=True, slots=True)
class PreparedTurn:
    """A user turn ready to send: the attachments to store with the message (the new files,
    copied already), the text the engine gets in its place, the images it shows (stored
    copies' paths) and the sources to store with the reply."""

    attachments: tuple[Attachment, ...]
    content: str
    images: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    note: str = ""  # a sentence: the documents did not fit and were left out


def estimate_tokens(text: str) -> int:
    """About four characters a token: the room is reckoned with this, never with the engine
    (its one thread is the reply's), so a fit errs by a few percent, not by the context."""
    return math.ceil(len(text) / 4)


def room_for_documents(prompt_limit: int, turns: Sequence[Message], question: str) -> int:
    """Tokens left for documents: the prompt's limit less the conversation (estimated) and
    the question."""
    used = sum(estimate_tokens(m.content) + _TURN_OVERHEAD for m in turns)
    return max(0, prompt_limit - used - estimate_tokens(question) - _TURN_OVERHEAD)


def is_image(path: Path) -> bool:
    """An image by its name; a file with no known suffix by its first bytes."""
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return True
    if path.suffix:
        return False
    return _looks_like_image(path)


def _looks_like_image(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(12)
    except OSError:
        return False
    return sniff(head) is not None


def conversation_documents(path: Sequence[StoredMessage]) -> tuple[Attachment, ...]:
    """The documents attached anywhere on a branch, once each, oldest first: a follow-up
    question is answered from them too (each send reads them again from the stored copies;
    images stay with their own turn)."""
    seen: dict[str, Attachment] = {}
    for message in path:
        for attachment in message.attachments:
            if attachment.kind == "document":
                seen.setdefault(attachment.sha256, attachment)
    return tuple(seen.values())


def reply_inputs(
    path: Sequence[StoredMessage], asked: StoredMessage
) -> tuple[list[StoredMessage], tuple[Attachment, ...]]:
    """For a new reply to the user message asked: the branch before it, and what it is
    answered from (the branch's documents and its own images)."""
    before = list(path[: next((i for i, m in enumerate(path) if m.id == asked.id), len(path))])
    images = tuple(a for a in asked.attachments if a.kind == "image")
    return before, conversation_documents([*before, asked]) + images


def has_vision(model: ModelInfo | None) -> bool:
    """Whether the loaded model reads images (the engine's own rule: engine.images)."""
    return model is not None and sees_images(model)


def refuse_images(paths: Sequence[Path], vision: bool) -> str:
    """The sentence refusing images for a model without vision ('' when none is refused)."""
    images = [p.name for p in paths if is_image(p)]
    if not images or vision:
        return ""
    names = ", ".join(images)
    return QCoreApplication.translate(
        "attachments",
        "The loaded model cannot read images ({names}). Load a model with vision, "
        "or remove the image to send the message.",
    ).format(names=names)


def prepare_turn(
    question: str,
    new_files: Sequence[Path],
    held: Sequence[Attachment],
    *,
    store_root: Path | None,
    room_tokens: int,
    knowledge: Knowledge | None,
    search_folders: bool = False,
    cache: DocumentCache | None = None,
) -> PreparedTurn:
    """Blocking (a worker thread): copy new_files into the attachment store, read every
    document (new files and those a message already holds), fit them to room_tokens and add
    the knowledge folders' passages when search_folders (the chat's Knowledge switch).
    knowledge's embedder, when it has one, ranks the documents' passages by meaning as
    well as by words. cache spares reading a stored copy again. An empty question
    (files sent alone) sends the documents alone. DocumentError says why a file cannot be
    used."""
    from desktop.core.documents.attachments import AttachmentStore
    from desktop.core.documents.context import fit_documents, with_passages
    from desktop.core.documents.extract import extract
    from desktop.core.documents.index import rank_passages

    store = AttachmentStore(store_root)  # None: paths.attachments_dir()
    cache = cache if cache is not None else DocumentCache(0)
    attachments: list[Attachment] = []  # the new files' (the held ones are stored)
    documents: list[Document] = []
    images: list[str] = []
    for attachment in held:
        copy = store.path_of(attachment.sha256)
        if attachment.kind == "image":
            images.append(str(copy))
        else:  # read from the stored copy: the original may have moved
            document = cache.get(copy.name)
            if document is None:
                document = extract(copy)
                cache.put(copy.name, document)
            documents.append(_named(document, attachment.name))
    for path in new_files:
        if is_image(path):
            if not _looks_like_image(path):
                raise DocumentError(
                    QCoreApplication.translate(
                        "attachments", "{name} is not an image Hearth can read."
                    ).format(name=path.name)
                )
            stored = store.add(path)
            attachments.append(Attachment(stored.sha256, stored.name, stored.size, "image"))
            images.append(str(stored.path))
            continue
        document = extract(path)  # before the copy: a file that cannot be read is not kept
        stored = store.add(path)
        cache.put(stored.path.name, document)  # the copy holds the bytes just read
        attachments.append(Attachment(stored.sha256, stored.name, stored.size, "document"))
        documents.append(_named(document, stored.name))
    # The knowledge service's embedder ranks passages by meaning too (it answers None
    # when it has none: words alone then; with no question there is nothing to mean).
    embed = None
    if knowledge is not None and question.strip():
        # The embedder's query/passage prefixes (a stand-in without them has none).
        prefixes = getattr(knowledge, "prefixes", NO_PREFIXES)
        embed = prefixes.question_first(knowledge.embed)
    content, sources, note = question, tuple[Source, ...](), ""
    if documents:
        prepared = fit_documents(
            question,
            documents,
            room_tokens=room_tokens,
            count_tokens=estimate_tokens,
            rank=lambda q, pairs, k: rank_passages(q, pairs, k, embed=embed),
        )
        content, sources, note = prepared.content, tuple(prepared.sources), prepared.note
    if knowledge is not None and search_folders and question.strip():
        found = tuple(knowledge.search(question, KNOWLEDGE_PASSAGES))
        if found:
            # The folders' passages join the attachments' (or the question alone).
            content = (
                with_passages(question, (*sources, *found))
                if sources
                else (with_passages(content, found))
            )
            sources += found
    return PreparedTurn(tuple(attachments), content, tuple(images), sources, note)


def sweep_stored_copies(
    store: ConversationStore, background: Background, root: Path | None = None
) -> None:
    """After start-up: remove the stored copies no message names any more (and crashed
    copies' temp files), a day old or more, on background's worker.
    The names are read here, on the store's thread (one query on an index)."""
    try:
        live = store.attachment_hashes()
    except (HistoryError, sqlite3.Error) as error:  # unreadable or closed: keep every copy
        # No traceback: a closed store (the app quitting during start-up) is not a fault.
        log.warning("attachment sweep skipped: the history could not be read (%s)", error)
        return

    def sweep() -> int:
        from desktop.core.documents.attachments import sweep_copies

        return len(sweep_copies(live, root))

    background.submit(
        sweep,
        lambda removed: None,  # sweep_copies logs what it removed
        lambda sentence: log.warning("attachment sweep failed: %s", sentence),
    )


def _named(document: Document, name: str) -> Document:
    """The document labelled with the attachment's own name (a stored copy's file name is
    its hash)."""
    return replace(document, title=name, path=name)


class TurnPreparer(QObject):
    """Runs prepare_turn on a worker thread of its own and hands the result (or the sentence
    of a file that cannot be used) back on the GUI thread. One job at a time: a send waits
    for its files, and ChatSession starts no other meanwhile."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background = Background(max_workers=1, name="hearth-attach", parent=self)
        self.store_root: Path | None = None  # None: the attachment store's default folder
        self.knowledge: Knowledge | None = None  # the app sets it (services.knowledge)
        self.cache = DocumentCache()  # the branch's documents, read once per run

    @property
    def busy(self) -> bool:
        return self._background.pending > 0

    def start(
        self,
        question: str,
        new_files: Sequence[Path],
        held: Sequence[Attachment],
        *,
        room_tokens: int,
        use_knowledge: bool,
        done: Callable[[PreparedTurn], None],
        failed: Callable[[str], None],
    ) -> None:
        root, knowledge, cache = self.store_root, self.knowledge, self.cache
        files, kept = tuple(new_files), tuple(held)

        def job() -> PreparedTurn | str:
            try:
                return prepare_turn(
                    question,
                    files,
                    kept,
                    store_root=root,
                    room_tokens=room_tokens,
                    knowledge=knowledge,
                    search_folders=use_knowledge,
                    cache=cache,
                )
            except DocumentError as e:
                return str(e)
            except OSError as e:  # the file went away or cannot be copied
                reason = str(e.strerror or e)
                if not e.filename:
                    return self.tr("A file could not be read: {reason}.").format(reason=reason)
                return self.tr("{name} could not be read: {reason}.").format(
                    name=Path(e.filename).name, reason=reason
                )

        def finished(result: PreparedTurn | str) -> None:
            if isinstance(result, str):
                failed(result)
            else:
                done(result)

        self._background.submit(job, finished, failed)

    def shutdown(self) -> None:
        """Wait for a job still copying or reading (it ends by itself), drop its result."""
        self._background.shutdown(wait=True)
