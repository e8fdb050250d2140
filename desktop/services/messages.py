"""MessageBridge: errors and infos for people from any thread, kept until the UI is ready."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMetaMethod, QObject, Qt, Signal, Slot

from desktop.core.errors import HearthError
from desktop.core.logmask import mask_secrets
from desktop.services.said import said

logger = logging.getLogger(__name__)

MAX_PENDING = 50


@dataclass(frozen=True, slots=True)
class _Message:
    kind: str  # "error" or "info"
    sentence: str
    details: str = ""


class MessageBridge(QObject):
    """Lets any module, on any thread, show a sentence to the person using Hearth.

    Create it on the GUI thread, after the QApplication, and keep it alive while threads
    may use it. ``show_error`` and ``show_info`` are safe from any thread: they post the
    message to the bridge's own thread through a queued connection, and ``error`` and
    ``info`` are always emitted on that (GUI) thread, so any receiver, lambdas included,
    runs there.

    Messages are held (the last MAX_PENDING, oldest dropped first) until the UI says it
    is ready by calling ``flush_pending()`` after connecting its slots, and, after that,
    whenever nobody is connected to the signal the message goes out on (the window was
    closed). ``flush_pending()`` delivers the held messages in order. An explicit call was
    chosen over delivering on the first ``connect``: the UI connects ``error`` and
    ``info`` one after the other, and a log viewer or a test may connect first.
    """

    error = Signal(str, str)  # sentence, details
    info = Signal(str)  # sentence
    _posted = Signal(object)  # a _Message, queued to the bridge's thread

    def __init__(self, parent: QObject | None = None, max_pending: int = MAX_PENDING) -> None:
        super().__init__(parent)
        self._pending: deque[_Message] = deque(maxlen=max_pending)
        self._ready = False
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def show_error(self, sentence: str, details: str = "") -> None:
        """Show an error sentence (details behind a button); any thread."""
        message = _Message("error", mask_secrets(sentence), mask_secrets(details))
        logger.warning("Error shown: %s", message.sentence)
        self._posted.emit(message)

    def show_info(self, sentence: str) -> None:
        """Show an information sentence; any thread."""
        message = _Message("info", mask_secrets(sentence))
        logger.info("Info shown: %s", message.sentence)
        self._posted.emit(message)

    @property
    def pending_count(self) -> int:
        """How many messages wait for the UI (GUI thread only)."""
        return len(self._pending)

    def flush_pending(self) -> None:
        """Mark the UI ready and deliver the held messages, oldest first (GUI thread).

        A message whose signal still has no receiver stays held.
        """
        self._ready = True
        held = list(self._pending)
        self._pending.clear()
        for message in held:
            self._deliver(message)

    def _has_receiver(self, kind: str) -> bool:
        signal = self.error if kind == "error" else self.info
        return self.isSignalConnected(QMetaMethod.fromSignal(signal))

    @Slot(object)
    def _deliver(self, message: _Message) -> None:
        if not (self._ready and self._has_receiver(message.kind)):
            self._pending.append(message)
        elif message.kind == "error":
            self.error.emit(message.sentence, message.details)
        else:
            self.info.emit(message.sentence)


# --- exception hooks --------------------------------------------------------------------


def sentence_for(exc: BaseException | None, exc_type: type[BaseException]) -> str:
    """What a person reads for an unexpected exception: a HearthError's own sentence, or
    a generic one naming the exception type."""
    if isinstance(exc, HearthError):
        return said(exc)
    return QCoreApplication.translate(
        "messages", "Something went wrong: {error}. Details are in the log."
    ).format(error=exc_type.__name__)


def _report(
    bridge: MessageBridge,
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    where: str,
) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    if exc is not None:
        logger.error("Unhandled exception in %s", where, exc_info=(exc_type, exc, tb))
    else:  # threading.ExceptHookArgs allows an exception type without a value
        logger.error("Unhandled exception in %s\n%s", where, details.rstrip())
    if isinstance(exc, HearthError) and exc.details:
        details = f"{exc.details}\n\n{details}"
    bridge.show_error(sentence_for(exc, exc_type), details)


def install_exception_hooks(bridge: MessageBridge) -> Callable[[], None]:
    """Route uncaught exceptions (main thread, Qt slots, Python threads) to the log with
    their traceback and to the bridge as one sentence. Returns a callable that puts the
    previous hooks back.

    KeyboardInterrupt goes to the previous sys.excepthook; SystemExit in a thread is
    ignored, as Python's default hook does. If reporting itself fails, Python's default
    hook prints the original exception, so nothing is swallowed.
    """
    previous_sys = sys.excepthook
    previous_threading = threading.excepthook

    def sys_hook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous_sys(exc_type, exc, tb)
            return
        try:
            _report(bridge, exc_type, exc, tb, "the main thread")
        except Exception:
            sys.__excepthook__(exc_type, exc, tb)

    def threading_hook(args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "an unknown thread"
        try:
            _report(bridge, args.exc_type, args.exc_value, args.exc_traceback, f"thread {name}")
        except Exception:
            threading.__excepthook__(args)

    sys.excepthook = sys_hook
    threading.excepthook = threading_hook

    def restore() -> None:
        sys.excepthook = previous_sys
        threading.excepthook = previous_threading

    return restore
