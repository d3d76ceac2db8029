"""The other coordinators' changes shown without a click: twice a second the window asks
its listener whether another Tandem changed the network's data, and then every screen
reloads, as after a change made here.

A reload never takes a field from under the owner's fingers: while a form holds what she
typed and has not saved (or could not: another coordinator changed the same thing), she
types in a field, or a dialog is open, it waits until she is done. A server that went away
is asked again in the background: one that does not answer never holds the window.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import psycopg
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.storage.listening import (
    ChangeListener,
    OpeningListener,
    own_backend,
    revive_connection,
)
from app.storage.network import channel
from ui import server_wait
from ui.autosave import SaveOnLeave
from ui.operations import changed_elsewhere

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: How often the listener is asked, in milliseconds.
ASK_MS = 500
#: A listener that lost the server is opened again every this many asks.
REOPEN_EVERY = 4


def _typing(window: QWidget) -> bool:
    """The owner is in the middle of something a reload would disturb: a form holds what
    she typed and has not saved, or a field she types in. A cursor merely resting in a
    field (as after Tab) waits for nothing."""
    focused = QApplication.focusWidget()
    typing = isinstance(focused, QLineEdit) and focused.isModified()
    return typing or any(form.unsaved() for form in window.findChildren(SaveOnLeave))


class ServerWatch(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("server-watch")
        self.window = window
        session = window.session
        assert session.server is not None
        self.listener = ChangeListener(session.server, channel() or "", session.password)
        #: A new listener being opened, after the server went away.
        self.opening: OpeningListener | None = None
        self.pending = False
        self.asked = 0
        self.timer = QTimer(self)
        self.timer.setInterval(ASK_MS)
        self.timer.timeout.connect(self.ask)
        self.timer.start()

    def ask(self) -> None:
        if QApplication.activeModalWidget() is not None or server_wait.waiting():
            # a dialog or a message is open (perhaps while screens are being rebuilt under
            # it), or the window waits for the server: nothing is looked at or reloaded
            # until it is answered
            return
        self.asked += 1
        if self.listener.closed:
            self._reopen()
        self.listener.listen_to(channel() or "")  # the coordinator may have chosen another shop
        if self.listener.changed_elsewhere(own_backend()):
            self.pending = True
        if self.pending and not _typing(self.window):
            self.pending = False
            changed_elsewhere(self.window.changes)

    def _reopen(self) -> None:
        """Listen again once the server is back, and reload once then: what changed
        meanwhile was announced to nobody here. The server is asked in the background,
        every few asks, so that one that does not answer never holds the window."""
        if self.opening is None:
            if self.asked % REOPEN_EVERY == 0:
                session = self.window.session
                self.opening = OpeningListener(
                    session.server or "", channel() or "", session.password
                )
            return
        if not self.opening.done:
            return
        opened, self.opening = self.opening.listener, None
        if opened is None:
            return
        self.listener = opened
        log.info("Listening to the server again")
        revive_connection()
        self.pending = True

    def stop(self) -> None:
        self.timer.stop()
        self.listener.close()
        if self.opening is not None:
            self.opening.cancel()
        self.deleteLater()


def follow(window: MainWindow, stop: bool = False) -> None:
    """Listen to the server while the window shows its data; stop when it shows a file, or
    when ``stop`` (the window closes)."""
    current = window.findChild(ServerWatch, "server-watch")
    if current is not None:
        current.stop()
    if window.session.on_server and not stop:
        try:
            ServerWatch(window)
        except (psycopg.Error, OSError) as error:  # the data is open: live news is a comfort
            log.warning("The others' changes will show at the next start: %s", error)
