"""One Hearth per user and data folder: an OS lock held for the app's life, and a socket
that lets a second launch bring the first window forward.

The lock decides, atomically: the first launch to take it is the instance, even when two
start at the same instant; the OS releases it when the process ends, crash included, so
no stale file can lock a person out. Both files live in the user's private runtime
folder (paths.runtime_dir: 0700, never a predictable name in a world-writable /tmp that
another local user could take first). Only the lock's holder ever removes or creates the
socket, so a later launch can never take the running instance's socket away.
"""

from __future__ import annotations

import hashlib
import logging
import time
from pathlib import Path

from filelock import FileLock, Timeout
from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.core import paths

log = logging.getLogger(__name__)

ACTIVATE_WAIT_S = 3.0  # a second launch waits this long for the first to start listening
_MESSAGE = b"activate\n"


def instance_name() -> str:
    """The lock's and socket's name: one per data folder (tests and portable installs stay
    apart)."""
    return "hearth-" + hashlib.sha256(str(paths.data_dir()).encode()).hexdigest()[:12]


class InstanceGuard(QObject):
    """acquire() once at start; activated fires when another launch asks for the window."""

    activated = Signal()

    def __init__(self, folder: Path | None = None, name: str | None = None) -> None:
        super().__init__()
        name = name or instance_name()
        try:
            folder = folder or paths.runtime_dir()
        except OSError as e:  # no private folder anywhere: run unguarded, and say so
            log.warning("no private runtime folder (%s): running without the instance lock", e)
            folder = None
        self.lock_path = folder / f"{name}.lock" if folder else None
        self.socket_path = folder / f"{name}.sock" if folder else None
        self._lock = (
            FileLock(self.lock_path, timeout=0, mode=0o600, fallback_to_soft=False)
            if self.lock_path
            else None
        )
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process is the instance (then it listens for later launches)."""
        if self._lock is None:
            return True
        try:
            self._lock.acquire(blocking=False)
        except Timeout:
            return False
        except OSError as e:  # no locking at all on this file system: run unguarded
            log.warning("single-instance lock unavailable (%s): running without it", e)
            return True
        self._listen()
        return True

    def claim_or_activate(self) -> bool:
        """True: this process is the instance. False: another one runs and was asked to
        show its window (or holds the lock and never answered within ACTIVATE_WAIT_S:
        it may be hung; a second window would still be wrong). Asked again while it is
        starting, and the lock is taken if it ends meanwhile."""
        deadline = time.monotonic() + ACTIVATE_WAIT_S
        while True:
            if self.acquire():
                return True
            if self._ask_running() or time.monotonic() >= deadline:
                return False
            time.sleep(0.05)  # it is starting: its socket appears in a moment

    def _ask_running(self) -> bool:
        if self.socket_path is None:
            return False
        socket = QLocalSocket()
        socket.connectToServer(str(self.socket_path))
        if not socket.waitForConnected(300):
            socket.abort()
            return False
        socket.write(_MESSAGE)
        socket.flush()
        if socket.bytesToWrite():
            # The instance hangs up as soon as it is asked, at any moment: waitForBytesWritten
            # on a socket that closed meanwhile prints "QAbstractSocket::waitForBytesWritten()
            # is not allowed in UnconnectedState" (checking the state first still races).
            # waitForReadyRead writes what is left too, and returns quietly on a hang-up.
            socket.waitForReadyRead(300)
        socket.abort()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()

    # --- internals ---------------------------------------------------------------------

    def _listen(self) -> None:
        if self.socket_path is None:
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # Safe: only the lock holder gets here, so a socket file left here is a dead one's.
        QLocalServer.removeServer(str(self.socket_path))
        if not server.listen(str(self.socket_path)):
            log.warning("second launches cannot reach this window: %s", server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.disconnectFromServer()
            socket.deleteLater()
        log.info("a second launch asked for the window")
        self.activated.emit()
