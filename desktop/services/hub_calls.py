"""HubCalls: hub search, repo details and whoami off the GUI thread, results as signals.

Offline has two causes: the person's setting, and the hub found unreachable at the first
hub use of the session (then Hearth stays offline until `retry()` finds it again, instead
of making every click wait for a connect timeout). While offline no call reaches the
network: each request fails at once with a sentence, no thread is started.

Every call runs on a daemon thread of its own (``Background(max_workers=None)``), not on a
pool. A call to a hub that accepts the connection and never answers blocks in a read until
its timeout (core/hub.py: connect and read timeouts on every request), and nothing can wake
that read early: the socket belongs to huggingface_hub's connection pool. So calls are
cancelled by abandoning them: a superseded call's result is dropped, shutdown() drops them
all and returns at once, the call's thread ends by itself at its timeout, and as a daemon
it never holds up another call (a pool of three would be filled by three stuck calls) nor
the process's exit after the window closes (a pool's threads are joined at exit). The
threads hold no state that needs closing, so ending the process under them loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.core.errors import HearthError
from desktop.core.hub import HubClient, RepoDetails, Sort
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.services.background import Background

# English sources; what is emitted is said(...) of them (the window's language), so a
# comparison with an emitted sentence uses said(OFFLINE_SETTING), not the constant.
OFFLINE_SETTING = QT_TRANSLATE_NOOP(
    "HubCalls", "Hearth is offline (Settings): the hub is not contacted."
)
WENT_OFFLINE = QT_TRANSLATE_NOOP(
    "HubCalls",
    "The hub cannot be reached, so Hearth works offline for now: your models and chats "
    "still work. Retry when the network is back.",
)
STILL_OFFLINE = QT_TRANSLATE_NOOP(
    "HubCalls", "The hub still cannot be reached; Hearth stays offline."
)


def said(sentence: str) -> str:
    """One of the sentences above as the window shows it (translated)."""
    return QCoreApplication.translate("HubCalls", sentence)


class _Unreachable(HearthError):
    """reachable() said no at the first hub use."""


class HubCalls(QObject):
    """One search, one repo page and one token check at a time: a result for an older
    request than the latest of its kind is dropped, so typing fast never shows the hits
    for an earlier query after the current one."""

    searchDone = Signal(str, str, object)  # query, sort, list[RepoSummary]
    searchFailed = Signal(str, str, str)  # query, sort, sentence
    detailsDone = Signal(object)  # RepoDetails
    detailsFailed = Signal(str, str)  # repo id, sentence
    headerDone = Signal(str, str, object)  # repo id, file, GGUFInfo (read with a Range)
    headerFailed = Signal(str, str, str)  # repo id, file, sentence
    whoamiDone = Signal(str)  # the token's user name
    whoamiFailed = Signal(str)  # sentence
    offlineChanged = Signal(bool, str)  # offline now, why (a sentence; '' when online)

    def __init__(
        self,
        client: Callable[[], HubClient],
        offline: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._setting = offline
        self._unreachable = False
        self._checked = False  # reachable() answered yes once this session
        self._latest: dict[str, int] = {"search": 0, "details": 0, "whoami": 0, "header": 0}
        self._jobs = Background(max_workers=None, name="hearth-hub", parent=self)

    # --- state -------------------------------------------------------------------------

    @property
    def offline(self) -> bool:
        return self._setting or self._unreachable

    @property
    def offline_reason(self) -> str:
        if self._setting:
            return said(OFFLINE_SETTING)
        return said(WENT_OFFLINE) if self._unreachable else ""

    @property
    def busy(self) -> bool:
        return self._jobs.pending > 0

    def set_offline(self, offline: bool) -> None:
        """The person's setting. Switching it off also forgets an earlier unreachable hub:
        the next call checks again."""
        before = self.offline
        self._setting = offline
        if not offline:
            self._unreachable = False
            self._checked = False
        if self.offline != before:
            self.offlineChanged.emit(self.offline, self.offline_reason)

    def retry(self) -> None:
        """Check the hub again (on a worker); offlineChanged says how it went."""
        if self._setting:
            self.offlineChanged.emit(True, said(OFFLINE_SETTING))
            return
        client = self._client()
        self._jobs.submit(client.reachable, self._retried)

    def _retried(self, reachable: bool) -> None:
        if self._setting:
            return
        if reachable:
            self._unreachable = False
            self._checked = True
            self.offlineChanged.emit(False, "")
        else:
            self._unreachable = True
            self.offlineChanged.emit(True, said(STILL_OFFLINE))

    # --- calls -------------------------------------------------------------------------

    def search(self, query: str, sort: Sort = "downloads") -> None:
        """GGUF repos for query; searchDone or searchFailed follows."""
        if self.offline:
            self.searchFailed.emit(query, sort, self.offline_reason)
            return
        client = self._client()
        self._start(
            "search",
            lambda: client.search(query, sort=sort),
            client,
            lambda hits: self.searchDone.emit(query, sort, hits),
            lambda sentence: self.searchFailed.emit(query, sort, sentence),
        )

    def repo_details(self, repo_id: str) -> None:
        """A repo's licence, gating, card excerpt and files; detailsDone or detailsFailed."""
        if self.offline:
            self.detailsFailed.emit(repo_id, self.offline_reason)
            return
        client = self._client()
        self._start(
            "details",
            lambda: client.repo_details(repo_id),
            client,
            self._details_done,
            lambda sentence: self.detailsFailed.emit(repo_id, sentence),
        )

    def _details_done(self, details: RepoDetails) -> None:
        self.detailsDone.emit(details)

    def header(self, repo_id: str, filename: str) -> None:
        """A file's GGUF header before downloading it (for its memory fit); headerDone or
        headerFailed follows."""
        if self.offline:
            self.headerFailed.emit(repo_id, filename, self.offline_reason)
            return
        client = self._client()
        self._start(
            "header",
            lambda: client.gguf_header(repo_id, filename),
            client,
            lambda info: self.headerDone.emit(repo_id, filename, info),
            lambda sentence: self.headerFailed.emit(repo_id, filename, sentence),
        )

    def whoami(self, token: str) -> None:
        """Who token belongs to (the token given, not the one in use): checks a token
        before it is saved. whoamiDone or whoamiFailed follows."""
        if self.offline:
            self.whoamiFailed.emit(self.offline_reason)
            return
        base = self._client()
        client = HubClient(endpoint=base.endpoint, token=token, offline=False)
        self._start("whoami", client.whoami, client, self.whoamiDone.emit, self.whoamiFailed.emit)

    def shutdown(self) -> None:
        """Cancel every call: no result or failure is delivered any more. Returns at once:
        calls on the wire are abandoned, and end by themselves at their timeouts."""
        self._jobs.shutdown(wait=False)

    # --- plumbing ----------------------------------------------------------------------

    def _start(
        self,
        kind: str,
        call: Callable[[], Any],
        client: HubClient,
        done: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> None:
        self._latest[kind] += 1
        ticket = self._latest[kind]
        check_first = not self._checked

        def run() -> Any:
            # The first hub use of the session asks reachable() (a 3 s TCP connect) first,
            # so an unplugged network turns into offline mode instead of long retries.
            if check_first and not client.reachable():
                raise _Unreachable(said(WENT_OFFLINE))
            return call()

        def on_done(value: Any) -> None:
            self._checked = True
            if ticket == self._latest[kind]:
                done(value)

        def on_failed(sentence: str) -> None:
            if sentence == said(WENT_OFFLINE) and not (self._setting or self._unreachable):
                self._unreachable = True
                self.offlineChanged.emit(True, said(WENT_OFFLINE))
            if ticket == self._latest[kind]:
                failed(sentence)

        self._jobs.submit(run, on_done, on_failed)
