"""`hearth knowledge add|list|rm|reindex`, and documents in `hearth chat` (--attach, --knowledge).

Headless (no Qt): the same index, indexer and embedder the window's KnowledgeService drives.
The folders are the index's own list (add and rm change it; only the window's Preferences
writes the settings, and the window takes the index's changes in at its next start); the
embedder is read from the settings.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import paths
from desktop.core.context import reply_room
from desktop.core.errors import HearthError
from desktop.core.types import Message, ModelInfo

if TYPE_CHECKING:
    from desktop.core.documents.index import KnowledgeIndex
    from desktop.core.documents.indexer import IndexProgress
    from desktop.core.documents.types import Document, Source
    from desktop.core.settings import Settings
    from desktop.engine.knowledge_embedder import KnowledgeEmbedder
    from desktop.engine.session import EngineSession

EXIT_OK, EXIT_INTERRUPTED = 0, 130
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp"})
SEARCH_K = 5
# A token holds at most this many characters in practice: a text this many times longer than
# the room cannot fit, and is not sent to the engine to be counted.
MAX_CHARS_PER_TOKEN = 8


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """`hearth knowledge ...` on the main parser's subcommands."""
    knowledge = sub.add_parser("knowledge", help="folders of documents the chat can answer from")
    commands = knowledge.add_subparsers(
        dest="knowledge_command", parser_class=parser_class, required=True
    )
    add = commands.add_parser("add", help="index a folder's documents from now on")
    add.add_argument("folder")
    commands.add_parser("list", help="the folders, with their files, passages and errors")
    remove = commands.add_parser("rm", help="forget a folder's passages (its files stay)")
    remove.add_argument("folder")
    commands.add_parser(
        "reindex", help="read what changed in every folder now (Ctrl+C stops; the rest is kept)"
    )


def add_chat_options(chat: argparse.ArgumentParser) -> None:
    """--attach and --knowledge on `hearth chat`."""
    chat.add_argument(
        "--attach",
        metavar="FILE",
        action="append",
        default=[],
        help="a document or image to send with the message (repeatable)",
    )
    chat.add_argument(
        "--knowledge",
        action="store_true",
        help="answer from the knowledge folders (`hearth knowledge`); the sources follow",
    )


def run(args: argparse.Namespace) -> int:
    command = args.knowledge_command
    if command in ("add", "rm"):
        return _change_folders(command, args.folder)
    if command == "list":
        return _list()
    return _reindex()


def _out(line: str) -> None:
    """A line of the command's output (stdout; notes go to stderr)."""
    sys.stdout.write(line + "\n")


# --- folders --------------------------------------------------------------------------------


def _settings() -> Settings:
    from desktop.core.settings import load_settings

    return load_settings()


def _index() -> KnowledgeIndex:
    from desktop.core.documents.index import KnowledgeIndex

    return KnowledgeIndex(paths.knowledge_db_file())


def _change_folders(command: str, folder: str) -> int:
    path = os.path.abspath(os.path.expanduser(folder))
    index = _index()
    try:
        known = [s.path for s in index.folders()]
        if command == "add":
            if not os.path.isdir(path):
                raise HearthError(f"{path} is not a folder: give the folder of your documents.")
            if path in known:
                _out(f"{path} is indexed already")
                return EXIT_OK
            index.add_folder(path)
            _out(f"added {path}: `hearth knowledge reindex` reads its documents now")
            return EXIT_OK
        if path not in known:
            raise HearthError(
                f"{path} is not a knowledge folder: `hearth knowledge list` shows them."
            )
        index.remove_folder(path)
    finally:
        index.close()
    _out(f"removed {path} (its files stay where they are)")
    return EXIT_OK


def _folders(index: KnowledgeIndex) -> list[str]:
    return [s.path for s in index.folders()]


