"""ApiService: the window's API server over the chat's EngineSession, its log and its key.

The server shares the window's session and gate (InferenceWorker.gate), so the chat goes
ahead of waiting requests. Starting and stopping run on one worker thread (uvicorn's start
and fastapi's first import take a moment); fastapi and uvicorn are imported only then, and
keyring only when the key is first needed, so the window's start-up pays for neither.
About 450 lines: the service, its key store and its request log are one feature (and their
sentences, each whole for translators).
"""

from __future__ import annotations

import dataclasses
import logging
import secrets
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from desktop.core.errors import HearthError
from desktop.core.settings import ServerSettings
from desktop.engine.gate import WINDOW
from desktop.services.background import Background
from desktop.services.inference import InferenceWorker

if TYPE_CHECKING:
    import keyring.backend

    from desktop.api.app import Served
    from desktop.api.serve import ApiServer

log = logging.getLogger(__name__)

KEY_USER = "api-server-key"  # the keychain entry's user name (service "Hearth")
LOG_ROWS = 200  # the request log keeps this many, newest first
STATUS_POLL_MS = 250  # how often the line's length is read while the server runs


def _no_keychain() -> str:
    return QCoreApplication.translate(
        "api_service",
        "No system keychain is available, so the API key is kept only until Hearth closes; "
        "clients will need a new one next time.",
    )


def stop_words() -> dict[str, str]:
    """How the request log says why a reply ended, translated when called."""
    return {
        "end_of_turn": QCoreApplication.translate("api_service", "finished", "a reply ended"),
        "max_tokens": QCoreApplication.translate("api_service", "length limit", "a reply ended at"),
        "stop_string": QCoreApplication.translate("api_service", "stop string", "a reply ended at"),
        "context_full": QCoreApplication.translate(
            "api_service", "context full", "a reply ended because"
        ),
        "stopped_by_user": QCoreApplication.translate("api_service", "stopped", "a reply was"),
        "error": QCoreApplication.translate("api_service", "error", "a reply ended with"),
    }


_Index = QModelIndex | QPersistentModelIndex


class ApiKeyStore:
    """The server's API key in the OS keychain (keyring, imported on first use), or in this
    process's memory when there is no keychain or it refuses (notice then says so)."""

    def __init__(
        self, service: str = "Hearth", backend: keyring.backend.KeyringBackend | None = None
    ) -> None:
        self.service = service
        self._backend = backend
        self._chosen = backend is not None
        self._memory: str | None = None
        self.notice = ""

    def get(self) -> str | None:
        keychain = self._keychain()
        if keychain is None:
            return self._memory
        try:
            key = keychain.get_password(self.service, KEY_USER)
        except Exception as e:  # keyring's errors, or a backend's own
            self._refused("read", e)
            return self._memory
        return key if isinstance(key, str) and key else None

    def set(self, key: str) -> None:
        self._memory = key
        keychain = self._keychain()
        if keychain is not None:
            try:
                keychain.set_password(self.service, KEY_USER, key)
            except Exception as e:
                self._refused("save", e)

    def delete(self) -> None:
        self._memory = None
        keychain = self._keychain()
        if keychain is None:
            return
        import keyring.errors

        try:
            keychain.delete_password(self.service, KEY_USER)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored
        except Exception as e:
            self._refused("delete", e)

    def _keychain(self) -> keyring.backend.KeyringBackend | None:
        from desktop.core.secrets import _default_backend, _usable

        if not self._chosen:
            self._backend, self._chosen = _default_backend(), True
        if self._backend is None or not _usable(self._backend):
            self.notice = _no_keychain()
            return None
        return self._backend

    def _refused(self, action: str, e: Exception) -> None:
        # Only the error's type: a backend's message could quote the key.
        log.warning("the keychain failed to %s the API key (%s)", action, type(e).__name__)
        self._backend = None
        sentences = {
            "read": QCoreApplication.translate(
                "ApiKeyStore",
                "The system keychain refused to read the API key, so it is kept only "
                "until Hearth closes.",
            ),
            "save": QCoreApplication.translate(
                "ApiKeyStore",
                "The system keychain refused to save the API key, so it is kept only "
                "until Hearth closes.",
            ),
            "delete": QCoreApplication.translate(
                "ApiKeyStore",
                "The system keychain refused to delete the API key, so it is kept only "
                "until Hearth closes.",
            ),
        }
        self.notice = sentences[action]


