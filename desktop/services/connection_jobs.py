"""ConnectionJobs: list, add, remove and test connections to remote servers, off the GUI thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.core.connections import (
    Connection,
    ConnectionStore,
    is_loopback,
    offline_sentence,
    parse_remote_key,
)
from desktop.core.errors import HearthError
from desktop.core.types import LoadParams, Message, SamplingParams
from desktop.engine.session import Route, remote_route
from desktop.services.background import Background
from desktop.services.preferences import ModelChoice, Preferences
from desktop.services.said import said

if TYPE_CHECKING:  # httpx is imported only when a connection is used
    from desktop.engine.remote import RemoteBackend

LIST_CONNECT_S = 3.0  # a listing must not keep the picker waiting for long
LIST_READ_S = 5.0
TEST_READ_S = 60.0  # a test waits for one short reply; a big model's first token is slow
TEST_PROMPT = "Say hello."


def remote_choice(preferences: Preferences, key: str) -> ModelChoice | None:
    """How a connection's model starts (its remembered context and sampling), None for a
    local model's key. There is no file to resolve: the key is the model's path."""
    if parse_remote_key(key) is None:
        return None
    return ModelChoice(preferences.load_for(key, key), *preferences.sampling_for(key))


@dataclass(frozen=True, slots=True)
class ConnectionModels:
    """One connection as the picker shows it: its models, or why there are none."""

    name: str
    base_url: str
    model_ids: tuple[str, ...] = ()
    problem: str = ""  # a sentence: offline mode, an unreachable server, a refused key
    blocked: bool = False  # offline mode blocks it (no request was made)


class ConnectionJobs(QObject):
    """The connections (ConnectionStore, made on a worker: the keychain may be slow to
    open) and what their servers say. Every result arrives on the GUI thread as a signal;
    a listing supersedes the ones before it. Offline mode lists only loopback connections
    and says why the others are missing."""

    listed = Signal(object)  # list[ConnectionModels], in the file's order
    changed = Signal(object)  # list[Connection] after an add or a remove (and at first)
    tested = Signal(str, object)  # name, list[str]: sentences, the last one the outcome
    failed = Signal(str)  # a sentence: an add or a remove refused
    notice = Signal(str)  # a sentence: a key kept only until Hearth closes (no keychain)

    def __init__(
        self,
        offline: bool = False,
        store: Callable[[], ConnectionStore] = ConnectionStore,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._offline = offline
        self._make_store = store
        self._store: ConnectionStore | None = None
        self._store_lock = threading.Lock()
        # Own threads, never waited for: a call may block until its timeouts.
        self._jobs = Background(max_workers=None, name="hearth-connections", parent=self)
        self._listing = 0
        self._notice = ""
        self.models: list[ConnectionModels] = []

    @property
    def offline(self) -> bool:
        return self._offline

    def offline_now(self) -> bool:
        """Offline mode as it is now (any thread: the remote backends ask at each request)."""
        return self._offline

    def route(self) -> Route:
        """EngineSession's route to these connections' servers (offline mode applied)."""
        return remote_route(self.store, self.offline_now)

    @property
    def pending(self) -> int:
        return self._jobs.pending

    def store(self) -> ConnectionStore:
        """The store (made on first use; any thread)."""
        with self._store_lock:
            if self._store is None:
                self._store = self._make_store()
            return self._store

    # --- requests (GUI thread) -----------------------------------------------------------

    def refresh(self) -> None:
        """List every connection's models again (in the background)."""
        self._listing += 1
        listing, offline = self._listing, self._offline
        self._jobs.submit(lambda: self._list(offline), lambda found: self._listed(listing, found))

    def set_offline(self, offline: bool) -> None:
        if offline != self._offline:
            self._offline = offline
            self.refresh()

    def add(self, name: str, url: str, api_key: str | None) -> None:
        """Add (or replace) a connection; its key goes to the keyring. Lists again after."""
        self._jobs.submit(lambda: self._add(name, url, api_key), self._changed, self.failed.emit)

    def remove(self, name: str) -> None:
        def remove() -> list[Connection]:
            self.store().remove(name)
            return self.store().all()

        self._jobs.submit(remove, self._changed, self.failed.emit)

    def test(self, name: str) -> None:
        """List the server's models and time one short reply; `tested` says how it went."""
        offline = self._offline
        self._jobs.submit(
            lambda: self._test(name, offline),
            lambda sentences: self.tested.emit(name, sentences),
            lambda sentence: self.tested.emit(name, [sentence]),
        )

    def shutdown(self) -> None:
        """No more results (running calls end on their own timeouts, unheard)."""
        self._jobs.shutdown(wait=False)

    # --- on the GUI thread -----------------------------------------------------------------

    def _listed(self, listing: int, found: list[ConnectionModels]) -> None:
        if listing != self._listing:
            return  # a newer listing is under way
        self.models = found
        self.listed.emit(found)

    def _changed(self, connections: list[Connection]) -> None:
        self.changed.emit(connections)
        notice, self._notice = self._notice, ""
        if notice:
            self.notice.emit(notice)
        self.refresh()

    # --- on workers ------------------------------------------------------------------------

    def _add(self, name: str, url: str, api_key: str | None) -> list[Connection]:
        store = self.store()
        store.add(name, url, api_key)
        if api_key and store.notice:
            self._notice = said(store.notice)  # said once the add is reported (GUI thread)
        return store.all()

    def _backend(self, connection: Connection, read_s: float) -> RemoteBackend:
        from desktop.engine.remote import RemoteBackend

        store = self.store()
        return RemoteBackend(
            connection,
            store.api_key(connection.name),
            offline=self.offline_now,
            connect_timeout_s=LIST_CONNECT_S,
            read_timeout_s=read_s,
        )

    def _list(self, offline: bool) -> list[ConnectionModels]:
        """Every connection at once, each on a daemon thread: the slowest sets the pace,
        and an exit never waits for them (a pool's threads would be joined at exit)."""
        connections = self.store().all()
        found: list[ConnectionModels | None] = [None] * len(connections)

        def one(i: int) -> None:
            found[i] = self._list_one(connections[i], offline)

        threads = [
            threading.Thread(target=one, args=(i,), name=f"hearth-list-{i}", daemon=True)
            for i in range(len(connections))
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()  # each call is bounded by its timeouts
        return [
            f or ConnectionModels(c.name, c.base_url, problem=self.tr("Listing failed."))
            for f, c in zip(found, connections, strict=True)
        ]

    def _list_one(self, connection: Connection, offline: bool) -> ConnectionModels:
        name, url = connection.name, connection.base_url
        if offline and not is_loopback(connection.host):
            return ConnectionModels(
                name, url, problem=said(offline_sentence(connection)), blocked=True
            )
        backend = self._backend(connection, LIST_READ_S)
        try:
            ids = tuple(m["id"] for m in backend.models())
        except HearthError as e:
            return ConnectionModels(name, url, problem=said(e))
        finally:
            backend.close()
        if not ids:
            problem = self.tr("The server at {url} lists no models.").format(url=url)
            return ConnectionModels(name, url, problem=problem)
        return ConnectionModels(name, url, ids)

    def _test(self, name: str, offline: bool) -> list[str]:
        connection = self.store().get(name)
        if offline and not is_loopback(connection.host):
            return [said(offline_sentence(connection))]
        backend = self._backend(connection, TEST_READ_S)
        sentences: list[str] = []
        try:
            t0 = time.perf_counter()
            ids = [m["id"] for m in backend.models()]
            ms = (time.perf_counter() - t0) * 1000
            sentences.append(self._listed_sentence(name, ms, ids))
            if not ids:
                return sentences
            backend.start()
            backend.load(LoadParams(ids[0]))
            reply = backend.chat([Message("user", TEST_PROMPT)], SamplingParams(max_tokens=16))
            reply.wait_prompt_started()
            for _ in reply:
                pass
            s = reply.stats
            assert s is not None
            sentences.append(
                self.tr(
                    "{model} replied in {total_ms} ms: first token after {ttft_ms} ms, "
                    "{tokens} tokens at {rate} tokens/s (“{reply}”)."
                ).format(
                    model=ids[0],
                    total_ms=f"{s.total_ms:.0f}",
                    ttft_ms=f"{s.ttft_ms:.0f}",
                    tokens=s.generated_tokens,
                    rate=f"{s.tokens_per_s:.1f}",
                    reply=reply.text.strip()[:60],
                )
            )
        except HearthError as e:
            sentences.append(said(e))
        finally:
            backend.close()
        return sentences

    def _listed_sentence(self, name: str, ms: float, ids: list[str]) -> str:
        """How a connection test says what the server listed (at most 8 ids named).
        self.tr with a count: lupdate marks only that form as a plural."""
        n, elapsed = len(ids), f"{ms:.0f}"
        if not ids:
            return self.tr("“{name}” replied in {ms} ms with no models.").format(
                name=name, ms=elapsed
            )
        listed = ", ".join(ids[:8])
        if n == 1:  # its own sentence, so English needs no plural file
            return self.tr("“{name}” replied in {ms} ms with 1 model: {listed}.").format(
                name=name, ms=elapsed, listed=listed
            )
        if n > 8:
            return self.tr(
                "“{name}” replied in {ms} ms with %n models: {listed} and {more} more.", "", n
            ).format(name=name, ms=elapsed, listed=listed, more=n - 8)
        return self.tr("“{name}” replied in {ms} ms with %n models: {listed}.", "", n).format(
            name=name, ms=elapsed, listed=listed
        )