def _list() -> int:
    index = _index()
    try:
        statuses = index.folders()
        failed = {s.path: index.files(s.path, status="error") for s in statuses if s.errors}
        why_words_only = index.vectors_off_reason
    finally:
        index.close()
    for s in statuses:
        _out(f"{s.path}\t{s.files} files\t{s.chunks} passages\t{s.errors} errors")
        for f in failed.get(s.path, ()):  # each unreadable file, indented, with its sentence
            _out(f"  {os.path.relpath(f.path, s.path)}: {f.error}")
    if not statuses:
        sys.stderr.write("hearth: no knowledge folders: `hearth knowledge add FOLDER` adds one.\n")
    # How search runs, on stderr (a note, not a row): by words and meaning, or why words only.
    how = f"words only: {why_words_only}" if why_words_only else "words and meaning"
    sys.stderr.write(f"hearth: search uses {how}\n")
    return EXIT_OK


def _reindex() -> int:
    from desktop.core.documents.indexer import Indexer

    index = _index()
    folders = _folders(index)
    if not folders:
        index.close()
        sys.stderr.write("hearth: no knowledge folders: `hearth knowledge add FOLDER` adds one.\n")
        return EXIT_OK
    from desktop.core.documents.prefixes import prefixes_of_file

    embedder = _embedder(_settings(), index)
    embed = prefixes_of_file(embedder.path).passages(embedder.embed) if embedder else None
    indexer = Indexer(index, embed=embed, on_progress=_progress)
    result: list[IndexProgress] = []
    failed: list[BaseException] = []
    finished = threading.Event()

    def work() -> None:
        try:
            result.append(indexer.run(folders))
        except BaseException as e:  # shown on the main thread, which owns the terminal
            failed.append(e)
        finally:
            finished.set()

    # The indexer runs on a thread so that Ctrl+C reaches the main thread at once; the
    # indexer then stops after the file it is reading and keeps what it read. The wait is
    # on an Event: a Thread.join() interrupted by Ctrl+C may return early ever after
    # (CPython gh-90882), and the index would be closed under the indexer.
    worker = threading.Thread(target=work, name="hearth-reindex")
    worker.start()
    try:
        while not finished.wait(0.2):
            pass
    except KeyboardInterrupt:
        indexer.stop()
        finished.wait()
        sys.stderr.write("\nhearth: stopped; what was read is kept for next time.\n")
        return EXIT_INTERRUPTED
    finally:
        worker.join()
        if embedder is not None:
            embedder.close()
        index.close()
    sys.stderr.write("\n")
    if failed:
        raise failed[0]
    done = result[0] if result else None
    errors = f", {done.errors} could not be read" if done and done.errors else ""
    _out(f"indexed {done.done if done else 0} changed files{errors}")
    return EXIT_OK


def _progress(p: IndexProgress) -> None:
    """One line on stderr, rewritten in place: "Indexing 120 of 900 files — plan.md"."""
    if not p.total:
        return
    name = os.path.basename(p.current) if p.current else "done"
    line = f"Indexing {p.done} of {p.total} files — {name}"
    sys.stderr.write("\r" + line[:120].ljust(100))
    sys.stderr.flush()


def _embedder(settings: Settings, index: KnowledgeIndex) -> KnowledgeEmbedder | None:
    """The embedder the settings name, loaded, with the index set to its vectors; None (and
    a note on stderr) when there is none or it does not load: search then uses words."""
    from desktop.engine.knowledge_embedder import KnowledgeEmbedder, find_embedder

    if not settings.embedding_model:
        sys.stderr.write(
            "hearth: no embedding model is set, so search uses words only "
            "(choose one in the window's Settings → Knowledge).\n"
        )
        return None
    embedder: KnowledgeEmbedder | None = None
    try:
        embedder = KnowledgeEmbedder(find_embedder(settings.embedding_model, _library_models()))
        dims = len(embedder.embed(["dimensions"])[0])
    except HearthError as e:
        if embedder is not None:
            embedder.close()
        sys.stderr.write(f"hearth: {e.user_message}\n")
        return None
    from desktop.core.documents.prefixes import prefixes_of_file

    index.set_embedder(prefixes_of_file(embedder.path).vector_id(embedder.model_id), dims)
    return embedder


def _library_models() -> list[Any]:
    from desktop.cli import _library  # the CLI's one way to open the library

    library = _library()
    library.set_folders(_settings().model_folders)
    return library.models()


# --- hearth chat --attach / --knowledge -----------------------------------------------------