@dataclass(frozen=True, slots=True)
class ServerState:
    """What the Server page shows. phase: off, starting, running or stopping. problem: why
    the last start failed (a sentence). running: the request under way (None: none)."""

    phase: str = "off"
    url: str = ""
    problem: str = ""
    model_id: str | None = None
    running: str | None = None
    waiting: int = 0
    window_ahead: bool = False  # the chat waits for the engine, ahead of waiting requests
    window_answering: bool = False  # the chat's own reply holds the engine now


class RequestLog(QAbstractTableModel):
    """The last LOG_ROWS requests served, newest first."""

    COLUMNS = ("Time", "Kind", "Prompt", "Reply", "Tokens/s", "Ended")  # English; see headers

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Time"),
            self.tr("Kind"),
            self.tr("Prompt"),
            self.tr("Reply"),
            self.tr("Tokens/s"),
            self.tr("Ended"),
        )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[float, Served]] = []

    def add(self, record: Served, at: float | None = None) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, (time.time() if at is None else at, record))
        self.endInsertRows()
        if len(self._rows) > LOG_ROWS:
            self.beginRemoveRows(QModelIndex(), LOG_ROWS, len(self._rows) - 1)
            del self._rows[LOG_ROWS:]
            self.endRemoveRows()

    def record(self, row: int) -> Served:
        return self._rows[row][1]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        at, r = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column <= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        ended = stop_words().get(r.stop_reason, r.stop_reason)
        cells = (
            time.strftime("%H:%M:%S", time.localtime(at)),
            self.tr("stream", "request kind") if r.stream else self.tr("complete", "request kind"),
            str(r.prompt_tokens),
            str(r.completion_tokens),
            f"{r.tokens_per_s:.1f}",
            self.tr("{ended}, client gone").format(ended=ended) if r.disconnected else ended,
        )
        return cells[column]


