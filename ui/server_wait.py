"""The window while the server makes Tandem wait: still drawn, deaf to clicks and keys, and
saying so after a moment.

The statement is sent on another thread (``app.storage.waiting``); the window's thread
draws the window meanwhile. What the owner clicks or types during the wait is not kept for
later (it would land wherever the screen is once the server answered): the wait cursor and
the sentence tell her to wait, and a window cannot be closed until the server answered.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QWidget
from shiboken6 import isValid

from app.storage.waiting import wait_with

T = TypeVar("T")

log = logging.getLogger(__name__)

# A statement that answers within this time is not waited for: nothing changes on screen.
QUIET_SECONDS = 0.1
# After this long, the window says that Tandem waits for the server.
SAY_AFTER_SECONDS = 1.0
# How often the window is drawn again while it waits.
DRAW_MS = 30
# How often something put off until the wait is over looks again.
RETRY_MS = 50
# How long the sentence stays after a wait: a wait that follows goes on with it.
KEEP_SAID_MS = 600

_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.ContextMenu,
        QEvent.Type.Drop,
    }
)

_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tandem-server")
_waiting = False


def install() -> None:
    """Wait for the server this way from now on (idempotent)."""
    wait_with(wait_patiently)


def waiting() -> bool:
    """The window is waiting for the server: nothing else may use the data meanwhile."""
    return _waiting


def when_free(owner: QObject, action: Callable[[], object]) -> None:
    """``action`` once the events already there are handled and no wait for the server is
    under way (a wait draws the window, and timers fire meanwhile: what they do with the
    data must not run inside the statement waited for)."""

    def attempt() -> None:
        if _waiting:
            QTimer.singleShot(RETRY_MS, owner, attempt)
        else:
            action()

    QTimer.singleShot(0, owner, attempt)


def wait_patiently(work: Callable[[], T]) -> T:
    """``work()``, the blocking call to the server, made on another thread while this one
    keeps the window drawn. Called off the window's thread, or within a wait (something
    drawn asks for data), the call is made in place."""
    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return work()
    if _waiting:  # something done while the window is drawn uses the data: a bug
        log.warning("The data was used during a wait for the server", stack_info=True)
        return work()
    future = _worker.submit(work)
    done, result = _outcome(future, QUIET_SECONDS)
    if done:
        return result
    return _drawn_until_done(app, future)


def _outcome(future: Future[T], seconds: float) -> tuple[bool, Any]:
    """(True, the result) once ``future`` is done, (False, None) if not within ``seconds``;
    what the call raised is raised."""
    try:
        return True, future.result(timeout=seconds)
    except TimeoutError:
        if future.done():
            raise  # the call itself timed out
        return False, None


class _Said:
    """The sentence, kept a moment after a wait so that the next one (a screen that reads
    several times) goes on with it: it neither flickers nor starts counting again."""

    def __init__(self) -> None:
        self.note: QLabel | None = None
        self.since = 0.0
        self.gone = QTimer()
        self.gone.setSingleShot(True)
        self.gone.setInterval(KEEP_SAID_MS)
        self.gone.timeout.connect(self.forget)

    def begin(self) -> float:
        """When this wait counts from: the wait before it, when it was just now."""
        if self.gone.isActive():
            self.gone.stop()
            return self.since
        self.since = time.monotonic()
        return self.since

    def say_if_long(self) -> None:
        if self.note is not None and not isValid(self.note):
            self.note = None  # its window was closed meanwhile
        if self.note is None and time.monotonic() - self.since >= SAY_AFTER_SECONDS:
            self.note = _say_waiting()

    def end(self) -> None:
        self.gone.start()

    def forget(self) -> None:
        if self.note is not None and isValid(self.note):
            self.note.hide()
            self.note.deleteLater()
        self.note = None


_said: _Said | None = None


def _drawn_until_done(app: QCoreApplication, future: Future[T]) -> T:
    global _waiting, _said
    if _said is None:
        _said = _Said()
    said = _said
    deaf = _Deaf()
    app.installEventFilter(deaf)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    _waiting = True
    started = said.begin()
    try:
        while True:
            done, result = _outcome(future, DRAW_MS / 2000)
            if done:
                return result
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, DRAW_MS)
            said.say_if_long()
    finally:
        _waiting = False
        app.removeEventFilter(deaf)
        QApplication.restoreOverrideCursor()
        said.end()
        log.debug("Waited %.1f s for the server", time.monotonic() - started)


class _Deaf(QObject):
    """Drops the owner's clicks and keys, and keeps every window open, while Tandem waits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            return True
        if (
            event.type() == QEvent.Type.Close
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            event.ignore()
            return True
        return False


def _say_waiting() -> QLabel | None:
    """A sentence at the foot of the window in front (a dialog as well as the main
    window), over what it shows; none before there is a window (the word shown while
    Tandem connects says it already)."""
    window = QApplication.activeWindow() or _main_window()
    if not isinstance(window, (QMainWindow, QDialog)):
        return None
    note = QLabel(
        QCoreApplication.translate(
            "server_wait",
            "Waiting for the server… Another computer of the shop may be saving at this "
            "moment, or the network is slow. Tandem tells you if it cannot finish.",
        ),
        window,
    )
    note.setObjectName("server-wait")
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    note.setStyleSheet(
        "background: #fff4c2; color: black; border: 1px solid #c8a400; border-radius: 4px;"
        " padding: 6px 10px;"
    )
    width = min(window.width() - 24, 520)
    note.setFixedWidth(max(width, 120))
    note.adjustSize()
    note.move((window.width() - note.width()) // 2, window.height() - note.height() - 12)
    note.raise_()
    note.show()
    return note


def _main_window() -> QWidget | None:
    shown = [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and isinstance(widget, QMainWindow)
    ]
    return shown[0] if shown else None