class ChatDocuments:
    """A chat's user turns with their documents: attached files (the first message) and
    passages from the knowledge folders (every message); the sources go after the reply."""

    def __init__(
        self,
        attach: Sequence[str],
        knowledge: bool,
        session: EngineSession,
        info: ModelInfo,
        max_tokens: int,
        notice: Callable[[str], None],
    ) -> None:
        from desktop.core.documents.extract import extract
        from desktop.core.documents.types import DocumentError

        self._session = session
        self._room = max(info.n_ctx - reply_room(max_tokens, info.n_ctx), 0)
        self._notice = notice
        self._documents: list[Document] = []
        self._images: list[str] = []
        for file in attach:
            path = Path(file).expanduser()
            if path.suffix.lower() in IMAGE_SUFFIXES:
                self._images.append(str(path))  # the engine reads them (a vision model)
            else:
                try:
                    self._documents.append(extract(path))
                except DocumentError as e:  # its sentence, as the command's error
                    raise HearthError(str(e)) from e
        self._knowledge = knowledge
        self._index: KnowledgeIndex | None = _index() if knowledge else None
        self._embedder: KnowledgeEmbedder | None = None
        if self._index is not None:
            self._embedder = _embedder(_settings(), self._index)
        self.sources: tuple[Source, ...] = ()

    def turn(self, text: str, history: Sequence[Message] = ()) -> Message:
        """The user turn for text: the documents or passages before the question."""
        from desktop.core.documents.context import fit_documents, with_passages
        from desktop.core.documents.index import rank_passages
        from desktop.core.documents.types import Source

        room = self._room - (self._count(list(history)) if history else 0)
        content = text
        sources: tuple[Source, ...] = ()
        if self._documents:
            embed = None
            if self._embedder is not None:
                from desktop.core.documents.prefixes import prefixes_of_file

                embed = prefixes_of_file(self._embedder.path).question_first(self._embedder.embed)
            prepared = fit_documents(
                text,
                self._documents,
                room_tokens=room,
                count_tokens=lambda t: self._count_text(t, room),
                rank=lambda q, pairs, k: rank_passages(q, pairs, k, embed=embed),
            )
            if prepared.note:
                self._notice(prepared.note)
            content, sources = prepared.content, prepared.sources
            # A document that went in whole is a source as a whole.
            sources += tuple(Source(name, "whole document", "") for name in prepared.whole)
            self._documents = []  # attached to the first message only
        elif self._index is not None:
            found = self._search(text)
            if found:
                content, sources = with_passages(text, found), tuple(found)
            else:
                self._notice("Nothing in the knowledge folders matches this message.")
        images, self._images = tuple(self._images), []
        self.sources = sources
        return Message("user", content, images=images)

    def print_sources(self) -> None:
        """ "Sources:" and one line per passage the last reply was given, after the reply."""
        if not self.sources:
            return
        _out("Sources:")
        for s in self.sources:
            _out(f"  {s.name} — {s.locator}" if s.locator else f"  {s.name}")
        sys.stdout.flush()

    def close(self) -> None:
        if self._embedder is not None:
            self._embedder.close()
        if self._index is not None:
            self._index.close()

    def _search(self, text: str) -> list[Source]:
        assert self._index is not None
        from desktop.core.documents.prefixes import prefixes_of_file

        vector = None
        if self._embedder is not None:
            embed = prefixes_of_file(self._embedder.path).queries(self._embedder.embed)
            try:
                found = embed([text])
                vector = found[0] if found else None
            except HearthError as e:
                self._notice(e.user_message)
        return self._index.search(text, vector=vector, k=SEARCH_K)

    def _count(self, messages: list[Message]) -> int:
        return self._session.count(messages)

    def _count_text(self, text: str, room: int) -> int:
        if len(text) > MAX_CHARS_PER_TOKEN * room:
            return len(text)  # surely more than the room: not worth the engine's time
        return self._count([Message("user", text)])


def chat_documents(
    args: argparse.Namespace,
    session: EngineSession,
    info: ModelInfo,
    max_tokens: int,
    notice: Callable[[str], None],
) -> ChatDocuments | None:
    """The chat's documents when --attach or --knowledge was given, else None."""
    if not args.attach and not args.knowledge:
        return None
    return ChatDocuments(args.attach, args.knowledge, session, info, max_tokens, notice)