class ApiService(QObject):
    """Owns the window's ApiServer: apply(settings) makes it run (or not) as they say;
    stateChanged follows every step, served each finished request (also in .log)."""

    stateChanged = Signal(object)  # ServerState
    served = Signal(object)  # Served
    keyCreated = Signal(str)  # a new key, for the page to show once
    windowWaiting = Signal(bool)  # the chat waits for an API reply (False: its turn came)
    _servedQueued = Signal(object)  # from the server's threads
    _gateQueued = Signal(object)  # GateState, from whichever thread changed it

    def __init__(
        self,
        worker: InferenceWorker,
        keys: ApiKeyStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self.keys = keys or ApiKeyStore()
        self.log = RequestLog(self)
        self._ops = Background(max_workers=1, name="hearth-api-ops")
        self._lock = threading.Lock()  # _server and _serving, shared with the ops thread
        self._server: ApiServer | None = None
        self._serving: tuple[ServerSettings, str | None] | None = None
        self._wanted: tuple[ServerSettings, str | None] | None = None
        self._state = ServerState()
        self._closed = False
        self._poll = QTimer(self)
        self._poll.setInterval(STATUS_POLL_MS)
        self._poll.timeout.connect(self._refresh)
        self._servedQueued.connect(self._on_served, Qt.ConnectionType.QueuedConnection)
        self._gateQueued.connect(self._refresh, Qt.ConnectionType.QueuedConnection)
        worker.gate.set_observer(self._gateQueued.emit)
        worker.waitingForApi.connect(self._window_waiting)

    @property
    def state(self) -> ServerState:
        return self._state

    @property
    def server(self) -> ApiServer | None:
        """The server running now (None when off)."""
        return self._server

    # --- what the page asks ------------------------------------------------------------

    def apply(self, settings: ServerSettings) -> None:
        """Serve as settings say (start, restart with changed values, or stop); returns at
        once, stateChanged tells how it went (a failed start: phase off, with a problem)."""
        if self._closed:
            return
        key = self.keys.get() if settings.enabled else None
        wanted = (settings, key) if settings.enabled else None
        if wanted == self._wanted and (wanted is None or self._state.phase != "off"):
            return
        self._wanted = wanted
        if wanted is None:
            self._set(phase="stopping", problem="")
            self._ops.submit(self._stop_server, lambda _none: self._stopped())
            return
        problem = _bind_problem(settings.host, key)
        if problem:
            self._wanted = None
            self._ops.submit(self._stop_server, lambda _none: self._stopped(problem))
            return
        self._set(phase="starting", problem="")
        self._ops.submit(
            lambda: self._serve(settings, key), self._started, lambda e: self._stopped(e)
        )

    def restart(self, settings: ServerSettings) -> None:
        """Start again with the key as it is now (a new key: the old one stops working)."""
        self._wanted = None
        self.apply(settings)

    def has_key(self) -> bool:
        return self.keys.get() is not None

    def new_key(self) -> str:
        """Make a new key and keep it in the keychain; the caller shows it once and restarts
        a running server with it (restart)."""
        key = secrets.token_urlsafe(32)
        self.keys.set(key)
        self.keyCreated.emit(key)
        return key

    def remove_key(self) -> None:
        self.keys.delete()

    def shutdown(self) -> None:
        """Stop the server and end the worker thread (at exit: this waits for both)."""
        self._closed = True
        self._poll.stop()
        self._worker.gate.set_observer(None)
        self._ops.shutdown(wait=True)  # a start under way finishes and records its server
        self._stop_server()

    # --- the ops thread ----------------------------------------------------------------

    def _serve(self, settings: ServerSettings, key: str | None) -> str:
        ApiServer = _api_server_class()  # noqa: N806 (a class)
        port = settings.port
        with self._lock:
            old = self._server
        if old is not None and port == 0 and old.host == settings.host:
            port = old.port  # a restart on "any free port" keeps the one clients know
        self._stop_server()
        try:
            server = ApiServer(
                self._worker.session,
                self._model_id,
                settings.host,
                port,
                key,
                on_served=self._servedQueued.emit,
                gate=self._worker.gate,
                cors_origins=settings.cors_origins,
            )
        except ValueError as e:  # a value the server refuses: its sentence
            raise HearthError(str(e)) from e
        try:
            server.start()
        except OSError as e:
            raise HearthError(
                QCoreApplication.translate(
                    "ApiService",
                    "Hearth could not listen on {host} port {port}: another program "
                    "may be using that port; choose another.",
                ).format(host=settings.host, port=port),
                str(e),
            ) from e
        with self._lock:
            self._server, self._serving = server, (settings, key)
        return server.url

    def _stop_server(self) -> None:
        with self._lock:
            server, self._server, self._serving = self._server, None, None
        if server is not None:
            server.stop()

    def _model_id(self) -> str | None:
        """The id the API serves the chat's model by (None: no model is loaded)."""
        from desktop.api.serve import model_id_for

        model = self._worker.model
        return model_id_for(model.path) if model is not None else None

    # --- back on the GUI thread ------------------------------------------------------------

    def _started(self, url: str) -> None:
        self._set(phase="running", url=url, problem="")
        self._poll.start()
        self._refresh()

    def _stopped(self, problem: str = "") -> None:
        if problem:
            self._wanted = None
        self._poll.stop()
        self._set(phase="off", url="", problem=problem, running=None, waiting=0)

    @Slot(object)
    def _on_served(self, record: Served) -> None:
        self.log.add(record)
        self.served.emit(record)
        self._refresh()

    @Slot(bool)
    def _window_waiting(self, waiting: bool) -> None:
        self.windowWaiting.emit(waiting)

    @Slot()
    @Slot(object)
    def _refresh(self, _gate: object = None) -> None:
        server = self._server
        if server is None or self._state.phase != "running":
            return
        status = server.status()
        holder = self._worker.gate.state().holder
        self._set(
            window_answering=holder == WINDOW,
            model_id=self._model_id(),
            running=status.running,
            waiting=status.waiting,
            window_ahead=status.window_waiting,
        )

    def _set(self, **changes: Any) -> None:
        state = dataclasses.replace(self._state, **changes)
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)


def _api_server_class() -> type[ApiServer]:
    """desktop.api.serve.ApiServer, imported on this (the ops) thread. Another thread that
    imports part of the same stack (pydantic) at the same moment can make Python hand one of
    them a partly initialised module (a cycle between two threads' import locks): the import
    is tried once more, when the other thread has finished."""
    try:
        from desktop.api.serve import ApiServer
    except ImportError:
        log.info("importing the API server met another thread's import; trying again")
        from desktop.api.serve import ApiServer
    return ApiServer


def _bind_problem(host: str, key: str | None) -> str:
    """Why serving on host is refused ('' when it is not): other computers need a key."""
    from desktop.core.connections import is_loopback

    if key or is_loopback(host):
        return ""
    return QCoreApplication.translate(
        "api_service",
        "Serving on {host} lets other computers use the model, so it needs an API key: "
        "create one below, or serve on 127.0.0.1.",
    ).format(host=host)
